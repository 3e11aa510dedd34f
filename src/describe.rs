//! The view in words: a short description of a few sentences and a long one in sections, composed from the same
//! chart data the marks are drawn from, so that every number said is a number shown.

use crate::compare::{Change, ChangeKind};
use crate::dataset::{Dataset, Grade, Source};
use crate::evidence::counts;
use crate::overlap::{Intersection, Mode};
use crate::sets::ActorSet;
use crate::state::{State, Subject};
use crate::view_model::{Before, ChartData};

/// Actors' sizes count as spread evenly when the largest is at most this many tenths of the smallest (1.5 times):
/// past that, one actor's list is visibly longer than another's.
pub const EVEN_SPREAD_TENTHS: usize = 15;
/// And as spread very unevenly past three times: one actor then has most of what the chart shows.
pub const UNEVEN_SPREAD_TENTHS: usize = 30;
/// The long description names this many of the largest intersections.
pub const LARGEST_SHOWN: usize = 5;
/// The short description names areas only up to this many at once: past four names a sentence stops being read at a
/// glance, and the long description names them all.
pub const SHORT_NAMES_MAX: usize = 4;

/// One section of the long description: a heading, and sentences or list items.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Section {
    pub title: &'static str,
    pub lines: Vec<String>,
}

/// A sentence being written. Every piece goes through one out-of-line call: the text is composed of many small
/// pieces, and `String`'s inlined appends and temporaries cost the download several times this module's size.
#[derive(Default)]
struct Text(String);

impl Text {
    #[inline(never)]
    fn s(&mut self, s: &str) -> &mut Text {
        self.0.push_str(s);
        self
    }

    /// A whole number in digits.
    fn n(&mut self, n: usize) -> &mut Text {
        self.s(&n.to_string())
    }

    /// "1 area", "3 areas".
    #[inline(never)]
    fn count(&mut self, n: usize, one: &str, many: &str) -> &mut Text {
        self.n(n).s(" ").s(if n == 1 { one } else { many })
    }

