//! One handler for all the named controls in a part of the page: what a control holds after an input becomes the
//! action `controls` reads it as, just as the replay of inputs made before the app was live reads them.

use crate::controls::{action, ticked, ON_INPUT};
use crate::dataset::Dataset;
use crate::state::Action;
use web_sys::HtmlInputElement;
use yew::{Callback, Event, InputEvent};

/// The handler of `input` events (`on_input`: the search and the sliders) or of `change` events (the others).
fn handler(dispatch: &Callback<Action>, ds: &'static Dataset, on_input: bool) -> impl Fn(&Event) {
    let dispatch = dispatch.clone();
    move |e: &Event| {
        // An input or a select: both have a name and a value, read by name (no run-time type check).
        let Some(control) = e.target().map(wasm_bindgen::JsCast::unchecked_into::<HtmlInputElement>) else { return };
        let (name, kind) = (control.name(), control.type_());
        if ON_INPUT.contains(&name.as_str()) != on_input || (kind == "radio" && !control.checked()) {
            return;
        }
        let value = match kind.as_str() {
            "checkbox" => ticked(&control.value(), control.checked()),
            _ => control.value(),
        };
        if let Some(action) = action(&name, &value, ds) {
            dispatch.emit(action);
        }
    }
}

/// The `oninput` and `onchange` handlers of a part of the page whose controls send `dispatch` their actions; `ds`,
/// the data as counted, names what they tick.
pub fn control_handlers(dispatch: &Callback<Action>, ds: &'static Dataset) -> (Callback<InputEvent>, Callback<Event>) {
    let (input, change) = (handler(dispatch, ds, true), handler(dispatch, ds, false));
    (Callback::from(move |e: InputEvent| input(&e)), Callback::from(move |e: Event| change(&e)))
}
