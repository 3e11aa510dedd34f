//! The link preview (Open Graph and Twitter card image) of the default view: a 1200 × 630 SVG card around the
//! prerendered chart, styled by the page's own chart rules in the light palette, which the build renders to PNG.

use crate::export::chart_rules;
use crate::html::escape as text;

/// The card's size, as the Open Graph tags give it: the 1.91:1 that chat apps and social sites show large.
pub const WIDTH: u32 = 1200;
pub const HEIGHT: u32 = 630;

/// The card: `title` and `subtitle` above the chart (`chart`, the first `<svg>` of the prerendered chart, fitted into
/// the space below), and `footer` under it, in the page's colours. A renderer of static SVG knows no CSS custom
/// properties, so the stylesheet's light palette (its first `:root` block) is written in where they are used. Fails if the chart or the
/// palette is missing, as the build must then stop.
pub fn card(chart: &str, sheet: &str, title: &str, subtitle: &str, footer: &str) -> Result<String, String> {
    let start = chart.find("<svg").ok_or("the prerendered page has no chart <svg>")?;
    let end = chart[start..].find("</svg>").ok_or("the chart's <svg> is not closed")? + start;
    let open_end = chart[start..end].find('>').ok_or("the chart's <svg> tag is not closed")? + start;
    let view_box = attribute_value(&chart[start..open_end], "viewBox").ok_or("the chart's <svg> has no viewBox")?;
    let mut rules = String::new();
    chart_rules(sheet, &mut rules);
    let (pad, top, bottom) = (40, 132, 48);
    let card = format!(
        "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{WIDTH}\" height=\"{HEIGHT}\" viewBox=\"0 0 {WIDTH} {HEIGHT}\" \
         font-family=\"sans-serif\"><style>{rules}</style><rect width=\"{WIDTH}\" height=\"{HEIGHT}\" fill=\"var(--bg)\"/>\
         <text x=\"{pad}\" y=\"64\" font-size=\"40\" font-weight=\"700\" fill=\"var(--fg)\">{}</text>\
         <text x=\"{pad}\" y=\"104\" font-size=\"23\" fill=\"var(--muted)\">{}</text>\
         <svg class=\"chart\" x=\"{pad}\" y=\"{top}\" width=\"{}\" height=\"{}\" viewBox=\"{view_box}\">{}</svg>\
         <text x=\"{pad}\" y=\"{}\" font-size=\"18\" fill=\"var(--muted)\">{}</text></svg>",
        text(title),
        text(subtitle),
        WIDTH - 2 * pad,
        HEIGHT - top - bottom,
        &chart[open_end + 1..end],
        HEIGHT - 18,
        text(footer),
    );
    with_palette(&card, &palette(sheet)?)
}

/// The site's public URL as the build is given it (`OVERLAP_SITE_URL`), checked: Open Graph wants the image's absolute
/// URL, which only the host knows, so it must be absolute, end in `/` (the folder `dist/` is served from) and be
/// safe in an attribute.
pub fn site_url(url: &str) -> Result<&str, String> {
    let absolute = url.starts_with("https://") || url.starts_with("http://");
    match absolute && url.ends_with('/') && !url.contains(['"', '<', '>', ' ']) {
        true => Ok(url),
        false => Err(format!(
            "OVERLAP_SITE_URL must be the site's absolute URL, ending in /, such as https://example.org/overlap/ (it \
             is {url:?})"
        )),
    }
}

/// The value of the attribute `name` in a start tag.
fn attribute_value<'a>(tag: &'a str, name: &str) -> Option<&'a str> {
    let at = tag.find(&format!(" {name}=\""))? + name.len() + 3;
    tag[at..].find('"').map(|end| &tag[at..at + end])
}

/// The custom properties of the stylesheet's first `:root` block (the light theme), as (name, value) pairs.
fn palette(sheet: &str) -> Result<Vec<(&str, &str)>, String> {
    let block = sheet.split_once(":root {").and_then(|(_, rest)| rest.split_once('}')).ok_or("no :root block")?.0;
    let vars: Vec<(&str, &str)> = block
        .split(';')
        .filter_map(|d| d.trim().rsplit('\n').next()?.split_once(':'))
        .filter(|(name, _)| name.trim().starts_with("--"))
        .map(|(name, value)| (name.trim(), value.trim()))
        .collect();
    match vars.is_empty() {
        true => Err("the stylesheet's :root block defines no colours".into()),
        false => Ok(vars),
    }
}

/// `css` with each `var(--name)` replaced by its value; a name the palette lacks is an error.
fn with_palette(css: &str, palette: &[(&str, &str)]) -> Result<String, String> {
    let mut out = String::new();
    let mut rest = css;
    while let Some(at) = rest.find("var(") {
        let end = rest[at..].find(')').ok_or("an unclosed var(")? + at;
        let name = rest[at + 4..end].trim();
        let value = palette.iter().find(|(n, _)| *n == name).ok_or(format!("the palette has no {name}"))?.1;
        out.push_str(&rest[..at]);
        out.push_str(value);
        rest = &rest[end + 1..];
    }
    out.push_str(rest);
    Ok(out)
}
