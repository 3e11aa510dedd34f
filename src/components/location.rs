//! The page's address: reading its query, writing a view's into the address bar and history, and the URL a view is
//! shared at.

use std::cell::Cell;
use wasm_bindgen::{closure::Closure, JsCast, JsValue};

thread_local! {
    /// How many times the browser's history has gone to another entry (Back, Forward) since the page loaded.
    static NAVIGATIONS: Cell<u32> = const { Cell::new(0) };
}

/// Notes that the history went to another entry: a write scheduled before it is for a view no longer shown.
pub fn navigated() {
    NAVIGATIONS.with(|n| n.set(n.get().wrapping_add(1)));
}

/// The page's query string, with its `?`.
pub fn location_query() -> String {
    gloo::utils::window().location().search().unwrap_or_default()
}

/// The reader's data the page's address carries, as the publishing module's `open_link` takes it: packed in the
/// fragment ("fragment", the packed text) or at a web address ("address", the address as given).
pub fn data_in_link() -> Option<(&'static str, String)> {
    let location = gloo::utils::window().location();
    if let Some(packed) = location.hash().unwrap_or_default().strip_prefix("#data=") {
        return Some(("fragment", packed.to_string()));
    }
    let query = location_query();
    let address = query.trim_start_matches('?').split('&').find_map(|pair| pair.strip_prefix("data="));
    address.map(|a| ("address", crate::url_state::decode(a)))
}

/// A same-page URL for a query string and a fragment (with its `#`); the empty query drops the `?` altogether.
fn url_for(query: &str, fragment: &str) -> String {
    match query.is_empty() {
        true => gloo::utils::window().location().pathname().unwrap_or_default() + fragment,
        false => format!("?{query}{fragment}"),
    }
}

/// The absolute URL of this page with `query`, as it is shared.
pub fn page_url(query: &str) -> String {
    // Not origin + path: a page opened from a file has the origin "null".
    let href = gloo::utils::window().location().href().unwrap_or_default();
    let base = href.split(['?', '#']).next().unwrap_or_default();
    match query.is_empty() {
        true => base.to_string(),
        false => format!("{base}?{query}"),
    }
}

/// Puts `query` (and the fragment that may follow it, `url_state::fragment`) in the address bar unless it is there
/// already: as a new history entry (`push`) or in place of the current one (canonical URLs, continuous changes). A
/// fragment of the page's own (an anchor the reader followed) stays, unless it was a reader's data.
fn write_url(query: &str, push: bool) {
    let (query, fragment) = query.split_once('#').map_or((query, String::new()), |(q, f)| (q, format!("#{f}")));
    let hash = gloo::utils::window().location().hash().unwrap_or_default();
    let fragment = if fragment.is_empty() && !hash.starts_with("#data=") { hash.clone() } else { fragment };
    if location_query().trim_start_matches('?') == query && hash == fragment {
        return;
    }
    if let Ok(h) = gloo::utils::window().history() {
        let url = url_for(query, &fragment);
        let _ = match push {
            true => h.push_state_with_url(&JsValue::NULL, "", Some(&url)),
            false => h.replace_state_with_url(&JsValue::NULL, "", Some(&url)),
        };
    }
}

/// `write_url`, in a task after the next frame has been painted: Chromium's history API takes several milliseconds a
/// call, and made during a render it would hold back the frame that shows the new chart. Should the history go to
/// another entry meanwhile (a quick Back or Forward), the write is dropped: it would put an older view's URL on the
/// entry gone to.
pub fn write_url_after_paint(query: String, push: bool) {
    let scheduled = NAVIGATIONS.with(Cell::get);
    let write = move || {
        if NAVIGATIONS.with(Cell::get) == scheduled {
            write_url(&query, push);
        }
    };
    let later = Closure::once_into_js(move || {
        let _ = gloo::utils::window().set_timeout_with_callback(Closure::once_into_js(write).unchecked_ref());
    });
    let _ = gloo::utils::window().request_animation_frame(later.unchecked_ref());
}
