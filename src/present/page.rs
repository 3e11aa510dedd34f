//! What the page around the chart shows for a state: the notices, which chart, the view switch, the key to the marks
//! and the view in words.

use crate::dataset::Dataset;
use crate::describe::long::{long, Section};
use crate::describe::sentence::Sentence;
use crate::describe::short::short;
use crate::named::Named;
use crate::state::{venn_fits, State, View};
use crate::store::Store;
use crate::view_model::ChartData;

/// A view the view switch offers: its value and label, whether it is chosen, and why it cannot be chosen, if it
/// cannot.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ViewChoice {
    pub value: &'static str,
    pub label: &'static str,
    pub checked: bool,
    pub unavailable: Option<String>,
}

/// The view switch's choices.
pub fn views(ds: &Dataset, state: &State) -> Vec<ViewChoice> {
    let actors = state.shown_actors(ds);
    [(View::Upset, "UpSet"), (View::Matrix, "Table"), (View::Venn, "Venn")]
        .into_iter()
        .map(|(view, label)| ViewChoice {
            value: view.name(),
            label,
            checked: state.view == view,
            unavailable: (view == View::Venn && !venn_fits(actors)).then(|| {
                let mut t = Sentence::from("Venn needs 2 or 3 ".to_string());
                t.noun(ds, true)
                    .push(" (")
                    .number(actors.len())
                    .push(" ticked): with more, an UpSet chart stays readable.");
                t.done()
            }),
        })
        .collect()
}

/// What the app has to say above the chart: what the URL had to have ignored, then what the view shows in place of
/// what was asked (the toolbar says why Venn is unavailable; the notice says what is shown instead).
pub fn notices(ds: &Dataset, store: &Store) -> Vec<String> {
    let state = &store.state;
    let mut notices = store.notices.clone();
    if state.view == View::Venn && state.shown_view(ds) != View::Venn {
        let mut t = Sentence::from("The Venn view needs 2 or 3 ".to_string());
        notices.push(t.noun(ds, true).push(", so the UpSet chart is shown instead.").done());
    } else if state.view == View::Venn && state.from.is_some() {
        notices.push(
            "The Venn diagram shows the later date only: the UpSet and table views show the change, and the list \
             below the chart names it."
                .into(),
        );
    }
    notices
}

/// Whether the chart shown is a picture (the UpSet chart or the Venn diagram, which export as SVG and PNG), not the
/// table.
pub fn chart_is_picture(ds: &Dataset, state: &State) -> bool {
    state.shown_view(ds) != View::Matrix
}

/// The key to the marks of firmness goes with the UpSet chart and the table, whose marks it explains.
pub fn has_legend(ds: &Dataset, state: &State) -> bool {
    state.shown_view(ds) != View::Venn && !ds.links.is_empty()
}

/// The view in words: the short description, and the long one by sections.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Description {
    pub short: String,
    pub long: Vec<Section>,
}

impl Description {
    pub fn new(ds: &Dataset, state: &State, data: &ChartData) -> Description {
        Description { short: short(ds, state, data), long: long(ds, state, data) }
    }
}