    /// Small counts in words, as prose says "all six"; larger ones in digits.
    fn word(&mut self, n: usize) -> &mut Text {
        const WORDS: [&str; 11] = ["no", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"];
        match WORDS.get(n) {
            Some(w) => self.s(w),
            None => self.n(n),
        }
    }

    /// Names as a sentence reads them: "A", "A and B", "A, B and C"; with semicolons ("A; B, C; and D") when a name
    /// has an "and" of its own, or a comma in a list of three or more, as some area labels do.
    #[inline(never)]
    fn list(&mut self, names: &[&str]) -> &mut Text {
        // A list of names that have commas or "and" of their own cannot be read with commas and "and" between them.
        let semi = names.iter().any(|n| n.contains(" and ") || (names.len() > 2 && n.contains(',')));
        for (i, name) in names.iter().enumerate() {
            self.sep(i, names.len(), semi).s(name);
        }
        self
    }

    /// What goes before the `i`th of `len` items of a list: nothing, a comma (a semicolon if `semi`) or "and".
    #[inline(never)]
    fn sep(&mut self, i: usize, len: usize, semi: bool) -> &mut Text {
        self.s(match (i, i + 1 == len, semi) {
            (0, _, _) => "",
            (_, true, true) => "; and ",
            (_, true, false) => " and ",
            (_, false, true) => "; ",
            (_, false, false) => ", ",
        })
    }

    /// Areas by their labels, as a sentence reads them.
    fn areas(&mut self, ds: &Dataset, areas: &[usize]) -> &mut Text {
        self.list(&areas.iter().map(|&a| ds.areas[a].label).collect::<Vec<_>>())
    }

    /// The actors of a set by their short names: "EU, Japan and Korea".
    fn names(&mut self, ds: &Dataset, set: ActorSet) -> &mut Text {
        self.list(&set.iter().map(|i| ds.actors[i].short).collect::<Vec<_>>())
    }

    /// The text so far with its first letter in capitals (ASCII only: the Unicode tables would cost download for no
    /// sentence here).
    fn capitalised(mut self) -> String {
        if let Some(first) = self.0.get_mut(..1) {
            first.make_ascii_uppercase();
        }
        self.0
    }

    fn done(&mut self) -> String {
        core::mem::take(&mut self.0)
    }
}

/// The actors of a set by their short names, as a sentence reads them: "EU, Japan and Korea".
pub fn names(ds: &Dataset, set: ActorSet) -> String {
    Text::default().names(ds, set).done()
}

/// How a set mark (an UpSet row, a Venn circle) reads: "EU has 20 areas in view."
pub fn actor_size(ds: &Dataset, actor: usize, size: usize) -> String {
    Text::default().s(ds.actors[actor].name).s(" has ").count(size, "area", "areas").s(" in view.").done()
}

/// A change as the chart labels it: "+3", "−1" (a true minus sign), "±0".
pub fn signed(change: i64) -> String {
    let sign = match change {
        0 => "±",
        c if c > 0 => "+",
        _ => "−",
    };
    Text::default().s(sign).n(change.unsigned_abs() as usize).done()
}

/// What a mark's spoken name adds when comparing two dates: " At the earlier date: 14 (+6)."
pub fn since(before: usize, now: usize) -> String {
    Text::default().s(" At the earlier date: ").n(before).s(" (").s(&signed(now as i64 - before as i64)).s(").").done()
}

/// The sentence one intersection reads as, in the sense of the chart's mode: "EU, Japan and Korea share 3 areas that
/// no other actor shown has: …" (exclusive) or "EU and Japan share 16 areas, with or without others: …" (inclusive).
pub fn intersection(ds: &Dataset, data: &ChartData, x: &Intersection) -> String {
    let mut t = Text::default();
    t.names(ds, x.sets).s(match x.sets.len() {
        1 if data.mode == Mode::Exclusive => " alone has ",
        1 => " has ",
        _ => " share ",
    });
    let clause = match data.mode {
        Mode::Exclusive => " that no other actor shown has: ",
        Mode::Inclusive if x.sets.len() == 1 => ": ",
        Mode::Inclusive => ", with or without others: ",
    };
    t.count(x.size(), "area", "areas");
    // Comparing, an intersection may hold nothing now: there is then no list to introduce.
    match x.size() {
        0 => t.s(clause.strip_suffix(": ").unwrap_or(clause)),
        _ => t.s(clause).areas(ds, &data.areas_of(x).collect::<Vec<_>>()),
    };
    t.s(".");
    if let Some(b) = x.before {
        t.s(&since(b, x.size()));
    }
    t.done()
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

    /// The areas in view whose shown actors pass `keep` (`dyn`, as one copy of this code serves every caller).
    fn areas_where(&self, keep: &dyn Fn(ActorSet) -> bool) -> Vec<usize> {
        self.held.iter().filter(|(_, m)| keep(*m)).map(|(a, _)| *a).collect()
    }

    /// Areas held by every actor of `set` (and perhaps others).
    fn shared_by(&self, set: ActorSet) -> Vec<usize> {
        self.areas_where(&|m| m.is_superset(set))
    }

    /// The largest intersections among those that pass `keep` (more than one where they tie), in the chart's order.
    fn largest(&self, keep: &dyn Fn(&Intersection) -> bool) -> Vec<&'a Intersection> {
        let kept: Vec<&Intersection> = self.data.intersections.iter().filter(|x| keep(x)).collect();
        let most = kept.iter().map(|x| x.size()).max().unwrap_or(0);
        kept.into_iter().filter(|x| x.size() == most && most > 0).collect()
    }

    fn areas_of(&self, x: &Intersection) -> Vec<usize> {
        self.data.areas_of(x).collect()
    }

