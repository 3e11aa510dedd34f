//! The view in words: the default view's texts word for word, and over random datasets that every number and name
//! said is one the chart shows, that the largest intersection named is the largest, and that empty views read well.

use overlap::dataset::{
    Actor, Area, Dataset, Date, Event, EventKind, Grade, Group, Link, Partnership, Source, DATASET,
};
use overlap::describe::long::{long, Section};
use overlap::describe::marks::actor_size;
use overlap::describe::short::short;
use overlap::describe::view::for_clipboard;
use overlap::overlap::Mode;
use overlap::sets::ActorSet;
use overlap::state::{State, Subject};
use overlap::url_state;
use overlap::view_model::ChartData;
use proptest::prelude::*;

fn texts(ds: &Dataset, state: &State) -> (String, Vec<Section>, ChartData) {
    let data = ChartData::of(ds, state);
    (short(ds, state, &data), long(ds, state, &data), data)
}

fn view(query: &str) -> State {
    let (state, notices) = url_state::parse(query, &DATASET);
    assert!(notices.is_empty(), "{query}: {notices:?}");
    state
}

fn section<'a>(sections: &'a [Section], title: &str) -> &'a [String] {
    &sections.iter().find(|s| s.title == title).unwrap_or_else(|| panic!("no section {title}")).lines
}

#[test]
fn the_default_view_reads_as_written() {
    let (text, sections, _) = texts(&DATASET, &State::default_for(&DATASET));
    assert_eq!(
        text,
        "Overlap of 21 technology areas across 6 actors, counting everything the sources report, dated or not. \
         Semiconductors is the one area all six share. Counted exclusively (each area once, with exactly the actors \
         that have it), the largest intersections, 3 areas each, are those of EU, Japan and Korea and of EU, Japan, \
         Korea and Canada. UK shares the fewest areas with the others."
    );
    let titles: Vec<&str> = sections.iter().map(|s| s.title).collect();
    assert_eq!(
        titles,
        [
            "What is shown",
            "Actors",
            "Largest intersections",
            "Pairs of actors",
            "Areas only one actor has",
            "How many actors hold each area",
            "Selection"
        ]
    );
    assert_eq!(
        section(&sections, "Actors"),
        [
            "EU has 20 areas, Japan 16, Korea 14, Canada 9, Singapore 8 and UK 6.",
            "The most areas an actor has is 3.3 times the fewest: spread very unevenly."
        ]
    );
    assert_eq!(
        section(&sections, "Largest intersections")[0],
        "EU, Japan and Korea: 3 areas (High-performance computing; 5G, 6G and beyond; and Online platforms)."
    );
    assert_eq!(
        section(&sections, "How many actors hold each area"),
        ["5 areas are held by two actors, 7 areas are held by three actors, 4 areas are held by four actors, 4 areas \
          are held by five actors and 1 area is held by all six."]
    );
    assert_eq!(
        section(&sections, "Pairs of actors")[1],
        "Singapore and Canada share the fewest: 2 areas (Semiconductors and Data flows, spaces & governance)."
    );
}

#[test]
fn inclusive_mode_says_so_and_names_the_largest_shared_intersection() {
    let (text, sections, _) = texts(&DATASET, &view("mode=inclusive"));
    assert!(
        text.contains(
            "Counted inclusively (an area in every group of actors that all have it), the largest shared \
             intersection, 16 areas, is that of EU and Japan."
        ),
        "{text}"
    );
    assert!(section(&sections, "What is shown").iter().any(|l| l.starts_with("Intersections are inclusive")));
}

#[test]
fn filters_in_force_are_said() {
    let (text, sections, _) = texts(&DATASET, &view("q=cable&asof=2024-04-30&firm=agreed"));
    assert!(
        text.starts_with(
            "Overlap of 1 technology area across 6 actors, as of 30 April 2024, among areas matching “cable”; only \
             agreed links count."
        ),
        "{text}"
    );
    let shown = section(&sections, "What is shown");
    assert!(shown.contains(&"Only areas matching the search “cable”.".to_string()), "{shown:?}");
    assert!(shown.contains(&"1 technology area in view, of 21 in the dataset.".to_string()), "{shown:?}");
}

