//! Yew components: they turn the pure core's output into DOM and user events into `state::Action`s.

pub mod app;
pub mod filters;
pub mod notices;
pub mod sources;
pub mod upset;

pub use app::App;
