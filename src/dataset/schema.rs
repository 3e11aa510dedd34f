//! The data file's raw shape and its validation, shared by `build.rs` (which compiles the data in) and the tests.

use super::date::Date;
use super::note;
use serde::Deserialize;
use std::collections::HashSet;
use std::fmt;

#[derive(Deserialize, Debug, Default, Clone)]
#[serde(deny_unknown_fields)]
pub struct RawDataset {
    /// The dataset's version, `MAJOR.MINOR` (a minor step for a corrected or added fact, a major one when ids are
    /// renamed or removed, so that older links may name what is gone); shown, exported, cited and put in shared URLs.
    #[serde(default)]
    pub version: String,
    /// The day the data was last checked against its sources, `YYYY-MM-DD`.
    #[serde(default)]
    pub data_as_of: String,
    #[serde(default)]
    pub sources: Vec<RawSource>,
    #[serde(default)]
    pub actors: Vec<RawActor>,
    #[serde(default)]
    pub groups: Vec<RawGroup>,
    #[serde(default)]
    pub areas: Vec<RawArea>,
    #[serde(default)]
    pub partnerships: Vec<RawPartnership>,
    #[serde(default)]
    pub events: Vec<RawEvent>,
    #[serde(default)]
    pub links: Vec<RawLink>,
}

#[derive(Deserialize, Debug, Clone)]
#[serde(deny_unknown_fields)]
pub struct RawSource {
    pub id: String,
    pub file: String,
    pub title: String,
    /// What kind of document it is, for a reader weighing it: "News report", "Overview", …
    pub kind: String,
    pub publisher: String,
    pub language: String,
    pub published: Option<String>,
}

#[derive(Deserialize, Debug, Clone)]
#[serde(deny_unknown_fields)]
pub struct RawActor {
    pub id: String,
    pub name: String,
    pub short: String,
    pub default: bool,
}

#[derive(Deserialize, Debug, Clone)]
#[serde(deny_unknown_fields)]
pub struct RawGroup {
    pub id: String,
    pub label: String,
}

#[derive(Deserialize, Debug, Clone)]
#[serde(deny_unknown_fields)]
pub struct RawArea {
    pub id: String,
    pub label: String,
    pub group: String,
    pub description: Option<String>,
    /// More of the sources' words for the area, each found in one of its links' quotes.
    #[serde(default)]
    pub terms: Vec<String>,
}

#[derive(Deserialize, Debug, Clone)]
#[serde(deny_unknown_fields)]
pub struct RawPartnership {
    pub id: String,
    pub name: String,
    pub parties: Vec<String>,
    pub kind: String,
    pub note: Option<String>,
}

#[derive(Deserialize, Debug, Clone)]
#[serde(deny_unknown_fields)]
pub struct RawEvent {
    pub id: String,
    pub partnership: String,
    pub kind: String,
    pub label: String,
    pub date: Option<String>,
    pub place: Option<String>,
    pub note: Option<String>,
    pub source: String,
    pub quote: String,
    /// A verbatim phrase, unique in the sources, that the quote closely follows (checked against them by the tests).
    pub context: Option<String>,
}

#[derive(Deserialize, Debug, Clone)]
#[serde(deny_unknown_fields)]
pub struct RawLink {
    pub partnership: String,
    pub area: String,
    pub event: String,
    pub source: String,
    pub quote: String,
    pub context: Option<String>,
    pub term: String,
    pub grade: String,
    /// The source's own words the grade is read from, verbatim from the same document as the quote.
    pub grade_quote: String,
    pub note: Option<String>,
}

/// The event kinds the data file may name.
pub const EVENT_KINDS: [&str; 7] = ["signing", "launch", "announcement", "council", "agreement", "planned", "report"];

/// The commitment grades a link may carry, strongest first (see data/FORMAT.md).
pub const GRADES: [&str; 4] = ["agreed", "launched", "exploring", "aspiration"];

/// Bitmasks of actors are `u64`, so this is the most actors a dataset can hold.
pub const MAX_ACTORS: usize = 64;

