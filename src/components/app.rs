//! The app shell: holds the one `Store`, keeps the URL in step with it, derives the chart data, and lays out the
//! interactive part of the page (the header and the sources' footer are static).

use super::changes::Changes;
use super::description::{description, use_print_opens_description};
use super::details::Details;
use super::download::{publishing, showing};
use super::embed::{credit_line, remove_page_footer, source_jump, use_height_report};
use super::filters::Filters;
use super::location::{data_in_link, location_query, navigated, write_url_after_paint};
use super::matrix::Matrix;
use super::notices::{legend, notices};
use super::open_data::answered;
use super::takeover::{early_inputs, embed_page, take_over_page};
use super::toolbar::Toolbar;
use super::upset::Upset;
use super::venn::Venn;
use crate::compare::presets;
use crate::controls::replay;
use crate::dataset::{Carried, DATASET};
use crate::present::filters::{undated_note, FiltersModel};
use crate::present::page::{self, has_legend};
use crate::state::{Action, View};
use crate::store::{Data, History, Msg, Store};
use crate::url_state;
use crate::view_model::{ChartData, ChartInputs};
use gloo::events::EventListener;
use std::rc::Rc;
use yew::prelude::*;

impl Reducible for Store {
    type Action = Msg;
    fn reduce(self: Rc<Self>, msg: Msg) -> Rc<Self> {
        Rc::new(self.next(msg))
    }
}

#[derive(Properties, PartialEq, Default)]
pub struct AppProps {
    /// A query string to start from instead of the page's URL, which is then left untouched (tests, prerendering).
    #[prop_or_default]
    pub query: Option<String>,
}

#[function_component]
pub fn App(props: &AppProps) -> Html {
    // A message that changes nothing renders nothing (`Store::next` then gives back an equal store).
    let store = use_reducer_eq(|| match &props.query {
        Some(query) => Store::open(query, false, &DATASET),
        None => Store::open(&location_query(), embed_page(), &DATASET),
    });
    // One callback for the app's life: a new one each render would differ from the last (callbacks compare by
    // identity), and every component handed it would render again with every change.
    let dispatch = {
        let dispatcher = store.dispatcher();
        (*use_memo((), move |_| Callback::from(move |action: Action| dispatcher.dispatch(Msg::Act(action))))).clone()
    };
    let open = {
        let dispatcher = store.dispatcher();
        (*use_memo((), move |_| Callback::from(move |data: Data| dispatcher.dispatch(Msg::Data(data))))).clone()
    };
    let main = use_node_ref();
    let owns_url = props.query.is_none();
    let opening = use_link_data(owns_url, &store);
    use_takeover(owns_url, &store, &main);
    // The view as the address bar and the publishing module read it.
    let query = url_state::render(&store.state, store.data.0);
    use_url(owns_url && !opening, &store, &query);
    use_height_report(store.state.embed && owns_url);
    use_print_opens_description();

    let (state, base) = (&store.state, store.data.0);
    showing(base);
    // The data as the state counts it: by actor or by partnership.
    let ds = base.counted(state.by);
    // Keyed by the data too: two readers' datasets may share every input, and not one index.
    let data = use_memo((store.data, ChartInputs::of(ds, state)), |(base, query)| ChartData::new(base.0, query));
    let presets = use_memo(Data(ds), |ds| presets(ds.0));
    let subject = state.subject;
    let heading = "Shared ".to_string() + ds.element_noun[3];
    let chart = match state.shown_view(ds) {
        View::Matrix => html! { <Matrix data={data.clone()} query={query.clone()} dispatch={dispatch.clone()} /> },
        View::Venn => html! { <Venn data={data.clone()} query={query.clone()} dispatch={dispatch.clone()} /> },
        View::Upset => {
            html! { <Upset data={data.clone()} {subject} grouped={state.grouped} dispatch={dispatch.clone()} /> }
        }
    };
    if opening {
        return html! {
            <main class="layout" ref={main}><p class="opening" role="status">{ "Opening the data in this link…" }</p></main>
        };
    }
    html! {
        <>
            { notices(&page::notices(ds, &store)) }
            <main class="layout" data-embedded={state.embed.then_some("")} onclick={state.embed.then(source_jump)} ref={main}>
                if !state.embed {
                    <Filters model={Rc::new(FiltersModel::new(ds, state, &presets))} ds={Data(ds)} dispatch={dispatch.clone()} />
                }
                <section class="chart-area" aria-labelledby="chart-title">
                    <h2 id="chart-title">{ heading }</h2>
                    if !state.embed {
                        <Toolbar views={Rc::new(page::views(ds, state))} state={Rc::new(state.clone())} data={data.clone()} dispatch={dispatch.clone()} {open} />
                    }
                    if let Some(note) = undated_note(ds, state) { <p class="undated-note">{ note }</p> }
                    <div id="chart" tabindex="-1">{ chart }</div>
                    if has_legend(ds, state) { { legend() } }
                    <Changes data={data.clone()} query={query.clone()} dispatch={dispatch.clone()} />
                    { description(page::Description::new(ds, state, &data)) }
                    <Details data={data.clone()} {subject} {query} {dispatch} />
                    if state.embed { { credit_line(state, &data) } }
                </section>
            </main>
        </>
    }
}

