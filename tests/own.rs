//! A file in Overlap's own format opened in the page: told from set data by its content, checked as the build checks
//! the built-in data (a problem named with its line), and made a dataset that charts, dates, grades, groups and cites
//! as the built-in one does.

use overlap::dataset::{By, Date, DATASET, RAW_TOML};
use overlap::reader::dataset::{decode, encode, words_of};
use overlap::reader::link::{pack, unpack};
use overlap::reader::own::is_own;
use overlap::reader::{open, Format, Opened, Options};
use overlap::state::State;
use overlap::url_state::parse;
use overlap::view_model::ChartData;
use proptest::prelude::*;

const DAY: Date = Date { year: 2026, month: 12, day: 3 };

fn opened(text: &str) -> Opened {
    open(text.as_bytes(), Options::default()).unwrap_or_else(|e| panic!("{e}"))
}

fn refused(text: &str) -> String {
    open(text.as_bytes(), Options::default()).map(|o| o.format()).unwrap_err().to_string()
}

#[test]
fn the_format_is_told_from_the_content() {
    for own in [
        "version = \"1.0\"\n",
        "# a comment\n\n[[actors]]\nid = \"eu\"\n",
        "\u{feff}data_as_of=\"2026\"",
        "n = 3\n",
        "[[ links ]] # x",
    ] {
        assert!(is_own(own.trim_start_matches('\u{feff}')), "{own:?}");
    }
    for sets in [
        "element,set\nx,A\n",
        "gene\tA\tB\nx\t1\t0\n",
        "[x],A,B\ny,1,0\n",
        "gene,a=b\nx,1\n",
        "# x\ny,1\n",
        "a=b,c\nx,1\n",
        "[A],[B]\nx,1\n",
        "x = 1,A\ny,1,0\n",
    ] {
        assert!(!is_own(sets), "{sets:?}");
    }
    assert_eq!(opened(RAW_TOML).format(), Format::Own);
    assert_eq!(Format::Own.to_string(), "Overlap's own format (TOML)");
}

/// The repository's own data file, opened as a reader would open their copy of it, is the built-in dataset: the same
/// sets, areas, dates, grades, groups and sources, charted the same in every view, with the same words to cite.
#[test]
fn the_built_in_data_file_opened_in_the_page_is_the_built_in_dataset() {
    let data = opened(RAW_TOML);
    let text = encode(data, "overlap.toml", None);
    assert_eq!(words_of(&text), overlap::dataset::CITATIONS_TSV, "the words the details panel cites");
    let ds = decode(text, DAY).unwrap();
    let b = &DATASET;
    let actors = |d: &overlap::dataset::Dataset| -> Vec<(&str, &str, &str, bool)> {
        d.actors.iter().map(|a| (a.id, a.name, a.short, a.default_visible)).collect()
    };
    assert_eq!(actors(ds), actors(b));
    let areas = |d: &overlap::dataset::Dataset| -> Vec<(&str, &str, usize, Vec<&str>)> {
        d.areas.iter().map(|a| (a.id, a.label, a.group, a.terms.to_vec())).collect()
    };
    assert_eq!(areas(ds), areas(b));
    assert_eq!(
        ds.groups.iter().map(|g| (g.id, g.label)).collect::<Vec<_>>(),
        b.groups.iter().map(|g| (g.id, g.label)).collect::<Vec<_>>()
    );
    let partnerships = |d: &overlap::dataset::Dataset| -> Vec<(&str, &str, u64)> {
        d.partnerships.iter().map(|p| (p.id, p.name, p.parties.0)).collect()
    };
    assert_eq!(partnerships(ds), partnerships(b));
    let sources = |d: &overlap::dataset::Dataset| -> Vec<String> {
        d.sources.iter().map(|s| format!("{} {} {} {}", s.id, s.title, s.about(), s.kind)).collect()
    };
    assert_eq!(sources(ds), sources(b));
    let events = |d: &overlap::dataset::Dataset| -> Vec<String> {
        d.events
            .iter()
            .map(|e| {
                format!("{} {} {:?} {} {:?} {:?} {}", e.id, e.partnership, e.kind, e.label, e.date, e.place, e.source)
            })
            .collect()
    };
    assert_eq!(events(ds), events(b));
    let links = |d: &overlap::dataset::Dataset| -> Vec<(usize, usize, usize, usize, overlap::dataset::Grade)> {
        d.links.iter().map(|l| (l.partnership, l.area, l.event, l.source, l.grade)).collect()
    };
    assert_eq!(links(ds), links(b));
    assert!(ds.memberships.is_empty());
    assert_eq!((ds.set_noun, ds.element_noun), (b.set_noun, b.element_noun));
    assert_eq!(ds.timeline(), b.timeline());
    // Counted by partnership, as the build counts it, and back.
    let (theirs, ours) = (ds.counted(By::Partnership), b.counted(By::Partnership));
    assert_eq!(actors(theirs), actors(ours));
    assert_eq!(partnerships(theirs), partnerships(ours));
    assert!(std::ptr::eq(theirs.counted(By::Actor), ds));
    for query in [
        "",
        "by=partnership",
        "firm=agreed",
        "asof=2023-07-04",
        "from=2023-07-04&to=2024-04-30",
        "mode=inclusive&group=connectivity",
        "q=chips",
        "view=matrix&sets=eu+jp+kr",
    ] {
        let chart = |d| {
            let (state, notices) = parse(query, d);
            assert!(notices.is_empty(), "{query}: {notices:?}");
            let data = ChartData::of(d, &state);
            let xs: Vec<(u64, Vec<&str>)> = data
                .intersections
                .iter()
                .map(|x| (x.sets.0, data.areas_of(x).map(|a| d.areas[a].id).collect()))
                .collect();
            (xs, data.set_sizes.clone(), data.comparison.as_ref().map(|c| c.changes.len()))
        };
        assert_eq!(chart(ds), chart(b), "{query}");
    }
    assert_eq!(
        ds.version_note(),
        format!("Data supplied by the reader (overlap.toml, content {}), opened 3 December 2026", ds.version)
    );
    assert_eq!(State::default_for(ds).actors, State::default_for(b).actors);
}

