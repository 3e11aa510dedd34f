//! Filtering the real dataset: search by the sources' own words, area groups, and the as-of timeline.

use overlap::dataset::{Date, DATASET};
use overlap::filter::{universe, Filter};
use overlap::sets::ActorSet;
use overlap::state::State;
use overlap::view_model::ChartData;

fn area_ids(filter: &Filter) -> Vec<&'static str> {
    universe(&DATASET, filter).areas.iter().map(|&a| DATASET.areas[a].id).collect()
}

fn search(q: &str) -> Vec<&'static str> {
    area_ids(&Filter { query: q.into(), ..Filter::default() })
}

fn actor(id: &str) -> usize {
    DATASET.actor_by_id(id).unwrap()
}

#[test]
fn search_finds_areas_by_the_sources_words() {
    assert!(search("chips").contains(&"semiconductors"));
    assert!(search("HALFGELEIDERS").contains(&"semiconductors"), "Dutch wording, any case");
    assert!(search("kunstmatige intelligentie").contains(&"ai"));
    assert!(search("eID").contains(&"digital-identity"));
    assert_eq!(search("no such area at all"), Vec::<&str>::new());
}

#[test]
fn short_searches_match_where_words_start() {
    assert_eq!(search("AI"), ["ai"], "not the \"ai\" of \"chains\"");
    assert_eq!(search("eID"), ["digital-identity"], "not the \"eid\" of \"halfgeleiders\"");
    assert!(search("6G").contains(&"5g-6g"), "after a slash or a comma is a word start");
    assert!(search("sem").contains(&"semiconductors"), "a word's start");
    assert!(!search("emi").contains(&"semiconductors"), "three letters inside a word");
    assert!(search("conductor").contains(&"semiconductors"), "four or more letters match anywhere");
    assert!(search("geleiders").contains(&"semiconductors"));
}

#[test]
fn all_six_share_semiconductors() {
    let data = ChartData::of(&DATASET, &State::default_for(&DATASET));
    let six = DATASET.default_actors();
    let all = data.intersections.iter().find(|x| x.sets == six).expect("an intersection of all six");
    let areas: Vec<&str> = data.areas_of(all).map(|a| DATASET.areas[a].id).collect();
    assert!(areas.contains(&"semiconductors"), "{areas:?}");
}

#[test]
fn group_filter_keeps_only_that_group() {
    let core = DATASET.group_by_id("core").unwrap();
    let u = universe(&DATASET, &Filter { groups: vec![core], ..Filter::default() });
    assert!(!u.areas.is_empty());
    assert!(u.areas.iter().all(|&a| DATASET.areas[a].group == core));
}

#[test]
fn the_timeline_grows_the_overlap() {
    let timeline = DATASET.timeline();
    assert!(timeline.len() >= 5, "{timeline:?}");
    assert_eq!(timeline.last().map(|d| d.iso()), Some("2024-04-30".into()), "planned 2025 councils are not steps");
    let first = universe(&DATASET, &Filter { as_of: Some(timeline[0]), ..Filter::default() });
    let kr = actor("kr");
    assert!(first.masks.iter().all(|m| !m.contains(kr)), "Korea's partnership came after the first event");
    let sizes: Vec<usize> = timeline
        .iter()
        .map(|d| {
            universe(&DATASET, &Filter { as_of: Some(*d), ..Filter::default() }).masks.iter().map(|m| m.len()).sum()
        })
        .collect();
    assert!(sizes.windows(2).all(|w| w[0] <= w[1]), "memberships never shrink over time: {sizes:?}");
}

#[test]
fn undated_partnerships_count_only_without_an_as_of_date() {
    let uk = actor("uk");
    let everything = universe(&DATASET, &Filter::default());
    assert!(everything.masks.iter().any(|m| m.contains(uk)));
    let dated = universe(&DATASET, &Filter { as_of: Date::parse("2030"), ..Filter::default() });
    assert!(dated.masks.iter().all(|m| !m.contains(uk)), "the sources date none of the UK's partnerships");
    let undated = overlap::filter::undated_partnerships(&DATASET);
    assert!(undated.iter().all(|p| p.starts_with("UK")) && undated.len() == 3, "{undated:?}");
}

