//! Browser glue for exports: save text as a file, and turn the chart's SVG into a standalone SVG or a PNG.

use crate::dataset::DATASET;
use crate::export::{chart_rules, intersections_csv, membership_csv};
use crate::view_model::ChartData;

use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlAnchorElement, HtmlCanvasElement, HtmlImageElement};

/// Chart colours are CSS custom properties; an exported file needs their current values written in.
const PALETTE: [&str; 10] =
    ["--bg", "--fg", "--muted", "--line", "--stripe", "--mark", "--lit", "--select", "--dot-off", "--focus"];

/// A `data:` URL needs no clean-up afterwards, unlike a blob URL, whose early revocation can cancel the download.
fn data_url(data: &str, mime: &str) -> String {
    format!("data:{mime},{}", String::from(js_sys::encode_uri_component(data)))
}

// The elements this module makes or looks up are of the types asked for, so none is checked at run time.
fn click_download(url: &str, name: &str) -> Option<()> {
    let a: HtmlAnchorElement = gloo::utils::document().create_element("a").ok()?.unchecked_into();
    a.set_href(url);
    a.set_download(name);
    a.click();
    Some(())
}

/// Offers `data` as a file download named `name`.
pub fn save_text(data: &str, mime: &str, name: &str) -> Option<()> {
    click_download(&data_url(data, mime), name)
}

/// The chart's `<svg>` as a standalone document, with the page's chart rules and resolved colours inlined, and the
/// view's short description as its `<desc>`, which screen readers and image search read.
pub fn standalone_svg(svg: &Element, description: &str) -> Option<String> {
    let doc = gloo::utils::document();
    let style = gloo::utils::window().get_computed_style(svg).ok()??;
    let vars: String =
        PALETTE.iter().map(|v| format!("{v}:{};", style.get_property_value(v).unwrap_or_default().trim())).collect();
    let mut css = format!("svg{{{vars}background:var(--bg);font-family:system-ui,sans-serif}}");
    // The page's stylesheet, which the build inlines.
    let sheet = doc.query_selector("head > style").ok().flatten().and_then(|s| s.text_content()).unwrap_or_default();
    chart_rules(&sheet, &mut css);
    let clone: Element = svg.clone_node_with_deep(true).ok()?.unchecked_into();
    clone.set_attribute("xmlns", "http://www.w3.org/2000/svg").ok()?;
    clone.set_attribute("class", "chart").ok()?;
    // The page's description element is not in the file: its `<desc>` takes that place.
    clone.remove_attribute("aria-describedby").ok()?;
    // Which data the picture shows, for whoever finds the file later.
    let data = DATASET.version_stamp();
    for (tag, text) in
        [("style", css.as_str()), ("metadata", &data), ("desc", description), ("title", "Shared technology areas")]
    {
        let el = doc.create_element_ns(Some("http://www.w3.org/2000/svg"), tag).ok()?;
        el.set_text_content(Some(text));
        clone.prepend_with_node_1(&el).ok()?;
    }
    Some(clone.outer_html())
}

/// Renders standalone SVG text to a PNG at twice its size and downloads it.
pub fn save_png(svg_text: String, width: f64, height: f64, name: &'static str) -> Option<()> {
    let img = HtmlImageElement::new().ok()?;
    let loaded = img.clone();
    let onload = Closure::once_into_js(move || {
        let draw = || -> Option<()> {
            let canvas: HtmlCanvasElement = gloo::utils::document().create_element("canvas").ok()?.unchecked_into();
            canvas.set_width((width * 2.0) as u32);
            canvas.set_height((height * 2.0) as u32);
            let ctx: web_sys::CanvasRenderingContext2d = canvas.get_context("2d").ok()??.unchecked_into();
            ctx.scale(2.0, 2.0).ok()?;
            ctx.draw_image_with_html_image_element_and_dw_and_dh(&loaded, 0.0, 0.0, width, height).ok()?;
            click_download(&canvas.to_data_url_with_type("image/png").ok()?, name)
        };
        draw();
    });
    img.set_onload(Some(onload.unchecked_ref()));
    img.set_src(&data_url(&svg_text, "image/svg+xml;charset=utf-8"));
    Some(())
}

/// Saves the export a menu button names: `svg` or `png` (the chart shown, described by `description`),
/// `intersections` or `membership` (CSV).
pub fn export(kind: &str, data: &ChartData, description: &str) {
    let (text, mime, name) = match kind {
        "intersections" => (intersections_csv(&DATASET, data), "text/csv;charset=utf-8", "overlap-intersections.csv"),
        "membership" => (membership_csv(&DATASET, data), "text/csv;charset=utf-8", "overlap-membership.csv"),
        _ => {
            let Some(svg) = gloo::utils::document().query_selector("[data-chart] svg").ok().flatten() else { return };
            let Some(text) = standalone_svg(&svg, description) else { return };
            if kind == "png" {
                let viewbox = svg.unchecked_ref::<web_sys::SvgsvgElement>().view_box().base_val();
                let (w, h) = viewbox.map_or((800.0, 600.0), |r| (f64::from(r.width()), f64::from(r.height())));
                save_png(text, w, h, "overlap-chart.png");
                return;
            }
            (text, "image/svg+xml;charset=utf-8", "overlap-chart.svg")
        }
    };
    save_text(&text, mime, name);
}
