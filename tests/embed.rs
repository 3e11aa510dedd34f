//! Embedding a view: the embed flag in the URL, the embed page's and the full view's addresses, the snippet (escaped,
//! its script the same for every view) and the credit line.

use overlap::dataset::DATASET;
use overlap::embed::{embed_url, full_view_url, snippet, Credit, ASK_MESSAGE, HEIGHT_MESSAGE, HOST_SCRIPT, PAGE};
use overlap::html::escape;
use overlap::state::State;
use overlap::url_state::{parse, render};
use overlap::view_model::ChartData;

fn state(query: &str) -> State {
    let (state, notices) = parse(query, &DATASET);
    assert!(notices.is_empty(), "{query}: {notices:?}");
    state
}

#[test]
fn the_embed_flag_comes_first_without_a_value_and_survives_the_round_trip() {
    for query in
        ["embed", "embed&sets=eu,jp", "embed&sets=", "embed&sets=eu,jp&from=2022-12&to=2024-04-30&select=eu+jp"]
    {
        let s = state(query);
        assert!(s.embed, "{query}");
        assert_eq!(render(&s, &DATASET), query);
    }
    // Where it is written and how it is spelt do not matter; the canonical URL puts it first.
    assert_eq!(render(&state("sets=eu,jp&embed=1"), &DATASET), "embed&sets=eu,jp");
    assert_eq!(render(&state("view=matrix&embed=true"), &DATASET), "embed&view=matrix");
    assert!(!state("sets=eu,jp").embed);
}

#[test]
fn an_embed_flag_with_a_value_is_ignored_and_named() {
    let (s, notices) = parse("embed=no&sets=eu,jp", &DATASET);
    assert!(!s.embed);
    assert_eq!(notices, ["Ignored the value “no” (it takes none) in “embed”."]);
}

#[test]
fn the_embed_page_sits_beside_the_main_page_and_the_full_view_beside_the_embed_page() {
    let s = state("sets=eu,jp,kr&select=eu+jp");
    let v = "&v=".to_string() + DATASET.version;
    for page in ["https://example.org/tools/overlap/", "https://example.org/tools/overlap/index.html?sets=eu#source-x"]
    {
        let embed = embed_url(page, &s, &DATASET);
        assert_eq!(embed, format!("https://example.org/tools/overlap/{PAGE}?embed&sets=eu,jp,kr&select=eu+jp{v}"));
        // The embedded page's own state says `embed`; its link to the full view leaves it out.
        let embedded = state(embed.split_once('?').unwrap().1);
        assert_eq!(
            full_view_url(&embed, &embedded, &DATASET),
            format!("https://example.org/tools/overlap/?sets=eu,jp,kr&select=eu+jp{v}")
        );
    }
    let default = State::default_for(&DATASET);
    assert_eq!(embed_url("https://example.org/", &default, &DATASET), format!("https://example.org/{PAGE}?embed{v}"));
    assert_eq!(
        full_view_url("https://example.org/embed.html?embed", &default, &DATASET),
        format!("https://example.org/?{}", &v[1..])
    );
}

#[test]
fn the_snippet_is_an_escaped_named_iframe_and_a_script_that_is_the_same_for_every_view() {
    let script = format!("<script>{HOST_SCRIPT}</script>");
    let mut scripts = Vec::new();
    for query in ["", "sets=eu,jp,kr&q=chips+%26+5G", "sets=eu,jp&from=2022-12&to=2024-04-30"] {
        let s = state(query);
        let data = ChartData::of(&DATASET, &s);
        let code = snippet(&DATASET, &s, &data, "https://example.org/o/");
        let src = escape(&embed_url("https://example.org/o/", &s, &DATASET));
        assert!(
            code.starts_with(&format!(
                "<iframe data-overlap src=\"{src}\" title=\"Overlap: Shared technology areas of "
            )),
            "{code}"
        );
        assert!(!src.contains("&v") && src.contains("&amp;v="), "{src}");
        assert_eq!(code.matches("<script>").count(), 1, "{code}");
        scripts.push(code[code.find("<script>").unwrap()..].to_string());
    }
    assert!(scripts.iter().all(|s| *s == script), "{scripts:?}");
    assert!(HOST_SCRIPT.contains(&format!("\"{HEIGHT_MESSAGE}\"")), "the script listens for another message");
    assert!(HOST_SCRIPT.contains(&format!("{{type:\"{ASK_MESSAGE}\"}}")), "the script asks with another message");
    let compared = state("sets=eu,jp&from=2022-12&to=2024-04-30");
    let code = snippet(&DATASET, &compared, &ChartData::of(&DATASET, &compared), "https://example.org/");
    assert!(
        code.contains(
            "title=\"Overlap: Shared technology areas of EU and Japan, December 2022 and 30 April 2024 compared\""
        ),
        "{code}"
    );
}

#[test]
fn attributes_escape_what_would_end_or_open_markup() {
    assert_eq!(escape(r#"a & "b" <c>"#), "a &amp; &quot;b&quot; &lt;c&gt;");
}

#[test]
fn the_credit_names_the_views_sources_by_their_numbers_and_the_datas_version() {
    // Korea's one partnership is the EU's, whose links cite the overview [4] and the council report [5] (the data
    // file's fourth and fifth sources); Ukraine's is the UK's, cited by the UK–Japan news report [1] alone.
    let credit = |query: &str| Credit::new(&DATASET, &ChartData::of(&DATASET, &state(query)));
    let titled = |n: usize| (n, DATASET.sources[n - 1].id, DATASET.sources[n - 1].title);
    assert_eq!(credit("sets=kr").sources, [titled(4), titled(5)]);
    assert_eq!(titled(4).1, "eu-dp-overview");
    assert_eq!(titled(5).1, "eu-kr-council2-news");
    assert_eq!(credit("sets=ua").sources, [titled(1)]);
    let data = format!("Data version {}, as of {}", DATASET.version, DATASET.data_as_of);
    assert_eq!(
        credit("sets=ua").text(),
        format!("Overlap · Sources: [1] {} · {data} · Open full view ↗", DATASET.sources[0].title)
    );
    // No actor shown, no link shown: no sources to name.
    assert_eq!(credit("sets=").text(), format!("Overlap · {data} · Open full view ↗"));
}
