//! "Cite this view": the view's citation in each format (`crate::cite`), to read and to copy.

use super::copy::{copy_sections, CopyStatus, ToCopy};
use crate::cite::Cited;
use crate::dataset::{Date, DATASET};
use crate::state::State;
use crate::view_model::ChartData;
use yew::prelude::*;

/// The formats, each with a copy button; copying reports in the toolbar's status line.
pub fn cite_menu(state: &State, data: &ChartData, url: &str, status: &UseStateHandle<CopyStatus>) -> Html {
    let cited = Cited::new(&DATASET, state, data, url, today());
    let done = "Citation copied to the clipboard.";
    let texts = vec![
        ToCopy { id: "text", label: "Text (APA-like)", what: "the citation as text", text: cited.plain(), done },
        ToCopy { id: "bibtex", label: "BibTeX", what: "the citation as BibTeX", text: cited.bibtex(), done },
        ToCopy { id: "csl-json", label: "CSL-JSON", what: "the citation as CSL-JSON", text: cited.csl_json(), done },
    ];
    html! { <div class="menu cite-menu">{ copy_sections(texts, status) }</div> }
}

/// Today, as the reader's clock says: the day the view was accessed.
fn today() -> Date {
    let now = js_sys::Date::new_0();
    Date { year: now.get_full_year() as u16, month: now.get_month() as u8 + 1, day: now.get_date() as u8 }
}