    /// The shown actors that share the fewest areas with any other shown actor, and that number.
    fn least_sharing(&self) -> (ActorSet, usize) {
        let shared = |a: usize| self.held.iter().filter(|(_, m)| m.contains(a) && m.len() >= 2).count();
        let fewest = self.actors.iter().map(|&a| shared(a)).min().unwrap_or(0);
        (ActorSet::from_indices(self.actors.iter().copied().filter(|&a| shared(a) == fewest)), fewest)
    }
}

impl Text {
    /// "both" or "all six": every actor shown.
    fn all(&mut self, f: &Facts) -> &mut Text {
        match f.actors.len() {
            2 => self.s("both"),
            k => self.s("all ").word(k),
        }
    }

    /// A pair as one name: "EU–Japan".
    fn pair(&mut self, f: &Facts, pair: ActorSet) -> &mut Text {
        for (i, a) in pair.iter().enumerate() {
            self.s(if i > 0 { "–" } else { "" }).s(f.actor(a));
        }
        self
    }

    /// "as of 30 April 2024" or "counting everything the sources report, dated or not".
    fn when(&mut self, state: &State) -> &mut Text {
        match state.as_of {
            Some(d) => self.s("as of ").s(&d.to_string()),
            None => self.s("counting everything the sources report, dated or not"),
        }
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

/// The short description: two to four sentences, always visible beside the chart; comparing two dates, one more
/// says what changed.
pub fn short(ds: &Dataset, state: &State, data: &ChartData) -> String {
    let view = at_one_date(ds, state, data);
    match &data.before {
        Some(b) if !data.selected.is_empty() => view + " " + &changes_summary(ds, data, b),
        _ => view,
    }
}

fn at_one_date(ds: &Dataset, state: &State, data: &ChartData) -> String {
    let f = Facts::new(ds, data);
    let (k, n) = (f.actors.len(), f.held.len());
    let mut t = Text::default();
    if k == 0 {
        return t.s("No actor is ticked: tick at least one to see which technology areas the actors share.").done();
    }
    let whole = n > 0;
    match (k, whole) {
        (_, false) => t.s("No technology area is in view for ").names(ds, data.selected).s(", "),
        (1, _) => {
            t.names(ds, data.selected).s(" alone is shown, with ").count(n, "technology area", "technology areas")
        }
        _ => {
            t.s("Overlap of ").count(n, "technology area", "technology areas").s(" across ").count(k, "actor", "actors")
        }
    };
    if whole {
        t.s(", ");
    }
    t.when(state);
    let query = state.query.trim();
    if !query.is_empty() {
        t.s(", among areas matching “").s(query).s("”");
    }
    if state.firm > Grade::Aspiration {
        t.s("; ").s(firmness(state.firm));
    }
    t.s(".");
    if !whole {
        return t.done();
    }
    if k == 1 {
        if n <= SHORT_NAMES_MAX {
            t.s(" It has ").areas(ds, &f.areas_where(&|_| true)).s(".");
        }
        return t.done();
    }
    t.s(" ");
    everyone(&f, &mut t);
    largest_groups(&f, &mut t);
    let (fewest, shared) = f.least_sharing();
    // When every actor ties, none shares the fewest. No number here: how many areas an actor shares is no mark of
    // the chart (the long description counts pairs).
    if k >= 3 && fewest.len() < k {
        t.s(" ").names(ds, fewest).s(if fewest.len() == 1 { " shares" } else { " share" });
        t.s(if shared == 0 { " no area with the others." } else { " the fewest areas with the others." });
    }
    t.done()
}

/// What all the shown actors share: "Semiconductors is the one area all six share." and its variants.
fn everyone(f: &Facts, t: &mut Text) {
    let common = f.shared_by(f.data.selected);
    match common.len() {
        0 if f.actors.len() == 2 => t.names(f.ds, f.data.selected).s(" share no area."),
        0 => t.s("No area is shared by all ").word(f.actors.len()).s(" of ").names(f.ds, f.data.selected).s("."),
        1 => t.areas(f.ds, &common).s(" is the one area ").all(f).s(" share."),
        m if m <= SHORT_NAMES_MAX => {
            let mut number = Text::default();
            number.word(m);
            t.s(&number.capitalised()).s(" areas are shared by ").all(f).s(": ").areas(f.ds, &common).s(".")
        }
        m => t.n(m).s(" areas are shared by ").all(f).s("."),
    };
}

/// "the largest intersection, 3 areas, is that of EU, Japan and Korea: …", or the tied ones: `xs` are the largest
/// intersections of their kind, which `one`/`many` name ("intersection", "intersections").
fn largest_said(f: &Facts, t: &mut Text, xs: &[&Intersection], one: &str, many: &str) {
    let size = xs.first().map_or(0, |x| x.size());
    let of = |t: &mut Text, x: &Intersection| {
        t.names(f.ds, x.sets).s(if x.sets.len() == 1 && f.data.mode == Mode::Exclusive { " alone" } else { "" });
    };
    match xs {
        [x] => {
            t.s("the largest ").s(one).s(", ").count(size, "area", "areas").s(", is that of ");
            of(t, x);
            // Its areas, where they are few enough to name at a glance.
            if size <= SHORT_NAMES_MAX {
                t.s(": ").areas(f.ds, &f.areas_of(x));
            }
        }
        [a, b] => {
            t.s("the largest ").s(many).s(", ").count(size, "area", "areas").s(" each, are those of ");
            of(t, a);
            t.s(" and of ");
            of(t, b);
        }
        _ => {
            // Past ten, how many tie is no longer read at a glance off the chart, nor a number of its marks.
            match xs.len() > 10 {
                true => t.s("more than ten"),
                false => t.word(xs.len()),
            };
            t.s(" ").s(many).s(" tie as the largest, with ").count(size, "area", "areas").s(" each");
        }
    }
}

/// The largest intersections in the sense of the mode, and the largest shared ones where those are others: one
/// sentence, opened by a clause that says how the chart counts.
fn largest_groups(f: &Facts, t: &mut Text) {
    let everyone = f.data.selected;
    // What all of them share has been said already, so it is left out here (in both modes).
    let (top, shared) = match f.data.mode {
        Mode::Exclusive => {
            (f.largest(&|x| x.sets != everyone), f.largest(&|x| x.sets.len() >= 2 && x.sets != everyone))
        }
        Mode::Inclusive => (f.largest(&|x| x.sets.len() >= 2 && x.sets != everyone), Vec::new()),
    };
    if top.is_empty() {
        return;
    }
    match f.data.mode {
        Mode::Exclusive => {
            t.s(" Counted exclusively (each area once, with exactly the actors that have it), ");
            // Where what all share is the tallest column, "the largest" must say it means the others.
            let all = f.data.intersections.iter().find(|x| x.sets == everyone).map_or(0, |x| x.size());
            if all >= top[0].size() {
                t.s("apart from what all share, ");
            }
            largest_said(f, t, &top, "intersection", "intersections");
            if top.iter().all(|x| x.sets.len() == 1) && !shared.is_empty() {
                t.s("; ");
                largest_said(f, t, &shared, "shared one", "shared ones");
            }
        }
        Mode::Inclusive => {
            t.s(" Counted inclusively (an area in every group of actors that all have it), ");
            largest_said(f, t, &top, "shared intersection", "shared intersections");
        }
    }
    t.s(".");
}

/// The long description, section by section.
pub fn long(ds: &Dataset, state: &State, data: &ChartData) -> Vec<Section> {
    let f = Facts::new(ds, data);
    let mut sections = vec![shown(&f, state)];
    if let Some(b) = data.before.as_ref().filter(|_| !f.actors.is_empty()) {
        let lines = std::iter::once(changes_summary(ds, data, b)).chain(b.changes.iter().map(|c| change(ds, c) + "."));
        sections.push(Section { title: "What changed", lines: lines.collect() });
    }
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
    let mut t = Text::default();
    let full: Vec<&str> = f.actors.iter().map(|&a| f.ds.actors[a].name).collect();
    match full.len() {
        0 => t.s("No actor is shown."),
        k => t.count(k, "actor", "actors").s(": ").list(&full).s("."),
    };
    lines.push(t.done());
    t.count(f.held.len(), "technology area", "technology areas").s(" in view");
    if f.held.len() < f.ds.areas.len() {
        t.s(", of ").n(f.ds.areas.len()).s(" in the dataset");
    }
    lines.push(t.s(".").done());
    lines.push(
        t.s(match f.data.mode {
            Mode::Exclusive => {
                "Intersections are exclusive: each area counts once, with exactly the actors that have it."
            }
            Mode::Inclusive => "Intersections are inclusive: an area counts in every group of actors that all have it.",
        })
        .done(),
    );
    t.when(state);
    if state.as_of.is_some() {
        t.s(": links on events the sources give no date are left out");
    }
    lines.push(t.s(".").done());
    lines.push(t.s(firmness(state.firm)).s(".").done());
    lines = lines.into_iter().map(|l| Text(l).capitalised()).collect();
    if !state.groups.is_empty() {
        let groups: Vec<&str> = state.groups.iter().map(|&g| f.ds.groups[g].label).collect();
        let noun = if groups.len() == 1 { "Only areas of the group " } else { "Only areas of the groups " };
        lines.push(t.s(noun).list(&groups).s(".").done());
    }
    if !state.areas.is_empty() {
        lines.push(t.s("Only the areas ").areas(f.ds, &state.areas).s(".").done());
    }
    if !state.query.trim().is_empty() {
        lines.push(t.s("Only areas matching the search “").s(state.query.trim()).s("”.").done());
    }
    Section { title: "What is shown", lines }
}

fn sizes(f: &Facts) -> Section {
    let sizes: Vec<(usize, usize)> =
        largest_first(f.data.set_sizes.iter().map(|s| s.1)).into_iter().map(|i| f.data.set_sizes[i]).collect();
    // "EU has 20 areas, Japan 16 and UK 1": the noun once, agreeing with the first number.
    let mut t = Text::default();
    for (i, &(a, s)) in sizes.iter().enumerate() {
        t.sep(i, sizes.len(), false);
        t.s(f.actor(a)).s(" ");
        match i {
            0 => t.s("has ").count(s, "area", "areas"),
            _ => t.n(s),
        };
    }
    let mut lines = vec![t.s(".").done()];
    let (most, least) = (sizes.first().map_or(0, |s| s.1), sizes.last().map_or(0, |s| s.1));
    if sizes.len() >= 2 && least > 0 {
        let ratio = (most * 10 + least / 2) / least;
        let spread = match ratio {
            r if r <= EVEN_SPREAD_TENTHS => "spread evenly",
            r if r <= UNEVEN_SPREAD_TENTHS => "spread unevenly",
            _ => "spread very unevenly",
        };
        if most == least {
            t.s("Every shown actor has as many areas as the others");
        } else {
            // One decimal where the whole number would read "1 times".
            t.s("The most areas an actor has is ").n(ratio / 10);
            if ratio % 10 != 0 || ratio == 10 {
                t.s(".").n(ratio % 10);
            }
            t.s(" times the fewest");
        }
        lines.push(t.s(": ").s(spread).s(".").done());
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
            let mut t = Text::default();
            t.names(f.ds, x.sets)
                .s(if x.sets.len() == 1 && f.data.mode == Mode::Exclusive { " alone: " } else { ": " })
                .count(x.size(), "area", "areas")
                .s(" (")
                .areas(f.ds, &f.areas_of(x))
                .s(").")
                .done()
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
    // "EU and Japan share the most areas of any pair: 16 areas (…)." or "EU–Japan and EU–Korea share …: 15 each."
    let say = |n: usize, what: &str| -> String {
        let pairs: Vec<ActorSet> = counted.iter().filter(|p| p.1 == n).map(|p| p.0).collect();
        let mut t = Text::default();
        if let [one] = pairs[..] {
            t.names(f.ds, one);
        } else {
            for (i, &p) in pairs.iter().enumerate() {
                t.sep(i, pairs.len(), false);
                t.pair(f, p);
            }
        }
        match (n, pairs.len()) {
            (0, _) => t.s(" share no area."),
            (n, 1) => {
                t.s(" share ").s(what).count(n, "area", "areas").s(" (").areas(f.ds, &f.shared_by(pairs[0])).s(").")
            }
            (n, _) => t.s(" share ").s(what).n(n).s(" each."),
        };
        t.done()
    };
    let mut lines = vec![say(most, if counted.len() == 1 { "" } else { "the most areas of any pair: " })];
    if fewest < most {
        lines.push(say(fewest, "the fewest: "));
    }
    Section { title: "Pairs of actors", lines }
}

fn alone(f: &Facts) -> Section {
    let mut lines: Vec<String> = Vec::new();
    for &a in &f.actors {
        let only = f.areas_where(&|m| m == ActorSet::single(a));
        if !only.is_empty() {
            lines.push(Text::default().s("Only ").s(f.actor(a)).s(" has ").areas(f.ds, &only).s(".").done());
        }
    }
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
    let mut t = Text::default();
    let held: Vec<usize> = (1..=k).filter(|&d| by[d] > 0).collect();
    for (i, &d) in held.iter().enumerate() {
        t.sep(i, held.len(), false);
        t.count(by[d], "area", "areas").s(if by[d] == 1 { " is held by " } else { " are held by " });
        match d {
            1 => t.s("one actor"),
            d if d == k => t.all(f),
            d => t.word(d).s(" actors"),
        };
    }
    Section { title: "How many actors hold each area", lines: vec![t.s(".").done()] }
}

fn selection(f: &Facts, state: &State) -> Section {
    let line = match state.subject {
        None => "Nothing is selected: select an intersection or a table cell to see its areas and sources.".to_string(),
        Some(subject) => {
            let mut line = "Selected: ".to_string() + &selected(f.ds, f.data, subject);
            // A table cell reads "actor — area", without a sentence's full stop.
            if !line.ends_with('.') {
                line.push('.');
            }
            line
        }
    };
    Section { title: "Selection", lines: vec![line] }
}

/// What is selected, as the details panel's heading says it: an intersection's sentence, or "actor — area".
pub fn selected(ds: &Dataset, data: &ChartData, subject: Subject) -> String {
    match subject {
        Subject::Intersection(sets) => match data.intersections.iter().find(|x| x.sets == sets) {
            Some(x) => intersection(ds, data, x),
            None if sets.len() == 1 => {
                Text::default().names(ds, sets).s(" has no area that no other actor shown has.").done()
            }
            None => Text::default().names(ds, sets).s(" share no area in this view.").done(),
        },
        Subject::Cell { area, actor } => {
            Text::default().s(ds.actors[actor].name).s(" — ").s(ds.areas[area].label).done()
        }
        Subject::Change(area) => match data.change_of(area) {
            Some(c) => change(ds, c),
            None => Text::default().s(ds.areas[area].label).s(" did not change between the dates compared.").done(),
        },
    }
}

/// The change in one sentence: "Between 31 December 2022 and 30 April 2024, 7 areas gained an actor and none lost
/// one; Japan grew most, by 6 areas." Its numbers are the set bars' changes and the changes list's length.
pub fn changes_summary(ds: &Dataset, data: &ChartData, before: &Before) -> String {
    let mut t = Text::default();
    t.s("Between ").s(&before.from.to_string()).s(" and ").s(&before.to.to_string()).s(", ");
    let count = |keep: &dyn Fn(&Change) -> bool| before.changes.iter().filter(|c| keep(c)).count();
    let gained = count(&|c| !c.before.is_superset(c.after));
    let lost = count(&|c| !c.after.is_superset(c.before));
    if gained + lost == 0 {
        return t.s("nothing changed for the actors shown.").done();
    }
    t.count(gained, "area", "areas").s(if gained == 1 { " gained an actor and " } else { " gained actors and " });
    match lost {
        0 => t.s("none lost one"),
        n => t.n(n).s(if n == 1 { " lost one" } else { " lost actors" }),
    };
    let grew: Vec<(usize, usize)> = data
        .set_sizes
        .iter()
        .zip(&before.set_sizes)
        .map(|(&(a, now), &(_, then))| (a, now.saturating_sub(then)))
        .collect();
    let most = grew.iter().map(|g| g.1).max().unwrap_or(0);
    if most > 0 {
        let top = ActorSet::from_indices(grew.iter().filter(|g| g.1 == most).map(|g| g.0));
        t.s("; ").names(ds, top).s(" grew most, by ");
        t.count(most, "area", "areas").s(if top.len() == 1 { "" } else { " each" });
    }
    t.s(".").done()
}

/// An area's change as the changes list says it: "Quantum technology: EU · Korea → EU · Japan · Korea · Canada",
/// "Cybersecurity entered: EU · Japan", "Fintech left: UK · Singapore".
pub fn change(ds: &Dataset, c: &Change) -> String {
    let mut t = Text::default();
    t.s(ds.areas[c.area].label);
    let dotted = |t: &mut Text, set: ActorSet| {
        for (i, a) in set.iter().enumerate() {
            t.s(if i > 0 { " · " } else { "" }).s(ds.actors[a].short);
        }
    };
    match c.kind {
        ChangeKind::Entered => t.s(" entered: "),
        ChangeKind::Left => t.s(" left: "),
        ChangeKind::Moved => {
            t.s(": ");
            dotted(&mut t, c.before);
            t.s(" → ")
        }
    };
    dotted(&mut t, if c.kind == ChangeKind::Left { c.before } else { c.after });
    t.done()
}

/// The view's title, as a citation and an embed name it: "Shared technology areas of EU, Japan and Korea", and its
/// date or dates ("…, as of 30 April 2024"; "…, December 2022 and 30 April 2024 compared").
pub fn title(ds: &Dataset, state: &State, data: &ChartData) -> String {
    let title = "Shared technology areas of ".to_string() + &names(ds, data.selected);
    match (state.comparison(), state.as_of) {
        (Some((from, to)), _) => title + ", " + &from.to_string() + " and " + &to.to_string() + " compared",
        (None, Some(d)) => title + ", as of " + &d.to_string(),
        (None, None) => title,
    }
}

/// The sources (indices, in dataset order) behind the links the view counts: those of an area in view, of a
/// partnership of a shown actor, counted by the view's filters.
pub fn sources_in_view(ds: &Dataset, state: &State, data: &ChartData) -> Vec<usize> {
    let filter = state.filter();
    let in_view: Vec<usize> = data.in_view().map(|(_, area, _)| area).collect();
    let cited = |source: usize| {
        ds.links.iter().any(|l| {
            l.source == source
                && in_view.contains(&l.area)
                && !ds.partnerships[l.partnership].parties.and(data.selected).is_empty()
                && counts(ds, l, &filter)
        })
    };
    (0..ds.sources.len()).filter(|&s| cited(s)).collect()
}

/// What "Copy description" puts on the clipboard: the short description, the view's URL, and the sources the view
/// draws on (those of the links behind the areas in view of the shown actors), so that a pasted quote is citable.
pub fn for_clipboard(ds: &Dataset, state: &State, data: &ChartData, url: &str) -> String {
    let mut t = Text(short(ds, state, data));
    t.s("\n\n").s(url).s("\n");
    let sources: Vec<&Source> = sources_in_view(ds, state, data).into_iter().map(|s| &ds.sources[s]).collect();
    if !sources.is_empty() {
        t.s("\nSources:\n");
        for s in sources {
            t.s("- ").s(s.title).s(", ").s(s.publisher);
            if let Some(d) = s.published {
                t.s(", ").s(&d.to_string());
            }
            t.s("\n");
        }
    }
    t.done()
}
