//! The dataset as the app holds it: static tables with indices in place of ids, checked when compiled in.

use super::date::Date;
use super::timeline::Timeline;
use crate::named::Named;
use crate::sets::ActorSet;

/// What a dataset counts as its sets (the URL's `by`): its actors, or its partnerships, each the set of the areas it
/// links.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum By {
    #[default]
    Actor,
    Partnership,
}

impl Named for By {
    const ALL: &'static [By] = &[By::Actor, By::Partnership];

    fn name(self) -> &'static str {
        match self {
            By::Actor => "actor",
            By::Partnership => "partnership",
        }
    }
}

/// The same data counted the other way, where there is one: by partnership for data counted by actor, and back.
/// The two name each other: compiled in, each names the other outright; made in the page, the first made learns of
/// the second once it exists (`later`).
pub struct Recounted {
    fixed: Option<&'static Dataset>,
    later: std::sync::OnceLock<&'static Dataset>,
}

impl Recounted {
    pub const fn to(other: &'static Dataset) -> Recounted {
        Recounted { fixed: Some(other), later: std::sync::OnceLock::new() }
    }

    /// None yet: `set` names it.
    pub const fn none() -> Recounted {
        Recounted { fixed: None, later: std::sync::OnceLock::new() }
    }

    /// Names the recount of data made without one; a second call changes nothing.
    pub fn set(&self, other: &'static Dataset) {
        let _ = self.later.set(other);
    }

    pub fn get(&self) -> Option<&'static Dataset> {
        self.fixed.or_else(|| self.later.get().copied())
    }
}

/// Not followed: the two datasets name each other.
impl std::fmt::Debug for Recounted {
    fn fmt(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
        f.write_str(if self.get().is_some() { "Recounted(..)" } else { "Recounted(None)" })
    }
}

/// The whole dataset, checked by the build (a data problem fails it). Its sets are `actors`, whatever they are (`by`):
/// counted by partnership, each "actor" is a partnership, the party of a partnership of its own.
/// Where a reader's data came from, and how a link carries it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Supplied {
    /// "genes.csv", "pasted text", or the web address it was fetched from.
    pub from: &'static str,
    pub link: Carried,
}