/// Once the first render is complete, in the page that owns its URL: takes the prerendered page over (see
/// `takeover`), replays what the reader did on it meanwhile, and follows the browser's Back and Forward.
#[hook]
fn use_takeover(owns_url: bool, store: &UseReducerHandle<Store>, main: &NodeRef) {
    let (store, main) = (store.clone(), main.clone());
    use_effect_with(owns_url, move |owns| {
        let listener = owns.then(|| {
            if let Some(root) = main.cast::<web_sys::Element>().and_then(|m| m.parent_element()) {
                take_over_page(&root);
            }
            if store.state.embed {
                remove_page_footer();
            }
            // What the user did before the app was live happens now, in order, as if done just after.
            for action in replay(&early_inputs(), store.data.0.counted(store.state.by)) {
                store.dispatch(Msg::Act(action));
            }
            EventListener::new(&gloo::utils::window(), "popstate", move |_| {
                navigated();
                store.dispatch(Msg::Open(location_query()));
            })
        });
        move || drop(listener)
    });
}

/// Whether the data the page's address carries (`location::data_in_link`) is being opened: the publishing module
/// opens it, then the store shows it with the address's view and says what was opened; where it cannot be opened, the
/// built-in data's default view, saying why.
#[hook]
fn use_link_data(owns_url: bool, store: &UseReducerHandle<Store>) -> bool {
    let link = use_state(|| owns_url.then(data_in_link).flatten());
    {
        let (link, store) = (link.clone(), store.clone());
        use_effect_with((), move |_| {
            if let Some((kind, value)) = (*link).clone() {
                yew::platform::spawn_local(async move {
                    let args = js_sys::Array::of2(&kind.into(), &value.as_str().into());
                    let reply = publishing("open_link", &args).await;
                    let fragment = kind == "fragment";
                    let what =
                        if fragment { "the data in this link".to_string() } else { format!("the data at {value}") };
                    store.dispatch(match answered(reply.and_then(|r| r.as_string())) {
                        Ok((ds, said)) => {
                            let said = match fragment {
                                true => format!("Opened {said}, from this link."),
                                false => format!("Opened {value}, read as {said}."),
                            };
                            Msg::Linked(Data(ds), location_query(), said)
                        }
                        Err((why, _)) => {
                            let said = format!("Could not open {what}: {why}. The built-in data is shown instead.");
                            Msg::Linked(Data(&DATASET), String::new(), said)
                        }
                    });
                    link.set(None);
                });
            }
        });
    }
    link.is_some()
}

/// Keeps the address bar in step with the view (`query`, the store's), after the frame that paints it: a new history
/// entry for a discrete change, the current one replaced for a continuous one. Embedded, every change replaces the
/// entry: the host page's Back button leaves the article, as readers expect, rather than stepping back through the
/// chart.
#[hook]
fn use_url(owns_url: bool, store: &Store, query: &str) {
    let (history, embed) = (store.history, store.state.embed);
    // A reader's data too large for a link has none that would reopen it: the address stays the one it was opened
    // from.
    let linked = store.data.0.supplied.is_none_or(|s| s.link != Carried::TooLarge);
    let owns_url = owns_url && linked;
    let ds = store.data.0;
    use_effect_with(query.to_string() + &url_state::fragment(ds), move |query| {
        if owns_url {
            write_url_after_paint(query.clone(), history == History::Push && !embed);
        }
    });
}
