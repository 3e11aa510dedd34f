//! Yew components: they turn the pure core's output into DOM and user events into `state::Action`s.

pub mod app;
pub mod changes;
pub mod citations;
pub mod cite;
pub mod copy;
pub mod description;
pub mod details;
pub mod download;
pub mod embed;
pub mod filters;
pub mod matrix;
pub mod notices;
pub mod sources;
pub mod toolbar;
pub mod upset;
pub mod venn;

pub use app::App;

use crate::dataset::DATASET;
use crate::sets::ActorSet;
use crate::state::{Action, State, Subject};
use crate::view_model::ChartData;
use std::rc::Rc;
use wasm_bindgen::JsCast;
use yew::{Callback, Event, KeyboardEvent, MouseEvent, Properties};

/// What a chart view (UpSet, Venn) is drawn from: the chart data, the state (selection, mode), and where to send
/// the user's selections.
#[derive(Properties, PartialEq)]
pub struct ChartProps {
    pub data: Rc<ChartData>,
    pub state: State,
    pub dispatch: Callback<Action>,
}

/// `aria-disabled` of a control that cannot act on the prerendered page (rendered natively at build time): the page's
/// loader keeps clicks on it from doing anything until the app, rendered in the browser, takes the page over.
pub fn waiting() -> Option<&'static str> {
    (!cfg!(target_arch = "wasm32")).then_some("true")
}

/// What such a control says meanwhile, as its title.
pub const WAIT: &str = "Available once the page has finished loading";

/// The intersection mark (an UpSet column, a Venn region) an event happened in, by its `data-sets` ids.
pub fn mark_of(e: &Event) -> Option<ActorSet> {
    // Pointer, key and focus events on the page's marks target elements; `closest` on anything else is an error, not
    // a crash, so no run-time type check (and its download) is needed.
    let target: web_sys::Element = e.target()?.unchecked_into();
    let ids = target.closest("[data-sets][role=button]").ok()??.get_attribute("data-sets")?;
    Some(ActorSet::from_indices(ids.split(' ').filter_map(|id| DATASET.actor_by_id(id))))
}

/// One click and one key handler for all the intersection marks of a chart, rather than two per mark: a click, or
/// Enter or Space on a focused mark, selects it, or unselects it if it is the selection.
pub fn select_handlers(
    dispatch: &Callback<Action>,
    selected: Option<Subject>,
) -> (Callback<MouseEvent>, Callback<KeyboardEvent>) {
    let pick = move |e: &Event| {
        mark_of(e).map(|sets| {
            let this = Subject::Intersection(sets);
            Action::Select((selected != Some(this)).then_some(this))
        })
    };
    let on_click = {
        let dispatch = dispatch.clone();
        Callback::from(move |e: MouseEvent| {
            if let Some(action) = pick(&e) {
                dispatch.emit(action);
            }
        })
    };
    let dispatch = dispatch.clone();
    let on_key = Callback::from(move |e: KeyboardEvent| {
        if e.key() == "Enter" || e.key() == " " {
            if let Some(action) = pick(&e) {
                e.prevent_default();
                dispatch.emit(action);
            }
        }
    });
    (on_click, on_key)
}
