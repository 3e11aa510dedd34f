//! The UpSet chart's intersections grouped by degree: each group's header and totals, the order they are drawn in,
//! what a collapsed group hides, and how "Show more" pages the rest.

use overlap::dataset::{Dataset, Date, DATASET};
use overlap::named::Named;
use overlap::overlap::{Degrees, Mode, Sort};
use overlap::present::upset::{Mark, UpsetModel, PAGE};
use overlap::reader::dataset::dataset;
use overlap::reader::{Format, Opened, SetData};
use overlap::sets::ActorSet;
use overlap::state::State;
use overlap::url_state::parse;
use overlap::view_model::ChartData;
use proptest::prelude::*;

fn model(query: &str) -> UpsetModel {
    let (state, notices) = parse(query, &DATASET);
    assert!(notices.is_empty(), "{notices:?}");
    UpsetModel::new(&DATASET, &ChartData::of(&DATASET, &state), PAGE, state.grouped).unwrap()
}

/// The sequence drawn, as a line: "[2] eu+jp eu+kr [3] …", a header by its degree.
fn drawn(m: &UpsetModel) -> String {
    let mark = |k: &Mark| match k {
        Mark::Group(g) => format!("[{}]", g.degree),
        Mark::Column(c) => c.ids.replace(' ', "+"),
    };
    m.sequence().iter().map(mark).collect::<Vec<_>>().join(" ")
}

#[test]
fn grouped_the_default_view_has_a_header_per_degree_before_its_columns_in_the_charts_order() {
    let m = model("agg=degree");
    let headers: Vec<&str> = m.groups.iter().map(|g| g.label.as_str()).collect();
    assert_eq!(
        headers,
        [
            "2 actors · 5 intersections · 5 areas",
            "3 actors · 5 intersections · 7 areas",
            "4 actors · 2 intersections · 4 areas",
            "5 actors · 3 intersections · 4 areas",
            "6 actors · 1 intersection · 1 area"
        ]
    );
    assert_eq!(
        drawn(&m),
        "[2] eu+jp eu+kr eu+sg eu+ca uk+sg [3] eu+jp+kr eu+uk+jp eu+jp+sg eu+jp+ca eu+kr+sg [4] eu+jp+kr+ca \
         eu+jp+kr+sg [5] eu+uk+jp+kr+ca eu+uk+jp+kr+sg eu+jp+kr+sg+ca [6] eu+uk+jp+kr+sg+ca"
    );
    // The groups' bars on their own scale: the largest group's is full.
    assert_eq!(m.groups.iter().map(|g| g.bar.0.round() as u32).collect::<Vec<_>>(), [71, 100, 57, 57, 14]);
    assert_eq!(m.caption, "21 areas among 6 actors, in 16 intersections grouped by degree.");
    let ungrouped = model("");
    assert!(ungrouped.groups.is_empty() && ungrouped.sequence().len() == ungrouped.columns.len());
    assert_eq!(ungrouped.caption, "21 areas among 6 actors, in 16 intersections.", "ungrouped, as before");
}

#[test]
fn a_collapsed_group_keeps_its_header_and_makes_room_on_the_page_for_the_next() {
    let seven = "sets=eu,uk,jp,kr,sg,ca,ua&mode=inclusive&agg=degree";
    let open = model(seven);
    assert_eq!((open.columns.len(), open.hidden), (40, 55));
    assert_eq!(
        open.caption,
        "21 areas among 7 actors, in 95 intersections grouped by degree; the first 40 in this order are shown."
    );
    // Inclusive intersections share areas: a group counts each once.
    assert_eq!(open.groups[1].label, "2 actors · 20 intersections · 21 areas");
    let m = model(&(seven.to_string() + "&collapsed=2,3"));
    assert_eq!(m.groups.len(), 6, "every header is drawn, collapsed or past the page's end");
    let folded: Vec<usize> = m.groups.iter().filter(|g| !g.expanded).map(|g| g.degree).collect();
    assert_eq!(folded, [2, 3]);
    assert!(m.groups.iter().filter(|g| !g.expanded).all(|g| g.members.is_empty()));
    // 7 of degree 1, then 25 of degree 4, then 8 of the 11 of degree 5 fill the page.
    let sizes: Vec<usize> = m.groups.iter().map(|g| g.members.len()).collect();
    assert_eq!(sizes, [7, 0, 0, 25, 8, 0]);
    assert_eq!((m.hidden, m.more.as_str()), (5, "Show 5 more"));
    assert_eq!(
        m.caption,
        "21 areas among 7 actors, in 95 intersections grouped by degree; collapsed: 2 actors, 3 actors; the first 40 \
         of the 45 in expanded groups are shown."
    );
    assert!(m.label.starts_with("UpSet chart. 21 areas among 7 actors") && m.label.contains("collapsed"));
    assert!(drawn(&m).starts_with("[1] eu jp kr ca sg uk ua [2] [3] [4] eu+jp+kr+ca"), "{}", drawn(&m));
    let one = model(&(seven.to_string() + "&collapsed=1"));
    assert!(one.caption.contains(" grouped by degree; collapsed: 1 actor; the first 40 of the 88 "), "{}", one.caption);
}

