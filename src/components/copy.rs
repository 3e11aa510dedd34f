//! Copying text for the reader: to the clipboard where the browser allows it, else into a field to copy by hand.

use yew::prelude::*;

/// What the last copy came to: what to say now it is copied, or, where the clipboard refused or is missing, what to
/// say before the text to copy by hand, and that text.
pub type CopyStatus = Option<Result<&'static str, (&'static str, String)>>;

/// Copies `text` to the clipboard, then sets `status` to `done`, or to `label` and the text where that failed.
pub fn copy(text: String, done: &'static str, label: &'static str, status: UseStateHandle<CopyStatus>) {
    let navigator = gloo::utils::window().navigator();
    // Insecure origins (the app served on a LAN address) have no `navigator.clipboard` at all.
    let has_clipboard = js_sys::Reflect::get(&navigator, &"clipboard".into()).is_ok_and(|c| !c.is_undefined());
    if !has_clipboard {
        status.set(Some(Err((label, text))));
        return;
    }
    let promise = navigator.clipboard().write_text(&text);
    yew::platform::spawn_local(async move {
        let copied = wasm_bindgen_futures::JsFuture::from(promise).await.is_ok();
        status.set(Some(if copied { Ok(done) } else { Err((label, text)) }));
    });
}

/// The status line's content: what was copied, or a label and the text selected in a field to copy by hand (a text
/// area where it has several lines).
pub fn copy_status(status: &CopyStatus) -> Html {
    // web-sys calls `select` structurally, by name, so this serves a text area as well as an input.
    let select = Callback::from(|e: FocusEvent| e.target_unchecked_into::<web_sys::HtmlInputElement>().select());
    match status {
        Some(Ok(done)) => html! { { done } },
        Some(Err((label, text))) if text.contains('\n') => html! {
            <label>{ label }<textarea readonly=true class="copy-field" rows="6" value={text.clone()} onfocus={select} /></label>
        },
        Some(Err((label, text))) => html! {
            <label>{ label }<input type="text" readonly=true class="copy-field" value={text.clone()} onfocus={select} /></label>
        },
        None => html! {},
    }
}

/// One text of a menu of texts to copy: its id (`data-format`), its label, what its copy button says to screen
/// readers ("Copy {what}"), the text, and what copying it says.
pub struct ToCopy {
    pub id: &'static str,
    pub label: &'static str,
    pub what: &'static str,
    pub text: String,
    pub done: &'static str,
}

/// The sections of a menu of texts, each shown whole with its copy button; copying reports in `status` (the
/// toolbar's status line). The caller wraps them in its menu: a class written out there costs nothing, where one
/// passed in would bring in Yew's class-list code (4 KB).
pub fn copy_sections(texts: Vec<ToCopy>, status: &UseStateHandle<CopyStatus>) -> Html {
    html! {
        <>
            { for texts.into_iter().map(|ToCopy { id, label, what, text, done }| {
                let (copied, status) = (text.clone(), status.clone());
                let on_copy = Callback::from(move |_: MouseEvent| copy(copied.clone(), done, "Copy this text: ", status.clone()));
                html! {
                    <section data-format={id} aria-label={label}>
                        <span class="format-name">{ label }</span>
                        <button type="button" onclick={on_copy} aria-label={format!("Copy {what}")}>{ "Copy" }</button>
                        // Focusable: it scrolls, and a keyboard must reach what it holds.
                        <pre tabindex="0">{ text }</pre>
                    </section>
                }
            }) }
        </>
    }
}
