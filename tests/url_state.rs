//! The URL codec: canonical, round-trips every state, and survives any string without panicking.

use overlap::dataset::{By, Date, Grade, DATASET};
use overlap::named::Named;
use overlap::overlap::{Degrees, Limits, Mode, Sort, ANY_DEGREE};
use overlap::sets::ActorSet;
use overlap::state::{Action, Settled, State, Subject, View, MAX_QUERY_CHARS};
use overlap::url_state::{decode, encode, parse, render, shared};
use overlap::view_model::ChartData;
use proptest::prelude::*;

/// Any state a view could be asked for, counted by actor or by partnership, consistent or not: comparing without a later date or with the dates the wrong
/// way round, sorting by change without a comparison, a subject that is not in the view. Its dates are timeline
/// steps, as the parser makes every date.
fn raw_state() -> impl Strategy<Value = State> {
    // As many sets either way, so one mask serves both.
    assert_eq!(DATASET.actors.len(), DATASET.counted(By::Partnership).actors.len());
    let actors = DATASET.actors.len();
    let groups = DATASET.groups.len();
    let areas = DATASET.areas.len();
    let steps = DATASET.timeline().len();
    (
        (any::<u64>().prop_map(move |m| ActorSet(m & ((1u64 << actors) - 1))), any::<bool>()),
        prop::collection::btree_set(0..groups, 0..3),
        prop::collection::btree_set(0..areas, 0..4),
        // Untrimmed, with spaces anywhere: the URL must give back exactly what was typed.
        "[ a-z\\PC]{0,12}",
        (prop::sample::select(View::ALL), prop::sample::select(Mode::ALL), prop::sample::select(Sort::ALL)),
        (prop::option::of(0..steps), prop::option::of(0..steps)),
        prop::sample::select(Grade::ALL),
        (0..4usize, any::<u64>(), 0..areas, 0..actors),
        prop::sample::select(By::ALL),
        (1..6usize, prop::option::of(1..ANY_DEGREE)),
        prop::option::of(any::<u64>().prop_map(|m| Degrees(ActorSet(m)))),
    )
        .prop_map(
            move |(
                (actors, embed),
                groups,
                areas,
                query,
                (view, mode, sort),
                (as_of, from),
                firm,
                subject,
                by,
                limits,
                grouped,
            )| {
                let timeline = DATASET.timeline();
                let (kind, set, area, actor) = subject;
                State {
                    by,
                    actors,
                    groups: groups.into_iter().collect(),
                    areas: areas.into_iter().collect(),
                    query,
                    view,
                    mode,
                    sort,
                    as_of: as_of.map(|i| timeline[i]),
                    from: from.map(|i| timeline[i]),
                    firm,
                    limits: Limits { min_size: limits.0, max_degree: limits.1.unwrap_or(ANY_DEGREE) },
                    grouped,
                    subject: match kind {
                        0 => Some(Subject::Cell { area, actor }),
                        1 => Some(Subject::Change(area)),
                        2 => Some(ActorSet(set).and(DATASET.all_actors()))
                            .filter(|s| !s.is_empty())
                            .map(Subject::Intersection),
                        _ => None,
                    },
                    embed,
                }
            },
        )
}

