//! The link preview (Open Graph and Twitter card image) of the default view: a 1200 × 630 card of the chart's
//! picture beside the app's name and what it answers, which the build renders to PNG.

use crate::html::escape as text;
use crate::html::num;
use crate::picture::{with_palette, wrap, Picture};

/// The card's size, as the Open Graph tags give it: the 1.91:1 that chat apps and social sites show large.
pub const WIDTH: u32 = 1200;
pub const HEIGHT: u32 = 630;

/// The card: `picture` fitted into its left part, and `name` and `tagline` (wrapped) on the right, in the colours of
/// `palette` (as `picture::palette` reads them).
pub fn card(picture: &Picture, name: &str, tagline: &str, palette: &[(&str, &str)]) -> Result<String, String> {
    let (w, h, pad) = (f64::from(WIDTH), f64::from(HEIGHT), 30.0);
    let right = 840.0;
    let chart = picture.placed(&format!("x=\"{pad}\" y=\"{pad}\""), right - 2.0 * pad, h - 2.0 * pad);
    let lines: String = wrap(tagline, w - right - pad, 26.0)
        .iter()
        .enumerate()
        .map(|(i, l)| {
            format!("<text x=\"{right}\" y=\"{}\" font-size=\"26\">{}</text>", num(260.0 + 36.0 * i as f64), text(l))
        })
        .collect();
    let open = with_palette(
        &format!(
            "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{WIDTH}\" height=\"{HEIGHT}\" viewBox=\"0 0 {WIDTH} {HEIGHT}\" \
             font-family=\"sans-serif\" fill=\"var(--fg)\"><rect width=\"{WIDTH}\" height=\"{HEIGHT}\" fill=\"var(--bg)\"/>"
        ),
        palette,
    )?;
    Ok(format!(
        "{open}{chart}<text x=\"{right}\" y=\"200\" font-size=\"56\" font-weight=\"700\">{}</text>{lines}</svg>",
        text(name)
    ))
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