#[test]
fn a_selection_is_described_as_the_details_panel_heads_it() {
    let (eu, jp) = (DATASET.actor_by_id("eu").unwrap(), DATASET.actor_by_id("jp").unwrap());
    let state =
        State { subject: Some(Subject::Intersection(ActorSet::single(eu).with(jp))), ..State::default_for(&DATASET) };
    let (_, sections, _) = texts(&DATASET, &state);
    assert_eq!(
        section(&sections, "Selection"),
        ["Selected: EU and Japan share 1 area that no other actor shown has: Submarine cables."]
    );
}

#[test]
fn the_largest_intersection_is_said_to_leave_out_what_all_share_when_that_is_taller() {
    let (text, ..) = texts(&DATASET, &view("sets=eu,jp,kr"));
    assert!(
        text.contains("apart from what all share, the largest intersection, 4 areas, is that of EU and Japan"),
        "{text}"
    );
    let (text, ..) = texts(&DATASET, &view("sets=eu,jp&mode=inclusive"));
    assert!(!text.contains("largest"), "two actors inclusively: what both share was said already: {text}");
}

#[test]
fn a_single_actor_column_with_nothing_of_its_own_reads_in_the_singular() {
    let (_, sections, _) = texts(&DATASET, &view("sets=eu,jp&select=jp"));
    assert_eq!(section(&sections, "Selection"), ["Selected: Japan has no area that no other actor shown has."]);
}

#[test]
fn a_table_cell_and_a_group_filter_read_as_sentences() {
    let (_, sections, _) = texts(&DATASET, &view("group=data-trust&cell=jp.data"));
    let shown = section(&sections, "What is shown");
    assert!(shown.contains(&"Only areas of the group Data & trust.".to_string()), "{shown:?}");
    assert_eq!(section(&sections, "Selection"), ["Selected: Japan — Data flows, spaces & governance."]);
}

#[test]
fn empty_views_say_why_in_one_sentence() {
    let none = State { actors: ActorSet::default(), ..State::default_for(&DATASET) };
    assert_eq!(
        texts(&DATASET, &none).0,
        "No actor is ticked: tick at least one to see which technology areas the actors share."
    );
    assert_eq!(texts(&DATASET, &none).1.len(), 1, "only what is shown");
    assert_eq!(
        texts(&DATASET, &view("q=zzzz")).0,
        "No technology area is in view for EU, UK, Japan, Korea, Singapore and Canada, counting everything the \
         sources report, dated or not, among areas matching “zzzz”."
    );
}

#[test]
fn the_clipboard_gets_the_text_the_url_and_only_the_sources_in_view() {
    let state = view("sets=uk");
    let data = ChartData::of(&DATASET, &state);
    let text = for_clipboard(&DATASET, &state, &data, "https://example.org/?sets=uk");
    let (body, sources) = text.split_once("\nSources:\n").expect("a sources list");
    assert_eq!(body, short(&DATASET, &state, &data) + "\n\nhttps://example.org/?sets=uk\n");
    let listed: Vec<&str> = sources.lines().collect();
    assert_eq!(listed.len(), 1, "{listed:?}");
    assert!(listed[0].starts_with("- News report on the new UK–Japan digital partnership"), "{listed:?}");
    let state = State::default_for(&DATASET);
    let every = for_clipboard(&DATASET, &state, &ChartData::of(&DATASET, &state), "u");
    assert_eq!(every.lines().filter(|l| l.starts_with("- ")).count(), DATASET.sources.len());
}

// Random datasets: actors "Alpha"…, areas "Topic Ab"… (some with a comma of their own), each held by a random set of
// actors through one partnership per actor; leaked, as the compiled-in dataset is static.

const SHORTS: [&str; 6] = ["Alpha", "Bravo", "Charlie", "Delta", "Echo", "Foxtrot"];

fn leak<T>(v: Vec<T>) -> &'static [T] {
    Box::leak(v.into_boxed_slice())
}