/// One thing wrong with the data, located as `table[index]` so an editor can find it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    pub place: String,
    pub message: String,
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.place, self.message)
    }
}

/// Parses the data file; a syntax or shape error becomes a problem, placed at its line and column, and an empty
/// dataset.
pub fn parse(text: &str) -> (RawDataset, Vec<Problem>) {
    match toml::from_str::<RawDataset>(text) {
        Ok(raw) => validate(raw),
        Err(e) => {
            let place = e.span().map_or("data file".into(), |at| {
                let (line, column) = line_and_column(text, at.start);
                format!("line {line}, column {column}")
            });
            (RawDataset::default(), vec![Problem { place, message: e.message().trim().to_string() }])
        }
    }
}

/// The line and column (from 1, the column in characters) of byte `at` of `text`.
pub fn line_and_column(text: &str, at: usize) -> (usize, usize) {
    let before = text.get(..at).unwrap_or(text);
    let start = before.rfind('\n').map_or(0, |i| i + 1);
    (1 + before.matches('\n').count(), 1 + before[start..].chars().count())
}

/// The words the sources give for an area: its links' terms, then its own, each once (in any case).
pub fn terms<'a>(d: &'a RawDataset, area: &'a RawArea) -> Vec<&'a str> {
    let mut terms: Vec<&str> = Vec::new();
    for t in d.links.iter().filter(|l| l.area == area.id).map(|l| &l.term).chain(&area.terms) {
        if !terms.iter().any(|k| k.eq_ignore_ascii_case(t)) {
            terms.push(t);
        }
    }
    terms
}

/// The words the details panel cites, as data/citations.tsv holds them (`dataset::parse_words` reads them): a line
/// per link, in link order (its quote, grade quote and note, tab-separated), then a line per partnership (its note);
/// no note is an empty field. A tab or a line break in any of them would break the lines: each is a problem.
pub fn words(d: &RawDataset) -> Result<String, Vec<Problem>> {
    let mut problems = Vec::new();
    let mut field = |place: String, what: &str, s: &str| {
        if s.contains(['\t', '\n', '\r']) {
            let message = format!("{what} has a tab or a line break, which the citations file cannot hold");
            problems.push(Problem { place, message });
        }
        s.to_string()
    };
    let mut out = String::new();
    for (i, l) in d.links.iter().enumerate() {
        let place = || format!("links[{i}]");
        let quote = field(place(), "its quote", &l.quote);
        let grade = field(place(), "its grade_quote", &l.grade_quote);
        let note = field(place(), "its note", l.note.as_deref().unwrap_or_default());
        out += &format!("{quote}\t{grade}\t{note}\n");
    }
    for (i, p) in d.partnerships.iter().enumerate() {
        out += &field(format!("partnerships[{i}]"), "its note", p.note.as_deref().unwrap_or_default());
        out.push('\n');
    }
    match problems.is_empty() {
        true => Ok(out),
        false => Err(problems),
    }
}

