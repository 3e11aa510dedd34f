//! The chart as a picture that stands on its own: title, chart, key, source line and link, cropped to its content,
//! in the light palette, for every view that is a picture.

use overlap::dataset::DATASET;
use overlap::picture::{of_view, palette, wrap, Picture};
use overlap::state::State;
use overlap::url_state::parse;
use overlap::view_model::ChartData;

const SHEET: &str = include_str!("../static/style.css");

fn drawn(query: &str, link: &str) -> Result<Picture, String> {
    let (state, notices): (State, _) = parse(query, &DATASET);
    assert!(notices.is_empty(), "{notices:?}");
    let data = ChartData::of(&DATASET, &state);
    of_view(&DATASET, &state, &data, link, &palette(SHEET).unwrap())
}

/// The text of every `<text>` element, in order.
fn texts(svg: &str) -> Vec<String> {
    svg.split("<text").skip(1).map(|t| t[t.find('>').unwrap() + 1..t.find("</text>").unwrap()].to_string()).collect()
}

#[test]
fn the_upset_picture_carries_title_names_key_source_and_link() {
    let link = "https://example.org/overlap/?sets=eu,jp,kr&q=var(--bg)";
    let p = drawn("sets=eu,jp,kr", link).unwrap();
    let svg = p.document();
    let t = texts(&svg);
    assert_eq!(t[0], "Shared technology areas of EU, Japan and Korea");
    // Each area name on a line of its own, commas and all.
    for name in ["5G, 6G and beyond", "Data flows, spaces &amp; governance", "High-performance computing"] {
        assert!(t.iter().any(|l| l == name), "{name} on its own line: {t:?}");
    }
    for key in ["agreed or launched", "partly", "being explored", "an aspiration only"] {
        assert!(t.iter().any(|l| l == key), "the key says {key}");
    }
    assert!(t.iter().any(|l| l == "Source: Overlap, data version 1.1, as of 3 December 2026"), "{t:?}");
    assert!(svg.contains("<a href=\"https://example.org/overlap/?sets=eu,jp,kr&amp;q=var&#40;--bg)\">"), "{svg}");
    assert!(!svg.contains("var(--"), "every colour written in, and the link's text left alone: {svg}");
    assert!(svg.contains("<desc>") && svg.contains("<title>Shared technology areas of EU, Japan and Korea</title>"));
    assert!(!svg.contains("#15171a"), "drawn in the light palette");
}

#[test]
fn the_picture_is_cropped_to_what_it_holds() {
    let small = drawn("sets=eu,jp", "").unwrap();
    let large = drawn("", "").unwrap();
    assert!(small.height < large.height, "{} < {}", small.height, large.height);
    // The last line (the source) ends less than two lines above the bottom.
    let svg = large.document();
    let last_y: f64 = svg.rsplit("<text x=\"20\" y=\"").next().unwrap().split('"').next().unwrap().parse().unwrap();
    assert!(large.height - last_y < 34.0, "{} vs {last_y}", large.height);
    assert!(svg.starts_with(&format!("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{}\"", large.width)));
}

#[test]
fn grouped_by_degree_the_picture_draws_each_group_s_header_and_only_expanded_groups_columns() {
    let t = texts(&drawn("agg=degree&collapsed=3", "").unwrap().document());
    let headers: Vec<&String> = t.iter().filter(|l| l.starts_with('▾') || l.starts_with('▸')).collect();
    assert_eq!(
        headers,
        [
            "▾ 2 actors · 5 intersections · 5 areas",
            "▸ 3 actors · 5 intersections · 7 areas",
            "▾ 4 actors · 2 intersections · 4 areas",
            "▾ 5 actors · 3 intersections · 4 areas",
            "▾ 6 actors · 1 intersection · 1 area"
        ]
    );
    // Fintech's intersection (two actors) is drawn, under its group; that of EU, Japan and Korea is collapsed.
    let at = |name: &str| t.iter().position(|l| l == name);
    assert!(at("Fintech").is_some_and(|i| i > at(headers[0]).unwrap() && i < at(headers[1]).unwrap()), "{t:?}");
    assert_eq!(at("High-performance computing"), None, "{t:?}");
}

#[test]
fn comparing_the_picture_says_both_dates_and_where_areas_went() {
    let t = texts(&drawn("from=2023&to=2024-04-30", "").unwrap().document());
    assert!(t.iter().any(|l| l == "−2, moved to EU · Japan · Korea:"), "{t:?}");
    assert!(t.iter().any(|l| l.contains("Solid bars: 30 April 2024.")), "{t:?}");
}

#[test]
fn the_venn_picture_and_what_has_none() {
    let t = texts(&drawn("sets=jp,kr,ca&view=venn", "").unwrap().document());
    assert!(["Japan", "Korea", "Canada"].iter().all(|n| t.iter().any(|l| l == n)), "{t:?}");
    assert!(drawn("view=matrix", "").is_err(), "the table is no picture");
    assert!(drawn("sets=", "").is_err(), "nor is a chart without actors");
}

#[test]
fn words_wrap_at_spaces_and_a_long_word_keeps_its_line() {
    assert_eq!(wrap("aaa bbb ccc", 60.0, 10.0), ["aaa bbb", "ccc"]);
    assert_eq!(wrap("abcdefghijklmnop q", 30.0, 10.0), ["abcdefghijklmnop", "q"]);
}

#[test]
fn the_palette_is_read_from_a_minified_sheet_too() {
    let minified = ":root{color-scheme:light dark;--bg:#fff;--fg:#111}:root[data-embed]{--bg:#000}";
    assert_eq!(palette(minified).unwrap(), [("--bg", "#fff"), ("--fg", "#111")]);
    assert!(palette(".a{color:red}").is_err());
}
