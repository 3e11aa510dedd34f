//! The view in words beside the chart: the short description, always shown, and the long one, by sections, behind
//! a disclosure. (The toolbar's "Copy description" copies the short one with the view's URL and its sources.)

use crate::present::page::Description;
use gloo::events::EventListener;
use yew::prelude::*;

/// The short description's id, which every chart's `aria-describedby` points at.
pub const SHORT_ID: &str = "view-description";

/// A function, not a component: its words change with nearly every change of the view, and a component of its own
/// would cost the download Yew's machinery for one more component type (4 KB) to skip few renders.
pub fn description(model: Description) -> Html {
    // Not a live region: a screen reader hears the description when it asks for it (the chart's description, or
    // this paragraph), not on every keystroke that changes the view.
    html! {
        <section class="description" aria-label="Description of the chart">
            <p id={SHORT_ID} data-description="short">{ model.short }</p>
            <details class="long-description">
                <summary>{ "Full description" }</summary>
                <div data-description="long">
                    { for model.long.into_iter().map(|section| html! {
                        <section>
                            <h3>{ section.title }</h3>
                            <ul>{ for section.lines.into_iter().map(|line| html! { <li>{ line }</li> }) }</ul>
                        </section>
                    }) }
                </div>
            </details>
        </section>
    }
}

/// Printing, the full description prints open (a closed `<details>` prints folded, whatever the print stylesheet
/// says), and folds again afterwards if the reader had not opened it.
#[hook]
pub fn use_print_opens_description() {
    use_effect_with((), |_| {
        let set = |open: bool| {
            move |_: &Event| {
                let doc = gloo::utils::document();
                let Some(details) = doc.query_selector(".long-description").ok().flatten() else { return };
                match open {
                    true if !details.has_attribute("open") => {
                        let _ = details.set_attribute("open", "");
                        let _ = details.set_attribute("data-print-open", "");
                    }
                    false if details.has_attribute("data-print-open") => {
                        let _ = details.remove_attribute("open");
                        let _ = details.remove_attribute("data-print-open");
                    }
                    _ => {}
                }
            }
        };
        let window = gloo::utils::window();
        let listeners = [
            EventListener::new(&window, "beforeprint", set(true)),
            EventListener::new(&window, "afterprint", set(false)),
        ];
        move || drop(listeners)
    });
}
