//! The toolbar: choose the view, share the view's URL, copy its description or its citation, and export the chart or
//! its data.

use super::cite::{cite_menu, made_sections, use_made, Made};
use super::copy::{copy, copy_sections, copy_status, CopyStatus, ToCopy};
use super::download::{export, publishing};
use super::inputs::control_handlers;
use super::location::page_url;
use super::open_data::{open_data, Opening};
use super::sources::DATA_HREF;
use crate::dataset::Carried;
use crate::present::page::{chart_is_picture, ViewChoice};
use crate::state::{Action, State};
use crate::store::Data;
use crate::url_state;
use crate::view_model::ChartData;
use std::rc::Rc;
use wasm_bindgen::JsCast;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ToolbarProps {
    pub views: Rc<Vec<ViewChoice>>,
    pub state: Rc<State>,
    pub data: Rc<ChartData>,
    pub dispatch: Callback<Action>,
    /// Shows other data: a reader's, or the built-in data again.
    pub open: Callback<Data>,
}

/// `aria-disabled` of a control that cannot act on the prerendered page (rendered natively at build time): the page's
/// loader keeps clicks on it from doing anything until the app, rendered in the browser, takes the page over.
fn waiting() -> Option<&'static str> {
    (!cfg!(target_arch = "wasm32")).then_some("true")
}

/// What such a control says meanwhile, as its title.
const WAIT: &str = "Available once the page has finished loading";

/// Keeps `open` in step with a `<details>` menu.
fn toggled(open: &UseStateHandle<bool>) -> Callback<Event> {
    let open = open.clone();
    Callback::from(move |e: Event| open.set(e.target_unchecked_into::<web_sys::Element>().has_attribute("open")))
}

/// A choice of the view switch; one that is unavailable says why in the note beside the switch (`view_note`), which
/// is its description.
fn view_radio(v: &ViewChoice) -> Html {
    html! {
        <label class="seg">
            <input type="radio" name="view" value={v.value} checked={v.checked} disabled={v.unavailable.is_some()}
                aria-describedby={v.unavailable.is_some().then_some("view-note")} />
            { v.label }
        </label>
    }
}

/// Why a view is unavailable, in words on the page: a title would reach neither touch nor the keyboard.
fn view_note(views: &[ViewChoice]) -> Html {
    match views.iter().find_map(|v| v.unavailable.clone()) {
        Some(why) => html! { <p id="view-note" class="view-note">{ why }</p> },
        None => html! {},
    }
}

/// The share menu: the view's link, and where another site can embed this page, the embed code (made by the
/// publishing module for `url`, the view's link, when the menu opens).
fn share_menu(url: String, embed: Option<&Made>, status: &UseStateHandle<CopyStatus>) -> Html {
    let (label, what, done) = ("Link to this view", "the link", "Link copied to the clipboard.");
    let link = vec![ToCopy { id: "link", label, what, text: url.clone(), done }];
    // Another site can embed only a page it can load: not one opened from disk (the single-file copy).
    let code = url.starts_with("http").then(|| {
        let format = ("embed", "Embed in a page (an iframe that sizes itself)", "the embed code");
        made_sections(embed, &url, "the embed code", &[format], "Embed code copied to the clipboard.", status)
    });
    html! { <div class="menu share-menu">{ copy_sections(link, status) }{ for code }</div> }
}

/// Why a reader's data too large for a link has none, and how to share it.
const TOO_LARGE: &str =
    "This data is too large to travel in a link: packed, it would take more than 16,384 characters. To \
    share it, put the file on a web server that lets other sites read it (CORS), then open this page with ?data= and \
    the file's address.";

/// "Copy description": the short description, the view's link and its sources (made by the publishing module), to
/// the clipboard. A browser that allows the clipboard only at once after the click (Safari) gets the text to copy by
/// hand.
fn describe_button(query: String, status: &UseStateHandle<CopyStatus>) -> Html {
    let status = status.clone();
    let on_click = Callback::from(move |_: MouseEvent| {
        let args = js_sys::Array::of2(&query.as_str().into(), &page_url(&query).into());
        let status = status.clone();
        yew::platform::spawn_local(async move {
            match publishing("describe", &args).await.and_then(|t| t.as_string()) {
                Some(text) => copy(text, "Description copied to the clipboard.", "Copy this text: ", status),
                None => status.set(Some(Ok("The description could not be made; reload the page to try again."))),
            }
        });
    });
    let waiting = waiting();
    html! {
        <button type="button" class="copy-description" onclick={on_click} aria-disabled={waiting} title={waiting.map(|_| WAIT)}>
            { "Copy description" }
        </button>
    }
}