/// What the chart shows of a subject, read off the chart data rather than the state's own test: an intersection of
/// shown actors, a cell of an area in view that its actor has, an area that changed between the dates compared.
fn in_view(state: &State, subject: Subject) -> bool {
    let data = ChartData::of(&DATASET, state);
    // The chart's set rows (the table's columns), by actor.
    let row = |actor: usize| data.set_sizes.iter().any(|&(a, _)| a == actor);
    match subject {
        Subject::Intersection(sets) => !sets.is_empty() && sets.iter().all(row),
        // A filled cell of the table: a row of an area in view, in the column of an actor that has it.
        Subject::Cell { area, actor } => row(actor) && data.in_view().any(|(_, a, m)| a == area && m.contains(actor)),
        Subject::Change(area) => data.change_of(area).is_some(),
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(1000))]

    #[test]
    fn settling_makes_a_state_consistent_changing_only_what_it_reports(raw in raw_state()) {
        let mut settled = raw.clone();
        let reports = settled.settle(&DATASET);
        // Consistent, by each rule's own test.
        if let Some(from) = settled.from {
            prop_assert!(settled.as_of.is_some_and(|to| from <= to), "{:?}", settled);
        }
        prop_assert!(settled.sort != Sort::Change || settled.from.is_some());
        prop_assert!(settled.subject.is_none_or(|s| in_view(&settled, s)), "{:?}", settled.subject);
        // Changed only where a rule applied, and each change reported.
        let untouched = |s: &State| (s.actors, s.groups.clone(), s.areas.clone(), s.query.clone(), s.view, s.mode, s.firm, s.grouped, s.embed);
        prop_assert_eq!(untouched(&settled), untouched(&raw));
        let swapped = raw.from.zip(raw.as_of).filter(|(from, to)| from > to);
        prop_assert_eq!(
            reports.iter().find(|r| matches!(r, Settled::SwappedDates { .. })).copied(),
            swapped.map(|(from, to)| Settled::SwappedDates { from, to })
        );
        prop_assert_eq!(reports.contains(&Settled::SortByChangeWithoutComparison), raw.sort == Sort::Change && raw.from.is_none());
        prop_assert_eq!(settled.sort, if raw.sort == Sort::Change && raw.from.is_none() { Sort::Size } else { raw.sort });
        let kept = raw.subject.is_some_and(|s| in_view(&settled, s));
        prop_assert_eq!(settled.subject, raw.subject.filter(|_| kept));
        prop_assert_eq!(reports.iter().any(|r| matches!(r, Settled::Unselected(_))), raw.subject.is_some() && !kept);
        // Comparing, the later date is the one given, or the last step; the dates are the two given, in order.
        if let Some(from) = raw.from {
            let to = raw.as_of.or(DATASET.timeline().end()).unwrap();
            prop_assert_eq!((settled.from, settled.as_of), (Some(from.min(to)), Some(from.max(to))));
        } else {
            prop_assert_eq!((settled.from, settled.as_of), (None, raw.as_of));
        }
        // Settled once is settled for good.
        let mut again = settled.clone();
        prop_assert_eq!(again.settle(&DATASET), vec![]);
        prop_assert_eq!(again, settled);
    }

    #[test]
    fn a_settled_state_round_trips_through_its_url_silently(raw in raw_state()) {
        let mut state = raw;
        state.settle(&DATASET);
        let url = render(&state, &DATASET);
        let (back, notices) = parse(&url, &DATASET);
        prop_assert_eq!(notices, Vec::<String>::new(), "{}", url);
        prop_assert_eq!(&back, &state, "{}", url);
        prop_assert_eq!(render(&back, &DATASET), url, "one view, one URL");
        // A shared link opens the same view, silently while the data is the one it was made with.
        let link = shared(&state, &DATASET);
        prop_assert!(link.ends_with(&format!("v={}", DATASET.version)), "{}", link);
        prop_assert_eq!(parse(&link, &DATASET), (state, vec![]), "{}", link);
    }

    #[test]
    fn a_url_of_an_unsettled_state_opens_it_settled_with_a_notice_per_change(raw in raw_state()) {
        // A URL gives the later date whenever it gives the earlier: "from" alone means "to" the last step.
        prop_assume!(raw.from.is_none() || raw.as_of.is_some());
        let mut settled = raw.clone();
        let reports = settled.settle(&DATASET);
        let (opened, notices) = parse(&render(&raw, &DATASET), &DATASET);
        prop_assert_eq!(opened, settled);
        prop_assert_eq!(notices.len(), reports.len(), "{:?} for {:?}", notices, reports);
    }
}

#[test]
fn a_link_made_with_other_data_says_so_and_still_opens() {
    let (state, notices) = parse("sets=eu,jp&v=0.9", &DATASET);
    assert_eq!(render(&state, &DATASET), "sets=eu,jp");
    assert_eq!(notices.len(), 1, "{notices:?}");
    assert!(
        notices[0].starts_with(&format!(
            "This link was made with version 0.9 of the data; it is now version {} (data as of ",
            DATASET.version
        )),
        "{notices:?}"
    );
    let (_, notices) = parse("v=<script>", &DATASET);
    assert!(notices[0].contains("version <script> of the data"), "{notices:?}");
    assert_eq!(shared(&State::default_for(&DATASET), &DATASET), format!("v={}", DATASET.version));
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(100_000))]

    #[test]
    fn any_string_parses_without_panicking(query in "\\PC{0,60}|([a-z]{1,6}=[^&]{0,12}&?){0,6}") {
        let (state, _) = parse(&query, &DATASET);
        prop_assert!(state.subject.is_none_or(|s| in_view(&state, s)), "{:?}", state.subject);
        let _ = render(&state, &DATASET);
    }
}

#[test]
fn the_default_view_is_the_empty_query() {
    assert_eq!(render(&State::default_for(&DATASET), &DATASET), "");
    assert_eq!(parse("", &DATASET).0, State::default_for(&DATASET));
}

#[test]
fn keys_come_in_canonical_order_whatever_the_input_order() {
    let (s, notices) = parse("?sort=degree&mode=inclusive&sets=jp,eu", &DATASET);
    assert!(notices.is_empty());
    assert_eq!(render(&s, &DATASET), "sets=eu,jp&mode=inclusive&sort=degree");
}

