//! The UpSet chart: set-size bars, intersection bars with counts, the dot matrix and each intersection's area names,
//! with marks tests read; grouped by degree, a header before each group's columns. The stylesheet lays it out as
//! columns, or as rows where the chart is narrow.

use super::description::SHORT_ID;
use super::mark_events::{mark_of, select_handlers};
use crate::dataset::Dataset;
use crate::describe::sentence::Sentence;
use crate::html::num;
use crate::overlap::Degrees;
use crate::present::upset::{
    no_sets, ColumnMarks, Dot, GroupMarks, Highlight, Hover, Length, Mark, SetRow, UpsetModel, PAGE,
};
use crate::state::{Action, Subject};
use crate::view_model::ChartData;
use std::rc::Rc;
use wasm_bindgen::JsCast;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct UpsetProps {
    pub data: Rc<ChartData>,
    pub subject: Option<Subject>,
    /// Grouped by degree, the degrees collapsed (`State::grouped`).
    pub grouped: Option<Degrees>,
    pub dispatch: Callback<Action>,
}

#[function_component]
pub fn Upset(props: &UpsetProps) -> Html {
    // Set only when it changes: a pointer moving within one mark re-renders nothing.
    let hover = use_state_eq(|| None::<Hover>);
    let shown = use_state(|| PAGE);
    // The mark (a column or a group's header) that takes the chart's one tab stop (arrow keys move it).
    let active = use_state_eq(|| 0usize);
    // The marks depend on the data, how many are shown and the grouping: a hover or a selection reuses them.
    let model = use_memo((props.data.clone(), *shown, props.grouped), |(data, shown, grouped)| {
        UpsetModel::new(data.ds, data, *shown, *grouped)
    });
    let Some(m) = &*model else {
        return html! { <p class="empty" data-chart="upset" aria-describedby={SHORT_ID}>{ no_sets(props.data.ds) }</p> };
    };
    let lit = Highlight::new(&props.data, *hover, props.subject);
    // One handler of each kind for the whole chart, not one per mark: what is hovered or focused is read off the
    // event's target (a set row's `data-row`, a column's `data-sets`).
    let ds = props.data.ds;
    let (on_over, on_focus) = (track::<MouseEvent>(&hover, ds, true), track::<FocusEvent>(&hover, ds, true));
    let (on_leave, on_blur) = (track::<MouseEvent>(&hover, ds, false), track::<FocusEvent>(&hover, ds, false));
    let (on_click, on_select_key) = select_handlers(&props.dispatch, props.data.ds);
    let marks = m.sequence();
    let on_key = arrow_keys(marks.len(), &active, on_select_key);
    let more = {
        let shown = shown.clone();
        Callback::from(move |_: MouseEvent| shown.set(*shown + PAGE))
    };
    let tab = (*active).min(marks.len().saturating_sub(1));
    let per = Sentence::from(ds.element_noun[1].to_string()).capitalised() + " per ";
    let (axis, columns_axis) = (per.clone() + ds.set_noun[0], per + "intersection");
    let half = marks.len().div_ceil(2);
    html! {
        <figure class="upset" data-chart="upset" data-comparing={m.dates.is_some().then_some("")} data-rows={m.as_rows.then_some("")} aria-describedby={SHORT_ID}>
            <div class="upset-chart" role="group" aria-label={m.label.clone()} aria-describedby={SHORT_ID}
                onmouseover={on_over} onfocusin={on_focus} onmouseleave={on_leave} onfocusout={on_blur}
                onclick={on_click} onkeydown={on_key}>
                if let Some([solid, dashed]) = &m.dates {
                    <p class="upset-dates">{ solid.clone() }<br />{ dashed.clone() }</p>
                }
                <div class="sets-box">
                    <p class="axis-title" aria-hidden="true">{ axis }</p>
                    <div class="sets">{ for m.rows.iter().map(|r| set_row(r, lit.row(r.actor))) }</div>
                </div>
                <div class="columns-box">
                    <p class="axis-title" aria-hidden="true">{ columns_axis }</p>
                    <div class="columns">
                        { for marks.iter().enumerate().map(|(i, mark)| match mark {
                            Mark::Column(c) => {
                                let tip = (lit.hovered() == Some(c.sets)).then_some(if i < half { "right" } else { "left" });
                                column(c, &lit, props.subject == Some(Subject::Intersection(c.sets)), i == tab, tip)
                            }
                            Mark::Group(g) => group(g, i == tab, &props.dispatch),
                        }) }
                    </div>
                </div>
            </div>
            <figcaption>
                { m.caption.clone() }
                if m.hidden > 0 {
                    { " " }<button type="button" class="more" onclick={more}>{ m.more.clone() }</button>
                }
            </figcaption>
        </figure>
    }
}

