//! What the filters show: the actor and group boxes, the search, the timeline sliders with what each step is, the
//! comparisons offered, and the firmness, mode and sort choices, each as the state has it.

use crate::compare::Preset;
use crate::controls::{comparison, NO_COMPARISON, STEP_BEFORE};
use crate::dataset::{By, Dataset, Grade};
use crate::describe::sentence::Sentence;
use crate::filter::undated_partnerships;
use crate::named::Named;
use crate::overlap::{Limits, Mode, Sort};
use crate::sets::ActorSet;
use crate::state::{State, View};

/// A checkbox: its value (an id), its label, and whether it is ticked.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Check {
    pub id: &'static str,
    pub label: &'static str,
    pub checked: bool,
}

/// A timeline slider: its label and name, its position and last position, and what the position means.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Slider {
    pub label: &'static str,
    pub name: &'static str,
    pub position: usize,
    pub max: usize,
    pub text: String,
}

/// An option of a select: its value, its label, and whether it is chosen.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Choice {
    pub value: String,
    pub label: String,
    pub selected: bool,
}

/// A select: its options, and the value chosen (which the page also sets as the select's property: see `Filters`).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Select {
    pub choices: Vec<Choice>,
    pub value: String,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FiltersModel {
    /// What the filters narrow, in a line, as they say it folded: "6 actors · all areas · every event".
    pub summary: String,
    /// What the sets are, where the data can be counted either way, and what that means.
    pub by: Option<(Select, &'static str)>,
    /// The sets' boxes, under their name ("Actors").
    pub sets: String,
    pub actors: Vec<Check>,
    /// The group boxes, where the data has more than one group.
    pub groups: Vec<Check>,
    pub groups_hint: &'static str,
    /// Whether the data dates anything (else no timeline or comparison is offered) and grades anything (else no
    /// firmness).
    pub dated: bool,
    pub graded: bool,
    pub query: String,
    pub as_of: Slider,
    /// Under the as-of slider, at a date: the partnerships it leaves out, as the sources date nothing of theirs.
    pub undated: Option<String>,
    pub compare: Select,
    /// Comparing, the slider of the earlier date.
    pub from: Option<Slider>,
    pub firm: Select,
    pub mode: Select,
    /// Why the mode cannot be chosen (in the Venn view), if it cannot.
    pub mode_fixed: Option<String>,
    pub sort: Select,
    /// The limits on the intersections shown and whether they are grouped by degree, offered where more than six
    /// sets are shown (or a limit is set, or they are grouped): fewer sets have few enough intersections to take in
    /// at a glance.
    pub limits: Option<(Limits, bool)>,
}

/// How the firmness control names a grade as the least firm it lets count.
fn firmness_label(g: Grade) -> &'static str {
    match g {
        Grade::Aspiration => "any wording",
        Grade::Exploring => "exploring or firmer",
        Grade::Launched => "launched or agreed",
        Grade::Agreed => "agreed only",
    }
}

fn select<T: Named>(options: &[(T, &str)], chosen: T) -> Select {
    let choices = options
        .iter()
        .map(|&(v, label)| Choice { value: v.name().into(), label: label.into(), selected: v == chosen })
        .collect();
    Select { choices, value: chosen.name().into() }
}

/// What the filters narrow, in a line: the actors ticked, the areas (groups, a search), the date or dates, and how
/// firm a link must be to count.
fn summary(ds: &Dataset, state: &State) -> String {
    let mut parts = vec![Sentence::default().sets(ds, state.shown_actors(ds).len()).done()];
    let query = state.query.trim();
    match (state.groups.len(), query.is_empty()) {
        (0, true) => parts.push("all ".to_string() + ds.element_noun[1]),
        (0, false) => {}
        (n, _) => parts.push(Sentence::default().count(n, "area group", "area groups").done()),
    }
    if !query.is_empty() {
        parts.push("“".to_string() + query + "”");
    }
    parts.push(match (state.from, state.as_of) {
        (Some(from), Some(to)) => from.to_string() + " → " + &to.to_string(),
        (_, Some(d)) => "as of ".to_string() + &d.to_string(),
        _ => "every event".into(),
    });
    if state.firm != Grade::default() {
        parts.push(firmness_label(state.firm).into());
    }
    parts.join(" · ")
}

