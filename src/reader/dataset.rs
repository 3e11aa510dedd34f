//! A reader's set data as a `Dataset` the whole chart works on: each set an "actor" named as the file names it, each
//! element an "area", every membership given outright (`Dataset::memberships`): no links, sources, dates, grades or
//! groups, so the page leaves out what needs them. The module that reads a file hands the app its data as one text
//! (`encode`), which the app makes a dataset of (`decode`) without the reader's code.

use super::ids::ids;
use super::SetData;
use crate::dataset::{Actor, Area, By, Dataset, Date, Group, Recounted};
use crate::hash::short_hash;

/// The one group every element is in: the table groups its rows by group, and a reader's data names none.
const ALL: Group = Group { id: "all", label: "All elements" };

/// Between the parts of an encoded dataset, and between the items of a part.
const PART: char = '\u{1e}';
const ITEM: char = '\u{1f}';

/// The dataset of `data`, read from `content` that came from `from` ("genes.csv", "pasted text") and opened on
/// `opened`; its version is a short hash of `content`.
pub fn dataset(data: &SetData, content: &[u8], from: &str, opened: Date) -> &'static Dataset {
    decode(encode(data, content, from), opened).expect("an encoded dataset decodes")
}

/// `data` as one text: where it came from and its version, then the sets' names and ids, the elements' names and ids,
/// and each element's sets (a mask, in hex). A separator in a name stands as U+FFFD.
pub fn encode(data: &SetData, content: &[u8], from: &str) -> String {
    let clean = |s: &str| s.replace([PART, ITEM], "\u{fffd}");
    let join = |items: &[String]| items.iter().map(|s| clean(s)).collect::<Vec<_>>().join(&ITEM.to_string());
    let masks: Vec<String> = data.masks.iter().map(|m| format!("{m:x}")).collect();
    let parts = [
        clean(from) + &ITEM.to_string() + &short_hash(content),
        join(&data.sets),
        join(&ids(&data.sets, "set")),
        join(&data.elements),
        join(&ids(&data.elements, "element")),
        masks.join(&ITEM.to_string()),
    ];
    parts.join(&PART.to_string())
}

/// The dataset `encode` wrote, opened on `opened`, or `None` where the text is not one. It lives as long as the
/// page: a page opens few datasets, and the chart's marks borrow its names for its whole life.
pub fn decode(text: String, opened: Date) -> Option<&'static Dataset> {
    let text: &'static str = Box::leak(text.into_boxed_str());
    let parts: Vec<Vec<&'static str>> = text.split(PART).map(|p| p.split(ITEM).collect()).collect();
    let [about, set_names, set_ids, element_names, element_ids, masks] = &parts[..] else { return None };
    let [from, version] = about[..] else { return None };
    // Hex by hand: std's parser brings its error machinery into the app's download.
    let hex = |m: &str| {
        let digits = (1..=16).contains(&m.len()).then_some(m)?;
        digits.chars().try_fold(0u64, |v, c| Some(v << 4 | u64::from(c.to_digit(16)?)))
    };
    let masks: Vec<u64> = masks.iter().map(|m| hex(m)).collect::<Option<_>>()?;
    let (n, m) = (set_names.len(), element_names.len());
    if set_ids.len() != n || element_ids.len() != m || masks.len() != m || n > 64 {
        return None;
    }
    let actors: Vec<Actor> = set_ids
        .iter()
        .zip(set_names)
        .map(|(&id, &name)| Actor { id, name, short: name, default_visible: true })
        .collect();
    let areas: Vec<Area> = element_ids
        .iter()
        .zip(element_names)
        .map(|(&id, &label)| Area {
            id,
            label,
            group: 0,
            #[cfg(not(target_arch = "wasm32"))]
            description: None,
            terms: &[],
        })
        .collect();
    Some(Box::leak(Box::new(Dataset {
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
        memberships: Box::leak(masks.into_boxed_slice()),
    })))
}
