//! The Venn/Euler view for 2 or 3 actors: circles sized by set size, each region labelled with its exclusive count.
//! Its geometry and markup are made by the publishing module (`present::venn`), loaded when the view is first shown.

use super::description::SHORT_ID;
use super::drawn::use_drawn;
use super::mark_events::select_handlers;
use crate::present::venn::CAPTION;
use crate::state::Action;
use crate::view_model::ChartData;
use std::rc::Rc;
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
    let drawn = use_drawn("venn", &props.query, "diagram", "data-sets");
    let (on_click, on_key) = select_handlers(&props.dispatch, props.data.ds);
    html! {
        // A chart (`data-chart`) once it is drawn: until then, there are no marks to read.
        <figure class="venn" data-chart={drawn.drawn.then_some("venn")} aria-busy={(!drawn.drawn).then_some("true")}
            aria-describedby={SHORT_ID} ref={drawn.node} onclick={on_click} onkeydown={on_key} onfocusin={drawn.on_focus}>
            { drawn.body }
            <figcaption>{ CAPTION }</figcaption>
        </figure>
    }
}
