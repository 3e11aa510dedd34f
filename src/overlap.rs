//! Set algebra on actor bitmasks: set sizes, exclusive and inclusive intersections, and their sort orders.

use crate::named::Named;
use crate::sets::ActorSet;
use crate::sort_key::{largest_first, Layout};

/// Exclusive: each element once, in the intersection of exactly the actors that have it.
/// Inclusive: every element shared by at least these actors.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum Mode {
    #[default]
    Exclusive,
    Inclusive,
}

impl Named for Mode {
    const ALL: &'static [Mode] = &[Mode::Exclusive, Mode::Inclusive];

    fn name(self) -> &'static str {
        match self {
            Mode::Exclusive => "exclusive",
            Mode::Inclusive => "inclusive",
        }
    }
}

/// Intersection orders as UpSet names them: by size, by degree, or by the actors' own order; and, comparing two dates,
/// by how much each changed (the biggest movers first, then by size).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum Sort {
    #[default]
    Size,
    Degree,
    Sets,
    Change,
}

impl Named for Sort {
    const ALL: &'static [Sort] = &[Sort::Size, Sort::Degree, Sort::Sets, Sort::Change];

    fn name(self) -> &'static str {
        match self {
            Sort::Size => "size",
            Sort::Degree => "degree",
            Sort::Sets => "sets",
            Sort::Change => "change",
        }
    }
}

/// Which intersections a chart shows, by size and degree (UpSet's usual filters for many sets): those of at least
/// `min_size` elements (1: every one) and at most `max_degree` sets (`ANY_DEGREE`: every one). Comparing two
/// dates, an intersection large enough at either date is shown.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Limits {
    pub min_size: usize,
    pub max_degree: usize,
}

/// A degree no intersection exceeds: a set of sets holds at most 64 (`sets::ActorSet`).
pub const ANY_DEGREE: usize = 64;

impl Default for Limits {
    fn default() -> Limits {
        Limits { min_size: 1, max_degree: ANY_DEGREE }
    }
}

/// A set of degrees (1 to `ANY_DEGREE`): degree d is bit d − 1 of an actor set's mask, so that every mask is a valid
/// set and any other number is no member.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub struct Degrees(pub ActorSet);

impl Degrees {
    pub fn contains(self, degree: usize) -> bool {
        self.0.contains(degree.wrapping_sub(1))
    }

    /// The set with (`on`) or without `degree`.
    pub fn with(self, degree: usize, on: bool) -> Degrees {
        let i = degree.wrapping_sub(1);
        Degrees(if on { self.0.with(i) } else { self.0.without(i) })
    }

    /// The degrees in ascending order.
    pub fn iter(self) -> impl Iterator<Item = usize> {
        self.0.iter().map(|i| i + 1)
    }
}

impl Limits {
    /// Whether the chart shows `x`.
    pub fn keeps(self, x: &Intersection) -> bool {
        x.size().max(x.size_then.unwrap_or(0)) >= self.min_size && x.sets.len() <= self.max_degree
    }
}

/// One intersection: the actors it stands for and the element positions (into the universe) it holds; comparing two
/// dates, also its size at the earlier one (it may hold nothing now and something then).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Intersection {
    pub sets: ActorSet,
    pub elements: Vec<u32>,
    pub size_then: Option<usize>,
}

impl Intersection {
    /// An intersection of `sets` holding nothing (yet).
    pub fn empty(sets: ActorSet) -> Intersection {
        Intersection { sets, elements: Vec::new(), size_then: None }
    }

    pub fn size(&self) -> usize {
        self.elements.len()
    }

    /// How much it grew since the earlier date (negative: shrank); 0 when not comparing.
    pub fn change(&self) -> i64 {
        self.size_then.map_or(0, |b| self.size() as i64 - b as i64)
    }
}

/// Inclusive mode considers at most this many combinations, so that 64 actors cannot ask for 2^64 of them.
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

