//! Overlap: which technology areas the EU, UK, Japan, Korea, Singapore and Canada share through digital partnerships.
//!
//! The pure core, from the bottom up: `sets`, `sort_key` and `named` (the vocabulary); `dataset` (the data and its
//! timeline); `filter`, `overlap`, `evidence` and `compare` (set algebra, citations and change); `state`, `url_state`,
//! `controls` and `store` (the view state and the one way it changes); `view_model` (the chart data); `stats` and
//! `describe` (the view in numbers and words); `venn` (geometry); `present` (what each component shows); `export`,
//! `picture`, `cite`, `embed`, `html`, `hash` and `preview` (publishing); `reader` (a reader's own set data). `components` turns `present` into DOM.

pub mod cite;
pub mod compare;
pub mod components;
pub mod controls;
pub mod dataset;
pub mod describe;
pub mod embed;
pub mod evidence;
pub mod export;
pub mod filter;
pub mod hash;
pub mod html;
pub mod named;
pub mod overlap;
pub mod picture;
pub mod present;
pub mod preview;
pub mod reader;
pub mod sets;
pub mod sort_key;
pub mod state;
pub mod stats;
pub mod store;
pub mod url_state;
pub mod venn;
pub mod view_model;
