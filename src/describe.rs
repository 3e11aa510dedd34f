//! The view in words: a short description of a few sentences and a long one in sections, composed from the same
//! chart data the marks are drawn from, so that every number said is a number shown.

use crate::dataset::{Dataset, Grade};
use crate::overlap::{Intersection, Mode};
use crate::sets::ActorSet;
use crate::state::{State, Subject};
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
    pub title: &'static str,
    pub lines: Vec<String>,
}

/// "1 area", "3 areas".
pub fn count(n: usize, one: &str, many: &str) -> String {
    let mut s = n.to_string();
    s.push(' ');
    s.push_str(if n == 1 { one } else { many });
    s
}

/// Names as a sentence reads them: "A", "A and B", "A, B and C"; with semicolons ("A; B, C; and D") when a name has
/// a comma of its own, as some area labels do.
pub fn list<S: AsRef<str>>(names: &[S]) -> String {
    let semi = names.iter().any(|n| n.as_ref().contains(','));
    let mut out = String::new();
    for (i, name) in names.iter().enumerate() {
        if i > 0 {
            out.push_str(match (i + 1 == names.len(), semi) {
                (true, true) => "; and ",
                (true, false) => " and ",
                (false, true) => "; ",
                (false, false) => ", ",
            });
        }
        out.push_str(name.as_ref());
    }
    out
}

/// A ratio to one decimal, from whole numbers only: "3.3".
fn tenths(t: usize) -> String {
    let mut s = (t / 10).to_string();
    if t % 10 != 0 {
        s.push('.');
        s.push_str(&(t % 10).to_string());
    }
    s
}

/// The sentence's first letter in capitals (ASCII only: the Unicode tables would cost download for no sentence here).
fn capitalised(mut s: String) -> String {
    if let Some(first) = s.get_mut(..1) {
        first.make_ascii_uppercase();
    }
    s
}

/// Positions of `sizes` from the largest down, ties in their given order: one u64 key each, as every sort here.
fn largest_first(sizes: impl Iterator<Item = usize>) -> Vec<usize> {
    let mut keys: Vec<u64> =
        sizes.enumerate().map(|(i, s)| (u64::from(u32::MAX) - s as u64) << 32 | i as u64).collect();
    keys.sort_unstable();
    keys.iter().map(|k| (k & 0xffff_ffff) as usize).collect()
}

/// What the description reads off the chart data: the shown actors, and for each area in view its actors among them.
struct Facts<'a> {
    ds: &'a Dataset,
    data: &'a ChartData,
    actors: Vec<usize>,
    /// (area, the shown actors that have it), areas in dataset order.
    held: Vec<(usize, ActorSet)>,
}

impl<'a> Facts<'a> {
    fn new(ds: &'a Dataset, data: &'a ChartData) -> Facts<'a> {
        let held = data.in_view().map(|(_, area, mask)| (area, mask.and(data.selected))).collect();
        Facts { ds, data, actors: data.selected.iter().collect(), held }
    }

    fn actor(&self, i: usize) -> &'static str {
        self.ds.actors[i].short
    }

    fn names(&self, set: ActorSet) -> String {
        list(&set.iter().map(|i| self.actor(i)).collect::<Vec<_>>())
    }

    fn labels(&self, areas: impl Iterator<Item = usize>) -> Vec<&'static str> {
        areas.map(|a| self.ds.areas[a].label).collect()
    }

    /// Areas held by every actor of `set` (and perhaps others).
    fn shared_by(&self, set: ActorSet) -> Vec<usize> {
        self.held.iter().filter(|(_, m)| m.is_superset(set)).map(|(a, _)| *a).collect()
    }

    /// "both" or "all six": every actor shown.
    fn all(&self) -> String {
        match self.actors.len() {
            2 => "both".into(),
            k => "all ".to_string() + &number_word(k),
        }
    }

    /// A pair as one name: "EU–Japan".
    fn pair(&self, pair: ActorSet) -> String {
        pair.iter().map(|i| self.actor(i)).collect::<Vec<_>>().join("–")
    }

    /// The largest intersection among those that pass `keep`, ties going to the one the chart draws first.
    fn largest(&self, keep: impl Fn(&Intersection) -> bool) -> Option<&'a Intersection> {
        let mut best: Option<&Intersection> = None;
        for x in self.data.intersections.iter().filter(|x| keep(x)) {
            if best.is_none_or(|b| x.size() > b.size()) {
                best = Some(x);
            }
        }
        best
    }

    fn areas_of(&self, x: &Intersection) -> Vec<&'static str> {
        self.labels(self.data.areas_of(x))
    }

    /// The shown actors that share the fewest areas with any other shown actor, and that number.
    fn least_sharing(&self) -> (Vec<usize>, usize) {
        let shared = |a: usize| self.held.iter().filter(|(_, m)| m.contains(a) && m.len() >= 2).count();
        let fewest = self.actors.iter().map(|&a| shared(a)).min().unwrap_or(0);
        (self.actors.iter().copied().filter(|&a| shared(a) == fewest).collect(), fewest)
    }
}

