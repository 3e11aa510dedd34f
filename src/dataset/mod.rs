//! The curated dataset: its model, its dates, and the copy compiled in from `data/overlap.toml`.

pub mod date;
pub mod model;
#[cfg(not(target_arch = "wasm32"))]
pub mod schema;

pub use date::Date;
pub use model::*;

use crate::sets::ActorSet;

include!(concat!(env!("OUT_DIR"), "/dataset.rs"));

/// The raw data file, as served for download beside the app.
pub const RAW_TOML: &str = include_str!("../../data/overlap.toml");

/// The words the details panel cites, as the build writes them for the app to load (see `Words`).
#[cfg(not(target_arch = "wasm32"))]
pub const CITATIONS_JSON: &str = include_str!(concat!(env!("OUT_DIR"), "/citations.json"));

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
