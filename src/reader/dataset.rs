//! A reader's data as a `Dataset` the whole chart works on. Set data makes each set an "actor" named as the file
//! names it and each element an "area", every membership given outright (`Dataset::memberships`): no links, sources,
//! dates, grades or groups, so the page leaves out what needs them. A file in Overlap's own format is a dataset as
//! whole as the built-in one. The module that reads a file hands the app its data as one text (`encode`), which the
//! app makes a dataset of (`decode`) without the reader's code.

use super::ids::ids;
use super::{link, Opened, SetData};
use crate::dataset::schema::terms;
use crate::dataset::{
    Actor, Area, By, Carried, Dataset, Date, Event, EventKind, Grade, Group, Link, Partnership, Recounted, Source,
    Supplied,
};
use crate::hash::short_hash;
use crate::named::Named;
use crate::sets::ActorSet;
use std::collections::HashMap;

/// Between the parts of an encoded dataset, between the items of a part, and between the words of an item.
const PART: char = '\u{1e}';
const ITEM: char = '\u{1f}';
const WORD: char = '\u{1d}';

/// The dataset of `data`, which came from `from` ("genes.csv", "pasted text") and was opened on `opened`.
pub fn dataset(data: Opened, from: &str, opened: Date) -> &'static Dataset {
    decode(encode(data, from, None), opened).expect("an encoded dataset decodes")
}

/// The sets of `data` largest first (ties in the file's order), as UpSet tools order them: the set picker and the
/// chart's rows then start with the sets that matter most, and the first `SHOWN_FIRST` are the ones shown at first.
fn largest_first(data: SetData) -> SetData {
    let sizes = data.set_sizes();
    let mut order: Vec<usize> = (0..data.sets.len()).collect();
    order.sort_by_key(|&i| std::cmp::Reverse(sizes[i]));
    let masks = data.masks.iter().map(|m| order.iter().enumerate().fold(0, |n, (to, &from)| n | (m >> from & 1) << to));
    SetData {
        format: data.format,
        sets: order.iter().map(|&i| data.sets[i].clone()).collect(),
        masks: masks.collect(),
        elements: data.elements,
    }
}

/// How many sets a reader's set data shows at first, the largest: more rows of dots than this are hard to follow,
/// and the reader ticks the others as needed.
pub const SHOWN_FIRST: usize = 16;

/// The parts of an encoded dataset after its first, each a table written by `part`, so many items to a row
/// (`decode` reads them).
#[derive(Default)]
struct Parts {
    /// id, name, short name, "1" where shown at first.
    actors: String,
    /// id, label.
    groups: String,
    /// id, label, group (hex), its terms (between them `WORD`).
    areas: String,
    /// id, name, parties (a mask, hex).
    partnerships: String,
    /// id, title, kind, publisher, language, published (a date as the data file gives it, or nothing).
    sources: String,
    /// id, partnership, kind (as the data file names it), label, date, place, source.
    events: String,
    /// partnership, area, event, source (hex), grade (as the data file names it).
    links: String,
    /// Per area, its sets (a mask, hex), where the data gives memberships outright.
    memberships: String,
    /// The words the details panel cites, as data/citations.tsv holds them (the publishing module reads them).
    words: String,
}

/// A part of the text: its rows' items in order, between them `ITEM`, written as they come (a reader's data may
/// hold 100,000 rows); a separator in an item stands as U+FFFD.
fn part<S: AsRef<str>, const N: usize>(rows: impl Iterator<Item = [S; N]>) -> String {
    let mut o = String::new();
    for (i, item) in rows.flatten().enumerate() {
        if i > 0 {
            o.push(ITEM);
        }
        o.extend(item.as_ref().chars().map(|c| if c == PART || c == ITEM { '\u{fffd}' } else { c }));
    }
    o
}

fn hex(n: usize) -> String {
    format!("{n:x}")
}