/// Small counts in words, as prose says "all six"; larger ones in digits.
fn number_word(n: usize) -> String {
    const WORDS: [&str; 11] = ["no", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"];
    WORDS.get(n).map_or_else(|| n.to_string(), |w| w.to_string())
}

/// "as of 30 April 2024" or "counting everything the sources report, dated or not".
fn when(state: &State) -> String {
    match state.as_of {
        Some(d) => "as of ".to_string() + &d.to_string(),
        None => "counting everything the sources report, dated or not".into(),
    }
}

/// Which links count, as a clause: the long description says it as a sentence, the short one when it is not all.
fn firmness(g: Grade) -> &'static str {
    match g {
        Grade::Aspiration => "links of any firmness count, aspirations included",
        Grade::Exploring => "only links being explored or firmer count",
        Grade::Launched => "only links launched or agreed count",
        Grade::Agreed => "only agreed links count",
    }
}

/// The short description: two to four sentences, always visible beside the chart.
pub fn short(ds: &Dataset, state: &State, data: &ChartData) -> String {
    let f = Facts::new(ds, data);
    let k = f.actors.len();
    if k == 0 {
        return "No actor is ticked: tick at least one to see which technology areas the actors share.".into();
    }
    let n = f.held.len();
    let names = f.names(data.selected);
    let mut narrowed = String::new();
    if !state.query.trim().is_empty() {
        narrowed = ", among areas matching “".to_string() + state.query.trim() + "”";
    }
    if state.firm > Grade::Aspiration {
        narrowed.push_str("; ");
        narrowed.push_str(firmness(state.firm));
    }
    if n == 0 {
        return "No technology area is in view for ".to_string() + &names + ", " + &when(state) + &narrowed + ".";
    }
    let mut out = "Overlap of ".to_string() + &count(n, "technology area", "technology areas") + " across ";
    out.push_str(&if k == 1 { names.clone() } else { count(k, "actor", "actors") });
    out.push_str(", ");
    out.push_str(&when(state));
    out.push_str(&narrowed);
    out.push('.');
    if k == 1 {
        out.push_str(" It has ");
        out.push_str(&list(&f.labels(f.held.iter().map(|(a, _)| *a))));
        out.push('.');
        return out;
    }
    out.push(' ');
    out.push_str(&everyone(&f));
    if let Some(sentence) = largest_groups(&f) {
        out.push(' ');
        out.push_str(&sentence);
    }
    if k >= 3 {
        let (fewest, shared) = f.least_sharing();
        let who = list(&fewest.iter().map(|&a| f.actor(a)).collect::<Vec<_>>());
        out.push(' ');
        out.push_str(&who);
        out.push_str(if fewest.len() == 1 { " shares" } else { " share" });
        match shared {
            0 => out.push_str(" no area with the others."),
            n => {
                out.push_str(" the fewest areas with the others: ");
                out.push_str(&n.to_string());
                out.push('.');
            }
        }
    }
    out
}

/// What all the shown actors share: "Semiconductors is the one area all six share." and its variants.
fn everyone(f: &Facts) -> String {
    let common = f.shared_by(f.data.selected);
    let labels = f.labels(common.iter().copied());
    match labels.len() {
        0 if f.actors.len() == 2 => f.names(f.data.selected) + " share no area.",
        0 => {
            "No area is shared by all ".to_string()
                + &number_word(f.actors.len())
                + " of "
                + &f.names(f.data.selected)
                + "."
        }
        1 => labels[0].to_string() + " is the one area " + &f.all() + " share.",
        m => capitalised(number_word(m)) + " areas are shared by " + &f.all() + ": " + &list(&labels) + ".",
    }
}

