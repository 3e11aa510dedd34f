//! The presentation stage: from the state and the chart data, everything each component shows (its marks' numbers,
//! words and positions, what is lit and pressed), computed by pure functions tested natively. Components only map it
//! to DOM, and events to actions.

pub mod changes;
pub mod details;
pub mod filters;
pub mod matrix;
pub mod page;
pub mod upset;
pub mod venn;
