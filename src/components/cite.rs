//! "Cite this view": the view's citation in each format (`crate::cite`, made by the publishing module when the menu
//! opens), to read and to copy.

use super::copy::{copy_sections, CopyStatus, ToCopy};
use super::download::publishing;
use yew::prelude::*;

/// The citations made for a link: text, BibTeX and CSL-JSON, or `None` where the publishing module could not make
/// them.
pub type Made = (String, Option<Vec<String>>);

/// Has the publishing module cite the view `query` opens, linked by `url`, into `made`.
pub fn make(query: &str, url: String, made: UseStateHandle<Option<Made>>) {
    let args = js_sys::Array::of2(&query.into(), &url.as_str().into());
    yew::platform::spawn_local(async move {
        let texts = publishing("cite", &args).await.and_then(|t| t.as_string());
        let texts = texts.map(|t| t.split('\u{1e}').map(String::from).collect::<Vec<_>>());
        made.set(Some((url, texts.filter(|t| t.len() == 3))));
    });
}

/// The formats of the citation `made` for `url`, each with a copy button; copying reports in `status`. What was
/// made for another link (the view changed while the menu was open) waits for this one's.
pub fn cite_menu(made: Option<&Made>, url: &str, status: &UseStateHandle<CopyStatus>) -> Html {
    let body = match made.filter(|(made_for, _)| made_for == url) {
        None => html! { <p>{ "Making the citation…" }</p> },
        Some((_, None)) => {
            html! { <p role="alert">{ "The citation could not be made; reload the page to try again." }</p> }
        }
        Some((_, Some(t))) => {
            let done = "Citation copied to the clipboard.";
            let format = |i: usize, id, label, what| ToCopy { id, label, what, text: t[i].clone(), done };
            copy_sections(
                vec![
                    format(0, "text", "Text (APA-like)", "the citation as text"),
                    format(1, "bibtex", "BibTeX", "the citation as BibTeX"),
                    format(2, "csl-json", "CSL-JSON", "the citation as CSL-JSON"),
                ],
                status,
            )
        }
    };
    html! { <div class="menu cite-menu">{ body }</div> }
}
