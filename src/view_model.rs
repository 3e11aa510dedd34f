//! The data-dependent stage of every chart: the filtered universe, set sizes and sorted intersections for a state.

use crate::dataset::{Dataset, Grade};
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
}

impl ChartData {
    pub fn new(ds: &Dataset, state: &State) -> ChartData {
        let universe = universe(ds, &state.filter());
        let selected = state.sets.and(ds.all_actors());
        let mode = state.chart_mode(ds);
        let (mut xs, cut) = intersections(&universe.masks, selected, mode);
        sort(&mut xs, state.sort);
        ChartData { set_sizes: set_sizes(&universe.masks, selected), intersections: xs, universe, selected, mode, cut }
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

    /// The space-separated ids used by the `data-sets` attribute, in actor order.
    pub fn set_ids(ds: &Dataset, sets: ActorSet) -> String {
        sets.iter().map(|i| ds.actors[i].id).collect::<Vec<_>>().join(" ")
    }
}
