//! Comparing two dates: the diff agrees with the as-of views it compares, with the links' dates, and with itself.

use overlap::compare::{by_event, presets, ChangeKind};
use overlap::controls::{action, comparison, STEP_BEFORE};
use overlap::dataset::{Dataset, Date, Grade, DATASET};
use overlap::describe::marks::change;
use overlap::describe::short::short;
use overlap::export::{intersections_csv, membership_csv};
use overlap::filter::{counts, Filter};
use overlap::named::Named;
use overlap::overlap::{Mode, Sort};
use overlap::sets::ActorSet;
use overlap::state::{Action, State, Subject};
use overlap::url_state::{parse, render};
use overlap::view_model::ChartData;
use proptest::prelude::*;

/// A view of random actors, groups, mode and firmness, comparing two random timeline steps (in order).
fn compared() -> impl Strategy<Value = State> {
    let steps = DATASET.timeline().len();
    (
        any::<u64>(),
        prop::collection::btree_set(0..DATASET.groups.len(), 0..3),
        any::<bool>(),
        0..4usize,
        0..steps,
        0..steps,
    )
        .prop_map(|(sets, groups, inclusive, firm, a, b)| {
            let timeline = DATASET.timeline();
            let mut state = State::default_for(&DATASET);
            state.actors = ActorSet(sets).and(DATASET.all_actors());
            state.groups = groups.into_iter().collect();
            state.mode = if inclusive { Mode::Inclusive } else { Mode::Exclusive };
            state.firm = Grade::ALL[firm];
            state.apply(Action::Compare(Some((timeline[a], timeline[b]))), &DATASET)
        })
}

/// The same view at one date, not comparing.
fn at(state: &State, date: Date) -> ChartData {
    let mut one = state.clone();
    (one.from, one.as_of) = (None, Some(date));
    ChartData::of(&DATASET, &one)
}

fn size_of(data: &ChartData, sets: ActorSet) -> usize {
    data.intersections.iter().find(|x| x.sets == sets).map_or(0, |x| x.size())
}

/// The actors of the one intersection that holds `area` at `date`, counted exclusively, if it is in view then: read off
/// the as-of view at that date, not off the comparison.
fn intersection_of(state: &State, area: usize, date: Date) -> Option<ActorSet> {
    let exclusive = State { mode: Mode::Exclusive, ..state.clone() };
    let view = at(&exclusive, date);
    view.intersections.iter().find(|x| view.areas_of(x).any(|a| a == area)).map(|x| x.sets)
}

