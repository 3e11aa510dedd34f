//! The toolbar: choose the view, share the view's URL, and export the chart or its data.

use super::app::page_url;
use super::download::export;
use super::sources::DATA_HREF;
use crate::dataset::DATASET;
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

/// What a control that cannot act before the app is live says meanwhile.
const WAIT: &str = "Available once the page has finished loading";

#[function_component]
pub fn Toolbar(props: &ToolbarProps) -> Html {
    // The prerendered page (rendered natively at build time) cannot share or export, and says so; the page's loader
    // keeps such clicks from doing anything until the app, rendered in the browser, takes the page over.
    let waiting = (!cfg!(target_arch = "wasm32")).then_some("true");
    // `Err(url)` shows the URL to copy by hand where the clipboard refused.
    let share_status = use_state(|| None::<Result<(), String>>);
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
    let on_share = {
        let status = share_status.clone();
        // The state's own URL: the address bar is written only after the next paint, so it may lag behind.
        let query = url_state::render(&props.state, &DATASET);
        Callback::from(move |_: MouseEvent| {
            let url = page_url(&query);
            let navigator = gloo::utils::window().navigator();
            // Insecure origins (the app served on a LAN address) have no `navigator.clipboard` at all.
            let has_clipboard = js_sys::Reflect::get(&navigator, &"clipboard".into()).is_ok_and(|c| !c.is_undefined());
            if !has_clipboard {
                status.set(Some(Err(url)));
                return;
            }
            let promise = navigator.clipboard().write_text(&url);
            let status = status.clone();
            yew::platform::spawn_local(async move {
                let copied = wasm_bindgen_futures::JsFuture::from(promise).await.is_ok();
                status.set(Some(if copied { Ok(()) } else { Err(url) }));
            });
        })
    };
    // One handler for the whole menu: the button clicked says what to export.
    let on_export = {
        let data = props.data.clone();
        Callback::from(move |e: MouseEvent| {
            let button = e.target().and_then(|t| t.dyn_into::<web_sys::Element>().ok());
            let kind = button.and_then(|b| b.closest("[data-export]").ok().flatten()?.get_attribute("data-export"));
            if let Some(kind) = kind {
                export(&kind, &data);
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
                <button type="button" class="share" onclick={on_share} aria-disabled={waiting} title={waiting.map(|_| WAIT)}>{ "Share" }</button>
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
            <p class="share-status" role="status">
                { match &*share_status {
                    Some(Ok(())) => html! { { "Link copied to the clipboard." } },
                    Some(Err(url)) => html! {
                        <label>{ "Copy this link: " }
                            <input type="text" readonly=true value={url.clone()} class="share-url"
                                onfocus={Callback::from(|e: FocusEvent| e.target_unchecked_into::<web_sys::HtmlInputElement>().select())} />
                        </label>
                    },
                    None => html! {},
                } }
            </p>
        </div>
    }
}
