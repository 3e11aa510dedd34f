//! Sort keys: several fields packed into one `u64`, most significant first, with their widths checked.
//!
//! Every sort in the app sorts plain `u64` keys, so the download carries one sort routine rather than one per key
//! type. Packing by hand let fields spill into each other unseen; here a layout whose fields add up to more than 64
//! bits does not compile (its constant fails to evaluate), and a value too large for its field is clamped to the
//! field's largest value, so it sorts with the largest and never wraps into the field before it.

/// The widths of a key's fields, most significant first.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Layout<const N: usize>([u32; N]);

impl<const N: usize> Layout<N> {
    /// A layout of these widths; panics (at compile time, for a `const`) if a width is 0 or they pass 64 bits.
    pub const fn new(widths: [u32; N]) -> Layout<N> {
        let layout = Layout(widths);
        let mut i = 0;
        while i < N {
            assert!(widths[i] > 0, "a sort key's field has no width");
            i += 1;
        }
        assert!(layout.bits() <= 64, "a sort key's fields are wider than 64 bits together");
        layout
    }

    /// How many bits the fields take together.
    pub const fn bits(&self) -> u32 {
        let mut total = 0;
        let mut i = 0;
        while i < N {
            total += self.0[i];
            i += 1;
        }
        total
    }

    /// The largest value field `field` holds.
    pub const fn max(&self, field: usize) -> u64 {
        ones(self.0[field])
    }

    /// The key of these field values; each is clamped to its field's largest value. The last field is, in every key
    /// here, a position (which element the key sorts): one too large would sort the wrong element, so debug builds,
    /// and with them the tests, stop on it.
    pub fn pack(&self, values: [u64; N]) -> u64 {
        debug_assert!(values[N - 1] <= ones(self.0[N - 1]), "a sort key's position does not fit its field");
        values.iter().zip(self.0).fold(0, |key, (&v, width)| key.checked_shl(width).unwrap_or(0) | v.min(ones(width)))
    }

    /// What field `field` of `key` holds.
    pub fn unpack(&self, key: u64, field: usize) -> u64 {
        let below: u32 = self.0[field + 1..].iter().sum();
        key.checked_shr(below).unwrap_or(0) & ones(self.0[field])
    }

    /// A value for field `field` that sorts larger values first: its distance below the field's largest value (a
    /// value past that largest sorts with it).
    pub fn descending(&self, field: usize, value: u64) -> u64 {
        self.max(field) - value.min(self.max(field))
    }
}

/// Largest first, then by position.
const LARGEST_FIRST: Layout<2> = Layout::new([32, 32]);

/// Positions of `sizes` from the largest down, ties in their given order.
pub fn largest_first(sizes: impl Iterator<Item = usize>) -> Vec<usize> {
    let mut keys: Vec<u64> =
        sizes.enumerate().map(|(i, s)| LARGEST_FIRST.pack([LARGEST_FIRST.descending(0, s as u64), i as u64])).collect();
    keys.sort_unstable();
    keys.into_iter().map(|k| LARGEST_FIRST.unpack(k, 1) as usize).collect()
}

/// The largest number of `width` bits.
const fn ones(width: u32) -> u64 {
    match width {
        64.. => u64::MAX,
        w => (1 << w) - 1,
    }
}
