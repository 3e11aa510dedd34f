//! The build's renders of the app (natively, with Yew's server renderer): the default view for the prerendered page,
//! and the link preview card around its chart, which is also the README's picture.

use super::app::{App, AppProps};
use crate::dataset::DATASET;
use crate::preview::card;
use yew::{BaseComponent, ServerRenderer};

/// The page's one stylesheet, whose chart rules and light palette the card is drawn with.
pub const STYLESHEET: &str = include_str!("../../static/style.css");

/// A component rendered to HTML, as the page's first paint shows it (not hydratable: the app renders anew).
pub fn render<C: BaseComponent>(renderer: ServerRenderer<C>) -> String {
    futures::executor::block_on(renderer.hydratable(false).render())
}

/// The default view, as the app renders it for an empty query.
pub fn default_view() -> String {
    render(ServerRenderer::<App>::with_props(|| AppProps { query: Some(String::new()) }))
}

/// The link preview card of the default view (`app`, its rendered HTML): the chart under the app's name and what it
/// answers, with the data's version under it.
pub fn preview_card(app: &str) -> Result<String, String> {
    let subtitle = "Technology areas the EU, UK, Japan, South Korea, Singapore and Canada share";
    let footer = "Every link sourced, with a verbatim quote · ".to_string() + &DATASET.version_note();
    card(app, STYLESHEET, "Overlap", subtitle, &footer)
}
