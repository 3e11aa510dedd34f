//! The dataset: the build compiles the shipped file in as it is written, and validation catches each kind of mistake
//! an editor makes. (That every quote stands in its source is `tests/sources.rs`, run where the sources are.)

use overlap::dataset::schema::{parse, Problem};
use overlap::dataset::{Date, DATASET, RAW_TOML};
use overlap::named::Named;

/// A small dataset with one of each entry, valid: each test breaks one thing in it.
const GOOD: &str = include_str!("fixtures/small.toml");

fn problems(toml: &str) -> Vec<Problem> {
    parse(toml).1
}

fn assert_rejected(toml: &str, expect: &str) {
    let found = problems(toml);
    assert!(
        found.iter().any(|p| p.message.contains(expect)),
        "expected a problem containing {expect:?}, got {found:?}"
    );
}

/// Two tables, entry for entry: as many entries, each the same.
fn same<T: PartialEq + std::fmt::Debug>(what: &str, compiled: Vec<T>, written: Vec<T>) {
    assert_eq!(compiled.len(), written.len(), "{what}: as many entries");
    for (i, (c, w)) in compiled.iter().zip(&written).enumerate() {
        assert_eq!(c, w, "{what}[{i}]");
    }
}

/// The build refuses a file with problems (build.rs), so the shipped one has none; what is left to check is that the
/// statics it writes say what the file says, entry for entry.
#[test]
fn the_compiled_dataset_is_the_file_entry_for_entry() {
    let (raw, _) = parse(RAW_TOML);
    let ds = &DATASET;
    let date = |d: &Option<String>| d.as_deref().and_then(Date::parse);
    assert_eq!((ds.version, ds.data_as_of), (raw.version.as_str(), Date::parse(&raw.data_as_of).unwrap()));
    same(
        "sources",
        ds.sources.iter().map(|s| (s.id, s.file, s.title, s.publisher, s.language, s.published)).collect(),
        raw.sources
            .iter()
            .map(|s| (&*s.id, &*s.file, &*s.title, &*s.publisher, &*s.language, date(&s.published)))
            .collect(),
    );
    same(
        "actors",
        ds.actors.iter().map(|a| (a.id, a.name, a.short, a.default_visible)).collect(),
        raw.actors.iter().map(|a| (&*a.id, &*a.name, &*a.short, a.default)).collect(),
    );
    same(
        "groups",
        ds.groups.iter().map(|g| (g.id, g.label)).collect(),
        raw.groups.iter().map(|g| (&*g.id, &*g.label)).collect(),
    );
    same(
        "areas",
        ds.areas.iter().map(|a| (a.id, a.label, ds.groups[a.group].id, a.description)).collect(),
        raw.areas.iter().map(|a| (&*a.id, &*a.label, &*a.group, a.description.as_deref())).collect(),
    );
    same(
        "partnerships",
        ds.partnerships
            .iter()
            .map(|p| (p.id, p.name, p.parties.iter().map(|a| ds.actors[a].id).collect::<Vec<_>>(), p.kind, p.note))
            .collect(),
        raw.partnerships
            .iter()
            .map(|p| (&*p.id, &*p.name, p.parties.iter().map(String::as_str).collect(), &*p.kind, p.note.as_deref()))
            .collect(),
    );
    same(
        "events",
        ds.events
            .iter()
            .map(|e| {
                (
                    e.id,
                    ds.partnerships[e.partnership].id,
                    e.label,
                    e.date,
                    e.place,
                    e.note,
                    ds.sources[e.source].id,
                    e.quote,
                )
            })
            .collect(),
        raw.events
            .iter()
            .map(|e| {
                (
                    &*e.id,
                    &*e.partnership,
                    &*e.label,
                    date(&e.date),
                    e.place.as_deref(),
                    e.note.as_deref(),
                    &*e.source,
                    &*e.quote,
                )
            })
            .collect(),
    );
    same(
        "links",
        ds.links
            .iter()
            .map(|l| {
                let ids = (
                    ds.partnerships[l.partnership].id,
                    ds.areas[l.area].id,
                    ds.events[l.event].id,
                    ds.sources[l.source].id,
                );
                (ids, l.quote, l.term, l.grade.name(), l.grade_quote, l.note)
            })
            .collect(),
        raw.links
            .iter()
            .map(|l| {
                let ids = (&*l.partnership, &*l.area, &*l.event, &*l.source);
                (ids, &*l.quote, &*l.term, &*l.grade, &*l.grade_quote, l.note.as_deref())
            })
            .collect(),
    );
}

