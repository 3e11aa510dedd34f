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
    static PICKED: Cell<bool> = const { Cell::new(false) };
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

/// One click handler for all the marks of a part of the page drawn as markup (the table, the changes list): a click
/// on one selects the subject `subject` reads off the element clicked, or unselects it if it is the selection.
pub fn pick_in(
    dispatch: &Callback<Action>,
    subject: impl Fn(&web_sys::Element) -> Option<Subject> + 'static,
) -> Callback<MouseEvent> {
    let dispatch = dispatch.clone();
    Callback::from(move |e: MouseEvent| {
        // A click targets an element: no run-time check.
        if let Some(subject) = e.target().and_then(|t| subject(t.unchecked_ref())) {
            PICKED.with(|p| p.set(true));
            dispatch.emit(Action::Toggle(subject));
        }
    })
}

/// A click on a table cell's button (its `data-cell` holds its area's and actor's ids in `ds`) opens the cell's
/// sources, or closes them if they are open.
pub fn cell_handler(dispatch: &Callback<Action>, ds: &'static Dataset) -> Callback<MouseEvent> {
    pick_in(dispatch, move |target| {
        let ids = target.closest("[data-cell]").ok()??.get_attribute("data-cell")?;
        let (area, actor) = ids.split_once(' ')?;
        Some(Subject::Cell { area: ds.area_by_id(area)?, actor: ds.actor_by_id(actor)? })
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
