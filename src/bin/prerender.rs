//! Build-time prerender (a Trunk hook): writes the default view into `index.html`, so the chart is in the first paint.
//!
//! Usage: `prerender path/to/index.html`. The default view goes inside `<div id="app">`, which the app replaces with
//! its own render once it runs; the membership table goes into the `<noscript>` beside it, so the data stays readable
//! without JavaScript.

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    use overlap::components::app::{App, AppProps};
    use overlap::components::matrix::StaticMatrix;

    let Some(path) = std::env::args().nth(1) else {
        eprintln!("usage: prerender INDEX_HTML");
        std::process::exit(2);
    };
    let page = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("cannot read {path}: {e}"));
    let app = futures::executor::block_on(
        yew::ServerRenderer::<App>::with_props(|| AppProps { query: Some(String::new()) }).hydratable(false).render(),
    );
    let table = futures::executor::block_on(yew::ServerRenderer::<StaticMatrix>::new().hydratable(false).render());
    let page = page.replacen("<div id=\"app\"></div>", &format!("<div id=\"app\">{app}</div>"), 1).replacen(
        "<!--prerendered-table-->",
        &table,
        1,
    );
    assert!(page.contains(&app) && page.contains(&table), "index.html lacks the prerender placeholders");
    std::fs::write(&path, page).unwrap_or_else(|e| panic!("cannot write {path}: {e}"));
    println!("prerender: {} bytes of chart and {} of table into {path}", app.len(), table.len());
}

#[cfg(target_arch = "wasm32")]
fn main() {}
