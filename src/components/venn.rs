//! The Venn/Euler view for 2 or 3 actors: circles sized by set size, each region labelled with its exclusive count.

use super::description::SHORT_ID;
use super::{select_handlers, ChartProps};
use crate::dataset::DATASET;
use crate::describe::{actor_size, intersection, names};
use crate::layout::{num, view_box};
use crate::overlap::Intersection;
use crate::sets::ActorSet;
use crate::state::Subject;
use crate::venn::venn;
use crate::view_model::ChartData;
use yew::prelude::*;

const WIDTH: f64 = 560.0;

#[function_component]
pub fn Venn(props: &ChartProps) -> Html {
    let ds = &DATASET;
    let data = &props.data;
    let actors: Vec<usize> = data.selected.iter().collect();
    let local = |sets: ActorSet| local_mask(&actors, sets);
    // Geometry depends on the data only: a selection or re-render reuses it.
    let drawn = use_memo(data.clone(), |data| {
        // The chart data of the Venn view is always exclusive (`State::chart_mode`): one region, one intersection.
        let actors: Vec<usize> = data.selected.iter().collect();
        let mut exclusive = vec![0usize; 1 << actors.len()];
        for x in &data.intersections {
            exclusive[local_mask(&actors, x.sets)] = x.size();
        }
        let sizes: Vec<usize> = data.set_sizes.iter().map(|(_, s)| *s).collect();
        (venn(&sizes, &exclusive, WIDTH), sizes)
    });
    let regions = &data.intersections;
    let (Some(l), sizes) = &*drawn else {
        return html! {};
    };
    let (on_click, on_key) = select_handlers(&props.dispatch, props.state.subject);
    html! {
        <figure class="venn" data-chart="venn" aria-describedby={SHORT_ID}>
            <svg class="chart" viewBox={view_box(l.width, l.height)} width={num(l.width)} role="group" aria-describedby={SHORT_ID}
                aria-label={"Venn diagram of ".to_string() + &names(ds, data.selected) + "; areas are approximate for three sets."}
                onclick={on_click} onkeydown={on_key}>
                { for actors.iter().zip(&l.circles).zip(sizes).enumerate().map(|(i, ((&a, c), size))| html! {
                    <circle class="set-circle" data-c={i.to_string()} data-set={ds.actors[a].id} data-size={size.to_string()}
                        cx={num(c.cx)} cy={num(c.cy)} r={num(c.r)} role="img"
                        aria-label={actor_size(ds, a, *size)} />
                }) }
                { for actors.iter().zip(&l.labels).map(|(&a, (x, y))| html! {
                    <text class="set-label middle" x={num(*x)} y={num(*y)} aria-hidden="true">{ ds.actors[a].short }</text>
                }) }
                // Comparing, the Venn view shows the later date only (a notice says so): no emptied regions, no
                // earlier sizes in the spoken names.
                { for regions.iter().filter(|x| x.size() > 0).filter_map(|x| {
                    let at = l.regions.iter().find(|r| usize::from(r.sets) == local(x.sets))?;
                    let selected = props.state.subject == Some(Subject::Intersection(x.sets));
                    let elements: Vec<&str> = data.areas_of(x).map(|a| ds.areas[a].id).collect();
                    Some(html! {
                        <g class="region" data-sets={ChartData::set_ids(ds, x.sets)}
                            data-size={x.size().to_string()} data-elements={elements.join(" ")}
                            tabindex="0" role="button" aria-pressed={selected.to_string()}
                            aria-label={intersection(ds, data, &Intersection { before: None, ..x.clone() })}>
                            <circle class="hit" cx={num(at.x)} cy={num(at.y)} r="16" />
                            <text class="count middle" x={num(at.x)} y={num(at.y)}>{ x.size() }</text>
                        </g>
                    })
                }) }
            </svg>
            <figcaption>{ "Each number counts the areas in exactly that overlap. Three-circle areas are approximate." }</figcaption>
        </figure>
    }
}

/// An actor set as a bitmask over the 2–3 actors shown (bit `i` for the `i`-th of them), as the geometry counts.
fn local_mask(actors: &[usize], sets: ActorSet) -> usize {
    actors.iter().enumerate().filter(|(_, a)| sets.contains(**a)).fold(0, |m, (i, _)| m | 1 << i)
}
