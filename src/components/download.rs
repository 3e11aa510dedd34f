//! Browser glue for exports: save text as a file, and the chart's picture as SVG or PNG.

use crate::dataset::DATASET;
use crate::export::{intersections_csv, membership_csv};
use crate::picture::{of_view, palette};
use crate::state::State;
use crate::view_model::ChartData;

use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{HtmlAnchorElement, HtmlCanvasElement, HtmlImageElement};

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

/// Saves the export a menu button names: `svg` or `png` (the picture of the chart `state` shows, with `link` to the
/// view), `intersections` or `membership` (CSV). What the status line says then: the file saved, or why not.
pub fn export(kind: &str, state: &State, data: &ChartData, link: &str) -> &'static str {
    let (text, mime, name) = match kind {
        "intersections" => (intersections_csv(&DATASET, data), "text/csv;charset=utf-8", "overlap-intersections.csv"),
        "membership" => (membership_csv(&DATASET, data), "text/csv;charset=utf-8", "overlap-membership.csv"),
        _ => {
            // The page's stylesheet, which the build inlines: the picture is drawn in its light palette.
            let style = gloo::utils::document().query_selector("head > style").ok().flatten();
            let sheet = style.and_then(|s| s.text_content()).unwrap_or_default();
            let drawn = palette(&sheet).and_then(|p| of_view(&DATASET, state, data, link, &p));
            let Ok(picture) = drawn else { return "The chart could not be drawn." };
            if kind == "png" {
                save_png(picture.document(), picture.width, picture.height, "overlap-chart.png");
                return "Saved overlap-chart.png.";
            }
            (picture.document(), "image/svg+xml;charset=utf-8", "overlap-chart.svg")
        }
    };
    save_text(&text, mime, name);
    match name {
        "overlap-intersections.csv" => "Saved overlap-intersections.csv.",
        "overlap-membership.csv" => "Saved overlap-membership.csv.",
        _ => "Saved overlap-chart.svg.",
    }
}
