//! The app shell: holds the one `State`, keeps it in the URL, derives the chart data, lays out the interactive part
//! of the page (the header and the sources' footer are static), and takes the prerendered page over.

use super::changes::Changes;
use super::description::description;
use super::details::Details;
use super::embed::{credit_line, remove_page_footer, source_jump, use_height_report};
use super::filters::Filters;
use super::matrix::Matrix;
use super::notices::{legend, notices};
use super::toolbar::Toolbar;
use super::upset::Upset;
use super::venn::Venn;
use crate::dataset::DATASET;
use crate::replay;
use crate::state::{Action, State, View};
use crate::url_state;
use crate::venn::venn_fits;
use crate::view_model::ChartData;
use gloo::events::EventListener;
use std::rc::Rc;
use wasm_bindgen::{closure::Closure, JsCast, JsValue};
use yew::prelude::*;

/// How the browser history should record the latest change.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum History {
    /// A discrete change: a new entry, so Back returns to the previous view.
    Push,
    /// A continuous change (typing, dragging the timeline): replace, so Back is not flooded.
    Replace,
    /// The change came from the history itself (Back/Forward): leave it alone.
    Keep,
}

/// Yew's reducer wrapper around the pure `State`.
#[derive(Clone, PartialEq)]
pub struct Store {
    pub state: State,
    pub history: History,
}

impl Reducible for Store {
    type Action = Action;
    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        let history = match action {
            Action::SetQuery(_) | Action::SetAsOf(_) | Action::SetFrom(_) => History::Replace,
            Action::Restore(_) => History::Keep,
            _ => History::Push,
        };
        Rc::new(Store { state: self.state.apply(action, &DATASET), history })
    }
}

#[derive(Properties, PartialEq, Default)]
pub struct AppProps {
    /// A query string to start from instead of the page's URL, which is then left untouched (tests, prerendering).
    #[prop_or_default]
    pub query: Option<String>,
}

fn location_query() -> String {
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
fn write_url(query: &str, push: bool) {
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
fn after_next_paint(f: impl FnOnce() + 'static) {
    let window = gloo::utils::window();
    let later = Closure::once_into_js(move || {
        let _ = gloo::utils::window().set_timeout_with_callback(Closure::once_into_js(f).unchecked_ref());
    });
    let _ = window.request_animation_frame(later.unchecked_ref());
}

/// The inputs the page's loader recorded on the prerendered controls before the app was live, as (what was used, its
/// value) pairs in order (see `replay`); the loader records nothing more once this has run.
fn early_inputs() -> Vec<(String, String)> {
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

/// Puts the app's first complete render, made off-page, in place of the prerendered `#app`, in one DOM operation:
/// the page never shows a half-built or empty chart, and it stays prerendered, with its "needs WebAssembly" message,
/// if the app fails before this point.
fn take_over_page(root: &web_sys::Element) {
    let doc = gloo::utils::document();
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
    // Tells tests and scripts that the page is now live.
    let _ = gloo::utils::document_element().set_attribute("data-ready", "");
}

#[function_component]
pub fn App(props: &AppProps) -> Html {
    let ds = &DATASET;
    let owns_url = props.query.is_none();
    let start = use_memo((), |_| match &props.query {
        Some(query) => url_state::parse(query, ds),
        None => {
            let (mut state, notices) = url_state::parse(&location_query(), ds);
            // The embed page (`crate::embed::PAGE`) is embedded whatever its URL says.
            state.embed |= gloo::utils::document_element().has_attribute("data-embed");
            (state, notices)
        }
    });
    let url_notices = use_state(|| start.1.clone());
    let store = use_reducer(|| Store { state: start.0.clone(), history: History::Keep });
    let main = use_node_ref();
    let state = &store.state;
    let dispatch = {
        let store = store.clone();
        Callback::from(move |action: Action| store.dispatch(action))
    };

    {
        let dispatch = dispatch.clone();
        let url_notices = url_notices.clone();
        let main = main.clone();
        use_effect_with(owns_url, move |owns| {
            let listener = owns.then(|| {
                write_url(&url_state::render(&start.0, ds), false);
                if let Some(root) = main.cast::<web_sys::Element>().and_then(|m| m.parent_element()) {
                    take_over_page(&root);
                }
                if start.0.embed {
                    remove_page_footer();
                }
                // What the user did before the app was live happens now, in order, as if done just after.
                for action in replay::actions(&early_inputs(), &start.0, ds) {
                    dispatch.emit(action);
                }
                EventListener::new(&gloo::utils::window(), "popstate", move |_| {
                    let (state, notices) = url_state::parse(&location_query(), ds);
                    write_url(&url_state::render(&state, ds), false);
                    url_notices.set(notices);
                    dispatch.emit(Action::Restore(Box::new(state)));
                })
            });
            move || drop(listener)
        });
    }
    let query = url_state::render(state, ds);
    {
        // Embedded, every change replaces the entry: the host page's Back button leaves the article, as readers expect,
        // rather than stepping back through the chart.
        let (history, embed) = (store.history, state.embed);
        use_effect_with(query.clone(), move |query| {
            if owns_url && history != History::Keep {
                let (query, push) = (query.clone(), history == History::Push && !embed);
                after_next_paint(move || write_url(&query, push));
            }
        });
    }

    let data_key = (state.sets, state.filter(), state.from, state.chart_mode(ds), state.sort);
    let data = use_memo(data_key, |_| ChartData::new(ds, state));
    let mut notices_list: Vec<String> = url_notices.to_vec();
    // The toolbar says why Venn is unavailable; the notice says what is shown instead.
    if state.view == View::Venn && !venn_fits(data.selected) {
        notices_list.push("The Venn view needs 2 or 3 actors, so the UpSet chart is shown instead.".into());
    } else if state.view == View::Venn && state.from.is_some() {
        notices_list.push(
            "The Venn diagram shows the later date only: the UpSet and table views show the change, and the list \
             below the chart names it."
                .into(),
        );
    }
    let chart = match state.view {
        View::Matrix => {
            html! { <Matrix data={data.clone()} subject={state.subject} dispatch={Some(dispatch.clone())} /> }
        }
        View::Venn if venn_fits(data.selected) => {
            html! { <Venn data={data.clone()} state={state.clone()} dispatch={dispatch.clone()} /> }
        }
        _ => html! { <Upset data={data.clone()} state={state.clone()} dispatch={dispatch.clone()} /> },
    };

    use_height_report(state.embed && owns_url);
    html! {
        <>
            { notices(&notices_list) }
            <main class="layout" data-embedded={state.embed.then_some("")} onclick={state.embed.then(source_jump)} ref={main}>
                if !state.embed {
                    <Filters state={state.clone()} dispatch={dispatch.clone()} />
                }
                <section class="chart-area" aria-labelledby="chart-title">
                    <h2 id="chart-title">{ "Shared technology areas" }</h2>
                    if !state.embed {
                        <Toolbar state={state.clone()} data={data.clone()} dispatch={dispatch.clone()} />
                    }
                    { chart }
                    if state.view != View::Venn || !venn_fits(data.selected) { { legend() } }
                    <Changes data={data.clone()} subject={state.subject} dispatch={dispatch.clone()} />
                    { description(state, &data) }
                    <Details data={data.clone()} state={state.clone()} dispatch={dispatch.clone()} />
                    if state.embed { { credit_line(state, &data) } }
                </section>
            </main>
        </>
    }
}
