//! The presentation stage: from the state and the chart data, everything each component shows (its marks' numbers,
//! words and positions, and what is lit), computed by pure functions tested natively. Components only map it to DOM
//! (a mark is pressed where it is the selection), and events to actions.

pub mod changes;
pub mod details;
pub mod filters;
pub mod matrix;
pub mod page;
pub mod upset;
pub mod venn;
