//! Browser glue for exports, which the publishing module makes (loaded on first use): the chart's picture as SVG
//! or PNG, and its data as CSV, saved as files.

use crate::dataset::Dataset;
use crate::export::{intersections_csv, membership_csv};
use crate::picture::of_query;
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

/// Saves the export a menu button names, `svg`, `png`, `intersections` or `membership`, of the view `query` opens,
/// with `link` to it: the publishing module makes it. Then `done` says the file saved, or why not.
pub fn export(kind: String, query: String, link: String, done: impl FnOnce(&'static str) + 'static) {
    // The page's stylesheet, which the build inlines: the picture is drawn in its light palette.
    let style = gloo::utils::document().query_selector("head > style").ok().flatten();
    let sheet = style.and_then(|s| s.text_content()).unwrap_or_default();
    let args = js_sys::Array::of4(&kind.clone().into(), &query.into(), &link.into(), &sheet.into());
    yew::platform::spawn_local(async move {
        let saved = publishing("save", &args).await.and_then(|s| s.as_bool()) == Some(true);
        done(match kind.as_str() {
            _ if !saved => "The export could not be made.",
            "png" => "Saved overlap-chart.png.",
            "svg" => "Saved overlap-chart.svg.",
            "intersections" => "Saved overlap-intersections.csv.",
            _ => "Saved overlap-membership.csv.",
        })
    });
}

thread_local! {
    /// The version of the data the page shows, as the publishing module is told it before each call: a reader's
    /// data by its version, the built-in data by none.
    static SHOWN: std::cell::RefCell<String> = const { std::cell::RefCell::new(String::new()) };
}

/// The page now shows `ds` (the app says so as it renders). A reader's data marks the page `data-supplied`: the
/// header's question and the sources' list, which are the built-in data's, then stand aside (the stylesheet).
pub fn showing(ds: &Dataset) {
    let version = if ds.supplied.is_some() { ds.version } else { "" };
    SHOWN.with(|s| {
        if *s.borrow() != version {
            *s.borrow_mut() = version.to_string();
            let root = gloo::utils::document_element();
            let _ = match version.is_empty() {
                true => root.remove_attribute("data-supplied"),
                false => root.set_attribute("data-supplied", ""),
            };
        }
    });
}

/// Today, as the reader's clock says.
pub fn today() -> crate::dataset::Date {
    let now = js_sys::Date::new_0();
    crate::dataset::Date {
        year: now.get_full_year() as u16,
        month: now.get_month() as u8 + 1,
        day: now.get_date() as u8,
    }
}

/// What the function `name` of the publishing module (src/bin/publish.rs) returns for `args`, told first which data
/// the page shows; the page's `__publish` loads the module on first use. `None` where it could not be loaded or
/// called.
pub async fn publishing(name: &str, args: &js_sys::Array) -> Option<JsValue> {
    let window = gloo::utils::window();
    let load = js_sys::Reflect::get(&window, &"__publish".into()).ok().filter(JsValue::is_function)?;
    let loading = load.unchecked_into::<js_sys::Function>().call0(&JsValue::NULL).ok()?;
    let module = wasm_bindgen_futures::JsFuture::from(js_sys::Promise::from(loading)).await.ok()?;
    let function = |name: &str| js_sys::Reflect::get(&module, &name.into()).ok().filter(JsValue::is_function);
    let use_data: js_sys::Function = function("use_data")?.unchecked_into();
    use_data.call1(&module, &SHOWN.with(|s| JsValue::from(s.borrow().as_str()))).ok()?;
    let function: js_sys::Function = function(name)?.unchecked_into();
    // Some functions answer at once, others (opening data, the panels with the sources' words) with a promise.
    let answer = function.apply(&module, args).ok()?;
    wasm_bindgen_futures::JsFuture::from(js_sys::Promise::resolve(&answer)).await.ok()
}

/// Saves the export `kind` of the view `query` opens in `ds` (see `export`), a picture with `link` to it in the palette of
/// `sheet`; whether it could. The publishing module's work, in the module.
pub fn save_export(ds: &'static Dataset, kind: &str, query: &str, link: &str, sheet: &str) -> bool {
    let csv = |make: fn(&Dataset, &ChartData) -> String, name| {
        let (_, data) = ChartData::of_query(ds, query);
        save_text(&make(data.ds, &data), "text/csv;charset=utf-8", name)
    };
    match kind {
        "intersections" => csv(intersections_csv, "overlap-intersections.csv"),
        "membership" => csv(membership_csv, "overlap-membership.csv"),
        _ => of_query(ds, query, link, sheet).ok().and_then(|p| match kind {
            "png" => save_png(p.document(), p.width.ceil(), p.height.ceil(), "overlap-chart.png"),
            _ => save_text(&p.document(), "image/svg+xml;charset=utf-8", "overlap-chart.svg"),
        }),
    }
    .is_some()
}
