//! Reading a reader's own set data: every format, every error with its line and column, and no input of any kind
//! that panics (random bytes, very wide and very long rows, NUL, invalid UTF-8, a header only).

use overlap::reader::ids::ids;
use overlap::reader::{read, Format, Opened, Options, ReadError, SetData, MAX_BYTES, MAX_SETS};
use proptest::prelude::*;

fn ok(text: &str) -> SetData {
    read(text.as_bytes(), Options::default()).unwrap_or_else(|e| panic!("{text:?}: {e}"))
}

fn error(text: &[u8]) -> String {
    match read(text, Options::default()) {
        Err(e) => e.to_string(),
        Ok(d) => panic!("read as {d:?}"),
    }
}

/// Each element with the names of its sets, as "element: a b".
fn memberships(d: &SetData) -> Vec<String> {
    let sets = |m: u64| d.sets.iter().enumerate().filter(move |(i, _)| m >> i & 1 == 1).map(|(_, s)| s.as_str());
    d.elements.iter().zip(&d.masks).map(|(e, &m)| format!("{e}: {}", sets(m).collect::<Vec<_>>().join(" "))).collect()
}

#[test]
fn a_membership_table_in_each_of_its_dialects() {
    let csv = ok("gene,A,B,C\nBRCA1,1,0,x\nTP53,yes,TRUE, \nEGFR,0,,no\n");
    assert_eq!(csv.format, Format::MembershipTable { delimiter: ',' });
    assert_eq!(csv.sets, ["A", "B", "C"]);
    assert_eq!(memberships(&csv), ["BRCA1: A C", "TP53: A B", "EGFR: "]);
    // A BOM, CRLF, quoted fields (with the delimiter, a quote and a line break in them), no final line break.
    let quoted = ok("\u{feff}\"name\",\"Set, one\",B\r\n\"say \"\"hi\"\"\",1,1\r\n\"two\nlines\",0,X");
    assert_eq!(quoted.sets, ["Set, one", "B"]);
    assert_eq!(quoted.elements, ["say \"hi\"", "two\nlines"]);
    assert_eq!(memberships(&quoted)[1], "two\nlines: B");
    for (text, delimiter) in [("e\tA\tB\nx\t1\t0\n", '\t'), ("e;A;B\nx;1;0\n\n", ';')] {
        let d = ok(text);
        assert_eq!((d.format, memberships(&d)), (Format::MembershipTable { delimiter }, vec!["x: A".to_string()]));
    }
    assert_eq!(csv.format.to_string(), "a membership table, comma-separated (CSV)");
}

#[test]
fn a_list_of_memberships_with_or_without_its_header() {
    let list = ok("element,set\nBRCA1,A\nBRCA1,C\nTP53,A\nTP53,B\n");
    assert_eq!(list.format, Format::List { delimiter: ',' });
    assert_eq!(
        (list.sets.clone(), memberships(&list)),
        (vec!["A".into(), "C".into(), "B".into()], vec!["BRCA1: A C".into(), "TP53: A B".into()])
    );
    let bare = ok("BRCA1\tA\nTP53\tB\n");
    assert_eq!((bare.format, bare.elements.len(), bare.sets.len()), (Format::List { delimiter: '\t' }, 2, 2));
    // Two columns of marks are a table of one set, not a list.
    assert_eq!(ok("gene,A\nx,1\ny,0\n").format, Format::MembershipTable { delimiter: ',' });
}