#[test]
fn selection_joins_ids_with_plus() {
    let (s, notices) = parse("select=jp+eu", &DATASET);
    assert!(notices.is_empty(), "{notices:?}");
    assert_eq!(render(&s, &DATASET), "select=eu+jp");
}

#[test]
fn what_is_ignored_is_named_and_the_rest_applies() {
    let (s, notices) =
        parse("sets=eu,zz,jp&view=pie&mode=inclusive&mode=exclusive&asof=2024-02-30&x=1&select=kr", &DATASET);
    assert_eq!(s.actors, ActorSet::from_indices([0, 2]));
    assert_eq!(s.mode, Mode::Inclusive, "the first of a repeated parameter applies");
    assert_eq!(s.view, View::Upset);
    assert_eq!(s.as_of, None);
    assert_eq!(s.subject, None);
    let all = notices.join("\n");
    for expected in ["“zz”", "“pie”", "repeated parameter “mode”", "2024-02-30", "“x”", "select"] {
        assert!(all.contains(expected), "{expected} missing from {all}");
    }
}

#[test]
fn hostile_text_is_kept_as_text_and_cut_short() {
    let (s, _) = parse(&format!("q={}", encode(&"<script>alert(1)</script>".repeat(20))), &DATASET);
    assert!(s.query.starts_with("<script>"));
    assert_eq!(s.query.chars().count(), 200);
    assert_eq!(decode("%E2%9C%93+%zz%4"), "✓ %zz%4");
    assert_eq!(decode("%FF"), "\u{FFFD}");
}

#[test]
fn unknown_actors_alone_fall_back_to_the_default_actors_and_say_so() {
    let (s, notices) = parse("sets=zz,%3Cimg%20src%3Dx%3E", &DATASET);
    assert_eq!(s.actors, DATASET.default_actors());
    let all = notices.join("\n");
    for expected in ["“zz”", "“<img”", "default actors"] {
        assert!(all.contains(expected), "{expected} missing from {all}");
    }
}

#[test]
fn only_an_empty_actor_list_is_an_empty_selection() {
    let (s, notices) = parse("sets=", &DATASET);
    assert_eq!((s.actors, notices), (ActorSet::EMPTY, vec![]));
    let (s, _) = parse("sets=zz,jp", &DATASET);
    assert_eq!(s.actors, ActorSet::from_indices([2]), "known ids still apply beside unknown ones");
}

#[test]
fn search_text_is_kept_as_typed_and_cut_in_one_place() {
    let state = State::default_for(&DATASET);
    let typed = state.apply(Action::SetQuery(" chips ".into()), &DATASET);
    let (back, _) = parse(&render(&typed, &DATASET), &DATASET);
    assert_eq!(back.query, " chips ", "spaces typed around a word survive a reload");
    let long = "x".repeat(300);
    let typed = state.apply(Action::SetQuery(long.clone()), &DATASET);
    let (parsed, _) = parse(&format!("q={long}"), &DATASET);
    assert_eq!(typed.query.chars().count(), MAX_QUERY_CHARS);
    assert_eq!(typed.query, parsed.query, "typing and a URL cut long text alike");
}

#[test]
fn an_as_of_date_lands_on_the_timeline_step_that_counts_the_same_events() {
    let timeline = DATASET.timeline();
    let (s, notices) = parse("asof=2020-01-01", &DATASET);
    assert_eq!(s.as_of, Some(timeline[0]), "a date before the first event starts the timeline");
    assert!(notices.iter().any(|n| n.contains("before the first event")), "{notices:?}");
    let (s, notices) = parse("asof=2023-12-31", &DATASET);
    let step = *timeline.iter().rev().find(|t| **t <= Date::parse("2023-12-31").unwrap()).unwrap();
    assert_eq!((s.as_of, notices), (Some(step), vec![]));
}

#[test]
fn a_table_cell_is_part_of_the_url_and_one_selection_at_a_time() {
    let (s, notices) = parse("cell=jp.semiconductors", &DATASET);
    let (jp, chips) = (DATASET.actor_by_id("jp").unwrap(), DATASET.area_by_id("semiconductors").unwrap());
    assert_eq!((s.subject, notices), (Some(Subject::Cell { area: chips, actor: jp }), vec![]));
    assert_eq!(render(&s, &DATASET), "cell=jp.semiconductors");
    let (s, notices) = parse("select=eu+jp&cell=jp.semiconductors", &DATASET);
    assert!(matches!(s.subject, Some(Subject::Intersection(_))) && notices.iter().any(|n| n.contains("“cell”")));
    for bad in ["cell=zz.semiconductors", "cell=jp", "cell=jp.nope"] {
        let (s, notices) = parse(bad, &DATASET);
        assert!(s.subject.is_none() && notices.len() == 1, "{bad}: {notices:?}");
    }
}

