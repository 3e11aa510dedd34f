//! What the UpSet chart draws, in stages: its marks and their words with their geometry (`UpsetModel`, from the chart
//! data and how many intersections are shown), then what is lit (`Highlight`, from what the pointer or focus is on
//! and the selection), which changes without a new layout.

use crate::compare::holds;
use crate::dataset::Dataset;
use crate::describe::marks::{actor_size, intersection, signed, since};
use crate::layout::{upset, ColumnIn, UpsetLayout};
use crate::overlap::{Mode, INCLUSIVE_CANDIDATE_LIMIT};
use crate::sets::ActorSet;
use crate::state::Subject;
use crate::view_model::ChartData;

/// Intersections drawn at first, and added by each "Show more": a large dataset stays quick to draw and to read.
pub const PAGE: usize = 40;

/// Width the chart is laid out for; wider charts scroll sideways rather than shrink their text.
pub const NOMINAL_WIDTH: f64 = 760.0;

/// What the chart shows when no actor is ticked.
pub const NO_ACTOR: &str = "Tick at least one actor to see what they share.";

/// A set's row: its actor, its size (and, comparing, its size at the earlier date) and what its mark says.
#[derive(Clone, Debug, PartialEq)]
pub struct SetRow {
    pub actor: usize,
    pub id: &'static str,
    pub short: &'static str,
    pub size: usize,
    pub size_then: Option<usize>,
    /// The change beside the count, where there is one: "+11".
    pub change: Option<String>,
    /// The mark's spoken name.
    pub label: String,
}

/// An intersection's column: its actors (and their ids, as `data-sets`), its areas' ids (`data-elements`), its size
/// (and earlier size), its change above the count, and its sentence (the column's spoken name and readout).
#[derive(Clone, Debug, PartialEq)]
pub struct ColumnMarks {
    pub sets: ActorSet,
    pub ids: String,
    pub elements: String,
    pub size: usize,
    pub size_then: Option<usize>,
    pub change: Option<String>,
    pub label: String,
}

#[derive(Clone, Debug, PartialEq)]
pub struct UpsetModel {
    pub layout: UpsetLayout,
    pub rows: Vec<SetRow>,
    /// The columns drawn: the first `shown` intersections, in the chart's order.
    pub columns: Vec<ColumnMarks>,
    /// The chart's name, spoken: "UpSet chart. 27 areas among 6 actors, in 19 intersections."
    pub label: String,
    /// Under the chart: what it shows, and what inclusive mode had to leave out.
    pub caption: String,
    /// How many intersections are not drawn yet, and the button that draws more ("Show 40 more").
    pub hidden: usize,
    pub more: String,
    /// Comparing, the dates of the solid bars and of the dashed outlines, as the chart says them.
    pub dates: Option<[String; 2]>,
}

