//! The app shell: holds the one `State`, derives the chart data from it, and lays out header, filters and chart.

use super::filters::Filters;
use super::notices::Notices;
use super::sources::Sources;
use super::upset::Upset;
use crate::dataset::DATASET;
use crate::state::{Action, State};
use crate::url_state;
use crate::view_model::ChartData;
use std::rc::Rc;
use yew::prelude::*;

/// Yew's reducer wrapper around the pure `State`.
#[derive(Clone, PartialEq)]
pub struct Store(pub State);

impl Reducible for Store {
    type Action = Action;
    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        Rc::new(Store(self.0.apply(action)))
    }
}

#[derive(Properties, PartialEq, Default)]
pub struct AppProps {
    /// The query string to start from; `None` reads the page's own URL.
    #[prop_or_default]
    pub query: Option<String>,
}

#[function_component]
pub fn App(props: &AppProps) -> Html {
    let ds = &DATASET;
    let start = use_memo((), |_| {
        let query = props.query.clone().unwrap_or_else(|| gloo::utils::window().location().search().unwrap_or_default());
        url_state::parse(&query, ds)
    });
    let store = use_reducer(|| Store(start.0.clone()));
    let state = &store.0;
    let dispatch = {
        let store = store.clone();
        Callback::from(move |action: Action| store.dispatch(action))
    };
    let data_key = (state.sets, state.filter(), state.mode, state.sort);
    let data = use_memo(data_key, |_| ChartData::new(ds, state));
    let mut notices: Vec<String> = ds.problems.iter().map(|p| format!("Dataset problem, left out: {p}")).collect();
    notices.extend(start.1.iter().cloned());

    html! {
        <>
            <header class="site-header">
                <h1>{ "Overlap" }</h1>
                <p class="tagline">
                    { "Which technology areas the EU, UK, Japan, South Korea, Singapore and Canada share through their digital partnerships." }
                </p>
            </header>
            <Notices notices={notices} />
            <main class="layout">
                <Filters state={state.clone()} dispatch={dispatch.clone()} />
                <section class="chart-area" aria-labelledby="chart-title">
                    <h2 id="chart-title">{ "Shared technology areas" }</h2>
                    <Upset data={data.clone()} state={state.clone()} dispatch={dispatch} />
                </section>
            </main>
            <Sources />
        </>
    }
}
