//! The toolbar: choose the view, share the view's URL, and export the chart or its data.

use super::app::page_url;
use super::download::{save_png, save_text, standalone_svg};
use super::sources::DATA_HREF;
use crate::dataset::DATASET;
use crate::export::{intersections_csv, membership_csv};
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

#[function_component]
pub fn Toolbar(props: &ToolbarProps) -> Html {
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
    let data = props.data.clone();
    let csv = move |membership: bool| {
        let data = data.clone();
        Callback::from(move |_: MouseEvent| {
            let (text, name) = match membership {
                true => (membership_csv(&DATASET, &data), "overlap-membership.csv"),
                false => (intersections_csv(&DATASET, &data), "overlap-intersections.csv"),
            };
            save_text(&text, "text/csv;charset=utf-8", name);
        })
    };
    let image = |png: bool| {
        Callback::from(move |_: MouseEvent| {
            let Some(svg) = gloo::utils::document().query_selector("[data-chart] svg, svg[data-chart]").ok().flatten()
            else {
                return;
            };
            let Some(text) = standalone_svg(&svg) else { return };
            match png {
                true => {
                    let (w, h) = svg.dyn_ref::<web_sys::SvgsvgElement>().map_or((800.0, 600.0), |s| {
                        let vb = s.view_box().base_val();
                        vb.map_or((800.0, 600.0), |r| (f64::from(r.width()), f64::from(r.height())))
                    });
                    save_png(text, w, h, "overlap-chart.png");
                }
                false => {
                    save_text(&text, "image/svg+xml;charset=utf-8", "overlap-chart.svg");
                }
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
                <button type="button" class="share" onclick={on_share}>{ "Share" }</button>
                <details class="export">
                    <summary>{ "Export" }</summary>
                    <div class="menu">
                        <button type="button" onclick={image(false)} disabled={!has_svg}>{ "Chart as SVG" }</button>
                        <button type="button" onclick={image(true)} disabled={!has_svg}>{ "Chart as PNG" }</button>
                        <button type="button" onclick={csv(false)}>{ "Intersections (CSV)" }</button>
                        <button type="button" onclick={csv(true)}>{ "Membership (CSV)" }</button>
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
