//! The view in words: a short description of a few sentences and a long one in sections, composed from the same
//! chart data the marks are drawn from, so that every number said is a number shown.

pub mod changes;
pub mod long;
pub mod marks;
pub mod sentence;
pub mod short;
pub mod view;
