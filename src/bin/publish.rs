//! The publishing module: what only some visitors use, loaded when first used rather than with the page: the chart's
//! picture and data (Export: SVG, PNG, CSV), the view's citations (Cite), its embed code (Share), its description to
//! copy (Copy description), the table, the Venn diagram, the details panel and the changes list, and reading a
//! reader's own data (Open data, and the data a link carries), which would otherwise ship in every first visit's
//! download. Each works on the data the page shows (`use_data`): the built-in data, or one the reader opened here.
//! The build (scripts/postbuild.mjs) makes it a module of its own beside the app's, and a worker that runs a copy of
//! it to read files off the page's main thread; the app loads it through the page's `__publish` function.

/// A smaller allocator than std's default for wasm, as the app's (src/main.rs).
#[cfg(target_arch = "wasm32")]
#[global_allocator]
// SAFETY: the module is the only user of its own memory, which is what `new_global` asks.
static ALLOCATOR: talc::TalckWasm = unsafe { talc::TalckWasm::new_global() };

#[cfg(target_arch = "wasm32")]
mod module {
    use overlap::components::download::today;
    use overlap::dataset::{parse_words, Dataset, Words, DATASET};
    use overlap::reader::{self, dataset, link, Opened, Options, ReadError, MAX_BYTES};
    use overlap::view_model::ChartData;
    use std::cell::RefCell;
    use std::rc::Rc;
    use wasm_bindgen::prelude::wasm_bindgen;

    /// A dataset the reader opened here, with the words its details panel cites (where it has sources).
    type Supplied = (&'static Dataset, Option<Rc<Words>>);

    thread_local! {
        /// The datasets the reader opened here, and the one the page shows now.
        static OPENED: RefCell<Vec<Supplied>> = const { RefCell::new(Vec::new()) };
        static SHOWN: RefCell<Option<Supplied>> = const { RefCell::new(None) };
    }

    fn shown() -> &'static Dataset {
        SHOWN.with(|s| s.borrow().as_ref().map(|s| s.0)).unwrap_or(&DATASET)
    }

    /// The page now shows the data of `version` (one the reader opened here), or the built-in data (any other).
    #[wasm_bindgen]
    pub fn use_data(version: &str) {
        let opened = OPENED.with(|o| o.borrow().iter().find(|d| d.0.version == version).cloned());
        SHOWN.with(|s| s.replace(opened));
    }

    /// Reads `bytes`, which came from `from`, keeping the 64 largest sets if `keep_largest` where there are more.
    /// Read: U+0006, what was read ("a membership table, comma-separated (CSV)", "Overlap's own format (TOML)"),
    /// U+0002 and the data as
    /// `reader::dataset::encode` writes it; the page then shows it (`use_data`). Not: U+0015 and why, then U+0002 and
    /// "keep" where keeping the 64 largest sets would read it.
    #[wasm_bindgen]
    pub fn open(bytes: &[u8], from: &str, keep_largest: bool) -> String {
        let text = reply(reader::open(bytes, Options { keep_largest }), from, None, None);
        adopt(&text);
        text
    }

    /// `open` in a worker, off the page's main thread (the glue's `open_off` hands it the file), saying to `stage`
    /// when it starts reading and when it starts preparing the chart; the page's copy of the module then adopts what
    /// it read.
    #[wasm_bindgen]
    pub fn open_in_worker(bytes: &[u8], from: &str, keep_largest: bool, stage: &js_sys::Function) -> String {
        let say = |what: &str| drop(stage.call1(&wasm_bindgen::JsValue::NULL, &what.into()));
        say("parsing");
        let read = reader::open(bytes, Options { keep_largest });
        say("preparing");
        reply(read, from, None, None)
    }

    /// The page now shows the data `open`'s reply (from this copy of the module or another) holds, if it holds any.
    #[wasm_bindgen]
    pub fn adopt(reply: &str) {
        let text = reply.strip_prefix('\u{6}').and_then(|r| r.split_once('\u{2}')).map(|(_, text)| text);
        if let Some((text, ds)) = text.and_then(|text| Some((text, dataset::decode(text.to_string(), today())?))) {
            let words = parse_words(dataset::words_of(text), ds).map(Rc::new);
            OPENED.with(|o| o.borrow_mut().push((ds, words.clone())));
            SHOWN.with(|s| s.replace(Some((ds, words))));
        }
    }

