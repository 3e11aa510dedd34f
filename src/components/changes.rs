//! The changes list: comparing two dates, each area that entered, left or moved, with the events and source quotes
//! that changed it (`present::changes`); selecting one lights its old and new intersections and opens its sources.

use super::citations::{source_ref, use_citations, Citations};
use super::mark_events::pick;
use crate::named::Named;
use crate::present::changes::ChangesModel;
use crate::state::{Action, Subject};
use crate::view_model::ChartData;
use std::rc::Rc;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ChangesProps {
    pub data: Rc<ChartData>,
    pub subject: Option<Subject>,
    pub dispatch: Callback<Action>,
}

#[function_component]
pub fn Changes(props: &ChangesProps) -> Html {
    let texts = use_citations(props.data.comparison.is_some());
    let Some(m) = ChangesModel::new(props.data.ds, &props.data) else { return html! {} };
    html! {
        <section class="changes" aria-labelledby="changes-title">
            <h3 id="changes-title">{ "What changed" }</h3>
            <p>{ m.summary.clone() }</p>
            if let Citations::Failed(why) = &texts { <p class="notices" role="alert">{ why }</p> }
            <ol>
                { for m.entries.iter().map(|e| {
                    let this = Subject::Change(e.area);
                    html! {
                        <li data-change={e.kind.name()} data-area={e.id}>
                            <button type="button" aria-pressed={(props.subject == Some(this)).to_string()}
                                onclick={pick(&props.dispatch, move || Action::Toggle(this))}>{ e.label.clone() }</button>
                            <ul class="causes">
                                { for e.causes.iter().map(|c| html! {
                                    <li>
                                        { c.event.clone() }{ ": " }
                                        <span class="quote" lang={c.language}>{ texts.quote(c.link) }</span>
                                        { for c.sources.iter().map(|&s| html! { <>{ " " }{ source_ref(s) }</> }) }
                                    </li>
                                }) }
                            </ul>
                        </li>
                    }
                }) }
            </ol>
        </section>
    }
}
