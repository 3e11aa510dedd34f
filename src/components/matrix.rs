//! The membership table: a real table of areas × actors, grouped by area group, each filled cell opening its sources.
//! Its markup is made by the publishing module (`present::matrix`), loaded when the table is first shown.

use super::drawn::use_drawn;
use super::mark_events::cell_handler;
use crate::state::Action;
use crate::view_model::ChartData;
use std::rc::Rc;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct MatrixProps {
    pub data: Rc<ChartData>,
    /// The view's query, which says the table (its selection included) to the publishing module.
    pub query: String,
    pub dispatch: Callback<Action>,
}

#[function_component]
pub fn Matrix(props: &MatrixProps) -> Html {
    let drawn = use_drawn("matrix", &props.query, "table", "data-cell");
    let on_click = cell_handler(&props.dispatch, props.data.ds);
    html! {
        <div aria-busy={(!drawn.drawn).then_some("true")} ref={drawn.node} onclick={on_click} onfocusin={drawn.on_focus}>
            { drawn.body }
        </div>
    }
}