impl UpsetModel {
    /// The model of the first `shown` intersections; `None` when no actor is shown (the chart says `NO_ACTOR`).
    pub fn new(ds: &Dataset, data: &ChartData, shown: usize) -> Option<UpsetModel> {
        if data.actors.is_empty() {
            return None;
        }
        let drawn = &data.intersections[..shown.min(data.intersections.len())];
        let rows: Vec<usize> = data.actors.iter().collect();
        let inputs: Vec<ColumnIn> = drawn
            .iter()
            .map(|x| ColumnIn {
                members: x
                    .sets
                    .iter()
                    .filter_map(|a| Some((rows.iter().position(|r| *r == a)?, data.weakest(x, a))))
                    .collect(),
                size: x.size(),
                size_then: x.size_then,
                names: data.areas_of(x).map(|a| ds.areas[a].label).collect(),
            })
            .collect();
        let sizes: Vec<usize> = data.set_sizes.iter().map(|(_, s)| *s).collect();
        let then: Vec<usize> = data.comparison.iter().flat_map(|c| c.set_sizes_then.iter().map(|(_, s)| *s)).collect();
        let longest = rows.iter().map(|&a| ds.actors[a].short.chars().count()).max().unwrap_or(0);
        let layout = upset(&sizes, &then, longest, &inputs, NOMINAL_WIDTH, ds.actors.len());
        let set_rows = data
            .set_sizes
            .iter()
            .enumerate()
            .map(|(r, &(actor, size))| {
                let size_then = then.get(r).copied();
                SetRow {
                    actor,
                    id: ds.actors[actor].id,
                    short: ds.actors[actor].short,
                    size,
                    size_then,
                    change: size_then.filter(|t| *t != size).map(|t| signed(size as i64 - t as i64)),
                    label: actor_size(ds, actor, size) + &size_then.map(|t| since(t, size)).unwrap_or_default(),
                }
            })
            .collect();
        let columns = drawn
            .iter()
            .map(|x| ColumnMarks {
                sets: x.sets,
                ids: ds.actor_ids(x.sets),
                elements: data.areas_of(x).map(|a| ds.areas[a].id).collect::<Vec<_>>().join(" "),
                size: x.size(),
                size_then: x.size_then,
                change: (x.change() != 0).then(|| signed(x.change())),
                label: intersection(ds, data, x),
            })
            .collect();
        let (total, hidden) = (data.intersections.len(), data.intersections.len().saturating_sub(shown));
        let mut summary =
            format!("{} areas among {} actors, in {total} intersections", data.areas_in_view(), data.set_sizes.len());
        if hidden > 0 {
            summary += &format!("; the first {} in this order are shown", drawn.len());
        }
        summary += ".";
        let mut caption = summary.clone();
        if data.cut {
            caption += &format!(
                " Inclusive mode weighs at most {INCLUSIVE_CANDIDATE_LIMIT} combinations; with this many actors it shows \
                 each actor and the largest combinations seen, not every one."
            );
        }
        Some(UpsetModel {
            layout,
            rows: set_rows,
            columns,
            label: "UpSet chart. ".to_string() + &summary,
            caption,
            hidden,
            more: format!("Show {} more", hidden.min(PAGE)),
            dates: data.comparison.as_ref().map(|c| {
                ["Solid bars: ".to_string() + &c.to.to_string(), "Dashed outlines: ".to_string() + &c.from.to_string()]
            }),
        })
    }
}

/// What the pointer or keyboard focus is on: a set's row (by actor) or an intersection's column.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Hover {
    Set(usize),
    Intersection(ActorSet),
}

/// What is lit: the marks of what is hovered; with nothing hovered and an area of the changes list selected, the
/// intersections that hold it now (lit) and those that held it at the earlier date (marked as where it was).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Highlight {
    hover: Option<Hover>,
    moved: Option<(ActorSet, ActorSet)>,
    exclusive: bool,
}

impl Highlight {
    pub fn new(data: &ChartData, hover: Option<Hover>, subject: Option<Subject>) -> Highlight {
        let moved = match subject {
            Some(Subject::Change(area)) => data.change_of(area).map(|c| (c.then, c.now)),
            _ => None,
        };
        Highlight { hover, moved, exclusive: data.mode == Mode::Exclusive }
    }

    /// Whether an actor's row is lit.
    pub fn row(&self, actor: usize) -> bool {
        match self.hover {
            Some(Hover::Set(a)) => a == actor,
            Some(Hover::Intersection(x)) => x.contains(actor),
            None => false,
        }
    }

    /// Whether the column of the intersection of `sets` is lit.
    pub fn column(&self, sets: ActorSet) -> bool {
        match self.hover {
            Some(Hover::Set(a)) => sets.contains(a),
            Some(Hover::Intersection(x)) => x == sets,
            None => self.moved.is_some_and(|(_, now)| holds(sets, now, self.exclusive)),
        }
    }

    /// Whether the column of `sets` held the selected changed area at the earlier date, and holds it no more.
    pub fn was(&self, sets: ActorSet) -> bool {
        self.moved.is_some_and(|(then, now)| holds(sets, then, self.exclusive) && !holds(sets, now, self.exclusive))
    }

    /// The intersection hovered or focused, if a column is.
    pub fn hovered(&self) -> Option<ActorSet> {
        match self.hover {
            Some(Hover::Intersection(x)) => Some(x),
            _ => None,
        }
    }
}