    /// Opens the data a link carries, as `open` answers: packed in its fragment (`kind` "fragment", `value` the
    /// packed text), or at a web address (`kind` "address", `value` the address as the link gives it), fetched
    /// without credentials, over http or https only.
    #[wasm_bindgen]
    pub async fn open_link(kind: String, value: String) -> String {
        if kind == "fragment" {
            let text = match link::unpack(&value) {
                Ok((from, data)) => reply(Ok(data), &from, None, Some(&from)),
                Err(e) => reply(Err(e), "", None, None),
            };
            adopt(&text);
            return text;
        }
        let text = match fetched(&value).await {
            Ok((url, bytes)) => reply(reader::open(&bytes, Options::default()), &url, Some(&value), None),
            Err(why) => format!("\u{15}{why}"),
        };
        adopt(&text);
        text
    }

    /// The reply to `open` or `open_link`: the data `read` from `from` (fetched again from `address`, where one is
    /// given), said to be what `said` names ("genes.csv"), else what it was read as.
    fn reply(read: Result<Opened, ReadError>, from: &str, address: Option<&str>, said: Option<&str>) -> String {
        match read {
            Ok(data) => {
                let said = said.map_or_else(|| data.format().to_string(), String::from);
                let text = dataset::encode(data, from, address);
                format!("\u{6}{said}\u{2}{text}")
            }
            Err(e) => format!("\u{15}{e}{}", if e.too_many.is_some() { "\u{2}keep" } else { "" }),
        }
    }

    /// The bytes at `address` (relative to the page, or absolute) and its absolute form; or why they could not be had.
    async fn fetched(address: &str) -> Result<(String, Vec<u8>), String> {
        use wasm_bindgen::JsCast;
        use wasm_bindgen_futures::JsFuture;
        let window = gloo::utils::window();
        let page = window.location().href().unwrap_or_default();
        let url = web_sys::Url::new_with_base(address, &page).map_err(|_| "it is not a web address".to_string())?;
        if !matches!(url.protocol().as_str(), "http:" | "https:") {
            return Err(format!("only http and https addresses are opened, not {}", url.protocol()));
        }
        let init = web_sys::RequestInit::new();
        init.set_credentials(web_sys::RequestCredentials::Omit);
        init.set_mode(web_sys::RequestMode::Cors);
        let unreachable = "the server could not be reached, or it does not let other sites read the file (CORS)";
        let response = JsFuture::from(window.fetch_with_str_and_init(&url.href(), &init))
            .await
            .map_err(|_| unreachable.to_string())?
            .unchecked_into::<web_sys::Response>();
        if !response.ok() {
            return Err(format!("the server answered {} {}", response.status(), response.status_text()));
        }
        let length = response.headers().get("content-length").ok().flatten().and_then(|n| n.parse::<usize>().ok());
        if let Some(n) = length.filter(|&n| n > MAX_BYTES) {
            return Err(format!("the file has {n} bytes; the most that can be opened is 50 MB ({MAX_BYTES} bytes)"));
        }
        let body = response.array_buffer().map_err(|_| "its content could not be read".to_string())?;
        let buffer = JsFuture::from(body).await.map_err(|_| "the download broke off".to_string())?;
        Ok((url.href(), js_sys::Uint8Array::new(&buffer).to_vec()))
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

    /// The details panel's content for the view `query` opens (`present::details`), with the sources' words,
    /// loaded when first needed: nothing where nothing is selected.
    #[wasm_bindgen]
    pub async fn details(query: String) -> String {
        overlap::present::details::markup_of_query(shown(), &query, words().await.as_deref())
    }

    /// The changes list's content for the view `query` opens (`present::changes`), with the sources' words, loaded
    /// when first needed: nothing where the view compares no dates.
    #[wasm_bindgen]
    pub async fn changes(query: String) -> String {
        overlap::present::changes::markup_of_query(shown(), &query, words().await.as_deref())
    }

    /// The sources' words, where the data shown has sources: a reader's own came with it, the built-in data's are
    /// loaded when first needed.
    async fn words() -> Option<Rc<Words>> {
        if let Some((_, words)) = SHOWN.with(|s| s.borrow().clone()) {
            return words;
        }
        overlap::components::citations::words().await
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
