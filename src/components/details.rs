//! The details panel: for the selection, the brief of its citations, by partnership then area, drawn by the
//! publishing module (`present::details`) with the sources' words, which it loads when a panel first needs them.

use super::cite::use_made;
use super::mark_events::take_picked;
use crate::present::details::hint;
use crate::state::{Action, Subject};
use crate::view_model::ChartData;
use std::rc::Rc;
use wasm_bindgen::JsCast;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct DetailsProps {
    pub data: Rc<ChartData>,
    pub subject: Option<Subject>,
    /// The view's query, which says the selection to the publishing module.
    pub query: String,
    pub dispatch: Callback<Action>,
}

#[function_component]
pub fn Details(props: &DetailsProps) -> Html {
    let selected = props.subject.is_some();
    let made = use_made("details", &props.query, selected.then(|| props.query.clone()));
    // The panel shows what was last made while the next is made (a quick change of view), or a line until the first.
    let fresh = made.as_ref().is_some_and(|(made_for, texts)| *made_for == props.query && texts.is_some());
    let markup = made.and_then(|(_, texts)| texts?.into_iter().next());
    // A selection the reader has just made brings its evidence into view and the focus to it, once it is drawn.
    use_effect_with((fresh, props.query.clone()), |&(fresh, _)| {
        let heading = gloo::utils::document().get_element_by_id("details-title");
        if let Some(h) = heading.filter(|_| fresh && take_picked()) {
            let h: web_sys::HtmlElement = h.unchecked_into();
            h.scroll_into_view_with_bool(true);
            let _ = h.focus();
        }
    });
    if !selected {
        return html! { <section class="details" aria-live="polite"><p class="hint">{ hint(props.data.ds) }</p></section> };
    }
    let dispatch = props.dispatch.clone();
    let on_click = Callback::from(move |e: MouseEvent| {
        let target: Option<web_sys::Element> = e.target().map(JsCast::unchecked_into);
        let action = target.and_then(|t| t.closest("[data-action]").ok().flatten()?.get_attribute("data-action"));
        match action.as_deref() {
            Some("close") => dispatch.emit(Action::Unselect),
            Some(_) => back_to_chart(),
            None => {}
        }
    });
    let body = match markup {
        Some(markup) => Html::from_html_unchecked(markup.into()),
        None => html! { <p>{ "Loading the sources…" }</p> },
    };
    html! {
        <section class="details" aria-live="polite" aria-labelledby="details-title" onclick={on_click}>{ body }</section>
    }
}

/// Brings the chart back into view, with the focus on the selected mark (a chart's, the table's or the changes
/// list's), or on the chart.
fn back_to_chart() {
    let doc = gloo::utils::document();
    let target = doc.query_selector(".chart-area [aria-pressed=\"true\"]").ok().flatten();
    if let Some(el) = target.or_else(|| doc.get_element_by_id("chart")) {
        let el: web_sys::HtmlElement = el.unchecked_into();
        el.scroll_into_view_with_bool(false);
        let _ = el.focus();
    }
}