impl FiltersModel {
    /// The filters of a state; `presets` are the comparisons the dataset suggests (`compare::presets`).
    pub fn new(ds: &Dataset, state: &State, presets: &[Preset]) -> FiltersModel {
        let timeline = ds.timeline();
        let comparing = state.comparison();
        let boxes = |labels: Vec<(&'static str, &'static str)>, on: &dyn Fn(usize) -> bool| {
            labels.into_iter().enumerate().map(|(i, (id, label))| Check { id, label, checked: on(i) }).collect()
        };
        // Comparing, both sliders end at the last step; otherwise the as-of one has a step past it, for "everything".
        let max = timeline.len() - usize::from(comparing.is_some());
        let as_of = Slider {
            label: if comparing.is_some() { "To" } else { "As of" },
            name: "asof",
            position: state.as_of.map_or(timeline.len(), |d| timeline.position(d)),
            max,
            text: state.as_of.map_or("All events, including undated ones".into(), |d| ds.timeline_step(d)),
        };
        let chosen = comparing.map_or(NO_COMPARISON.into(), |(from, to)| comparison(from, to));
        let mut compare = vec![Choice {
            value: NO_COMPARISON.into(),
            label: "No earlier date".into(),
            selected: comparing.is_none(),
        }];
        compare.extend(presets.iter().map(|p| {
            let value = comparison(p.from, p.to);
            Choice { selected: value == chosen, value, label: p.label.clone() }
        }));
        match comparing {
            // A comparison no preset makes, as the From and To sliders choose it.
            Some((from, to)) if !compare.iter().any(|c| c.selected) => {
                compare.push(Choice { value: chosen.clone(), label: format!("{from} → {to}"), selected: true })
            }
            Some(_) => {}
            None => compare.push(Choice {
                value: STEP_BEFORE.into(),
                label: "Another earlier date…".into(),
                selected: false,
            }),
        }
        let order = Sentence::from(ds.set_noun[0].to_string()).capitalised() + " order";
        let mut sorts = vec![(Sort::Size, "Size"), (Sort::Degree, "Degree"), (Sort::Sets, order.as_str())];
        if comparing.is_some() {
            sorts.push((Sort::Change, "Change (biggest first)"));
        }
        let venn = state.shown_view(ds) == View::Venn;
        let these = |how: &str| how.to_string() + " these " + ds.set_noun[1];
        FiltersModel {
            summary: summary(ds, state),
            by: ds.recounted.get().map(|_| {
                let hint = match state.by {
                    By::Actor => "Each actor has the areas any of its partnerships links.",
                    By::Partnership => "Each partnership is a set of the areas it links.",
                };
                (select(&[(By::Actor, "Actor"), (By::Partnership, "Partnership")], state.by), hint)
            }),
            sets: Sentence::from(ds.set_noun[1].to_string()).capitalised(),
            actors: boxes(ds.actors.iter().map(|a| (a.id, a.name)).collect(), &|i| state.actors.contains(i)),
            groups: match ds.groups.len() {
                0 | 1 => Vec::new(),
                _ => boxes(ds.groups.iter().map(|g| (g.id, g.label)).collect(), &|i| state.groups.contains(&i)),
            },
            dated: !timeline.is_empty(),
            graded: !ds.links.is_empty(),
            groups_hint: if state.groups.is_empty() {
                "None ticked: all groups shown."
            } else {
                "Only ticked groups shown."
            },
            query: state.query.clone(),
            as_of,
            undated: undated_note(ds, state),
            compare: Select { choices: compare, value: chosen },
            limits: (state.shown_actors(ds).len() > 6 || state.limits != Limits::default() || state.grouped.is_some())
                .then_some((state.limits, state.grouped.is_some())),
            from: comparing.map(|(from, _)| Slider {
                label: "From",
                name: "from",
                position: timeline.position(from),
                max,
                text: ds.timeline_step(from),
            }),
            firm: select(&Grade::ALL.iter().map(|&g| (g, firmness_label(g))).collect::<Vec<_>>(), state.firm),
            mode: select(&[(Mode::Exclusive, &these("exactly")), (Mode::Inclusive, &these("at least"))], state.mode),
            mode_fixed: venn.then(|| "Venn regions always count ".to_string() + &these("exactly") + "."),
            sort: select(&sorts, state.sort),
        }
    }
}

/// Where a date leaves out the links the sources give no date, what it leaves out, said by the slider and where the
/// chart is: those partnerships, and the actors shown that are left with nothing ("… UK has no dated link, so it
/// drops out of this view.").
pub fn undated_note(ds: &Dataset, state: &State) -> Option<String> {
    let undated = undated_partnerships(ds);
    if state.as_of.is_none() || undated.is_empty() {
        return None;
    }
    let mut note = Sentence::from("Not counted, as the sources give no date: ".to_string());
    note.list(&undated).push(".");
    let dated = |a: usize| {
        ds.links.iter().any(|l| ds.events[l.event].date.is_some() && ds.partnerships[l.partnership].parties.contains(a))
    };
    let gone = ActorSet::from_indices(state.actors.iter().filter(|&a| !dated(a)));
    match gone.len() {
        0 => {}
        1 => _ = note.push(" ").names(ds, gone).push(" has no dated link, so it drops out of this view."),
        _ => _ = note.push(" ").names(ds, gone).push(" have no dated link, so they drop out of this view."),
    }
    Some(note.done())
}