#[test]
fn the_fixture_is_valid() {
    assert_eq!(problems(GOOD), vec![]);
}

#[test]
fn unknown_ids_are_rejected() {
    assert_rejected(&GOOD.replace("area = \"ai\"", "area = \"chips\""), "unknown area `chips`");
    assert_rejected(&GOOD.replace("parties = [\"eu\", \"jp\"]", "parties = [\"eu\", \"xx\"]"), "unknown party `xx`");
    assert_rejected(&GOOD.replace("group = \"core\"", "group = \"nope\""), "unknown group `nope`");
    assert_rejected(&GOOD.replace("event = \"sign\"", "event = \"nope\""), "unknown event `nope`");
    assert_rejected(
        &GOOD.replace("source = \"s\"\nquote = \"artificial", "source = \"zz\"\nquote = \"artificial"),
        "unknown source `zz`",
    );
}

#[test]
fn duplicate_ids_are_rejected() {
    let twice = GOOD.replace("[[groups]]", "[[groups]]\nid = \"core\"\nlabel = \"Again\"\n\n[[groups]]");
    assert_rejected(&twice, "duplicate id `core`");
}

#[test]
fn a_link_without_quote_or_source_is_rejected() {
    assert_rejected(&GOOD.replace("quote = \"artificial intelligence (AI)\"", "quote = \" \""), "no quote");
    assert_rejected(
        &GOOD.replace("source = \"s\"\nquote = \"artificial", "source = \"\"\nquote = \"artificial"),
        "no source",
    );
    let missing = GOOD.replace("quote = \"artificial intelligence (AI)\"\n", "");
    // A shape error, placed where the entry that lacks the key is, as the reader finds it in the file.
    let shape = &problems(&missing)[0];
    let line = missing.lines().position(|l| l.contains("[[links]]")).unwrap() + 1;
    assert_eq!(
        (shape.place.as_str(), shape.message.as_str()),
        (&*format!("line {line}, column 1"), "missing field `quote`")
    );
}

#[test]
fn a_term_must_occur_in_its_quote() {
    assert_rejected(&GOOD.replace("term = \"AI\"", "term = \"chips\""), "term `chips` does not occur");
}

#[test]
fn bad_dates_are_rejected() {
    for bad in ["2022-13", "2023-02-29", "22-05", "2022-5", "May 2022", "2022-05-01-01", "2022--01"] {
        assert_rejected(&GOOD.replace("date = \"2022-05\"", &format!("date = \"{bad}\"")), "bad date");
    }
    assert_eq!(problems(&GOOD.replace("date = \"2022-05\"", "date = \"2024-02-29\"")), vec![]);
}

#[test]
fn a_broken_file_yields_an_empty_dataset_and_a_problem() {
    let (raw, found) = parse("[[actors]\nid = ");
    assert!(raw.actors.is_empty() && found.len() == 1);
}

#[test]
fn dropped_entries_take_their_dependants_with_them() {
    let (raw, found) = parse(&GOOD.replace("id = \"eu-jp\"", "id = \"EU JP\""));
    assert!(raw.partnerships.is_empty() && raw.events.is_empty() && raw.links.is_empty());
    assert_eq!(found.len(), 3, "{found:?}");
}

#[test]
fn dates_order_by_the_last_day_they_could_mean() {
    let d = |s| Date::parse(s).unwrap();
    assert!(d("2023") > d("2023-06-23"));
    assert!(d("2022-05") < d("2022-06-01"));
    assert_eq!(d("2024-04-30").to_string(), "30 April 2024");
    assert_eq!(d("2022-05").to_string(), "May 2022");
    assert_eq!(d("2022-05").iso(), "2022-05");
}

#[test]
fn date_keys_round_trip_and_order_as_dates_do() {
    let mut all = Vec::new();
    for year in [1999, 2000, 2023, 2024] {
        for month in 0..=12u8 {
            for day in 0..=31u8 {
                all.extend(Date::parse(&Date { year, month, day }.iso()).filter(|p| p.month == month && p.day == day));
            }
        }
    }
    assert!(all.len() > 1400, "{} dates", all.len());
    // The reference order, spelt out: latest possible day first, then the less precise date first.
    let order = |d: &Date| {
        let l = d.latest();
        (l.year, l.month, l.day, d.month, d.day)
    };
    for a in &all {
        assert_eq!(Date::from_key(a.key()), *a);
        for b in all.iter().step_by(7) {
            assert_eq!(a.cmp(b), order(a).cmp(&order(b)), "{a} vs {b}");
        }
    }
}

