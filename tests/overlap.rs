//! The set algebra, checked against a naive reference on random inputs and on the real data.

use overlap::dataset::DATASET;
use overlap::filter::{universe, Filter};
use overlap::overlap::{
    actor_order_rank, intersections, set_sizes, sort, Intersection, Mode, Sort, INCLUSIVE_CANDIDATE_LIMIT,
};
use overlap::sets::ActorSet;
use proptest::prelude::*;
use std::collections::BTreeMap;

/// Exclusive intersections the slow, obvious way: group each element by exactly which selected actors it has.
fn naive_exclusive(masks: &[ActorSet], selected: ActorSet) -> BTreeMap<u64, Vec<u32>> {
    let mut out: BTreeMap<u64, Vec<u32>> = BTreeMap::new();
    for (i, m) in masks.iter().enumerate() {
        let key = m.0 & selected.0;
        if key != 0 {
            out.entry(key).or_default().push(i as u32);
        }
    }
    out
}

/// Inclusive intersections over the whole power set of the selected actors.
fn naive_inclusive(masks: &[ActorSet], selected: ActorSet) -> BTreeMap<u64, Vec<u32>> {
    let mut out = BTreeMap::new();
    let mut combo = selected.0;
    while combo != 0 {
        let elements: Vec<u32> =
            masks.iter().enumerate().filter(|(_, m)| m.0 & combo == combo).map(|(i, _)| i as u32).collect();
        if !elements.is_empty() {
            out.insert(combo, elements);
        }
        combo = (combo - 1) & selected.0;
    }
    out
}

fn as_map(xs: &[Intersection]) -> BTreeMap<u64, Vec<u32>> {
    xs.iter().map(|x| (x.sets.0, x.elements.clone())).collect()
}

fn inputs(actors: usize) -> impl Strategy<Value = (Vec<ActorSet>, ActorSet)> {
    let all = if actors == 64 { u64::MAX } else { (1u64 << actors) - 1 };
    (
        prop::collection::vec(any::<u64>().prop_map(move |m| ActorSet(m & all)), 0..120),
        any::<u64>().prop_map(move |s| ActorSet(s & all)),
    )
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(400))]

    #[test]
    fn exclusive_matches_the_reference((masks, selected) in inputs(8)) {
        let xs = intersections(&masks, selected, Mode::Exclusive).0;
        prop_assert_eq!(as_map(&xs), naive_exclusive(&masks, selected));
    }

    #[test]
    fn every_element_sits_in_exactly_one_exclusive_intersection((masks, selected) in inputs(10)) {
        let xs = intersections(&masks, selected, Mode::Exclusive).0;
        let mut seen = vec![0; masks.len()];
        for x in &xs {
            for &e in &x.elements {
                seen[e as usize] += 1;
                prop_assert_eq!(masks[e as usize].and(selected), x.sets, "element sits with exactly its actors");
            }
        }
        for (i, m) in masks.iter().enumerate() {
            prop_assert_eq!(seen[i], usize::from(!m.and(selected).is_empty()));
        }
    }

    #[test]
    fn sizes_add_up((masks, selected) in inputs(10)) {
        let xs = intersections(&masks, selected, Mode::Exclusive).0;
        let in_view = masks.iter().filter(|m| !m.and(selected).is_empty()).count();
        prop_assert_eq!(xs.iter().map(Intersection::size).sum::<usize>(), in_view);
        for (actor, size) in set_sizes(&masks, selected) {
            let from_xs: usize = xs.iter().filter(|x| x.sets.contains(actor)).map(Intersection::size).sum();
            prop_assert_eq!(size, from_xs, "a set's size is the sum of the exclusive intersections it is in");
        }
    }

    #[test]
    fn inclusive_matches_the_power_set_reference((masks, selected) in inputs(6)) {
        let xs = intersections(&masks, selected, Mode::Inclusive).0;
        prop_assert_eq!(as_map(&xs), naive_inclusive(&masks, selected));
    }

    #[test]
    fn inclusive_contains_exclusive((masks, selected) in inputs(8)) {
        let inclusive = as_map(&intersections(&masks, selected, Mode::Inclusive).0);
        for x in intersections(&masks, selected, Mode::Exclusive).0 {
            let wider = &inclusive[&x.sets.0];
            prop_assert!(x.elements.iter().all(|e| wider.contains(e)));
        }
    }

    #[test]
    fn inclusive_stays_correct_for_many_actors((masks, selected) in inputs(64)) {
        for x in intersections(&masks, selected, Mode::Inclusive).0 {
            let expected: Vec<u32> = masks.iter().enumerate().filter(|(_, m)| m.is_superset(x.sets)).map(|(i, _)| i as u32).collect();
            prop_assert_eq!(&x.elements, &expected);
        }
    }

    #[test]
    fn every_sort_is_a_total_order_on_the_same_intersections(
        (masks, selected) in inputs(7),
        by in prop_oneof![Just(Sort::Size), Just(Sort::Degree), Just(Sort::Sets), Just(Sort::Change)],
        earlier in prop::collection::vec(0usize..6, 128),
    ) {
        let mut xs = intersections(&masks, selected, Mode::Exclusive).0;
        // Sizes at an earlier date, for the sort by change (the others do not read them).
        for (x, b) in xs.iter_mut().zip(earlier) {
            x.size_then = Some(b);
        }
        let before = as_map(&xs);
        sort(&mut xs, by);
        prop_assert_eq!(as_map(&xs), before);
        let mut again = xs.clone();
        again.reverse();
        sort(&mut again, by);
        prop_assert_eq!(&again, &xs, "the order does not depend on the input order");
        // The whole tie-break chain, spelt out with plain tuples and index lists.
        let key = |x: &Intersection| {
            let (larger, degree, list) = (-(x.size() as i64), x.sets.len() as i64, x.sets.iter().collect::<Vec<_>>());
            match by {
                Sort::Size => (larger, degree, list),
                Sort::Degree => (degree, larger, list),
                Sort::Sets => (0, 0, list),
                Sort::Change => (-(x.change().abs()), larger, list),
            }
        };
        for w in xs.windows(2) {
            prop_assert!(key(&w[0]) < key(&w[1]), "{:?} before {:?} under {:?}", w[0].sets, w[1].sets, by);
        }
    }

    #[test]
    fn actor_order_ranks_follow_the_lexicographic_order_of_index_lists(a in any::<u64>(), b in any::<u64>(), cut in 0u32..64) {
        // Random sets, some sharing a prefix (the bits below `cut`), which is where the order is subtle.
        let shared = a & ((1u64 << cut) - 1);
        let (a, b) = (ActorSet(a), ActorSet(shared | (b & !((1u64 << cut) - 1))));
        prop_assume!(!a.is_empty() && !b.is_empty());
        let (la, lb): (Vec<usize>, Vec<usize>) = (a.iter().collect(), b.iter().collect());
        prop_assert_eq!(actor_order_rank(a).cmp(&actor_order_rank(b)), la.cmp(&lb), "{:?} vs {:?}", la, lb);
    }

    #[test]
    fn filtering_never_invents_an_area(groups in prop::collection::vec(0usize..5, 0..3), query in "[a-z ]{0,4}", cut in 0usize..20) {
        let timeline = DATASET.timeline();
        let filter = Filter { groups, areas: vec![], query, as_of: timeline.get(cut).copied(), ..Filter::default() };
        let narrowed = universe(&DATASET, &filter);
        let everything = universe(&DATASET, &Filter::default());
        for (area, mask) in narrowed.areas.iter().zip(&narrowed.masks) {
            let at = everything.areas.iter().position(|a| a == area);
            prop_assert!(at.is_some(), "area {} appears only under a filter", area);
            prop_assert!(everything.masks[at.unwrap()].is_superset(*mask), "a filter only removes actors from an area");
        }
    }
}

