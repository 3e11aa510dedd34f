//! The URL codec: canonical, round-trips every state, and survives any string without panicking.

use overlap::dataset::{Date, DATASET};
use overlap::overlap::{Mode, Sort};
use overlap::sets::ActorSet;
use overlap::state::{State, View};
use overlap::url_state::{decode, encode, parse, render};
use proptest::prelude::*;

fn state_strategy() -> impl Strategy<Value = State> {
    let actors = DATASET.actors.len();
    let groups = DATASET.groups.len();
    let areas = DATASET.areas.len();
    (
        any::<u64>().prop_map(move |m| ActorSet(m & ((1u64 << actors) - 1))),
        prop::collection::btree_set(0..groups, 0..3),
        prop::collection::btree_set(0..areas, 0..4),
        "\\PC{0,12}",
        prop_oneof![Just(View::Upset), Just(View::Matrix), Just(View::Venn)],
        prop_oneof![Just(Mode::Exclusive), Just(Mode::Inclusive)],
        prop_oneof![Just(Sort::Size), Just(Sort::Degree), Just(Sort::Sets)],
        prop::option::of((2000u16..2100, 0u8..13, 0u8..29)),
        any::<u64>(),
    )
        .prop_map(|(sets, groups, areas, query, view, mode, sort, date, select)| {
            let as_of = date
                .and_then(|(y, m, d)| Date::parse(&Date { year: y, month: m, day: if m == 0 { 0 } else { d } }.iso()));
            let select = ActorSet(select & sets.0);
            State {
                sets,
                groups: groups.into_iter().collect(),
                areas: areas.into_iter().collect(),
                query: query.trim().to_string(),
                view,
                mode,
                sort,
                as_of,
                select: (!select.is_empty()).then_some(select),
            }
        })
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
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(100_000))]

    #[test]
    fn any_string_parses_without_panicking(query in "\\PC{0,60}|([a-z]{1,6}=[^&]{0,12}&?){0,6}") {
        let (state, _) = parse(&query, &DATASET);
        prop_assert!(state.select.is_none_or(|s| state.sets.is_superset(s)));
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
    assert_eq!(s.select, None);
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