/// The shown actors that have `area` by `date`, read straight off the links.
fn holders(ds: &Dataset, state: &State, area: usize, date: Date) -> ActorSet {
    let filter = Filter { as_of: Some(date), ..state.filter() };
    let links = ds.links.iter().filter(|l| l.area == area && counts(ds, l, &filter));
    ActorSet(links.fold(0, |m, l| m | ds.partnerships[l.partnership].parties.0)).and(state.actors)
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(400))]

    #[test]
    fn a_date_compared_with_itself_changes_nothing(state in compared()) {
        let mut same = state.clone();
        same.from = same.as_of;
        let data = ChartData::of(&DATASET, &same);
        let before = data.comparison.as_ref().expect("comparing");
        prop_assert!(before.changes.is_empty());
        prop_assert_eq!(&before.set_sizes_then, &data.set_sizes);
        prop_assert!(data.intersections.iter().all(|x| x.change() == 0 && x.size_then == Some(x.size())));
    }

    #[test]
    fn sizes_at_each_date_are_those_of_the_as_of_view_at_that_date(state in compared()) {
        let (from, to) = state.comparison().expect("comparing");
        let data = ChartData::of(&DATASET, &state);
        let (then, now) = (at(&state, from), at(&state, to));
        prop_assert_eq!(&data.set_sizes, &now.set_sizes);
        prop_assert_eq!(&data.comparison.as_ref().expect("comparing").set_sizes_then, &then.set_sizes);
        for x in &data.intersections {
            prop_assert_eq!(x.size(), size_of(&now, x.sets));
            prop_assert_eq!(x.size_then, Some(size_of(&then, x.sets)));
        }
        // Nothing either date shows is left out.
        for x in then.intersections.iter().chain(&now.intersections) {
            prop_assert!(data.intersections.iter().any(|y| y.sets == x.sets), "{:?} is missing", x.sets);
        }
    }

    #[test]
    fn every_move_follows_from_its_links_dates(state in compared()) {
        let (from, to) = state.comparison().expect("comparing");
        let data = ChartData::of(&DATASET, &state);
        let changes = &data.comparison.as_ref().expect("comparing").changes;
        for area in 0..DATASET.areas.len() {
            // The strategy filters by group only.
            let in_groups = state.groups.is_empty() || state.groups.contains(&DATASET.areas[area].group);
            let (then, now) = (holders(&DATASET, &state, area, from), holders(&DATASET, &state, area, to));
            match changes.iter().find(|c| c.area == area) {
                None => prop_assert!(then == now || !in_groups, "{} changed but is not listed", DATASET.areas[area].id),
                Some(_) if !in_groups => prop_assert!(false, "{} is listed, but not in view", DATASET.areas[area].id),
                Some(c) => {
                    prop_assert_eq!((c.then, c.now), (then, now));
                    // Entered: in no intersection at the earlier date, in one now; left: the other way; moved: in
                    // another intersection at each date.
                    let (was, is) = (intersection_of(&state, area, from), intersection_of(&state, area, to));
                    match c.kind {
                        ChangeKind::Entered => prop_assert!(was.is_none() && is.is_some(), "{:?} → {:?}", was, is),
                        ChangeKind::Left => prop_assert!(was.is_some() && is.is_none(), "{:?} → {:?}", was, is),
                        ChangeKind::Moved => prop_assert!(was.is_some() && is.is_some() && was != is, "{:?} → {:?}", was, is),
                    }
                    prop_assert!(!c.causes.is_empty());
                    for &l in &c.causes {
                        let date = DATASET.events[DATASET.links[l].event].date.expect("a cause has a date");
                        prop_assert!(from < date && date <= to, "a cause dated {} is not between {} and {}", date, from, to);
                        prop_assert_eq!(DATASET.links[l].area, area);
                    }
                }
            }
        }
    }

    #[test]
    fn each_actors_change_is_the_sum_of_its_intersections_changes(state in compared()) {
        let mut exclusive = state.clone();
        exclusive.mode = Mode::Exclusive;
        let data = ChartData::of(&DATASET, &exclusive);
        let before = data.comparison.as_ref().expect("comparing");
        for ((actor, now), (_, then)) in data.set_sizes.iter().zip(&before.set_sizes_then) {
            let sum: i64 = data.intersections.iter().filter(|x| x.sets.contains(*actor)).map(|x| x.change()).sum();
            prop_assert_eq!(sum, *now as i64 - *then as i64);
        }
    }

    #[test]
    fn the_sort_by_change_puts_the_biggest_movers_first(state in compared()) {
        let mut by_change = state.apply(Action::SetSort(Sort::Change), &DATASET);
        by_change.mode = Mode::Exclusive;
        let data = ChartData::of(&DATASET, &by_change);
        for w in data.intersections.windows(2) {
            prop_assert!(w[0].change().abs() >= w[1].change().abs());
        }
    }
}

#[test]
fn the_eu_japan_council_of_april_2024_added_what_the_sources_say() {
    let preset = presets(&DATASET).into_iter().find(|p| p.label.contains("EU–Japan 2nd")).expect("a preset for it");
    assert_eq!(preset.to, Date::parse("2024-04-30").unwrap());
    let state = State::default_for(&DATASET).apply(Action::Compare(Some((preset.from, preset.to))), &DATASET);
    let data = ChartData::of(&DATASET, &state);
    let changes = &data.comparison.as_ref().unwrap().changes;
    let (eu, jp) = (DATASET.actor_by_id("eu").unwrap(), DATASET.actor_by_id("jp").unwrap());
    for id in ["hpc", "quantum", "submarine-cables", "digital-identity", "cybersecurity"] {
        let c =
            changes.iter().find(|c| DATASET.areas[c.area].id == id).unwrap_or_else(|| panic!("{id} did not change"));
        assert!(c.now.contains(eu) && c.now.contains(jp) && !c.then.contains(jp), "{id}: {c:?}");
        assert!(c.causes.iter().all(|&l| DATASET.partnerships[DATASET.links[l].partnership].id == "eu-jp"));
        // Cited once per event, every link kept.
        let events = by_event(&DATASET, &c.causes);
        assert_eq!(events.iter().map(Vec::len).sum::<usize>(), c.causes.len());
        for (i, group) in events.iter().enumerate() {
            let event = DATASET.links[group[0]].event;
            assert!(group.iter().all(|&l| DATASET.links[l].event == event));
            assert!(events[..i].iter().all(|g| DATASET.links[g[0]].event != event), "{id}: an event cited twice");
        }
    }
}