#[test]
fn a_link_without_a_known_grade_or_the_words_it_is_read_from_is_rejected() {
    assert_rejected(&GOOD.replace("grade = \"agreed\"", "grade = \"firm\""), "grade `firm` is not one of");
    assert_rejected(&GOOD.replace("grade_quote = \"signed in May 2022\"", "grade_quote = \" \""), "no grade_quote");
}

#[test]
fn the_six_actors_are_the_default_and_others_are_not() {
    let defaults: Vec<&str> = DATASET.actors.iter().filter(|a| a.default_visible).map(|a| a.id).collect();
    assert_eq!(defaults, ["eu", "uk", "jp", "kr", "sg", "ca"]);
    assert!(DATASET.actor_by_id("ua").is_some_and(|i| !DATASET.actors[i].default_visible));
}

#[test]
fn an_area_term_must_be_quoted_for_that_area() {
    assert_eq!(problems(&GOOD.replace("group = \"core\"\n", "group = \"core\"\nterms = [\"intelligence\"]\n")), vec![]);
    assert_rejected(
        &GOOD.replace("group = \"core\"\n", "group = \"core\"\nterms = [\"chips\"]\n"),
        "term `chips` is in no quote",
    );
}

#[test]
fn the_citations_file_reads_back_as_the_compiled_in_words() {
    use overlap::dataset::{parse_words, words, CITATIONS_TSV};
    assert_eq!(parse_words(CITATIONS_TSV, &DATASET), Some(words(&DATASET)));
    assert!(words(&DATASET).links.iter().any(|l| l.note.is_some()), "no link note is read back");
    // A file of another version of the data (a line more, or fewer) is refused, not misread.
    assert_eq!(parse_words(&format!("{CITATIONS_TSV}\n"), &DATASET), None);
    assert_eq!(parse_words(CITATIONS_TSV.split_once('\n').unwrap().1, &DATASET), None);
    assert_eq!(parse_words("", &DATASET), None);
}

#[test]
fn area_labels_need_no_escaping_in_json() {
    // `src/bin/marks.rs` writes them into JSON as they are.
    for a in DATASET.areas {
        assert!(!a.label.contains(['"', '\\']) && !a.label.chars().any(char::is_control), "{}", a.label);
    }
}

#[test]
fn the_data_has_a_version_and_a_day_it_was_checked_no_older_than_its_dates() {
    for bad in ["", "2", "1.0.0", "1.x", "v1.0", ".1"] {
        assert_rejected(&GOOD.replace("version = \"2.1\"", &format!("version = \"{bad}\"")), "is not MAJOR.MINOR");
    }
    for bad in ["", "2025", "2025-01", "2025-02-30", "soon"] {
        assert_rejected(
            &GOOD.replace("data_as_of = \"2025-01-01\"", &format!("data_as_of = \"{bad}\"")),
            "is not a day",
        );
    }
    assert_rejected(
        &GOOD.replace("data_as_of = \"2025-01-01\"", "data_as_of = \"2022-05-30\""),
        "data_as_of 2022-05-30 is before May 2022, a date the data gives",
    );
    assert_eq!(problems(&GOOD.replace("data_as_of = \"2025-01-01\"", "data_as_of = \"2022-05-31\"")), vec![]);
}

#[test]
fn notes_cite_sources_as_the_page_numbers_them() {
    use overlap::dataset::note::{pieces, problem, Piece};
    let with_note = |note: &str| {
        GOOD.replace(
            "grade_quote = \"signed in May 2022\"",
            &format!("grade_quote = \"signed in May 2022\"\nnote = \"{note}\""),
        )
    };
    assert_eq!(problems(&with_note("Per [1], signed.")), vec![]);
    assert_rejected(&with_note("Per [2], signed."), "cites source [2], but the data has 1 sources");
    assert_rejected(&with_note("Per 000, signed."), "names a source by its file number (000)");
    assert_rejected(
        &GOOD.replace("kind = \"digital partnership\"", "kind = \"digital partnership\"\nnote = \"(001)\""),
        "file number (001)",
    );
    assert_eq!(problem("In 2002 and at 1000 places [sic].", 5), None, "years, numbers and other brackets are words");

    let note = "Date from [4]; place from [2] ('Brussels'). [9] is not a source, nor [x].";
    assert_eq!(
        pieces(note, 5),
        [
            Piece::Words("Date from "),
            Piece::Source(3),
            Piece::Words("; place from "),
            Piece::Source(1),
            Piece::Words(" ('Brussels'). [9] is not a source, nor [x]."),
        ]
    );
    assert_eq!(pieces("[1]'s lead", 5), [Piece::Source(0), Piece::Words("'s lead")]);
    assert_eq!(pieces("", 5), []);
}

