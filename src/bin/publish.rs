//! The publishing module: what only some visitors use, loaded when first used rather than with the page: the chart's
//! picture and data (Export: SVG, PNG, CSV), the view's citations (Cite), its embed code (Share), its description to
//! copy (Copy description), the table and the Venn diagram, and reading a reader's own data (Open data), which would otherwise ship
//! in every first visit's download. Each works on the data the page shows (`use_data`): the built-in data, or one
//! the reader opened here.
//! The build (scripts/postbuild.mjs) makes it a module of its own beside the app's; the app loads it through the
//! page's `__publish` function.

/// A smaller allocator than std's default for wasm, as the app's (src/main.rs).
#[cfg(target_arch = "wasm32")]
#[global_allocator]
// SAFETY: the module is the only user of its own memory, which is what `new_global` asks.
static ALLOCATOR: talc::TalckWasm = unsafe { talc::TalckWasm::new_global() };

#[cfg(target_arch = "wasm32")]
mod module {
    use overlap::components::download::today;
    use overlap::dataset::{Dataset, DATASET};
    use overlap::reader::{dataset, read, Options};
    use overlap::view_model::ChartData;
    use std::cell::{Cell, RefCell};
    use wasm_bindgen::prelude::wasm_bindgen;

    thread_local! {
        /// The datasets the reader opened here, and the one the page shows now.
        static OPENED: RefCell<Vec<&'static Dataset>> = const { RefCell::new(Vec::new()) };
        static SHOWN: Cell<Option<&'static Dataset>> = const { Cell::new(None) };
    }

    fn shown() -> &'static Dataset {
        SHOWN.with(Cell::get).unwrap_or(&DATASET)
    }

    /// The page now shows the data of `version` (one the reader opened here), or the built-in data (any other).
    #[wasm_bindgen]
    pub fn use_data(version: &str) {
        let opened = OPENED.with(|o| o.borrow().iter().copied().find(|d| d.version == version));
        SHOWN.with(|s| s.set(opened));
    }

    /// Reads `bytes`, which came from `from`, keeping the 64 largest sets if `keep_largest` where there are more.
    /// Read: U+0006, what was read ("a membership table, comma-separated (CSV)"), U+0002 and the data as
    /// `reader::dataset::encode` writes it; the page then shows it (`use_data`). Not: U+0015 and why, then U+0002 and
    /// "keep" where keeping the 64 largest sets would read it.
    #[wasm_bindgen]
    pub fn open(bytes: &[u8], from: &str, keep_largest: bool) -> String {
        match read(bytes, Options { keep_largest }) {
            Ok(data) => {
                let text = dataset::encode(&data, bytes, from);
                if let Some(ds) = dataset::decode(text.clone(), today()) {
                    OPENED.with(|o| o.borrow_mut().push(ds));
                    SHOWN.with(|s| s.set(Some(ds)));
                }
                format!("\u{6}{}\u{2}{text}", data.format)
            }
            Err(e) => format!("\u{15}{e}{}", if e.too_many.is_some() { "\u{2}keep" } else { "" }),
        }
    }

    /// Saves the export `kind` of the view `query` opens: its picture (`svg` or `png`, with `link` to it, in the
    /// palette of `sheet`, the page's stylesheet) or its data (`intersections` or `membership`, CSV); whether it could.
    #[wasm_bindgen]
    pub fn save(kind: &str, query: &str, link: &str, sheet: &str) -> bool {
        overlap::components::download::save_export(shown(), kind, query, link, sheet)
    }

    /// The citations of the view `query` opens, linked by `url` and accessed today: as text, BibTeX and CSL-JSON, in
    /// that order, between them a record separator (U+001E).
    #[wasm_bindgen]
    pub fn cite(query: &str, url: &str) -> String {
        overlap::cite::of_query(shown(), query, url, today()).join("\u{1e}")
    }

    /// The Venn diagram's markup of the view `query` opens (`present::venn`), or nothing where it has none.
    #[wasm_bindgen]
    pub fn venn(query: &str) -> String {
        let described = overlap::components::description::SHORT_ID;
        overlap::present::venn::markup_of_query(shown(), query, described).unwrap_or_default()
    }

    /// The table's markup of the view `query` opens (`present::matrix`).
    #[wasm_bindgen]
    pub fn matrix(query: &str) -> String {
        overlap::present::matrix::markup_of_query(shown(), query, overlap::components::description::SHORT_ID)
    }

    /// What "Copy description" copies of the view `query` opens, linked by `url`.
    #[wasm_bindgen]
    pub fn describe(query: &str, url: &str) -> String {
        let (state, data) = ChartData::of_query(shown(), query);
        overlap::describe::view::for_clipboard(data.ds, &state, &data, url)
    }

    /// The embed code of the view `query` opens, for the page at `url` (the view's link).
    #[wasm_bindgen]
    pub fn embed(query: &str, url: &str) -> String {
        let (state, data) = ChartData::of_query(shown(), query);
        overlap::embed::snippet(data.ds, &state, &data, url)
    }
}

fn main() {}
