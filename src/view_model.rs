//! The data-dependent stage of every chart: the filtered universe, set sizes and sorted intersections for a state.

use crate::compare::{changes, Change};
use crate::dataset::{By, Dataset, Date, Grade};
use crate::evidence::sources_behind;
use crate::filter::{universe, Filter, Universe};
use crate::overlap::{intersections, set_sizes, sort, Intersection, Limits, Mode, Sort};
use crate::sets::ActorSet;
use crate::state::State;

/// The parts of the state the chart data is computed from, and nothing else: the app recomputes the chart data when,
/// and only when, these change.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ChartInputs {
    /// What the sets are.
    pub by: By,
    /// The actors shown.
    pub actors: ActorSet,
    pub filter: Filter,
    /// Comparing two dates, the earlier one (the filter's as-of date is the later).
    pub from: Option<Date>,
    /// The mode the chart counts in (the Venn view counts exclusively, whatever the state's mode).
    pub mode: Mode,
    pub sort: Sort,
    pub limits: Limits,
}

impl ChartInputs {
    pub fn of(ds: &Dataset, state: &State) -> ChartInputs {
        let ds = ds.counted(state.by);
        ChartInputs {
            by: state.by,
            actors: state.shown_actors(ds),
            filter: state.filter(),
            from: state.from,
            mode: state.chart_mode(ds),
            sort: state.sort,
            limits: state.limits,
        }
    }
}

/// What every view draws from.
#[derive(Clone, Debug)]
pub struct ChartData {
    /// The data, counted as the inputs ask (`by`): what names its sets and areas.
    pub ds: &'static Dataset,
    pub inputs: ChartInputs,
    pub universe: Universe,
    /// The actors shown.
    pub actors: ActorSet,
    /// `(actor index, number of areas)` for each actor shown, in actor order.
    pub set_sizes: Vec<(usize, usize)>,
    pub intersections: Vec<Intersection>,
    /// The mode the intersections are counted in.
    pub mode: Mode,
    /// Whether inclusive mode left combinations out to stay within its limit.
    pub cut: bool,
    /// Comparing two dates, the earlier one's part (each intersection's size then is in `Intersection::size_then`).
    pub comparison: Option<Comparison>,
}

/// Chart data is a function of its data and inputs: the same data and equal inputs, equal chart data. Comparing
/// those, not what was computed from them, is what lets a component skip a render cheaply.
impl PartialEq for ChartData {
    fn eq(&self, other: &ChartData) -> bool {
        std::ptr::eq(self.ds, other.ds) && self.inputs == other.inputs
    }
}

impl Eq for ChartData {}

/// How firm an actor's memberships in a column's areas are: `firm` of the `of` areas are launched or agreed.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Firmness {
    pub firm: usize,
    pub of: usize,
    /// Every membership rests on an aspiration only.
    pub aspiration_only: bool,
}

impl Firmness {
    /// The firm share in quarters, 0 to 4, rounded (and never 0 while any is firm, nor 4 while any is not), as a dot
    /// fills.
    pub fn quarters(self) -> u8 {
        match (self.firm, self.of) {
            (_, 0) | (0, _) => 0,
            (f, o) if f == o => 4,
            (f, o) => ((4 * f + o / 2) / o).clamp(1, 3) as u8,
        }
    }
}

/// What the chart shows of the earlier of two dates compared.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Comparison {
    pub from: Date,
    pub to: Date,
    /// `(actor index, number of areas)` at the earlier date, as `ChartData::set_sizes`.
    pub set_sizes_then: Vec<(usize, usize)>,
    /// The areas whose shown actors differ between the dates, in dataset order.
    pub changes: Vec<Change>,
}

