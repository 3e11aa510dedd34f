//! The membership matrix: a real table of areas × actors, grouped by area group, each filled cell opening its sources.

use super::description::SHORT_ID;
use crate::dataset::{Grade, DATASET};
use crate::describe::signed;
use crate::sets::ActorSet;
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
    let data = Rc::new(ChartData::new(&DATASET, &State::default_for(&DATASET)));
    html! { <Matrix {data} /> }
}

#[function_component]
pub fn Matrix(props: &MatrixProps) -> Html {
    let ds = &DATASET;
    let data = &props.data;
    let actors: Vec<usize> = data.selected.iter().collect();
    let rows: Vec<(usize, usize, ActorSet)> = data.in_view().collect();
    let sizes = &data.set_sizes;
    let before = data.before.as_ref();
    // Comparing two dates, a cell whose actor gained or lost its area between them says so.
    let cell_change = |area: usize, actor: usize| {
        let c = data.change_of(area)?;
        match (c.before.contains(actor), c.after.contains(actor)) {
            (false, true) => Some("entered"),
            (true, false) => Some("left"),
            _ => None,
        }
    };
    let since = before.map(|b| b.from.to_string()).unwrap_or_default();
    let caption = match before {
        Some(b) => format!(" Outlined cells changed between {} and {}.", b.from, b.to),
        None => String::new(),
    };
    html! {
        <div class="matrix-wrap">
            <table class="matrix" data-chart="matrix" aria-describedby={SHORT_ID}>
                <caption>{ format!("Which of {} areas each actor has, by area group. A filled cell opens its sources.{caption}", rows.len()) }</caption>
                <thead>
                    <tr>
                        <th scope="col">{ "Area" }</th>
                        { for sizes.iter().enumerate().map(|(i, &(a, size))| {
                            let then = before.map(|b| b.set_sizes[i].1);
                            let change = then.filter(|t| *t != size).map(|t| ", ".to_string() + &signed(size as i64 - t as i64));
                            html! {
                                <th scope="col" data-set={ds.actors[a].id} data-size={size.to_string()} data-size-before={then.map(|t| t.to_string())}>
                                    { ds.actors[a].short }<span class="n">{ format!(" ({size}{})", change.unwrap_or_default()) }</span>
                                </th>
                            }
                        }) }
                    </tr>
                </thead>
                { for ds.groups.iter().enumerate().map(|(g, group)| {
                    let in_group: Vec<&(usize, usize, ActorSet)> = rows.iter().filter(|(_, a, _)| ds.areas[*a].group == g).collect();
                    if in_group.is_empty() {
                        return html! {};
                    }
                    html! {
                        <tbody>
                            <tr class="group-row"><th scope="colgroup" colspan={(actors.len() + 1).to_string()}>{ group.label }</th></tr>
                            { for in_group.into_iter().map(|&(i, area, mask)| html! {
                                <tr data-lit={(props.subject == Some(Subject::Change(area))).then_some("")}>
                                    <th scope="row">{ ds.areas[area].label }</th>
                                    { for actors.iter().map(|&actor| {
                                        let grade = mask.contains(actor).then(|| data.universe.grade(i, actor)).flatten();
                                        let changed = cell_change(area, actor);
                                        let note = match changed {
                                            Some("entered") => format!(", new since {since}"),
                                            Some(_) => format!(", had it on {since}"),
                                            None => String::new(),
                                        };
                                        let mark = |grade: Grade| html! { <span class="mark" data-grade={grade.name()}></span> };
                                        let cell = match (&props.dispatch, grade) {
                                            (_, None) => html! { <span class="sr-only">{ format!("no{note}") }</span> },
                                            (None, Some(g)) => html! {
                                                <span role="img" aria-label={format!("yes, {}{note}", g.name())}>{ mark(g) }</span>
                                            },
                                            (Some(dispatch), Some(g)) => {
                                                let this = Subject::Cell { area, actor };
                                                let pressed = props.subject == Some(this);
                                                let pick = (!pressed).then_some(this);
                                                html! {
                                                    <button type="button" onclick={dispatch.reform(move |_: MouseEvent| Action::Select(pick))}
                                                        aria-pressed={pressed.to_string()}
                                                        aria-label={format!("{} has {} ({}{note}): show the sources", ds.actors[actor].name, ds.areas[area].label, g.name())}>
                                                        { mark(g) }
                                                    </button>
                                                }
                                            }
                                        };
                                        html! { <td data-on={grade.is_some().then_some("")} data-change={changed}>{ cell }</td> }
                                    }) }
                                </tr>
                            }) }
                        </tbody>
                    }
                }) }
            </table>
        </div>
    }
}
