//! The citations behind a claim: which links show that actors have areas under a view's filter, in the order a reader
//! reads them, and the sources they cite.

use crate::dataset::{date, Dataset};
use crate::filter::{counts, Filter};
use crate::sets::ActorSet;
use crate::sort_key::Layout;

/// A link's place among citations: its event's date (undated after every date), then its place in the data file.
const DATED: Layout<2> = Layout::new([date::KEY_BITS, 64 - date::KEY_BITS]);

/// Links (indices) oldest first, those on undated events last, each group in the data file's order.
pub fn oldest_first(ds: &Dataset, links: impl Iterator<Item = usize>) -> Vec<usize> {
    let undated = DATED.max(0);
    let mut keys: Vec<u64> =
        links.map(|i| DATED.pack([ds.events[ds.links[i].event].date.map_or(undated, |d| d.key()), i as u64])).collect();
    keys.sort_unstable();
    keys.into_iter().map(|k| DATED.unpack(k, 1) as usize).collect()
}

/// One partnership's part of a brief: for each area, its citations (link indices) in that partnership, oldest first.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PartnershipBrief {
    pub partnership: usize,
    pub areas: Vec<(usize, Vec<usize>)>,
}

/// The citations by which `actors` have `areas`, as the details panel reads them: grouped by partnership (those with
/// at least one of the actors as a party, in dataset order), then by area (in the order given), each citation once,
/// under the partnership it belongs to, the same area's citations oldest first (undated ones last).
pub fn brief(ds: &Dataset, areas: &[usize], actors: ActorSet, filter: &Filter) -> Vec<PartnershipBrief> {
    (0..ds.partnerships.len())
        .filter(|&p| !ds.partnerships[p].parties.and(actors).is_empty())
        .map(|partnership| {
            let areas = areas
                .iter()
                .map(|&area| {
                    let cited = (0..ds.links.len()).filter(|&i| {
                        let l = &ds.links[i];
                        l.partnership == partnership && l.area == area && counts(ds, l, filter)
                    });
                    (area, oldest_first(ds, cited))
                })
                .filter(|(_, links)| !links.is_empty())
                .collect();
            PartnershipBrief { partnership, areas }
        })
        .filter(|b| !b.areas.is_empty())
        .collect()
}

/// The sources (indices) that links cite, each once, in the order of their first citation.
pub fn cited_sources(ds: &Dataset, links: &[usize]) -> Vec<usize> {
    let mut sources: Vec<usize> = Vec::new();
    for &l in links {
        if !sources.contains(&ds.links[l].source) {
            sources.push(ds.links[l].source);
        }
    }
    sources
}

/// The sources (indices, in dataset order) behind the links a view counts: those of an area in view (`areas`), of a
/// partnership of a shown actor, counted by the view's filter.
pub fn sources_behind(ds: &Dataset, areas: &[usize], actors: ActorSet, filter: &Filter) -> Vec<usize> {
    let cited = |source: usize| {
        ds.links.iter().any(|l| {
            l.source == source
                && areas.contains(&l.area)
                && !ds.partnerships[l.partnership].parties.and(actors).is_empty()
                && counts(ds, l, filter)
        })
    };
    (0..ds.sources.len()).filter(|&s| cited(s)).collect()
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
