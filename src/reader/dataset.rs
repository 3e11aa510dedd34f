//! A reader's set data as a `Dataset` the whole chart works on: each set an "actor" named as the file names it, each
//! element an "area", every membership given outright (`Dataset::memberships`): no links, sources, dates, grades or
//! groups, so the page leaves out what needs them. The module that reads a file hands the app its data as one text
//! (`encode`), which the app makes a dataset of (`decode`) without the reader's code.

use super::ids::ids;
use super::{link, SetData};
use crate::dataset::{Actor, Area, By, Carried, Dataset, Date, Group, Recounted, Supplied};
use crate::hash::short_hash;

/// The one group every element is in: the table groups its rows by group, and a reader's data names none.
const ALL: Group = Group { id: "all", label: "All elements" };

/// Between the parts of an encoded dataset, and between the items of a part.
const PART: char = '\u{1e}';
const ITEM: char = '\u{1f}';

/// The dataset of `data`, which came from `from` ("genes.csv", "pasted text") and was opened on `opened`.
pub fn dataset(data: &SetData, from: &str, opened: Date) -> &'static Dataset {
    decode(encode(data, from, None), opened).expect("an encoded dataset decodes")
}

/// The sets of `data` largest first (ties in the file's order), as UpSet tools order them: the set picker and the
/// chart's rows then start with the sets that matter most, and the first `SHOWN_FIRST` are the ones shown at first.
fn largest_first(data: &SetData) -> SetData {
    let sizes = data.set_sizes();
    let mut order: Vec<usize> = (0..data.sets.len()).collect();
    order.sort_by_key(|&i| std::cmp::Reverse(sizes[i]));
    let masks = data.masks.iter().map(|m| order.iter().enumerate().fold(0, |n, (to, &from)| n | (m >> from & 1) << to));
    SetData {
        format: data.format,
        sets: order.iter().map(|&i| data.sets[i].clone()).collect(),
        elements: data.elements.clone(),
        masks: masks.collect(),
    }
}

/// How many sets a reader's data shows at first, the largest: more rows of dots than this are hard to follow, and
/// the reader ticks the others as needed.
pub const SHOWN_FIRST: usize = 16;

/// `data` (its sets largest first) as one text: where it came from, its version (a short hash of its canonical table, so the same data has
/// the same version however it was opened) and how a link carries it (fetched again from the web `address` it came
/// from, else packed in the link where it fits), then the sets' names and ids, the elements' names and ids, and each
/// element's sets (a mask, in hex). A separator in a name stands as U+FFFD.
pub fn encode(data: &SetData, from: &str, address: Option<&str>) -> String {
    let data = &largest_first(data);
    let clean = |s: &str| s.replace([PART, ITEM], "\u{fffd}");
    let join = |items: &[String]| items.iter().map(|s| clean(s)).collect::<Vec<_>>().join(&ITEM.to_string());
    let masks: Vec<String> = data.masks.iter().map(|m| format!("{m:x}")).collect();
    let table = link::canonical(data);
    let link = match (address, || link::pack(&table, from)) {
        (Some(address), _) => format!("a{ITEM}{}", clean(address)),
        (None, pack) => pack().map_or_else(|| format!("t{ITEM}"), |packed| format!("f{ITEM}{packed}")),
    };
    let about = [clean(from), short_hash(table.as_bytes()), link];
    let parts = [
        about.join(&ITEM.to_string()),
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
    let [from, version, kind, value] = about[..] else { return None };
    let link = match kind {
        "f" => Carried::Fragment(value),
        "a" => Carried::Address(value),
        _ => Carried::TooLarge,
    };
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
        .enumerate()
        .map(|(i, (&id, &name))| Actor { id, name, short: name, default_visible: i < SHOWN_FIRST })
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
        supplied: Some(Supplied { from, link }),
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
