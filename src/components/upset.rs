//! The UpSet chart in SVG: set-size bars, intersection bars with counts, and the dot matrix, with marks tests read.

use super::description::SHORT_ID;
use super::mark_events::{mark_of, select_handlers};
use crate::dataset::DATASET;
use crate::layout::{num, view_box, Column, Row, CHANGE_ROOM, COLUMN_TITLE, ROW_HEIGHT, TITLE_ROOM};
use crate::present::upset::{ColumnMarks, Highlight, Hover, SetRow, UpsetModel, NO_ACTOR, PAGE};
use crate::state::{Action, Subject};
use crate::view_model::ChartData;
use std::rc::Rc;
use wasm_bindgen::JsCast;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct UpsetProps {
    pub data: Rc<ChartData>,
    pub subject: Option<Subject>,
    pub dispatch: Callback<Action>,
}

#[function_component]
pub fn Upset(props: &UpsetProps) -> Html {
    // Set only when it changes: a pointer moving within one mark re-renders nothing.
    let hover = use_state_eq(|| None::<Hover>);
    let shown = use_state(|| PAGE);
    // The marks and their geometry depend on the data and how many are shown: a hover or a selection reuses them.
    let model = use_memo((props.data.clone(), *shown), |(data, shown)| UpsetModel::new(&DATASET, data, *shown));
    let Some(m) = &*model else {
        return html! { <p class="empty" data-chart="upset" aria-describedby={SHORT_ID}>{ NO_ACTOR }</p> };
    };
    let lit = Highlight::new(&props.data, *hover, props.subject);
    // One handler of each kind for the whole chart, not one per mark: what is hovered or focused is read off the
    // event's target (a set row's `data-row`, a column's `data-sets`).
    let (on_over, on_focus) = (track::<MouseEvent>(&hover, true), track::<FocusEvent>(&hover, true));
    let (on_leave, on_blur) = (track::<MouseEvent>(&hover, false), track::<FocusEvent>(&hover, false));
    let (on_click, on_key) = select_handlers(&props.dispatch);
    let more = {
        let shown = shown.clone();
        Callback::from(move |_: MouseEvent| shown.set(*shown + PAGE))
    };
    let columns = || m.columns.iter().zip(&m.layout.columns);
    let readout = lit.hovered().and_then(|h| m.columns.iter().find(|c| c.sets == h));
    html! {
        <figure class="upset" data-chart="upset" aria-describedby={SHORT_ID}>
            <svg class="chart" viewBox={view_box(m.layout.width, m.layout.height)} width={num(m.layout.width)} role="group"
                aria-describedby={SHORT_ID} aria-label={m.label.clone()}
                onmouseover={on_over} onfocusin={on_focus} onmouseleave={on_leave} onfocusout={on_blur}
                onclick={on_click} onkeydown={on_key}>
                { axes(m) }
                { for m.rows.iter().zip(&m.layout.rows).map(|(r, at)| set_row(m, r, at, lit.row(r.actor))) }
                { for columns().map(|(c, at)| column(m, c, at, &lit, props.subject == Some(Subject::Intersection(c.sets)))) }
                // Outside the columns, whose spoken name (their sentence) says the same: a button's visible text must
                // stand in its name as written, and rotated lines do not.
                <g aria-hidden="true">{ for columns().map(|(c, at)| names(m, c, at, lit.column(c.sets))) }</g>
            </svg>
            <figcaption>
                // The sentence of a hovered or focused column, whose names under the chart may only count its areas.
                if let Some(c) = readout {
                    <p class="readout" aria-hidden="true">{ c.label.clone() }</p>
                }
                { m.caption.clone() }
                if m.hidden > 0 {
                    { " " }<button type="button" class="more" onclick={more}>{ m.more.clone() }</button>
                }
            </figcaption>
        </figure>
    }
}

/// The axes' ticks and titles, and, comparing two dates, which date the solid bars and the outlines are (said in the
/// chart itself, so that an exported image says it too).
fn axes(m: &UpsetModel) -> Html {
    let l = &m.layout;
    html! {
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
            <text x={num(l.matrix_x + 4.0)} y={num(TITLE_ROOM / 2.0)} class="axis-title">{ COLUMN_TITLE }</text>
            if let Some([solid, dashed]) = &m.dates {
                <text x="4" y={num(TITLE_ROOM / 2.0)} class="axis-title">{ solid.clone() }</text>
                <text x="4" y={num(TITLE_ROOM / 2.0 + 15.0)} class="axis-title">{ dashed.clone() }</text>
            }
        </g>
    }
}