fn random_dataset(masks: &[(u64, bool)], actors: usize) -> &'static Dataset {
    let date = Date::parse("2024-04-30").unwrap();
    let text = |s: String| -> &'static str { Box::leak(s.into_boxed_str()) };
    let area = |i: usize, comma: bool| {
        let id = ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i', 'j', 'k', 'l', 'm', 'n'];
        let (x, y) = (id[i / id.len()].to_ascii_uppercase(), id[i % id.len()]);
        text(format!("Topic {x}{y}{}", if comma { ", trade and more" } else { "" }))
    };
    Box::leak(Box::new(Dataset {
        version: "1.0",
        data_as_of: date,
        sources: leak(vec![Source {
            id: "s",
            file: "s.md",
            title: "Source",
            publisher: "Publisher",
            language: "en",
            published: Some(date),
        }]),
        actors: leak(
            (0..actors)
                .map(|i| Actor {
                    id: SHORTS[i],
                    name: text(format!("Republic of {}", SHORTS[i])),
                    short: SHORTS[i],
                    default_visible: true,
                })
                .collect(),
        ),
        groups: leak(vec![Group { id: "g", label: "Group" }]),
        areas: leak(
            masks
                .iter()
                .enumerate()
                .map(|(i, &(_, comma))| Area {
                    id: area(i, false),
                    label: area(i, comma),
                    group: 0,
                    description: None,
                    terms: &[],
                })
                .collect(),
        ),
        partnerships: leak(
            (0..actors)
                .map(|i| Partnership {
                    id: SHORTS[i],
                    name: SHORTS[i],
                    parties: ActorSet::single(i),
                    kind: "k",
                    note: None,
                })
                .collect(),
        ),
        events: leak(
            (0..actors)
                .map(|i| Event {
                    id: SHORTS[i],
                    partnership: i,
                    kind: EventKind::Launch,
                    label: "Launch",
                    date: Some(date),
                    place: None,
                    note: None,
                    source: 0,
                    quote: "q",
                })
                .collect(),
        ),
        links: leak(
            masks
                .iter()
                .enumerate()
                .flat_map(|(area, &(mask, _))| {
                    (0..actors).filter(move |a| mask >> a & 1 == 1).map(move |a| Link {
                        partnership: a,
                        area,
                        event: a,
                        source: 0,
                        quote: "q",
                        term: "t",
                        grade: Grade::Agreed,
                        grade_quote: "q",
                        note: None,
                    })
                })
                .collect(),
        ),
    }))
}

/// The numbers a description may say for this chart: its marks' sizes, the areas in view and in the dataset, the
/// actors shown, what each pair shares and how many areas each number of actors holds.
fn chart_numbers(ds: &Dataset, data: &ChartData) -> Vec<usize> {
    let mut n: Vec<usize> = data.intersections.iter().map(|x| x.size()).collect();
    n.extend(data.set_sizes.iter().map(|s| s.1));
    n.extend([data.areas_in_view(), ds.areas.len(), data.actors.len()]);
    let held: Vec<ActorSet> = data.in_view().map(|(_, _, m)| m.and(data.actors)).collect();
    for a in data.actors.iter() {
        for b in data.actors.iter().filter(|&b| b > a) {
            n.push(held.iter().filter(|m| m.contains(a) && m.contains(b)).count());
        }
    }
    n.extend((1..=data.actors.len()).map(|d| held.iter().filter(|m| m.len() == d).count()));
    n
}

fn digit_runs(text: &str) -> Vec<usize> {
    text.split(|c: char| !c.is_ascii_digit()).filter(|s| !s.is_empty()).map(|s| s.parse().unwrap()).collect()
}

fn check_hygiene(text: &str) -> Result<(), TestCaseError> {
    for bad in ["  ", " .", " ,", "()", ",.", "..", "one areas", "one actors"] {
        prop_assert!(!text.contains(bad), "{:?} in {}", bad, text);
    }
    for plural in ["1 areas", "1 actors", "1 technology areas"] {
        for (at, _) in text.match_indices(plural) {
            let before = text[..at].chars().next_back();
            prop_assert!(before.is_some_and(|c| c.is_ascii_digit()), "{:?} in {}", plural, text);
        }
    }
    Ok(())
}

/// The names a text says, checked against what the chart shows: areas in view, actors shown.
fn check_names(ds: &Dataset, data: &ChartData, text: &str) -> Result<(), TestCaseError> {
    let in_view: Vec<usize> = data.in_view().map(|(_, a, _)| a).collect();
    for (i, area) in ds.areas.iter().enumerate() {
        prop_assert!(!text.contains(area.label) || in_view.contains(&i), "{} is not in view: {}", area.label, text);
    }
    for (i, actor) in ds.actors.iter().enumerate() {
        prop_assert!(!text.contains(actor.short) || data.actors.contains(i), "{} is not shown: {}", actor.short, text);
    }
    Ok(())
}

