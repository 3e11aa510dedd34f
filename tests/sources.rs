//! The dataset against its source documents: every quote stands in the document it names, and a quote that stands
//! more than once says which place it means. The documents are in the project's workspace beside the repository, not
//! in a user's clone, so this runs apart from `cargo test` (Cargo.toml: `test = false`): scripts/check-sources.sh runs
//! it where they are, and says in one line when they are not (which `.ci/run` makes a failure).

use overlap::dataset::schema::parse;
use overlap::dataset::{DATASET, RAW_TOML};
use std::path::PathBuf;

fn fold(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// The source documents, white space folded, by file name; a test without them fails.
fn seeds() -> Vec<(String, String)> {
    let shared = std::env::var_os("OVERLAP_SHARED").map_or_else(|| PathBuf::from("../shared"), PathBuf::from);
    let dir = shared.join("seeds");
    assert!(dir.is_dir(), "no source documents at {} (set OVERLAP_SHARED)", dir.display());
    let mut files: Vec<(String, String)> = std::fs::read_dir(&dir)
        .expect("seeds folder")
        .map(|e| e.expect("seed entry").path())
        .filter(|p| p.extension().is_some_and(|x| x == "txt"))
        .map(|p| (p.file_name().unwrap().to_string_lossy().into_owned(), fold(&std::fs::read_to_string(&p).unwrap())))
        .collect();
    files.sort();
    files
}

/// Every quote, and every phrase a grade is read from, stands verbatim (white space folded) in the very document its
/// `source` names.
#[test]
fn every_quote_is_in_its_named_source() {
    let seeds = seeds();
    let text = |source: usize| &seeds.iter().find(|(f, _)| f == DATASET.sources[source].file).expect("source file").1;
    let cited = DATASET
        .links
        .iter()
        .flat_map(|l| [(l.source, l.quote), (l.source, l.grade_quote)])
        .chain(DATASET.events.iter().map(|e| (e.source, e.quote)));
    for (source, quote) in cited {
        assert!(text(source).contains(&fold(quote)), "not in {}: {quote}", DATASET.sources[source].file);
    }
}

/// A quote that stands more than once in the sources (a bare list item such as "Semiconductors") says which place
/// it means by a context: a phrase found once in all the sources, in the quote's own document, that the quote follows
/// within 1,500 characters (as ../shared/tools/check-quotes reads it).
#[test]
fn every_ambiguous_quote_has_a_context_that_finds_it() {
    let seeds = seeds();
    let (raw, _) = parse(RAW_TOML);
    let count = |phrase: &str| seeds.iter().map(|(_, t)| t.matches(&fold(phrase)).count()).sum::<usize>();
    let file = |source: &str| raw.sources.iter().find(|s| s.id == source).map(|s| s.file.clone()).unwrap();
    let links = raw.links.iter().enumerate().map(|(i, l)| (format!("links[{i}]"), &l.source, &l.quote, &l.context));
    let events = raw.events.iter().map(|e| (format!("events `{}`", e.id), &e.source, &e.quote, &e.context));
    for (place, source, quote, context) in links.chain(events) {
        let Some(context) = context else {
            assert!(
                count(quote) == 1,
                "{place}: “{quote}” stands {} times in the sources and has no context",
                count(quote)
            );
            continue;
        };
        assert_eq!(count(context), 1, "{place}: the context “{context}” must stand exactly once in the sources");
        let text = &seeds.iter().find(|(f, _)| *f == file(source)).expect("source file").1;
        let at =
            text.find(&fold(context)).unwrap_or_else(|| panic!("{place}: the context is not in the quote's source"));
        let reach = &text[at..(at + fold(context).len() + 1500).min(text.len())];
        assert!(reach.contains(&fold(quote)), "{place}: “{quote}” does not follow its context within 1,500 characters");
    }
}
