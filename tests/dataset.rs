//! The dataset: the shipped file is valid and cited, and validation catches each kind of mistake an editor makes.

use overlap::dataset::schema::{parse, Problem};
use overlap::dataset::{Date, DATASET, RAW_TOML};
use std::path::PathBuf;

const GOOD: &str = r#"
[[sources]]
id = "s"
file = "a.txt"
title = "T"
publisher = "P"
language = "en"

[[actors]]
id = "eu"
name = "European Union"
short = "EU"
default = true

[[actors]]
id = "jp"
name = "Japan"
short = "Japan"
default = true

[[groups]]
id = "core"
label = "Core"

[[areas]]
id = "ai"
label = "AI"
group = "core"

[[partnerships]]
id = "eu-jp"
name = "EU-Japan"
parties = ["eu", "jp"]
kind = "digital partnership"

[[events]]
id = "sign"
partnership = "eu-jp"
kind = "signing"
label = "Signed"
date = "2022-05"
source = "s"
quote = "signed in May 2022"

[[links]]
partnership = "eu-jp"
area = "ai"
event = "sign"
source = "s"
quote = "artificial intelligence (AI)"
term = "AI"
"#;

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

#[test]
fn the_shipped_dataset_is_valid() {
    let (raw, found) = parse(RAW_TOML);
    assert!(
        found.is_empty(),
        "data/overlap.toml has problems:\n{}",
        found.iter().map(|p| format!("  {p}\n")).collect::<String>()
    );
    assert_eq!(raw.links.len(), DATASET.links.len(), "the compiled copy holds every link");
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
    assert_eq!(problems(&missing)[0].place, "data file", "a missing key is a shape error");
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

/// Every quote stands verbatim (white space folded) in the very document its `source` names. The documents are in
/// the project workspace beside the repository, not in a user's clone: `make test` says in one line when it cannot
/// check them (scripts/check-sources.sh), and `OVERLAP_REQUIRE_SOURCES=1` (set by .ci/run) turns the skip into a failure.
#[test]
fn every_quote_is_in_its_named_source() {
    let shared = std::env::var_os("OVERLAP_SHARED").map_or_else(|| PathBuf::from("../shared"), PathBuf::from);
    let seeds = shared.join("seeds");
    if !seeds.is_dir() {
        assert!(
            std::env::var("OVERLAP_REQUIRE_SOURCES").as_deref() != Ok("1"),
            "no source documents at {}",
            seeds.display()
        );
        eprintln!("skipped: no source documents at {} (set OVERLAP_SHARED)", seeds.display());
        return;
    }
    let fold = |s: &str| s.split_whitespace().collect::<Vec<_>>().join(" ");
    let text =
        |source: usize| fold(&std::fs::read_to_string(seeds.join(DATASET.sources[source].file)).expect("source file"));
    let cited =
        DATASET.links.iter().map(|l| (l.source, l.quote)).chain(DATASET.events.iter().map(|e| (e.source, e.quote)));
    for (source, quote) in cited {
        assert!(text(source).contains(&fold(quote)), "not in {}: {quote}", DATASET.sources[source].file);
    }
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
