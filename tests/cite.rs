//! "Cite this view": every format says the view, its URL, the day accessed, the data's version and its sources, with
//! each format's special characters escaped and a key that stays the same for the same view.

use overlap::cite::{bibtex_escape, json_string, Cited};
use overlap::dataset::{Date, DATASET};
use overlap::url_state::parse;
use overlap::view_model::ChartData;

const URL: &str = "https://example.org/overlap/?sets=eu,jp,kr&from=2022-12&to=2024-04-30&v=1.0";

fn with<R>(query: &str, url: &str, f: impl FnOnce(&Cited) -> R) -> R {
    let (state, _) = parse(query, &DATASET);
    let data = ChartData::of(&DATASET, &state);
    f(&Cited::new(&DATASET, &state, &data, url, Date::parse("2026-12-02").unwrap()))
}

#[test]
fn every_format_says_the_view_its_url_the_day_the_version_and_the_sources() {
    let (plain, bibtex, csl) =
        with("sets=eu,jp,kr&from=2022-12&to=2024-04-30", URL, |c| (c.plain(), c.bibtex(), c.csl_json()));
    let title = "Shared technology areas of EU, Japan and Korea, December 2022 and 30 April 2024 compared";
    let source = "INSTAR summary of the second EU–Japan Digital Partnership Council";
    assert_eq!(
        plain,
        format!(
            "Overlap. ({}). {title} [Interactive chart; dataset version {}, data as of {}]. Retrieved 2 December 2026, \
             from {URL}. Sources: {}.",
            DATASET.data_as_of.year,
            DATASET.version,
            DATASET.data_as_of,
            ["eu-jp-council2-instar", "eu-jp-council2-nl", "eu-dp-overview", "eu-kr-council2-news"]
                .map(|id| DATASET.sources.iter().find(|s| s.id == id).unwrap())
                .map(|s| format!("{} [{}]", s.title, s.kind))
                .join("; ")
        )
    );
    for text in [&bibtex, &csl] {
        for part in [title, URL, DATASET.version, source, "2026-12-02"] {
            // CSL-JSON gives dates as parts.
            let part = if text == &csl && part == "2026-12-02" { "[[2026, 12, 2]]" } else { part };
            assert!(text.contains(part), "{part} is missing from {text}");
        }
    }
    assert!(bibtex.starts_with("@misc{overlap-") && bibtex.contains("  urldate = {2026-12-02},\n"), "{bibtex}");
    assert!(csl.contains("\"type\": \"dataset\"") && csl.contains("\"version\": \""), "{csl}");
    // What is selected is said, with the partnerships behind it.
    let selected = with("select=eu+jp+kr", URL, |c| c.plain());
    let said = "Selected: EU, Japan and Korea share 3 areas that no other actor shown has: High-performance computing; \
                5G, 6G and beyond; and Online platforms. EU holds them through partnerships with Japan and Korea; Japan \
                and Korea each hold them through a partnership with EU. Sources: ";
    assert!(selected.contains(&format!("from {URL}. {said}")), "{selected}");
    assert!(selected.contains(" [Meeting summary by INSTAR, which says it supports the Digital Partnerships]; "));
    // Without actors, no source stands behind the view.
    assert!(!with("sets=", URL, |c| c.plain()).contains("Sources:"));
}

#[test]
fn bibtex_and_json_escape_their_special_characters() {
    assert_eq!(
        bibtex_escape("R&D {50%} $#_ ~^\\"),
        "R\\&D \\{50\\%\\} \\$\\#\\_ \\textasciitilde{}\\textasciicircum{}\\textbackslash{}"
    );
    assert_eq!(json_string("say \"hi\"\\\n\u{1}é"), "\"say \\\"hi\\\"\\\\\\u000a\\u0001é\"");
    // A URL stays verbatim in BibTeX, but cannot open or close a field.
    let bibtex = with("", "https://x.org/a{b}?q=50%25&v=1.0", |c| c.bibtex());
    assert!(bibtex.contains("  url = {https://x.org/a%7Bb%7D?q=50%25&v=1.0},\n"), "{bibtex}");
    let depth = bibtex.chars().try_fold(0i32, |d, c| match c {
        '{' => Some(d + 1),
        '}' if d == 0 => None,
        '}' => Some(d - 1),
        _ => Some(d),
    });
    assert_eq!(depth, Some(0), "balanced braces: {bibtex}");
}

#[test]
fn the_key_is_the_same_for_the_same_view_and_differs_for_another() {
    let key = |q: &str, url: &str| with(q, url, |c| c.key());
    let a = key("sets=eu,jp", "https://a.org/?sets=eu,jp&v=1.0");
    assert_eq!(a, key("sets=eu,jp", "https://a.org/?sets=eu,jp&v=1.0"));
    assert_eq!(a, key("sets=eu,jp", "https://elsewhere.net/overlap/?sets=eu,jp&v=1.0"), "the host does not matter");
    assert_ne!(a, key("sets=eu,kr", "https://a.org/?sets=eu,kr&v=1.0"));
    assert!(
        a.starts_with(&format!("overlap-{}-", DATASET.version))
            && a.len() == "overlap-".len() + DATASET.version.len() + 9
    );
    assert!(a.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'.'), "a BibTeX-safe key: {a}");
}

#[test]
fn the_readme_gives_the_default_views_key() {
    let state = overlap::state::State::default_for(&DATASET);
    let url = "https://example.org/?".to_string() + &overlap::url_state::shared(&state, &DATASET);
    let key = with("", &url, |c| c.key());
    let readme = include_str!("../README.md").split_whitespace().collect::<Vec<_>>().join(" ");
    assert!(readme.contains(&format!("`{key}` for the default view")), "the README's key is not {key}");
}

#[test]
fn the_publishing_module_cites_the_view_its_query_opens() {
    let day = Date::parse("2026-12-02").unwrap();
    let query = "sets=eu,jp,kr&from=2022-12&to=2024-04-30&v=1.1";
    let made = overlap::cite::of_query(&DATASET, query, URL, day);
    let shown = with(query, URL, |c| [c.plain(), c.bibtex(), c.csl_json()]);
    assert_eq!(made, shown);
    assert!(made[0].contains("December 2022 and 30 April 2024 compared"), "{}", made[0]);
}
