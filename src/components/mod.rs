//! Yew components: they turn the pure core's output into DOM and user events into `state::Action`s.

pub mod app;
pub mod details;
pub mod download;
pub mod filters;
pub mod legend;
pub mod matrix;
pub mod notices;
pub mod sources;
pub mod toolbar;
pub mod upset;
pub mod venn;

pub use app::App;

use crate::sets::ActorSet;
use crate::state::{Action, State, Subject};
use crate::view_model::ChartData;
use std::rc::Rc;
use yew::{Callback, KeyboardEvent, Properties};

/// What a chart view (UpSet, Venn) is drawn from: the chart data, the state (selection, mode), and where to send
/// the user's selections.
#[derive(Properties, PartialEq)]
pub struct ChartProps {
    pub data: Rc<ChartData>,
    pub state: State,
    pub dispatch: Callback<Action>,
}

/// Enter or Space on a focused mark selects (or unselects) it, as a click does.
pub fn select_on_key(dispatch: &Callback<Action>, pick: Option<ActorSet>) -> Callback<KeyboardEvent> {
    let dispatch = dispatch.clone();
    Callback::from(move |e: KeyboardEvent| {
        if e.key() == "Enter" || e.key() == " " {
            e.prevent_default();
            dispatch.emit(Action::Select(pick.map(Subject::Intersection)));
        }
    })
}
