//! Build-time prerender (a Trunk hook): writes the default view into `index.html`, so the chart is in the first paint.
//!
//! Usage: `prerender path/to/index.html`. The default view goes inside `<div id="app">`, which the app replaces with
//! its own render once it runs; the sources' footer, which never changes, goes after it and stays as it is. Beside
//! the page it writes table.html, the membership table for readers without JavaScript (linked from its
//! `<noscript>`), and data/citations.tsv, the links' words, which the app loads when first needed.

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    use overlap::components::sources::Sources;
    use overlap::components::ssr::{default_view, preview_card, render};
    use yew::ServerRenderer;

    let Some(path) = std::env::args().nth(1) else {
        eprintln!("usage: prerender INDEX_HTML");
        std::process::exit(2);
    };
    let mut page = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("cannot read {path}: {e}"));
    let app = default_view();
    let filled = [
        ("<div id=\"app\"></div>", format!("<div id=\"app\">{app}</div>")),
        ("<!--prerendered-sources-->", render(ServerRenderer::<Sources>::new())),
    ];
    for (placeholder, html) in filled {
        assert!(page.contains(placeholder), "index.html lacks the prerender placeholder {placeholder}");
        page = page.replacen(placeholder, &html, 1);
    }
    // The default view's short description is the page's description for search engines, and the link preview's.
    let (ds, state) = (&overlap::dataset::DATASET, overlap::state::State::default_for(&overlap::dataset::DATASET));
    let data = overlap::view_model::ChartData::of(ds, &state);
    let described = overlap::html::escape(&overlap::describe::short::short(ds, &state, &data));
    // The title is HTML text already: in an attribute, only its quotation marks need escaping.
    let title = between(&page, "<title>", "</title>").replace('"', "&quot;");
    let site = site_url();
    let image = site.clone().unwrap_or_default() + PREVIEW_PNG;
    let (width, height) = (overlap::preview::WIDTH.to_string(), overlap::preview::HEIGHT.to_string());
    for (meta, value) in [
        ("name=\"description\"", described.as_str()),
        ("property=\"og:title\"", &title),
        ("property=\"og:description\"", &described),
        ("property=\"og:image\"", &image),
        ("property=\"og:image:width\"", &width),
        ("property=\"og:image:height\"", &height),
        ("property=\"og:image:alt\"", &described),
    ] {
        fill_meta(&mut page, meta, value);
    }
    // The preview image's picture, which the post-build step renders to PREVIEW_PNG.
    let card = preview_card().unwrap_or_else(|e| panic!("cannot draw the link preview: {e}"));
    let svg = std::path::Path::new(&path).with_file_name(PREVIEW_SVG);
    std::fs::write(&svg, card).unwrap_or_else(|e| panic!("cannot write {}: {e}", svg.display()));
    std::fs::write(&path, &page).unwrap_or_else(|e| panic!("cannot write {path}: {e}"));
    // The membership table, for readers without JavaScript, as a page of its own: not every visit pays for it.
    let table = std::path::Path::new(&path).with_file_name("table.html");
    let html =
        TABLE_PAGE.replace("<!--description-->", &described).replace("<!--table-->", &static_table(ds, &state, &data));
    std::fs::write(&table, html).unwrap_or_else(|e| panic!("cannot write {}: {e}", table.display()));
    // The links' words, which the app loads when a details panel first needs them.
    let citations = std::path::Path::new(&path).with_file_name(overlap::components::sources::CITATIONS_HREF);
    std::fs::write(&citations, overlap::dataset::CITATIONS_TSV)
        .unwrap_or_else(|e| panic!("cannot write {}: {e}", citations.display()));
    println!("prerender: {} bytes of the default view into {path}", app.len());
}

/// The default view's table, plain marks rather than buttons, for the page for readers without JavaScript.
#[cfg(not(target_arch = "wasm32"))]
fn static_table(
    ds: &'static overlap::dataset::Dataset,
    state: &overlap::state::State,
    data: &overlap::view_model::ChartData,
) -> String {
    let described = overlap::components::description::SHORT_ID;
    overlap::present::matrix::MatrixModel::new(ds, data, false).markup(ds, state.subject, described)
}

/// The link preview, as the post-build step renders it (scripts/postbuild.mjs), and the picture it renders.
#[cfg(not(target_arch = "wasm32"))]
const PREVIEW_PNG: &str = "preview.png";
#[cfg(not(target_arch = "wasm32"))]
const PREVIEW_SVG: &str = "preview.svg";

/// The site's public URL (`OVERLAP_SITE_URL`, e.g. `https://example.org/tools/overlap/`), if the build was given one;
/// a malformed one stops the build.
#[cfg(not(target_arch = "wasm32"))]
fn site_url() -> Option<String> {
    let url = std::env::var("OVERLAP_SITE_URL").ok().filter(|u| !u.is_empty())?;
    Some(overlap::preview::site_url(&url).unwrap_or_else(|e| panic!("{e}")).to_string())
}

/// The text between the first `start` and the `end` after it.
#[cfg(not(target_arch = "wasm32"))]
fn between<'a>(page: &'a str, start: &str, end: &str) -> &'a str {
    let at = page.find(start).unwrap_or_else(|| panic!("index.html lacks {start}")) + start.len();
    &page[at..at + page[at..].find(end).unwrap_or_else(|| panic!("index.html lacks {end}"))]
}

/// Sets the content of the `<meta …>` that `meta` (its name or property attribute) names, in the page.
#[cfg(not(target_arch = "wasm32"))]
fn fill_meta(page: &mut String, meta: &str, value: &str) {
    let opening = format!("<meta {meta} content=\"");
    let at = page.find(&opening).unwrap_or_else(|| panic!("index.html lacks <meta {meta}>")) + opening.len();
    let end = at + page[at..].find('"').expect("an unterminated meta content");
    page.replace_range(at..end, value);
}

/// The page around the membership table: plain, styled inline, readable without any script.
#[cfg(not(target_arch = "wasm32"))]
const TABLE_PAGE: &str = r#"<!doctype html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>Overlap — which technology areas each actor has</title>
  <style>body{font-family:system-ui,sans-serif;margin:1rem auto;max-width:60rem;padding:0 1rem;line-height:1.45}
  table{border-collapse:collapse}th,td{padding:.2rem .5rem;border-bottom:1px solid #ccc}th[scope=row]{text-align:left;
  font-weight:normal}td{text-align:center}.sr-only{position:absolute;width:1px;height:1px;overflow:hidden;
  clip:rect(0 0 0 0)}.mark{display:inline-block;width:.8em;height:.8em;border-radius:50%;border:2px solid #0b5e91;
  background:#0b5e91}.mark[data-grade=exploring],.mark[data-grade=aspiration]{background:none}
  .mark[data-grade=aspiration]{border-style:dashed}</style>
</head>
<body>
  <h1>Which technology areas each actor has</h1>
  <p>From the digital partnerships of the EU, the UK, Japan, South Korea, Singapore and Canada, as the dataset of
    <a href="./">Overlap</a> records them: a solid mark for an area agreed or launched, a hollow one for an area being
    explored, a dashed one for an aspiration only. The interactive chart, with the source and quote of every mark,
    needs JavaScript; <a href="data/overlap.toml">the dataset</a> has them all.</p>
  <p id="view-description"><!--description--></p>
  <!--table-->
</body>
</html>
"#;

#[cfg(target_arch = "wasm32")]
fn main() {}
