//! The sources' words, which the publishing module loads once, when a details panel or the changes list first needs
//! them: from the page itself where it carries them (the single-file copy), else from data/citations.tsv beside it.
//! They are a large part of the data and most visits never open a panel, so they are not part of the first download.

use crate::dataset::{parse_words, Words, DATASET};
use std::rc::Rc;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

thread_local! {
    static LOADED: std::cell::RefCell<Option<Rc<Words>>> = const { std::cell::RefCell::new(None) };
}

/// The words, loaded the first time they are asked for; `None` where they could not be (asked again, they are
/// loaded again).
pub async fn words() -> Option<Rc<Words>> {
    if let Some(words) = LOADED.with(|l| l.borrow().clone()) {
        return Some(words);
    }
    let inline = gloo::utils::document().get_element_by_id("citations").and_then(|e| e.text_content());
    let text = match inline {
        Some(text) => text,
        None => {
            let href = crate::components::sources::CITATIONS_HREF;
            // What a fetch resolves to is a response: no run-time check.
            let response: web_sys::Response =
                JsFuture::from(gloo::utils::window().fetch_with_str(href)).await.ok()?.unchecked_into();
            if !response.ok() {
                return None;
            }
            JsFuture::from(response.text().ok()?).await.ok()?.as_string()?
        }
    };
    let words = Rc::new(parse_words(&text, &DATASET)?);
    LOADED.with(|l| l.replace(Some(words.clone())));
    Some(words)
}