#[test]
fn a_problem_is_named_with_its_line_as_the_build_names_it() {
    let syntax = RAW_TOML.replacen("data_as_of = ", "data_as_of = = ", 1);
    let line = syntax.lines().position(|l| l.starts_with("data_as_of")).unwrap() + 1;
    assert!(refused(&syntax).starts_with(&format!("line {line}, column 14: ")), "{}", refused(&syntax));
    // The fourth link names an area there is not.
    let fourth = RAW_TOML.match_indices("[[links]]").nth(3).unwrap().0;
    let start = fourth + RAW_TOML[fourth..].find("area = \"").unwrap() + "area = \"".len();
    let end = start + RAW_TOML[start..].find('"').unwrap();
    let mut unknown = RAW_TOML.to_string();
    unknown.replace_range(start..end, "no-such-area");
    let line = 1 + RAW_TOML[..fourth].matches('\n').count();
    assert_eq!(refused(&unknown), format!("line {line}, the 4th [[links]] entry: unknown area `no-such-area`"),);
    // A header as TOML may also write it, spaced and commented, is found all the same.
    let spaced = unknown.replacen("[[links]]", "[[ links ]] # the first", 1);
    assert_eq!(refused(&spaced), refused(&unknown));
    let two = unknown.replacen("version = \"", "version = \"x", 1);
    assert!(refused(&two).ends_with(" (and 1 more problem)"), "{}", refused(&two));
    let quote = RAW_TOML.replacen("grade_quote = \"", "grade_quote = \"\\t", 1);
    assert!(refused(&quote).contains("its grade_quote has a tab or a line break"), "{}", refused(&quote));
}

#[test]
fn a_link_carries_the_file_s_own_text() {
    let cut = include_str!("fixtures/small.toml");
    let Opened::Own(own) = opened(cut) else { panic!("own format") };
    let packed = pack(&own.text, "mine.toml").unwrap();
    let (from, back) = unpack(&packed).unwrap();
    let Opened::Own(back) = back else { panic!("own format") };
    assert_eq!((from.as_str(), back.text.as_str()), ("mine.toml", cut));
    // The whole built-in data file, 58 KB, packs into a link too.
    assert!(pack(RAW_TOML, "overlap.toml").is_some_and(|p| p.len() <= overlap::reader::link::MAX_PACKED));
}

proptest! {
    #[test]
    fn no_text_in_the_own_format_s_shape_makes_opening_panic(text in "(version = |\\[\\[links\\]\\]\n|area = |[a-z\"= \n\\[\\]#]){0,40}") {
        if let Ok(data) = open(text.as_bytes(), Options::default()) {
            let _ = decode(encode(data, "f", None), DAY);
        }
    }
}

