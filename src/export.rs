//! CSV exports of the current view: its intersections, and its area × actor membership.

use crate::dataset::Dataset;
use crate::view_model::ChartData;

/// Quotes a CSV field when it needs it (RFC 4180), and defuses spreadsheet formulas: a cell a spreadsheet could read
/// as one (OWASP's list: `= + - @`, and a leading tab or carriage return, which some strip before looking) is
/// prefixed with an apostrophe.
pub fn field(s: &str) -> String {
    let s = if s.starts_with(['=', '+', '-', '@', '\t', '\r']) { format!("'{s}") } else { s.to_string() };
    match s.contains([',', '"', '\n', '\r']) {
        true => format!("\"{}\"", s.replace('"', "\"\"")),
        false => s,
    }
}

fn row(fields: &[&str]) -> String {
    fields.iter().map(|f| field(f)).collect::<Vec<_>>().join(",") + "\r\n"
}

/// One row per intersection, in chart order: actor ids, actor names, degree, size, area ids, area labels.
pub fn intersections_csv(ds: &Dataset, data: &ChartData) -> String {
    let mut out = row(&["sets", "names", "degree", "size", "area_ids", "areas"]);
    for x in &data.intersections {
        let areas: Vec<usize> = data.areas_of(x).collect();
        let names: Vec<&str> = x.sets.iter().map(|a| ds.actors[a].name).collect();
        out += &row(&[
            &ChartData::set_ids(ds, x.sets),
            &names.join("; "),
            &x.sets.len().to_string(),
            &x.size().to_string(),
            &areas.iter().map(|&a| ds.areas[a].id).collect::<Vec<_>>().join(" "),
            &areas.iter().map(|&a| ds.areas[a].label).collect::<Vec<_>>().join("; "),
        ]);
    }
    out
}

/// One row per area in view, one 0/1 column per selected actor.
pub fn membership_csv(ds: &Dataset, data: &ChartData) -> String {
    let actors: Vec<usize> = data.selected.iter().collect();
    let mut header = vec!["area_id", "area", "group"];
    header.extend(actors.iter().map(|&a| ds.actors[a].id));
    let mut out = row(&header);
    for (&area, mask) in data.universe.areas.iter().zip(&data.universe.masks) {
        let a = &ds.areas[area];
        let mut fields = vec![a.id.to_string(), a.label.to_string(), ds.groups[a.group].label.to_string()];
        fields.extend(actors.iter().map(|&i| u8::from(mask.contains(i)).to_string()));
        out += &row(&fields.iter().map(String::as_str).collect::<Vec<_>>());
    }
    out
}
