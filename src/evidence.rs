//! The citations behind a claim: which links show that an actor has an area, as of a date.

use crate::dataset::{Dataset, Date, Link};

/// Whether a link's event counts under an as-of cut; undated events count only without one.
pub fn counts_by(ds: &Dataset, link: &Link, as_of: Option<Date>) -> bool {
    match (as_of, ds.events[link.event].date) {
        (None, _) => true,
        (Some(cut), Some(date)) => date <= cut,
        (Some(_), None) => false,
    }
}

/// Every link by which `actor` has `area`: the actor is a party to the link's partnership.
pub fn citations(ds: &'static Dataset, area: usize, actor: usize, as_of: Option<Date>) -> Vec<&'static Link> {
    ds.links
        .iter()
        .filter(|l| l.area == area && ds.partnerships[l.partnership].parties.contains(actor) && counts_by(ds, l, as_of))
        .collect()
}

/// How an event reads in a citation: "2nd Digital Partnership Council, 30 April 2024, Brussels".
pub fn event_line(ds: &Dataset, event: usize) -> String {
    let e = &ds.events[event];
    let mut parts = vec![e.label.to_string()];
    parts.push(e.date.map_or("undated in the sources".into(), |d| d.to_string()));
    parts.extend(e.place.map(str::to_string));
    parts.join(", ")
}
