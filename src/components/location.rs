//! The page's address: reading its query, writing a view's into the address bar and history, and the URL a view is
//! shared at.

use wasm_bindgen::{closure::Closure, JsCast, JsValue};

/// The page's query string, with its `?`.
pub fn location_query() -> String {
    gloo::utils::window().location().search().unwrap_or_default()
}

/// A same-page URL for a query string; the empty query drops the `?` altogether.
fn url_for(query: &str) -> String {
    match query.is_empty() {
        true => gloo::utils::window().location().pathname().unwrap_or_default(),
        false => format!("?{query}"),
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

/// Puts `query` in the address bar unless it is there already: as a new history entry (`push`) or in place of the
/// current one (canonical URLs, continuous changes).
pub fn write_url(query: &str, push: bool) {
    if location_query().trim_start_matches('?') == query {
        return;
    }
    if let Ok(h) = gloo::utils::window().history() {
        let url = url_for(query);
        let _ = match push {
            true => h.push_state_with_url(&JsValue::NULL, "", Some(&url)),
            false => h.replace_state_with_url(&JsValue::NULL, "", Some(&url)),
        };
    }
}

/// Runs `f` in a task after the next frame has been painted. Chromium's history API takes several milliseconds a
/// call; made during a render, it would hold back the frame that shows the new chart.
pub fn after_next_paint(f: impl FnOnce() + 'static) {
    let window = gloo::utils::window();
    let later = Closure::once_into_js(move || {
        let _ = gloo::utils::window().set_timeout_with_callback(Closure::once_into_js(f).unchecked_ref());
    });
    let _ = window.request_animation_frame(later.unchecked_ref());
}
