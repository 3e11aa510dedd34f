//! Compiles `data/overlap.toml` into Rust statics, so the app ships no parser and cannot fetch a broken file.

// The same files the library uses; `schema` finds `date` as its sibling (`super::date`) here too.
#[path = "src/dataset/date.rs"]
#[allow(dead_code)] // display helpers serve the app, not the build
mod date;
#[path = "src/dataset/note.rs"]
#[allow(dead_code)] // the app cuts notes into pieces; the build only checks them
mod note;
#[path = "src/dataset/schema.rs"]
mod schema;
#[path = "src/sort_key.rs"]
#[allow(dead_code)] // only dates' keys are made here
mod sort_key;

use date::Date;
use schema::{parse, RawDataset};
use std::fmt::Write;

const DATA: &str = "data/overlap.toml";

/// A data problem stops the build: an app that silently drops a broken entry would chart less than its sources say.
fn main() {
    println!("cargo:rerun-if-changed={DATA}");
    let text = std::fs::read_to_string(DATA).unwrap_or_else(|e| fail(&[format!("cannot read it: {e}")]));
    let (data, problems) = parse(&text);
    if !problems.is_empty() {
        fail(&problems.iter().map(|p| p.to_string()).collect::<Vec<_>>());
    }
    let out = std::path::PathBuf::from(std::env::var("OUT_DIR").unwrap());
    std::fs::write(out.join("dataset.rs"), generate(&data)).unwrap();
    let words = schema::words(&data).unwrap_or_else(|p| fail(&p.iter().map(|p| p.to_string()).collect::<Vec<_>>()));
    std::fs::write(out.join("citations.tsv"), words).unwrap();
}

/// Prints each problem, then one summary line last, where a terminal leaves it on screen, and stops the build.
fn fail(problems: &[String]) -> ! {
    for p in problems {
        eprintln!("{DATA}: {p}");
    }
    let count = match problems.len() {
        1 => "1 problem".to_string(),
        n => format!("{n} problems"),
    };
    eprintln!("error: {DATA} has {count}, listed above; fix them (see data/FORMAT.md) and build again");
    std::process::exit(1);
}

fn index(ids: &[&String], id: &str) -> usize {
    ids.iter().position(|i| *i == id).expect("validated reference")
}

fn opt(s: &Option<String>) -> String {
    s.as_ref().map_or("None".into(), |s| format!("Some({s:?})"))
}

fn date(s: &Option<String>) -> String {
    match s.as_deref().and_then(Date::parse) {
        Some(d) => format!("Some(Date {{ year: {}, month: {}, day: {} }})", d.year, d.month, d.day),
        None => "None".into(),
    }
}

/// The Rust variant named by a data-file word: `council` is `Council`.
fn variant(k: &str) -> String {
    let mut c = k.chars();
    c.next().map(|f| f.to_ascii_uppercase().to_string() + c.as_str()).unwrap_or_default()
}