#[test]
fn each_error_names_its_line_and_column_and_what_was_expected() {
    assert_eq!(error(b""), "the file is empty");
    assert_eq!(error(b"\n \n"), "the file is empty");
    assert_eq!(error(b"gene,A,B\n"), "line 1, column 1: a header row only: no element follows it");
    assert_eq!(error(b"gene,A,B\nx,1,0\ny,1\n"), "line 3, column 3: 2 fields, where the header has 3");
    assert_eq!(
        error(b"gene,A,A\nx,1,0\n"),
        "line 1, column 3: the set name “A” is also column 2's: each set needs a name of its own"
    );
    assert_eq!(error(b"gene,A,\nx,1,0\n"), "line 1, column 3: a set without a name");
    assert_eq!(error(b"gene,A\n,1\n"), "line 2, column 1: an element without a name");
    assert_eq!(
        error(b"gene,A\nx,\"1\n"),
        "line 2, column 2: a quoted field is never closed (a \" without its closing \")"
    );
    assert_eq!(
        error(b"element,set\nx,A\n,B\n"),
        "line 3, column 1: expected an element and its set, found an empty field"
    );
    assert_eq!(
        error(b"gene,A\nok,1\nbad\xff,1\n"),
        "line 3, column 4: the file is not UTF-8 text (save it as UTF-8 and open it again)"
    );
    let big = vec![b'a'; MAX_BYTES + 1];
    assert_eq!(error(&big), "the file has 52428801 bytes; the most that can be opened is 50 MB (52428800 bytes)");
}

#[test]
fn more_than_64_sets_are_refused_naming_those_left_out_unless_the_largest_are_kept() {
    // 66 sets: the last two are the smallest.
    let header: Vec<String> = (0..66).map(|i| format!("S{i}")).collect();
    let row = |name: &str, upto: usize| {
        format!("{name},{}", (0..66).map(|i| if i < upto { "1" } else { "0" }).collect::<Vec<_>>().join(","))
    };
    let text = format!("e,{}\n{}\n{}\n", header.join(","), row("a", 64), row("b", 66));
    let e: ReadError = read(text.as_bytes(), Options::default()).unwrap_err();
    assert_eq!(e.to_string(), "66 sets; at most 64 can be shown, so these 2 would be left out: S64, S65");
    assert_eq!(e.too_many.as_ref().unwrap()[0], ("S0".to_string(), 2));
    let kept = read(text.as_bytes(), Options { keep_largest: true }).unwrap();
    assert_eq!((kept.sets.len(), kept.sets.last().unwrap().as_str()), (MAX_SETS, "S63"));
    assert_eq!(kept.set_sizes(), vec![2; 64]);
}

#[test]
fn ids_are_names_in_lower_case_with_dashes_made_unique() {
    let names =
        ["Gene A/B", "gene a b", "Ünïcode Größe", "  ", "<img src=x onerror=alert(1)>", "gene-a-b"].map(String::from);
    assert_eq!(
        ids(&names, "set"),
        ["gene-a-b", "gene-a-b-2", "ünïcode-größe", "set", "img-src-x-onerror-alert-1", "gene-a-b-3"]
    );
}

#[test]
fn hostile_shapes_are_read_or_refused_without_panicking() {
    let wide = format!(
        "e,{}\nx,{}\n",
        (0..10_000).map(|i| format!("s{i}")).collect::<Vec<_>>().join(","),
        vec!["1"; 10_000].join(",")
    );
    assert!(error(wide.as_bytes()).starts_with("10000 sets; at most 64 can be shown"));
    let kept = read(wide.as_bytes(), Options { keep_largest: true }).unwrap();
    assert_eq!(kept.sets.len(), 64);
    let long = format!("e,A\n{},1\n", "n".repeat(10 * 1024 * 1024));
    assert_eq!(ok(&long).elements[0].len(), 10 * 1024 * 1024);
    assert_eq!(memberships(&ok("e,A\nnul\0here,1\n")), ["nul\0here: A"]);
    let _ = read(b"\xff\xfe\x00\x00", Options::default());
    let _ = read(b"\"", Options::default());
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(2000))]

    #[test]
    fn no_bytes_make_the_reader_panic(bytes in prop::collection::vec(any::<u8>(), 0..400)) {
        let _ = read(&bytes, Options::default());
        let _ = read(&bytes, Options { keep_largest: true });
        // As the page opens a file: any format, told from the content.
        let _ = overlap::reader::open(&bytes, Options::default());
    }

    #[test]
    fn no_delimited_text_makes_the_reader_panic(text in "[a-c01x,;\t\"\r\n ]{0,300}") {
        if let Ok(d) = read(text.as_bytes(), Options { keep_largest: true }) {
            prop_assert!(d.sets.len() <= MAX_SETS);
            prop_assert_eq!(d.elements.len(), d.masks.len());
            prop_assert!(d.masks.iter().all(|m| d.sets.len() == 64 || m >> d.sets.len() == 0));
        }
    }

    #[test]
    fn a_table_written_out_reads_back_as_it_was(masks in prop::collection::vec(0u64..256, 1..40)) {
        let mut text = "element,A,B,C,D,E,F,G,H\n".to_string();
        for (i, m) in masks.iter().enumerate() {
            let cells: Vec<&str> = (0..8).map(|b| if m >> b & 1 == 1 { "x" } else { "" }).collect();
            text += &format!("e{i},{}\n", cells.join(","));
        }
        let d = ok(&text);
        prop_assert_eq!(d.masks, masks);
    }
}