/// The export menu: the chart (where it is a picture) and its data, saved as files; the status line says which.
fn export_menu(props: &ToolbarProps, query: String, status: &UseStateHandle<CopyStatus>) -> Html {
    // One handler for the whole menu: the button clicked says what to export.
    let status = status.clone();
    let on_export = Callback::from(move |e: MouseEvent| {
        let button = e.target().map(|t| t.unchecked_into::<web_sys::Element>());
        let kind = button.and_then(|b| b.closest("[data-export]").ok().flatten()?.get_attribute("data-export"));
        if let Some(kind) = kind {
            let status = status.clone();
            export(kind, query.clone(), page_url(&query), move |done| status.set(Some(Ok(done))));
        }
    });
    let has_svg = chart_is_picture(props.data.ds, &props.state);
    html! {
        <details class="export">
            { summary("Export") }
            <div class="menu" onclick={on_export}>
                <button type="button" data-export="svg" disabled={!has_svg}>{ "Chart as SVG" }</button>
                <button type="button" data-export="png" disabled={!has_svg}>{ "Chart as PNG" }</button>
                <button type="button" data-export="intersections">{ "Intersections (CSV)" }</button>
                <button type="button" data-export="membership">{ "Membership (CSV)" }</button>
                <a href={DATA_HREF} download="overlap.toml">{ "Dataset (TOML)" }</a>
            </div>
        </details>
    }
}

/// A menu's summary, which says it is not ready while the page is the prerendered one.
fn summary(name: &'static str) -> Html {
    let waiting = waiting();
    html! { <summary aria-disabled={waiting} title={waiting.map(|_| WAIT)}>{ name }</summary> }
}

#[function_component]
pub fn Toolbar(props: &ToolbarProps) -> Html {
    let status = use_state(CopyStatus::default);
    let opening = use_state(|| None::<Opening>);
    // A reader's data too large for a link has no link that would reopen it: none to share or cite.
    let too_large = props.data.ds.supplied.is_some_and(|s| s.link == Carried::TooLarge);
    let linked = !too_large;
    // The share and cite menus' texts are composed only while their menu is open.
    let (share_open, cite_open) = (use_state(|| false), use_state(|| false));
    let (_, on_view) = control_handlers(&props.dispatch, props.data.ds);
    // The state's own URL, with the data's version: the address bar is written only after the next paint, so it may
    // lag behind. (The page's address is read only once a menu asks: the prerender has none.)
    let query = url_state::shared(&props.state, props.data.ds);
    // The citations and the embed code are made by the publishing module, for the view's link, as their menu opens.
    let (share_url, cite_url) = (share_open.then(|| page_url(&query)), cite_open.then(|| page_url(&query)));
    let embed = use_made("embed", &query, share_url.clone().filter(|url| url.starts_with("http")));
    let cited = use_made("cite", &query, cite_url.clone());
    html! {
        <div class="toolbar">
            <fieldset class="views" onchange={on_view}>
                <legend>{ "View" }</legend>
                { for props.views.iter().map(view_radio) }
            </fieldset>
            { view_note(&props.views) }
            <div class="actions">
                <details class="share" ontoggle={toggled(&share_open)}>
                    { summary("Share") }
                    if too_large {
                        <div class="menu share-menu"><p>{ TOO_LARGE }</p></div>
                    } else if let Some(url) = share_url {
                        { share_menu(url, embed.as_ref(), &status) }
                    }
                </details>
                { describe_button(query.clone(), &status) }
                if linked {
                    <details class="cite" ontoggle={toggled(&cite_open)}>
                        { summary("Cite") }
                        if let Some(url) = &cite_url { { cite_menu(cited.as_ref(), url, &status) } }
                    </details>
                }
                { export_menu(props, query, &status) }
                { open_data(props.data.ds, &props.open, &opening) }
            </div>
            <p class="share-status" role="status">{ copy_status(&status) }</p>
        </div>
    }
}
