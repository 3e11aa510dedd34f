//! Exports of the current view's data: CSV of its intersections and of its area × actor membership.

use crate::dataset::Dataset;
use crate::named::Named;
use crate::view_model::ChartData;

/// A CSV text being written row by row. Every field goes through one out-of-line call: a string per field and a
/// vector per row cost the download more than the exports' own logic.
#[derive(Default)]
pub struct Csv {
    text: String,
    in_row: bool,
}

impl Csv {
    /// Appends a field, quoted when it needs it (RFC 4180), with spreadsheet formulas defused: a cell a spreadsheet
    /// could read as one (OWASP's list: `= + - @`, and a leading tab or carriage return, which some strip before
    /// looking) is prefixed with an apostrophe.
    #[inline(never)]
    pub fn field(&mut self, s: &str) -> &mut Csv {
        if self.in_row {
            self.text.push(',');
        }
        self.in_row = true;
        let quoted = s.bytes().any(|b| matches!(b, b',' | b'"' | b'\n' | b'\r'));
        if quoted {
            self.text.push('"');
        }
        if matches!(s.bytes().next(), Some(b'=' | b'+' | b'-' | b'@' | b'\t' | b'\r')) {
            self.text.push('\'');
        }
        for (i, part) in s.split('"').enumerate() {
            if i > 0 {
                self.text.push_str("\"\"");
            }
            self.text.push_str(part);
        }
        if quoted {
            self.text.push('"');
        }
        self
    }

    fn num(&mut self, n: usize) -> &mut Csv {
        self.field(&n.to_string())
    }

    /// One field of several values: "EU; Japan".
    fn joined(&mut self, values: impl Iterator<Item = &'static str>, separator: &str) -> &mut Csv {
        self.field(&values.collect::<Vec<_>>().join(separator))
    }

    /// A CSV that opens with a comment line naming the data it was made from: "# Overlap dataset version 1.0, data
    /// as of 2026-12-03" (spreadsheets show it as a first row; `pandas.read_csv(comment="#")` skips it).
    pub fn of_data(ds: &Dataset) -> Csv {
        Csv { text: "# ".to_string() + &ds.version_stamp() + "\r\n", in_row: false }
    }

    pub fn end_row(&mut self) -> &mut Csv {
        self.text.push_str("\r\n");
        self.in_row = false;
        self
    }

    pub fn done(&mut self) -> String {
        core::mem::take(&mut self.text)
    }
}

/// After the data comment line, one row per intersection, in chart order: actor ids, actor names, degree, size, area ids, area labels; comparing
/// two dates, also its size at the earlier date, the change, and both dates (the areas are the later date's).
pub fn intersections_csv(ds: &Dataset, data: &ChartData) -> String {
    let mut csv = Csv::of_data(ds);
    for name in ["sets", "names", "degree", "size", "area_ids", "areas"] {
        csv.field(name);
    }
    if data.comparison.is_some() {
        csv.field("size_before").field("change").field("from").field("to");
    }
    for x in &data.intersections {
        let areas: Vec<usize> = data.areas_of(x).collect();
        csv.end_row().field(&ds.actor_ids(x.sets));
        csv.joined(x.sets.iter().map(|a| ds.actors[a].name), "; ").num(x.sets.len()).num(x.size());
        csv.joined(areas.iter().map(|&a| ds.areas[a].id), " ").joined(areas.iter().map(|&a| ds.areas[a].label), "; ");
        if let (Some(c), Some(size)) = (&data.comparison, x.size_then) {
            csv.num(size).field(&x.change().to_string()).field(&c.from.iso()).field(&c.to.iso());
        }
    }
    csv.end_row().done()
}

/// After the data comment line, one row per area in view, one 0/1 column per selected actor; comparing two dates, one row per area the shown
/// actors have at either date, with its actors (ids) at each date and how it changed.
pub fn membership_csv(ds: &Dataset, data: &ChartData) -> String {
    let mut csv = Csv::of_data(ds);
    csv.field("area_id").field("area").field("group");
    let Some(comparison) = &data.comparison else {
        for a in data.actors.iter() {
            csv.field(ds.actors[a].id);
        }
        for (&area, mask) in data.universe.areas.iter().zip(&data.universe.masks) {
            area_fields(ds, csv.end_row(), area);
            for i in data.actors.iter() {
                csv.field(if mask.contains(i) { "1" } else { "0" });
            }
        }
        return csv.end_row().done();
    };
    csv.field("from").field("to").field("actors_before").field("actors_after").field("change");
    let now = |area: usize| data.in_view().find(|v| v.1 == area).map(|v| v.2.and(data.actors));
    for area in 0..ds.areas.len() {
        let change = data.change_of(area);
        let Some((then, now)) = change.map(|c| (c.then, c.now)).or(now(area).map(|m| (m, m))) else { continue };
        area_fields(ds, csv.end_row(), area).field(&comparison.from.iso()).field(&comparison.to.iso());
        csv.field(&ds.actor_ids(then)).field(&ds.actor_ids(now));
        csv.field(change.map_or("", |c| c.kind.name()));
    }
    csv.end_row().done()
}

/// An area's id, label and group label.
fn area_fields<'a>(ds: &Dataset, csv: &'a mut Csv, area: usize) -> &'a mut Csv {
    let a = &ds.areas[area];
    csv.field(a.id).field(a.label).field(ds.groups[a.group].label)
}