#[test]
fn a_cell_that_leaves_the_view_is_unselected_for_good() {
    let (s, _) = parse("cell=jp.semiconductors", &DATASET);
    let jp = DATASET.actor_by_id("jp").unwrap();
    let without = s.apply(Action::SetActor(jp, false), &DATASET);
    assert_eq!(without.subject, None);
    assert_eq!(without.apply(Action::SetActor(jp, true), &DATASET).subject, None, "it does not come back");
    let searched = s.apply(Action::SetQuery("quantum".into()), &DATASET);
    assert_eq!(searched.subject, None, "a search that hides the area unselects its cell");
}

#[test]
fn the_first_selection_that_selects_something_applies() {
    let (jp, chips) = (DATASET.actor_by_id("jp").unwrap(), DATASET.area_by_id("semiconductors").unwrap());
    // An unknown id selects nothing, so the next selection applies, and only the unknown id is noticed.
    let (s, notices) = parse("select=zz&cell=jp.semiconductors", &DATASET);
    assert_eq!(s.subject, Some(Subject::Cell { area: chips, actor: jp }));
    assert_eq!(notices, ["Ignored unknown id “zz” in “select”."]);
    let (s, notices) = parse("select=eu+jp&cell=jp.semiconductors&select=kr", &DATASET);
    assert!(matches!(s.subject, Some(Subject::Intersection(_))));
    assert_eq!(
        notices,
        [
            "Ignored “cell”: one selection at a time, and the first one applies.",
            "Ignored repeated parameter “select”; the first one applies."
        ]
    );
}

#[test]
fn limits_travel_in_the_url_and_bad_ones_are_named() {
    let (s, notices) = parse("degree=2&min=3", &DATASET);
    assert_eq!((s.limits.min_size, s.limits.max_degree, notices.len()), (3, 2, 0));
    assert_eq!(render(&s, &DATASET), "min=3&degree=2");
    let (s, notices) = parse("min=0&degree=65", &DATASET);
    assert_eq!(s.limits, Limits::default());
    assert_eq!(
        notices,
        [
            "Ignored the value “0” (a whole number from 1) in “min”.",
            "Ignored the value “65” (a whole number from 1 to 64) in “degree”."
        ]
    );
}

#[test]
fn grouping_and_collapsed_groups_travel_in_the_url_and_bad_ones_are_named() {
    let (s, notices) = parse("collapsed=3,1&agg=degree", &DATASET);
    assert_eq!((s.grouped.map(|c| c.iter().collect::<Vec<_>>()), notices.len()), (Some(vec![1, 3]), 0));
    assert_eq!(render(&s, &DATASET), "agg=degree&collapsed=1,3", "degrees in order, after the limits");
    let (s, notices) = parse("agg=degree&collapsed=2,0,x,65", &DATASET);
    assert_eq!(s.grouped.map(|c| c.iter().collect::<Vec<_>>()), Some(vec![2]));
    assert_eq!(
        notices,
        [
            "Ignored unknown id “0” in “collapsed”.",
            "Ignored unknown id “x” in “collapsed”.",
            "Ignored unknown id “65” in “collapsed”."
        ]
    );
    let (s, notices) = parse("agg=sets&collapsed=2", &DATASET);
    assert_eq!(s.grouped, None);
    assert_eq!(
        notices,
        ["Ignored the value “sets” (use degree) in “agg”.", "Ignored “collapsed”: without “agg”, nothing is grouped."]
    );
    // Collapsing and expanding, grouping and not: the reducer's way, which the URL then says.
    let grouped = State::default_for(&DATASET).apply(Action::SetGrouped(true), &DATASET);
    let folded = grouped.apply(Action::SetCollapsed(2, true), &DATASET).apply(Action::SetCollapsed(64, true), &DATASET);
    assert_eq!(render(&folded, &DATASET), "agg=degree&collapsed=2,64");
    assert_eq!(folded.apply(Action::SetCollapsed(2, false), &DATASET).grouped, Some(Degrees::default().with(64, true)));
    assert_eq!(folded.apply(Action::SetGrouped(true), &DATASET), folded, "grouping again keeps what is collapsed");
    assert_eq!(folded.apply(Action::SetGrouped(false), &DATASET).grouped, None);
    let ungrouped = State::default_for(&DATASET);
    assert_eq!(ungrouped.apply(Action::SetCollapsed(2, true), &DATASET), ungrouped, "nothing to collapse");
    assert_eq!(folded.apply(Action::SetCollapsed(0, true), &DATASET), folded, "no degree 0");
}
