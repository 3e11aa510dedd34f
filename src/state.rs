//! The view state (everything a shared URL restores) and the actions that change it.

use crate::compare::{changes, Change};
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

/// What is selected, and so what the details panel explains: an intersection of the chart, one area of one actor (a
/// table cell), or, comparing two dates, one area that changed. One slot for all, so that closing one can never bring
/// back another.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Subject {
    Intersection(ActorSet),
    Cell { area: usize, actor: usize },
    Change(usize),
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
    /// The date counted up to; comparing, the later of the two dates, and then always a date.
    pub as_of: Option<Date>,
    /// Comparing two dates: the earlier one, never after `as_of`.
    pub from: Option<Date>,
    /// The least firm grade of link the chart counts; the weakest (the default) counts every link.
    pub firm: Grade,
    pub subject: Option<Subject>,
    /// Shown embedded in another page (`crate::embed`): the chart, its details and a credit line, without controls.
    pub embed: bool,
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
    /// Compare with an earlier date (the later one is the as-of date).
    SetFrom(Date),
    /// Compare two dates, in either order, or stop comparing.
    Compare(Option<(Date, Date)>),
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
            from: None,
            firm: Grade::default(),
            subject: None,
            embed: false,
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

    /// The earlier and later dates, when comparing.
    pub fn comparison(&self) -> Option<(Date, Date)> {
        self.from.zip(self.as_of)
    }

    /// Comparing, the area filter at the earlier date: the same, but for its date.
    pub fn earlier_filter(&self) -> Option<Filter> {
        self.comparison().map(|(from, _)| Filter { as_of: Some(from), ..self.filter() })
    }

    /// Comparing, the areas whose shown actors differ between the two dates, with the links that made the difference.
    pub fn changes(&self, ds: &Dataset) -> Vec<Change> {
        let Some(earlier) = self.earlier_filter() else { return Vec::new() };
        let later = self.filter();
        let selected = self.sets.and(ds.all_actors());
        changes(ds, &universe(ds, &earlier), &universe(ds, &later), selected, [&earlier, &later])
    }

    /// Whether the subject still belongs to the view: an intersection of shown actors, a cell of a shown actor
    /// whose area is in view and is that actor's, or an area that changed between the dates compared.
    pub fn subject_fits(&self, ds: &Dataset) -> bool {
        match self.subject {
            None => true,
            Some(Subject::Intersection(s)) => !s.is_empty() && self.sets.is_superset(s),
            Some(Subject::Cell { area, actor }) => {
                let u = universe(ds, &self.filter());
                self.sets.contains(actor) && u.areas.iter().zip(&u.masks).any(|(&a, m)| a == area && m.contains(actor))
            }
            Some(Subject::Change(area)) => self.changes(ds).iter().any(|c| c.area == area),
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
            Action::SetAsOf(d) => {
                next.as_of = d;
                // Comparing, the earlier date follows the later one down, and "everything" means the last step.
                if let Some(from) = self.from {
                    next.as_of = Some(d.or(ds.timeline().last().copied()).unwrap_or(from));
                    next.from = next.as_of.map(|to| from.min(to));
                }
            }
            Action::SetFrom(d) => {
                next.from = Some(d);
                next.as_of = Some(self.as_of.or(ds.timeline().last().copied()).map_or(d, |to| to.max(d)));
            }
            Action::Compare(Some((a, b))) => (next.from, next.as_of) = (Some(a.min(b)), Some(a.max(b))),
            Action::Compare(None) => {
                next.from = None;
                // A comparison's latest date is the last step, as the dated events go: ending it returns to the view
                // of every event, undated ones too, which is where one came from.
                if self.from.is_some() && next.as_of == ds.timeline().last().copied() {
                    next.as_of = None;
                }
            }
            Action::SetFirm(g) => next.firm = g,
            Action::Select(s) => next.subject = s,
            Action::Restore(s) => next = *s,
        }
        if next.from.is_none() && next.sort == Sort::Change {
            next.sort = Sort::Size;
        }
        if !next.subject_fits(ds) {
            next.subject = None;
        }
        next
    }
}
