//! The UpSet chart in SVG: set-size bars, intersection bars with counts, and the dot matrix, with marks tests read.

use super::description::SHORT_ID;
use super::{mark_of, select_handlers, ChartProps};
use crate::compare::holds;
use crate::dataset::DATASET;
use crate::describe::{actor_size, intersection, signed, since};
use crate::layout::{self, num, view_box, ColumnIn, UpsetLayout};
use crate::overlap::Mode;
use crate::sets::ActorSet;
use crate::state::Subject;
use crate::view_model::ChartData;
use wasm_bindgen::JsCast;
use yew::prelude::*;

/// Intersections drawn at first, and added by each "show more": a large dataset stays quick to draw and to read.
pub const PAGE: usize = 40;

/// Width the chart is laid out for; wider charts scroll sideways rather than shrink their text.
pub const NOMINAL_WIDTH: f64 = 760.0;

/// What the pointer or keyboard focus is on: highlighting it is a style change, never a new layout.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Hover {
    Set(usize),
    Intersection(ActorSet),
}

#[function_component]
pub fn Upset(props: &ChartProps) -> Html {
    let ds = &DATASET;
    let data = &props.data;
    // Set only when it changes: a pointer moving within one mark re-renders nothing.
    let hover = use_state_eq(|| None::<Hover>);
    let shown = use_state(|| PAGE);
    let layout = use_memo((data.clone(), *shown), |(data, shown)| {
        let longest = data.set_sizes.iter().map(|(a, _)| ds.actors[*a].short.chars().count()).max().unwrap_or(0);
        let rows: Vec<usize> = data.selected.iter().collect();
        let columns: Vec<ColumnIn> = data
            .intersections
            .iter()
            .take(*shown)
            .map(|x| ColumnIn {
                members: x
                    .sets
                    .iter()
                    .filter_map(|a| Some((rows.iter().position(|r| *r == a)?, data.weakest(x, a))))
                    .collect(),
                size: x.size(),
                before: x.before,
                names: data.areas_of(x).map(|a| ds.areas[a].label).collect(),
            })
            .collect();
        let sizes: Vec<usize> = data.set_sizes.iter().map(|(_, s)| *s).collect();
        let before: Vec<usize> = data.before.iter().flat_map(|b| b.set_sizes.iter().map(|(_, s)| *s)).collect();
        layout::upset(&sizes, &before, longest, &columns, NOMINAL_WIDTH, ds.actors.len())
    });
    if data.selected.is_empty() {
        return html! { <p class="empty" data-chart="upset" aria-describedby={SHORT_ID}>{ "Tick at least one actor to see what they share." }</p> };
    }
    let l: &UpsetLayout = &layout;
    let lit_set = |a: usize| match *hover {
        Some(Hover::Set(s)) => s == a,
        Some(Hover::Intersection(x)) => x.contains(a),
        None => false,
    };
    // An area of the changes list, selected, lights the intersections that hold it now and marks those that held it.
    let moved = match props.state.subject {
        Some(Subject::Change(area)) => data.change_of(area),
        _ => None,
    };
    let exclusive = data.mode == Mode::Exclusive;
    let lit_column = |x: ActorSet| match *hover {
        Some(Hover::Set(s)) => x.contains(s),
        Some(Hover::Intersection(h)) => h == x,
        None => moved.is_some_and(|c| holds(x, c.after, exclusive)),
    };
    let was_column =
        |x: ActorSet| moved.is_some_and(|c| holds(x, c.before, exclusive) && !holds(x, c.after, exclusive));
    let total = data.intersections.len();
    let hidden = total.saturating_sub(*shown);
    let summary = match hidden {
        0 => format!("{} areas among {} actors, in {total} intersections.", data.areas_in_view(), data.set_sizes.len()),
        _ => format!(
            "{} areas among {} actors, in {total} intersections; the first {} in this order are shown.",
            data.areas_in_view(),
            data.set_sizes.len(),
            l.columns.len()
        ),
    };
    let cut = data.cut.then(|| {
        format!(
            " Inclusive mode weighs at most {} combinations; with this many actors it shows each actor and the largest \
             combinations seen, not every one.",
            crate::overlap::INCLUSIVE_CANDIDATE_LIMIT
        )
    });
    let hovered = match *hover {
        Some(Hover::Intersection(h)) => data.intersections.iter().find(|x| x.sets == h),
        _ => None,
    };
    let more = {
        let shown = shown.clone();
        Callback::from(move |_: MouseEvent| shown.set(*shown + PAGE))
    };
    // One handler of each kind for the whole chart, not one per mark: what is hovered or focused is read off the
    // event's target (a set row's `data-row`, a column's `data-sets`).
    let (on_over, on_focus) = (track::<MouseEvent>(&hover, true), track::<FocusEvent>(&hover, true));
    let (on_leave, on_blur) = (track::<MouseEvent>(&hover, false), track::<FocusEvent>(&hover, false));
    let (on_click, on_key) = select_handlers(&props.dispatch, props.state.subject);

    html! {
        <figure class="upset" data-chart="upset" aria-describedby={SHORT_ID}>
            <svg class="chart" viewBox={view_box(l.width, l.height)} width={num(l.width)} role="group" aria-describedby={SHORT_ID}
                aria-label={format!("UpSet chart. {summary}")}
                onmouseover={on_over} onfocusin={on_focus} onmouseleave={on_leave} onfocusout={on_blur}
                onclick={on_click} onkeydown={on_key}>
                <g class="axis" aria-hidden="true">
                    { for l.column_ticks.iter().map(|t| html! {
                        <g>
                            <line x1={num(l.matrix_x)} x2={num(l.width - 4.0)} y1={num(t.at)} y2={num(t.at)} />
                            <text x={num(l.matrix_x - 6.0)} y={num(t.at)} class="tick end">{ t.value }</text>
                        </g>
                    }) }
                    { for l.set_ticks.iter().map(|t| html! {
                        <text x={num(t.at)} y={num(l.axis_y)} class="tick middle">{ t.value }</text>
                    }) }
                    <text x={num(l.bar_right / 2.0)} y={num(l.matrix_y - 8.0)} class="axis-title middle">{ "Areas per actor" }</text>
                    <text x={num(l.matrix_x + 4.0)} y={num(layout::TITLE_ROOM / 2.0)} class="axis-title">{ layout::COLUMN_TITLE }</text>
                    // Said in the chart itself, so that an exported image says which dates its bars are.
                    if let Some(b) = &data.before {
                        <text x="4" y={num(layout::TITLE_ROOM / 2.0)} class="axis-title">{ format!("Solid bars: {}", b.to) }</text>
                        <text x="4" y={num(layout::TITLE_ROOM / 2.0 + 15.0)} class="axis-title">{ format!("Dashed outlines: {}", b.from) }</text>
                    }
                </g>
                { for data.set_sizes.iter().zip(&l.rows).enumerate().map(|(r, ((a, size), row))| {
                    let actor = &ds.actors[*a];
                    let before = data.before.as_ref().map(|b| b.set_sizes[r].1);
                    let label = actor_size(ds, *a, *size) + &before.map(|b| since(b, *size)).unwrap_or_default();
                    html! {
                        <g class="set-row" data-lit={lit_set(*a).then_some("")} tabindex="0" role="img" aria-label={label}
                            data-row={a.to_string()}>
                            <rect class="stripe" x="0" y={num(row.y - layout::ROW_HEIGHT / 2.0)} width={num(l.width)} height={num(layout::ROW_HEIGHT)} />
                            <rect class="set-bar" data-set={actor.id} data-size={size.to_string()} data-size-before={before.map(|b| b.to_string())}
                                x={num(l.bar_right - row.bar_width)} y={num(row.y - 9.0)}
                                width={num(row.bar_width)} height="18" />
                            if let Some(w) = row.was_width {
                                <rect class="was" x={num(l.bar_right - w)} y={num(row.y - 9.0)} width={num(w)} height="18" />
                            }
                            <text class="count end" x={num(l.bar_right - row.bar_width.max(row.was_width.unwrap_or(0.0)) - 4.0)} y={num(row.y)}>
                                { size }
                                if let Some(b) = before.filter(|b| b != size) { <tspan class="delta">{ format!(" {}", signed(*size as i64 - b as i64)) }</tspan> }
                            </text>
                            <text class="set-label" x={num(l.label_x)} y={num(row.y)}>{ actor.short }</text>
                        </g>
                    }
                }) }
                { for data.intersections.iter().zip(&l.columns).map(|(x, col)| {
                    let selected = props.state.subject == Some(Subject::Intersection(x.sets));
                    let elements: Vec<&str> = data.areas_of(x).map(|a| ds.areas[a].id).collect();
                    html! {
                        <g class="column" data-lit={lit_column(x.sets).then_some("")} data-was={was_column(x.sets).then_some("")}
                            data-sets={ChartData::set_ids(ds, x.sets)} data-size={x.size().to_string()}
                            data-size-before={x.before.map(|b| b.to_string())}
                            data-elements={elements.join(" ")}
                            tabindex="0" role="button" aria-pressed={selected.to_string()}
                            aria-label={intersection(ds, data, x)}>
                            <rect class="hit" x={num(col.x - l.column_width / 2.0)} y="1"
                                width={num(l.column_width)} height={num(l.axis_y - 13.0)} />
                            <rect class="bar" x={num(col.x - l.column_width * 0.35)} y={num(col.bar_y)}
                                width={num(l.column_width * 0.7)} height={num(col.bar_height)} />
                            if let Some((y, h)) = col.was {
                                <rect class="was" x={num(col.x - l.column_width * 0.35)} y={num(y)}
                                    width={num(l.column_width * 0.7)} height={num(h)} />
                            }
                            <text class="count middle" x={num(col.x)} y={num(col.count_y)}>{ x.size() }</text>
                            if let Some((y1, y2)) = col.line {
                                <line class="link" x1={num(col.x)} x2={num(col.x)} y1={num(y1)} y2={num(y2)} />
                            }
                            // Only the dot paths a column has: most columns have no dot of some grade.
                            <path class="dot" d={col.dots[0].clone()} />
                            if !col.dots[1].is_empty() {
                                <path class="dot" data-on="" data-grade="aspiration" d={col.dots[1].clone()} />
                            }
                            if !col.dots[2].is_empty() {
                                <path class="dot" data-on="" data-grade="exploring" d={col.dots[2].clone()} />
                            }
                            <path class="dot" data-on="" d={col.dots[3].clone()} />
                        </g>
                    }
                }) }
                // Outside the columns, whose spoken name (their description) says the same: a button's visible text
                // must stand in its name as written, and rotated lines do not.
                <g aria-hidden="true">
                    { for data.intersections.iter().zip(&l.columns).map(|(x, col)| html! {
                        <g class="names" data-lit={lit_column(x.sets).then_some("")} data-counted={col.counted.then_some("")}>
                            { for col.names.iter().map(|(at, line)| html! {
                                <text class="name end" x={num(*at)} y={num(l.names_y)}
                                    transform={format!("rotate(-90 {} {})", num(*at), num(l.names_y))}>{ line }</text>
                            }) }
                            // Comparing, the change above the count, which the column's name says too.
                            if x.change() != 0 {
                                <text class="delta middle" x={num(col.x)} y={num(col.count_y - layout::CHANGE_ROOM)}>{ signed(x.change()) }</text>
                            }
                        </g>
                    }) }
                </g>
            </svg>
            <figcaption>
                // The names of a hovered or focused column, which its names under the chart may only count.
                if let Some(x) = hovered {
                    <p class="readout" aria-hidden="true">{ intersection(ds, data, x) }</p>
                }
                { summary }
                { cut.unwrap_or_default() }
                if hidden > 0 {
                    { " " }<button type="button" class="more" onclick={more}>{ format!("Show {} more", hidden.min(PAGE)) }</button>
                }
            </figcaption>
        </figure>
    }
}

/// A handler that sets what is hovered or focused to the mark the event is on (`on`), or to nothing.
fn track<E: AsRef<Event> + 'static>(hover: &UseStateHandle<Option<Hover>>, on: bool) -> Callback<E> {
    let hover = hover.clone();
    Callback::from(move |e: E| hover.set(on.then(|| hover_at(e.as_ref())).flatten()))
}

/// The set row or intersection column an event happened in, if any.
fn hover_at(e: &Event) -> Option<Hover> {
    // As in `mark_of`: an element, unchecked.
    let target: web_sys::Element = e.target()?.unchecked_into();
    let mark = target.closest("[data-row], [data-sets][role=button]").ok()??;
    match mark.get_attribute("data-row") {
        Some(row) => row.parse().ok().map(Hover::Set),
        None => mark_of(e).map(Hover::Intersection),
    }
}
