//! The changes list: comparing two dates, each area that entered, left or moved, with the events and source quotes
//! that changed it, drawn by the publishing module (`present::changes`); selecting one lights its old and new
//! intersections and opens its sources.

use super::cite::use_made;
use super::mark_events::PICKED;
use crate::state::{Action, Subject};
use crate::view_model::ChartData;
use std::rc::Rc;
use wasm_bindgen::JsCast;
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
    let (dispatch, ds) = (props.dispatch.clone(), props.data.ds);
    let on_click = Callback::from(move |e: MouseEvent| {
        let target: Option<web_sys::Element> = e.target().map(JsCast::unchecked_into);
        let entry = target.and_then(|t| t.closest("button").ok().flatten()?.closest("[data-area]").ok().flatten());
        if let Some(area) = entry.and_then(|e| ds.area_by_id(&e.get_attribute("data-area")?)) {
            PICKED.with(|p| p.set(true));
            dispatch.emit(Action::Toggle(Subject::Change(area)));
        }
    });
    let body = match made.and_then(|(_, texts)| texts?.into_iter().next()) {
        Some(markup) => Html::from_html_unchecked(markup.into()),
        None => html! { <p>{ "Listing what changed…" }</p> },
    };
    html! { <section class="changes" aria-labelledby="changes-title" onclick={on_click}>{ body }</section> }
}
