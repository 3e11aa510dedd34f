//! The build's renders of the app (natively, with Yew's server renderer): the default view for the prerendered page,
//! and the link preview card (the default view's picture), which is also the README's picture.

use super::app::{App, AppProps};
use crate::dataset::DATASET;
use crate::picture::{of_view, palette};
use crate::preview::card;
use crate::state::State;
use crate::view_model::ChartData;
use yew::{BaseComponent, ServerRenderer};

/// The page's one stylesheet, whose light palette the card is drawn in.
pub const STYLESHEET: &str = include_str!("../../static/style.css");

/// A component rendered to HTML, as the page's first paint shows it (not hydratable: the app renders anew).
pub fn render<C: BaseComponent>(renderer: ServerRenderer<C>) -> String {
    futures::executor::block_on(renderer.hydratable(false).render())
}

/// The default view, as the app renders it for an empty query.
pub fn default_view() -> String {
    render(ServerRenderer::<App>::with_props(|| AppProps { query: Some(String::new()) }))
}

/// The link preview card: the default view's picture beside the app's name and what it answers.
pub fn preview_card() -> Result<String, String> {
    let state = State::default_for(&DATASET);
    let data = ChartData::of(&DATASET, &state);
    let palette = palette(STYLESHEET)?;
    let picture = of_view(&DATASET, &state, &data, "", &palette)?;
    let tagline = "Which technology areas the EU, UK, Japan, South Korea, Singapore and Canada share through their \
                   digital partnerships. Every link sourced, with a verbatim quote.";
    card(&picture, "Overlap", tagline, &palette)
}
