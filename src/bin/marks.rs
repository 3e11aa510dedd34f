//! Prints, as JSON, the marks the pure core computes for a view's query string, for the end-to-end tests to hold the
//! page's marks against: each set's and intersection's size (and, comparing two dates, its size at the earlier one),
//! and each changed area. Counted by partnership (`by=partnership`), the sets are partnerships.
//!
//! Usage: `marks "from=2023&to=2024-04-30"`. Ids are plain ASCII and area labels hold no quote or backslash (a test
//! of the dataset checks), so the JSON needs no escaping.

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    use overlap::dataset::DATASET;
    use overlap::named::Named;
    use overlap::view_model::ChartData;

    let query = std::env::args().nth(1).unwrap_or_default();
    let (state, notices) = overlap::url_state::parse(&query, &DATASET);
    let data = ChartData::of(&DATASET, &state);
    // The data as the view counts it (by actor or by partnership), which names its sets.
    let ds = data.ds;
    let before = |b: Option<usize>| b.map_or("null".to_string(), |b| b.to_string());
    let earlier = data.comparison.as_ref();
    let sets: Vec<String> = data
        .set_sizes
        .iter()
        .enumerate()
        .map(|(i, (a, size))| {
            let then = before(earlier.map(|c| c.set_sizes_then[i].1));
            format!(r#"{{"id":"{}","size":{size},"before":{then}}}"#, ds.actors[*a].id)
        })
        .collect();
    let inters: Vec<String> = data
        .intersections
        .iter()
        .map(|x| {
            let ids = ds.actor_ids(x.sets);
            format!(r#"{{"sets":"{ids}","size":{},"before":{}}}"#, x.size(), before(x.size_then))
        })
        .collect();
    let changes: Vec<String> = earlier
        .iter()
        .flat_map(|b| &b.changes)
        .map(|c| {
            let (area, ids) = (&ds.areas[c.area], |s| ds.actor_ids(s));
            format!(
                r#"{{"area":"{}","label":"{}","change":"{}","before":"{}","after":"{}"}}"#,
                area.id,
                area.label,
                c.kind.name(),
                ids(c.then),
                ids(c.now)
            )
        })
        .collect();
    println!(
        r#"{{"notices":{},"sets":[{}],"inters":[{}],"changes":[{}]}}"#,
        notices.len(),
        sets.join(","),
        inters.join(","),
        changes.join(",")
    );
}

#[cfg(target_arch = "wasm32")]
fn main() {}