/// A reader's data has no list of sources at the foot of the page: the details panel and the changes list name the
/// sources they cite, and only those, at their end; the built-in data's panels link to the page's list instead.
#[test]
fn a_reader_s_panels_name_the_sources_they_cite() {
    use overlap::dataset::{parse_words, CITATIONS_TSV};
    use overlap::present::{changes, details};
    let ds = decode(encode(opened(RAW_TOML), "mine.toml", None), DAY).unwrap();
    let words = parse_words(CITATIONS_TSV, ds).unwrap();
    let panel = details::markup_of_query(ds, "select=eu+jp+kr", Some(&words));
    let (body, list) = panel.split_once("<h4>Sources</h4>").expect("a list of sources");
    assert!(!body.contains("href=\"#source-"), "a citation links to the page's list of the built-in sources");
    for (i, s) in ds.sources.iter().enumerate() {
        let cited = body.contains(&format!("\">[{}]</span>", i + 1));
        assert_eq!(list.contains(&format!("<cite>{}</cite>", s.title)), cited, "source [{}]", i + 1);
    }
    assert!(list.contains("<span class=\"about\">Overview · English · publisher and date not stated</span>"), "{list}");
    let compared = changes::markup_of_query(ds, "from=2023-07-04&to=2024-04-30", Some(&words));
    assert!(compared.contains("<h4>Sources</h4>"), "{compared}");
    let built_in = details::markup_of_query(&DATASET, "select=eu+jp+kr", Some(&words));
    assert!(built_in.contains("href=\"#source-") && !built_in.contains("<h4>Sources</h4>"));
}

/// The exported picture of a reader's data names it as supplied by the reader, not as Overlap's.
#[test]
fn a_reader_s_picture_names_its_data() {
    use overlap::picture::{of_view, palette};
    let ds = decode(encode(opened(RAW_TOML), "mine.toml", None), DAY).unwrap();
    let (state, _) = parse("agg=degree", ds);
    let sheet = palette(include_str!("../static/style.css")).unwrap();
    let svg = of_view(ds, &state, &ChartData::of(ds, &state), "", &sheet).unwrap().document();
    let said =
        format!("Source: Data supplied by the reader (mine.toml, content {}), opened 3 December 2026", ds.version);
    assert!(svg.contains(&said), "{svg}");
}

/// A source's language becomes the `lang` of the page's quotes: one that is no language code is refused, and the
/// panels escape it all the same.
#[test]
fn a_language_that_is_no_code_is_refused() {
    let small = include_str!("fixtures/small.toml");
    let hostile = small.replace("language = \"en\"", "language = \"en\\\"><img src=x onerror=alert(1)>\"");
    assert!(refused(&hostile).contains("is not a language code"), "{}", refused(&hostile));
}

/// Text the app decodes holds no set past its sets: 65 sets, or a mask with a bit past the last set, is no dataset.
#[test]
fn decoding_refuses_sets_past_the_sixty_fourth_and_masks_past_the_sets() {
    let about = "f\u{1f}v\u{1f}t\u{1f}";
    let actors =
        |n: usize| (0..n).map(|i| format!("s{i}\u{1f}S{i}\u{1f}S{i}\u{1f}1")).collect::<Vec<_>>().join("\u{1f}");
    let text = |n: usize, mask: &str| {
        [about, &actors(n), "all\u{1f}All", "e\u{1f}E\u{1f}0\u{1f}", "", "", "", "", mask, ""].join("\u{1e}")
    };
    assert!(decode(text(2, "3"), DAY).is_some());
    assert!(decode(text(2, "4"), DAY).is_none(), "a mask naming a third set of two");
    assert!(decode(text(65, "1"), DAY).is_none(), "65 sets");
    assert!(decode(text(64, "ffffffffffffffff"), DAY).is_some());
}

/// Were a language to hold markup (the reader's checks refuse it), the panels would show it as text.
#[test]
fn the_panels_escape_a_source_s_language() {
    use overlap::dataset::schema::parse;
    use overlap::present::details;
    use overlap::reader::own::Own;
    let text = include_str!("fixtures/small.toml");
    let (mut raw, problems) = parse(text);
    assert!(problems.is_empty(), "{problems:?}");
    raw.sources[0].language = "en\"><b>x</b>".into();
    let words = overlap::dataset::schema::words(&raw).unwrap();
    let own = Own { raw, text: text.into(), words: words.clone() };
    let ds = decode(encode(Opened::Own(Box::new(own)), "f.toml", None), DAY).unwrap();
    let words = overlap::dataset::parse_words(&words, ds).unwrap();
    let panel = details::markup_of_query(ds, "select=eu+jp", Some(&words));
    assert!(panel.contains("lang=\"en&quot;&gt;&lt;b&gt;x&lt;/b&gt;\"") && !panel.contains("<b>"), "{panel}");
}
