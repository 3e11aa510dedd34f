//! The numbers the descriptions say, read off the chart data: who shares what, the largest intersections, the pairs,
//! how many actors hold each area, how evenly the areas are spread and what changed between two dates.

use crate::compare::Change;
use crate::overlap::Intersection;
use crate::sets::ActorSet;
use crate::sort_key::Layout;
use crate::view_model::{ChartData, Comparison};

/// Largest first, then by position.
const LARGEST_FIRST: Layout<2> = Layout::new([32, 32]);

/// Positions of `sizes` from the largest down, ties in their given order.
pub fn largest_first(sizes: impl Iterator<Item = usize>) -> Vec<usize> {
    let mut keys: Vec<u64> =
        sizes.enumerate().map(|(i, s)| LARGEST_FIRST.pack([LARGEST_FIRST.descending(0, s as u64), i as u64])).collect();
    keys.sort_unstable();
    keys.into_iter().map(|k| LARGEST_FIRST.unpack(k, 1) as usize).collect()
}

/// The chart data as the descriptions count it: the shown actors, and for each area in view its actors among them.
pub struct Stats<'a> {
    pub data: &'a ChartData,
    /// The actors shown, in actor order.
    pub actors: Vec<usize>,
    /// (area, the shown actors that have it), areas in dataset order.
    pub held: Vec<(usize, ActorSet)>,
}

impl<'a> Stats<'a> {
    pub fn new(data: &'a ChartData) -> Stats<'a> {
        let held = data.in_view().map(|(_, area, mask)| (area, mask.and(data.actors))).collect();
        Stats { data, actors: data.actors.iter().collect(), held }
    }

    /// The areas in view whose shown actors pass `keep` (`dyn`, as one copy of this code serves every caller).
    pub fn areas_where(&self, keep: &dyn Fn(ActorSet) -> bool) -> Vec<usize> {
        self.held.iter().filter(|(_, m)| keep(*m)).map(|(a, _)| *a).collect()
    }

    /// Areas held by every actor of `set` (and perhaps others).
    pub fn shared_by(&self, set: ActorSet) -> Vec<usize> {
        self.areas_where(&|m| m.is_superset(set))
    }

    /// Areas that `actor` alone of the shown actors has.
    pub fn only(&self, actor: usize) -> Vec<usize> {
        self.areas_where(&|m| m == ActorSet::single(actor))
    }

    /// The largest intersections among those that pass `keep` (more than one where they tie), in the chart's order;
    /// none where they all hold nothing.
    pub fn largest(&self, keep: &dyn Fn(&Intersection) -> bool) -> Vec<&'a Intersection> {
        let kept: Vec<&Intersection> = self.data.intersections.iter().filter(|x| keep(x)).collect();
        let most = kept.iter().map(|x| x.size()).max().unwrap_or(0);
        kept.into_iter().filter(|x| x.size() == most && most > 0).collect()
    }

    /// The shown actors that share the fewest areas with any other shown actor, and that number.
    pub fn least_sharing(&self) -> (ActorSet, usize) {
        let shared = |a: usize| self.held.iter().filter(|(_, m)| m.contains(a) && m.len() >= 2).count();
        let fewest = self.actors.iter().map(|&a| shared(a)).min().unwrap_or(0);
        (ActorSet::from_indices(self.actors.iter().copied().filter(|&a| shared(a) == fewest)), fewest)
    }

    /// Every pair of shown actors, in actor order, with how many areas both have.
    pub fn pairs(&self) -> Vec<(ActorSet, usize)> {
        let mut counted = Vec::new();
        for (i, &a) in self.actors.iter().enumerate() {
            for &b in &self.actors[i + 1..] {
                let pair = ActorSet::single(a).with(b);
                counted.push((pair, self.shared_by(pair).len()));
            }
        }
        counted
    }

    /// How many areas exactly `d` of the shown actors hold, at index `d` (from 0 to the number shown).
    pub fn by_degree(&self) -> Vec<usize> {
        let mut by = vec![0; self.actors.len() + 1];
        for (_, m) in &self.held {
            by[m.len()] += 1;
        }
        by
    }

    /// The shown actors' sizes, `(actor, areas)`, from the largest down (ties in actor order).
    pub fn sizes_largest_first(&self) -> Vec<(usize, usize)> {
        let sizes = &self.data.set_sizes;
        largest_first(sizes.iter().map(|s| s.1)).into_iter().map(|i| sizes[i]).collect()
    }

    /// How many times the fewest areas an actor has the most is, in tenths, rounded (15 for 1.5 times); none for fewer
    /// than two actors, or where one has no area.
    pub fn spread_tenths(&self) -> Option<usize> {
        let sizes = self.sizes_largest_first();
        let (most, least) = (sizes.first()?.1, sizes.last()?.1);
        (sizes.len() >= 2 && least > 0).then(|| (most * 10 + least / 2) / least)
    }
}

/// Comparing two dates: how many areas gained a shown actor, and how many lost one (an area may do both).
pub fn gained_and_lost(changes: &[Change]) -> (usize, usize) {
    let count = |keep: &dyn Fn(&Change) -> bool| changes.iter().filter(|c| keep(c)).count();
    (count(&|c| !c.then.is_superset(c.now)), count(&|c| !c.now.is_superset(c.then)))
}

/// Comparing two dates: the actors that gained the most areas, and how many (none where no actor gained).
pub fn grew_most(data: &ChartData, comparison: &Comparison) -> Option<(ActorSet, usize)> {
    let grew: Vec<(usize, usize)> = data
        .set_sizes
        .iter()
        .zip(&comparison.set_sizes_then)
        .map(|(&(a, now), &(_, then))| (a, now.saturating_sub(then)))
        .collect();
    let most = grew.iter().map(|g| g.1).max().filter(|&m| m > 0)?;
    Some((ActorSet::from_indices(grew.iter().filter(|g| g.1 == most).map(|g| g.0)), most))
}
