//! A reader's set data as a `Dataset` the whole chart works on: each set an "actor" named as the file names it, each
//! element an "area", every membership given outright (`Dataset::memberships`): no links, sources, dates, grades or
//! groups, so the page leaves out what needs them.

use super::ids::ids;
use super::SetData;
use crate::dataset::{Actor, Area, By, Dataset, Date, Group, Recounted};
use crate::hash::short_hash;

/// The one group every element is in: the table groups its rows by group, and a reader's data names none.
const ALL: Group = Group { id: "all", label: "All elements" };

/// The dataset of `data`, read from `content` that came from `from` ("genes.csv", "pasted text") and opened on
/// `opened`; its version is a short hash of `content`. It lives as long as the page: a page opens few datasets, and
/// the chart's marks borrow its names for its whole life.
pub fn dataset(data: SetData, content: &[u8], from: &str, opened: Date) -> &'static Dataset {
    let set_ids = ids(&data.sets, "set");
    let element_ids = ids(&data.elements, "element");
    // All names and ids in one allocation, each a slice of it.
    let mut text = String::new();
    let mut spans = Vec::new();
    for s in [from.to_string(), short_hash(content)]
        .iter()
        .chain(&data.sets)
        .chain(&set_ids)
        .chain(&data.elements)
        .chain(&element_ids)
    {
        spans.push((text.len(), text.len() + s.len()));
        text.push_str(s);
    }
    let text: &'static str = Box::leak(text.into_boxed_str());
    let mut names = spans.into_iter().map(|(a, b)| &text[a..b]);
    let mut next = || names.next().unwrap_or_default();
    let (from, version) = (next(), next());
    let (n, m) = (data.sets.len(), data.elements.len());
    let set_names: Vec<&'static str> = (0..n).map(|_| next()).collect();
    let set_ids: Vec<&'static str> = (0..n).map(|_| next()).collect();
    let element_names: Vec<&'static str> = (0..m).map(|_| next()).collect();
    let actors: Vec<Actor> = set_ids
        .iter()
        .zip(&set_names)
        .map(|(&id, &name)| Actor { id, name, short: name, default_visible: true })
        .collect();
    let areas: Vec<Area> = element_names
        .iter()
        .map(|&label| Area {
            id: next(),
            label,
            group: 0,
            #[cfg(not(target_arch = "wasm32"))]
            description: None,
            terms: &[],
        })
        .collect();
    Box::leak(Box::new(Dataset {
        version,
        data_as_of: opened,
        by: By::Actor,
        set_noun: ["set", "sets"],
        element_noun: ["element", "elements", "element", "elements"],
        recounted: Recounted(None),
        supplied: Some(from),
        sources: &[],
        actors: Box::leak(actors.into_boxed_slice()),
        groups: &[ALL],
        areas: Box::leak(areas.into_boxed_slice()),
        partnerships: &[],
        events: &[],
        links: &[],
        memberships: Box::leak(data.masks.into_boxed_slice()),
    }))
}