/// A bar in a box of 100 × 100 units stretched to the box's size, drawn both ways (up from the bottom, and across
/// from the start), so that the stylesheet can show the one its layout needs.
/// (`was`: the earlier date's, drawn as an outline.)
fn bar(length: &Length, was: bool) -> Html {
    let was = was.then_some("");
    html! {
        <>
            <rect class="bar" data-was={was} data-way="up" x="0" y={num(100.0 - length.0)} width="100" height={num(length.0)} />
            <rect class="bar" data-was={was} data-way="across" x="0" y="0" width={num(length.0)} height="100" />
        </>
    }
}

fn set_row(r: &SetRow, lit: bool) -> Html {
    html! {
        // A count of four digits or more is wider than a narrow chart's column of dots (`data-wide`).
        <div class="set-row" data-row={r.actor.to_string()} data-lit={lit.then_some("")} data-wide={(r.size > 999).then_some("")}
            role="img" aria-label={r.label.clone()}>
            <span class="count">
                { r.size }
                if let Some(change) = &r.change { <span class="delta">{ format!(" {change}") }</span> }
            </span>
            <svg class="bar-box" data-set={r.id} data-size={r.size.to_string()} data-size-before={r.size_then.map(|t| t.to_string())}
                viewBox="0 0 100 100" preserveAspectRatio="none" aria-hidden="true">
                { bar(&r.bar, false) }
                if let Some(was) = &r.was { { bar(was, true) } }
            </svg>
            <span class="set-label" title={r.short}>{ r.short }</span>
        </div>
    }
}

/// An intersection's column: its count (and change), its bar, its dots, its areas' names, and, hovered or focused,
/// its sentence in a tooltip on the side `tip` says.
fn column(c: &ColumnMarks, lit: &Highlight, pressed: bool, tab: bool, tip: Option<&'static str>) -> Html {
    html! {
        // Keyed (a header by its degree, which no id list spells): collapsing a group removes columns, and Yew
        // matches unkeyed marks from the end, so the header that has the focus would be redrawn and lose it.
        <div key={c.ids.clone()} class="column" data-lit={lit.column(c.sets).then_some("")} data-was={lit.was(c.sets).then_some("")}
            data-sets={c.ids.clone()} data-size={c.size.to_string()} data-size-before={c.size_then.map(|b| b.to_string())}
            data-elements={c.elements.clone()} tabindex={if tab { "0" } else { "-1" }} role="button"
            aria-pressed={pressed.to_string()}>
            // Its name from its content, not `aria-label`: a name that left out the visible words would not match them.
            <span class="sr-only">{ c.label.clone() }</span>
            <span class="count" aria-hidden="true">
                if let Some(change) = &c.change { <span class="delta">{ change }</span> }
                { c.size }
            </span>
            <svg class="bar-box" viewBox="0 0 100 100" preserveAspectRatio="none" aria-hidden="true">
                { bar(&c.bar, false) }
                if let Some(was) = &c.was { { bar(was, true) } }
            </svg>
            <span class="dots" aria-hidden="true">{ for c.dots.iter().map(dot) }</span>
            <ul class="names" aria-hidden="true">
                { for c.names.iter().map(|n| name(n)) }
                if let Some(more) = &c.more_names { <li class="moved">{ more }</li> }
                { for c.moved.iter().map(|m| html! {
                    <li class="moved">{ m.line.clone() + ":" }<ul>{ for m.areas.iter().map(|a| html! { <li>{ *a }</li> }) }</ul></li>
                }) }
            </ul>
            if let Some(side) = tip { <span class="tip" data-side={side} aria-hidden="true">{ c.label.clone() }</span> }
        </div>
    }
}