/// A reader's data of 1 to 12 sets and up to 150 elements, each a random mask of them.
fn sets_data() -> impl Strategy<Value = &'static Dataset> {
    (1..=12usize, prop::collection::vec(any::<u64>(), 1..150)).prop_map(|(n, masks)| {
        let data = SetData {
            format: Format::MembershipTable { delimiter: ',' },
            sets: (0..n).map(|i| format!("S{i}")).collect(),
            elements: (0..masks.len()).map(|i| format!("e{i}")).collect(),
            masks: masks.iter().map(|m| m & ((1 << n) - 1)).collect(),
        };
        dataset(Opened::Sets(data), "random.csv", Date { year: 2026, month: 12, day: 3 })
    })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(300))]

    #[test]
    fn every_intersection_is_in_its_degrees_group_once_and_the_totals_add_up(
        ds in sets_data(),
        inclusive in any::<bool>(),
        sort in prop::sample::select(&Sort::ALL[..3]),
        collapsed in any::<u64>(),
        shown in 1..80usize,
    ) {
        let mut state = State::default_for(ds);
        state.mode = if inclusive { Mode::Inclusive } else { Mode::Exclusive };
        state.sort = sort;
        let data = ChartData::of(ds, &state);
        let all = UpsetModel::new(ds, &data, usize::MAX, Some(Degrees::default())).unwrap();
        // Expanded, every intersection once, in its degree's group, the groups by degree and the chart's order
        // kept in each.
        let ids = |m: &UpsetModel| m.columns.iter().map(|c| c.sets).collect::<Vec<ActorSet>>();
        let mut by_degree: Vec<ActorSet> = data.intersections.iter().map(|x| x.sets).collect();
        by_degree.sort_by_key(|s| s.len());
        prop_assert_eq!(&ids(&all), &by_degree);
        prop_assert!(all.groups.windows(2).all(|w| w[0].degree < w[1].degree));
        prop_assert_eq!(all.groups.iter().map(|g| g.members.len()).sum::<usize>(), data.intersections.len());
        prop_assert_eq!(all.hidden, 0);
        for g in &all.groups {
            let members = &all.columns[g.members.clone()];
            prop_assert!(!members.is_empty() && members.iter().all(|c| c.sets.len() == g.degree));
            let sum: usize = members.iter().map(|c| c.size).sum();
            let largest = members.iter().map(|c| c.size).max().unwrap();
            // Exclusive intersections are disjoint: the group holds their sum; inclusive ones share elements.
            let held = if inclusive { largest <= g.size && g.size <= sum } else { g.size == sum };
            prop_assert!(held, "{} holds {} of {}", g.label, g.size, sum);
            let noun = if g.size == 1 { "element" } else { "elements" };
            prop_assert!(g.label.ends_with(&format!(" · {} {noun}", g.size)), "{}", g.label);
        }
        if !inclusive {
            prop_assert_eq!(all.groups.iter().map(|g| g.size).sum::<usize>(), data.areas_in_view());
        }
        // Collapsed groups keep their headers and draw nothing; the page takes the first `shown` of the rest.
        let collapsed = Degrees(ActorSet(collapsed));
        let m = UpsetModel::new(ds, &data, shown, Some(collapsed)).unwrap();
        prop_assert_eq!(m.groups.iter().map(|g| (g.degree, g.size)).collect::<Vec<_>>(),
            all.groups.iter().map(|g| (g.degree, g.size)).collect::<Vec<_>>());
        let rest: Vec<ActorSet> = by_degree.into_iter().filter(|s| !collapsed.contains(s.len())).collect();
        prop_assert_eq!(ids(&m), rest[..shown.min(rest.len())].to_vec());
        prop_assert_eq!(m.hidden, rest.len() - m.columns.len());
        for g in &m.groups {
            prop_assert_eq!(g.expanded, !collapsed.contains(g.degree));
            prop_assert!(g.expanded || g.members.is_empty());
        }
        prop_assert_eq!(m.sequence().len(), m.groups.len() + m.columns.len());
        // Not grouped: the first `shown` in the chart's order, as ever.
        let plain = UpsetModel::new(ds, &data, shown, None).unwrap();
        let first: Vec<ActorSet> = data.intersections.iter().take(shown).map(|x| x.sets).collect();
        prop_assert!(plain.groups.is_empty());
        prop_assert_eq!(ids(&plain), first);
    }
}