/// A reader's data as the chart counts it: every exclusive intersection holds exactly the elements whose sets are
/// its sets, counted here apart from the app, and the names are the file's.
#[test]
fn a_reader_s_data_is_charted_as_counted_apart_from_the_app() {
    use overlap::dataset::Date;
    use overlap::reader::dataset::dataset;
    use overlap::state::State;
    use overlap::view_model::ChartData;
    use std::collections::BTreeMap;
    let text = "gene,Set A,Set A!,<b>C</b>\nBRCA1,1,0,1\nTP53,1,1,0\nEGFR,0,0,1\nMYC,1,0,1\nNONE,0,0,0\n";
    let day = Date { year: 2026, month: 12, day: 3 };
    let ds = dataset(Opened::Sets(ok(text)), "genes.csv", day);
    assert!(ds.recounted.get().is_none(), "set data has no partnerships to count by");
    assert_eq!(
        ds.actors.iter().map(|a| (a.id, a.name)).collect::<Vec<_>>(),
        [("set-a", "Set A"), ("b-c-b", "<b>C</b>"), ("set-a-2", "Set A!")],
        "the sets largest first, ties in the file's order"
    );
    assert_eq!(
        ds.version_note(),
        format!("Data supplied by the reader (genes.csv, content {}), opened 3 December 2026", ds.version)
    );
    let data = ChartData::of(ds, &State::default_for(ds));
    let charted: BTreeMap<u64, Vec<&str>> =
        data.intersections.iter().map(|x| (x.sets.0, data.areas_of(x).map(|a| ds.areas[a].label).collect())).collect();
    let mut counted: BTreeMap<u64, Vec<&str>> = BTreeMap::new();
    for (name, &mask) in ["BRCA1", "TP53", "EGFR", "MYC"].iter().zip(&[0b011u64, 0b101, 0b010, 0b011]) {
        counted.entry(mask).or_default().push(name);
    }
    assert_eq!(charted, counted);
    // An element in no set is in no intersection, and nothing cites a source.
    assert_eq!(data.areas_in_view(), 4);
    assert!(data.sources(ds).is_empty());
}

#[test]
fn sixty_four_sets_of_a_hundred_thousand_elements_are_read_and_charted() {
    use overlap::dataset::Date;
    use overlap::reader::dataset::dataset;
    use overlap::state::State;
    use overlap::view_model::ChartData;
    // Each element in the sets of a pseudo-random mask (xorshift), as the bench's generated tables are.
    let mut seed = 0x9e37_79b9_7f4a_7c15u64;
    let mut text = String::from("element");
    for s in 0..64 {
        text += &format!(",S{s}");
    }
    text.push('\n');
    for e in 0..100_000 {
        seed ^= seed << 13;
        seed ^= seed >> 7;
        seed ^= seed << 17;
        text += &format!("e{e}");
        for s in 0..64 {
            text += if (seed >> s) & 1 == 1 && (seed >> ((s + 7) % 64)) & 1 == 1 { ",1" } else { ",0" };
        }
        text.push('\n');
    }
    let data = ok(&text);
    assert_eq!((data.sets.len(), data.elements.len()), (64, 100_000));
    let ds = dataset(Opened::Sets(data), "generated", Date { year: 2026, month: 12, day: 3 });
    // The 16 largest sets are shown at first: every element in one of them is in one intersection.
    let state = State::default_for(ds);
    assert_eq!(state.actors.len(), 16);
    let sizes: Vec<usize> = (0..64).map(|s| ds.memberships.iter().filter(|&&m| m >> s & 1 == 1).count()).collect();
    assert!(sizes.windows(2).all(|w| w[0] >= w[1]), "the sets are not largest first: {sizes:?}");
    let chart = ChartData::of(ds, &state);
    let held = chart.intersections.iter().map(|x| x.size()).sum::<usize>();
    assert_eq!(held, ds.memberships.iter().filter(|&&m| m & state.actors.0 != 0).count());
}

