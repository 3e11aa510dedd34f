//! The view state (everything a shared URL restores), the actions that change it, and the one rule that keeps it
//! consistent (`State::settle`), which the reducer and the URL parser both apply.

use crate::compare::{changes, Change};
use crate::dataset::{By, Dataset, Date, Grade};
use crate::filter::{universe, Filter};
use crate::named::Named;
use crate::overlap::{Degrees, Limits, Mode, Sort, ANY_DEGREE};
use crate::sets::ActorSet;

/// Which chart is asked for (`State::shown_view` says which is shown).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum View {
    #[default]
    Upset,
    Matrix,
    Venn,
}

impl Named for View {
    const ALL: &'static [View] = &[View::Upset, View::Matrix, View::Venn];

    fn name(self) -> &'static str {
        match self {
            View::Upset => "upset",
            View::Matrix => "matrix",
            View::Venn => "venn",
        }
    }
}

/// Whether a Venn diagram can show every overlap of these actors: two or three of them (`venn` draws 2 or 3 circles).
pub fn venn_fits(actors: ActorSet) -> bool {
    (2..=3).contains(&actors.len())
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
    /// What the sets are, actors or partnerships: the state's other fields are read in the data counted so
    /// (`Dataset::counted`).
    pub by: By,
    /// The sets ticked (the chart shows those the dataset has).
    pub actors: ActorSet,
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
    /// Which intersections the chart shows, by size and degree.
    pub limits: Limits,
    /// The UpSet chart's intersections grouped by degree, with the groups of these degrees collapsed; `None`: not
    /// grouped (and so nothing collapsed, which a grouping of its own could not say).
    pub grouped: Option<Degrees>,
    pub subject: Option<Subject>,
    /// Shown embedded in another page (`crate::embed`): the chart, its details and a credit line, without controls.
    pub embed: bool,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Action {
    /// Count by actor or by partnership: the sets ticked are the new ones' defaults, and nothing is selected.
    SetBy(By),
    /// Tick (`true`) or untick an actor.
    SetActor(usize, bool),
    /// Tick (`true`) or untick an area group.
    SetGroup(usize, bool),
    SetQuery(String),
    SetView(View),
    SetMode(Mode),
    SetSort(Sort),
    SetAsOf(Option<Date>),
    /// Compare with an earlier date (the later one is the as-of date).
    SetFrom(Date),
    /// Compare two dates, in either order, or stop comparing.
    Compare(Option<(Date, Date)>),
    /// Compare the as-of date (or the last step) with the step before it.
    CompareWithStepBefore,
    SetFirm(Grade),
    /// Show intersections of at least this many elements (1: every one).
    SetMinSize(usize),
    /// Show intersections of at most this many sets (`overlap::ANY_DEGREE`: every one).
    SetMaxDegree(usize),
    /// Group the UpSet chart's intersections by degree (`true`, keeping what was collapsed), or not.
    SetGrouped(bool),
    /// Collapse (`true`) or expand the group of intersections of this degree, where they are grouped.
    SetCollapsed(usize, bool),
    /// Select a subject, or unselect it if it is the one selected.
    Toggle(Subject),
    Unselect,
}

/// What `State::settle` changed to make a state consistent, which the URL parser reports.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Settled {
    /// The dates compared were the wrong way round (the later given as `from`) and were swapped.
    SwappedDates { from: Date, to: Date },
    /// Sorting by change asks for a comparison, and there was none.
    SortByChangeWithoutComparison,
    /// The subject is not in the view and was unselected.
    Unselected(Subject),
}

/// The search text as the state keeps it, typed or from a URL: at most `MAX_QUERY_CHARS` characters, otherwise as
/// given (untrimmed, so that typing a space between words works and a URL restores exactly what was typed).
pub fn clamp_query(query: &str) -> String {
    query.chars().take(MAX_QUERY_CHARS).collect()
}

impl State {
    /// The default view of `ds`, counted as `ds` counts.
    pub fn default_for(ds: &Dataset) -> State {
        State {
            by: ds.by,
            actors: ds.default_actors(),
            groups: Vec::new(),
            areas: Vec::new(),
            query: String::new(),
            view: View::default(),
            mode: Mode::default(),
            sort: Sort::default(),
            as_of: None,
            from: None,
            firm: Grade::default(),
            limits: Limits::default(),
            grouped: None,
            subject: None,
            embed: false,
        }
    }

    /// The actors shown: those ticked that the dataset has.
    pub fn shown_actors(&self, ds: &Dataset) -> ActorSet {
        self.actors.and(ds.all_actors())
    }

