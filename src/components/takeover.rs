//! The handover from the prerendered page to the live app: the app renders off-page, then takes the prerendered
//! `#app`'s place in one DOM operation, and replays what the reader did on the page meanwhile.

use wasm_bindgen::{JsCast, JsValue};

/// The inputs the page's loader recorded on the prerendered controls before the app was live, as (control name,
/// value) pairs in order (see `controls::replay`); the loader records nothing more once this has run.
pub fn early_inputs() -> Vec<(String, String)> {
    let window = gloo::utils::window();
    let queue = js_sys::Reflect::get(&window, &"__early".into()).unwrap_or(JsValue::UNDEFINED);
    let _ = js_sys::Reflect::set(&window, &"__early".into(), &JsValue::NULL);
    let Some(queue) = queue.dyn_ref::<js_sys::Array>() else { return Vec::new() };
    queue
        .iter()
        .filter_map(|pair| {
            let pair = pair.dyn_into::<js_sys::Array>().ok()?;
            Some((pair.get(0).as_string()?, pair.get(1).as_string()?))
        })
        .collect()
}

/// Whether the page is one that is embedded whatever its URL says (the embed page, `crate::embed::PAGE`).
pub fn embed_page() -> bool {
    gloo::utils::document_element().has_attribute("data-embed")
}

thread_local! {
    /// The app's first render, waiting off-page for its view to be drawn (see `take_over_page`).
    static WAITING: std::cell::RefCell<Option<web_sys::Element>> = const { std::cell::RefCell::new(None) };
}

/// Puts the app's first complete render, made off-page, in place of the prerendered `#app`, in one DOM operation:
/// the page never shows a half-built or empty chart, and it stays prerendered, with its "needs WebAssembly" message,
/// if the app fails before this point. A view the publishing module draws (`aria-busy` until then) takes the page
/// over once drawn, or once it could not be (`drawn_view_ready`), so the prerendered chart shows meanwhile.
pub fn take_over_page(root: &web_sys::Element) {
    let doc = gloo::utils::document();
    if !root.is_connected() && root.query_selector("[aria-busy]").ok().flatten().is_some() {
        WAITING.with(|w| w.replace(Some(root.clone())));
        return;
    }
    if !root.is_connected() {
        // A control that had focus hands it to its live twin, found by its name (and value), so typing goes on.
        let focused = doc.active_element().and_then(|e| {
            let name = e.get_attribute("name")?;
            let value =
                e.get_attribute("value").filter(|_| e.matches("[type=checkbox], [type=radio]").unwrap_or(false));
            Some(format!("[name=\"{name}\"]{}", value.map_or(String::new(), |v| format!("[value=\"{v}\"]"))))
        });
        if let Some(prerendered) = doc.get_element_by_id("app") {
            // The full description, opened on the prerendered page, stays open.
            let long = "details.long-description";
            if prerendered.query_selector(&(long.to_string() + "[open]")).ok().flatten().is_some() {
                let _ = root.query_selector(long).ok().flatten().map(|twin| twin.set_attribute("open", ""));
            }
            let _ = prerendered.replace_with_with_node_1(root);
        }
        if let Some(twin) = focused.and_then(|f| root.query_selector(&f).ok().flatten()) {
            // A named control: an input or a select, unchecked. Where no text caret applies, setting it is an error,
            // which is ignored.
            let input: &web_sys::HtmlInputElement = twin.unchecked_ref();
            let end = input.value().len() as u32;
            let _ = input.focus();
            let _ = input.set_selection_range(end, end);
        }
    }
    if let Some(boot) = doc.get_element_by_id("boot") {
        boot.remove();
    }
    // Tells tests and scripts that the page is now live; the prerendered chart hidden for a link's data is gone.
    let root = gloo::utils::document_element();
    let _ = root.set_attribute("data-ready", "");
    let _ = root.remove_attribute("data-opening");
}

/// A drawn view has its markup, or knows it cannot have it: the app, if it was waiting for it, takes the page over.
pub fn drawn_view_ready() {
    if let Some(root) = WAITING.with(|w| w.take()) {
        take_over_page(&root);
    }
}
