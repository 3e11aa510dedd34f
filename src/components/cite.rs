//! The menus whose texts the publishing module makes when they open: "Cite this view" (`crate::cite`: text, BibTeX,
//! CSL-JSON) and the Share menu's embed code (`crate::embed::snippet`), to read and to copy.

use super::copy::{copy_sections, CopyStatus, ToCopy};
use super::download::publishing;
use yew::prelude::*;

/// The texts the publishing module made for a link, or `None` where it could not make them.
pub type Made = (String, Option<Vec<String>>);

/// What the publishing module's `function` makes of the view `query` opens, linked by `url`, while `url` is given
/// (its menu is open): asked when the menu opens on a link it has no texts for yet, and again if the view changes
/// under it or the last try failed.
#[hook]
pub fn use_made(function: &'static str, query: &str, url: Option<String>) -> Option<Made> {
    let made = use_state(|| None::<Made>);
    {
        let (made, query) = (made.clone(), query.to_string());
        use_effect_with(url, move |url| {
            let done = matches!((&*made, url), (Some((made_for, Some(_))), Some(url)) if made_for == url);
            if let Some(url) = url.clone().filter(|_| !done) {
                let args = js_sys::Array::of2(&query.into(), &url.as_str().into());
                yew::platform::spawn_local(async move {
                    let texts = publishing(function, &args).await.and_then(|t| t.as_string());
                    made.set(Some((url, texts.map(|t| t.split('\u{1e}').map(String::from).collect()))));
                });
            }
        });
    }
    (*made).clone()
}

/// A text to copy: its id (`data-format`), its label, and what its copy button says to screen readers.
type Format = (&'static str, &'static str, &'static str);

/// The texts `made` for `url`, each as `formats` names it with a copy button whose copy says `done` (reported in
/// `status`); while they are being made, or where they could not be, a line that says so, naming `what` they are.
/// What was made for another link (the view changed while the menu was open) waits for this one's.
pub fn made_sections(
    made: Option<&Made>,
    url: &str,
    what: &str,
    formats: &[Format],
    done: &'static str,
    status: &UseStateHandle<CopyStatus>,
) -> Html {
    match made.filter(|(made_for, _)| made_for == url) {
        None => html! { <p>{ format!("Making {what}…") }</p> },
        Some((_, None)) => html! {
            <p role="alert">{ format!("Could not make {what}; reload the page to try again.") }</p>
        },
        Some((_, Some(texts))) => {
            let texts = formats.iter().zip(texts);
            let to_copy = texts.map(|(&(id, label, what), text)| ToCopy { id, label, what, text: text.clone(), done });
            copy_sections(to_copy.collect(), status)
        }
    }
}

/// The Cite menu: the formats of the citation `made` for `url`, each with a copy button.
pub fn cite_menu(made: Option<&Made>, url: &str, status: &UseStateHandle<CopyStatus>) -> Html {
    let formats = [
        ("text", "Text (APA-like)", "the citation as text"),
        ("bibtex", "BibTeX", "the citation as BibTeX"),
        ("csl-json", "CSL-JSON", "the citation as CSL-JSON"),
    ];
    let done = "Citation copied to the clipboard.";
    html! { <div class="menu cite-menu">{ made_sections(made, url, "the citation", &formats, done, status) }</div> }
}
