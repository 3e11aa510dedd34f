//! The changes list: comparing two dates, each area that entered, left or moved, with the events and source quotes
//! that changed it; selecting one lights its old and new intersections and opens its sources.

use super::citations::{source_ref, use_citations, Citations};
use crate::compare::by_event;
use crate::dataset::DATASET;
use crate::describe::{change, changes_summary};
use crate::evidence::{event_line, parties};
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
    let ds = &DATASET;
    let texts = use_citations(props.data.before.is_some());
    // Without actors the chart says to tick some; a list of nothing would only repeat it.
    let Some(before) = props.data.before.as_ref().filter(|_| !props.data.selected.is_empty()) else { return html! {} };
    html! {
        <section class="changes" aria-labelledby="changes-title">
            <h3 id="changes-title">{ "What changed" }</h3>
            <p>{ changes_summary(ds, &props.data, before) }</p>
            if let Citations::Failed(why) = &texts { <p class="notices" role="alert">{ why }</p> }
            <ol>
                { for before.changes.iter().map(|c| {
                    let this = Subject::Change(c.area);
                    let pressed = props.subject == Some(this);
                    let pick = (!pressed).then_some(this);
                    html! {
                        <li data-change={c.kind.name()} data-area={ds.areas[c.area].id}>
                            <button type="button" aria-pressed={pressed.to_string()}
                                onclick={props.dispatch.reform(move |_: MouseEvent| Action::Select(pick))}>{ change(ds, c) }</button>
                            // One line per event: its first quote, and every source that reports it.
                            <ul class="causes">
                                { for by_event(ds, &c.causes).into_iter().map(|links| {
                                    let first = &ds.links[links[0]];
                                    // Each source once, though it may report the event for several links.
                                    let mut cited: Vec<usize> = Vec::new();
                                    for &l in &links {
                                        if !cited.contains(&ds.links[l].source) {
                                            cited.push(ds.links[l].source);
                                        }
                                    }
                                    html! {
                                        <li>
                                            { parties(ds, first.partnership) }{ " " }{ event_line(ds, first.event) }{ ": " }
                                            <span class="quote" lang={ds.sources[first.source].language}>{ texts.quote(links[0]) }</span>
                                            { for cited.into_iter().map(|s| html! { <>{ " " }{ source_ref(s) }</> }) }
                                        </li>
                                    }
                                }) }
                            </ul>
                        </li>
                    }
                }) }
            </ol>
        </section>
    }
}