impl ChartData {
    /// The chart data of `inputs`, in `ds` counted as they ask.
    pub fn new(ds: &'static Dataset, inputs: &ChartInputs) -> ChartData {
        let ds = ds.counted(inputs.by);
        let (actors, mode) = (inputs.actors, inputs.mode);
        let filter = &inputs.filter;
        let universe = universe(ds, filter);
        let (mut xs, mut cut) = intersections(&universe.masks, actors, mode);
        let comparison = inputs.from.zip(filter.as_of).map(|(from, to)| {
            let earlier = Filter { as_of: Some(from), ..filter.clone() };
            let then = crate::filter::universe(ds, &earlier);
            let (was, was_cut) = intersections(&then.masks, actors, mode);
            cut |= was_cut;
            // Both lists are in bitmask order: each intersection finds its earlier self by binary search, and those
            // that hold nothing now are kept, empty, so that what shrank to nothing is shown, not dropped.
            let size_then =
                |sets: ActorSet| was.binary_search_by_key(&sets.0, |w| w.sets.0).map_or(0, |i| was[i].size());
            let gone: Vec<Intersection> = was
                .iter()
                .filter(|w| xs.binary_search_by_key(&w.sets.0, |x| x.sets.0).is_err())
                .map(|w| Intersection::empty(w.sets))
                .collect();
            xs.extend(gone);
            for x in &mut xs {
                x.size_then = Some(size_then(x.sets));
            }
            let changes = changes(ds, &then, &universe, actors, [&earlier, filter]);
            Comparison { from, to, set_sizes_then: set_sizes(&then.masks, actors), changes }
        });
        xs.retain(|x| inputs.limits.keeps(x));
        sort(&mut xs, inputs.sort);
        ChartData {
            ds,
            inputs: inputs.clone(),
            set_sizes: set_sizes(&universe.masks, actors),
            intersections: xs,
            universe,
            actors,
            mode,
            cut,
            comparison,
        }
    }

    /// The chart data of a state.
    pub fn of(ds: &'static Dataset, state: &State) -> ChartData {
        ChartData::new(ds, &ChartInputs::of(ds, state))
    }

    /// The state and chart data of the view a URL's `query` opens (what it had to ignore left out): the views the
    /// publishing module is asked for.
    pub fn of_query(ds: &'static Dataset, query: &str) -> (State, ChartData) {
        let (state, _) = crate::url_state::parse(query, ds);
        let data = ChartData::of(ds, &state);
        (state, data)
    }

    /// The areas at least one shown actor has, in dataset order: each as (its place in the universe, its dataset
    /// index, all the actors that have it).
    pub fn in_view(&self) -> impl Iterator<Item = (usize, usize, ActorSet)> + '_ {
        let areas = self.universe.areas.iter().copied().zip(self.universe.masks.iter().copied()).enumerate();
        areas.filter(|(_, (_, m))| !m.and(self.actors).is_empty()).map(|(i, (area, m))| (i, area, m))
    }

    /// How many areas at least one shown actor has.
    pub fn areas_in_view(&self) -> usize {
        self.in_view().count()
    }

    /// The intersection of exactly these actors, if the chart has one.
    pub fn intersection(&self, sets: ActorSet) -> Option<&Intersection> {
        self.intersections.iter().find(|x| x.sets == sets)
    }

    /// How firm an actor's memberships in an intersection's areas are (each as firm as its firmest link): how many
    /// of them are launched or agreed, of how many, and whether every one is only an aspiration.
    pub fn firmness(&self, x: &Intersection, actor: usize) -> Firmness {
        let grades: Vec<Grade> = x.elements.iter().filter_map(|&e| self.universe.grade(e as usize, actor)).collect();
        Firmness {
            firm: grades.iter().filter(|&&g| g >= Grade::Launched).count(),
            of: grades.len(),
            aspiration_only: !grades.is_empty() && grades.iter().all(|&g| g == Grade::Aspiration),
        }
    }

    /// Dataset area indices of an intersection's elements.
    pub fn areas_of<'a>(&'a self, x: &'a Intersection) -> impl Iterator<Item = usize> + 'a {
        x.elements.iter().map(|&e| self.universe.areas[e as usize])
    }

    /// Comparing two dates, how an area changed between them (none if it did not, or if not comparing).
    pub fn change_of(&self, area: usize) -> Option<&Change> {
        self.comparison.as_ref()?.changes.iter().find(|c| c.area == area)
    }

    /// The sources (indices, in dataset order) behind the links the chart counts.
    pub fn sources(&self, ds: &Dataset) -> Vec<usize> {
        let areas: Vec<usize> = self.in_view().map(|(_, area, _)| area).collect();
        sources_behind(ds, &areas, self.actors, &self.inputs.filter)
    }
}
