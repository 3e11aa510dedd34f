//! The view in words: the default view's texts word for word, and over random datasets that every number and name
//! said is one the chart shows, that the largest intersection named is the largest, and that empty views read well.

use overlap::dataset::{
    Actor, Area, By, Dataset, Date, Event, EventKind, Grade, Group, Link, Partnership, Recounted, Source, DATASET,
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

fn texts(ds: &'static Dataset, state: &State) -> (String, Vec<Section>, ChartData) {
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
    let titles: Vec<&str> = sections.iter().map(|s| s.title.as_str()).collect();
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
            "The most areas any actor has is 3.3 times the fewest: spread very unevenly."
        ]
    );
    assert_eq!(
        section(&sections, "Largest intersections")[0],
        "EU, Japan and Korea: 3 areas (High-performance computing; 5G, 6G and beyond; and Online platforms). EU holds \
         them through partnerships with Japan and Korea; Japan and Korea each hold them through a partnership with EU."
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
    assert_eq!(
        listed[0],
        "- [1] News report on the new UK–Japan digital partnership (also mentions UK–Ukraine and UK–Singapore). \
         English · publisher and date not stated",
        "numbered as the page numbers it, what is known of it said once"
    );
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

/// The earlier date of the random datasets' events.
const EARLIER: &str = "2023-01-01";

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
        by: By::Actor,
        set_noun: ["actor", "actors"],
        element_noun: ["area", "areas", "technology area", "technology areas"],
        recounted: Recounted::none(),
        supplied: None,
        memberships: &[],
        sources: leak(vec![Source {
            id: "s",
            file: "s.md",
            title: "Source",
            kind: "Report",
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
        // Each actor's partnership launched at EARLIER with some of its areas, and has the rest by `date`.
        events: leak(
            (0..2 * actors)
                .map(|i| Event {
                    id: SHORTS[i % actors],
                    partnership: i % actors,
                    kind: EventKind::Launch,
                    label: "Launch",
                    date: Some(if i < actors { date } else { Date::parse(EARLIER).unwrap() }),
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
                        // Earlier for a third of the links, spread over areas and actors.
                        event: if (area + a) % 3 == 0 { actors + a } else { a },
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

fn digit_runs(text: &str) -> Vec<usize> {
    text.split(|c: char| !c.is_ascii_digit()).filter(|s| !s.is_empty()).map(|s| s.parse().unwrap()).collect()
}

/// The number `text` starts with, and what follows it.
fn leading(text: &str) -> Option<(usize, &str)> {
    let end = text.find(|c: char| !c.is_ascii_digit()).unwrap_or(text.len());
    Some((text[..end].parse().ok()?, &text[end..]))
}

/// The actors a list of short names names: "Alpha", "Alpha and Bravo", "Alpha, Bravo and Charlie" (" alone" after
/// it is dropped).
fn named(ds: &Dataset, list: &str) -> ActorSet {
    actors_named(ds, list).unwrap_or_else(|| panic!("{list}?"))
}

/// As `named`, none where a name is not an actor's.
fn actors_named(ds: &Dataset, list: &str) -> Option<ActorSet> {
    let list = list.strip_suffix(" alone").unwrap_or(list);
    let names = list.split(", ").flat_map(|part| part.split(" and "));
    names.map(|n| ds.actors.iter().position(|a| a.short == n)).collect::<Option<Vec<_>>>().map(ActorSet::from_indices)
}

/// What every number of a text says, checked against the chart it describes, each by what its sentence says it counts:
/// an intersection's size by the actors it names, an actor's by its name, a pair's shared areas, the areas in view.
/// Returns how many numbers it read, which must be every number the text says.
fn check_numbers(ds: &'static Dataset, state: &State, data: &ChartData, text: &str) -> Result<usize, TestCaseError> {
    let held: Vec<ActorSet> = data.in_view().map(|(_, _, m)| m.and(data.actors)).collect();
    let size_of = |sets: ActorSet| data.intersection(sets).map_or(0, |x| x.size());
    let set_size = |a: usize| held.iter().filter(|m| m.contains(a)).count();
    // (what a number counts, the number said, what the chart has), and how many numbers were read.
    let mut checks: Vec<(&str, usize, usize)> = Vec::new();
    let mut read = 0;
    let mut check = |what: &'static str, said: usize, is: usize| checks.push((what, said, is));
    let upto = |rest: &str, ends: &[char]| rest[..rest.find(ends).unwrap_or(rest.len())].to_string();
    for (at, _) in text.match_indices("Overlap of ") {
        let (n, rest) = leading(&text[at + 11..]).unwrap();
        check("the areas in view", n, held.len());
        let (k, _) = leading(rest.split_once(" across ").unwrap().1).unwrap();
        check("the actors shown", k, data.actors.len());
        read += 2;
    }
    // A list cut at the 20 names a sentence gives ("…, Topic Bf and 1 more"): how many more there are than 20 of
    // the areas counted just before the list.
    for (at, _) in text.match_indices(" more") {
        let before = &text[..at];
        let digits = before.len() - before.trim_end_matches(|c: char| c.is_ascii_digit()).len();
        if digits == 0 {
            continue;
        }
        let more: usize = before[before.len() - digits..].parse().unwrap();
        let counted = before.rfind(" area").and_then(|i| before[..i].rsplit(' ').next()?.parse::<usize>().ok());
        check("the areas beyond the 20 a list names", more + 20, counted.unwrap_or(0));
        read += 1;
    }
    for (at, _) in text.match_indices(" alone is shown, with ") {
        check("the areas in view", leading(&text[at + 22..]).unwrap().0, held.len());
        read += 1;
    }
    for (at, _) in text.match_indices(" areas are shared by ") {
        if let Some(n) = text[..at].rsplit(' ').next().and_then(|w| w.parse().ok()) {
            check("the areas all share", n, held.iter().filter(|m| **m == data.actors).count());
            read += 1;
        }
    }
    for (at, _) in text.match_indices("the largest ") {
        let rest = &text[at + 12..];
        let Some((_, rest)) =
            rest.split_once(", ").filter(|(kind, _)| !kind.contains(' ') || kind.starts_with("shared"))
        else {
            continue;
        };
        let (s, rest) = leading(rest).unwrap();
        read += 1;
        let rest = rest.strip_prefix(" areas").or(rest.strip_prefix(" area")).unwrap();
        if let Some(one) = rest.strip_prefix(", is that of ").map(|x| upto(x, &[':', ';', '.'])) {
            check("the largest intersection", s, size_of(named(ds, &one)));
        } else {
            let (x, y) = rest.strip_prefix(" each, are those of ").unwrap().split_once(" and of ").unwrap();
            check("a largest intersection", s, size_of(named(ds, x)));
            check("a largest intersection", s, size_of(named(ds, &upto(y, &[';', '.']))));
        }
    }
    for (at, _) in text.match_indices(" tie as the largest, with ") {
        let (s, _) = leading(&text[at + 26..]).unwrap();
        // "three intersections tie" (any but what all share), "… shared ones tie", "… shared intersections tie"
        // (of two actors or more): the largest of those, and as many of them as said.
        let shared = text[..at].ends_with("shared ones") || text[..at].ends_with("shared intersections");
        let kept: Vec<usize> = data
            .intersections
            .iter()
            .filter(|x| x.sets != data.actors && (!shared || x.sets.len() >= 2))
            .map(|x| x.size())
            .collect();
        check("the largest size", s, kept.iter().copied().max().unwrap_or(0));
        let tied = kept.iter().filter(|&&k| k == s).count();
        let words = ["three", "four", "five", "six", "seven", "eight", "nine", "ten"];
        // The words before the kind: "… five intersections", "… more than ten shared ones".
        let before: Vec<&str> = text[..at].split(' ').rev().skip(if shared { 2 } else { 1 }).take(3).collect();
        match (before.as_slice(), words.iter().position(|w| before.first() == Some(w))) {
            (["ten", "than", "more"], _) => prop_assert!(tied > 10, "{} tie: {}", tied, text),
            (_, Some(i)) => check("how many tie", i + 3, tied),
            _ => prop_assert!(false, "how many tie is not said: {}", text),
        }
        read += 1;
    }
    // Comparing: "Between … and …, 7 areas gained actors and 2 lost actors; Alpha grew most, by 3 areas." — counted
    // here from the views at each date, not from the comparison.
    if let Some(at) = text.find("Between ") {
        let at_date = |date| {
            let view = ChartData::of(ds, &State { from: None, as_of: Some(date), subject: None, ..state.clone() });
            let held: Vec<(usize, ActorSet)> = view.in_view().map(|(_, a, m)| (a, m.and(view.actors))).collect();
            held
        };
        let (from, to) = state.comparison().expect("comparing");
        let (then, now) = (at_date(from), at_date(to));
        let of = |held: &[(usize, ActorSet)], area: usize| {
            held.iter().find(|h| h.0 == area).map_or(ActorSet::EMPTY, |h| h.1)
        };
        let areas: Vec<usize> = then.iter().chain(&now).map(|h| h.0).collect();
        let mut areas = areas;
        areas.sort_unstable();
        areas.dedup();
        let gained = areas.iter().filter(|&&a| !of(&then, a).is_superset(of(&now, a))).count();
        let lost = areas.iter().filter(|&&a| !of(&now, a).is_superset(of(&then, a))).count();
        let rest = &text[at..];
        if let Some((g, after)) = rest.find(", ").and_then(|i| leading(&rest[i + 2..])) {
            check("the areas that gained an actor", g, gained);
            read += 1;
            match after.split_once(" and ").map(|(_, l)| l) {
                Some(l) if l.starts_with("none") => check("the areas that lost one", 0, lost),
                Some(l) => {
                    check("the areas that lost one", leading(l).unwrap().0, lost);
                    read += 1;
                }
                None => {}
            }
            if let Some((who, by)) = after.split_once(" grew most, by ") {
                let who = named(ds, who.rsplit("; ").next().unwrap());
                let size = |held: &[(usize, ActorSet)], a: usize| held.iter().filter(|h| h.1.contains(a)).count();
                let grew: Vec<(usize, usize)> =
                    data.actors.iter().map(|a| (a, size(&now, a).saturating_sub(size(&then, a)))).collect();
                let most = grew.iter().map(|g| g.1).max().unwrap_or(0);
                check("how much the most grew", leading(by).unwrap().0, most);
                let top = ActorSet::from_indices(grew.iter().filter(|g| g.1 == most).map(|g| g.0));
                prop_assert_eq!(who, top, "who grew most, in: {}", text);
                read += 1;
            }
        }
    }
    // The long description's lines.
    if let Some((k, rest)) = leading(text) {
        if rest.starts_with(" actor") {
            check("the actors shown", k, data.actors.len());
            read += 1;
        } else if rest.starts_with(" technology area") {
            check("the areas in view", k, held.len());
            read += 1;
            if let Some((_, t)) = rest.split_once(", of ") {
                check("the dataset's areas", leading(t).unwrap().0, ds.areas.len());
                read += 1;
            }
        } else if rest.contains(" held by ") {
            // "5 areas are held by two actors, 7 areas are held by three actors and 1 area is held by all six."
            for part in text.trim_end_matches('.').split(", ").flat_map(|p| p.split(" and ")) {
                let Some((c, who)) = leading(part) else { continue };
                let who = who.split(" held by ").nth(1).unwrap();
                let degree = match who {
                    "one actor" => 1,
                    "both" => 2,
                    w => {
                        ["two", "three", "four", "five", "six"]
                            .iter()
                            .position(|n| w.ends_with(n) || w.starts_with(&format!("{n} ")))
                            .unwrap()
                            + 2
                    }
                };
                check("the areas held by that many", c, held.iter().filter(|m| m.len() == degree).count());
                read += 1;
            }
        }
    }
    if let Some((first, rest)) = text.split_once(" has ").filter(|(first, _)| !first.contains(' ')) {
        // "Alpha has 20 areas, Bravo 16 and Charlie 1."
        let a = named(ds, first).iter().next().unwrap();
        check("an actor's areas", leading(rest).unwrap().0, set_size(a));
        read += 1;
        // After the first, each as ", Bravo 16" or " and Charlie 1".
        let others = rest.split_once(' ').map_or("", |(_, r)| r).split_once(' ').map_or("", |(_, r)| r);
        for part in format!(" {}", others.trim_end_matches('.')).replace(" and ", ", ").split(", ") {
            if let Some((name, n)) =
                part.trim().rsplit_once(' ').and_then(|(name, n)| Some((name, n.parse::<usize>().ok()?)))
            {
                check("an actor's areas", n, set_size(named(ds, name).iter().next().unwrap()));
                read += 1;
            }
        }
    }
    if let Some((said, _)) = text.strip_prefix("The most areas any actor has is ").and_then(|r| r.split_once(" times"))
    {
        let sizes: Vec<usize> = data.actors.iter().map(set_size).collect();
        let (most, least) = (*sizes.iter().max().unwrap(), *sizes.iter().min().unwrap());
        let tenths = (most * 10 + least / 2) / least;
        let expected = if tenths % 10 != 0 || tenths == 10 {
            format!("{}.{}", tenths / 10, tenths % 10)
        } else {
            (tenths / 10).to_string()
        };
        prop_assert_eq!(said, expected, "the spread in: {}", text);
        read += digit_runs(said).len();
    }
    // "Alpha and Bravo: 3 areas (…)."
    if let Some((sets, (s, _))) =
        text.split_once(": ").and_then(|(list, rest)| Some((actors_named(ds, list)?, leading(rest)?)))
    {
        check("an intersection's areas", s, size_of(sets));
        read += 1;
    }
    if let Some((pairs, rest)) = text.split_once(" share ").filter(|(p, _)| !p.starts_with("Selected")) {
        let n = rest.strip_prefix("the most areas of any pair: ").or(rest.strip_prefix("the fewest: ")).unwrap_or(rest);
        if let Some((n, _)) = leading(n) {
            let pairs: Vec<ActorSet> = match pairs.contains('–') {
                true => pairs
                    .split(", ")
                    .flat_map(|p| p.split(" and "))
                    .map(|p| named(ds, &p.replace('–', " and ")))
                    .collect(),
                false => vec![named(ds, pairs)],
            };
            for pair in pairs {
                check("a pair's shared areas", n, held.iter().filter(|m| m.is_superset(pair)).count());
            }
            read += 1;
        }
    }
    for (what, said, is) in checks {
        prop_assert_eq!(said, is, "{} in: {}", what, text);
    }
    Ok(read)
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
        when in 0..3usize,
    ) {
        let ds = random_dataset(&masks, actors);
        let date = |d: &str| Date::parse(d);
        // Every event, a date after them all, or the earlier date against the later one.
        let (from, as_of) = [(None, None), (None, date("2025-01-01")), (date(EARLIER), date("2024-04-30"))][when];
        let state = State {
            actors: ActorSet(shown).and(ds.all_actors()),
            mode: if inclusive { Mode::Inclusive } else { Mode::Exclusive },
            as_of,
            from,
            ..State::default_for(ds)
        };
        let (text, sections, data) = texts(ds, &state);
        // Every number is checked against what its sentence says it counts, and none goes unchecked.
        let undated = |t: &str| ["1 January 2025", "1 January 2023", "30 April 2024"].iter().fold(t.to_string(), |t, d| t.replace(d, ""));
        for said in std::iter::once(&text).chain(sections.iter().flat_map(|s| &s.lines)) {
            let read = check_numbers(ds, &state, &data, &undated(said))?;
            prop_assert_eq!(read, digit_runs(&undated(said)).len(), "a number with no known meaning in: {}", said);
        }
        check_hygiene(&text)?;
        check_names(ds, &data, &text)?;
        // Two to four sentences; comparing, one more says what changed.
        let most = if state.from.is_some() { 5 } else { 4 };
        prop_assert!((1..=most).contains(&sentences(&text)), "{} sentences: {}", sentences(&text), text);
        for line in sections.iter().flat_map(|s| &s.lines) {
            check_hygiene(line)?;
            check_names(ds, &data, line)?;
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

/// What an intersection of the view `query` opens says of the partnerships behind it.
fn held(query: &str, ids: &[&str]) -> Option<String> {
    let ds = &DATASET;
    let (state, _) = overlap::url_state::parse(query, ds);
    let data = ChartData::of(ds, &state);
    let sets = ActorSet::from_indices(ids.iter().map(|id| ds.actor_by_id(id).unwrap()));
    let x = data.intersection(sets).expect("the intersection is in the chart");
    overlap::describe::marks::held_through(ds, &data, x)
}

#[test]
fn an_intersection_says_through_which_partnerships_actors_without_one_of_their_own_hold_it() {
    // Japan and Canada have no partnership with each other: each holds what they share through others.
    let jp_ca =
        "Japan holds them through partnerships with EU and UK; Canada holds them through a partnership with EU.";
    assert_eq!(held("sets=jp,ca&mode=inclusive", &["jp", "ca"]).as_deref(), Some(jp_ca));
    assert_eq!(
        held("sets=kr,ca&mode=inclusive", &["kr", "ca"]).as_deref(),
        Some("Korea and Canada each hold them through a partnership with EU.")
    );
    // The actors' partners among the intersection's are the ones said.
    assert_eq!(
        held("", &["eu", "jp", "kr"]).as_deref(),
        Some("EU holds them through partnerships with Japan and Korea; Japan and Korea each hold them through a partnership with EU.")
    );
    // Where one partnership of them all links some of the areas, the others are named.
    assert_eq!(
        held("sets=uk,sg&mode=inclusive", &["uk", "sg"]).as_deref(),
        Some("Semiconductors and Standards: UK holds them through a partnership with Japan; Singapore holds them through a partnership with EU.")
    );
    // EU and Japan hold what they alone share through their own partnership: nothing to add.
    assert_eq!(held("sets=eu,jp", &["eu", "jp"]), None);
    // The intersection's sentence says it: the column's readout, the details' heading, the long description.
    let (state, _) = url_state::parse("sets=jp,ca&mode=inclusive&select=jp+ca", &DATASET);
    let (_, sections, _) = texts(&DATASET, &state);
    assert!(section(&sections, "Selection")[0].ends_with(jp_ca), "{sections:?}");
    assert!(section(&sections, "Largest intersections").iter().any(|l| l.ends_with(jp_ca)), "{sections:?}");
}
