//! "Cite this view": the view as a citation in plain text (APA-like), BibTeX and CSL-JSON, each with the view's URL,
//! the day it was accessed, the data's version, what is selected, and the sources behind the links it shows, each
//! with its kind.

use crate::dataset::{Dataset, Date};
use crate::describe::long::selected_line;
use crate::describe::view::title;
use crate::hash::short_hash;
use crate::state::State;
use crate::view_model::ChartData;

/// What every format says: the view's title, its URL, the day accessed, what is selected and the sources behind it.
pub struct Cited<'a> {
    ds: &'a Dataset,
    title: String,
    url: &'a str,
    accessed: Date,
    selected: Option<String>,
    /// Each as "Title [Kind]", as APA describes a work's form in brackets.
    sources: Vec<String>,
}

impl<'a> Cited<'a> {
    pub fn new(ds: &'a Dataset, state: &State, data: &ChartData, url: &'a str, accessed: Date) -> Cited<'a> {
        let title = title(ds, state, data);
        let selected = state.subject.map(|subject| selected_line(ds, data, subject));
        let source = |s: usize| ds.sources[s].title.to_string() + " [" + ds.sources[s].kind + "]";
        let sources = data.sources(ds).into_iter().map(source).collect();
        Cited { ds, title, url, accessed, selected, sources }
    }

    /// A key that stays the same for the same view of the same data: "overlap-1.0-5c1e0b7a" (FNV-1a of the URL's
    /// query, which says the view).
    pub fn key(&self) -> String {
        let query = self.url.split_once('?').map_or("", |(_, q)| q);
        "overlap-".to_string() + self.ds.version + "-" + &short_hash(query.as_bytes())
    }

    /// What is selected, then the sources: "Selected: EU and Japan share …. Sources: … [News report]; …." (empty
    /// where there is neither).
    fn notes(&self) -> String {
        let sources = (!self.sources.is_empty()).then(|| "Sources: ".to_string() + &self.sources.join("; ") + ".");
        self.selected.iter().cloned().chain(sources).collect::<Vec<_>>().join(" ")
    }

    /// The data's version, then the notes: BibTeX's and CSL-JSON's `note`.
    fn note(&self) -> String {
        (self.ds.version_note() + ". " + &self.notes()).trim_end().to_string()
    }

    /// "Overlap. (2026). Shared technology areas of … [Interactive chart; dataset version 1.1, data as of 3 December
    /// 2026]. Retrieved 2 December 2026, from https://…. Sources: …."
    pub fn plain(&self) -> String {
        let mut t = "Overlap. (".to_string() + &self.ds.data_as_of.year.to_string() + "). " + &self.title;
        t = t + " [Interactive chart; dataset version " + self.ds.version + ", data as of ";
        t = t + &self.ds.data_as_of.to_string() + "]. Retrieved " + &self.accessed.to_string();
        t = t + ", from " + self.url + ".";
        match self.notes() {
            s if s.is_empty() => t,
            s => t + " " + &s,
        }
    }

    /// A `@misc` entry, its text fields with BibTeX's special characters escaped, its URL verbatim.
    pub fn bibtex(&self) -> String {
        let fields = [
            ("author", "{Overlap}".to_string()),
            ("title", bibtex_escape(&self.title)),
            ("year", self.ds.data_as_of.year.to_string()),
            ("version", bibtex_escape(self.ds.version)),
            ("howpublished", "Interactive chart".to_string()),
            ("url", self.url.replace('{', "%7B").replace('}', "%7D")),
            ("urldate", self.accessed.iso()),
            ("note", bibtex_escape(&self.note())),
        ];
        let mut t = "@misc{".to_string() + &self.key() + ",\n";
        for (name, value) in fields {
            t = t + "  " + name + " = {" + &value + "},\n";
        }
        t + "}\n"
    }

    /// One CSL-JSON item (as an array, which citation managers import), a dataset by Overlap.
    pub fn csl_json(&self) -> String {
        let day = |d: Date| {
            let parts = [d.year, d.month.into(), d.day.into()].map(|n| n.to_string());
            "{\"date-parts\": [[".to_string() + &parts.join(", ") + "]]}"
        };
        let fields = [
            ("id", json_string(&self.key())),
            ("type", json_string("dataset")),
            ("title", json_string(&self.title)),
            ("author", "[{\"literal\": \"Overlap\"}]".to_string()),
            ("version", json_string(self.ds.version)),
            ("medium", json_string("Interactive chart")),
            ("issued", day(self.ds.data_as_of)),
            ("accessed", day(self.accessed)),
            ("URL", json_string(self.url)),
            ("note", json_string(&self.note())),
        ];
        let body: Vec<String> = fields.iter().map(|(k, v)| "    \"".to_string() + k + "\": " + v).collect();
        "[\n  {\n".to_string() + &body.join(",\n") + "\n  }\n]\n"
    }
}

/// Text as a BibTeX field holds it: `{ } % & $ # _` escaped with a backslash, `\ ~ ^` spelled out.
pub fn bibtex_escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '{' | '}' | '%' | '&' | '$' | '#' | '_' => {
                out.push('\\');
                out.push(c);
            }
            '\\' => out.push_str("\\textbackslash{}"),
            '~' => out.push_str("\\textasciitilde{}"),
            '^' => out.push_str("\\textasciicircum{}"),
            _ => out.push(c),
        }
    }
    out
}

/// A JSON string literal: quotes, backslashes and control characters escaped.
pub fn json_string(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 2);
    out.push('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            c if (c as u32) < 0x20 => {
                out.push_str("\\u00");
                out.push(char::from_digit(c as u32 >> 4, 16).unwrap_or('0'));
                out.push(char::from_digit(c as u32 & 0xf, 16).unwrap_or('0'));
            }
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

/// The view `query` opens, cited from `url` as accessed on `day`: as text, BibTeX and CSL-JSON. What the publishing
/// module (src/bin/publish.rs) gives the Cite menu.
pub fn of_query(ds: &'static Dataset, query: &str, url: &str, day: Date) -> [String; 3] {
    let (state, data) = ChartData::of_query(ds, query);
    let cited = Cited::new(data.ds, &state, &data, url, day);
    [cited.plain(), cited.bibtex(), cited.csl_json()]
}