fn sentences(text: &str) -> usize {
    text.matches(". ").count() + usize::from(text.ends_with('.'))
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(600))]

    #[test]
    fn every_number_and_name_said_is_in_the_chart(
        actors in 1..=6usize,
        masks in prop::collection::vec((0..64u64, prop::bool::weighted(0.2)), 0..30),
        shown in 0..64u64,
        inclusive in any::<bool>(),
        dated in any::<bool>(),
    ) {
        let ds = random_dataset(&masks, actors);
        let state = State {
            actors: ActorSet(shown).and(ds.all_actors()),
            mode: if inclusive { Mode::Inclusive } else { Mode::Exclusive },
            as_of: dated.then(|| Date::parse("2025-01-01").unwrap()),
            ..State::default_for(ds)
        };
        let (text, sections, data) = texts(ds, &state);
        let numbers = chart_numbers(ds, &data);
        let undated = |t: &str| t.replace("1 January 2025", "");
        for n in digit_runs(&undated(&text)) {
            prop_assert!(numbers.contains(&n), "{} is no number of the chart: {}", n, text);
        }
        check_hygiene(&text)?;
        check_names(ds, &data, &text)?;
        prop_assert!((1..=4).contains(&sentences(&text)), "{} sentences: {}", sentences(&text), text);
        for line in sections.iter().flat_map(|s| &s.lines) {
            check_hygiene(line)?;
            check_names(ds, &data, line)?;
            // The spread's ratio is said to one decimal; every other number is one of the chart's.
            if !line.contains("times the fewest") {
                for n in digit_runs(&undated(line)) {
                    prop_assert!(numbers.contains(&n), "{} is no number of the chart: {}", n, line);
                }
            }
        }
    }

    #[test]
    fn the_largest_intersection_named_is_the_largest(
        actors in 2..=6usize,
        masks in prop::collection::vec((1..64u64, Just(false)), 1..30),
        inclusive in any::<bool>(),
    ) {
        let ds = random_dataset(&masks, actors);
        let mode = if inclusive { Mode::Inclusive } else { Mode::Exclusive };
        let (text, sections, data) = texts(ds, &State { mode, ..State::default_for(ds) });
        prop_assume!(!data.intersections.is_empty());
        let most = data.intersections.iter().map(|x| x.size()).max().unwrap_or(0);
        let first = &section(&sections, "Largest intersections")[0];
        prop_assert!(first.contains(&format!(": {most} area")), "{} is not the largest ({})", first, most);
        // The short text's largest is the tallest column (inclusively, of those of two or more actors), unless it
        // says it leaves out what all share, and then that column is at least as tall.
        let everyone = data.actors;
        let size_of = |keep: &dyn Fn(ActorSet) -> bool| {
            data.intersections.iter().filter(|x| keep(x.sets)).map(|x| x.size()).max().unwrap_or(0)
        };
        if let Some((_, rest)) = text.split_once("largest") {
            let said = digit_runs(rest)[0];
            if text.contains("apart from what all share") {
                prop_assert_eq!(said, size_of(&|s| s != everyone), "{}", text);
                prop_assert!(size_of(&|s| s == everyone) >= said, "{}", text);
            } else if inclusive {
                prop_assert_eq!(said, size_of(&|s| s.len() >= 2), "{}", text);
            } else {
                prop_assert_eq!(said, most, "{}", text);
            }
        }
    }
}

#[test]
fn no_area_shared_by_all_is_said_plainly() {
    // Three actors, each pair sharing an area, no area shared by all three.
    let ds = random_dataset(&[(0b011, false), (0b110, false), (0b101, false)], 3);
    let (text, sections, _) = texts(ds, &State::default_for(ds));
    assert!(text.contains("No area is shared by all three of Alpha, Bravo and Charlie."), "{text}");
    assert!(text.contains("three intersections tie as the largest, with 1 area each"), "{text}");
    assert_eq!(
        section(&sections, "Areas only one actor has"),
        ["Every area in view is shared by at least two of the shown actors."]
    );
    let two = random_dataset(&[(0b01, false), (0b10, false)], 2);
    let (text, ..) = texts(two, &State::default_for(two));
    assert!(text.contains("Alpha and Bravo share no area."), "{text}");
}

#[test]
fn a_set_mark_reads_its_size_in_the_singular_too() {
    assert_eq!(actor_size(&DATASET, 0, 1), "European Union has 1 area in view.");
    assert_eq!(actor_size(&DATASET, 0, 20), "European Union has 20 areas in view.");
}
