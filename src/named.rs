//! Enums known by a word: in the URL, the page's controls, the data file and the exports.

/// An enum each of whose values has a word of its own.
pub trait Named: Copy + PartialEq + 'static {
    /// Every value, in the order a control offers them.
    const ALL: &'static [Self];

    fn name(self) -> &'static str;

    /// The value a word names.
    fn parse(word: &str) -> Option<Self> {
        Self::ALL.iter().copied().find(|v| v.name() == word)
    }
}
