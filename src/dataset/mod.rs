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
