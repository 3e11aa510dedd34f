//! "Open data…": a reader's own file, read in the page by the publishing module (nothing is uploaded), shown in place
//! of the built-in data; what opening it said; and the way back to the built-in data.

use super::download::{publishing, today};
use crate::dataset::{Dataset, DATASET};
use crate::describe::sentence::Sentence;
use crate::reader::dataset::decode;
use crate::store::Data;
use wasm_bindgen::{closure::Closure, JsCast, JsValue};
use yew::prelude::*;

/// What the last opening said: what it is doing ("Parsing genes.csv…"), what it read, or why it could not, with the
/// file's bytes and name where keeping its 64 largest sets would read it.
#[derive(Clone, Debug, PartialEq)]
pub enum Opening {
    Reading(String),
    Read(String),
    Refused { why: String, retry: Option<(JsValue, String)> },
}

/// The files the picker offers first (any other can still be chosen).
const ACCEPT: &str = ".csv,.tsv,.txt,.toml,text/csv,text/tab-separated-values,text/plain,application/toml";

/// The control, the way back where `shown` is a reader's data, and what opening said; `open` shows other data.
pub fn open_data(shown: &Dataset, open: &Callback<Data>, status: &UseStateHandle<Option<Opening>>) -> Html {
    let on_pick = {
        let (open, status) = (open.clone(), status.clone());
        Callback::from(move |e: Event| {
            let input: web_sys::HtmlInputElement = e.target_unchecked_into();
            let file = get(input.as_ref(), "files").and_then(|files| get(&files, "0"));
            // Cleared, so that picking the same file again (after fixing it) opens it again.
            input.set_value("");
            open_file(file, &open, &status);
        })
    };
    let back = {
        let (open, status) = (open.clone(), status.clone());
        Callback::from(move |_: MouseEvent| {
            status.set(None);
            open.emit(Data(&DATASET));
        })
    };
    let said = match status.as_ref() {
        None => html! {},
        Some(Opening::Reading(what) | Opening::Read(what)) => html! { { what.clone() } },
        Some(Opening::Refused { why, retry }) => {
            let keep = retry.clone().map(|(bytes, from)| {
                let (open, status) = (open.clone(), status.clone());
                let on_keep = Callback::from(move |_: MouseEvent| {
                    let (bytes, from, open, status) = (bytes.clone(), from.clone(), open.clone(), status.clone());
                    yew::platform::spawn_local(read(bytes, from, true, open, status));
                });
                html! { <button type="button" onclick={on_keep}>{ "Keep the 64 largest sets" }</button> }
            });
            html! { <><span class="refused">{ why.clone() }</span>{ for keep }</> }
        }
    };
    // Parts of the toolbar's row of actions: the status takes a line of its own under it.
    html! {
        <>
            <label class="open-pick">{ "Open data…" }<input type="file" accept={ACCEPT} onchange={on_pick} /></label>
            if shown.supplied.is_some() {
                <button type="button" onclick={back}>{ "Back to the built-in data" }</button>
            }
            <p class="open-status" role="status">{ said }</p>
        </>
    }
}

/// A property of a browser object, where it has one (no run-time type check, and no web-sys binding to download).
fn get(o: &JsValue, key: &str) -> Option<JsValue> {
    js_sys::Reflect::get(o, &key.into()).ok().filter(|v| !v.is_undefined() && !v.is_null())
}

/// Opens a file (a `File`) the reader picked, dropped or pasted (the page hands those to the picker), if there is one.
fn open_file(file: Option<JsValue>, open: &Callback<Data>, status: &UseStateHandle<Option<Opening>>) {
    let Some(file) = file else { return };
    let from = get(&file, "name").and_then(|n| n.as_string()).unwrap_or_else(|| "the file".into());
    status.set(Some(Opening::Reading(format!("Reading {from}…"))));
    let buffer = get(&file, "arrayBuffer").map(|f| f.unchecked_into::<js_sys::Function>().call0(&file));
    let (open, status) = (open.clone(), status.clone());
    yew::platform::spawn_local(async move {
        let loaded = match buffer {
            Some(Ok(promise)) => wasm_bindgen_futures::JsFuture::from(js_sys::Promise::from(promise)).await.ok(),
            _ => None,
        };
        match loaded {
            Some(buffer) => read(js_sys::Uint8Array::new(&buffer).into(), from, false, open, status).await,
            None => status.set(Some(Opening::Refused { why: from + ": the browser could not read it.", retry: None })),
        }
    });
}

/// Has the publishing module read `bytes` (from `from`), then shows what it read (through `open`) and says so, or
/// says why not.
async fn read(
    bytes: JsValue,
    from: String,
    keep_largest: bool,
    open: Callback<Data>,
    status: UseStateHandle<Option<Opening>>,
) {
    // Read off the page's main thread where a worker can be started: it says each stage, which the status shows.
    let stage = {
        let (status, from) = (status.clone(), from.clone());
        Closure::<dyn Fn(String)>::new(move |stage: String| {
            let doing = if stage == "parsing" { "Parsing" } else { "Preparing the chart of" };
            status.set(Some(Opening::Reading(format!("{doing} {from}…"))));
        })
    };
    let args = js_sys::Array::of4(&bytes, &from.as_str().into(), &keep_largest.into(), stage.as_ref());
    let reply = publishing("open_off", &args).await.and_then(|r| r.as_string());
    drop(stage);
    status.set(Some(match answered(reply) {
        Ok((ds, said)) => {
            open.emit(Data(ds));
            Opening::Read(format!("Opened {from}, read as {said}."))
        }
        Err((why, keep)) => Opening::Refused { why: format!("{from}: {why}."), retry: keep.then_some((bytes, from)) },
    }));
}

/// The dataset the publishing module's reply to `open` or `open_link` holds, and what was read ("a membership table,
/// comma-separated (CSV): 12 sets, 300 elements", "Overlap's own format (TOML): 6 actors, 21 areas"); or why not, and whether keeping the 64 largest sets would read it.
pub fn answered(reply: Option<String>) -> Result<(&'static Dataset, String), (String, bool)> {
    let Some(reply) = reply else {
        return Err(("the page's reading code did not load; reload the page to try again".into(), false));
    };
    let (head, rest) = reply.split_at(reply.chars().next().map_or(0, char::len_utf8));
    let (said, more) = rest.split_once('\u{2}').unwrap_or((rest, ""));
    match (head, decode(more.to_string(), today())) {
        ("\u{6}", Some(ds)) => {
            let mut read = Sentence::from(said.to_string() + ": ");
            Ok((ds, read.sets(ds, ds.actors.len()).push(", ").elements(ds, ds.areas.len(), false).done()))
        }
        _ => Err((said.to_string(), more == "keep")),
    }
}
