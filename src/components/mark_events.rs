//! The chart marks' events: one click and one key handler for all the intersection marks of a chart, the mark an
//! event happened in, and whether the reader has just picked something.

use crate::dataset::Dataset;
use crate::sets::ActorSet;
use crate::state::{Action, Subject};
use std::cell::Cell;
use wasm_bindgen::JsCast;
use yew::{Callback, Event, KeyboardEvent, MouseEvent};

/// The intersection mark (an UpSet column, a Venn region) an event happened in, by its `data-sets` ids in `ds`.
pub fn mark_of(e: &Event, ds: &Dataset) -> Option<ActorSet> {
    // Pointer, key and focus events on the page's marks target elements; `closest` on anything else is an error, not
    // a crash, so no run-time type check (and its download) is needed.
    let target: web_sys::Element = e.target()?.unchecked_into();
    let ids = target.closest("[data-sets][role=button]").ok()??.get_attribute("data-sets")?;
    Some(ActorSet::from_indices(ids.split(' ').filter_map(|id| ds.actor_by_id(id))))
}

thread_local! {
    /// Whether the reader has just picked something whose evidence the details panel shows: the panel then takes
    /// the focus. A selection that comes with the address (a shared link, Back) leaves the focus where it is.
    pub static PICKED: Cell<bool> = const { Cell::new(false) };
}

/// A handler that sends `action`, a pick by the reader (see `PICKED`).
pub fn pick(dispatch: &Callback<Action>, action: impl Fn() -> Action + 'static) -> Callback<MouseEvent> {
    let dispatch = dispatch.clone();
    Callback::from(move |_: MouseEvent| {
        PICKED.with(|p| p.set(true));
        dispatch.emit(action())
    })
}

/// Whether the reader has picked something since the last call.
pub fn take_picked() -> bool {
    PICKED.with(|p| p.replace(false))
}

/// A click on a table cell's button (its `data-cell` holds its area's and actor's ids in `ds`) opens the cell's
/// sources, or closes them if they are open: one handler for the whole table.
pub fn cell_handler(dispatch: &Callback<Action>, ds: &'static Dataset) -> Callback<MouseEvent> {
    let dispatch = dispatch.clone();
    Callback::from(move |e: MouseEvent| {
        let target: web_sys::Element = match e.target() {
            Some(t) => t.unchecked_into(),
            None => return,
        };
        let ids = target.closest("[data-cell]").ok().flatten().and_then(|c| c.get_attribute("data-cell"));
        let cell = ids.as_deref().and_then(|ids| ids.split_once(' '));
        if let Some((area, actor)) = cell.and_then(|(a, s)| Some((ds.area_by_id(a)?, ds.actor_by_id(s)?))) {
            PICKED.with(|p| p.set(true));
            dispatch.emit(Action::Toggle(Subject::Cell { area, actor }));
        }
    })
}

/// A click, or Enter or Space on a focused mark, selects it, or unselects it if it is the selection (the reducer
/// decides which): one handler of each kind for the whole chart, not two per mark.
pub fn select_handlers(
    dispatch: &Callback<Action>,
    ds: &'static Dataset,
) -> (Callback<MouseEvent>, Callback<KeyboardEvent>) {
    // Whether the event was on a mark, whose action it then sent.
    let pick = |dispatch: &Callback<Action>, e: &Event| {
        let sets = mark_of(e, ds);
        if let Some(sets) = sets {
            PICKED.with(|p| p.set(true));
            dispatch.emit(Action::Toggle(Subject::Intersection(sets)));
        }
        sets.is_some()
    };
    let d = dispatch.clone();
    let on_click = Callback::from(move |e: MouseEvent| {
        pick(&d, &e);
    });
    let d = dispatch.clone();
    let on_key = Callback::from(move |e: KeyboardEvent| {
        if (e.key() == "Enter" || e.key() == " ") && pick(&d, &e) {
            e.prevent_default();
        }
    });
    (on_click, on_key)
}
