//! The Venn/Euler view for 2 or 3 actors: circles sized by set size, each region labelled with its exclusive count.

use super::description::SHORT_ID;
use super::mark_events::select_handlers;
use crate::dataset::DATASET;
use crate::picture::{num, view_box};
use crate::present::venn::{VennModel, CAPTION};
use crate::state::{Action, Subject};
use crate::view_model::ChartData;
use std::rc::Rc;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct VennProps {
    pub data: Rc<ChartData>,
    pub subject: Option<Subject>,
    pub dispatch: Callback<Action>,
}

#[function_component]
pub fn Venn(props: &VennProps) -> Html {
    // Geometry depends on the data only: a selection or re-render reuses it.
    let model = use_memo(props.data.clone(), |data| VennModel::new(&DATASET, data));
    let Some(m) = &*model else { return html! {} };
    let (on_click, on_key) = select_handlers(&props.dispatch);
    html! {
        <figure class="venn" data-chart="venn" aria-describedby={SHORT_ID}>
            <svg class="chart" viewBox={view_box(m.width, m.height)} width={num(m.width)} role="group" aria-describedby={SHORT_ID}
                aria-label={m.label.clone()} onclick={on_click} onkeydown={on_key}>
                { for m.circles.iter().enumerate().map(|(i, c)| html! {
                    <circle class="set-circle" data-c={i.to_string()} data-set={c.id} data-size={c.size.to_string()}
                        cx={num(c.circle.cx)} cy={num(c.circle.cy)} r={num(c.circle.r)} role="img" aria-label={c.label.clone()} />
                }) }
                { for m.circles.iter().map(|c| html! {
                    <text class="set-label middle" x={num(c.name_at.0)} y={num(c.name_at.1)} aria-hidden="true">{ c.short }</text>
                }) }
                { for m.regions.iter().map(|r| html! {
                    <g class="region" data-sets={r.ids.clone()} data-size={r.size.to_string()} data-elements={r.elements.clone()}
                        tabindex="0" role="button" aria-pressed={(props.subject == Some(Subject::Intersection(r.sets))).to_string()}
                        aria-label={r.label.clone()}>
                        <circle class="hit" cx={num(r.at.0)} cy={num(r.at.1)} r="16" />
                        <text class="count middle" x={num(r.at.0)} y={num(r.at.1)}>{ r.size }</text>
                    </g>
                }) }
            </svg>
            <figcaption>{ CAPTION }</figcaption>
        </figure>
    }
}