/// The dataset as Rust statics. Fields the app never shows are compiled for native builds only (tests, the
/// prerender), so that they are not in the download.
fn generate(d: &RawDataset) -> String {
    let actor_ids: Vec<_> = d.actors.iter().map(|a| &a.id).collect();
    let group_ids: Vec<_> = d.groups.iter().map(|g| &g.id).collect();
    let area_ids: Vec<_> = d.areas.iter().map(|a| &a.id).collect();
    let partnership_ids: Vec<_> = d.partnerships.iter().map(|p| &p.id).collect();
    let event_ids: Vec<_> = d.events.iter().map(|e| &e.id).collect();
    let source_ids: Vec<_> = d.sources.iter().map(|s| &s.id).collect();
    // Validated: a day.
    let as_of = Date::parse(&d.data_as_of).expect("data_as_of is checked");
    let mut o = String::from("static SOURCES: &[Source] = &[\n");
    for s in &d.sources {
        let _ =
            writeln!(
            o,
            "    Source {{ id: {:?}, #[cfg(not(target_arch = \"wasm32\"))] file: {:?}, title: {:?}, kind: {:?}, publisher: {:?}, language: {:?}, published: {} }},",
            s.id, s.file, s.title, s.kind, s.publisher, s.language, date(&s.published)
        );
    }
    o.push_str("];\nstatic ACTORS: &[Actor] = &[\n");
    for a in &d.actors {
        let _ = writeln!(
            o,
            "        Actor {{ id: {:?}, name: {:?}, short: {:?}, default_visible: {} }},",
            a.id, a.name, a.short, a.default
        );
    }
    o.push_str("];\nstatic GROUPS: &[Group] = &[\n");
    for g in &d.groups {
        let _ = writeln!(o, "        Group {{ id: {:?}, label: {:?} }},", g.id, g.label);
    }
    o.push_str("];\nstatic AREAS: &[Area] = &[\n");
    for a in &d.areas {
        let _ = writeln!(
            o,
            "        Area {{ id: {:?}, label: {:?}, group: {}, #[cfg(not(target_arch = \"wasm32\"))] description: {}, terms: &{:?} }},",
            a.id,
            a.label,
            index(&group_ids, &a.group),
            opt(&a.description),
            schema::terms(d, a)
        );
    }
    o.push_str("];\nstatic PARTNERSHIPS: &[Partnership] = &[\n");
    for p in &d.partnerships {
        let mask = p.parties.iter().fold(0u64, |m, a| m | 1 << index(&actor_ids, a));
        let _ = writeln!(
            o,
            "        Partnership {{ id: {:?}, name: {:?}, parties: ActorSet({mask}), #[cfg(not(target_arch = \"wasm32\"))] kind: {:?}, #[cfg(not(target_arch = \"wasm32\"))] note: {} }},",
            p.id,
            p.name,
            p.kind,
            opt(&p.note)
        );
    }
    o.push_str("];\nstatic EVENTS: &[Event] = &[\n");
    for e in &d.events {
        let _ = writeln!(
            o,
            "        Event {{ id: {:?}, partnership: {}, kind: EventKind::{}, label: {:?}, date: {}, place: {}, #[cfg(not(target_arch = \"wasm32\"))] note: {}, source: {}, #[cfg(not(target_arch = \"wasm32\"))] quote: {:?} }},",
            e.id,
            index(&partnership_ids, &e.partnership),
            variant(&e.kind),
            e.label,
            date(&e.date),
            opt(&e.place),
            opt(&e.note),
            index(&source_ids, &e.source),
            e.quote
        );
    }
    o.push_str("];\nstatic LINKS: &[Link] = &[\n");
    for l in &d.links {
        let _ = writeln!(
            o,
            "        Link {{ partnership: {}, area: {}, event: {}, source: {}, #[cfg(not(target_arch = \"wasm32\"))] quote: {:?}, #[cfg(not(target_arch = \"wasm32\"))] term: {:?}, grade: Grade::{}, #[cfg(not(target_arch = \"wasm32\"))] grade_quote: {:?}, #[cfg(not(target_arch = \"wasm32\"))] note: {} }},",
            index(&partnership_ids, &l.partnership),
            index(&area_ids, &l.area),
            index(&event_ids, &l.event),
            index(&source_ids, &l.source),
            l.quote,
            l.term,
            variant(&l.grade),
            l.grade_quote,
            opt(&l.note)
        );
    }
    o.push_str("];\n");
    by_partnership(d, &mut o);
    let dataset = |name: &str, by: &str, noun: &str, actors: &str, partnerships: &str, other: &str| {
        format!(
            "pub static {name}: Dataset = Dataset {{ version: {:?}, data_as_of: Date {{ year: {}, month: {}, day: {} }}, \
             by: By::{by}, set_noun: [\"{noun}\", \"{noun}s\"], \
             element_noun: [\"area\", \"areas\", \"technology area\", \"technology areas\"], recounted: Recounted::to(&{other}), supplied: None, \
             sources: SOURCES, actors: {actors}, groups: GROUPS, areas: AREAS, partnerships: {partnerships}, events: EVENTS, \
             links: LINKS, memberships: &[] }};\n",
            d.version, as_of.year, as_of.month, as_of.day
        )
    };
    o += &dataset("DATASET", "Actor", "actor", "ACTORS", "PARTNERSHIPS", "BY_PARTNERSHIP");
    o += &dataset("BY_PARTNERSHIP", "Partnership", "partnership", "PARTNERSHIP_SETS", "PARTNERSHIPS_ALONE", "DATASET");
    o
}

/// The data counted by partnership: each partnership is a set ("actor") of its own, named by its name and its parties'
/// short names ("EU–Japan"), shown by default, and the only party of its partnership; the rest is shared.
fn by_partnership(d: &RawDataset, o: &mut String) {
    let short = |id: &String| d.actors.iter().find(|a| &a.id == id).map_or("", |a| &a.short);
    o.push_str("static PARTNERSHIP_SETS: &[Actor] = &[\n");
    for p in &d.partnerships {
        let parties: Vec<&str> = p.parties.iter().map(short).collect();
        let _ = writeln!(
            o,
            "    Actor {{ id: {:?}, name: {:?}, short: {:?}, default_visible: true }},",
            p.id,
            p.name,
            parties.join("–")
        );
    }
    o.push_str("];\nstatic PARTNERSHIPS_ALONE: &[Partnership] = &[\n");
    for (i, p) in d.partnerships.iter().enumerate() {
        let _ = writeln!(
            o,
            "    Partnership {{ id: {:?}, name: {:?}, parties: ActorSet({}), #[cfg(not(target_arch = \"wasm32\"))] kind: {:?}, #[cfg(not(target_arch = \"wasm32\"))] note: {} }},",
            p.id,
            p.name,
            1u64 << i,
            p.kind,
            opt(&p.note)
        );
    }
    o.push_str("];\n");
}
