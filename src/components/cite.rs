//! "Cite this view": the view's citation in each format (`crate::cite`), to read and to copy.

use super::copy::{copy, CopyStatus};
use crate::cite::Cited;
use crate::dataset::{Date, DATASET};
use crate::state::State;
use crate::view_model::ChartData;
use yew::prelude::*;

/// The formats, each with a copy button; copying reports in the toolbar's status line.
pub fn cite_menu(state: &State, data: &ChartData, url: &str, status: &UseStateHandle<CopyStatus>) -> Html {
    let cited = Cited::new(&DATASET, state, data, url, today());
    let formats = [
        ("text", "Text (APA-like)", cited.plain()),
        ("bibtex", "BibTeX", cited.bibtex()),
        ("csl-json", "CSL-JSON", cited.csl_json()),
    ];
    html! {
        <div class="menu cite-menu">
            { for formats.into_iter().map(|(id, label, text)| {
                let (copied, status) = (text.clone(), status.clone());
                let on_copy = Callback::from(move |_: MouseEvent| {
                    copy(copied.clone(), "Citation copied to the clipboard.", "Copy this citation: ", status.clone())
                });
                html! {
                    <section data-format={id} aria-label={label}>
                        <span class="format-name">{ label }</span>
                        <button type="button" onclick={on_copy} aria-label={format!("Copy the citation as {label}")}>{ "Copy" }</button>
                        // Focusable: it scrolls, and a keyboard must reach what it holds.
                        <pre tabindex="0">{ text }</pre>
                    </section>
                }
            }) }
        </div>
    }
}

/// Today, as the reader's clock says: the day the view was accessed.
fn today() -> Date {
    let now = js_sys::Date::new_0();
    Date { year: now.get_full_year() as u16, month: now.get_month() as u8 + 1, day: now.get_date() as u8 }
}
