//! Embed mode's own parts: the credit line under the chart, and the height report to the host page.

use super::location::page_url;
use crate::dataset::DATASET;
use crate::embed::{full_view_url, Credit, ASK_MESSAGE, HEIGHT_MESSAGE, OPEN_FULL_VIEW, OPEN_FULL_VIEW_LABEL};
use crate::state::State;
use crate::view_model::ChartData;
use gloo::events::EventListener;
use std::rc::Rc;
use wasm_bindgen::{closure::Closure, JsCast, JsValue};
use yew::prelude::*;

/// "Overlap · Sources: [1] …; [4] … · Data version … · Open full view ↗", its text `Credit::text`. The numbered
/// sources are the targets of the details panel's "[n]" links, as the page's footer is on the full page.
pub fn credit_line(state: &State, data: &ChartData) -> Html {
    let credit = Credit::new(data.ds, data);
    let full = full_view_url(&page_url(""), state, &DATASET);
    let source = |(i, &(n, id, title)): (usize, &(usize, &str, &str))| {
        html! { <>if i > 0 { { "; " } }<span id={format!("source-{id}")}>{ format!("[{n}] {title}") }</span></> }
    };
    html! {
        <p class="embed-credit">
            { "Overlap · " }
            if !credit.sources.is_empty() {
                { "Sources: " }{ for credit.sources.iter().enumerate().map(source) }{ " · " }
            }
            { credit.data }{ " · " }
            <a href={full} target="_blank" rel="noopener" aria-label={OPEN_FULL_VIEW_LABEL}>{ OPEN_FULL_VIEW }</a>
        </p>
    }
}

/// Embedded, the full page (index.html?embed, for a host without a strict policy) shows only the app: its sources'
/// footer goes, as the credit line names the sources (and holds the targets of their "[n]" links), and its header is
/// left to screen readers (the stylesheet), as the page's heading. The embed page has neither.
pub fn remove_page_footer() {
    if let Some(footer) = gloo::utils::document().query_selector("footer.sources").ok().flatten() {
        footer.remove();
    }
}

/// Embedded, a source's "[n]" link brings its entry in the credit line into view without following the link: a
/// fragment link in an iframe would add an entry to the host page's history (and the Back button would then stay
/// in the article).
pub fn source_jump() -> Callback<MouseEvent> {
    Callback::from(|e: MouseEvent| {
        let Some(target) = e.target().map(|t| t.unchecked_into::<web_sys::Element>()) else { return };
        let Some(link) = target.closest("a[href^='#source-']").ok().flatten() else { return };
        e.prevent_default();
        let id = link.get_attribute("href").unwrap_or_default();
        if let Some(entry) = gloo::utils::document().get_element_by_id(&id[1..]) {
            entry.scroll_into_view();
        }
    })
}

/// Embedded (`on`), reports the page's content height to the host page whenever it changes, and whenever the host
/// asks, by a `postMessage` that the snippet's script (`crate::embed::HOST_SCRIPT`) listens for. The root element's
/// box is as tall as the content, whatever the iframe's height, so the report never feeds back on itself.
#[hook]
pub fn use_height_report(on: bool) {
    use_effect_with(on, |&on| {
        let window = gloo::utils::window();
        let host = window.parent().ok().flatten().filter(|p| on && !JsValue::from(p).loose_eq(&window));
        let watching = host.and_then(|host| {
            let report = Rc::new(move || {
                let height = gloo::utils::document_element().get_bounding_client_rect().height();
                let message = js_sys::Object::new();
                let _ = js_sys::Reflect::set(&message, &"type".into(), &HEIGHT_MESSAGE.into());
                let _ = js_sys::Reflect::set(&message, &"height".into(), &height.into());
                let _ = host.post_message(&message, "*");
            });
            let asked = {
                let report = report.clone();
                EventListener::new(&gloo::utils::window(), "message", move |e| {
                    let data = js_sys::Reflect::get(e, &"data".into()).unwrap_or_default();
                    let kind = js_sys::Reflect::get(&data, &"type".into()).ok().and_then(|t| t.as_string());
                    if kind.as_deref() == Some(ASK_MESSAGE) {
                        report();
                    }
                })
            };
            let resized = Closure::<dyn FnMut()>::new(move || report());
            let observer = web_sys::ResizeObserver::new(resized.as_ref().unchecked_ref()).ok()?;
            observer.observe(&gloo::utils::document_element());
            Some((observer, resized, asked))
        });
        move || {
            if let Some((observer, _, _)) = watching {
                observer.disconnect();
            }
        }
    });
}
