//! Yew components: they turn the pure core's output into DOM and user events into `state::Action`s.

pub mod app;
pub mod details;
pub mod download;
pub mod filters;
pub mod matrix;
pub mod notices;
pub mod sources;
pub mod toolbar;
pub mod upset;
pub mod venn;

pub use app::App;
