//! Build-time prerender (a Trunk hook): writes the default view into `index.html`, so the chart is in the first paint.
//!
//! Usage: `prerender path/to/index.html`. The default view goes inside `<div id="app">`, which the app replaces with
//! its own render once it runs; the sources' footer, which never changes, goes after it and stays as it is; the
//! membership table goes into the `<noscript>`, so the data stays readable without JavaScript.

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    use overlap::components::app::{App, AppProps};
    use overlap::components::matrix::StaticMatrix;
    use overlap::components::sources::Sources;
    use yew::ServerRenderer;

    fn render<C: yew::BaseComponent>(renderer: ServerRenderer<C>) -> String {
        futures::executor::block_on(renderer.hydratable(false).render())
    }

    let Some(path) = std::env::args().nth(1) else {
        eprintln!("usage: prerender INDEX_HTML");
        std::process::exit(2);
    };
    let mut page = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("cannot read {path}: {e}"));
    let app = render(ServerRenderer::<App>::with_props(|| AppProps { query: Some(String::new()) }));
    let filled = [
        ("<div id=\"app\"></div>", format!("<div id=\"app\">{app}</div>")),
        ("<!--prerendered-sources-->", render(ServerRenderer::<Sources>::new())),
        ("<!--prerendered-table-->", render(ServerRenderer::<StaticMatrix>::new())),
    ];
    for (placeholder, html) in filled {
        assert!(page.contains(placeholder), "index.html lacks the prerender placeholder {placeholder}");
        page = page.replacen(placeholder, &html, 1);
    }
    std::fs::write(&path, &page).unwrap_or_else(|e| panic!("cannot write {path}: {e}"));
    println!("prerender: {} bytes of the default view into {path}", app.len());
}

#[cfg(target_arch = "wasm32")]
fn main() {}
