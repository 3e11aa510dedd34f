//! The controls' codec: inputs made before the app was live replay as actions, in order, onto the view the app started
//! from, as the live page's handler sends them.

use overlap::controls::{action, replay as actions};
use overlap::dataset::{Grade, DATASET};
use overlap::overlap::Mode;
use overlap::sets::ActorSet;
use overlap::state::{Action, State, Subject, View};
use overlap::url_state::parse;

fn replay(query: &str, inputs: &[(&str, &str)]) -> State {
    let (start, _) = parse(query, &DATASET);
    let inputs: Vec<(String, String)> = inputs.iter().map(|(k, v)| (k.to_string(), v.to_string())).collect();
    actions(&inputs, &DATASET).into_iter().fold(start, |s, a| s.apply(a, &DATASET))
}

fn actor(id: &str) -> usize {
    DATASET.actor_by_id(id).unwrap()
}

#[test]
fn an_unticked_box_stays_unticked_whatever_view_the_url_opened() {
    let s = replay("", &[("actor", "jp off")]);
    assert!(!s.actors.contains(actor("jp")));
    // The URL had already left the UK out: unticking its prerendered box must not bring it back.
    let s = replay("sets=eu,jp", &[("actor", "uk off")]);
    assert_eq!(s.actors, ActorSet::from_indices([actor("eu"), actor("jp")]));
}

#[test]
fn inputs_apply_in_order_as_if_made_after() {
    let s = replay(
        "",
        &[
            ("actor", "ua on"),
            ("q", "chip"),
            ("q", "chips"),
            ("mode", "inclusive"),
            ("view", "matrix"),
            ("firm", "agreed"),
        ],
    );
    assert!(s.actors.contains(actor("ua")));
    assert_eq!((s.query.as_str(), s.mode, s.view, s.firm), ("chips", Mode::Inclusive, View::Matrix, Grade::Agreed));
}

#[test]
fn a_click_on_a_mark_selects_it_and_a_second_unselects() {
    let both = ActorSet::from_indices([actor("eu"), actor("jp")]);
    assert_eq!(replay("", &[("select", "eu jp")]).subject, Some(Subject::Intersection(both)));
    assert_eq!(replay("", &[("select", "eu jp"), ("select", "eu jp")]).subject, None);
}

#[test]
fn the_timeline_slider_replays_its_step_and_its_far_end() {
    let timeline = DATASET.timeline();
    assert_eq!(replay("", &[("asof", "0")]).as_of, Some(timeline[0]));
    assert_eq!(replay("asof=2023", &[("asof", &timeline.len().to_string())]).as_of, None);
}

#[test]
fn a_compare_preset_chosen_early_replays_as_that_comparison() {
    let compared = replay("", &[("compare", "2022-12..2024-04-30")]);
    assert_eq!(compared.comparison().map(|(a, b)| (a.iso(), b.iso())), Some(("2022-12".into(), "2024-04-30".into())));
    assert_eq!(replay("", &[("compare", "2022-12..2024-04-30"), ("compare", "")]).from, None);
    assert_eq!(replay("", &[("compare", "soon..later")]), State::default_for(&DATASET));
}

#[test]
fn what_is_not_ours_is_skipped() {
    let odd: Vec<(String, String)> = [
        ("actor", "zz on"),
        ("mode", "sideways"),
        ("sort", ""),
        ("select", "eu zz"),
        ("elsewhere", "x"),
        ("asof", "-1"),
    ]
    .iter()
    .map(|(k, v)| (k.to_string(), v.to_string()))
    .collect();
    assert_eq!(actions(&odd, &DATASET), Vec::<Action>::new());
}

#[test]
fn the_limits_fields_read_as_limits_and_empty_as_none() {
    use overlap::overlap::ANY_DEGREE;
    assert_eq!(action("min", "3", &DATASET), Some(Action::SetMinSize(3)));
    assert_eq!(action("degree", "2", &DATASET), Some(Action::SetMaxDegree(2)));
    assert_eq!(action("min", "", &DATASET), Some(Action::SetMinSize(1)));
    assert_eq!(action("degree", "", &DATASET), Some(Action::SetMaxDegree(ANY_DEGREE)));
    assert_eq!(action("min", "two", &DATASET), None);
}

#[test]
fn the_grouping_box_groups_by_degree_and_nothing_else_does() {
    assert_eq!(action("agg", "degree on", &DATASET), Some(Action::SetGrouped(true)));
    assert_eq!(action("agg", "degree off", &DATASET), Some(Action::SetGrouped(false)));
    assert_eq!(action("agg", "sets on", &DATASET), Some(Action::SetGrouped(false)));
}
