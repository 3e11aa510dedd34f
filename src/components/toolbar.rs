//! The toolbar: choose the view, share the view's URL, copy its description or its citation, and export the chart or
//! its data.

use super::app::page_url;
use super::cite::cite_menu;
use super::copy::{copy, copy_sections, copy_status, CopyStatus, ToCopy};
use super::download::export;
use super::sources::DATA_HREF;
use super::{waiting, WAIT};
use crate::dataset::DATASET;
use crate::describe::{for_clipboard, short};
use crate::embed::snippet;
use crate::sets::ActorSet;
use crate::state::{Action, State, View};
use crate::url_state::{self, view_name};
use crate::venn::venn_fits;
use crate::view_model::ChartData;
use std::rc::Rc;
use wasm_bindgen::JsCast;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ToolbarProps {
    pub state: State,
    pub data: Rc<ChartData>,
    pub dispatch: Callback<Action>,
}

/// Why the Venn view is unavailable, or `None` when it is offered.
fn venn_unavailable(selected: ActorSet) -> Option<String> {
    (!venn_fits(selected)).then(|| {
        format!("Venn needs 2 or 3 actors ({} ticked): with more, an UpSet chart stays readable.", selected.len())
    })
}

/// Keeps `open` in step with a `<details>` menu.
fn toggled(open: &UseStateHandle<bool>) -> Callback<Event> {
    let open = open.clone();
    Callback::from(move |e: Event| open.set(e.target_unchecked_into::<web_sys::Element>().has_attribute("open")))
}

#[function_component]
pub fn Toolbar(props: &ToolbarProps) -> Html {
    let waiting = waiting();
    let share_status = use_state(CopyStatus::default);
    // The share and cite menus' texts are composed only while their menu is open.
    let (share_open, cite_open) = (use_state(|| false), use_state(|| false));
    let venn_note = venn_unavailable(props.data.selected);
    let view_radio = |view: View, label: &str| {
        let disabled = view == View::Venn && venn_note.is_some();
        let on = props.dispatch.reform(move |_: Event| Action::SetView(view));
        html! {
            <label class="seg" title={disabled.then(|| venn_note.clone()).flatten()}>
                <input type="radio" name="view" value={view_name(view)} checked={props.state.view == view} {disabled} onchange={on}
                    aria-describedby={disabled.then_some("venn-note")} />
                { label }
                if disabled {
                    <span id="venn-note" class="sr-only">{ venn_note.clone().unwrap_or_default() }</span>
                }
            </label>
        }
    };
    // The state's own URL, with the data's version: the address bar is written only after the next paint, so it may
    // lag behind.
    let query = url_state::shared(&props.state, &DATASET);
    let share = (*share_open).then(|| {
        let (label, what, done) = ("Link to this view", "the link", "Link copied to the clipboard.");
        let mut texts = vec![ToCopy { id: "link", label, what, text: page_url(&query), done }];
        // Another site can embed only a page it can load: not one opened from disk (the single-file copy).
        let page = page_url("");
        if page.starts_with("http") {
            let text = snippet(&DATASET, &props.state, &props.data, &page);
            let label = "Embed in a page (an iframe that sizes itself)";
            let (what, done) = ("the embed code", "Embed code copied to the clipboard.");
            texts.push(ToCopy { id: "embed", label, what, text, done });
        }
        html! { <div class="menu share-menu">{ copy_sections(texts, &share_status) }</div> }
    });
    let cite = (*cite_open).then(|| cite_menu(&props.state, &props.data, &page_url(&query), &share_status));
    let on_describe = {
        let (status, state, data) = (share_status.clone(), props.state.clone(), props.data.clone());
        Callback::from(move |_: MouseEvent| {
            let text = for_clipboard(&DATASET, &state, &data, &page_url(&query));
            copy(text, "Description copied to the clipboard.", "Copy this text: ", status.clone())
        })
    };
    // One handler for the whole menu: the button clicked says what to export.
    let on_export = {
        let (data, state) = (props.data.clone(), props.state.clone());
        Callback::from(move |e: MouseEvent| {
            let button = e.target().map(|t| t.unchecked_into::<web_sys::Element>());
            let kind = button.and_then(|b| b.closest("[data-export]").ok().flatten()?.get_attribute("data-export"));
            if let Some(kind) = kind {
                export(&kind, &data, &short(&DATASET, &state, &data));
            }
        })
    };
    let has_svg = props.state.view != View::Matrix;
    html! {
        <div class="toolbar">
            <fieldset class="views">
                <legend>{ "View" }</legend>
                { view_radio(View::Upset, "UpSet") }
                { view_radio(View::Matrix, "Table") }
                { view_radio(View::Venn, "Venn") }
            </fieldset>
            <div class="actions">
                <details class="share" ontoggle={toggled(&share_open)}>
                    <summary aria-disabled={waiting} title={waiting.map(|_| WAIT)}>{ "Share" }</summary>
                    { share }
                </details>
                <button type="button" class="copy-description" onclick={on_describe} aria-disabled={waiting} title={waiting.map(|_| WAIT)}>{ "Copy description" }</button>
                <details class="cite" ontoggle={toggled(&cite_open)}>
                    <summary aria-disabled={waiting} title={waiting.map(|_| WAIT)}>{ "Cite" }</summary>
                    { cite }
                </details>
                <details class="export">
                    <summary aria-disabled={waiting} title={waiting.map(|_| WAIT)}>{ "Export" }</summary>
                    <div class="menu" onclick={on_export}>
                        <button type="button" data-export="svg" disabled={!has_svg}>{ "Chart as SVG" }</button>
                        <button type="button" data-export="png" disabled={!has_svg}>{ "Chart as PNG" }</button>
                        <button type="button" data-export="intersections">{ "Intersections (CSV)" }</button>
                        <button type="button" data-export="membership">{ "Membership (CSV)" }</button>
                        <a href={DATA_HREF} download="overlap.toml">{ "Dataset (TOML)" }</a>
                    </div>
                </details>
            </div>
            <p class="share-status" role="status">{ copy_status(&share_status) }</p>
        </div>
    }
}