/// The parts of set data (its sets largest first), and its canonical table, which its link packs and its version
/// hashes.
fn of_sets(data: SetData) -> (Parts, String) {
    let data = largest_first(data);
    let (set_ids, element_ids) = (ids(&data.sets, "set"), ids(&data.elements, "element"));
    let (sets, elements) = (data.sets.iter().zip(&set_ids), data.elements.iter().zip(&element_ids));
    let parts = Parts {
        actors: part(sets.enumerate().map(|(i, (name, id))| [id, name, name, shown(i < SHOWN_FIRST)])),
        groups: part(std::iter::once(["all", "All elements"])),
        areas: part(elements.map(|(label, id)| [id.as_str(), label, "0", ""])),
        memberships: part(data.masks.iter().map(|m| [format!("{m:x}")])),
        ..Parts::default()
    };
    (parts, link::canonical(&data))
}

/// The parts of a dataset in Overlap's own format, and its text, which its link packs and its version hashes.
fn of_own(own: super::own::Own) -> (Parts, String) {
    let d = &own.raw;
    // Each table's ids by position: every reference the data makes was checked when it was read (`schema::validate`).
    fn positions<'a>(ids: impl Iterator<Item = &'a String>) -> HashMap<&'a str, usize> {
        ids.enumerate().map(|(i, id)| (id.as_str(), i)).collect()
    }
    let actor = positions(d.actors.iter().map(|a| &a.id));
    let group = positions(d.groups.iter().map(|g| &g.id));
    let area = positions(d.areas.iter().map(|a| &a.id));
    let partnership = positions(d.partnerships.iter().map(|p| &p.id));
    let event = positions(d.events.iter().map(|e| &e.id));
    let source = positions(d.sources.iter().map(|s| &s.id));
    let index = |of: &HashMap<&str, usize>, id: &String| hex(of[id.as_str()]);
    let or_none = |s: &Option<String>| s.clone().unwrap_or_default();
    let parts =
        Parts {
            actors: part(d.actors.iter().map(|a| [&a.id, &a.name, &a.short, shown(a.default)])),
            groups: part(d.groups.iter().map(|g| [&g.id, &g.label])),
            areas: part(d.areas.iter().map(|a| {
                [a.id.clone(), a.label.clone(), index(&group, &a.group), terms(d, a).join(&WORD.to_string())]
            })),
            partnerships: part(d.partnerships.iter().map(|p| {
                let mask = p.parties.iter().fold(0u64, |m, a| m | 1 << actor[a.as_str()]);
                [p.id.clone(), p.name.clone(), format!("{mask:x}")]
            })),
            sources: part(d.sources.iter().map(|s| {
                [
                    s.id.clone(),
                    s.title.clone(),
                    s.kind.clone(),
                    s.publisher.clone(),
                    s.language.clone(),
                    or_none(&s.published),
                ]
            })),
            events: part(d.events.iter().map(|e| {
                [
                    e.id.clone(),
                    index(&partnership, &e.partnership),
                    e.kind.clone(),
                    e.label.clone(),
                    or_none(&e.date),
                    or_none(&e.place),
                    index(&source, &e.source),
                ]
            })),
            links: part(d.links.iter().map(|l| {
                [
                    index(&partnership, &l.partnership),
                    index(&area, &l.area),
                    index(&event, &l.event),
                    index(&source, &l.source),
                    l.grade.clone(),
                ]
            })),
            memberships: String::new(),
            words: own.words.clone(),
        };
    (parts, own.text)
}

/// How `encode` marks a set shown at first.
fn shown(default: bool) -> &'static str {
    if default {
        "1"
    } else {
        ""
    }
}

/// `data` as one text: where it came from, its version (a short hash of its canonical table or its own text, so the
/// same data has the same version however it was opened) and how a link carries it (fetched again from the web
/// `address` it came from, else packed in the link where it fits), then its parts (`Parts`). A separator in a name
/// stands as U+FFFD.
pub fn encode(data: Opened, from: &str, address: Option<&str>) -> String {
    let (p, content) = match data {
        Opened::Sets(sets) => of_sets(sets),
        Opened::Own(own) => of_own(*own),
    };
    let (kind, value) = match (address, || link::pack(&content, from)) {
        (Some(address), _) => ("a", address.to_string()),
        (None, pack) => pack().map_or(("t", String::new()), |packed| ("f", packed)),
    };
    let about = part(std::iter::once([from, &short_hash(content.as_bytes()), kind, &value]));
    let parts = [
        about,
        p.actors,
        p.groups,
        p.areas,
        p.partnerships,
        p.sources,
        p.events,
        p.links,
        p.memberships,
        part(std::iter::once([p.words])),
    ];
    parts.join(&PART.to_string())
}

