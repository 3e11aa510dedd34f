//! The words of single marks: an actor's size, an intersection, a change, and what is selected, as the marks' spoken
//! names, the details panel's heading and the changes list say them.

use super::sentence::Sentence;
use crate::compare::{Change, ChangeKind};
use crate::dataset::Dataset;
use crate::filter::counts;
use crate::overlap::{Intersection, Mode};
use crate::sets::ActorSet;
use crate::state::Subject;
use crate::view_model::ChartData;

/// The actors of a set by their short names, as a sentence reads them: "EU, Japan and Korea".
pub fn names(ds: &Dataset, set: ActorSet) -> String {
    Sentence::default().names(ds, set).done()
}

/// How a set mark (an UpSet row, a Venn circle) reads: "EU has 20 areas in view."
pub fn actor_size(ds: &Dataset, actor: usize, size: usize) -> String {
    Sentence::default().push(ds.actors[actor].name).push(" has ").elements(ds, size, false).push(" in view.").done()
}

/// A change as the chart labels it: "+3", "−1" (a true minus sign), "±0".
pub fn signed(change: i64) -> String {
    let sign = match change {
        0 => "±",
        c if c > 0 => "+",
        _ => "−",
    };
    Sentence::default().push(sign).number(change.unsigned_abs() as usize).done()
}

/// What a mark's spoken name adds when comparing two dates: " At the earlier date: 14 (+6)."
pub fn since(then: usize, now: usize) -> String {
    let change = signed(now as i64 - then as i64);
    Sentence::default().push(" At the earlier date: ").number(then).push(" (").push(&change).push(").").done()
}

/// The sentence one intersection reads as, in the sense of the chart's mode: "EU, Japan and Korea share 3 areas that
/// no other actor shown has: …" (exclusive) or "EU and Japan share 16 areas, with or without others: …" (inclusive);
/// comparing two dates, with its size at the earlier one.
pub fn intersection(ds: &Dataset, data: &ChartData, x: &Intersection) -> String {
    let mut t = Sentence::default();
    t.names(ds, x.sets).push(match x.sets.len() {
        1 if data.mode == Mode::Exclusive => " alone has ",
        1 => " has ",
        _ => " share ",
    });
    let clause = match data.mode {
        Mode::Exclusive => " that no other ".to_string() + ds.set_noun[0] + " shown has: ",
        Mode::Inclusive if x.sets.len() == 1 => ": ".into(),
        Mode::Inclusive => ", with or without others: ".into(),
    };
    t.elements(ds, x.size(), false);
    // Comparing, an intersection may hold nothing now: there is then no list to introduce.
    match x.size() {
        0 => t.push(clause.strip_suffix(": ").unwrap_or(&clause)),
        _ => t.push(&clause).areas(ds, &data.areas_of(x).collect::<Vec<_>>()),
    };
    t.push(".");
    if let Some(then) = x.size_then {
        t.push(&since(then, x.size()));
    }
    if let Some(through) = held_through(ds, data, x) {
        t.push(" ").push(&through);
    }
    t.done()
}

/// How the actors of an intersection hold those of its areas that no one partnership of them all links (actors with
/// no partnership with each other may share an area): by partner, actors with the same partners together, naming the
/// areas where some others are linked by one such partnership. "Japan and Canada each hold them through a
/// partnership with EU."; "Fintech: EU holds it through a partnership with Singapore; Japan holds it through a
/// partnership with UK." An actor's partners among the intersection's, if it has any there, are the ones said. None
/// where one partnership of them all links every area, or where a set is a partnership of its own (data counted by
/// partnership).
pub fn held_through(ds: &Dataset, data: &ChartData, x: &Intersection) -> Option<String> {
    let areas: Vec<usize> = data.areas_of(x).collect();
    let (mut apart, mut behind) = (Vec::new(), Vec::new());
    for &area in &areas {
        let links = ds.links.iter().filter(|l| l.area == area && counts(ds, l, &data.inputs.filter));
        let parties: Vec<ActorSet> = links.map(|l| ds.partnerships[l.partnership].parties).collect();
        if !parties.iter().any(|p| p.is_superset(x.sets)) {
            apart.push(area);
            behind.extend(parties);
        }
    }
    let mut pattern: Vec<(ActorSet, ActorSet)> = Vec::new();
    for a in x.sets.iter() {
        let partners = behind.iter().filter(|p| p.contains(a)).fold(ActorSet::EMPTY, |all, p| all.or(*p)).without(a);
        let partners = match partners.and(x.sets) {
            within if within.is_empty() => partners,
            within => within,
        };
        match pattern.iter_mut().find(|(_, with)| *with == partners) {
            Some(same) => same.0 = same.0.with(a),
            None => pattern.push((ActorSet::single(a), partners)),
        }
    }
    if apart.is_empty() || pattern.iter().any(|(_, partners)| partners.is_empty()) {
        return None;
    }
    let mut t = Sentence::default();
    if apart.len() < areas.len() {
        t.areas(ds, &apart).push(": ");
    }
    for (i, &(actors, partners)) in pattern.iter().enumerate() {
        let many = actors.len() > 1;
        t.push(if i > 0 { "; " } else { "" }).names(ds, actors).push(if many { " each hold " } else { " holds " });
        t.push(if apart.len() > 1 { "them" } else { "it" });
        t.push(if partners.len() > 1 { " through partnerships with " } else { " through a partnership with " });
        t.names(ds, partners);
    }
    Some(t.push(".").done())
}

/// What is selected, as the details panel's heading says it: an intersection's sentence, "actor — area", or an area's
/// change.
pub fn selected(ds: &Dataset, data: &ChartData, subject: Subject) -> String {
    let mut t = Sentence::default();
    match subject {
        Subject::Intersection(sets) => match data.intersection(sets) {
            Some(x) => return intersection(ds, data, x),
            None if sets.len() == 1 => t
                .names(ds, sets)
                .push(" has no ")
                .element(ds, false)
                .push(" that no other ")
                .noun(ds, false)
                .push(" shown has."),
            None => t.names(ds, sets).push(" share no ").element(ds, false).push(" in this view."),
        },
        Subject::Cell { area, actor } => t.push(ds.actors[actor].name).push(" — ").push(ds.areas[area].label),
        Subject::Change(area) => match data.change_of(area) {
            Some(c) => return change(ds, c),
            None => t.push(ds.areas[area].label).push(" did not change between the dates compared."),
        },
    };
    t.done()
}

/// An area's change as the changes list says it: "Quantum technologies: EU · Korea · Canada → EU · Japan · Korea · Canada",
/// "Cybersecurity entered: EU · Japan", "Fintech left: UK · Singapore".
pub fn change(ds: &Dataset, c: &Change) -> String {
    let mut t = Sentence::default();
    t.push(ds.areas[c.area].label);
    match c.kind {
        ChangeKind::Entered => t.push(" entered: "),
        ChangeKind::Left => t.push(" left: "),
        ChangeKind::Moved => t.push(": ").joined(ds, c.then, " · ").push(" → "),
    };
    t.joined(ds, if c.kind == ChangeKind::Left { c.then } else { c.now }, " · ").done()
}
