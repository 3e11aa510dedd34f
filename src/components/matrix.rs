//! The membership matrix: a real table of areas × actors, grouped by area group, each filled cell opening its sources.

use super::description::SHORT_ID;
use super::mark_events::pick;
use crate::dataset::{Grade, DATASET};
use crate::named::Named;
use crate::present::matrix::{Cell, MatrixModel};
use crate::state::{Action, State, Subject};
use crate::view_model::ChartData;
use std::rc::Rc;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct MatrixProps {
    pub data: Rc<ChartData>,
    /// The selected cell, if any, shown pressed.
    #[prop_or_default]
    pub subject: Option<Subject>,
    /// Opens a cell's sources; without it (the prerendered no-JavaScript table) cells are plain marks.
    #[prop_or_default]
    pub dispatch: Option<Callback<Action>>,
}

/// The default view's table, for the page to show where JavaScript is off.
#[function_component]
pub fn StaticMatrix() -> Html {
    let data = Rc::new(ChartData::of(&DATASET, &State::default_for(&DATASET)));
    html! { <Matrix {data} /> }
}

#[function_component]
pub fn Matrix(props: &MatrixProps) -> Html {
    let interactive = props.dispatch.is_some();
    let model = MatrixModel::new(props.data.ds, &props.data, interactive);
    let columns = (model.heads.len() + 1).to_string();
    html! {
        <div class="matrix-wrap">
            <table class="matrix" data-chart="matrix" aria-describedby={SHORT_ID}>
                <caption>{ model.caption.clone() }</caption>
                <thead>
                    <tr>
                        <th scope="col">{ "Area" }</th>
                        { for model.heads.iter().map(|h| html! {
                            <th scope="col" data-set={h.id} data-size={h.size.to_string()} data-size-before={h.size_then.map(|t| t.to_string())}>
                                { h.short }<span class="n">{ h.count.clone() }</span>
                            </th>
                        }) }
                    </tr>
                </thead>
                { for model.groups.iter().map(|group| html! {
                    <tbody>
                        <tr class="group-row"><th scope="colgroup" colspan={columns.clone()}>{ group.label }</th></tr>
                        { for group.rows.iter().map(|row| html! {
                            <tr data-lit={(props.subject == Some(Subject::Change(row.area))).then_some("")}>
                                <th scope="row">{ row.label }</th>
                                { for row.cells.iter().map(|c| cell(row.area, c, props)) }
                            </tr>
                        }) }
                    </tbody>
                }) }
            </table>
        </div>
    }
}

fn cell(area: usize, c: &Cell, props: &MatrixProps) -> Html {
    let mark = |grade: Grade| html! { <span class="mark" data-grade={grade.name()}></span> };
    let content = match (&props.dispatch, c.grade) {
        (_, None) => html! { <span class="sr-only">{ c.label.clone() }</span> },
        (None, Some(g)) => html! { <span role="img" aria-label={c.label.clone()}>{ mark(g) }</span> },
        (Some(dispatch), Some(g)) => {
            let this = Subject::Cell { area, actor: c.actor };
            html! {
                <button type="button" onclick={pick(dispatch, move || Action::Toggle(this))}
                    aria-pressed={(props.subject == Some(this)).to_string()} aria-label={c.label.clone()}>
                    { mark(g) }
                </button>
            }
        }
    };
    html! { <td data-on={c.grade.is_some().then_some("")} data-change={c.change.map(Named::name)}>{ content }</td> }
}
