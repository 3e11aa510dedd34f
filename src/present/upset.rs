//! What the UpSet chart shows, in stages: its marks and their words (`UpsetModel`, from the chart data, how many
//! intersections are shown and how they are grouped), then what is lit (`Highlight`, from what the pointer or focus
//! is on and the selection), which changes nothing else. The page lays the marks out as columns, or as rows where it
//! is narrow (a stylesheet choice, so that the prerendered page needs no script to fit a phone).

use crate::compare::holds;
use crate::dataset::Dataset;
use crate::describe::marks::{actor_size, intersection, signed, since};
use crate::describe::sentence::Sentence;
use crate::overlap::{Degrees, Limits, Mode, ANY_DEGREE, INCLUSIVE_CANDIDATE_LIMIT};
use crate::sets::ActorSet;
use crate::state::Subject;
use crate::view_model::ChartData;
use std::ops::Range;

/// Intersections drawn at first, and added by each "Show more": a large dataset stays quick to draw and to read.
pub const PAGE: usize = 40;

/// What the chart shows when no set is ticked: "Tick at least one actor to see what they share."
pub fn no_sets(ds: &Dataset) -> String {
    Sentence::from("Tick at least one ".to_string()).noun(ds, false).push(" to see what they share.").done()
}

/// A bar's length, in percent of the longest bar of its kind.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Length(pub f64);

/// `value` as a share of `max`.
fn length(value: usize, max: usize) -> Length {
    Length(if max == 0 { 0.0 } else { value as f64 * 100.0 / max as f64 })
}

/// A set's row: its actor, its size (and, comparing, its size at the earlier date) and what its mark says, and its
/// bar's length (and the earlier one's).
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
    pub bar: Length,
    pub was: Option<Length>,
}

/// An actor's dot in a column: whether the actor is one of the column's, how much of it is filled (the share of its
/// memberships in the column's areas that are launched or agreed, in quarters), whether those all rest on an
/// aspiration only (drawn dashed), and whether the line that joins the column's dots goes on to the next row.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Dot {
    pub on: bool,
    pub fill: u8,
    pub dashed: bool,
    pub joined: bool,
}

/// Comparing two dates, areas a column held at the earlier date that are in another column now: how many and where
/// they went ("−2, moved to EU · Japan · Korea"; "−1, held by none of these actors now"), and their labels.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Moved {
    pub line: String,
    pub areas: Vec<&'static str>,
}

/// An intersection's column: its actors (and their ids, as `data-sets`), its areas' ids (`data-elements`), its size
/// (and earlier size), its change above the count, its sentence (its spoken name and tooltip), its bar's length (and
/// the earlier one's), its dots by row, its areas' labels, and what moved out of it.
#[derive(Clone, Debug, PartialEq)]
pub struct ColumnMarks {
    pub sets: ActorSet,
    pub ids: String,
    pub elements: String,
    pub size: usize,
    pub size_then: Option<usize>,
    pub change: Option<String>,
    pub label: String,
    pub bar: Length,
    pub was: Option<Length>,
    pub dots: Vec<Dot>,
    /// Its first `NAMES_LISTED` areas' labels, and how many more it holds ("and 2,480 more"; the details list all).
    pub names: Vec<&'static str>,
    pub more_names: Option<String>,
    pub moved: Vec<Moved>,
}

/// The intersections of one degree, grouped (as UpSet 2.0 aggregates them): its header's words ("2 sets · 7
/// intersections · 31 areas"), the elements they hold (each once, in either mode) and its bar, on the groups' own
/// scale (a group's total would dwarf its members' bars on theirs), whether it is expanded, and its columns drawn,
/// `UpsetModel::columns[members]`: none collapsed, and fewer than its intersections where the page ends in it.
#[derive(Clone, Debug, PartialEq)]
pub struct GroupMarks {
    pub degree: usize,
    pub label: String,
    pub size: usize,
    pub bar: Length,
    pub expanded: bool,
    pub members: Range<usize>,
}

