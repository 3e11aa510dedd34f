//! The controls: actor and area-group checkboxes, area search, as-of timeline, comparison, firmness, intersection mode
//! and sort (`present::filters`); their inputs go through one handler (`inputs`).

use super::inputs::control_handlers;
use crate::dataset::Dataset;
use crate::overlap::{Limits, ANY_DEGREE};
use crate::present::filters::{Check, FiltersModel, Select, Slider};
use crate::state::{Action, MAX_QUERY_CHARS};
use crate::store::Data;
use std::rc::Rc;
use web_sys::HtmlSelectElement;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct FiltersProps {
    pub model: Rc<FiltersModel>,
    /// The data as counted, which names what the boxes tick.
    pub ds: Data,
    pub dispatch: Callback<Action>,
}

/// What the firmness control's note says.
const FIRM_NOTE: &str = "Agreed, launched, being explored, or only an aspiration, as the sources word it.";

#[function_component]
pub fn Filters(props: &FiltersProps) -> Html {
    let m = &props.model;
    let (on_input, on_change) = control_handlers(&props.dispatch, props.ds.0);
    let (compare, firm) = (use_select_value(&m.compare), use_select_value(&m.firm));
    // Hooks run on every render: without the choice, this one keeps a node that is never shown.
    let by = use_select_value(m.by.as_ref().map_or(&m.sort, |(choice, _)| choice));
    let (mode, sort) = (use_select_value(&m.mode), use_select_value(&m.sort));
    // Folded, on a narrow page (the stylesheet shows them on a wide one whatever this says).
    let folded = use_state(|| true);
    let toggle = {
        let folded = folded.clone();
        Callback::from(move |_: MouseEvent| folded.set(!*folded))
    };
    html! {
        <aside class="filters" aria-label="Filters" data-folded={folded.then_some("")} oninput={on_input} onchange={on_change}>
            <button type="button" class="filters-toggle" aria-expanded={(!*folded).to_string()} aria-controls="filters-body" onclick={toggle}>
                <span>{ "Filters" }</span><span class="filters-summary">{ m.summary.clone() }</span>
            </button>
            <div id="filters-body" class="filters-body">
                if let Some((choice, hint)) = &m.by {
                    <label class="field">
                        { "Count by" }
                        { select("by", choice, by, Some("by-note"), false) }
                        <span id="by-note" class="hint">{ *hint }</span>
                    </label>
                }
                { checks(&m.sets, "actor", &m.actors, None) }
                if !m.groups.is_empty() { { checks("Area groups", "group", &m.groups, Some(m.groups_hint)) } }
                <label class="field">
                    { format!("Search {}", props.ds.0.element_noun[1]) }
                    <input type="search" name="q" value={m.query.clone()} maxlength={MAX_QUERY_CHARS.to_string()}
                        placeholder={props.ds.0.supplied.is_none().then_some("e.g. chips, eID, 6G")} />
                </label>
                if m.dated {
                    { slider(&m.as_of, m.undated.clone()) }
                    <label class="field">
                        { "Compare with" }
                        { select("compare", &m.compare, compare, None, false) }
                    </label>
                    if let Some(from) = &m.from { { slider(from, None) } }
                }
                if m.graded {
                    <label class="field">
                        { "Count links that are" }
                        { select("firm", &m.firm, firm, Some("firm-note"), false) }
                        <span id="firm-note" class="hint">{ FIRM_NOTE }</span>
                    </label>
                }
                <label class="field">
                    { format!("Intersections hold {} of", props.ds.0.element_noun[1]) }
                    { select("mode", &m.mode, mode, m.mode_fixed.as_ref().map(|_| "mode-note"), m.mode_fixed.is_some()) }
                    if let Some(why) = &m.mode_fixed { <span id="mode-note" class="hint">{ why.clone() }</span> }
                </label>
                <label class="field">
                    { "Sort by" }
                    { select("sort", &m.sort, sort, None, false) }
                </label>
                if let Some((limits, grouped)) = m.limits { { limits_fields(props.ds.0, limits, grouped) } }
            </div>
        </aside>
    }
}

/// The limits on the intersections shown: their least size and their most sets (empty: any); and whether they are
/// grouped by degree.
fn limits_fields(ds: &Dataset, limits: Limits, grouped: bool) -> Html {
    let degree = (limits.max_degree < ANY_DEGREE).then(|| limits.max_degree.to_string());
    html! {
        <fieldset>
            <legend>{ "Intersections shown" }</legend>
            <label class="field">
                { format!("At least this many {}", ds.element_noun[1]) }
                <input type="number" name="min" min="1" inputmode="numeric" value={limits.min_size.to_string()} />
            </label>
            <label class="field">
                { format!("At most this many {}", ds.set_noun[1]) }
                <input type="number" name="degree" min="1" max="64" inputmode="numeric" placeholder="any"
                    value={degree.unwrap_or_default()} />
            </label>
            <label class="check"><input type="checkbox" name="agg" value="degree" checked={grouped} />{ "Group by degree" }</label>
        </fieldset>
    }
}

/// A fieldset of checkboxes named `name`, with a hint under them.
fn checks(legend: &str, name: &'static str, boxes: &[Check], hint: Option<&str>) -> Html {
    html! {
        <fieldset>
            <legend>{ legend }</legend>
            { for boxes.iter().map(|b| html! {
                <label class="check"><input type="checkbox" {name} value={b.id} checked={b.checked} />{ b.label }</label>
            }) }
            if let Some(hint) = hint { <p class="hint">{ hint }</p> }
        </fieldset>
    }
}

/// A timeline slider in its labelled field, saying what its step is, and a hint under it.
fn slider(s: &Slider, hint: Option<String>) -> Html {
    html! {
        <label class="field">
            { s.label }
            <input type="range" name={s.name} min="0" max={s.max.to_string()} step="1" value={s.position.to_string()}
                aria-valuetext={s.text.clone()} />
            <output>{ s.text.clone() }</output>
            if let Some(hint) = hint { <span class="hint">{ hint }</span> }
        </label>
    }
}

/// A select named `name`, described by the element of id `note`; a `fixed` one cannot be changed (its note says why).
fn select(name: &'static str, s: &Select, node: NodeRef, note: Option<&'static str>, fixed: bool) -> Html {
    html! {
        <select {name} ref={node} disabled={fixed} aria-describedby={note}>
            { for s.choices.iter().map(|c| html! { <option value={c.value.clone()} selected={c.selected}>{ c.label.clone() }</option> }) }
        </select>
    }
}

/// A `<select>` showing `select`'s value. Yew renders `selected` as an attribute, which stops deciding what a select
/// shows once the user has picked an option; so the value is also set as a property whenever it changes (Back,
/// Forward).
#[hook]
fn use_select_value(select: &Select) -> NodeRef {
    let node = use_node_ref();
    let target = node.clone();
    use_effect_with(select.value.clone(), move |value| {
        if let Some(s) = target.cast::<HtmlSelectElement>() {
            s.set_value(value);
        }
    });
    node
}