/// The words of a reader's data are its own: sets and elements, never the built-in data's actors and technology areas.
#[test]
fn a_reader_s_data_is_described_in_its_own_words() {
    use overlap::dataset::Date;
    use overlap::describe::long::long;
    use overlap::describe::short::short;
    use overlap::reader::dataset::dataset;
    use overlap::state::State;
    use overlap::url_state::parse;
    use overlap::view_model::ChartData;
    let text = "gene,A,B,C\nBRCA1,1,0,1\nTP53,1,1,0\nEGFR,0,0,1\nMYC,1,0,1\n";
    let ds = dataset(Opened::Sets(ok(text)), "genes.csv", Date { year: 2026, month: 12, day: 3 });
    for query in ["", "mode=inclusive&select=a+c", "sets=a", "sets=", "q=zzz"] {
        let (state, notices) = parse(query, ds);
        assert!(notices.is_empty(), "{query}: {notices:?}");
        let data = ChartData::of(ds, &state);
        let long: Vec<String> =
            long(ds, &state, &data).into_iter().flat_map(|s| std::iter::once(s.title).chain(s.lines)).collect();
        let words = (short(ds, &state, &data) + " " + &long.join(" ")).to_lowercase();
        for foreign in ["area", "actor", "technology", "partnership"] {
            assert!(!words.contains(foreign), "{query}: “{foreign}” in {words}");
        }
        assert!(state != State::default_for(ds) || words.starts_with("overlap of 4 elements across 3 sets"), "{words}");
    }
}

#[test]
fn the_text_a_module_hands_the_app_makes_the_same_dataset_and_no_text_breaks_it() {
    use overlap::dataset::Date;
    use overlap::reader::dataset::{decode, encode};
    let day = Date { year: 2026, month: 12, day: 3 };
    let text = "gene,A\u{1f}B,C\nx\u{1e}y,1,1\n";
    let data = ok(text);
    let ds = decode(encode(Opened::Sets(data), "odd.csv", None), day).unwrap();
    assert_eq!(ds.actors.iter().map(|a| a.name).collect::<Vec<_>>(), ["A\u{fffd}B", "C"]);
    assert_eq!((ds.areas[0].label, ds.memberships), ("x\u{fffd}y", &[0b11u64][..]));
    assert_eq!(ds.supplied.map(|s| s.from), Some("odd.csv"));
    for bad in [
        "",
        "\u{1e}\u{1e}",
        // A mask that is no number; two masks for one element; an area of a group there is not.
        "f\u{1f}v\u{1f}t\u{1f}\u{1e}s\u{1f}S\u{1f}S\u{1f}1\u{1e}all\u{1f}All\u{1e}e\u{1f}E\u{1f}0\u{1f}\u{1e}\u{1e}\u{1e}\u{1e}\u{1e}zz\u{1e}",
        "f\u{1f}v\u{1f}t\u{1f}\u{1e}s\u{1f}S\u{1f}S\u{1f}1\u{1e}all\u{1f}All\u{1e}e\u{1f}E\u{1f}0\u{1f}\u{1e}\u{1e}\u{1e}\u{1e}\u{1e}1\u{1f}2\u{1e}",
        "f\u{1f}v\u{1f}t\u{1f}\u{1e}s\u{1f}S\u{1f}S\u{1f}1\u{1e}all\u{1f}All\u{1e}e\u{1f}E\u{1f}1\u{1f}\u{1e}\u{1e}\u{1e}\u{1e}\u{1e}1\u{1e}",
    ] {
        assert!(decode(bad.to_string(), day).is_none(), "{bad:?}");
    }
}