#[test]
fn a_source_says_what_is_known_of_it_once() {
    let about: Vec<String> = DATASET.sources.iter().map(|s| s.about()).collect();
    assert_eq!(about[1], "INSTAR · English · undated");
    assert_eq!(about[2], "Dutch · publisher and date not stated");
    assert_eq!(about[4], "Hi-network.com · 27 March 2024 · English");
    assert!(about.iter().all(|a| a.matches("not stated").count() <= 1 && !a.contains('—')), "{about:?}");
}

/// The phrases data/FORMAT.md's grades table allows a `grade`'s grade quote (its third column, in backticks).
fn grade_phrases(grade: &str) -> Vec<String> {
    let format = include_str!("../data/FORMAT.md");
    let row = format.lines().find(|l| l.starts_with(&format!("| `{grade}` |"))).expect("the grade's row");
    let column = row.split(" | ").nth(2).expect("a third column");
    column.split('`').skip(1).step_by(2).map(str::to_lowercase).collect()
}

#[test]
fn grades_rest_on_the_words_of_this_table() {
    let (raw, _) = parse(RAW_TOML);
    for grade in ["agreed", "launched"] {
        let phrases = grade_phrases(grade);
        assert!(phrases.len() >= 3, "{grade}: {phrases:?}");
        let unfounded: Vec<String> = raw
            .links
            .iter()
            .filter(|l| l.grade == grade)
            .filter(|l| {
                let said = l.grade_quote.to_lowercase();
                let named = l
                    .note
                    .as_deref()
                    .is_some_and(|n| n.contains("FORMAT.md's exception") || n.contains("FORMAT.md's rule"));
                !named && !phrases.iter().any(|p| said.contains(p.as_str()))
            })
            .map(|l| format!("{} {}: {:?}", l.partnership, l.area, l.grade_quote))
            .collect();
        assert!(
            unfounded.is_empty(),
            "{grade} links whose grade quote holds no phrase of FORMAT.md's table: {unfounded:#?}"
        );
    }
    // Each use of an exception says so in its link's note: the list of a signed partnership that the sources
    // introduce as an aim (EU–Singapore's), and a team of experts that "will be established".
    let excepted: Vec<_> = raw
        .links
        .iter()
        .filter(|l| l.grade == "agreed" && (l.partnership == "eu-sg" || l.quote.contains("will be established")))
        .collect();
    assert_eq!(excepted.len(), 9, "seven EU–Singapore links and two of the team of experts");
    for l in excepted {
        let note = l.note.as_deref().unwrap_or_default();
        assert!(note.contains("FORMAT.md's exception"), "{} {}: no exception named in {note:?}", l.partnership, l.area);
    }
}

#[test]
fn labels_use_the_sources_words_and_groups_are_told_apart_from_areas() {
    let (raw, _) = parse(RAW_TOML);
    for area in &raw.areas {
        let said: String = raw
            .links
            .iter()
            .filter(|l| l.area == area.id)
            .flat_map(|l| [l.quote.as_str(), l.context.as_deref().unwrap_or_default()])
            .collect::<Vec<_>>()
            .join(" ")
            .to_lowercase();
        let words = area.label.to_lowercase();
        let unsaid: Vec<&str> = words
            .split(|c: char| !c.is_alphanumeric())
            .filter(|w| !w.is_empty() && !["and", "of"].contains(w) && !said.contains(w))
            .collect();
        assert!(
            unsaid.is_empty(),
            "{}: {unsaid:?} of {:?} is in no quote or context of its links",
            area.id,
            area.label
        );
    }
    for group in &raw.groups {
        assert!(raw.areas.iter().all(|a| a.label != group.label), "group and area both labelled {:?}", group.label);
    }
}