/// Keeps what is valid, in dependency order, and lists every entry it had to drop and why.
pub fn validate(raw: RawDataset) -> (RawDataset, Vec<Problem>) {
    let mut v = Validator::default();
    let sources = v.keep("sources", raw.sources, |v, s| {
        v.id(&s.id, "sources")?;
        v.text(&[&s.file, &s.title, &s.kind, &s.publisher, &s.language])?;
        // It is the `lang` of the page's quotes.
        if !s.language.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-') {
            return Err(format!("language `{}` is not a language code (en, nl, pt-BR)", s.language));
        }
        s.published.as_deref().map_or(Ok(()), |d| v.date(d))
    });
    let source_ids = ids(&sources, |s| &s.id);
    let source_count = sources.len();
    let noted =
        |note: &Option<String>| note.as_deref().and_then(|n| note::problem(n, source_count)).map_or(Ok(()), Err);
    let actors = v.keep("actors", raw.actors, |v, a| {
        v.id(&a.id, "actors")?;
        v.text(&[&a.name, &a.short])
    });
    let actors = v.cap("actors", actors);
    let actor_ids = ids(&actors, |a| &a.id);
    let groups = v.keep("groups", raw.groups, |v, g| {
        v.id(&g.id, "groups")?;
        v.text(&[&g.label])
    });
    let group_ids = ids(&groups, |g| &g.id);
    let areas = v.keep("areas", raw.areas, |v, a| {
        v.id(&a.id, "areas")?;
        v.text(&[&a.label])?;
        v.known(&group_ids, &a.group, "group")
    });
    let area_ids = ids(&areas, |a| &a.id);
    let partnerships = v.keep("partnerships", raw.partnerships, |v, p| {
        v.id(&p.id, "partnerships")?;
        v.text(&[&p.name, &p.kind])?;
        for party in &p.parties {
            v.known(&actor_ids, party, "party")?;
        }
        let distinct: HashSet<&String> = p.parties.iter().collect();
        if distinct.len() < 2 || distinct.len() != p.parties.len() {
            return Err("needs two or more distinct parties".into());
        }
        noted(&p.note)
    });
    let partnerships = v.cap("partnerships", partnerships);
    let partnership_ids = ids(&partnerships, |p| &p.id);
    let events = v.keep("events", raw.events, |v, e| {
        v.id(&e.id, "events")?;
        v.known(&partnership_ids, &e.partnership, "partnership")?;
        if !EVENT_KINDS.contains(&e.kind.as_str()) {
            return Err(format!("kind `{}` is not one of {}", e.kind, EVENT_KINDS.join(", ")));
        }
        v.text(&[&e.label])?;
        e.date.as_deref().map_or(Ok(()), |d| v.date(d))?;
        v.cited(&source_ids, &e.source, &e.quote)?;
        noted(&e.note)?;
        v.context(&e.context)
    });
    let event_partnership: std::collections::HashMap<&str, &str> =
        events.iter().map(|e| (e.id.as_str(), e.partnership.as_str())).collect();
    let links = v.keep("links", raw.links, |v, l| {
        v.known(&partnership_ids, &l.partnership, "partnership")?;
        v.known(&area_ids, &l.area, "area")?;
        match event_partnership.get(l.event.as_str()) {
            None => return Err(format!("unknown event `{}`", l.event)),
            Some(p) if *p != l.partnership => {
                return Err(format!("event `{}` belongs to partnership `{p}`, not `{}`", l.event, l.partnership))
            }
            Some(_) => {}
        }
        v.cited(&source_ids, &l.source, &l.quote)?;
        v.context(&l.context)?;
        if l.term.trim().is_empty() || !l.quote.to_lowercase().contains(&l.term.to_lowercase()) {
            return Err(format!("term `{}` does not occur in the quote", l.term));
        }
        if !GRADES.contains(&l.grade.as_str()) {
            return Err(format!("grade `{}` is not one of {}", l.grade, GRADES.join(", ")));
        }
        noted(&l.note)?;
        v.text(&[&l.grade_quote]).map_err(|_| "no grade_quote: the words the grade is read from".to_string())
    });
    let areas = areas
        .into_iter()
        .enumerate()
        .map(|(i, mut area)| {
            area.terms.retain(|term| {
                let t = term.to_lowercase();
                let quoted = links.iter().any(|l| l.area == area.id && l.quote.to_lowercase().contains(&t));
                if !quoted {
                    let message = format!("term `{term}` is in no quote of this area's links");
                    v.problems.push(Problem { place: format!("areas[{i}]"), message });
                }
                quoted
            });
            area
        })
        .collect();
    let dataset = Problem { place: "data file".into(), message: String::new() };
    let says = |message: String| Problem { message, ..dataset.clone() };
    let numbers: Vec<&str> = raw.version.split('.').collect();
    if numbers.len() != 2 || numbers.iter().any(|n| n.is_empty() || !n.bytes().all(|b| b.is_ascii_digit())) {
        v.problems.push(says(format!("version `{}` is not MAJOR.MINOR, e.g. `1.0`", raw.version)));
    }
    match Date::parse(&raw.data_as_of).filter(|d| d.day > 0) {
        None => v.problems.push(says(format!("data_as_of `{}` is not a day, YYYY-MM-DD", raw.data_as_of))),
        Some(day) => {
            // Checked against its sources, the data cannot be older than the newest of them or the events it dates.
            let dates = sources
                .iter()
                .filter_map(|s| s.published.as_deref())
                .chain(events.iter().filter(|e| e.kind != "planned").filter_map(|e| e.date.as_deref()));
            if let Some(later) = dates.filter_map(Date::parse).find(|d| d.latest().key() > day.key()) {
                v.problems
                    .push(says(format!("data_as_of {} is before {later}, a date the data gives", raw.data_as_of)));
            }
        }
    }
    let kept = RawDataset {
        version: raw.version,
        data_as_of: raw.data_as_of,
        sources,
        actors,
        groups,
        areas,
        partnerships,
        events,
        links,
    };
    (kept, v.problems)
}

