//! The details panel: for a selected intersection or matrix cell, each area and actor with its verbatim citations.

use crate::dataset::DATASET;
use crate::evidence::{citations, event_line};
use crate::sets::ActorSet;
use crate::state::{Action, State, Subject};
use crate::view_model::{describe, ChartData};
use std::rc::Rc;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct DetailsProps {
    pub data: Rc<ChartData>,
    pub state: State,
    pub dispatch: Callback<Action>,
}

#[function_component]
pub fn Details(props: &DetailsProps) -> Html {
    let ds = &DATASET;
    let Some(subject) = props.state.subject else {
        return html! {
            <section class="details" aria-live="polite">
                <p class="hint">{ "Select an intersection (click, or Enter) or a table cell to see its areas and where each claim comes from." }</p>
            </section>
        };
    };
    let (title, rows): (String, Vec<(usize, ActorSet)>) = match subject {
        Subject::Intersection(sets) => match props.data.intersections.iter().find(|x| x.sets == sets) {
            Some(x) => (describe(ds, &props.data, x), props.data.areas_of(x).map(|a| (a, sets)).collect()),
            None => (format!("{} share no area in this view.", ChartData::set_names(ds, sets)), vec![]),
        },
        Subject::Cell { area, actor } => {
            (format!("{} — {}", ds.actors[actor].name, ds.areas[area].label), vec![(area, ActorSet::single(actor))])
        }
    };
    let close = props.dispatch.reform(|_: MouseEvent| Action::Select(None));
    html! {
        <section class="details" aria-live="polite" aria-labelledby="details-title">
            <div class="details-head">
                <h3 id="details-title">{ title }</h3>
                <button type="button" onclick={close}>{ "Close" }</button>
            </div>
            { for rows.iter().map(|&(area, actors)| html! {
                <article class="area-evidence">
                    <h4>{ ds.areas[area].label }<span class="group">{ ds.groups[ds.areas[area].group].label }</span></h4>
                    <dl>
                        { for actors.iter().map(|actor| html! {
                            <>
                                <dt>{ ds.actors[actor].name }</dt>
                                { for citations(ds, area, actor, props.state.as_of).into_iter().map(|l| {
                                    let source = &ds.sources[l.source];
                                    html! {
                                        <dd>
                                            <span class="via">{ format!("{} — {}", ds.partnerships[l.partnership].name, event_line(ds, l.event)) }</span>
                                            <blockquote lang={source.language}>{ format!("“{}”", l.quote) }</blockquote>
                                            <span class="cite">{ "Source: " }<a href={format!("#source-{}", source.id)}>{ source.title }</a></span>
                                            if let Some(note) = l.note { <span class="note">{ format!("Note: {note}") }</span> }
                                        </dd>
                                    }
                                }) }
                            </>
                        }) }
                    </dl>
                </article>
            }) }
        </section>
    }
}