/// The non-empty intersections of the selected actors, in increasing order of their actor bitmasks, and whether inclusive mode had to leave
/// combinations out to stay within `INCLUSIVE_CANDIDATE_LIMIT` (then it keeps each actor and the largest observed
/// combinations).
pub fn intersections(masks: &[ActorSet], selected: ActorSet, mode: Mode) -> (Vec<Intersection>, bool) {
    let exclusive = exclusive(masks, selected);
    match mode {
        Mode::Exclusive => (exclusive, false),
        Mode::Inclusive => {
            let (candidates, cut) = inclusive_candidates(&exclusive, selected);
            (inclusive(&exclusive, candidates), cut)
        }
    }
}

/// The distinct combinations, sorted, then each area put in its own by binary search: the plain `u64` sort this
/// needs is the one the rest of the app uses too, so the download carries one sort routine, not one per key type.
fn exclusive(masks: &[ActorSet], selected: ActorSet) -> Vec<Intersection> {
    let mut keys: Vec<u64> = masks.iter().map(|m| m.0 & selected.0).filter(|k| *k != 0).collect();
    keys.sort_unstable();
    keys.dedup();
    let mut out: Vec<Intersection> = keys.iter().map(|&k| Intersection::empty(ActorSet(k))).collect();
    for (i, m) in masks.iter().enumerate() {
        if let Ok(at) = keys.binary_search(&(m.0 & selected.0)) {
            out[at].elements.push(i as u32);
        }
    }
    out
}

/// Inclusive sets from the exclusive ones: a combination holds every group whose actors include it. Per-actor bitsets
/// over the groups make that an AND of a few rows, not a scan of every group for every combination; a bitset over the
/// elements then lists the chosen groups' elements in order without sorting them.
fn inclusive(exclusive: &[Intersection], candidates: Vec<ActorSet>) -> Vec<Intersection> {
    let universe = exclusive.iter().filter_map(|x| x.elements.last()).max().map_or(0, |&e| e as usize + 1);
    let mut members = vec![0u64; universe.div_ceil(64)];
    let words = exclusive.len().div_ceil(64);
    let mut rows = vec![0u64; 64 * words];
    for (g, x) in exclusive.iter().enumerate() {
        for a in x.sets.iter() {
            rows[a * words + g / 64] |= 1 << (g % 64);
        }
    }
    let row = |a: usize| &rows[a * words..(a + 1) * words];
    candidates
        .into_iter()
        .filter_map(|sets| {
            let mut actors = sets.iter();
            let mut acc = row(actors.next()?).to_vec();
            for a in actors {
                acc.iter_mut().zip(row(a)).for_each(|(w, r)| *w &= r);
            }
            for_each_bit(acc.into_iter().enumerate(), |g| {
                for &e in &exclusive[g].elements {
                    members[e as usize / 64] |= 1 << (e % 64);
                }
            });
            let mut elements: Vec<u32> = Vec::new();
            for_each_bit(members.iter_mut().map(std::mem::take).enumerate(), |e| elements.push(e as u32));
            (!elements.is_empty()).then_some(Intersection { sets, elements, size_then: None })
        })
        .collect()
}

/// Calls `f` with the position of every set bit of the numbered words, in increasing order.
fn for_each_bit(words: impl IntoIterator<Item = (usize, u64)>, mut f: impl FnMut(usize)) {
    for (w, mut bits) in words {
        while bits != 0 {
            f(w * 64 + bits.trailing_zeros() as usize);
            bits &= bits - 1;
        }
    }
}

