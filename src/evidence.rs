//! The citations behind a claim: which links show that an actor has an area, under a view's filter.

use crate::dataset::{Dataset, Date, Link};
use crate::filter::Filter;
use crate::sets::ActorSet;

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

/// One partnership's part of a brief: for each area, its citations (link indices) in that partnership, oldest first.
#[derive(Debug)]
pub struct PartnershipBrief {
    pub partnership: usize,
    pub areas: Vec<(usize, Vec<usize>)>,
}

/// The citations by which `actors` have `areas`, as the details panel reads them: grouped by partnership (those with
/// at least one of the actors as a party, in dataset order), then by area (in the order given), each citation once,
/// under the partnership it belongs to, the same area's citations ordered by date (undated ones last).
pub fn brief(ds: &Dataset, areas: &[usize], actors: ActorSet, filter: &Filter) -> Vec<PartnershipBrief> {
    // Undated after every date (keys of real years stay below 2^47); then the file's order, by one u64 key each, as
    // every sort in the app sorts: one sort routine ships.
    let key = |i: usize| ds.events[ds.links[i].event].date.map_or(1 << 47, Date::key) << 20 | i as u64;
    (0..ds.partnerships.len())
        .filter(|&p| !ds.partnerships[p].parties.and(actors).is_empty())
        .map(|partnership| {
            let areas = areas
                .iter()
                .map(|&area| {
                    let mut keys: Vec<u64> = (0..ds.links.len())
                        .filter(|&i| {
                            let l = &ds.links[i];
                            l.partnership == partnership && l.area == area && counts(ds, l, filter)
                        })
                        .map(key)
                        .collect();
                    keys.sort_unstable();
                    (area, keys.iter().map(|k| (k & 0xf_ffff) as usize).collect::<Vec<_>>())
                })
                .filter(|(_, links)| !links.is_empty())
                .collect();
            PartnershipBrief { partnership, areas }
        })
        .filter(|b| !b.areas.is_empty())
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

/// A partnership by its parties' short names, as a label reads it: "EU–Japan".
pub fn parties(ds: &Dataset, partnership: usize) -> String {
    let names: Vec<&str> = ds.partnerships[partnership].parties.iter().map(|a| ds.actors[a].short).collect();
    names.join("–")
}
