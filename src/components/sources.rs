//! The footer that names every source document and offers the raw dataset for download.

use crate::dataset::DATASET;
use yew::prelude::*;

/// Where the raw data file is served, relative to the page (Trunk copies it there).
pub const DATA_HREF: &str = "data/overlap.toml";

#[function_component]
pub fn Sources() -> Html {
    html! {
        <footer class="sources">
            <h2>{ "Sources" }</h2>
            <ol>
                { for DATASET.sources.iter().map(|s| html! {
                    <li id={format!("source-{}", s.id)}>
                        <cite>{ s.title }</cite>{ format!(" — {}", s.publisher) }
                        if let Some(d) = s.published { { format!(", {d}") } }
                    </li>
                }) }
            </ol>
            <p><a href={DATA_HREF} download="overlap.toml">{ "Download the dataset (TOML)" }</a></p>
        </footer>
    }
}