#[test]
fn presets_compare_timeline_steps_earlier_first() {
    let timeline = DATASET.timeline();
    let all = presets(&DATASET);
    assert!(all.len() >= 3, "{all:?}");
    for p in &all {
        assert!(p.from < p.to, "{p:?}");
        // Its label says its dates, and it has something to show.
        assert!(p.label.ends_with(&format!("({} → {})", p.from, p.to)), "{p:?}");
        let state = State::default_for(&DATASET).apply(Action::Compare(Some((p.from, p.to))), &DATASET);
        assert!(!ChartData::of(&DATASET, &state).comparison.unwrap().changes.is_empty(), "{p:?} changes nothing");
        assert!(timeline.contains(&p.from) && timeline.contains(&p.to), "{p:?}");
        // The control's value for it asks for exactly it.
        assert_eq!(action("compare", &comparison(p.from, p.to), &DATASET), Some(Action::Compare(Some((p.from, p.to)))));
    }
    assert!(all.iter().any(|p| p.label.starts_with("End of 2022")), "{all:?}");
    // Each partnership's start against its latest council, as the sources date them.
    let eu_jp = all.iter().find(|p| p.label.starts_with("EU–Japan: its start")).expect("an EU–Japan preset");
    assert_eq!((eu_jp.from.iso(), eu_jp.to.iso()), ("2022-05".into(), "2024-04-30".into()));
    let eu_kr = all.iter().find(|p| p.label.starts_with("EU–Korea: its start")).expect("an EU–Korea preset");
    assert_eq!((eu_kr.from.iso(), eu_kr.to.iso()), ("2022-11".into(), "2024-03-26".into()));
}

#[test]
fn a_compare_url_reopens_exactly_and_bad_dates_are_noticed() {
    let (state, notices) = parse("from=2022-12-31&to=2024-04-30&sort=change", &DATASET);
    assert_eq!(notices, Vec::<String>::new());
    assert_eq!(state.comparison(), Some((Date::parse("2022-12").unwrap(), Date::parse("2024-04-30").unwrap())));
    assert_eq!(state.sort, Sort::Change);
    assert_eq!(render(&state, &DATASET), "sort=change&from=2022-12&to=2024-04-30");

    let (swapped, notices) = parse("from=2024-04-30&to=2022-12-31", &DATASET);
    assert_eq!(swapped.comparison(), state.comparison());
    assert!(notices[0].contains("wrong way round"), "{notices:?}");

    let (bad, notices) = parse("from=2024-13-01&to=2023", &DATASET);
    assert_eq!((bad.from, bad.as_of), (None, Date::parse("2023")));
    assert!(notices[0].contains("2024-13-01"), "{notices:?}");

    let (early, notices) = parse("from=1999-01-01", &DATASET);
    assert_eq!(early.comparison(), Some((DATASET.timeline()[0], *DATASET.timeline().last().unwrap())));
    assert!(notices[0].contains("before the first event"), "{notices:?}");
    let (_, notices) = parse("from=2023&to=2031-01-01", &DATASET);
    assert!(
        notices[0].contains("after the last event, so the timeline's last step, 30 April 2024, applies"),
        "{notices:?}"
    );
    // The later date given twice, under either name: the notice names the one that applies.
    for (query, ignored, kept) in [("to=2024-04-30&asof=2023", "asof", "to"), ("asof=2023&to=2024-04-30", "to", "asof")]
    {
        let (state, notices) = parse(query, &DATASET);
        assert_eq!(
            notices,
            vec![format!("Ignored “{ignored}”: “{kept}” already gave the date counted up to, and the first applies.")]
        );
        assert_eq!(state.as_of, Date::parse(if kept == "to" { "2024-04-30" } else { "2023" }));
    }

    let (unsorted, notices) = parse("sort=change", &DATASET);
    assert_eq!(unsorted.sort, Sort::Size);
    assert!(notices[0].contains("sort=change"), "{notices:?}");

    let (_, notices) = parse("from=2023&to=2024-04-30&change=fintech", &DATASET);
    assert!(notices[0].contains("did not change"), "{notices:?}");
    let (picked, notices) = parse("from=2023&to=2024-04-30&change=quantum", &DATASET);
    assert_eq!((picked.subject, notices), (Some(Subject::Change(DATASET.area_by_id("quantum").unwrap())), vec![]));
}

