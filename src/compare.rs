//! The change between two dates: what each area's actors were at the earlier date and are at the later one, the links
//! that made the difference, and the comparisons the dataset's own events suggest.

use crate::dataset::{Dataset, Date, EventKind};
use crate::evidence::{oldest_first, parties};
use crate::filter::{counts, universe, Filter, Universe};
use crate::named::Named;
use crate::sets::ActorSet;

/// How an area's shown actors differ between the two dates.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum ChangeKind {
    /// No shown actor had it at the earlier date; some have it at the later one.
    Entered,
    /// Some shown actor had it at the earlier date; none has it at the later one.
    Left,
    /// Shown actors had it at both dates, but not the same ones: it moved to another intersection.
    Moved,
}

/// As the page's `data-change` and the CSV name it.
impl Named for ChangeKind {
    const ALL: &'static [ChangeKind] = &[ChangeKind::Entered, ChangeKind::Left, ChangeKind::Moved];

    fn name(self) -> &'static str {
        match self {
            ChangeKind::Entered => "entered",
            ChangeKind::Left => "left",
            ChangeKind::Moved => "moved",
        }
    }
}

/// One area that changed: its shown actors at the earlier date (`then`) and at the later one (`now`), and the links
/// (indices) that count at exactly one of the dates and name an actor that was gained or lost, oldest first.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Change {
    pub area: usize,
    pub kind: ChangeKind,
    pub then: ActorSet,
    pub now: ActorSet,
    pub causes: Vec<usize>,
}

/// The areas whose shown actors (of `actors`) differ between `then` and `now` (the universes of one filter at two
/// dates), in dataset order. `filters` are that filter at each date, which say which links count.
pub fn changes(ds: &Dataset, then: &Universe, now: &Universe, actors: ActorSet, filters: [&Filter; 2]) -> Vec<Change> {
    let holders = |u: &Universe, area: usize| {
        u.areas.iter().position(|&a| a == area).map_or(ActorSet::EMPTY, |i| u.masks[i].and(actors))
    };
    (0..ds.areas.len())
        .filter_map(|area| {
            let (was, is) = (holders(then, area), holders(now, area));
            let kind = match (was.is_empty(), is.is_empty()) {
                _ if was == is => return None,
                (true, _) => ChangeKind::Entered,
                (_, true) => ChangeKind::Left,
                _ => ChangeKind::Moved,
            };
            let differ = was.differing(is);
            let causes = (0..ds.links.len()).filter(|&i| {
                let l = &ds.links[i];
                l.area == area
                    && counts(ds, l, filters[0]) != counts(ds, l, filters[1])
                    && !ds.partnerships[l.partnership].parties.and(differ).is_empty()
            });
            Some(Change { area, kind, then: was, now: is, causes: oldest_first(ds, causes) })
        })
        .collect()
}

/// Links (indices) grouped by their event, groups in the order of their first link, links in their given order: the
/// changes list cites each event once, with every source that reports it.
pub fn by_event(ds: &Dataset, links: &[usize]) -> Vec<Vec<usize>> {
    let mut out: Vec<Vec<usize>> = Vec::new();
    for &l in links {
        match out.iter_mut().find(|g| ds.links[g[0]].event == ds.links[l].event) {
            Some(group) => group.push(l),
            None => out.push(vec![l]),
        }
    }
    out
}

/// Whether an intersection of `sets` holds an area whose shown actors are `mask`: exactly them when counted
/// exclusively, any of their groups when inclusively.
pub fn holds(sets: ActorSet, mask: ActorSet, exclusive: bool) -> bool {
    !sets.is_empty() && if exclusive { sets == mask } else { mask.is_superset(sets) }
}

/// A comparison the dataset's events suggest: its label, and the earlier and later timeline steps.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Preset {
    pub label: String,
    pub from: Date,
    pub to: Date,
}

/// The suggested comparisons: each partnership's start (its first signing or launch) against its latest council; the
/// first event against the latest; the end of each year against the latest; and, for each council, the step before
/// it against its own date. Every date is a timeline step. Each label ends with its two dates, as the comparison
/// counts every partnership's links between them, not only those of the partnership that names it.
pub fn presets(ds: &Dataset) -> Vec<Preset> {
    let timeline = ds.timeline();
    let (Some(&first), Some(&last)) = (timeline.first(), timeline.last()) else { return Vec::new() };
    let mut out = Vec::new();
    for (p, _) in ds.partnerships.iter().enumerate() {
        let dated = |kinds: &[EventKind]| -> Vec<Date> {
            ds.events.iter().filter(|e| e.partnership == p && kinds.contains(&e.kind)).filter_map(|e| e.date).collect()
        };
        let (Some(&start), Some(&council)) =
            (dated(&[EventKind::Signing, EventKind::Launch]).iter().min(), dated(&[EventKind::Council]).iter().max())
        else {
            continue;
        };
        add(ds, &mut out, parties(ds, p) + ": its start against its latest council", start, council);
    }
    add(ds, &mut out, "First event against the latest".into(), first, last);
    for year in first.year..last.year {
        let end = Date { year, month: 12, day: 31 };
        if let Some(&step) = timeline.iter().rev().find(|t| **t <= end) {
            add(ds, &mut out, format!("End of {year} against the latest event"), step, last);
        }
    }
    for e in ds.events.iter().filter(|e| e.kind == EventKind::Council) {
        let Some(at) = e.date.and_then(|d| timeline.iter().position(|t| *t == d)).filter(|&at| at > 0) else {
            continue;
        };
        let label = format!("{} {} against the step before", parties(ds, e.partnership), e.label);
        add(ds, &mut out, label, timeline[at - 1], timeline[at]);
    }
    out
}

/// Adds a preset, its label ending with its dates, unless it would show no change for any actor (a council whose
/// sources report no outcome) or one already compares the same dates (the control offers each comparison once, under
/// the first name it was given).
fn add(ds: &Dataset, out: &mut Vec<Preset>, label: String, from: Date, to: Date) {
    let (then, now) =
        (Filter { as_of: Some(from), ..Filter::default() }, Filter { as_of: Some(to), ..Filter::default() });
    let moved = || !changes(ds, &universe(ds, &then), &universe(ds, &now), ds.all_actors(), [&then, &now]).is_empty();
    if from < to && !out.iter().any(|q| (q.from, q.to) == (from, to)) && moved() {
        out.push(Preset { label: label + " (" + &from.to_string() + " → " + &to.to_string() + ")", from, to });
    }
}