/// The largest group, and the largest shared one where that is another: one sentence, in the sense of the mode.
fn largest_groups(f: &Facts) -> Option<String> {
    let shared = f.largest(|x| x.sets.len() >= 2);
    match f.data.mode {
        Mode::Exclusive => {
            // What all of them share has been said already.
            let top = f.largest(|_| true).filter(|x| x.sets != f.data.selected)?;
            let mut s = "The largest group, ".to_string() + &count(top.size(), "area", "areas");
            match top.sets.len() {
                1 => s.push_str(", belongs to "),
                _ => s.push_str(", is shared by exactly "),
            }
            s.push_str(&f.names(top.sets));
            if top.sets.len() == 1 {
                s.push_str(" alone");
            }
            match shared.filter(|x| x.sets != top.sets && x.sets != f.data.selected) {
                Some(x) => {
                    s.push_str("; the largest shared group is ");
                    s.push_str(&list(&f.areas_of(x)));
                    s.push_str(", shared by exactly ");
                    s.push_str(&f.names(x.sets));
                }
                None if top.sets.len() > 1 => {
                    s.push_str(": ");
                    s.push_str(&list(&f.areas_of(top)));
                }
                None => {}
            }
            s.push('.');
            Some(s)
        }
        Mode::Inclusive => {
            // Inclusive sizes of two or more actors: the most areas any such group holds in common.
            let x = shared?;
            let mut s =
                "The most areas two or more of them hold in common, ".to_string() + &count(x.size(), "area", "areas");
            s.push_str(", are held by ");
            s.push_str(&f.names(x.sets));
            s.push_str(" (with or without others): ");
            s.push_str(&list(&f.areas_of(x)));
            s.push('.');
            Some(s)
        }
    }
}

/// The long description, section by section.
pub fn long(ds: &Dataset, state: &State, data: &ChartData) -> Vec<Section> {
    let f = Facts::new(ds, data);
    let mut sections = vec![shown(&f, state)];
    if f.actors.is_empty() || f.held.is_empty() {
        return sections;
    }
    sections.push(sizes(&f));
    sections.push(largest(&f));
    if f.actors.len() >= 2 {
        sections.push(pairs(&f));
        sections.push(alone(&f));
        sections.push(degrees(&f));
    }
    sections.push(selection(&f, state));
    sections
}

fn shown(f: &Facts, state: &State) -> Section {
    let mut lines = Vec::new();
    let full: Vec<&str> = f.actors.iter().map(|&a| f.ds.actors[a].name).collect();
    lines.push(match full.len() {
        0 => "No actor is shown.".to_string(),
        k => capitalised(count(k, "actor", "actors")) + ": " + &list(&full) + ".",
    });
    let mut areas = capitalised(count(f.held.len(), "technology area", "technology areas")) + " in view";
    if f.held.len() < f.ds.areas.len() {
        areas.push_str(", of ");
        areas.push_str(&f.ds.areas.len().to_string());
        areas.push_str(" in the dataset");
    }
    areas.push('.');
    lines.push(areas);
    lines.push(
        match f.data.mode {
            Mode::Exclusive => {
                "Intersections are exclusive: each area counts once, with exactly the actors that have it."
            }
            Mode::Inclusive => "Intersections are inclusive: an area counts in every group of actors that all have it.",
        }
        .into(),
    );
    lines.push(capitalised(when(state)) + ".");
    lines.push(capitalised(firmness(state.firm).to_string()) + ".");
    if !state.groups.is_empty() {
        let groups: Vec<&str> = state.groups.iter().map(|&g| f.ds.groups[g].label).collect();
        lines.push("Only the area groups ".to_string() + &list(&groups) + ".");
    }
    if !state.areas.is_empty() {
        lines.push("Only the areas ".to_string() + &list(&f.labels(state.areas.iter().copied())) + ".");
    }
    if !state.query.trim().is_empty() {
        lines.push("Only areas matching the search “".to_string() + state.query.trim() + "”.");
    }
    Section { title: "What is shown", lines }
}

fn sizes(f: &Facts) -> Section {
    let sizes: Vec<(usize, usize)> =
        largest_first(f.data.set_sizes.iter().map(|s| s.1)).into_iter().map(|i| f.data.set_sizes[i]).collect();
    let each: Vec<String> =
        sizes.iter().map(|&(a, s)| f.actor(a).to_string() + " " + &count(s, "area", "areas")).collect();
    let mut lines = vec![list(&each) + "."];
    let (most, least) = (sizes.first().map_or(0, |s| s.1), sizes.last().map_or(0, |s| s.1));
    if sizes.len() >= 2 && least > 0 {
        let ratio = (most * 10 + least / 2) / least;
        let spread = match ratio {
            r if r <= EVEN_SPREAD_TENTHS => "spread evenly",
            r if r <= UNEVEN_SPREAD_TENTHS => "spread unevenly",
            _ => "spread very unevenly",
        };
        lines.push(
            "The most areas an actor has is ".to_string() + &tenths(ratio) + " times the fewest: " + spread + ".",
        );
    } else if sizes.len() >= 2 {
        lines.push("At least one shown actor has no area in this view.".into());
    }
    Section { title: "Actors", lines }
}

