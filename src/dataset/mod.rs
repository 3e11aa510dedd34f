//! The curated dataset: its model, its dates, and the copy compiled in from `data/overlap.toml`.

pub mod date;
pub mod model;
pub mod note;
pub mod schema;
pub mod timeline;

pub use date::Date;
pub use model::*;
pub use timeline::Timeline;

use crate::sets::ActorSet;

include!(concat!(env!("OUT_DIR"), "/dataset.rs"));

/// The raw data file, as served for download beside the app.
pub const RAW_TOML: &str = include_str!("../../data/overlap.toml");

/// The words the details panel cites, as the build writes them for the app to load (see `parse_words`).
#[cfg(not(target_arch = "wasm32"))]
pub const CITATIONS_TSV: &str = include_str!(concat!(env!("OUT_DIR"), "/citations.tsv"));

/// Reads the words as the build writes them (data/citations.tsv): a line per link of `ds` (quote, grade quote and
/// note, tab-separated), then a line per partnership (its note); an empty note is none. `None` where the text does
/// not fit `ds` (a file of another version of the data): its fields, read between tabs and line breaks alike, must
/// come out exactly.
pub fn parse_words(text: &str, ds: &Dataset) -> Option<Words> {
    let mut fields = text.split(['\t', '\n']);
    let mut field = || fields.next().map(str::to_string);
    let note = |s: String| (!s.is_empty()).then_some(s);
    let mut links = Vec::new();
    for _ in 0..ds.links.len() {
        links.push(LinkText { quote: field()?, grade_quote: field()?, note: note(field()?) });
    }
    let mut partnerships = Vec::new();
    for _ in 0..ds.partnerships.len() {
        partnerships.push(note(field()?));
    }
    (field()?.is_empty() && field().is_none()).then_some(Words { links, partnerships })
}

/// The words, read from the compiled-in dataset where the build has them (natively: the prerender, tests).
#[cfg(not(target_arch = "wasm32"))]
pub fn words(ds: &Dataset) -> Words {
    let own = |s: &str| s.to_string();
    Words {
        links: ds
            .links
            .iter()
            .map(|l| LinkText { quote: own(l.quote), grade_quote: own(l.grade_quote), note: l.note.map(own) })
            .collect(),
        partnerships: ds.partnerships.iter().map(|p| p.note.map(own)).collect(),
    }
}
