//! CSV exports: fields quoted as RFC 4180 says, and nothing a spreadsheet would run as a formula.

use overlap::dataset::DATASET;
use overlap::export::{intersections_csv, membership_csv, Csv};
use overlap::state::State;
use overlap::view_model::ChartData;

fn field(s: &str) -> String {
    Csv::default().field(s).done()
}

#[test]
fn formula_starts_are_defused() {
    for risky in ["=1+1", "+1", "-1", "@SUM(A1)", "\t=1+1", "\r=1+1"] {
        let out = field(risky);
        assert!(out.trim_start_matches('"').starts_with('\''), "{risky:?} became {out:?}");
    }
    assert_eq!(field("Semiconductors"), "Semiconductors");
}

#[test]
fn separators_and_quotes_are_quoted() {
    assert_eq!(field("a,b"), "\"a,b\"");
    assert_eq!(field("say \"hi\""), "\"say \"\"hi\"\"\"");
    assert_eq!(field("two\nlines"), "\"two\nlines\"");
    assert_eq!(Csv::default().field("a").field("b,c").end_row().field("d").end_row().done(), "a,\"b,c\"\r\nd\r\n");
}

#[test]
fn the_default_view_exports_one_row_per_intersection_and_per_area() {
    let data = ChartData::of(&DATASET, &State::default_for(&DATASET));
    let rows = intersections_csv(&DATASET, &data);
    // The data comment line, the header, then the rows.
    assert_eq!(rows.lines().count(), data.intersections.len() + 2);
    let comment = format!("# Overlap dataset version {}, data as of {}\r\n", DATASET.version, DATASET.data_as_of.iso());
    assert!(rows.starts_with(&(comment.clone() + "sets,names,degree,size,area_ids,areas\r\n")), "{rows}");
    let members = membership_csv(&DATASET, &data);
    assert_eq!(members.lines().count(), data.universe.areas.len() + 2);
    assert!(members.starts_with(&(comment + "area_id,area,group,")), "{members}");
}
