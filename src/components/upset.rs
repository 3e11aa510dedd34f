//! The UpSet chart in SVG: set-size bars, intersection bars with counts, and the dot matrix, with marks tests read.

use crate::dataset::DATASET;
use crate::layout::{self, UpsetLayout};
use crate::sets::ActorSet;
use crate::state::{Action, State};
use crate::view_model::{describe, ChartData};
use std::rc::Rc;
use yew::prelude::*;

/// Width the chart is laid out for; the SVG scales down on narrower screens.
pub const NOMINAL_WIDTH: f64 = 760.0;

/// What the pointer or keyboard focus is on: highlighting it is a style change, never a new layout.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Hover {
    Set(usize),
    Intersection(ActorSet),
}

#[derive(Properties, PartialEq)]
pub struct UpsetProps {
    pub data: Rc<ChartData>,
    pub state: State,
    pub dispatch: Callback<Action>,
}

#[function_component]
pub fn Upset(props: &UpsetProps) -> Html {
    let ds = &DATASET;
    let data = &props.data;
    let hover = use_state(|| None::<Hover>);
    let layout = use_memo(data.clone(), |data| {
        let longest = data.set_sizes.iter().map(|(a, _)| ds.actors[*a].short.chars().count()).max().unwrap_or(0);
        let rows: Vec<usize> = data.selected.iter().collect();
        let columns: Vec<(Vec<usize>, usize)> = data
            .intersections
            .iter()
            .map(|x| (x.sets.iter().filter_map(|a| rows.iter().position(|r| *r == a)).collect(), x.size()))
            .collect();
        let sizes: Vec<usize> = data.set_sizes.iter().map(|(_, s)| *s).collect();
        layout::upset(&sizes, longest, &columns, NOMINAL_WIDTH)
    });
    if data.selected.is_empty() {
        return html! { <p class="empty" data-chart="upset">{ "Tick at least one actor to see what they share." }</p> };
    }
    let l: &UpsetLayout = &layout;
    let lit_set = |a: usize| match *hover {
        Some(Hover::Set(s)) => s == a,
        Some(Hover::Intersection(x)) => x.contains(a),
        None => false,
    };
    let lit_column = |x: ActorSet| match *hover {
        Some(Hover::Set(s)) => x.contains(s),
        Some(Hover::Intersection(h)) => h == x,
        None => false,
    };
    let summary = format!(
        "{} areas among {} actors, in {} intersections.",
        data.universe.areas.len(),
        data.set_sizes.len(),
        data.intersections.len()
    );

    html! {
        <figure class="upset" data-chart="upset">
            <svg class="chart" viewBox={format!("0 0 {} {}", l.width, l.height)} width={l.width.to_string()} role="group"
                aria-label={format!("UpSet chart. {summary}")}>
                <g class="axis" aria-hidden="true">
                    { for l.column_ticks.iter().map(|t| html! {
                        <g>
                            <line x1={l.matrix_x.to_string()} x2={(l.width - 4.0).to_string()} y1={t.at.to_string()} y2={t.at.to_string()} />
                            <text x={(l.matrix_x - 6.0).to_string()} y={t.at.to_string()} class="tick end">{ t.value }</text>
                        </g>
                    }) }
                    { for l.set_ticks.iter().map(|t| html! {
                        <text x={t.at.to_string()} y={(l.height - 8.0).to_string()} class="tick middle">{ t.value }</text>
                    }) }
                    <text x={(l.bar_right / 2.0).to_string()} y={(l.matrix_y - 8.0).to_string()} class="axis-title middle">{ "Areas per actor" }</text>
                    <text x={(l.matrix_x + 4.0).to_string()} y={(layout::TITLE_ROOM / 2.0).to_string()} class="axis-title">{ "Areas per intersection" }</text>
                </g>
                { for data.set_sizes.iter().zip(&l.rows).map(|((a, size), row)| {
                    let actor = &ds.actors[*a];
                    let label = format!("{} has {size} {} in view.", actor.name, if *size == 1 { "area" } else { "areas" });
                    html! {
                        <g class={classes!("set-row", lit_set(*a).then_some("lit"))} tabindex="0" role="img" aria-label={label}
                            onmouseenter={hover_to(&hover, Some(Hover::Set(*a)))} onmouseleave={hover_to(&hover, None)}
                            onfocus={hover_to(&hover, Some(Hover::Set(*a)))} onblur={hover_to(&hover, None)}>
                            <rect class="stripe" x="0" y={(row.y - layout::ROW_HEIGHT / 2.0).to_string()} width={l.width.to_string()} height={layout::ROW_HEIGHT.to_string()} />
                            <rect class="set-bar" data-set={actor.id} data-size={size.to_string()}
                                x={(l.bar_right - row.bar_width).to_string()} y={(row.y - 9.0).to_string()}
                                width={row.bar_width.to_string()} height="18" />
                            <text class="count end" x={(l.bar_right - row.bar_width - 4.0).to_string()} y={row.y.to_string()}>{ size }</text>
                            <text class="set-label" x={l.label_x.to_string()} y={row.y.to_string()}>{ actor.short }</text>
                        </g>
                    }
                }) }
                { for data.intersections.iter().zip(&l.columns).map(|(x, col)| {
                    let selected = props.state.select == Some(x.sets);
                    let elements: Vec<&str> = data.areas_of(x).map(|a| ds.areas[a].id).collect();
                    let pick = if selected { None } else { Some(x.sets) };
                    let on_click = props.dispatch.reform(move |_: MouseEvent| Action::Select(pick));
                    let dispatch = props.dispatch.clone();
                    let on_key = Callback::from(move |e: KeyboardEvent| {
                        if e.key() == "Enter" || e.key() == " " {
                            e.prevent_default();
                            dispatch.emit(Action::Select(pick));
                        }
                    });
                    html! {
                        <g class={classes!("column", lit_column(x.sets).then_some("lit"), selected.then_some("selected"))}
                            data-sets={ChartData::set_ids(ds, x.sets)} data-size={x.size().to_string()}
                            data-elements={elements.join(" ")}
                            tabindex="0" role="button" aria-pressed={selected.to_string()}
                            aria-label={describe(ds, data, x, props.state.mode)}
                            onclick={on_click} onkeydown={on_key}
                            onmouseenter={hover_to(&hover, Some(Hover::Intersection(x.sets)))} onmouseleave={hover_to(&hover, None)}
                            onfocus={hover_to(&hover, Some(Hover::Intersection(x.sets)))} onblur={hover_to(&hover, None)}>
                            <rect class="hit" x={(col.x - l.column_width / 2.0).to_string()} y="0"
                                width={l.column_width.to_string()} height={(l.height - 30.0).to_string()} />
                            <rect class="bar" x={(col.x - l.column_width * 0.35).to_string()} y={col.bar_y.to_string()}
                                width={(l.column_width * 0.7).to_string()} height={col.bar_height.to_string()} />
                            <text class="count middle" x={col.x.to_string()} y={(col.bar_y - 6.0).to_string()}>{ x.size() }</text>
                            if let Some((y1, y2)) = col.line {
                                <line class="link" x1={col.x.to_string()} x2={col.x.to_string()} y1={y1.to_string()} y2={y2.to_string()} />
                            }
                            { for col.filled.iter().zip(&l.rows).map(|(f, row)| html! {
                                <circle class={if *f { "dot on" } else { "dot" }} cx={col.x.to_string()} cy={row.y.to_string()} r={layout::DOT_RADIUS.to_string()} />
                            }) }
                        </g>
                    }
                }) }
            </svg>
            <figcaption>{ summary }</figcaption>
        </figure>
    }
}

/// A callback for any event that sets what is hovered.
fn hover_to<E: 'static>(hover: &UseStateHandle<Option<Hover>>, to: Option<Hover>) -> Callback<E> {
    let hover = hover.clone();
    Callback::from(move |_| hover.set(to))
}
