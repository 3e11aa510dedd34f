//! Set algebra on actor bitmasks: set sizes, exclusive and inclusive intersections, and their sort orders.

use crate::sets::ActorSet;
use std::collections::{HashMap, HashSet};

/// Exclusive: each element once, in the intersection of exactly the actors that have it.
/// Inclusive: every element shared by at least these actors.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum Mode {
    #[default]
    Exclusive,
    Inclusive,
}

/// Intersection orders as UpSet names them: by size, by degree, or by the actors' own order.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum Sort {
    #[default]
    Size,
    Degree,
    Sets,
}

/// One intersection: the actors it stands for and the element positions (into the universe) it holds.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Intersection {
    pub sets: ActorSet,
    pub elements: Vec<u32>,
}

impl Intersection {
    pub fn size(&self) -> usize {
        self.elements.len()
    }
}

/// Above this many candidate combinations, inclusive mode keeps only combinations some element has exactly
/// (plus single actors), so that 64 actors cannot ask for 2^64 of them.
pub const INCLUSIVE_CANDIDATE_LIMIT: usize = 1 << 12;

/// How many elements each selected actor has, in actor order.
pub fn set_sizes(masks: &[ActorSet], selected: ActorSet) -> Vec<(usize, usize)> {
    let mut counts = [0usize; 64];
    for m in masks {
        for i in m.and(selected).iter() {
            counts[i] += 1;
        }
    }
    selected.iter().map(|i| (i, counts[i])).collect()
}

/// The non-empty intersections of the selected actors, unsorted.
pub fn intersections(masks: &[ActorSet], selected: ActorSet, mode: Mode) -> Vec<Intersection> {
    let exclusive = exclusive(masks, selected);
    match mode {
        Mode::Exclusive => exclusive,
        Mode::Inclusive => inclusive(&exclusive, selected),
    }
}

fn exclusive(masks: &[ActorSet], selected: ActorSet) -> Vec<Intersection> {
    let mut keyed: Vec<(u64, u32)> = masks
        .iter()
        .enumerate()
        .map(|(i, m)| (m.0 & selected.0, i as u32))
        .filter(|(k, _)| *k != 0)
        .collect();
    keyed.sort_unstable();
    keyed
        .chunk_by(|a, b| a.0 == b.0)
        .map(|run| Intersection { sets: ActorSet(run[0].0), elements: run.iter().map(|(_, e)| *e).collect() })
        .collect()
}

fn inclusive(exclusive: &[Intersection], selected: ActorSet) -> Vec<Intersection> {
    let candidates = inclusive_candidates(exclusive, selected);
    candidates
        .into_iter()
        .filter_map(|sets| {
            let mut elements: Vec<u32> = exclusive
                .iter()
                .filter(|x| x.sets.is_superset(sets))
                .flat_map(|x| x.elements.iter().copied())
                .collect();
            elements.sort_unstable();
            (!elements.is_empty()).then_some(Intersection { sets, elements })
        })
        .collect()
}

/// Every non-empty sub-combination of an observed combination, or the observed ones if that would be too many.
fn inclusive_candidates(exclusive: &[Intersection], selected: ActorSet) -> Vec<ActorSet> {
    let mut seen: HashSet<u64> = HashSet::new();
    'all: for x in exclusive {
        let full = x.sets.0;
        let mut sub = full;
        while sub != 0 {
            seen.insert(sub);
            if seen.len() > INCLUSIVE_CANDIDATE_LIMIT {
                seen.clear();
                break 'all;
            }
            sub = (sub - 1) & full;
        }
    }
    if seen.is_empty() {
        seen.extend(exclusive.iter().map(|x| x.sets.0));
        seen.extend(selected.iter().map(|i| 1u64 << i));
    }
    let mut out: Vec<ActorSet> = seen.into_iter().map(ActorSet).collect();
    out.sort_unstable();
    out
}

/// Sorts in place; ties fall back to size, then degree, then actor order, so every order is total.
pub fn sort(intersections: &mut [Intersection], by: Sort) {
    let sets_key = |x: &Intersection| x.sets.iter().collect::<Vec<_>>();
    let mut keys: HashMap<u64, Vec<usize>> = HashMap::new();
    for x in intersections.iter() {
        keys.entry(x.sets.0).or_insert_with(|| sets_key(x));
    }
    intersections.sort_by(|a, b| {
        let size = b.size().cmp(&a.size());
        let degree = a.sets.len().cmp(&b.sets.len());
        let sets = keys[&a.sets.0].cmp(&keys[&b.sets.0]);
        match by {
            Sort::Size => size.then(degree).then(sets),
            Sort::Degree => degree.then(size).then(sets),
            Sort::Sets => sets,
        }
    });
}
