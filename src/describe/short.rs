//! The short description: two to four sentences, always beside the chart, which every chart's `aria-describedby`
//! points at; comparing two dates, one more says what changed.

use super::changes::changes_summary;
use super::marks::held_through;
use super::sentence::Sentence;
use crate::dataset::{Dataset, Grade};
use crate::overlap::{Intersection, Mode};
use crate::state::State;
use crate::stats::Stats;
use crate::view_model::ChartData;

/// The short description names areas only up to this many at once: past four names a sentence stops being read at a
/// glance, and the long description names them all.
pub const SHORT_NAMES_MAX: usize = 4;

/// Which links count, as a clause: the long description says it as a sentence, the short one when it is not all.
pub fn firmness(g: Grade) -> &'static str {
    match g {
        Grade::Aspiration => "links of any firmness count, aspirations included",
        Grade::Exploring => "only links being explored or firmer count",
        Grade::Launched => "only links launched or agreed count",
        Grade::Agreed => "only agreed links count",
    }
}

pub fn short(ds: &Dataset, state: &State, data: &ChartData) -> String {
    let view = at_one_date(ds, state, data);
    match &data.comparison {
        Some(c) if !data.actors.is_empty() => view + " " + &changes_summary(ds, data, c),
        _ => view,
    }
}

fn at_one_date(ds: &Dataset, state: &State, data: &ChartData) -> String {
    let f = Stats::new(data);
    let (k, n) = (f.actors.len(), f.held.len());
    let mut t = Sentence::default();
    if k == 0 {
        t.push("No ").noun(ds, false).push(" is ticked: tick at least one to see which ").push(ds.element_noun[3]);
        t.push(" the ");
        return t.noun(ds, true).push(" share.").done();
    }
    let whole = n > 0;
    match (k, whole) {
        (_, false) => t.push("No ").push(ds.element_noun[2]).push(" is in view for ").names(ds, data.actors).push(", "),
        (1, _) => t.names(ds, data.actors).push(" alone is shown, with ").elements(ds, n, true).push(", "),
        _ => t.push("Overlap of ").elements(ds, n, true).push(" across ").sets(ds, k).push(", "),
    };
    t.when(ds, state.as_of);
    let query = state.query.trim();
    if !query.is_empty() {
        t.push(", among ").element(ds, true).push(" matching “").push(query).push("”");
    }
    if state.firm > Grade::Aspiration {
        t.push("; ").push(firmness(state.firm));
    }
    t.push(".");
    if !whole {
        return t.done();
    }
    if k == 1 {
        if n <= SHORT_NAMES_MAX {
            t.push(" It has ").areas(ds, &f.areas_where(&|_| true)).push(".");
        }
        return t.done();
    }
    t.push(" ");
    everyone(ds, &f, &mut t);
    largest_groups(ds, &f, &mut t);
    let (fewest, shared) = f.least_sharing();
    // When every actor ties, none shares the fewest. No number here: how many areas an actor shares is no mark of
    // the chart (the long description counts pairs).
    if k >= 3 && fewest.len() < k {
        t.push(" ").names(ds, fewest).push(if fewest.len() == 1 { " shares" } else { " share" });
        t.push(if shared == 0 { " no " } else { " the fewest " }).element(ds, shared != 0).push(" with the others.");
    }
    t.done()
}

/// What all the shown actors share: "Semiconductors is the one area all six share." and its variants.
fn everyone(ds: &Dataset, f: &Stats, t: &mut Sentence) {
    let (all, k) = (f.data.actors, f.actors.len());
    let common = f.shared_by(all);
    match common.len() {
        0 if k == 2 => t.names(ds, all).push(" share no ").element(ds, false).push("."),
        0 => t
            .push("No ")
            .element(ds, false)
            .push(" is shared by all ")
            .in_words(k)
            .push(" of ")
            .names(ds, all)
            .push("."),
        1 => t.areas(ds, &common).push(" is the one ").element(ds, false).push(" ").all(k).push(" share."),
        m if m <= SHORT_NAMES_MAX => {
            let mut number = Sentence::default();
            number.in_words(m);
            t.push(&number.capitalised()).push(" ").element(ds, true).push(" are shared by ").all(k).push(": ");
            t.areas(ds, &common).push(".")
        }
        m => t.number(m).push(" ").element(ds, true).push(" are shared by ").all(k).push("."),
    };
}

/// "the largest intersection, 3 areas, is that of EU, Japan and Korea: …", or the tied ones: `xs` are the largest
/// intersections of their kind, which `one`/`many` name ("intersection", "intersections").
fn largest_said(ds: &Dataset, f: &Stats, t: &mut Sentence, xs: &[&Intersection], one: &str, many: &str) {
    let size = xs.first().map_or(0, |x| x.size());
    let of = |t: &mut Sentence, x: &Intersection| {
        t.names(ds, x.sets).push(if x.sets.len() == 1 && f.data.mode == Mode::Exclusive { " alone" } else { "" });
    };
    match xs {
        [x] => {
            t.push("the largest ").push(one).push(", ").elements(ds, size, false).push(", is that of ");
            of(t, x);
            // Its areas, where they are few enough to name at a glance.
            if size <= SHORT_NAMES_MAX {
                t.push(": ").areas(ds, &f.data.areas_of(x).collect::<Vec<_>>());
            }
        }
        [a, b] => {
            t.push("the largest ").push(many).push(", ").elements(ds, size, false).push(" each, are those of ");
            of(t, a);
            t.push(" and of ");
            of(t, b);
        }
        _ => {
            // Past ten, how many tie is no longer read at a glance off the chart, nor a number of its marks.
            match xs.len() > 10 {
                true => t.push("more than ten"),
                false => t.in_words(xs.len()),
            };
            t.push(" ").push(many).push(" tie as the largest, with ").elements(ds, size, false).push(" each");
        }
    }
}

/// The largest intersections in the sense of the mode, and the largest shared ones where those are others: one
/// sentence, opened by a clause that says how the chart counts.
fn largest_groups(ds: &Dataset, f: &Stats, t: &mut Sentence) {
    let everyone = f.data.actors;
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
            t.push(" Counted exclusively (each ").element(ds, false).push(" once, with exactly the ").noun(ds, true);
            t.push(" that have it), ");
            // Where what all share is the tallest column, "the largest" must say it means the others.
            let all = f.data.intersection(everyone).map_or(0, |x| x.size());
            if all >= top[0].size() {
                t.push("apart from what all share, ");
            }
            largest_said(ds, f, t, &top, "intersection", "intersections");
            if top.iter().all(|x| x.sets.len() == 1) && !shared.is_empty() {
                t.push("; ");
                largest_said(ds, f, t, &shared, "shared one", "shared ones");
            }
        }
        Mode::Inclusive => {
            t.push(" Counted inclusively (an ").element(ds, false).push(" in every group of ").noun(ds, true);
            t.push(" that all have it), ");
            largest_said(ds, f, t, &top, "shared intersection", "shared intersections");
        }
    }
    t.push(".");
    // The one largest named: through which partnerships its actors hold it, where that needs saying.
    if let [x] = top[..] {
        t.push(&held_through(ds, f.data, x).map_or(String::new(), |held| " ".to_string() + &held));
    }
}
