//! Overlap: which technology areas the EU, UK, Japan, Korea, Singapore and Canada share through digital partnerships.

pub mod cite;
pub mod compare;
pub mod components;
pub mod dataset;
pub mod describe;
pub mod embed;
pub mod evidence;
pub mod export;
pub mod filter;
pub mod layout;
pub mod overlap;
pub mod preview;
pub mod replay;
pub mod sets;
pub mod state;
pub mod url_state;
pub mod venn;
pub mod view_model;
