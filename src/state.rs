//! The view state (everything a shared URL restores) and the actions that change it.

use crate::dataset::{Dataset, Date, Grade};
use crate::filter::{universe, Filter};
use crate::overlap::{Mode, Sort};
use crate::sets::ActorSet;
use crate::venn::venn_fits;

/// Which chart is shown.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum View {
    #[default]
    Upset,
    Matrix,
    Venn,
}

/// What is selected, and so what the details panel explains: an intersection of the chart, or one area of one actor
/// (a table cell). One slot for both, so that closing one can never bring back another.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Subject {
    Intersection(ActorSet),
    Cell { area: usize, actor: usize },
}

/// Longer search text is cut: nobody types this much, and a hostile URL should cost nothing.
pub const MAX_QUERY_CHARS: usize = 200;

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
    /// The least firm grade of link the chart counts; the weakest (the default) counts every link.
    pub firm: Grade,
    pub subject: Option<Subject>,
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
    SetFirm(Grade),
    Select(Option<Subject>),
    /// Replace the whole state, as when the browser goes Back to another URL.
    Restore(Box<State>),
}

/// The search text as the state keeps it, typed or from a URL: at most `MAX_QUERY_CHARS` characters, otherwise as
/// given (untrimmed, so that typing a space between words works and a URL restores exactly what was typed).
pub fn clamp_query(query: &str) -> String {
    query.chars().take(MAX_QUERY_CHARS).collect()
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
            firm: Grade::default(),
            subject: None,
        }
    }

    /// The area filter this state asks for.
    pub fn filter(&self) -> Filter {
        Filter {
            groups: self.groups.clone(),
            areas: self.areas.clone(),
            query: self.query.clone(),
            as_of: self.as_of,
            firm: self.firm,
        }
    }

    /// The mode the chart counts in: Venn regions are always exclusive, whatever the mode control says.
    pub fn chart_mode(&self, ds: &Dataset) -> Mode {
        match self.view == View::Venn && venn_fits(self.sets.and(ds.all_actors())) {
            true => Mode::Exclusive,
            false => self.mode,
        }
    }

    /// Whether the subject still belongs to the view: an intersection of shown actors, or a cell of a shown actor
    /// whose area is in view and is that actor's.
    pub fn subject_fits(&self, ds: &Dataset) -> bool {
        match self.subject {
            None => true,
            Some(Subject::Intersection(s)) => !s.is_empty() && self.sets.is_superset(s),
            Some(Subject::Cell { area, actor }) => {
                let u = universe(ds, &self.filter());
                self.sets.contains(actor) && u.areas.iter().zip(&u.masks).any(|(&a, m)| a == area && m.contains(actor))
            }
        }
    }

    /// The state after an action; a subject that no longer fits the view is dropped.
    pub fn apply(&self, action: Action, ds: &Dataset) -> State {
        let mut next = self.clone();
        match action {
            Action::ToggleActor(i) if self.sets.contains(i) => next.sets = self.sets.without(i),
            Action::ToggleActor(i) => next.sets = self.sets.with(i),
            Action::ToggleGroup(g) => match next.groups.binary_search(&g) {
                Ok(at) => drop(next.groups.remove(at)),
                Err(at) => next.groups.insert(at, g),
            },
            Action::SetQuery(q) => next.query = clamp_query(&q),
            Action::SetView(v) => next.view = v,
            Action::SetMode(m) => next.mode = m,
            Action::SetSort(s) => next.sort = s,
            Action::SetAsOf(d) => next.as_of = d,
            Action::SetFirm(g) => next.firm = g,
            Action::Select(s) => next.subject = s,
            Action::Restore(s) => next = *s,
        }
        if !next.subject_fits(ds) {
            next.subject = None;
        }
        next
    }
}