/// A number `encode` wrote, in hex; by hand, as std's parser brings its error machinery into the app's download.
fn number(s: &str) -> Option<u64> {
    let digits = (1..=16).contains(&s.len()).then_some(s)?;
    digits.chars().try_fold(0u64, |v, c| Some(v << 4 | u64::from(c.to_digit(16)?)))
}

/// An index `encode` wrote, where it is one of `len` things.
fn index(s: &str, len: usize) -> Option<usize> {
    number(s).and_then(|n| usize::try_from(n).ok()).filter(|&n| n < len)
}

/// The items of a part, read one at a time.
type Items = std::iter::Peekable<std::str::Split<'static, char>>;

/// The rows of `part`, each read by `row` from its items; `None` where one cannot be read.
fn rows<T>(part: &'static str, mut row: impl FnMut(&mut Items) -> Option<T>) -> Option<Vec<T>> {
    let (mut items, mut rows) = (part.split(ITEM).peekable(), Vec::new());
    while !part.is_empty() && items.peek().is_some() {
        rows.push(row(&mut items)?);
    }
    Some(rows)
}

fn leak<T>(items: Vec<T>) -> &'static [T] {
    Box::leak(items.into_boxed_slice())
}

/// The words part of a text `encode` wrote: the words its dataset's details panel cites (empty for set data).
pub fn words_of(text: &str) -> &str {
    text.rsplit(PART).next().unwrap_or_default()
}