fn ids<T>(items: &[T], id: impl Fn(&T) -> &String) -> HashSet<String> {
    items.iter().map(|i| id(i).clone()).collect()
}

#[derive(Default)]
struct Validator {
    problems: Vec<Problem>,
    seen: HashSet<(&'static str, String)>,
}

impl Validator {
    fn keep<T>(
        &mut self,
        table: &'static str,
        items: Vec<T>,
        check: impl Fn(&mut Self, &T) -> Result<(), String>,
    ) -> Vec<T> {
        let mut kept = Vec::with_capacity(items.len());
        for (i, item) in items.into_iter().enumerate() {
            match check(self, &item) {
                Ok(()) => kept.push(item),
                Err(message) => self.problems.push(Problem { place: format!("{table}[{i}]"), message }),
            }
        }
        kept
    }

    /// Actors, and partnerships (the sets of the data counted by partnership), past the most a set of them holds.
    fn cap<T>(&mut self, table: &str, mut items: Vec<T>) -> Vec<T> {
        if items.len() > MAX_ACTORS {
            self.problems.push(Problem {
                place: table.into(),
                message: format!("{} {table}; only the first {MAX_ACTORS} are used", items.len()),
            });
            items.truncate(MAX_ACTORS);
        }
        items
    }

    fn id(&mut self, id: &str, table: &'static str) -> Result<(), String> {
        let slug = !id.is_empty()
            && id.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
            && !id.starts_with('-');
        if !slug {
            return Err(format!("id `{id}` is not a slug (a-z, 0-9, -)"));
        }
        if !self.seen.insert((table, id.to_string())) {
            return Err(format!("duplicate id `{id}`"));
        }
        Ok(())
    }

    fn text(&self, fields: &[&String]) -> Result<(), String> {
        match fields.iter().any(|f| f.trim().is_empty()) {
            true => Err("a required text field is empty".into()),
            false => Ok(()),
        }
    }

    fn date(&self, date: &str) -> Result<(), String> {
        Date::parse(date).map(|_| ()).ok_or_else(|| format!("bad date `{date}` (use YYYY, YYYY-MM or YYYY-MM-DD)"))
    }

    /// A context, where given, is a phrase; that it stands once in the sources and leads to the quote is checked
    /// against the source documents by the tests (tests/dataset.rs), which the build does not have.
    fn context(&self, context: &Option<String>) -> Result<(), String> {
        match context.as_deref().is_some_and(|c| c.trim().is_empty()) {
            true => Err("an empty context".into()),
            false => Ok(()),
        }
    }

    fn known(&self, ids: &HashSet<String>, id: &str, what: &str) -> Result<(), String> {
        match ids.contains(id) {
            true => Ok(()),
            false => Err(format!("unknown {what} `{id}`")),
        }
    }

    fn cited(&self, sources: &HashSet<String>, source: &str, quote: &str) -> Result<(), String> {
        if source.trim().is_empty() {
            return Err("no source".into());
        }
        self.known(sources, source, "source")?;
        match quote.trim().is_empty() {
            true => Err("no quote".into()),
            false => Ok(()),
        }
    }
}