proptest! {
    #[test]
    fn no_text_makes_decoding_panic(text in "[a-c0-9\u{1e}\u{1f}]{0,60}") {
        let _ = overlap::reader::dataset::decode(text, overlap::dataset::Date { year: 2026, month: 1, day: 1 });
    }
}

#[test]
fn the_table_of_a_reader_s_data_shows_markup_in_names_as_text_and_presses_the_open_cell() {
    use overlap::dataset::Date;
    use overlap::present::matrix::markup_of_query;
    use overlap::reader::dataset::{decode, encode};
    let text = "gene,<img src=x onerror=alert(1)>,B\n<b>x</b>,1,0\ny,1,1\n";
    let data = ok(text);
    let ds = decode(encode(Opened::Sets(data), "hostile.csv", None), Date { year: 2026, month: 12, day: 3 }).unwrap();
    let table = markup_of_query(ds, "view=matrix&cell=img-src-x-onerror-alert-1.b-x-b", "d");
    assert!(!table.contains("<img") && !table.contains("<b>"), "{table}");
    assert!(table.contains("&lt;img src=x onerror=alert(1)&gt;") && table.contains("&lt;b&gt;x&lt;/b&gt;"), "{table}");
    // The header and caption name the elements as the data does; three filled cells, each a button naming its element
    // and set, with no grade or sources, which the data has not.
    assert!(table.contains("<th scope=\"col\">Element</th>"), "{table}");
    assert!(table.contains("<caption>Which of 2 elements each set has.</caption>"), "{table}");
    assert!(table.contains("aria-label=\"B has y\""), "{table}");
    assert_eq!(table.matches("<td data-on>").count(), 3);
    let pressed: Vec<&str> = table.split("<button ").filter(|b| b.contains("aria-pressed=\"true\"")).collect();
    assert_eq!(pressed.len(), 1, "{table}");
    assert!(pressed[0].starts_with("type=\"button\" data-cell=\"b-x-b img-src-x-onerror-alert-1\""), "{}", pressed[0]);
}

/// The example in data/examples/ (the README's "Using it"): the built-in data's memberships as a membership table,
/// areas by their names and actors by their short names. Opened as a reader's data, it charts as the built-in data.
#[test]
fn the_example_file_is_the_built_in_data_as_a_membership_table() {
    use overlap::dataset::DATASET;
    let mut table = "Technology area".to_string();
    for actor in DATASET.actors {
        table += &format!(",{}", actor.short);
    }
    table.push('\n');
    let data = overlap::view_model::ChartData::of(&DATASET, &overlap::state::State::default_for(&DATASET));
    for area in 0..DATASET.areas.len() {
        let held = data.universe.areas.iter().position(|&a| a == area).map(|i| data.universe.masks[i]);
        let label = DATASET.areas[area].label;
        table += &if label.contains(',') { format!("\"{label}\"") } else { label.to_string() };
        for actor in 0..DATASET.actors.len() {
            table += if held.is_some_and(|m| m.contains(actor)) { ",1" } else { ",0" };
        }
        table.push('\n');
    }
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/data/examples/partnerships.csv");
    if std::env::var_os("WRITE_EXAMPLE").is_some() {
        std::fs::write(path, &table).unwrap();
    }
    let file = std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{path}: {e}"));
    assert_eq!(file, table, "data/examples/partnerships.csv differs from the built-in data: WRITE_EXAMPLE=1 cargo test --test reader rewrites it");
    assert_eq!(ok(&file).sets, DATASET.actors.iter().map(|a| a.short).collect::<Vec<_>>());
}