/// The dataset `encode` wrote, opened on `opened`, or `None` where the text is not one. It lives as long as the
/// page: a page opens few datasets, and the chart's marks borrow its names for its whole life.
pub fn decode(text: String, opened: Date) -> Option<&'static Dataset> {
    let text: &'static str = Box::leak(text.into_boxed_str());
    let parts: Vec<&'static str> = text.split(PART).collect();
    let [about, actors_part, groups_part, areas_part, partnerships_part, sources_part, events_part, links_part, masks, _] =
        parts[..]
    else {
        return None;
    };
    let mut about = about.split(ITEM);
    let (from, version, kind, value) = (about.next()?, about.next()?, about.next()?, about.next()?);
    let link = match kind {
        "f" => Carried::Fragment(value),
        "a" => Carried::Address(value),
        _ => Carried::TooLarge,
    };
    let actors = rows(actors_part, |f| {
        let (id, name, short) = (f.next()?, f.next()?, f.next()?);
        Some(Actor { id, name, short, default_visible: f.next()? == "1" })
    })?;
    // A set of actors is a 64-bit mask, which holds no actor past them.
    let n = actors.len();
    let mask = |m: &str| number(m).filter(|m| n == 64 || m >> n == 0);
    if n > 64 {
        return None;
    }
    let memberships = rows(masks, |f| mask(f.next()?))?;
    let groups = rows(groups_part, |f| Some(Group { id: f.next()?, label: f.next()? }))?;
    let areas = rows(areas_part, |f| {
        let (id, label, group, terms) = (f.next()?, f.next()?, index(f.next()?, groups.len())?, f.next()?);
        let terms = if terms.is_empty() { &[][..] } else { leak(terms.split(WORD).collect()) };
        Some(Area {
            id,
            label,
            group,
            #[cfg(not(target_arch = "wasm32"))]
            description: None,
            terms,
        })
    })?;
    let partnerships = rows(partnerships_part, |f| {
        let (id, name) = (f.next()?, f.next()?);
        Some(partnership(id, name, mask(f.next()?)?))
    })?;
    let sources = rows(sources_part, |f| {
        let (id, title, kind, publisher, language) = (f.next()?, f.next()?, f.next()?, f.next()?, f.next()?);
        Some(Source {
            id,
            #[cfg(not(target_arch = "wasm32"))]
            file: "",
            title,
            kind,
            publisher,
            language,
            published: Date::parse(f.next()?),
        })
    })?;
    let events = rows(events_part, |f| {
        let (id, partnership, kind) = (f.next()?, index(f.next()?, partnerships.len())?, EventKind::parse(f.next()?)?);
        let (label, date, place, source) = (f.next()?, f.next()?, f.next()?, index(f.next()?, sources.len())?);
        Some(Event {
            id,
            partnership,
            kind,
            label,
            date: Date::parse(date),
            place: (!place.is_empty()).then_some(place),
            #[cfg(not(target_arch = "wasm32"))]
            note: None,
            source,
            #[cfg(not(target_arch = "wasm32"))]
            quote: "",
        })
    })?;
    let links = rows(links_part, |f| {
        let (partnership, area) = (index(f.next()?, partnerships.len())?, index(f.next()?, areas.len())?);
        let (event, source, grade) =
            (index(f.next()?, events.len())?, index(f.next()?, sources.len())?, Grade::parse(f.next()?)?);
        Some(Link {
            partnership,
            area,
            event,
            source,
            #[cfg(not(target_arch = "wasm32"))]
            quote: "",
            #[cfg(not(target_arch = "wasm32"))]
            term: "",
            grade,
            #[cfg(not(target_arch = "wasm32"))]
            grade_quote: "",
            #[cfg(not(target_arch = "wasm32"))]
            note: None,
        })
    })?;
    let sets = !memberships.is_empty();
    if partnerships.len() > 64 || sets && memberships.len() != areas.len() {
        return None;
    }
    // Set data names its sets and elements plainly; a dataset in the built-in one's format, as the built-in does.
    let (set_noun, element_noun) = match sets {
        true => (["set", "sets"], ["element", "elements", "element", "elements"]),
        false => (["actor", "actors"], ["area", "areas", "technology area", "technology areas"]),
    };
    let by_actor: &'static Dataset = Box::leak(Box::new(Dataset {
        version,
        data_as_of: opened,
        by: By::Actor,
        set_noun,
        element_noun,
        recounted: Recounted::none(),
        supplied: Some(Supplied { from, link }),
        sources: leak(sources),
        actors: leak(actors),
        groups: leak(groups),
        areas: leak(areas),
        partnerships: leak(partnerships),
        events: leak(events),
        links: leak(links),
        memberships: leak(memberships),
    }));
    if !by_actor.partnerships.is_empty() {
        by_actor.recounted.set(by_partnership(by_actor));
    }
    Some(by_actor)
}

/// A partnership as the app holds it (what only the build and the tests read is not in a reader's data).
fn partnership(id: &'static str, name: &'static str, parties: u64) -> Partnership {
    Partnership {
        id,
        name,
        parties: ActorSet(parties),
        #[cfg(not(target_arch = "wasm32"))]
        kind: "",
        #[cfg(not(target_arch = "wasm32"))]
        note: None,
    }
}

/// `ds` counted by partnership, as the build counts the built-in data: each partnership a set of its own, named by
/// its name and its parties' short names ("EU–Japan"), shown at first, and the only party of its partnership.
fn by_partnership(ds: &'static Dataset) -> &'static Dataset {
    let actors = ds.partnerships.iter().map(|p| {
        let parties: Vec<&str> = p.parties.iter().map(|a| ds.actors[a].short).collect();
        let short = Box::leak(parties.join("–").into_boxed_str());
        Actor { id: p.id, name: p.name, short, default_visible: true }
    });
    let alone = ds.partnerships.iter().enumerate().map(|(i, p)| partnership(p.id, p.name, 1 << i));
    Box::leak(Box::new(Dataset {
        by: By::Partnership,
        set_noun: ["partnership", "partnerships"],
        recounted: Recounted::to(ds),
        actors: leak(actors.collect()),
        partnerships: leak(alone.collect()),
        ..*ds
    }))
}
