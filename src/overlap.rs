//! Set algebra on actor bitmasks: set sizes, exclusive and inclusive intersections, and their sort orders.

use crate::sets::ActorSet;
use std::cmp::Ordering;

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

/// Inclusive mode considers at most about this many combinations, so that 64 actors cannot ask for 2^64 of them.
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

/// The distinct combinations, sorted, then each area put in its own by binary search: the plain `u64` sort this
/// needs is the one the rest of the app uses too, so the download carries one sort routine, not one per key type.
fn exclusive(masks: &[ActorSet], selected: ActorSet) -> Vec<Intersection> {
    let mut keys: Vec<u64> = masks.iter().map(|m| m.0 & selected.0).filter(|k| *k != 0).collect();
    keys.sort_unstable();
    keys.dedup();
    let mut out: Vec<Intersection> =
        keys.iter().map(|&k| Intersection { sets: ActorSet(k), elements: Vec::new() }).collect();
    for (i, m) in masks.iter().enumerate() {
        if let Ok(at) = keys.binary_search(&(m.0 & selected.0)) {
            out[at].elements.push(i as u32);
        }
    }
    out
}

/// Inclusive sets from the exclusive ones: a combination holds every group whose actors include it. Per-actor bitsets
/// over the groups make that an AND of a few rows, not a scan of every group for every combination.
fn inclusive(exclusive: &[Intersection], selected: ActorSet) -> Vec<Intersection> {
    let words = exclusive.len().div_ceil(64);
    let mut rows = vec![0u64; 64 * words];
    for (g, x) in exclusive.iter().enumerate() {
        for a in x.sets.iter() {
            rows[a * words + g / 64] |= 1 << (g % 64);
        }
    }
    let row = |a: usize| &rows[a * words..(a + 1) * words];
    inclusive_candidates(exclusive, selected)
        .into_iter()
        .filter_map(|sets| {
            let mut actors = sets.iter();
            let mut acc = row(actors.next()?).to_vec();
            for a in actors {
                acc.iter_mut().zip(row(a)).for_each(|(w, r)| *w &= r);
            }
            let mut elements: Vec<u32> = Vec::new();
            for (w, &bits) in acc.iter().enumerate() {
                let mut bits = bits;
                while bits != 0 {
                    elements.extend_from_slice(&exclusive[w * 64 + bits.trailing_zeros() as usize].elements);
                    bits &= bits - 1;
                }
            }
            elements.sort_unstable();
            (!elements.is_empty()).then_some(Intersection { sets, elements })
        })
        .collect()
}

/// Every non-empty sub-combination of an observed combination; past the limit, the single actors and the largest
/// observed combinations, so that the work stays bounded however many actors there are.
fn inclusive_candidates(exclusive: &[Intersection], selected: ActorSet) -> Vec<ActorSet> {
    let mut out: Vec<u64> = Vec::new();
    'all: for x in exclusive {
        let full = x.sets.0;
        let mut sub = full;
        while sub != 0 {
            out.push(sub);
            if out.len() > 4 * INCLUSIVE_CANDIDATE_LIMIT {
                out.sort_unstable();
                out.dedup();
                if out.len() > INCLUSIVE_CANDIDATE_LIMIT {
                    out.clear();
                    break 'all;
                }
            }
            sub = (sub - 1) & full;
        }
    }
    if out.is_empty() {
        // Largest first, ties in their given order, as one u64 key per combination (see `exclusive`).
        let mut largest: Vec<u64> =
            exclusive.iter().enumerate().map(|(i, x)| (x.size() as u64) << 32 | u64::from(u32::MAX - i as u32)).collect();
        largest.sort_unstable();
        out.extend(selected.iter().map(|i| 1u64 << i));
        let room = INCLUSIVE_CANDIDATE_LIMIT.saturating_sub(out.len());
        out.extend(largest.iter().rev().take(room).map(|k| exclusive[(u32::MAX - *k as u32) as usize].sets.0));
    }
    out.sort_unstable();
    out.dedup();
    out.into_iter().map(ActorSet).collect()
}

/// Lexicographic order of the actor-index lists, straight from the bits: at the lowest differing bit, the set that
/// has it comes first unless the other set has nothing after it (then the other is a prefix, and comes first).
fn by_actor_order(a: ActorSet, b: ActorSet) -> Ordering {
    let diff = a.0 ^ b.0;
    if diff == 0 {
        return Ordering::Equal;
    }
    let low = diff & diff.wrapping_neg();
    let above = !(low | (low - 1));
    let (has, other) = if a.0 & low != 0 { (Ordering::Less, b) } else { (Ordering::Greater, a) };
    if other.0 & above == 0 {
        has.reverse()
    } else {
        has
    }
}

/// Sorts in place; ties fall back to size, then degree, then actor order, so every order is total.
pub fn sort(intersections: &mut [Intersection], by: Sort) {
    intersections.sort_unstable_by(|a, b| {
        let size = b.size().cmp(&a.size());
        let degree = a.sets.len().cmp(&b.sets.len());
        let sets = by_actor_order(a.sets, b.sets);
        match by {
            Sort::Size => size.then(degree).then(sets),
            Sort::Degree => degree.then(size).then(sets),
            Sort::Sets => sets,
        }
    });
}
