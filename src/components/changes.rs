//! The changes list: comparing two dates, each area that entered, left or moved, with the events and source quotes
//! that changed it, drawn by the publishing module (`present::changes`); selecting one lights its old and new
//! intersections and opens its sources.

use super::cite::use_made;
use super::mark_events::pick_in;
use crate::state::{Action, Subject};
use crate::view_model::ChartData;
use std::rc::Rc;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ChangesProps {
    pub data: Rc<ChartData>,
    /// The view's query, which says the comparison and the selection to the publishing module.
    pub query: String,
    pub dispatch: Callback<Action>,
}

#[function_component]
pub fn Changes(props: &ChangesProps) -> Html {
    let comparing = props.data.comparison.is_some() && !props.data.actors.is_empty();
    let made = use_made("changes", &props.query, comparing.then(|| props.query.clone()));
    if !comparing {
        return html! {};
    }
    let ds = props.data.ds;
    // An entry's button: the area of the entry it is in.
    let on_click = pick_in(&props.dispatch, move |target| {
        let entry = target.closest("button").ok()??.closest("[data-area]").ok()??;
        Some(Subject::Change(ds.area_by_id(&entry.get_attribute("data-area")?)?))
    });
    let body = match made.and_then(|(_, texts)| texts?.into_iter().next()) {
        Some(markup) => Html::from_html_unchecked(markup.into()),
        None => html! { <p>{ "Listing what changed…" }</p> },
    };
    html! { <section class="changes" aria-labelledby="changes-title" onclick={on_click}>{ body }</section> }
}