    /// The view shown: the one asked for, but the UpSet chart in place of a Venn diagram of other than 2 or 3 actors.
    pub fn shown_view(&self, ds: &Dataset) -> View {
        match self.view {
            View::Venn if !venn_fits(self.shown_actors(ds)) => View::Upset,
            view => view,
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
        match self.shown_view(ds) {
            View::Venn => Mode::Exclusive,
            _ => self.mode,
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
        changes(ds, &universe(ds, &earlier), &universe(ds, &later), self.shown_actors(ds), [&earlier, &later])
    }

    /// Whether the subject still belongs to the view: an intersection of shown actors, a cell of a shown actor
    /// whose area is in view and is that actor's, or an area that changed between the dates compared.
    pub fn subject_fits(&self, ds: &Dataset) -> bool {
        match self.subject {
            None => true,
            Some(Subject::Intersection(s)) => !s.is_empty() && self.actors.is_superset(s),
            Some(Subject::Cell { area, actor }) => {
                let u = universe(ds, &self.filter());
                self.actors.contains(actor)
                    && u.areas.iter().zip(&u.masks).any(|(&a, m)| a == area && m.contains(actor))
            }
            Some(Subject::Change(area)) => self.changes(ds).iter().any(|c| c.area == area),
        }
    }

    /// Makes the state consistent, and says what that changed: comparing, both dates are set (the later one is the
    /// last step where none is given) and the earlier comes first; only a comparison sorts by change; the subject
    /// belongs to the view. `ds` is the data counted either way.
    pub fn settle(&mut self, ds: &Dataset) -> Vec<Settled> {
        let ds = ds.counted(self.by);
        let mut settled = Vec::new();
        if let Some(from) = self.from {
            let to = self.as_of.or(ds.timeline().end()).unwrap_or(from);
            if to < from {
                settled.push(Settled::SwappedDates { from, to });
            }
            (self.from, self.as_of) = (Some(from.min(to)), Some(from.max(to)));
        } else if self.sort == Sort::Change {
            settled.push(Settled::SortByChangeWithoutComparison);
            self.sort = Sort::default();
        }
        if let Some(subject) = self.subject.filter(|_| !self.subject_fits(ds)) {
            settled.push(Settled::Unselected(subject));
            self.subject = None;
        }
        settled
    }

    /// The state after an action, settled; `ds` is the data counted either way.
    pub fn apply(&self, action: Action, ds: &Dataset) -> State {
        let mut next = self.clone();
        let end = ds.timeline().end();
        match action {
            Action::SetBy(by) if by != self.by => {
                let counted = ds.counted(by);
                (next.by, next.actors, next.subject) = (counted.by, counted.default_actors(), None);
            }
            Action::SetBy(_) => {}
            Action::SetActor(i, on) => next.actors = if on { self.actors.with(i) } else { self.actors.without(i) },
            Action::SetGroup(g, on) => {
                next.groups.retain(|&h| h != g);
                if on {
                    next.groups.push(g);
                    next.groups.sort_unstable();
                }
            }
            Action::SetQuery(q) => next.query = clamp_query(&q),
            Action::SetView(v) => next.view = v,
            Action::SetMode(m) => next.mode = m,
            Action::SetSort(s) => next.sort = s,
            Action::SetAsOf(d) => {
                next.as_of = d;
                // Comparing, "every event" means the last step, and the earlier date follows the later one down.
                if let Some(from) = self.from {
                    let to = d.or(end).unwrap_or(from);
                    (next.from, next.as_of) = (Some(from.min(to)), Some(to));
                }
            }
            // The later date follows the earlier one up.
            Action::SetFrom(d) => {
                (next.from, next.as_of) = (Some(d), Some(self.as_of.or(end).map_or(d, |to| to.max(d))))
            }
            // In either order: settling puts the earlier first.
            Action::Compare(Some((a, b))) => (next.from, next.as_of) = (Some(a), Some(b)),
            Action::Compare(None) => {
                next.from = None;
                // A comparison's latest date is the last step, as the dated events go: ending it returns to the view
                // of every event, undated ones too, which is where one came from.
                if self.from.is_some() && next.as_of == end {
                    next.as_of = None;
                }
            }
            Action::CompareWithStepBefore => {
                if let Some(to) = self.as_of.or(end) {
                    (next.from, next.as_of) = (Some(ds.timeline().step_before(to).unwrap_or(to)), Some(to));
                }
            }
            Action::SetFirm(g) => next.firm = g,
            Action::SetMinSize(n) => next.limits.min_size = n.max(1),
            Action::SetMaxDegree(n) => next.limits.max_degree = n.clamp(1, ANY_DEGREE),
            Action::SetGrouped(on) => next.grouped = on.then(|| self.grouped.unwrap_or_default()),
            Action::SetCollapsed(d, on) => next.grouped = self.grouped.map(|c| c.with(d, on)),
            Action::Toggle(s) => next.subject = (self.subject != Some(s)).then_some(s),
            Action::Unselect => next.subject = None,
        }
        next.settle(ds);
        next
    }
}
