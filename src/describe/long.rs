//! The long description, one click away beside the chart: what is shown, the actors' sizes, the largest
//! intersections, the pairs, the areas one actor has alone, how many actors hold each area, and the selection.

use super::changes::changes_summary;
use super::marks::{change, held_through, selected};
use super::sentence::Sentence;
use super::short::firmness;
use crate::dataset::Dataset;
use crate::overlap::{Intersection, Mode};
use crate::sort_key::largest_first;
use crate::state::{State, Subject};
use crate::stats::Stats;
use crate::view_model::ChartData;

/// Actors' sizes count as spread evenly when the largest is at most this many tenths of the smallest (1.5 times):
/// past that, one actor's list is visibly longer than another's.
pub const EVEN_SPREAD_TENTHS: usize = 15;
/// And as spread very unevenly past three times: one actor then has most of what the chart shows.
pub const UNEVEN_SPREAD_TENTHS: usize = 30;
/// The long description names this many of the largest intersections.
pub const LARGEST_SHOWN: usize = 5;

/// One section of the long description: a heading, and sentences or list items.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Section {
    pub title: String,
    pub lines: Vec<String>,
}

/// The long description, section by section.
pub fn long(ds: &Dataset, state: &State, data: &ChartData) -> Vec<Section> {
    let f = Stats::new(data);
    let mut sections = vec![shown(ds, &f, state)];
    if let Some(c) = data.comparison.as_ref().filter(|_| !f.actors.is_empty()) {
        let lines = std::iter::once(changes_summary(ds, data, c)).chain(c.changes.iter().map(|c| change(ds, c) + "."));
        sections.push(Section { title: "What changed".into(), lines: lines.collect() });
    }
    if f.actors.is_empty() || f.held.is_empty() {
        return sections;
    }
    sections.push(sizes(ds, &f));
    sections.push(largest(ds, &f));
    if f.actors.len() >= 2 {
        sections.push(pairs(ds, &f));
        sections.push(alone(ds, &f));
        sections.push(degrees(ds, &f));
    }
    sections.push(selection(ds, data, state));
    sections
}

fn shown(ds: &Dataset, f: &Stats, state: &State) -> Section {
    let mut lines = Vec::new();
    let mut t = Sentence::default();
    let full: Vec<&str> = f.actors.iter().map(|&a| ds.actors[a].name).collect();
    match full.len() {
        0 => t.push("No ").noun(ds, false).push(" is shown."),
        k => t.sets(ds, k).push(": ").list(&full).push("."),
    };
    lines.push(t.done());
    t.elements(ds, f.held.len(), true).push(" in view");
    if f.held.len() < ds.areas.len() {
        t.push(", of ").number(ds.areas.len()).push(" in the dataset");
    }
    lines.push(t.push(".").done());
    lines.push(
        match f.data.mode {
            Mode::Exclusive => t
                .push("Intersections are exclusive: each ")
                .element(ds, false)
                .push(" counts once, with exactly the ")
                .noun(ds, true)
                .push(" that have it."),
            Mode::Inclusive => t
                .push("Intersections are inclusive: an ")
                .element(ds, false)
                .push(" counts in every group of ")
                .noun(ds, true)
                .push(" that all have it."),
        }
        .done(),
    );
    t.when(ds, state.as_of);
    if state.as_of.is_some() {
        t.push(": links on events the sources give no date are left out");
    }
    lines.push(t.push(".").done());
    if !ds.links.is_empty() {
        lines.push(t.push(firmness(state.firm)).push(".").done());
    }
    lines = lines.into_iter().map(|l| Sentence::from(l).capitalised()).collect();
    if !state.groups.is_empty() {
        let groups: Vec<&str> = state.groups.iter().map(|&g| ds.groups[g].label).collect();
        let noun = if groups.len() == 1 { " of the group " } else { " of the groups " };
        lines.push(t.push("Only ").element(ds, true).push(noun).list(&groups).push(".").done());
    }
    if !state.areas.is_empty() {
        lines.push(t.push("Only the ").element(ds, true).push(" ").areas(ds, &state.areas).push(".").done());
    }
    if !state.query.trim().is_empty() {
        lines.push(
            t.push("Only ").element(ds, true).push(" matching the search “").push(state.query.trim()).push("”.").done(),
        );
    }
    Section { title: "What is shown".into(), lines }
}

fn sizes(ds: &Dataset, f: &Stats) -> Section {
    let sizes = f.sizes_largest_first();
    // "EU has 20 areas, Japan 16 and UK 1": the noun once, agreeing with the first number.
    let mut t = Sentence::default();
    for (i, &(a, s)) in sizes.iter().enumerate() {
        t.separator(i, sizes.len(), false).push(ds.actors[a].short).push(" ");
        match i {
            0 => t.push("has ").elements(ds, s, false),
            _ => t.number(s),
        };
    }
    let mut lines = vec![t.push(".").done()];
    match f.spread_tenths() {
        Some(ratio) => {
            let spread = match ratio {
                r if r <= EVEN_SPREAD_TENTHS => "spread evenly",
                r if r <= UNEVEN_SPREAD_TENTHS => "spread unevenly",
                _ => "spread very unevenly",
            };
            if sizes.first().map(|s| s.1) == sizes.last().map(|s| s.1) {
                t.push("Every shown ").noun(ds, false).push(" has as many ").element(ds, true).push(" as the others");
            } else {
                // One decimal where the whole number would read "1 times".
                t.push("The most ").element(ds, true).push(" any ").noun(ds, false).push(" has is ").number(ratio / 10);
                if ratio % 10 != 0 || ratio == 10 {
                    t.push(".").number(ratio % 10);
                }
                t.push(" times the fewest");
            }
            lines.push(t.push(": ").push(spread).push(".").done());
        }
        None if sizes.len() >= 2 => lines.push(
            t.push("At least one shown ")
                .noun(ds, false)
                .push(" has no ")
                .element(ds, false)
                .push(" in this view.")
                .done(),
        ),
        None => {}
    }
    Section { title: Sentence::from(ds.set_noun[1].to_string()).capitalised(), lines }
}

