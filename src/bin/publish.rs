//! The publishing module: what only some visitors use, loaded when first used rather than with the page: the chart's
//! picture and data (Export: SVG, PNG, CSV), the view's citations (Cite), its embed code (Share), its
//! description to copy (Copy description) and the Venn diagram, which would
//! otherwise ship in every first visit's download.
//! The build (scripts/postbuild.mjs) makes it a module of its own beside the app's; the app loads it through the
//! page's `__publish` function.

/// A smaller allocator than std's default for wasm, as the app's (src/main.rs).
#[cfg(target_arch = "wasm32")]
#[global_allocator]
// SAFETY: the module is the only user of its own memory, which is what `new_global` asks.
static ALLOCATOR: talc::TalckWasm = unsafe { talc::TalckWasm::new_global() };

/// Saves the export `kind` of the view `query` opens: its picture (`svg` or `png`, with `link` to it, in the palette
/// of `sheet`, the page's stylesheet) or its data (`intersections` or `membership`, CSV); whether it could.
#[cfg(target_arch = "wasm32")]
#[wasm_bindgen::prelude::wasm_bindgen]
pub fn save(kind: &str, query: &str, link: &str, sheet: &str) -> bool {
    overlap::components::download::save_export(kind, query, link, sheet)
}

/// The citations of the view `query` opens, linked by `url` and accessed today: as text, BibTeX and CSL-JSON, in
/// that order, between them a record separator (U+001E).
#[cfg(target_arch = "wasm32")]
#[wasm_bindgen::prelude::wasm_bindgen]
pub fn cite(query: &str, url: &str) -> String {
    // Today, as the reader's clock says: the day the view was accessed.
    let now = js_sys::Date::new_0();
    let today = overlap::dataset::Date {
        year: now.get_full_year() as u16,
        month: now.get_month() as u8 + 1,
        day: now.get_date() as u8,
    };
    overlap::cite::of_query(&overlap::dataset::DATASET, query, url, today).join("\u{1e}")
}

/// The Venn diagram's markup of the view `query` opens (`present::venn`), or nothing where it has none.
#[cfg(target_arch = "wasm32")]
#[wasm_bindgen::prelude::wasm_bindgen]
pub fn venn(query: &str) -> String {
    let ds = &overlap::dataset::DATASET;
    overlap::present::venn::markup_of_query(ds, query, overlap::components::description::SHORT_ID).unwrap_or_default()
}

/// What "Copy description" copies of the view `query` opens, linked by `url`.
#[cfg(target_arch = "wasm32")]
#[wasm_bindgen::prelude::wasm_bindgen]
pub fn describe(query: &str, url: &str) -> String {
    let (state, data) = overlap::view_model::ChartData::of_query(&overlap::dataset::DATASET, query);
    overlap::describe::view::for_clipboard(data.ds, &state, &data, url)
}

/// The embed code of the view `query` opens, for the page at `url` (the view's link).
#[cfg(target_arch = "wasm32")]
#[wasm_bindgen::prelude::wasm_bindgen]
pub fn embed(query: &str, url: &str) -> String {
    let (state, data) = overlap::view_model::ChartData::of_query(&overlap::dataset::DATASET, query);
    overlap::embed::snippet(data.ds, &state, &data, url)
}

fn main() {}
