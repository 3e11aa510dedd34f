//! Sets of actors as 64-bit masks: the currency of all set algebra here.

/// A set of actor indices (0..64); bit `i` stands for actor `i` in dataset order. An index of 64 or more names no
/// actor a set can hold (the data file is capped at 64 actors): adding one leaves the set as it was, never wraps.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct ActorSet(pub u64);

impl ActorSet {
    pub const EMPTY: ActorSet = ActorSet(0);

    pub fn single(i: usize) -> ActorSet {
        ActorSet(bit(i))
    }

    pub fn from_indices(indices: impl IntoIterator<Item = usize>) -> ActorSet {
        indices.into_iter().fold(ActorSet::EMPTY, |s, i| s.with(i))
    }

    pub fn with(self, i: usize) -> ActorSet {
        ActorSet(self.0 | bit(i))
    }

    pub fn without(self, i: usize) -> ActorSet {
        ActorSet(self.0 & !bit(i))
    }

    pub fn contains(self, i: usize) -> bool {
        self.0 & bit(i) != 0
    }

    pub fn is_superset(self, other: ActorSet) -> bool {
        self.0 & other.0 == other.0
    }

    pub fn and(self, other: ActorSet) -> ActorSet {
        ActorSet(self.0 & other.0)
    }

    pub fn or(self, other: ActorSet) -> ActorSet {
        ActorSet(self.0 | other.0)
    }

    /// The actors in exactly one of the two sets.
    pub fn differing(self, other: ActorSet) -> ActorSet {
        ActorSet(self.0 ^ other.0)
    }

    pub fn is_empty(self) -> bool {
        self.0 == 0
    }

    /// The number of actors in the set: an intersection's degree.
    pub fn len(self) -> usize {
        self.0.count_ones() as usize
    }

    /// Actor indices in ascending (dataset) order.
    pub fn iter(self) -> impl Iterator<Item = usize> {
        let mut bits = self.0;
        std::iter::from_fn(move || {
            (bits != 0).then(|| {
                let i = bits.trailing_zeros() as usize;
                bits &= bits - 1;
                i
            })
        })
    }
}

/// Actor `i`'s bit, or none at all past the 64 a set can hold (a plain shift would wrap round to actor `i % 64`).
fn bit(i: usize) -> u64 {
    u32::try_from(i).ok().and_then(|i| 1u64.checked_shl(i)).unwrap_or(0)
}