#[test]
fn actor_order_ranks_count_the_sets_before() {
    // Every non-empty subset of 64 actors has a rank below 2^64: the first and last ones pin the ends.
    assert_eq!(actor_order_rank(ActorSet(1)), 0);
    assert_eq!(actor_order_rank(ActorSet(0b11)), 1);
    assert_eq!(actor_order_rank(ActorSet(1 << 63)), u64::MAX - 1);
    let mut all: Vec<u64> = (1..1u64 << 10).map(|m| m << 54 | m & 0b111).collect();
    all.sort_by_key(|&m| ActorSet(m).iter().collect::<Vec<_>>());
    assert!(all.windows(2).all(|w| actor_order_rank(ActorSet(w[0])) < actor_order_rank(ActorSet(w[1]))));
}

#[test]
fn the_combination_limit_holds_and_says_when_it_cuts() {
    // 14 actors sharing one area: 16,383 sub-combinations, fewer than the point where the search deduplicates.
    let masks = vec![ActorSet((1 << 14) - 1)];
    let (xs, cut) = intersections(&masks, ActorSet(u64::MAX), Mode::Inclusive);
    assert!(cut && xs.len() <= INCLUSIVE_CANDIDATE_LIMIT, "{} combinations, cut: {cut}", xs.len());
    let (xs, cut) = intersections(&[ActorSet(0b1111)], ActorSet(u64::MAX), Mode::Inclusive);
    assert!(!cut && xs.len() == 15);
    assert!(!intersections(&masks, ActorSet(u64::MAX), Mode::Exclusive).1);
}

#[test]
fn actor_indices_past_64_are_no_actor() {
    assert_eq!(ActorSet::EMPTY.with(64), ActorSet::EMPTY);
    assert_eq!(ActorSet::single(64), ActorSet::EMPTY);
    assert_eq!(ActorSet(1).without(64), ActorSet(1));
    assert!(!ActorSet(u64::MAX).contains(64) && !ActorSet(u64::MAX).contains(usize::MAX));
    assert!(ActorSet::EMPTY.with(63).contains(63));
}

#[test]
fn too_many_combinations_fall_back_to_observed_ones() {
    let masks = vec![ActorSet(u64::MAX), ActorSet(0b1011)];
    let xs = intersections(&masks, ActorSet(u64::MAX), Mode::Inclusive).0;
    assert!(xs.len() <= INCLUSIVE_CANDIDATE_LIMIT);
    let at = |s: u64| xs.iter().find(|x| x.sets.0 == s).map(|x| x.elements.clone());
    assert_eq!(at(0b1011), Some(vec![0, 1]));
    assert_eq!(at(u64::MAX), Some(vec![0]));
    assert_eq!(at(1), Some(vec![0, 1]), "single actors are always there");
}

#[test]
fn scale_64_actors_by_100000_areas_is_handled() {
    let mut state = 0x9E37_79B9_7F4A_7C15u64;
    let masks: Vec<ActorSet> = (0..100_000)
        .map(|_| {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            ActorSet(state & state.rotate_left(17))
        })
        .collect();
    let xs = intersections(&masks, ActorSet(u64::MAX), Mode::Exclusive).0;
    assert_eq!(xs.iter().map(Intersection::size).sum::<usize>(), masks.iter().filter(|m| !m.is_empty()).count());
}