/// How a link to a view of a reader's data reopens the data.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Carried {
    /// Packed in the link's fragment, `#data=` and this (`reader::link`).
    Fragment(&'static str),
    /// Fetched again from the web address the link names (`?data=` and this).
    Address(&'static str),
    /// Not at all: packed, it would take more characters than a link holds (`reader::link::MAX_PACKED`).
    TooLarge,
}

#[derive(Debug)]
pub struct Dataset {
    /// `MAJOR.MINOR`, as `data/overlap.toml` gives it.
    pub version: &'static str,
    /// The day the data was last checked against its sources.
    pub data_as_of: Date,
    /// What its sets are.
    pub by: By,
    /// What a set is called, one and many: "actor", "actors".
    pub set_noun: [&'static str; 2],
    /// What an element (an "area") is called, one and many, then in full, as a sentence introducing them says it:
    /// "area", "areas", "technology area", "technology areas". The words take "an" ("an area", "an element").
    pub element_noun: [&'static str; 4],
    pub recounted: Recounted,
    /// Data a reader supplied (`reader::dataset`); then `version` is a short hash of its content and `data_as_of` the
    /// day it was opened. `None`: the built-in data.
    pub supplied: Option<Supplied>,
    pub sources: &'static [Source],
    pub actors: &'static [Actor],
    pub groups: &'static [Group],
    pub areas: &'static [Area],
    pub partnerships: &'static [Partnership],
    pub events: &'static [Event],
    pub links: &'static [Link],
    /// Per area, the sets that have it outright, without a link (a reader's own data, whose memberships cite nothing);
    /// empty where every membership is a link.
    pub memberships: &'static [u64],
}

#[derive(Debug)]
pub struct Source {
    pub id: &'static str,
    /// Kept out of the app's download, which never shows it (the tests and the build read it).
    #[cfg(not(target_arch = "wasm32"))]
    pub file: &'static str,
    pub title: &'static str,
    /// What kind of document it is, as the document shows it ("News report").
    pub kind: &'static str,
    pub publisher: &'static str,
    pub language: &'static str,
    pub published: Option<Date>,
}

/// What the data says of a document that does not name its publisher (see data/FORMAT.md).
pub const NOT_STATED: &str = "not stated";

impl Source {
    /// What is known of the document besides its title, said once each, what it does not state last:
    /// "Hi-network.com · 27 March 2024 · English", "Dutch · publisher and date not stated".
    pub fn about(&self) -> String {
        let stated = self.publisher != NOT_STATED;
        let mut parts: Vec<String> = Vec::new();
        if stated {
            parts.push(self.publisher.into());
        }
        if let Some(d) = self.published {
            parts.push(d.to_string());
        }
        parts.push(language_name(self.language).into());
        match (stated, self.published.is_some()) {
            (false, false) => parts.push("publisher and date not stated".into()),
            (false, true) => parts.push("publisher not stated".into()),
            (true, false) => parts.push("undated".into()),
            (true, true) => {}
        }
        parts.join(" · ")
    }
}

/// A language's English name from its BCP-47 code, or the code where it is not one of these.
pub fn language_name(code: &str) -> &str {
    match code {
        "en" => "English",
        "nl" => "Dutch",
        "fr" => "French",
        "de" => "German",
        "ja" => "Japanese",
        "ko" => "Korean",
        other => other,
    }
}

#[derive(Debug)]
pub struct Actor {
    pub id: &'static str,
    pub name: &'static str,
    pub short: &'static str,
    pub default_visible: bool,
}

#[derive(Debug)]
pub struct Group {
    pub id: &'static str,
    pub label: &'static str,
}

#[derive(Debug)]
pub struct Area {
    pub id: &'static str,
    pub label: &'static str,
    pub group: usize,
    /// Kept out of the app's download, which never shows it (the tests and the build read it).
    #[cfg(not(target_arch = "wasm32"))]
    pub description: Option<&'static str>,
    /// The sources' own words for this area, gathered from its links.
    pub terms: &'static [&'static str],
}

#[derive(Debug)]
pub struct Partnership {
    pub id: &'static str,
    pub name: &'static str,
    pub parties: ActorSet,
    /// Kept out of the app's download, which never shows it (the tests and the build read it).
    #[cfg(not(target_arch = "wasm32"))]
    pub kind: &'static str,
    /// Loaded with the links' words (`Words`) when first needed.
    #[cfg(not(target_arch = "wasm32"))]
    pub note: Option<&'static str>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum EventKind {
    Signing,
    Launch,
    Announcement,
    Council,
    Agreement,
    Planned,
    /// Efforts a source reports without a signing, launch or announcement ("attempts to expand").
    Report,
}

/// The kind as the data file names it (`schema::EVENT_KINDS`).
impl Named for EventKind {
    const ALL: &'static [EventKind] = &[
        EventKind::Signing,
        EventKind::Launch,
        EventKind::Announcement,
        EventKind::Council,
        EventKind::Agreement,
        EventKind::Planned,
        EventKind::Report,
    ];

    fn name(self) -> &'static str {
        match self {
            EventKind::Signing => "signing",
            EventKind::Launch => "launch",
            EventKind::Announcement => "announcement",
            EventKind::Council => "council",
            EventKind::Agreement => "agreement",
            EventKind::Planned => "planned",
            EventKind::Report => "report",
        }
    }
}

#[derive(Debug)]
pub struct Event {
    pub id: &'static str,
    pub partnership: usize,
    pub kind: EventKind,
    pub label: &'static str,
    pub date: Option<Date>,
    pub place: Option<&'static str>,
    /// Kept out of the app's download, which never shows it (the tests and the build read it).
    #[cfg(not(target_arch = "wasm32"))]
    pub note: Option<&'static str>,
    pub source: usize,
    /// Kept out of the app's download, which never shows it (the tests and the build read it).
    #[cfg(not(target_arch = "wasm32"))]
    pub quote: &'static str,
}

/// How firm a link's commitment is, read from its source's wording; ordered weakest first, so `>=` means "as firm".
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Grade {
    /// "aim to", "attempts to", "welcomed", "highlighted": the weakest, and the filter that lets every link count.
    #[default]
    Aspiration,
    /// "being explored", "looking at ways", "possibility".
    Exploring,
    /// A named programme, forum, call or project has started.
    Launched,
    /// In the list of a signed or launched partnership, or a council's agreed deliverables.
    Agreed,
}

/// The grade as the data file, the URL and the legend name it.
impl Named for Grade {
    const ALL: &'static [Grade] = &[Grade::Aspiration, Grade::Exploring, Grade::Launched, Grade::Agreed];

    fn name(self) -> &'static str {
        match self {
            Grade::Aspiration => "aspiration",
            Grade::Exploring => "exploring",
            Grade::Launched => "launched",
            Grade::Agreed => "agreed",
        }
    }
}

