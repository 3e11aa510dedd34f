//! The view state (everything a shared URL restores) and the actions that change it.

use crate::dataset::{Dataset, Date};
use crate::filter::Filter;
use crate::overlap::{Mode, Sort};
use crate::sets::ActorSet;

/// Which chart is shown.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum View {
    #[default]
    Upset,
    Matrix,
    Venn,
}

/// One source of truth for what the user sees; `url_state` renders it to and from the query string.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct State {
    pub sets: ActorSet,
    pub groups: Vec<usize>,
    pub areas: Vec<usize>,
    pub query: String,
    pub view: View,
    pub mode: Mode,
    pub sort: Sort,
    pub as_of: Option<Date>,
    pub select: Option<ActorSet>,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Action {
    ToggleActor(usize),
    ToggleGroup(usize),
    SetQuery(String),
    SetView(View),
    SetMode(Mode),
    SetSort(Sort),
    SetAsOf(Option<Date>),
    Select(Option<ActorSet>),
    /// Replace the whole state, as when the browser goes Back to another URL.
    Restore(Box<State>),
}

impl State {
    pub fn default_for(ds: &Dataset) -> State {
        State {
            sets: ds.default_actors(),
            groups: Vec::new(),
            areas: Vec::new(),
            query: String::new(),
            view: View::default(),
            mode: Mode::default(),
            sort: Sort::default(),
            as_of: None,
            select: None,
        }
    }

    /// The area filter this state asks for.
    pub fn filter(&self) -> Filter {
        Filter { groups: self.groups.clone(), areas: self.areas.clone(), query: self.query.clone(), as_of: self.as_of }
    }

    /// The state after an action; a selection that no longer fits the chosen actors is dropped.
    pub fn apply(&self, action: Action) -> State {
        let mut next = self.clone();
        match action {
            Action::ToggleActor(i) if self.sets.contains(i) => next.sets = self.sets.without(i),
            Action::ToggleActor(i) => next.sets = self.sets.with(i),
            Action::ToggleGroup(g) => match next.groups.binary_search(&g) {
                Ok(at) => drop(next.groups.remove(at)),
                Err(at) => next.groups.insert(at, g),
            },
            Action::SetQuery(q) => next.query = q,
            Action::SetView(v) => next.view = v,
            Action::SetMode(m) => next.mode = m,
            Action::SetSort(s) => next.sort = s,
            Action::SetAsOf(d) => next.as_of = d,
            Action::Select(s) => next.select = s,
            Action::Restore(s) => next = *s,
        }
        if next.select.is_some_and(|s| s.is_empty() || !next.sets.is_superset(s)) {
            next.select = None;
        }
        next
    }
}
