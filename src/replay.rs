//! Inputs made on the prerendered page before the app was live, as the actions that replay them, in order.
//!
//! The page's inline loader records each input on the prerendered controls as a pair (what was used, its value); once
//! the app has taken the page over, these pairs become actions on the state the app started from, as if the inputs
//! had been made just then. Each pair says what the control showed after the input (a box ticked or not, the text in
//! the search field), so the replay sets that, rather than toggling: it stays right when the URL's view and the
//! prerendered default differ.

use crate::dataset::{Dataset, Grade};
use crate::sets::ActorSet;
use crate::state::{clamp_query, Action, State, Subject};
use crate::url_state::{parse_mode, parse_sort, parse_view};

/// The actions that replay `inputs` on `state`. Unknown controls and values are skipped: the page is ours, but an
/// extension or a stale cache could add anything.
pub fn actions(inputs: &[(String, String)], state: &State, ds: &Dataset) -> Vec<Action> {
    let mut now = state.clone();
    let mut out = Vec::new();
    for (what, value) in inputs {
        let action = match what.as_str() {
            // "jp on" / "jp off": the box as it was left.
            "actor" | "group" => value.split_once(' ').and_then(|(id, on)| {
                let on = on == "on";
                match what.as_str() {
                    "actor" => ds.actor_by_id(id).filter(|&i| now.sets.contains(i) != on).map(Action::ToggleActor),
                    _ => ds.group_by_id(id).filter(|g| now.groups.contains(g) != on).map(Action::ToggleGroup),
                }
            }),
            "q" => Some(Action::SetQuery(clamp_query(value))),
            // The slider's position: a timeline step, or past the last one for "everything".
            "asof" => value.parse::<usize>().ok().map(|i| Action::SetAsOf(ds.timeline().get(i).copied())),
            "firm" => Grade::parse(value).map(Action::SetFirm),
            "mode" => parse_mode(value).map(Action::SetMode),
            "sort" => parse_sort(value).map(Action::SetSort),
            "view" => parse_view(value).map(Action::SetView),
            "compare" => crate::compare::choice(value, &now, ds),
            // A click on an intersection mark selects it, or unselects it if it was selected.
            "select" => {
                let ids: Option<Vec<usize>> = value.split(' ').map(|id| ds.actor_by_id(id)).collect();
                ids.map(ActorSet::from_indices).filter(|s| !s.is_empty()).map(|s| {
                    let pick = Subject::Intersection(s);
                    Action::Select((now.subject != Some(pick)).then_some(pick))
                })
            }
            _ => None,
        };
        if let Some(action) = action {
            now = now.apply(action.clone(), ds);
            out.push(action);
        }
    }
    out
}
