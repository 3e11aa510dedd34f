//! The Venn/Euler view for 2 or 3 actors: circles sized by set size, each region labelled with its exclusive count.
//! Its geometry and markup are made by the publishing module (`present::venn`), loaded when the view is first shown.

use super::cite::use_made;
use super::description::SHORT_ID;
use super::mark_events::select_handlers;
use crate::present::venn::CAPTION;
use crate::state::Action;
use crate::view_model::ChartData;
use std::rc::Rc;
use wasm_bindgen::JsCast;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct VennProps {
    pub data: Rc<ChartData>,
    /// The view's query, which says the diagram (its selection included) to the publishing module.
    pub query: String,
    pub dispatch: Callback<Action>,
}

#[function_component]
pub fn Venn(props: &VennProps) -> Html {
    let made = use_made("venn", &props.query, Some(props.query.clone()));
    // The region that had the focus: a new diagram replaces the old one's nodes, and the focus stays with the region.
    let focused = use_mut_ref(|| None::<String>);
    let figure = use_node_ref();
    let markup = made.as_ref().and_then(|(_, texts)| texts.as_ref()?.first().cloned());
    {
        let (focused, figure) = (focused.clone(), figure.clone());
        use_effect_with(markup.clone(), move |_| {
            let ids = focused.borrow().clone();
            let region = figure
                .cast::<web_sys::Element>()
                .zip(ids)
                .and_then(|(f, ids)| f.query_selector(&format!("[data-sets=\"{ids}\"][role=button]")).ok().flatten());
            if let Some(region) =
                region.filter(|_| gloo::utils::document().active_element().is_none_or(|e| e.tag_name() == "BODY"))
            {
                let _ = region.unchecked_into::<web_sys::HtmlElement>().focus();
            }
        });
    }
    let on_focus = Callback::from(move |e: FocusEvent| {
        let target = e.target().map(|t| t.unchecked_into::<web_sys::Element>());
        *focused.borrow_mut() = target.and_then(|t| t.get_attribute("data-sets"));
    });
    let (on_click, on_key) = select_handlers(&props.dispatch, props.data.ds);
    let drawn = markup.is_some();
    let body = match (&markup, &made) {
        (Some(svg), _) => Html::from_html_unchecked(svg.clone().into()),
        (None, Some((_, None))) => {
            html! { <p role="alert">{ "Could not draw the diagram; reload the page to try again." }</p> }
        }
        (None, _) => html! { <p>{ "Drawing the diagram…" }</p> },
    };
    html! {
        // A chart (`data-chart`) once it is drawn: until then, there are no marks to read.
        <figure class="venn" data-chart={drawn.then_some("venn")} aria-busy={(!drawn).then_some("true")} aria-describedby={SHORT_ID}
            ref={figure} onclick={on_click} onkeydown={on_key} onfocusin={on_focus}>
            { body }
            <figcaption>{ CAPTION }</figcaption>
        </figure>
    }
}