/// One of the chart's marks in the order drawn: a group's header or an intersection's column.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Mark<'a> {
    Group(&'a GroupMarks),
    Column(&'a ColumnMarks),
}

#[derive(Clone, Debug, PartialEq)]
pub struct UpsetModel {
    pub rows: Vec<SetRow>,
    /// The columns drawn: the first `shown` intersections, in the chart's order; grouped, in the groups' order, those
    /// of expanded groups only.
    pub columns: Vec<ColumnMarks>,
    /// Grouped by degree, a group per degree the intersections have, the fewest sets first; else none.
    pub groups: Vec<GroupMarks>,
    /// The chart's name, spoken: "UpSet chart. 21 areas among 6 actors, in 16 intersections."
    pub label: String,
    /// Under the chart: what it shows, and what inclusive mode had to leave out.
    pub caption: String,
    /// How many intersections (of expanded groups) are not drawn yet, and the button that draws more ("Show 40
    /// more").
    pub hidden: usize,
    pub more: String,
    /// Comparing, the dates of the solid bars and of the dashed outlines, as the chart says them.
    pub dates: Option<[String; 2]>,
    /// Whether the intersections are drawn as rows however wide the chart is: where a column holds more names than
    /// fit turned on end beside its neighbours, or says where its areas moved.
    pub as_rows: bool,
}

/// The most names a column lists, as many as a sentence names (`describe::sentence::LISTED`): the thousands of
/// elements a reader's data may put in one intersection would bury the chart.
pub const NAMES_LISTED: usize = crate::describe::sentence::LISTED;

/// The most area names a column holds side by side with others; past it, each name turned on end would run into
/// the next column.
pub const NAMES_IN_A_COLUMN: usize = 5;

/// An actor set as the chart says it in a line: "EU · Japan · Korea".
fn dotted(ds: &Dataset, set: ActorSet) -> String {
    Sentence::default().joined(ds, set, " · ").done()
}

impl UpsetModel {
    /// The model of the first `shown` intersections, grouped by degree with the groups of `grouped` collapsed, or not
    /// grouped; `None` when no actor is shown (the chart says `no_sets`).
    pub fn new(ds: &Dataset, data: &ChartData, shown: usize, grouped: Option<Degrees>) -> Option<UpsetModel> {
        if data.actors.is_empty() {
            return None;
        }
        // Grouped, a pass per degree, which keeps the chart's order in each group; not grouped, one of them all
        // ("degree 0"). The page counts the intersections of expanded groups only: collapsing one makes room for the
        // next. A group counts each element once (inclusive intersections share elements): `seen` marks an element
        // with the degree of the last group that counted it (not grouped, nothing is counted or marked: a toggle at
        // 100,000 elements walks none of them).
        let (mut drawn, mut groups, mut expanded_total) = (Vec::new(), Vec::new(), 0);
        let mut seen = vec![0u8; if grouped.is_some() { data.universe.areas.len() } else { 0 }];
        for degree in if grouped.is_some() { 1..=ANY_DEGREE } else { 0..=0 } {
            let expanded = grouped.is_none_or(|c| !c.contains(degree));
            let (start, mut count, mut size) = (drawn.len(), 0, 0);
            for x in data.intersections.iter().filter(|x| degree == 0 || x.sets.len() == degree) {
                count += 1;
                if expanded && drawn.len() < shown {
                    drawn.push(x);
                }
                for &e in x.elements.iter().filter(|_| degree > 0) {
                    size += usize::from(seen[e as usize] != degree as u8);
                    seen[e as usize] = degree as u8;
                }
            }
            expanded_total += if expanded { count } else { 0 };
            if grouped.is_some() && count > 0 {
                let mut t = Sentence::default();
                t.sets(ds, degree).push(" · ").count(count, "intersection", "intersections").push(" · ");
                let label = t.elements(ds, size, false).done();
                groups.push(GroupMarks {
                    degree,
                    label,
                    size,
                    bar: Length(0.0),
                    expanded,
                    members: start..drawn.len(),
                });
            }
        }
        let group_max = groups.iter().map(|g| g.size).max().unwrap_or(0);
        for g in &mut groups {
            g.bar = length(g.size, group_max);
        }
        let then: Vec<usize> = data.comparison.iter().flat_map(|c| c.set_sizes_then.iter().map(|(_, s)| *s)).collect();
        let set_max = data.set_sizes.iter().map(|s| s.1).chain(then.iter().copied()).max().unwrap_or(0);
        let rows = data
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
                    bar: length(size, set_max),
                    was: size_then.map(|t| length(t, set_max)),
                }
            })
            .collect();
        let column_max = drawn.iter().flat_map(|x| [x.size(), x.size_then.unwrap_or(0)]).max().unwrap_or(0);
        let exclusive = data.mode == Mode::Exclusive;
        let columns: Vec<ColumnMarks> = drawn
            .iter()
            .map(|x| {
                let on: Vec<bool> = data.actors.iter().map(|a| x.sets.contains(a)).collect();
                let (first, last) = (on.iter().position(|o| *o), on.iter().rposition(|o| *o));
                let dots = data
                    .actors
                    .iter()
                    .enumerate()
                    .map(|(r, a)| {
                        let firmness = data.firmness(x, a);
                        Dot {
                            on: on[r],
                            fill: firmness.quarters(),
                            dashed: on[r] && firmness.aspiration_only,
                            joined: first.zip(last).is_some_and(|(f, l)| f <= r && r < l),
                        }
                    })
                    .collect();
                let mut moved: Vec<(ActorSet, Vec<&'static str>)> = Vec::new();
                let gone = data.comparison.iter().flat_map(|c| &c.changes);
                for c in gone.filter(|c| holds(x.sets, c.then, exclusive) && !holds(x.sets, c.now, exclusive)) {
                    let to = c.now.and(data.actors);
                    match moved.iter_mut().find(|m| m.0 == to) {
                        Some(m) => m.1.push(ds.areas[c.area].label),
                        None => moved.push((to, vec![ds.areas[c.area].label])),
                    }
                }
                let moved: Vec<Moved> = moved
                    .into_iter()
                    .map(|(to, areas)| {
                        let gone = signed(-(areas.len() as i64));
                        let line = match to.is_empty() {
                            true => gone + ", held by none of these " + ds.set_noun[1] + " now",
                            false => gone + ", moved to " + &dotted(ds, to),
                        };
                        Moved { line, areas }
                    })
                    .collect();
                ColumnMarks {
                    sets: x.sets,
                    ids: ds.actor_ids(x.sets),
                    elements: data.areas_of(x).map(|a| ds.areas[a].id).collect::<Vec<_>>().join(" "),
                    size: x.size(),
                    size_then: x.size_then,
                    change: (x.change() != 0).then(|| signed(x.change())),
                    label: moved
                        .iter()
                        .fold(intersection(ds, data, x), |l, m| l + " " + &m.line + ": " + &m.areas.join("; ") + "."),
                    bar: length(x.size(), column_max),
                    was: x.size_then.map(|t| length(t, column_max)),
                    dots,
                    names: data.areas_of(x).take(NAMES_LISTED).map(|a| ds.areas[a].label).collect(),
                    more_names: (x.size() > NAMES_LISTED).then(|| format!("and {} more", x.size() - NAMES_LISTED)),
                    moved,
                }
            })
            .collect();
        let (total, hidden) = (data.intersections.len(), expanded_total - drawn.len());
        let mut t = Sentence::default();
        t.elements(ds, data.areas_in_view(), false).push(" among ").sets(ds, data.set_sizes.len());
        t.push(", in ").count(total, "intersection", "intersections");
        if grouped.is_some() {
            t.push(" grouped by degree");
        }
        let mut collapsed = 0;
        for g in groups.iter().filter(|g| !g.expanded) {
            t.push(if collapsed == 0 { "; collapsed: " } else { ", " }).sets(ds, g.degree);
            collapsed += 1;
        }
        if hidden > 0 {
            t.push("; the first ").number(drawn.len());
            match collapsed {
                0 => t.push(" in this order"),
                _ => t.push(" of the ").number(expanded_total).push(" in expanded groups"),
            };
            t.push(" are shown");
        }
        let summary = t.push(".").done();
        let mut caption = summary.clone();
        let limits = data.inputs.limits;
        if limits != Limits::default() {
            let mut t = Sentence::from(" Shown: intersections of".to_string());
            if limits.min_size > 1 {
                t.push(" at least ").elements(ds, limits.min_size, false);
            }
            if limits.max_degree < ANY_DEGREE {
                let and = if limits.min_size > 1 { " and" } else { "" };
                t.push(and).push(" at most ").sets(ds, limits.max_degree);
            }
            caption += &(t.done() + ".");
        }
        if data.cut {
            caption += &format!(
                " Inclusive mode weighs at most {INCLUSIVE_CANDIDATE_LIMIT} combinations; with this many sets it shows \
                 each set and the largest combinations seen, not every one."
            );
        }
        let as_rows = columns.iter().any(|c| c.names.len() > NAMES_IN_A_COLUMN || !c.moved.is_empty());
        Some(UpsetModel {
            rows,
            as_rows,
            columns,
            groups,
            label: "UpSet chart. ".to_string() + &summary,
            caption,
            hidden,
            more: format!("Show {} more", hidden.min(PAGE)),
            dates: data.comparison.as_ref().map(|c| {
                ["Solid bars: ".to_string() + &c.to.to_string(), "Dashed outlines: ".to_string() + &c.from.to_string()]
            }),
        })
    }

    /// The marks in the order drawn: the columns; grouped, each group's header, then its columns drawn.
    pub fn sequence(&self) -> Vec<Mark<'_>> {
        if self.groups.is_empty() {
            return self.columns.iter().map(Mark::Column).collect();
        }
        let mut marks = Vec::new();
        for g in &self.groups {
            marks.push(Mark::Group(g));
            for c in &self.columns[g.members.clone()] {
                marks.push(Mark::Column(c));
            }
        }
        marks
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
