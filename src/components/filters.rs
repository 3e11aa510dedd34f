//! The controls: actor and area-group checkboxes, area search, as-of timeline, intersection mode and sort.

use crate::compare::{choice, choice_value, presets};
use crate::dataset::{Date, Grade, DATASET};
use crate::filter::undated_partnerships;
use crate::overlap::{Mode, Sort};
use crate::state::{Action, State};
use crate::state::{View, MAX_QUERY_CHARS};
use crate::url_state::{parse_mode, parse_sort};
use crate::venn::venn_fits;
use web_sys::{HtmlInputElement, HtmlSelectElement};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct FiltersProps {
    pub state: State,
    pub dispatch: Callback<Action>,
}

#[function_component]
pub fn Filters(props: &FiltersProps) -> Html {
    let ds = &DATASET;
    let state = &props.state;
    let on = |make: fn(usize) -> Action, i: usize| props.dispatch.reform(move |_: Event| make(i));
    let timeline = ds.timeline();
    let step_of = |d: Date| timeline.iter().filter(|t| **t <= d).count().saturating_sub(1);
    let comparing = state.comparison();
    // Comparing, both sliders end at the last step; otherwise the as-of one has a step past it, for "everything".
    let last_step = timeline.len() - usize::from(comparing.is_some());
    // A timeline slider's handler: the step it was moved to (none past the last one), as the action `make` asks for.
    let on_slide = |make: fn(Option<Date>) -> Option<Action>| {
        let (timeline, dispatch) = (timeline.clone(), props.dispatch.clone());
        Callback::from(move |e: InputEvent| {
            let i: usize = e.target_unchecked_into::<HtmlInputElement>().value().parse().unwrap_or(usize::MAX);
            if let Some(action) = make(timeline.get(i).copied()) {
                dispatch.emit(action);
            }
        })
    };
    let slider = |name: &'static str, at: usize, text: String, on: Callback<InputEvent>| {
        html! {
            <>
                <input type="range" {name} min="0" max={last_step.to_string()} step="1" value={at.to_string()}
                    oninput={on} aria-valuetext={text.clone()} />
                <output>{ text }</output>
            </>
        }
    };
    let presets = use_memo((), |_| presets(ds));
    let chosen = comparing.map_or(String::new(), |(from, to)| choice_value(from, to));
    let on_compare = {
        let state = state.clone();
        let dispatch = props.dispatch.clone();
        Callback::from(move |e: Event| {
            if let Some(action) = choice(&e.target_unchecked_into::<HtmlSelectElement>().value(), &state, ds) {
                dispatch.emit(action);
            }
        })
    };
    let compare_ref = use_select_value(chosen.clone());
    let undated = undated_partnerships(ds);
    let as_of_text = state.as_of.map_or("All events, including undated ones".to_string(), |d| ds.timeline_step(d));
    let on_query =
        props.dispatch.reform(|e: InputEvent| Action::SetQuery(e.target_unchecked_into::<HtmlInputElement>().value()));
    let select_value = |e: Event| e.target_unchecked_into::<HtmlSelectElement>().value();
    let on_mode =
        props.dispatch.reform(move |e: Event| Action::SetMode(parse_mode(&select_value(e)).unwrap_or_default()));
    let on_sort =
        props.dispatch.reform(move |e: Event| Action::SetSort(parse_sort(&select_value(e)).unwrap_or_default()));
    let on_firm =
        props.dispatch.reform(move |e: Event| Action::SetFirm(Grade::parse(&select_value(e)).unwrap_or_default()));
    let firm_ref = use_select_value(state.firm.name().into());
    let mode_ref = use_select_value(crate::url_state::mode_name(state.mode).into());
    let sort_ref = use_select_value(crate::url_state::sort_name(state.sort).into());
    let venn = state.view == View::Venn && venn_fits(state.sets.and(ds.all_actors()));

    html! {
        <aside class="filters" aria-label="Filters">
            <fieldset>
                <legend>{ "Actors" }</legend>
                { for ds.actors.iter().enumerate().map(|(i, a)| html! {
                    <label class="check">
                        <input type="checkbox" name="actor" value={a.id} checked={state.sets.contains(i)}
                            onchange={on(Action::ToggleActor, i)} />
                        { a.name }
                    </label>
                }) }
            </fieldset>
            <fieldset>
                <legend>{ "Area groups" }</legend>
                { for ds.groups.iter().enumerate().map(|(i, g)| html! {
                    <label class="check">
                        <input type="checkbox" name="group" value={g.id} checked={state.groups.contains(&i)}
                            onchange={on(Action::ToggleGroup, i)} />
                        { g.label }
                    </label>
                }) }
                <p class="hint">{ if state.groups.is_empty() { "None ticked: all groups shown." } else { "Only ticked groups shown." } }</p>
            </fieldset>
            <label class="field">
                { "Search areas" }
                <input type="search" name="q" value={state.query.clone()} oninput={on_query} maxlength={MAX_QUERY_CHARS.to_string()}
                    placeholder="e.g. chips, eID, 6G" />
            </label>
            <label class="field">
                { if comparing.is_some() { "To" } else { "As of" } }
                { slider("asof", state.as_of.map_or(timeline.len(), step_of), as_of_text, on_slide(|d| Some(Action::SetAsOf(d)))) }
                if state.as_of.is_some() && !undated.is_empty() {
                    <span class="hint">{ format!("Not counted, as the sources give no date: {}.", undated.join(", ")) }</span>
                }
            </label>
            <label class="field">
                { "Compare with" }
                <select name="compare" onchange={on_compare} ref={compare_ref}>
                    <option value="" selected={comparing.is_none()}>{ "No earlier date" }</option>
                    { for presets.iter().map(|p| {
                        let value = choice_value(p.from, p.to);
                        html! { <option selected={value == chosen} value={value.clone()}>{ p.label.clone() }</option> }
                    }) }
                    if let Some((from, to)) = comparing.filter(|_| !presets.iter().any(|p| choice_value(p.from, p.to) == chosen)) {
                        <option value={chosen.clone()} selected=true>{ format!("{from} → {to}") }</option>
                    } else {
                        // Comparing, the From and To sliders choose other dates.
                        if comparing.is_none() { <option value="custom">{ "Another earlier date…" }</option> }
                    }
                </select>
            </label>
            if let Some((from, _)) = comparing {
                <label class="field">
                    { "From" }
                    { slider("from", step_of(from), ds.timeline_step(from), on_slide(|d| d.map(Action::SetFrom))) }
                </label>
            }
            <label class="field">
                { "Count links that are" }
                <select name="firm" onchange={on_firm} ref={firm_ref} aria-describedby="firm-note">
                    { for Grade::ALL.into_iter().map(|g| html! {
                        <option value={g.name()} selected={state.firm == g}>{ firmness_label(g) }</option>
                    }) }
                </select>
                <span id="firm-note" class="hint">{ "Agreed, launched, being explored, or only an aspiration, as the sources word it." }</span>
            </label>
            <label class="field">
                { "Intersections hold areas of" }
                <select name="mode" onchange={on_mode} ref={mode_ref} disabled={venn} aria-describedby={venn.then_some("mode-note")}>
                    <option value="exclusive" selected={state.mode == Mode::Exclusive}>{ "exactly these actors" }</option>
                    <option value="inclusive" selected={state.mode == Mode::Inclusive}>{ "at least these actors" }</option>
                </select>
                if venn {
                    <span id="mode-note" class="hint">{ "Venn regions always count exactly these actors." }</span>
                }
            </label>
            <label class="field">
                { "Sort by" }
                <select name="sort" onchange={on_sort} ref={sort_ref}>
                    <option value="size" selected={state.sort == Sort::Size}>{ "Size" }</option>
                    <option value="degree" selected={state.sort == Sort::Degree}>{ "Degree" }</option>
                    <option value="sets" selected={state.sort == Sort::Sets}>{ "Actor order" }</option>
                    if comparing.is_some() {
                        <option value="change" selected={state.sort == Sort::Change}>{ "Change (biggest first)" }</option>
                    }
                </select>
            </label>
        </aside>
    }
}

/// A `<select>` showing `value`. Yew renders `selected` as an attribute, which stops deciding what a select shows once
/// the user has picked an option; so the value is also set as a property whenever it changes (Back, Forward).
#[hook]
fn use_select_value(value: String) -> NodeRef {
    let node = use_node_ref();
    let select = node.clone();
    use_effect_with(value, move |value| {
        if let Some(s) = select.cast::<HtmlSelectElement>() {
            s.set_value(value);
        }
    });
    node
}

/// How the firmness control names a grade as the least firm it lets count.
fn firmness_label(g: Grade) -> &'static str {
    match g {
        Grade::Aspiration => "any wording",
        Grade::Exploring => "exploring or firmer",
        Grade::Launched => "launched or agreed",
        Grade::Agreed => "agreed only",
    }
}