fn largest(ds: &Dataset, f: &Stats) -> Section {
    // The chart's own order breaks ties, as in `Stats::largest`. Comparing, an intersection that holds nothing now
    // is drawn (at 0) but is no largest.
    let lines = largest_first(f.data.intersections.iter().map(Intersection::size))
        .into_iter()
        .filter(|&i| f.data.intersections[i].size() > 0)
        .take(LARGEST_SHOWN)
        .map(|i| {
            let x = &f.data.intersections[i];
            Sentence::default()
                .names(ds, x.sets)
                .push(if x.sets.len() == 1 && f.data.mode == Mode::Exclusive { " alone: " } else { ": " })
                .elements(ds, x.size(), false)
                .push(" (")
                .areas(ds, &f.data.areas_of(x).collect::<Vec<_>>())
                .push(")")
                .push(&held_through(ds, f.data, x).map_or(".".into(), |held| ". ".to_string() + &held))
                .done()
        })
        .collect();
    Section { title: "Largest intersections".into(), lines }
}

fn pairs(ds: &Dataset, f: &Stats) -> Section {
    let counted = f.pairs();
    let most = counted.iter().map(|p| p.1).max().unwrap_or(0);
    let fewest = counted.iter().map(|p| p.1).min().unwrap_or(0);
    // "EU and Japan share the most areas of any pair: 16 areas (…)." or "EU–Japan and EU–Korea share …: 15 each."
    let say = |n: usize, what: &str| -> String {
        let pairs: Vec<_> = counted.iter().filter(|p| p.1 == n).map(|p| p.0).collect();
        let mut t = Sentence::default();
        if let [one] = pairs[..] {
            t.names(ds, one);
        } else {
            for (i, &p) in pairs.iter().enumerate() {
                t.separator(i, pairs.len(), false).joined(ds, p, "–");
            }
        }
        match (n, pairs.len()) {
            (0, _) => t.push(" share no ").element(ds, false).push("."),
            (n, 1) => t
                .push(" share ")
                .push(what)
                .elements(ds, n, false)
                .push(" (")
                .areas(ds, &f.shared_by(pairs[0]))
                .push(")."),
            (n, _) => t.push(" share ").push(what).number(n).push(" each."),
        };
        t.done()
    };
    let most_of_any = "the most ".to_string() + ds.element_noun[1] + " of any pair: ";
    let mut lines = vec![say(most, if counted.len() == 1 { "" } else { &most_of_any })];
    if fewest < most {
        lines.push(say(fewest, "the fewest: "));
    }
    Section { title: "Pairs of ".to_string() + ds.set_noun[1], lines }
}

fn alone(ds: &Dataset, f: &Stats) -> Section {
    let mut lines: Vec<String> = Vec::new();
    for &a in &f.actors {
        let only = f.only(a);
        if !only.is_empty() {
            lines.push(
                Sentence::default()
                    .push("Only ")
                    .push(ds.actors[a].short)
                    .push(" has ")
                    .areas(ds, &only)
                    .push(".")
                    .done(),
            );
        }
    }
    if lines.is_empty() {
        lines.push(
            Sentence::from(
                "Every ".to_string() + ds.element_noun[0] + " in view is shared by at least two of the shown ",
            )
            .noun(ds, true)
            .push(".")
            .done(),
        );
    }
    Section {
        title: Sentence::from(ds.element_noun[1].to_string()).capitalised() + " only one " + ds.set_noun[0] + " has",
        lines,
    }
}

fn degrees(ds: &Dataset, f: &Stats) -> Section {
    let k = f.actors.len();
    let by = f.by_degree();
    let mut t = Sentence::default();
    let held: Vec<usize> = (1..=k).filter(|&d| by[d] > 0).collect();
    for (i, &d) in held.iter().enumerate() {
        t.separator(i, held.len(), false);
        t.elements(ds, by[d], false).push(if by[d] == 1 { " is held by " } else { " are held by " });
        match d {
            1 => t.push("one ").noun(ds, false),
            d if d == k => t.all(k),
            d => t.in_words(d).push(" ").noun(ds, true),
        };
    }
    let title = "How many ".to_string() + ds.set_noun[1] + " hold each " + ds.element_noun[0];
    Section { title, lines: vec![t.push(".").done()] }
}

fn selection(ds: &Dataset, data: &ChartData, state: &State) -> Section {
    let line = match state.subject {
        None => Sentence::from("Nothing is selected: select an intersection or a table cell to see its ".to_string())
            .element(ds, true)
            .push(" and sources.")
            .done(),
        Some(subject) => selected_line(ds, data, subject),
    };
    Section { title: "Selection".into(), lines: vec![line] }
}

/// What is selected, as a sentence: "Selected: EU and Japan share …", "Selected: Japan — Semiconductors.".
pub fn selected_line(ds: &Dataset, data: &ChartData, subject: Subject) -> String {
    let mut line = "Selected: ".to_string() + &selected(ds, data, subject);
    // A table cell reads "actor — area", without a sentence's full stop.
    if !line.ends_with('.') {
        line.push('.');
    }
    line
}
