//! The numbers the descriptions say, read off the chart data, against counts made by hand from data/overlap.toml (a
//! script over the file's links, each actor holding the areas its partnerships' links name).

use overlap::dataset::DATASET;
use overlap::sets::ActorSet;
use overlap::sort_key::largest_first;
use overlap::stats::{gained_and_lost, grew_most, Stats};
use overlap::url_state::parse;
use overlap::view_model::ChartData;

fn data(query: &str) -> ChartData {
    let (state, notices) = parse(query, &DATASET);
    assert!(notices.is_empty(), "{notices:?}");
    ChartData::of(&DATASET, &state)
}

fn set(ids: &[&str]) -> ActorSet {
    ActorSet::from_indices(ids.iter().map(|id| DATASET.actor_by_id(id).unwrap()))
}

fn ids(areas: &[usize]) -> Vec<&'static str> {
    areas.iter().map(|&a| DATASET.areas[a].id).collect()
}

#[test]
fn the_default_views_numbers() {
    let data = data("");
    let s = Stats::new(&data);
    assert_eq!(s.held.len(), 21, "areas in view");
    let sizes: Vec<(&str, usize)> = s.sizes_largest_first().iter().map(|&(a, n)| (DATASET.actors[a].id, n)).collect();
    assert_eq!(sizes, [("eu", 20), ("jp", 16), ("kr", 14), ("ca", 9), ("sg", 8), ("uk", 6)]);
    assert_eq!(s.spread_tenths(), Some(33), "20 over 6 is 3.33…");
    assert_eq!(s.by_degree(), [0, 0, 5, 7, 4, 4, 1], "areas held by exactly 0, 1, … 6 of the actors");
    assert_eq!(ids(&s.shared_by(data.actors)), ["semiconductors"]);
    assert!(s.actors.iter().all(|&a| s.only(a).is_empty()), "no area is one actor's alone");
    assert_eq!(s.least_sharing(), (set(&["uk"]), 6), "the UK shares all its 6 areas, and fewest");
    let pairs = s.pairs();
    assert_eq!(pairs.len(), 15);
    assert_eq!(pairs.iter().map(|p| p.1).max(), Some(16));
    assert_eq!(pairs.iter().find(|p| p.1 == 16).unwrap().0, set(&["eu", "jp"]));
    assert_eq!(pairs.iter().find(|p| p.0 == set(&["sg", "ca"])).unwrap().1, 2, "Singapore and Canada share fewest");
    let largest: Vec<ActorSet> = s.largest(&|_| true).iter().map(|x| x.sets).collect();
    assert_eq!(
        largest,
        [set(&["eu", "jp", "kr"]), set(&["eu", "jp", "kr", "ca"])],
        "3 areas each, in the chart's order"
    );
}

#[test]
fn what_changed_between_2023_and_the_april_2024_council() {
    let data = data("from=2023&to=2024-04-30");
    let comparison = data.comparison.as_ref().unwrap();
    assert_eq!(comparison.changes.len(), 15);
    assert_eq!(gained_and_lost(&comparison.changes), (15, 0));
    assert_eq!(grew_most(&data, comparison), Some((set(&["jp"]), 13)));
    // Compared with itself, nothing grew.
    let same = self::data("from=2024-04-30&to=2024-04-30");
    assert_eq!(grew_most(&same, same.comparison.as_ref().unwrap()), None);
}

#[test]
fn largest_first_keeps_ties_in_their_order() {
    assert_eq!(largest_first([3, 7, 3, 0, 7].into_iter()), [1, 4, 0, 2, 3]);
    assert_eq!(largest_first(std::iter::empty()), Vec::<usize>::new());
}

#[test]
fn no_spread_without_two_actors_that_have_areas() {
    assert_eq!(Stats::new(&data("sets=eu")).spread_tenths(), None);
    assert_eq!(Stats::new(&data("sets=eu,jp&q=zzzz")).spread_tenths(), None);
    assert_eq!(Stats::new(&data("sets=eu,jp")).spread_tenths(), Some(13), "20 over 16 is 1.25, rounded half up");
}
