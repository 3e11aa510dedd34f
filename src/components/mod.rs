//! Yew components: they map what the presentation stage computes (`crate::present`) to DOM, and the user's events to
//! `state::Action`s.

pub mod app;
pub mod boot;
pub mod changes;
#[cfg(target_arch = "wasm32")]
pub mod citations;
pub mod cite;
pub mod copy;
pub mod description;
pub mod details;
pub mod download;
pub mod drawn;
pub mod embed;
pub mod filters;
pub mod inputs;
pub mod location;
pub mod mark_events;
pub mod matrix;
pub mod notices;
pub mod open_data;
pub mod sources;
#[cfg(not(target_arch = "wasm32"))]
pub mod ssr;
pub mod takeover;
pub mod toolbar;
pub mod upset;
pub mod venn;