#[test]
fn ukraine_is_out_of_the_default_view_but_can_be_added() {
    let ua = actor("ua");
    let state = State::default_for(&DATASET);
    assert!(!state.actors.contains(ua));
    let with_ua = state.apply(overlap::state::Action::SetActor(ua, true), &DATASET);
    let data = ChartData::of(&DATASET, &with_ua);
    let cyber = DATASET.area_by_id("cybersecurity").unwrap();
    assert!(data.set_sizes.iter().any(|&(a, s)| a == ua && s >= 1));
    let x = data.intersections.iter().find(|x| x.sets.contains(ua)).unwrap();
    assert!(data.areas_of(x).any(|a| a == cyber));
    assert_eq!(ActorSet::single(ua).and(data.actors), ActorSet::single(ua));
}

#[test]
fn a_timeline_step_names_what_happened_then() {
    let step = DATASET.timeline_step(Date::parse("2024-04-30").unwrap());
    assert!(step.starts_with("30 April 2024: EU") && step.contains("Council"), "{step}");
}

#[test]
fn areas_in_view_counts_only_what_the_selected_actors_have() {
    let state = State::default_for(&DATASET)
        .apply(overlap::state::Action::SetActor(actor("uk"), false), &DATASET)
        .apply(overlap::state::Action::SetActor(actor("sg"), false), &DATASET);
    let data = ChartData::of(&DATASET, &state);
    let in_exclusive: usize = data.intersections.iter().map(|x| x.size()).sum();
    assert_eq!(data.areas_in_view(), in_exclusive);
    assert!(data.areas_in_view() < data.universe.areas.len(), "fintech is only the UK's and Singapore's");
}

#[test]
fn inclusive_mode_with_every_actor_has_more_intersections_than_one_page() {
    let (state, _) = overlap::url_state::parse("sets=eu,uk,jp,kr,sg,ca,ua&mode=inclusive", &DATASET);
    let data = ChartData::of(&DATASET, &state);
    assert!(data.intersections.len() > overlap::present::upset::PAGE, "{}", data.intersections.len());
}

mod firmness {
    use overlap::dataset::{Grade, DATASET};
    use overlap::filter::{universe, Filter};
    use overlap::named::Named;
    use proptest::prelude::*;

    fn members(filter: &Filter) -> Vec<(usize, u64)> {
        let u = universe(&DATASET, filter);
        u.areas.iter().copied().zip(u.masks.iter().map(|m| m.0)).collect()
    }

    proptest! {
        /// A stricter firmness never adds a membership, whatever else the filter says.
        #[test]
        fn a_stricter_firmness_never_adds_a_membership(
            weaker in 0..4usize, stricter in 0..4usize, step in prop::option::of(0..8usize), group in prop::option::of(0..5usize)
        ) {
            let (weaker, stricter) = (Grade::ALL[weaker.min(stricter)], Grade::ALL[weaker.max(stricter)]);
            let timeline = DATASET.timeline();
            let base = Filter {
                as_of: step.map(|i| timeline[i % timeline.len()]),
                groups: group.filter(|g| *g < DATASET.groups.len()).into_iter().collect(),
                ..Filter::default()
            };
            let loose = members(&Filter { firm: weaker, ..base.clone() });
            for (area, mask) in members(&Filter { firm: stricter, ..base }) {
                let before = loose.iter().find(|(a, _)| *a == area).map_or(0, |(_, m)| *m);
                prop_assert_eq!(mask & !before, 0, "area {} gained actors", DATASET.areas[area].id);
            }
        }
    }

    #[test]
    fn each_membership_is_as_firm_as_its_firmest_link() {
        let u = universe(&DATASET, &Filter::default());
        for (i, &area) in u.areas.iter().enumerate() {
            for actor in u.masks[i].iter() {
                let firmest = DATASET
                    .links
                    .iter()
                    .filter(|l| l.area == area && DATASET.partnerships[l.partnership].parties.contains(actor))
                    .map(|l| l.grade)
                    .max();
                assert_eq!(u.grade(i, actor), firmest, "{} × {}", DATASET.actors[actor].id, DATASET.areas[area].id);
            }
        }
    }

    #[test]
    fn agreed_only_drops_the_uk_semiconductor_link_which_is_only_explored() {
        let (uk, chips) = (DATASET.actor_by_id("uk").unwrap(), DATASET.area_by_id("semiconductors").unwrap());
        let has = |firm| {
            let u = universe(&DATASET, &Filter { firm, ..Filter::default() });
            u.areas.iter().zip(&u.masks).any(|(&a, m)| a == chips && m.contains(uk))
        };
        assert!(has(Grade::Aspiration) && has(Grade::Exploring) && !has(Grade::Launched) && !has(Grade::Agreed));
    }
}