fn set_row(m: &UpsetModel, r: &SetRow, at: &Row, lit: bool) -> Html {
    let l = &m.layout;
    html! {
        <g class="set-row" data-lit={lit.then_some("")} tabindex="0" role="img" aria-label={r.label.clone()}
            data-row={r.actor.to_string()}>
            <rect class="stripe" x="0" y={num(at.y - ROW_HEIGHT / 2.0)} width={num(l.width)} height={num(ROW_HEIGHT)} />
            <rect class="set-bar" data-set={r.id} data-size={r.size.to_string()} data-size-before={r.size_then.map(|b| b.to_string())}
                x={num(l.bar_right - at.bar_width)} y={num(at.y - 9.0)} width={num(at.bar_width)} height="18" />
            if let Some(w) = at.was_width {
                <rect class="was" x={num(l.bar_right - w)} y={num(at.y - 9.0)} width={num(w)} height="18" />
            }
            <text class="count end" x={num(l.bar_right - at.bar_width.max(at.was_width.unwrap_or(0.0)) - 4.0)} y={num(at.y)}>
                { r.size }
                if let Some(change) = &r.change { <tspan class="delta">{ format!(" {change}") }</tspan> }
            </text>
            <text class="set-label" x={num(l.label_x)} y={num(at.y)}>{ r.short }</text>
        </g>
    }
}

fn column(m: &UpsetModel, c: &ColumnMarks, at: &Column, lit: &Highlight, pressed: bool) -> Html {
    let w = m.layout.column_width;
    html! {
        <g class="column" data-lit={lit.column(c.sets).then_some("")} data-was={lit.was(c.sets).then_some("")}
            data-sets={c.ids.clone()} data-size={c.size.to_string()} data-size-before={c.size_then.map(|b| b.to_string())}
            data-elements={c.elements.clone()} tabindex="0" role="button" aria-pressed={pressed.to_string()}
            aria-label={c.label.clone()}>
            <rect class="hit" x={num(at.x - w / 2.0)} y="1" width={num(w)} height={num(m.layout.axis_y - 13.0)} />
            <rect class="bar" x={num(at.x - w * 0.35)} y={num(at.bar_y)} width={num(w * 0.7)} height={num(at.bar_height)} />
            if let Some((y, h)) = at.was {
                <rect class="was" x={num(at.x - w * 0.35)} y={num(y)} width={num(w * 0.7)} height={num(h)} />
            }
            <text class="count middle" x={num(at.x)} y={num(at.count_y)}>{ c.size }</text>
            if let Some((y1, y2)) = at.line {
                <line class="link" x1={num(at.x)} x2={num(at.x)} y1={num(y1)} y2={num(y2)} />
            }
            // Only the dot paths a column has: most columns have no dot of some grade.
            <path class="dot" d={at.dots[0].clone()} />
            if !at.dots[1].is_empty() {
                <path class="dot" data-on="" data-grade="aspiration" d={at.dots[1].clone()} />
            }
            if !at.dots[2].is_empty() {
                <path class="dot" data-on="" data-grade="exploring" d={at.dots[2].clone()} />
            }
            <path class="dot" data-on="" d={at.dots[3].clone()} />
        </g>
    }
}

/// A column's area names under the chart, and, comparing, its change above its count.
fn names(m: &UpsetModel, c: &ColumnMarks, at: &Column, lit: bool) -> Html {
    let y = m.layout.names_y;
    html! {
        <g class="names" data-lit={lit.then_some("")} data-counted={at.counted.then_some("")}>
            { for at.names.iter().map(|(x, line)| html! {
                <text class="name end" x={num(*x)} y={num(y)} transform={format!("rotate(-90 {} {})", num(*x), num(y))}>{ line }</text>
            }) }
            if let Some(change) = &c.change {
                <text class="delta middle" x={num(at.x)} y={num(at.count_y - CHANGE_ROOM)}>{ change }</text>
            }
        </g>
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
