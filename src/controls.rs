//! The page's controls as the state reads them: each control's name, the value it holds after an input, and the
//! action that input asks for. The live page's handlers and the replay of inputs made on the prerendered page before
//! the app was live read controls through this one codec.

use crate::dataset::{By, Dataset, Date, Grade};
use crate::named::Named;
use crate::overlap::{Mode, Sort, ANY_DEGREE};
use crate::sets::ActorSet;
use crate::state::{Action, Subject, View};

/// The names of the controls whose every keystroke or step counts (the `input` event); the others count on `change`.
pub const ON_INPUT: [&str; 3] = ["q", "asof", "from"];

/// A checkbox's value as the codec reads it: its own value (an id), and whether it is ticked: "jp on", "jp off".
pub fn ticked(id: &str, on: bool) -> String {
    id.to_string() + if on { " on" } else { " off" }
}

/// The compare control's value for a comparison of two dates: "2022-12..2024-04-30".
pub fn comparison(from: Date, to: Date) -> String {
    from.iso() + ".." + &to.iso()
}

/// The compare control's value that stops comparing, and the one that compares a step with the one before it.
pub const NO_COMPARISON: &str = "";
pub const STEP_BEFORE: &str = "custom";

/// The action an input on the control `name` asks for, given the value the control holds after it; none for an
/// unknown control or value (the page is ours, but an extension or a stale cache could add anything).
///
/// - `actor`, `group`: a box, as `ticked` writes it;
/// - `q`: the search text;
/// - `asof`, `from`: a timeline slider's position (the as-of slider's last position, past the last step, counts every
///   event);
/// - `by`, `firm`, `mode`, `sort`, `view`: a word, as the URL writes it;
/// - `min`, `degree`: a number (empty: no limit);
/// - `agg`: the box that groups intersections by degree, as `ticked` writes it ("degree on"; anything else ungroups);
/// - `compare`: `comparison`'s value, `NO_COMPARISON` or `STEP_BEFORE`;
/// - `select`: an intersection mark's actor ids, space-separated (its `data-sets`): selects it, or unselects it.
pub fn action(name: &str, value: &str, ds: &Dataset) -> Option<Action> {
    let position = || value.parse::<usize>().ok();
    match name {
        "actor" | "group" => {
            let (id, on) = value.split_once(' ')?;
            let on = on == "on";
            match name {
                "actor" => ds.actor_by_id(id).map(|i| Action::SetActor(i, on)),
                _ => ds.group_by_id(id).map(|g| Action::SetGroup(g, on)),
            }
        }
        "q" => Some(Action::SetQuery(value.to_string())),
        "asof" => position().map(|i| Action::SetAsOf(ds.timeline().at(i))),
        "from" => ds.timeline().at(position()?).map(Action::SetFrom),
        "firm" => Grade::parse(value).map(Action::SetFirm),
        "mode" => Mode::parse(value).map(Action::SetMode),
        "sort" => Sort::parse(value).map(Action::SetSort),
        "by" => By::parse(value).map(Action::SetBy),
        "min" if value.is_empty() => Some(Action::SetMinSize(1)),
        "degree" if value.is_empty() => Some(Action::SetMaxDegree(ANY_DEGREE)),
        "min" => position().map(Action::SetMinSize),
        "degree" => position().map(Action::SetMaxDegree),
        "agg" => Some(Action::SetGrouped(value == "degree on")),
        "view" => View::parse(value).map(Action::SetView),
        "compare" => match value {
            NO_COMPARISON => Some(Action::Compare(None)),
            STEP_BEFORE => Some(Action::CompareWithStepBefore),
            _ => {
                let (from, to) = value.split_once("..")?;
                Some(Action::Compare(Some((Date::parse(from)?, Date::parse(to)?))))
            }
        },
        "select" => {
            let ids: Option<Vec<usize>> = value.split(' ').map(|id| ds.actor_by_id(id)).collect();
            let sets = ActorSet::from_indices(ids?);
            (!sets.is_empty()).then_some(Action::Toggle(Subject::Intersection(sets)))
        }
        _ => None,
    }
}

/// The actions that replay inputs recorded on the prerendered page, as (control name, value) pairs in order: each
/// says what the control held after the input, so the replay sets that rather than toggling, and stays right when
/// the URL's view and the prerendered default differ.
pub fn replay(inputs: &[(String, String)], ds: &Dataset) -> Vec<Action> {
    inputs.iter().filter_map(|(name, value)| action(name, value, ds)).collect()
}
