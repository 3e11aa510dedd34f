//! The footer that names every source document and offers the raw dataset and the offline copy for download.

#[cfg(not(target_arch = "wasm32"))]
use {crate::dataset::DATASET, yew::prelude::*};

/// Where the raw data file is served, relative to the page (Trunk copies it there).
pub const DATA_HREF: &str = "data/overlap.toml";
/// The links' words, which the details panel loads when first needed (written by the prerender).
pub const CITATIONS_HREF: &str = "data/citations.tsv";
/// The single-file copy of the app that the build writes beside the page (scripts/postbuild.mjs).
pub const OFFLINE_HREF: &str = "overlap.html";

/// Rendered by the build only (src/bin/prerender.rs), so what only it shows stays out of the app's download.
#[cfg(not(target_arch = "wasm32"))]
#[function_component]
pub fn Sources() -> Html {
    html! {
        <footer class="sources">
            <h2>{ "Sources" }</h2>
            <p class="hint">{ "Numbered as the details cite them. The documents were collected as text, without their web addresses, so none is linked." }</p>
            <ol class="refs">
                { for DATASET.sources.iter().enumerate().map(|(i, s)| html! {
                    <li id={format!("source-{}", s.id)}>
                        <span class="ref">{ format!("[{}]", i + 1) }</span>{ " " }
                        <span><cite>{ s.title }</cite>{ ". " }<span class="about">{ format!("{} · {}", s.kind, s.about()) }</span></span>
                    </li>
                }) }
            </ol>
            <p class="data-version" data-version={DATASET.version}>
                { DATASET.version_note() + "." }
            </p>
            <p>
                <a href={DATA_HREF} download="overlap.toml">{ "Download the dataset (TOML)" }</a>
                { " · " }
                <a href={OFFLINE_HREF} download="overlap.html">{ "Save for offline use" }</a>
                <span class="hint">{ " (the whole app in one HTML file that works from disk, without a web server)" }</span>
            </p>
        </footer>
    }
}
