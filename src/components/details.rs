//! The details panel: for the selection, the brief of its citations, by partnership then area (`present::details`).

use super::citations::{noted, source_ref, use_citations, Citations};
use super::mark_events::take_picked;
use crate::dataset::Dataset;
use crate::present::details::{citation_words, hint, Citation, DetailsModel};
use crate::state::{Action, Subject};
use crate::view_model::ChartData;
use std::rc::Rc;
use wasm_bindgen::JsCast;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct DetailsProps {
    pub data: Rc<ChartData>,
    pub subject: Option<Subject>,
    pub dispatch: Callback<Action>,
}

#[function_component]
pub fn Details(props: &DetailsProps) -> Html {
    let texts = use_citations(props.subject.is_some());
    let heading = use_node_ref();
    // A selection the reader has just made brings its evidence into view and the focus to it.
    {
        let heading = heading.clone();
        use_effect_with(props.subject, move |subject| {
            if subject.is_some() && take_picked() {
                if let Some(h) = heading.cast::<web_sys::HtmlElement>() {
                    h.scroll_into_view_with_bool(true);
                    let _ = h.focus();
                }
            }
        });
    }
    // Its props are what it is drawn from: a new render is a new selection or new data, so nothing to memoise.
    let Some(m) = props.subject.map(|s| DetailsModel::new(props.data.ds, &props.data, s)) else {
        return html! { <section class="details" aria-live="polite"><p class="hint">{ hint(props.data.ds) }</p></section> };
    };
    let close = props.dispatch.reform(|_: MouseEvent| Action::Unselect);
    let words = texts.words();
    html! {
        <section class="details" aria-live="polite" aria-labelledby="details-title">
            <div class="details-head">
                <h3 id="details-title" tabindex="-1" ref={heading}>{ m.title.clone() }</h3>
                <span class="details-actions">
                    <button type="button" onclick={Callback::from(|_: MouseEvent| back_to_chart())}>{ "Back to the chart" }</button>
                    <button type="button" onclick={close}>{ "Close" }</button>
                </span>
            </div>
            if let Citations::Failed(why) = &texts { <p class="notices" role="alert">{ why }</p> }
            { for m.parts.iter().map(|p| html! {
                <article class="brief">
                    <h4>{ p.name }<span class="parties">{ p.parties.clone() }</span></h4>
                    if let Some(note) = words.and_then(|w| w.partnerships.get(p.partnership).cloned().flatten()) {
                        <p class="note">{ noted(&note) }</p>
                    }
                    { for p.areas.iter().map(|a| html! {
                        <section class="area-evidence" data-area={a.id}>
                            <h5>{ a.label }</h5>
                            <ul>{ for a.citations.iter().map(|c| citation(props.data.ds, c, &texts)) }</ul>
                        </section>
                    }) }
                </article>
            }) }
        </section>
    }
}

/// Brings the chart back into view, with the focus on the selected mark (a chart's, the table's or the changes
/// list's), or on the chart.
fn back_to_chart() {
    let doc = gloo::utils::document();
    let target = doc.query_selector(".chart-area [aria-pressed=\"true\"]").ok().flatten();
    if let Some(el) = target.or_else(|| doc.get_element_by_id("chart")) {
        let el: web_sys::HtmlElement = el.unchecked_into();
        el.scroll_into_view_with_bool(false);
        let _ = el.focus();
    }
}

/// One citation: the verbatim quote, then on one line how firm it is, where it comes from, its source and what kind
/// of document that is, then why
/// it has a grade weaker than agreed (where the wording is not the quote's) and any note.
fn citation(ds: &Dataset, c: &Citation, texts: &Citations) -> Html {
    let words = citation_words(ds, texts.words(), c.link);
    html! {
        <li>
            <blockquote lang={c.language}>{ texts.quote(c.link) }</blockquote>
            <span class="meta">
                <span class="grade" data-grade={c.grade} title={words.as_ref().map(|w| w.graded_from.clone())}>{ c.grade }</span>
                <span class="via">{ c.event.clone() }</span>
                <span class="cite">{ " · source " }{ source_ref(c.source) }{ " · " }{ c.kind }</span>
            </span>
            if let Some(w) = words {
                if let Some(why) = w.why { <span class="why" lang={c.language}>{ why }</span> }
                if let Some(note) = w.note { <span class="note">{ noted(&note) }</span> }
            }
        </li>
    }
}