#[test]
fn the_two_dates_stay_in_order_whichever_moves() {
    let timeline = DATASET.timeline();
    let state = State::default_for(&DATASET).apply(Action::Compare(Some((timeline[5], timeline[2]))), &DATASET);
    assert_eq!(state.comparison(), Some((timeline[2], timeline[5])));
    let earlier = state.apply(Action::SetAsOf(Some(timeline[1])), &DATASET);
    assert_eq!(earlier.comparison(), Some((timeline[1], timeline[1])), "the earlier date follows the later down");
    let later = state.apply(Action::SetFrom(timeline[7]), &DATASET);
    assert_eq!(later.comparison(), Some((timeline[7], timeline[7])), "the later date follows the earlier up");
    let everything = state.apply(Action::SetAsOf(None), &DATASET);
    assert_eq!(everything.as_of, timeline.last().copied(), "comparing, the last step stands for everything");
    let sorted = state.apply(Action::SetSort(Sort::Change), &DATASET);
    let off = sorted.apply(Action::Compare(None), &DATASET);
    assert_eq!((off.from, off.sort, off.as_of), (None, Sort::Size, Some(timeline[5])));
    let latest =
        State::default_for(&DATASET).apply(Action::Compare(Some((timeline[2], *timeline.last().unwrap()))), &DATASET);
    assert_eq!(latest.apply(Action::Compare(None), &DATASET).as_of, None, "back to every event, undated ones too");
    let custom = action("compare", STEP_BEFORE, &DATASET).expect("an action");
    let last = timeline.len() - 1;
    let stepped = State::default_for(&DATASET).apply(custom.clone(), &DATASET);
    assert_eq!(
        stepped.comparison(),
        Some((timeline[last - 1], timeline[last])),
        "the last step against the one before"
    );
    let earlier = State { as_of: Some(timeline[3]), ..State::default_for(&DATASET) }.apply(custom, &DATASET);
    assert_eq!(earlier.comparison(), Some((timeline[2], timeline[3])), "the as-of step against the one before");
}

#[test]
fn the_words_say_the_change_and_the_exports_carry_both_dates() {
    let (state, _) = parse("from=2023&to=2024-04-30", &DATASET);
    let data = ChartData::of(&DATASET, &state);
    let text = short(&DATASET, &state, &data);
    assert!(text.contains("Between 2023 and 30 April 2024, "), "{text}");
    assert!(text.contains("gained"), "{text}");
    let quantum =
        data.comparison.as_ref().unwrap().changes.iter().find(|c| DATASET.areas[c.area].id == "quantum").unwrap();
    assert_eq!(change(&DATASET, quantum), "Quantum technologies: EU · Korea · Canada → EU · Japan · Korea · Canada");

    let rows = intersections_csv(&DATASET, &data);
    assert!(rows.contains("\nsets,names,degree,size,area_ids,areas,size_before,change,from,to\r\n"), "{rows}");
    assert!(rows.lines().skip(2).all(|l| l.ends_with(",2023,2024-04-30")), "{rows}");
    let members = membership_csv(&DATASET, &data);
    assert!(members.contains("\narea_id,area,group,from,to,actors_before,actors_after,change\r\n"), "{members}");
    assert!(members.contains("quantum,Quantum technologies,"), "{members}");
    assert!(
        members.lines().any(|l| l.starts_with("quantum,") && l.ends_with(",eu kr ca,eu jp kr ca,moved")),
        "{members}"
    );
}
