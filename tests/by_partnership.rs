//! Counting by partnership (`?by=partnership`): each partnership is a set of the areas it links, named by its id in
//! the URL and the marks, and every part of a view (its URL, state, chart data and words) works on it.

use overlap::dataset::{By, DATASET};
use overlap::describe::marks::held_through;
use overlap::describe::short::short;
use overlap::filter::counts;
use overlap::overlap::Mode;
use overlap::sets::ActorSet;
use overlap::state::{Action, State, Subject};
use overlap::url_state::{parse, render};
use overlap::view_model::ChartData;

const EU_FOUR: &str = "by=partnership&sets=eu-jp,eu-kr,eu-sg,eu-ca";

#[test]
fn the_partnership_view_has_a_set_per_partnership_and_shares_the_rest() {
    let by = DATASET.counted(By::Partnership);
    assert_eq!((by.by, by.set_noun), (By::Partnership, ["partnership", "partnerships"]));
    assert!(std::ptr::eq(by.counted(By::Actor), &DATASET), "counting back by actor is the dataset itself");
    assert_eq!(by.actors.len(), DATASET.partnerships.len());
    for (i, (set, p)) in by.actors.iter().zip(DATASET.partnerships).enumerate() {
        let parties: Vec<&str> = p.parties.iter().map(|a| DATASET.actors[a].short).collect();
        assert_eq!((set.id, set.name, set.short.to_string()), (p.id, p.name, parties.join("–")));
        assert!(set.default_visible, "{} is not shown by default", set.id);
        assert_eq!(by.partnerships[i].parties, ActorSet::single(i), "{} is not its own partnership's party", set.id);
    }
    assert_eq!(by.actors[0].short, "EU–Japan");
    assert!(std::ptr::eq(by.links, DATASET.links) && std::ptr::eq(by.areas, DATASET.areas));
}

#[test]
fn the_eu_s_four_partnerships_share_what_each_of_them_links() {
    let (state, notices) = parse(&(EU_FOUR.to_string() + "&mode=inclusive"), &DATASET);
    assert!(notices.is_empty(), "{notices:?}");
    let data = ChartData::of(&DATASET, &state);
    assert!(std::ptr::eq(data.ds, DATASET.counted(By::Partnership)));
    // Counted apart from the app: the areas that a link of each of the four partnerships holds.
    let four = ["eu-jp", "eu-kr", "eu-sg", "eu-ca"];
    let linked = |p: &str, area: usize| {
        DATASET.links.iter().any(|l| l.area == area && DATASET.partnerships[l.partnership].id == p)
    };
    let shared: Vec<&str> =
        (0..DATASET.areas.len()).filter(|&a| four.iter().all(|p| linked(p, a))).map(|a| DATASET.areas[a].id).collect();
    let sets = ActorSet::from_indices(four.map(|id| data.ds.actor_by_id(id).unwrap()));
    let x = data.intersection(sets).expect("the four share areas");
    let charted: Vec<&str> = data.areas_of(x).map(|a| DATASET.areas[a].id).collect();
    assert_eq!(charted, shared);
    assert!(!shared.is_empty());
    assert_eq!(data.ds.actor_ids(sets), "eu-jp eu-kr eu-sg eu-ca");
    // A set is a partnership of its own: there is no partnership behind it to name.
    assert_eq!(held_through(data.ds, &data, x), None);
    // The words say partnerships.
    let text = short(data.ds, &state, &data);
    assert!(text.starts_with(&format!("Overlap of {} technology areas across 4 partnerships,", data.areas_in_view())));
}

#[test]
fn a_partnership_view_round_trips_through_its_url_with_its_own_ids() {
    let query = EU_FOUR.to_string() + "&firm=launched&select=eu-jp+eu-kr";
    let (state, notices) = parse(&query, &DATASET);
    assert!(notices.is_empty(), "{notices:?}");
    assert_eq!(state.by, By::Partnership);
    assert_eq!(render(&state, &DATASET), query);
    // Wherever `by` stands: the sets and the selection are read as partnerships.
    let (later, _) = parse("sets=eu-jp,eu-kr,eu-sg,eu-ca&select=eu-jp+eu-kr&firm=launched&by=partnership", &DATASET);
    assert_eq!(later, state);
    // All seven are the default: no `sets`.
    assert_eq!(render(&parse("by=partnership", &DATASET).0, &DATASET), "by=partnership");
    // Actors' ids name no partnership.
    let (_, notices) = parse("by=partnership&sets=eu,jp", &DATASET);
    assert_eq!(notices.last().unwrap(), "No id in “sets” is known, so the default partnerships are shown.");
    let (state, notices) = parse("by=country", &DATASET);
    assert_eq!((state.by, notices), (By::Actor, vec!["Ignored the value “country” in “by”.".to_string()]));
}

#[test]
fn switching_what_is_counted_starts_from_its_default_sets_and_keeps_the_rest() {
    let (state, _) = parse("sets=eu,jp&select=eu+jp&mode=inclusive&asof=2024-04-30", &DATASET);
    let next = state.apply(Action::SetBy(By::Partnership), &DATASET);
    let by = DATASET.counted(By::Partnership);
    assert_eq!((next.by, next.actors, next.subject), (By::Partnership, by.default_actors(), None));
    assert_eq!((next.mode, next.as_of), (Mode::Inclusive, state.as_of));
    assert_eq!(render(&next, &DATASET), "by=partnership&mode=inclusive&asof=2024-04-30");
    let back = next.apply(Action::SetBy(By::Actor), &DATASET);
    assert_eq!((back.by, back.actors), (By::Actor, DATASET.default_actors()));
    // A selection there is one of partnerships.
    let chosen = next.apply(Action::Toggle(Subject::Intersection(ActorSet::from_indices([0, 1]))), &DATASET);
    assert!(render(&chosen, &DATASET).ends_with("&select=eu-jp+eu-kr"));
}

#[test]
fn a_dated_partnership_view_leaves_the_undated_partnerships_out() {
    let (state, _) = parse("by=partnership&asof=2024-04-30", &DATASET);
    let data = ChartData::of(&DATASET, &state);
    let undated = |p: usize| !DATASET.links.iter().any(|l| l.partnership == p && counts(&DATASET, l, &state.filter()));
    for (p, &(set, size)) in data.set_sizes.iter().enumerate() {
        assert_eq!(set, p);
        assert_eq!(size == 0, undated(p), "{}", data.ds.actors[p].id);
    }
    assert_eq!(State::default_for(data.ds).by, By::Partnership);
}