/// Every non-empty sub-combination of an observed combination, and `false`; past the limit, the single actors and the
/// largest observed combinations, and `true`, so that the work stays bounded however many actors there are.
fn inclusive_candidates(exclusive: &[Intersection], selected: ActorSet) -> (Vec<ActorSet>, bool) {
    let mut out: Vec<u64> = Vec::new();
    'all: for x in exclusive {
        let full = x.sets.0;
        let mut sub = full;
        while sub != 0 {
            out.push(sub);
            // Deduplicating now and then keeps the list short without a hash set (and its code) in the download.
            if out.len() > 4 * INCLUSIVE_CANDIDATE_LIMIT {
                out.sort_unstable();
                out.dedup();
                if out.len() > INCLUSIVE_CANDIDATE_LIMIT {
                    break 'all;
                }
            }
            sub = (sub - 1) & full;
        }
    }
    out.sort_unstable();
    out.dedup();
    let cut = out.len() > INCLUSIVE_CANDIDATE_LIMIT;
    if cut {
        out.clear();
        out.extend(selected.iter().map(|i| ActorSet::single(i).0));
        let room = INCLUSIVE_CANDIDATE_LIMIT.saturating_sub(out.len());
        // Largest first, ties in their given order.
        let largest = largest_first(exclusive.iter().map(Intersection::size));
        out.extend(largest.into_iter().take(room).map(|i| exclusive[i].sets.0));
        out.sort_unstable();
        out.dedup();
    }
    (out.into_iter().map(ActorSet).collect(), cut)
}

/// A set's place in the actors' own order, the lexicographic order of increasing actor-index lists (a prefix first),
/// as one number: the count of sets before it, taken branch by branch. Sets whose actors all lie at or after `k`
/// number 2^(64-k), which is 0 modulo 2^64 for `k = 0`; the count is below 2^64, so wrapping arithmetic is exact.
pub fn actor_order_rank(set: ActorSet) -> u64 {
    let from = |k: usize| if k == 0 { 0 } else { 1u64 << (64 - k) };
    let mut rank = 0u64;
    let mut next = 0;
    for (i, a) in set.iter().enumerate() {
        rank = rank.wrapping_add(from(next).wrapping_sub(from(a))).wrapping_add(u64::from(i > 0));
        next = a + 1;
    }
    rank
}

/// The keys of the sort orders: their leading fields, then the intersection's place in the actors' own order (32
/// bits, room for every intersection an index can name). Sizes beyond 2^25 share a field, as do changes and sizes
/// beyond 2^16 when sorting by change.
const BY_SIZE: Layout<3> = Layout::new([25, 7, 32]);
const BY_DEGREE: Layout<3> = Layout::new([7, 25, 32]);
const BY_CHANGE: Layout<3> = Layout::new([16, 16, 32]);

/// Sorts in place (intersections have distinct sets); ties fall back to size, then degree, then actor order, so every
/// order is total. Each intersection gets one u64 key and the keys are sorted: the download then carries one sort
/// routine for the whole app.
pub fn sort(intersections: &mut Vec<Intersection>, by: Sort) {
    let ranks: Vec<u64> = intersections.iter().map(|x| actor_order_rank(x.sets)).collect();
    let mut in_order = ranks.clone();
    in_order.sort_unstable();
    let mut at_position = vec![0; ranks.len()];
    let mut keys: Vec<u64> = ranks
        .iter()
        .zip(intersections.iter())
        .enumerate()
        .map(|(i, (rank, x))| {
            let position = in_order.binary_search(rank).unwrap_or(0);
            at_position[position] = i;
            let (size, degree, position) = (x.size() as u64, x.sets.len() as u64, position as u64);
            match by {
                Sort::Size => BY_SIZE.pack([BY_SIZE.descending(0, size), degree, position]),
                Sort::Degree => BY_DEGREE.pack([degree, BY_DEGREE.descending(1, size), position]),
                Sort::Sets => position,
                Sort::Change => {
                    let change = x.change().unsigned_abs();
                    BY_CHANGE.pack([BY_CHANGE.descending(0, change), BY_CHANGE.descending(1, size), position])
                }
            }
        })
        .collect();
    keys.sort_unstable();
    let mut slots: Vec<Option<Intersection>> = std::mem::take(intersections).into_iter().map(Some).collect();
    // Every layout ends in the position's 32 bits.
    *intersections = keys.iter().filter_map(|&k| slots[at_position[BY_SIZE.unpack(k, 2) as usize]].take()).collect();
}
