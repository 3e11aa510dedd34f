//! The data-dependent stage of every chart: the filtered universe, set sizes and sorted intersections for a state.

use crate::compare::Change;
use crate::dataset::{Dataset, Date, Grade};
use crate::filter::{universe, Universe};
use crate::overlap::{intersections, set_sizes, sort, Intersection, Mode};
use crate::sets::ActorSet;
use crate::state::State;

/// What every view draws from; recomputed only when the data-relevant parts of the state change.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ChartData {
    pub universe: Universe,
    pub selected: ActorSet,
    /// `(actor index, number of areas)` for each selected actor, in actor order.
    pub set_sizes: Vec<(usize, usize)>,
    pub intersections: Vec<Intersection>,
    /// The mode the intersections are counted in (the Venn view counts exclusively, whatever the state's mode).
    pub mode: Mode,
    /// Whether inclusive mode left combinations out to stay within its limit.
    pub cut: bool,
    /// Comparing two dates, the earlier one's part (each intersection's size then is in `Intersection::before`).
    pub before: Option<Before>,
}

/// What the chart shows of the earlier of two dates compared.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Before {
    pub from: Date,
    pub to: Date,
    /// `(actor index, number of areas)` at the earlier date, as `ChartData::set_sizes`.
    pub set_sizes: Vec<(usize, usize)>,
    /// The areas whose shown actors differ between the dates, in dataset order.
    pub changes: Vec<Change>,
}

impl ChartData {
    pub fn new(ds: &Dataset, state: &State) -> ChartData {
        let filter = state.filter();
        let universe = universe(ds, &filter);
        let selected = state.sets.and(ds.all_actors());
        let mode = state.chart_mode(ds);
        let (mut xs, mut cut) = intersections(&universe.masks, selected, mode);
        let before = state.comparison().zip(state.earlier_filter()).map(|((from, to), earlier)| {
            let then = crate::filter::universe(ds, &earlier);
            let (was, was_cut) = intersections(&then.masks, selected, mode);
            cut |= was_cut;
            // Both lists are in bitmask order: each intersection finds its earlier self by binary search, and those
            // that hold nothing now are kept, empty, so that what shrank to nothing is shown, not dropped.
            let size_then =
                |sets: ActorSet| was.binary_search_by_key(&sets.0, |w| w.sets.0).map_or(0, |i| was[i].size());
            let gone: Vec<Intersection> = was
                .iter()
                .filter(|w| xs.binary_search_by_key(&w.sets.0, |x| x.sets.0).is_err())
                .map(|w| Intersection { sets: w.sets, elements: Vec::new(), before: None })
                .collect();
            xs.extend(gone);
            for x in &mut xs {
                x.before = Some(size_then(x.sets));
            }
            let changes = crate::compare::changes(ds, &then, &universe, selected, [&earlier, &filter]);
            Before { from, to, set_sizes: set_sizes(&then.masks, selected), changes }
        });
        sort(&mut xs, state.sort);
        ChartData {
            set_sizes: set_sizes(&universe.masks, selected),
            intersections: xs,
            universe,
            selected,
            mode,
            cut,
            before,
        }
    }

    /// The areas at least one selected actor has, in dataset order: each as (its place in the universe, its dataset
    /// index, all the actors that have it).
    pub fn in_view(&self) -> impl Iterator<Item = (usize, usize, ActorSet)> + '_ {
        let areas = self.universe.areas.iter().copied().zip(self.universe.masks.iter().copied()).enumerate();
        areas.filter(|(_, (_, m))| !m.and(self.selected).is_empty()).map(|(i, (area, m))| (i, area, m))
    }

    /// How many areas at least one selected actor has.
    pub fn areas_in_view(&self) -> usize {
        self.in_view().count()
    }

    /// How firm an actor's dot in an intersection's column is: the weakest of its memberships in the column's areas
    /// (each as firm as its firmest link), so a hollow dot says at least one of them rests on weaker wording.
    pub fn weakest(&self, x: &Intersection, actor: usize) -> Grade {
        x.elements.iter().filter_map(|&e| self.universe.grade(e as usize, actor)).min().unwrap_or_default()
    }

    /// Dataset area indices of an intersection's elements.
    pub fn areas_of<'a>(&'a self, x: &'a Intersection) -> impl Iterator<Item = usize> + 'a {
        x.elements.iter().map(|&e| self.universe.areas[e as usize])
    }

    /// Comparing two dates, how an area changed between them (none if it did not, or if not comparing).
    pub fn change_of(&self, area: usize) -> Option<&Change> {
        self.before.as_ref()?.changes.iter().find(|c| c.area == area)
    }

    /// The space-separated ids used by the `data-sets` attribute, in actor order.
    pub fn set_ids(ds: &Dataset, sets: ActorSet) -> String {
        sets.iter().map(|i| ds.actors[i].id).collect::<Vec<_>>().join(" ")
    }
}
