//! The details panel: for a selected intersection or table cell, a brief of its citations, by partnership then area.

use super::citations::{source_ref, use_citations, Citations};
use crate::dataset::{Grade, DATASET};
use crate::describe::{names, selected};
use crate::evidence::{brief, event_line};
use crate::sets::ActorSet;
use crate::state::{Action, State, Subject};
use crate::view_model::ChartData;
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
    let texts = use_citations(props.state.subject.is_some());
    let Some(subject) = props.state.subject else {
        return html! {
            <section class="details" aria-live="polite">
                <p class="hint">{ "Select an intersection (click, or Enter) or a table cell to see its areas and where each claim comes from." }</p>
            </section>
        };
    };
    let title = selected(ds, &props.data, subject);
    let (areas, actors): (Vec<usize>, ActorSet) = match subject {
        Subject::Intersection(sets) => match props.data.intersections.iter().find(|x| x.sets == sets) {
            Some(x) => (props.data.areas_of(x).collect(), sets),
            None => (vec![], sets),
        },
        Subject::Cell { area, actor } => (vec![area], ActorSet::single(actor)),
        // Every actor that had or has the area, with its citations as of the later date.
        Subject::Change(area) => {
            let change = props.data.change_of(area);
            (vec![area], change.map_or(ActorSet::EMPTY, |c| ActorSet(c.before.0 | c.after.0)))
        }
    };
    let close = props.dispatch.reform(|_: MouseEvent| Action::Select(None));
    html! {
        <section class="details" aria-live="polite" aria-labelledby="details-title">
            <div class="details-head">
                <h3 id="details-title">{ title }</h3>
                <button type="button" onclick={close}>{ "Close" }</button>
            </div>
            if let Citations::Failed(why) = &texts { <p class="notices" role="alert">{ why }</p> }
            { for brief(ds, &areas, actors, &props.state.filter()).into_iter().map(|b| {
                let p = &ds.partnerships[b.partnership];
                html! {
                    <article class="brief">
                        <h4>{ p.name }<span class="parties">{ names(ds, p.parties) }</span></h4>
                        if let Some(note) = texts.words().and_then(|w| w.partnerships.get(b.partnership).cloned().flatten()) {
                            <p class="note">{ note }</p>
                        }
                        { for b.areas.iter().map(|(area, links)| html! {
                            <section class="area-evidence" data-area={ds.areas[*area].id}>
                                <h5>{ ds.areas[*area].label }</h5>
                                <ul>{ for links.iter().map(|&l| citation(l, &texts)) }</ul>
                            </section>
                        }) }
                    </article>
                }
            }) }
        </section>
    }
}

/// One citation: the verbatim quote, then on one line how firm it is, where it comes from and its source, then why
/// it has a grade weaker than agreed (where the wording is not the quote's) and any note. The words wait for
/// `texts` to load.
fn citation(link: usize, texts: &Citations) -> Html {
    let ds = &DATASET;
    let l = &ds.links[link];
    let source = &ds.sources[l.source];
    let grade = l.grade.name();
    let text = texts.words().and_then(|w| w.links.get(link));
    html! {
        <li>
            <blockquote lang={source.language}>{ texts.quote(link) }</blockquote>
            <span class="meta">
                <span class="grade" data-grade={grade} title={text.map(|t| format!("Graded {grade} from: “{}”", t.grade_quote))}>{ grade }</span>
                <span class="via">{ event_line(ds, l.event) }</span>
                <span class="cite">{ " · source " }{ source_ref(l.source) }</span>
            </span>
            if let Some(t) = text {
                // Said in full where the wording is weaker than agreed, which a reader most needs to see.
                if l.grade < Grade::Agreed && t.grade_quote != t.quote {
                    <span class="why" lang={source.language}>{ format!("Graded {grade} from: “{}”", t.grade_quote) }</span>
                }
                if let Some(note) = &t.note { <span class="note">{ format!("Note: {note}") }</span> }
            }
        </li>
    }
}
