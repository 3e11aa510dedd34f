//! Applies a view filter to the dataset: which areas are in view and which actors have each, as of a date.

use crate::dataset::{Area, Dataset, Date};
use crate::evidence::counts_by;
use crate::sets::ActorSet;

/// What narrows the data before any set algebra: area groups, a search and an as-of date.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Filter {
    /// Group indices to keep; empty keeps every group.
    pub groups: Vec<usize>,
    /// Area indices to keep; empty keeps every area.
    pub areas: Vec<usize>,
    /// Text matched against each area's label, id and the sources' own words for it.
    pub query: String,
    /// Count only links whose event had certainly happened by this date; `None` counts every link.
    pub as_of: Option<Date>,
}

/// The areas in view, each with the set of all actors that have it (before any actor selection).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Universe {
    pub areas: Vec<usize>,
    pub masks: Vec<ActorSet>,
}

/// Builds the universe; areas no actor has under the filter are left out.
pub fn universe(ds: &Dataset, filter: &Filter) -> Universe {
    let mut masks = vec![ActorSet::EMPTY; ds.areas.len()];
    for link in ds.links {
        if counts_by(ds, link, filter.as_of) {
            let m = &mut masks[link.area];
            *m = ActorSet(m.0 | ds.partnerships[link.partnership].parties.0);
        }
    }
    let query = normalise(&filter.query);
    let mut out = Universe::default();
    for (i, (area, mask)) in ds.areas.iter().zip(masks).enumerate() {
        let in_group = filter.groups.is_empty() || filter.groups.contains(&area.group);
        let named = filter.areas.is_empty() || filter.areas.contains(&i);
        if !mask.is_empty() && in_group && named && matches(area, &query) {
            out.areas.push(i);
            out.masks.push(mask);
        }
    }
    out
}

/// Whether an area answers a search; `query` must already be normalised.
pub fn matches(area: &Area, query: &str) -> bool {
    query.is_empty() || [area.label, area.id].iter().chain(area.terms).any(|text| normalise(text).contains(query))
}

/// Case- and space-insensitive form used on both sides of a search. ASCII case folding only: Unicode's tables
/// would cost more download than the few accented capitals in the data are worth.
pub fn normalise(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ").to_ascii_lowercase()
}

/// The partnerships with links on undated events, which an as-of view cannot place and so leaves out.
pub fn undated_partnerships(ds: &Dataset) -> Vec<&'static str> {
    let mut names: Vec<&'static str> = Vec::new();
    for l in ds.links.iter().filter(|l| ds.events[l.event].date.is_none()) {
        let name = ds.partnerships[l.partnership].name;
        if !names.contains(&name) {
            names.push(name);
        }
    }
    names
}
