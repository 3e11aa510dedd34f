//! The URL codec: canonical, round-trips every state, and survives any string without panicking.

use overlap::dataset::{Date, Grade, DATASET};
use overlap::overlap::{Mode, Sort};
use overlap::sets::ActorSet;
use overlap::state::{Action, MAX_QUERY_CHARS};
use overlap::state::{State, Subject, View};
use overlap::url_state::{decode, encode, parse, render, shared};
use proptest::prelude::*;

fn state_strategy() -> impl Strategy<Value = State> {
    let actors = DATASET.actors.len();
    let groups = DATASET.groups.len();
    let areas = DATASET.areas.len();
    let timeline = DATASET.timeline();
    (
        any::<u64>().prop_map(move |m| ActorSet(m & ((1u64 << actors) - 1))),
        prop::collection::btree_set(0..groups, 0..3),
        prop::collection::btree_set(0..areas, 0..4),
        // Untrimmed, with spaces anywhere: the URL must give back exactly what was typed.
        "[ a-z\\PC]{0,12}",
        prop_oneof![Just(View::Upset), Just(View::Matrix), Just(View::Venn)],
        prop_oneof![Just(Mode::Exclusive), Just(Mode::Inclusive)],
        prop_oneof![Just(Sort::Size), Just(Sort::Degree), Just(Sort::Sets)],
        prop::option::of(0..timeline.len()),
        (any::<u64>(), 0..3usize, 0..areas, 0..actors, 0..4usize),
        (prop::option::of(0..timeline.len()), any::<bool>(), any::<bool>()),
    )
        .prop_map(
            move |(
                sets,
                groups,
                areas,
                query,
                view,
                mode,
                sort,
                step,
                (select, kind, area, actor, firm),
                (from, by_change, embed),
            )| {
                let select = ActorSet(select & sets.0);
                let subject = match kind {
                    0 => Some(Subject::Cell { area, actor }),
                    1 => Some(Subject::Change(area)),
                    _ => (!select.is_empty()).then_some(Subject::Intersection(select)),
                };
                // Comparing, both dates are steps, the earlier first; only then may the chart sort by change.
                let (from, as_of, sort) = match from {
                    Some(f) => {
                        let to = step.unwrap_or(timeline.len() - 1);
                        (
                            Some(timeline[f.min(to)]),
                            Some(timeline[f.max(to)]),
                            if by_change { Sort::Change } else { sort },
                        )
                    }
                    None => (None, step.map(|i| timeline[i]), sort),
                };
                let mut state = State {
                    sets,
                    groups: groups.into_iter().collect(),
                    areas: areas.into_iter().collect(),
                    query,
                    view,
                    mode,
                    sort,
                    as_of,
                    from,
                    firm: Grade::ALL[firm],
                    subject,
                    embed,
                };
                if !state.subject_fits(&DATASET) {
                    state.subject = None;
                }
                state
            },
        )
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(2000))]

    #[test]
    fn parse_inverts_render(state in state_strategy()) {
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
        prop_assert!(state.subject_fits(&DATASET));
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
    assert_eq!(s.sets, ActorSet::from_indices([0, 2]));
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
    assert_eq!(s.sets, DATASET.default_actors());
    let all = notices.join("\n");
    for expected in ["“zz”", "“<img”", "default actors"] {
        assert!(all.contains(expected), "{expected} missing from {all}");
    }
}

#[test]
fn only_an_empty_actor_list_is_an_empty_selection() {
    let (s, notices) = parse("sets=", &DATASET);
    assert_eq!((s.sets, notices), (ActorSet::EMPTY, vec![]));
    let (s, _) = parse("sets=zz,jp", &DATASET);
    assert_eq!(s.sets, ActorSet::from_indices([2]), "known ids still apply beside unknown ones");
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
    let without = s.apply(Action::ToggleActor(jp), &DATASET);
    assert_eq!(without.subject, None);
    assert_eq!(without.apply(Action::ToggleActor(jp), &DATASET).subject, None, "it does not come back");
    let searched = s.apply(Action::SetQuery("quantum".into()), &DATASET);
    assert_eq!(searched.subject, None, "a search that hides the area unselects its cell");
}