#[derive(Debug)]
pub struct Link {
    pub partnership: usize,
    pub area: usize,
    pub event: usize,
    pub source: usize,
    /// Its words are not in the app's download: they are loaded when a details panel first needs them (`LinkText`).
    #[cfg(not(target_arch = "wasm32"))]
    pub quote: &'static str,
    /// Kept out of the app's download, which never shows it (the tests and the build read it).
    #[cfg(not(target_arch = "wasm32"))]
    pub term: &'static str,
    pub grade: Grade,
    #[cfg(not(target_arch = "wasm32"))]
    pub grade_quote: &'static str,
    #[cfg(not(target_arch = "wasm32"))]
    pub note: Option<&'static str>,
}

/// A link's words, which the details panel cites: its verbatim quote, the source's words its grade is read from, and
/// its note.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct LinkText {
    pub quote: String,
    pub grade_quote: String,
    pub note: Option<String>,
}

/// The words the details panel cites, which the app loads from data/citations.tsv (written by the build) when
/// first needed: each link's (by link index), and each partnership's note (by partnership index).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Words {
    pub links: Vec<LinkText>,
    pub partnerships: Vec<Option<String>>,
}

impl Dataset {
    /// This data counted `by` actor or partnership: itself, or its recount where it has one (else itself).
    pub fn counted(&self, by: By) -> &Dataset {
        match self.recounted.get() {
            Some(other) if self.by != by => other,
            _ => self,
        }
    }

    /// "Dataset version 1.1, data as of 3 December 2026": the data as the footer, a citation and the link preview
    /// name it.
    /// Supplied by a reader: "Data supplied by the reader (genes.csv, content a1b2c3d4), opened 3 December 2026".
    pub fn version_note(&self) -> String {
        match self.supplied {
            None => "Dataset version ".to_string() + self.version + ", data as of " + &self.data_as_of.to_string(),
            Some(s) => self.supplied_note(s.from, &self.data_as_of.to_string()),
        }
    }

    /// "Overlap dataset version 1.1, data as of 2026-12-03": the data an exported file was made from.
    pub fn version_stamp(&self) -> String {
        match self.supplied {
            None => "Overlap dataset version ".to_string() + self.version + ", data as of " + &self.data_as_of.iso(),
            Some(s) => self.supplied_note(s.from, &self.data_as_of.iso()),
        }
    }

    fn supplied_note(&self, from: &str, day: &str) -> String {
        "Data supplied by the reader (".to_string() + from + ", content " + self.version + "), opened " + day
    }

    pub fn actor_by_id(&self, id: &str) -> Option<usize> {
        self.actors.iter().position(|a| a.id == id)
    }

    pub fn area_by_id(&self, id: &str) -> Option<usize> {
        self.areas.iter().position(|a| a.id == id)
    }

    pub fn group_by_id(&self, id: &str) -> Option<usize> {
        self.groups.iter().position(|g| g.id == id)
    }

    /// The ids of a set's actors, space-separated, in actor order: how the page's marks (`data-sets`) and the exports
    /// name an intersection.
    pub fn actor_ids(&self, set: ActorSet) -> String {
        set.iter().map(|i| self.actors[i].id).collect::<Vec<_>>().join(" ")
    }

    /// The actors shown when the URL names none.
    pub fn default_actors(&self) -> ActorSet {
        ActorSet::from_indices(self.actors.iter().enumerate().filter(|(_, a)| a.default_visible).map(|(i, _)| i))
    }

    /// All actors, so that a selection can be checked against what exists.
    pub fn all_actors(&self) -> ActorSet {
        ActorSet::from_indices(0..self.actors.len())
    }

    /// How a timeline step reads: its date and what happened then, e.g.
    /// "30 April 2024: EU–Japan Digital Partnership, 2nd Digital Partnership Council".
    pub fn timeline_step(&self, date: Date) -> String {
        let events: Vec<String> = self
            .events
            .iter()
            .filter(|e| e.date == Some(date))
            .map(|e| format!("{}, {}", self.partnerships[e.partnership].name, e.label))
            .collect();
        match events.is_empty() {
            true => date.to_string(),
            false => format!("{date}: {}", events.join("; ")),
        }
    }

    /// Dates of events that took place, in time order: the steps of the as-of timeline (a planned meeting is not one).
    pub fn timeline(&self) -> Timeline {
        let mut keys: Vec<u64> =
            self.events.iter().filter(|e| e.kind != EventKind::Planned).filter_map(|e| e.date).map(Date::key).collect();
        keys.sort_unstable();
        keys.dedup();
        Timeline(keys.into_iter().map(Date::from_key).collect())
    }
}
