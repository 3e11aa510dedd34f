//! The change between two dates compared, in one sentence, as the short description, the long one and the changes
//! list open with it.

use super::sentence::Sentence;
use crate::dataset::Dataset;
use crate::stats::{gained_and_lost, grew_most};
use crate::view_model::{ChartData, Comparison};

/// "Between 2023 and 30 April 2024, 15 areas gained actors and none lost any; Japan grew most, by 13 areas." Its
/// numbers are the set bars' changes and the changes list's length.
pub fn changes_summary(ds: &Dataset, data: &ChartData, comparison: &Comparison) -> String {
    let mut t = Sentence::default();
    t.push("Between ").push(&comparison.from.to_string()).push(" and ").push(&comparison.to.to_string()).push(", ");
    let (gained, lost) = gained_and_lost(&comparison.changes);
    if gained + lost == 0 {
        return t.push("nothing changed for the ").noun(ds, true).push(" shown.").done();
    }
    t.elements(ds, gained, false).push(" gained ").noun(ds, true).push(" and ");
    match lost {
        0 => t.push("none lost any"),
        n => t.number(n).push(" lost ").noun(ds, true),
    };
    if let Some((top, most)) = grew_most(data, comparison) {
        t.push("; ").names(ds, top).push(" grew most, by ");
        t.elements(ds, most, false).push(if top.len() == 1 { "" } else { " each" });
    }
    t.push(".").done()
}
