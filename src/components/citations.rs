//! The sources' words for the details panel, loaded once, when a panel first needs them: from the page itself where
//! it carries them (the single-file copy), else from data/citations.tsv beside it. They are a large part of the
//! data and most visits never open a panel, so they are not part of the first download.

use crate::dataset::note::{self, Piece};
#[cfg(target_arch = "wasm32")]
use crate::dataset::parse_words;
use crate::dataset::{Words, DATASET};
use crate::present::details::quote;
use std::rc::Rc;
use yew::prelude::*;

/// Where loading the words stands.
#[derive(Clone, Debug, PartialEq)]
pub enum Citations {
    Waiting,
    Ready(Rc<Words>),
    Failed(String),
}

impl Citations {
    /// The words, once loaded.
    pub fn words(&self) -> Option<&Words> {
        match self {
            Citations::Ready(w) => Some(w),
            _ => None,
        }
    }

    /// A link's quote in quotation marks, or that it is still loading.
    pub fn quote(&self, link: usize) -> String {
        quote(self.words(), link)
    }
}

/// A source as the citations number it, "[2]", linked to its entry in the sources list at the foot of the page,
/// which names it in full.
pub fn source_ref(source: usize) -> Html {
    let s = &DATASET.sources[source];
    html! { <a href={format!("#source-{}", s.id)} title={s.title}>{ format!("[{}]", source + 1) }</a> }
}

/// A note's words, with each source it cites ("[2]") linked as the citations link it.
pub fn noted(note: &str) -> Html {
    note::pieces(note, DATASET.sources.len())
        .into_iter()
        .map(|p| match p {
            Piece::Words(w) => html! { { w } },
            Piece::Source(s) => source_ref(s),
        })
        .collect()
}

/// The words, started loading the first time `needed` is true, and kept from then on.
#[hook]
pub fn use_citations(needed: bool) -> Citations {
    let loaded = use_state(|| ready_now().map_or(Citations::Waiting, |t| Citations::Ready(Rc::new(t))));
    {
        let loaded = loaded.clone();
        let waiting = *loaded == Citations::Waiting;
        use_effect_with(needed && waiting, move |&start| {
            if start {
                load(loaded);
            }
        });
    }
    (*loaded).clone()
}

/// Natively (the prerender) the compiled-in dataset has the words; in the browser, the page may.
#[cfg(not(target_arch = "wasm32"))]
fn ready_now() -> Option<Words> {
    Some(crate::dataset::words(&crate::dataset::DATASET))
}

#[cfg(target_arch = "wasm32")]
fn ready_now() -> Option<Words> {
    let inline = gloo::utils::document().get_element_by_id("citations")?.text_content()?;
    parse_words(&inline, &DATASET)
}

#[cfg(not(target_arch = "wasm32"))]
fn load(_: UseStateHandle<Citations>) {}

#[cfg(target_arch = "wasm32")]
fn load(loaded: UseStateHandle<Citations>) {
    use wasm_bindgen::JsCast;
    use wasm_bindgen_futures::JsFuture;
    yew::platform::spawn_local(async move {
        let fetched = async {
            // What a fetch resolves to is a response: no run-time check.
            let response: web_sys::Response =
                JsFuture::from(gloo::utils::window().fetch_with_str(crate::components::sources::CITATIONS_HREF))
                    .await
                    .ok()?
                    .unchecked_into();
            if !response.ok() {
                return None;
            }
            parse_words(&JsFuture::from(response.text().ok()?).await.ok()?.as_string()?, &DATASET)
        };
        loaded.set(match fetched.await {
            Some(texts) => Citations::Ready(Rc::new(texts)),
            None => Citations::Failed("The sources' words could not be loaded; reload the page to try again.".into()),
        });
    });
}