/// A group's header: a button that collapses or expands it, with its bar and its words. No `data-sets`:
/// what reads intersections off the chart passes it by.
fn group(g: &GroupMarks, tab: bool, dispatch: &Callback<Action>) -> Html {
    let (degree, expanded) = (g.degree, g.expanded);
    html! {
        <button key={format!("#{degree}")} type="button" class="group" aria-expanded={if expanded { "true" } else { "false" }} tabindex={if tab { "0" } else { "-1" }}
            onclick={dispatch.reform(move |_| Action::SetCollapsed(degree, expanded))}>
            <svg class="bar-box" viewBox="0 0 100 100" preserveAspectRatio="none" aria-hidden="true">{ bar(&g.bar, false) }</svg>
            <span>{ g.label.clone() }</span>
        </button>
    }
}

/// An element's name in a column's list: past 60 characters (longer than any of the built-in data's), cut, with the
/// full name as its title.
fn name(n: &str) -> Html {
    match n.char_indices().nth(60) {
        Some((at, _)) => html! { <li title={n.to_string()}>{ n[..at].to_string() + "…" }</li> },
        None => html! { <li>{ n.to_string() }</li> },
    }
}

fn dot(d: &Dot) -> Html {
    html! {
        <i data-on={d.on.then_some("")} data-fill={d.on.then(|| d.fill.to_string())}
            data-dashed={d.dashed.then_some("")} data-joined={d.joined.then_some("")}></i>
    }
}

/// The chart's key handler: the arrow keys (and Home, End) move the one tab stop among the marks (columns and group
/// headers) and focus it; Enter and Space select a column (`select_key`), and press a header as a button.
fn arrow_keys(
    count: usize,
    active: &UseStateHandle<usize>,
    select_key: Callback<KeyboardEvent>,
) -> Callback<KeyboardEvent> {
    let active = active.clone();
    Callback::from(move |e: KeyboardEvent| {
        let now = (*active).min(count.saturating_sub(1));
        let next = match e.key().as_str() {
            "ArrowRight" | "ArrowDown" => (now + 1).min(count.saturating_sub(1)),
            "ArrowLeft" | "ArrowUp" => now.saturating_sub(1),
            "Home" => 0,
            "End" => count.saturating_sub(1),
            _ => return select_key.emit(e),
        };
        e.prevent_default();
        active.set(next);
        // The mark is focused now: it exists, as the same render drew it.
        let target: web_sys::Element = match e.target() {
            Some(t) => t.unchecked_into(),
            None => return,
        };
        let columns = target.closest(".columns").ok().flatten().map(|c| c.children());
        if let Some(column) = columns.and_then(|c| c.item(next as u32)) {
            let _ = column.unchecked_into::<web_sys::HtmlElement>().focus();
        }
    })
}

/// A handler that sets what is hovered or focused to the mark the event is on (`on`, its sets named in `ds`), or to
/// nothing.
fn track<E: AsRef<Event> + 'static>(
    hover: &UseStateHandle<Option<Hover>>,
    ds: &'static Dataset,
    on: bool,
) -> Callback<E> {
    let hover = hover.clone();
    Callback::from(move |e: E| hover.set(on.then(|| hover_at(e.as_ref(), ds)).flatten()))
}

/// The set row or intersection column an event happened in, if any.
fn hover_at(e: &Event, ds: &Dataset) -> Option<Hover> {
    // As in `mark_of`: an element, unchecked.
    let target: web_sys::Element = e.target()?.unchecked_into();
    let mark = target.closest("[data-row], [data-sets][role=button]").ok()??;
    match mark.get_attribute("data-row") {
        Some(row) => row.parse().ok().map(Hover::Set),
        None => mark_of(e, ds).map(Hover::Intersection),
    }
}
