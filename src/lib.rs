//! Overlap: which technology areas the EU, UK, Japan, Korea, Singapore and Canada share through digital partnerships.

pub mod components;
pub mod dataset;
pub mod filter;
pub mod layout;
pub mod overlap;
pub mod sets;
pub mod state;
pub mod url_state;
pub mod view_model;
