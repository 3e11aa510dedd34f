//! Applies a view filter to the dataset: which areas are in view and which actors have each, as of a date.

use crate::dataset::{Area, Dataset, Date, Grade, Link};
use crate::named::Named;
use crate::sets::ActorSet;

/// What narrows the data before any set algebra: area groups, a search, an as-of date and a firmness.
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
    /// Count only links at least this firm; the weakest grade (the default) counts every link.
    pub firm: Grade,
}

/// The areas in view, each with the set of all actors that have it (before any actor selection), and how firm each
/// of those memberships is.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Universe {
    pub areas: Vec<usize>,
    pub masks: Vec<ActorSet>,
    /// Per area, indexed by `Grade as usize`: the actors with a counted link at least that firm (the first is `masks`).
    pub firm: Vec<[ActorSet; 4]>,
}

impl Universe {
    /// How firm the membership of an actor in the `i`-th area is: the firmest grade among the links behind it, which
    /// is the strictest firmness filter it would survive. `None` when the actor does not have the area.
    pub fn grade(&self, i: usize, actor: usize) -> Option<Grade> {
        Grade::ALL.iter().rev().copied().find(|g| self.firm[i][*g as usize].contains(actor))
    }
}

/// Whether a link counts under a filter: its event had certainly happened by the as-of date (undated events count
/// only without one), and it is at least as firm as the filter asks.
pub fn counts(ds: &Dataset, link: &Link, filter: &Filter) -> bool {
    let in_time = match (filter.as_of, ds.events[link.event].date) {
        (None, _) => true,
        (Some(cut), Some(date)) => date <= cut,
        (Some(_), None) => false,
    };
    in_time && link.grade >= filter.firm
}

/// Builds the universe; areas no actor has under the filter are left out.
pub fn universe(ds: &Dataset, filter: &Filter) -> Universe {
    let mut firm = vec![[ActorSet::EMPTY; 4]; ds.areas.len()];
    for link in ds.links.iter().filter(|l| counts(ds, l, filter)) {
        let parties = ds.partnerships[link.partnership].parties;
        for at_least in &mut firm[link.area][..=link.grade as usize] {
            *at_least = at_least.or(parties);
        }
    }
    // Memberships without a link cite nothing to be firm or dated by: they count in every view.
    for (grades, &held) in firm.iter_mut().zip(ds.memberships) {
        for at_least in grades {
            *at_least = at_least.or(ActorSet(held));
        }
    }
    let query = normalise(&filter.query);
    let mut out = Universe::default();
    for (i, (area, grades)) in ds.areas.iter().zip(firm).enumerate() {
        let in_group = filter.groups.is_empty() || filter.groups.contains(&area.group);
        let named = filter.areas.is_empty() || filter.areas.contains(&i);
        if !grades[0].is_empty() && in_group && named && matches(area, &query) {
            out.areas.push(i);
            out.masks.push(grades[0]);
            out.firm.push(grades);
        }
    }
    out
}

/// Whether an area answers a search, by its label, id or the sources' words for it; `query` must already be
/// normalised.
pub fn matches(area: &Area, query: &str) -> bool {
    query.is_empty() || [area.label, area.id].iter().chain(area.terms).any(|text| found(&normalise(text), query))
}

/// Searches up to this many characters long match only where a word starts, so "AI" is not the "ai" of "chains";
/// longer ones match anywhere, so "geleiders" finds the Dutch "halfgeleiders".
pub const WORD_START_UP_TO: usize = 3;

fn found(text: &str, query: &str) -> bool {
    if query.chars().count() > WORD_START_UP_TO {
        return text.contains(query);
    }
    // ASCII letters and digits only, as in `normalise`.
    text.match_indices(query).any(|(i, _)| text[..i].chars().next_back().is_none_or(|c| !c.is_ascii_alphanumeric()))
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