fn largest(f: &Facts) -> Section {
    // The chart's own order breaks ties, as in `Facts::largest`.
    let lines = largest_first(f.data.intersections.iter().map(Intersection::size))
        .into_iter()
        .take(LARGEST_SHOWN)
        .map(|i| {
            let x = &f.data.intersections[i];
            f.names(x.sets) + ": " + &count(x.size(), "area", "areas") + " (" + &list(&f.areas_of(x)) + ")."
        })
        .collect();
    Section { title: "Largest intersections", lines }
}

fn pairs(f: &Facts) -> Section {
    let mut counted: Vec<(ActorSet, usize)> = Vec::new();
    for (i, &a) in f.actors.iter().enumerate() {
        for &b in &f.actors[i + 1..] {
            let pair = ActorSet::single(a).with(b);
            counted.push((pair, f.shared_by(pair).len()));
        }
    }
    let most = counted.iter().map(|p| p.1).max().unwrap_or(0);
    let fewest = counted.iter().map(|p| p.1).min().unwrap_or(0);
    // "EU and Japan share the most areas of any pair: 15 (…)." or "EU–Japan and EU–Korea share …, 15 each."
    let say = |n: usize, what: &str| -> String {
        let pairs: Vec<ActorSet> = counted.iter().filter(|p| p.1 == n).map(|p| p.0).collect();
        match (n, pairs.as_slice()) {
            (0, [one]) => f.names(*one) + " share no area.",
            (0, _) => list(&pairs.iter().map(|&p| f.pair(p)).collect::<Vec<_>>()) + " share no area.",
            (n, [one]) => {
                let areas = list(&f.labels(f.shared_by(*one).into_iter()));
                f.names(*one) + " share " + what + &count(n, "area", "areas") + " (" + &areas + ")."
            }
            (n, _) => {
                let names = list(&pairs.iter().map(|&p| f.pair(p)).collect::<Vec<_>>());
                names + " share " + what + &n.to_string() + " each."
            }
        }
    };
    let mut lines = vec![say(most, if counted.len() == 1 { "" } else { "the most areas of any pair: " })];
    if fewest < most {
        lines.push(say(fewest, "the fewest: "));
    }
    Section { title: "Pairs of actors", lines }
}

fn alone(f: &Facts) -> Section {
    let mut lines: Vec<String> = f
        .actors
        .iter()
        .filter_map(|&a| {
            let only: Vec<usize> =
                f.held.iter().filter(|(_, m)| *m == ActorSet::single(a)).map(|(area, _)| *area).collect();
            (!only.is_empty())
                .then(|| "Only ".to_string() + f.actor(a) + " has " + &list(&f.labels(only.into_iter())) + ".")
        })
        .collect();
    if lines.is_empty() {
        lines.push("Every area in view is shared by at least two of the shown actors.".into());
    }
    Section { title: "Areas only one actor has", lines }
}

fn degrees(f: &Facts) -> Section {
    let k = f.actors.len();
    let mut by = vec![0usize; k + 1];
    for (_, m) in &f.held {
        by[m.len()] += 1;
    }
    let parts: Vec<String> = (1..=k)
        .filter(|&d| by[d] > 0)
        .map(|d| {
            let who = match d {
                1 => "one actor".to_string(),
                d if d == k => f.all(),
                d => number_word(d),
            };
            count(by[d], "area", "areas") + " " + if by[d] == 1 { "is" } else { "are" } + " held by " + &who
        })
        .collect();
    Section { title: "How many actors hold each area", lines: vec![capitalised(list(&parts)) + "."] }
}

fn selection(f: &Facts, state: &State) -> Section {
    let line = match state.subject {
        None => "Nothing is selected: select an intersection or a table cell to see its areas and sources.".to_string(),
        Some(Subject::Intersection(sets)) => match f.data.intersections.iter().find(|x| x.sets == sets) {
            Some(x) => {
                "Selected: ".to_string()
                    + &f.names(sets)
                    + ", "
                    + &count(x.size(), "area", "areas")
                    + ": "
                    + &list(&f.areas_of(x))
                    + "."
            }
            None => "Selected: ".to_string() + &f.names(sets) + ", who share no area in this view.",
        },
        Some(Subject::Cell { area, actor }) => {
            "Selected: ".to_string() + f.ds.actors[actor].name + " and " + f.ds.areas[area].label + "."
        }
    };
    Section { title: "Selection", lines: vec![line] }
}
