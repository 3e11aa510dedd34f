//! A view whose markup the publishing module draws (the table, the Venn diagram): asked again when the view changes,
//! the focus kept on the mark it was on across the redraw, and a line while it is drawn or where it could not be.

use super::cite::use_made;
use super::takeover::drawn_view_ready;
use wasm_bindgen::JsCast;
use yew::prelude::*;

/// What a drawn view shows, and what its container needs.
pub struct Drawn {
    /// The markup, once drawn; until then, or where it could not be drawn, a line that says so.
    pub body: Html,
    pub drawn: bool,
    pub node: NodeRef,
    /// Remembers the mark that had the focus, by its `key` attribute.
    pub on_focus: Callback<FocusEvent>,
}

/// The publishing module's `function`'s markup of the view `query` opens, naming it `what` in the lines said while it
/// is drawn; marks that take the focus are told apart by their `key` attribute.
#[hook]
pub fn use_drawn(function: &'static str, query: &str, what: &'static str, key: &'static str) -> Drawn {
    let made = use_made(function, query, Some(query.to_string()));
    // A new drawing replaces the old one's nodes: the focus then moves to the new node of the mark it was on.
    let focused = use_mut_ref(|| None::<String>);
    let node = use_node_ref();
    let markup = made.as_ref().and_then(|(_, texts)| texts.as_ref()?.first().cloned());
    {
        let (focused, node) = (focused.clone(), node.clone());
        use_effect_with(markup.clone(), move |_| {
            let value = focused.borrow().clone();
            let mark = node
                .cast::<web_sys::Element>()
                .zip(value)
                .and_then(|(n, v)| n.query_selector(&format!("[{key}=\"{v}\"]")).ok().flatten());
            if let Some(mark) =
                mark.filter(|_| gloo::utils::document().active_element().is_none_or(|e| e.tag_name() == "BODY"))
            {
                let _ = mark.unchecked_into::<web_sys::HtmlElement>().focus();
            }
        });
    }
    let on_focus = Callback::from(move |e: FocusEvent| {
        let target = e.target().map(|t| t.unchecked_into::<web_sys::Element>());
        *focused.borrow_mut() = target.and_then(|t| t.get_attribute(key));
    });
    let drawn = markup.is_some();
    let tried = made.is_some();
    use_effect_with(tried, |tried| {
        if *tried {
            drawn_view_ready();
        }
    });
    let body = match (markup, &made) {
        (Some(markup), _) => Html::from_html_unchecked(markup.into()),
        (None, Some((_, None))) => {
            html! { <p role="alert">{ format!("Could not draw the {what}; reload the page to try again.") }</p> }
        }
        (None, _) => html! { <p>{ format!("Drawing the {what}…") }</p> },
    };
    Drawn { body, drawn, node, on_focus }
}
