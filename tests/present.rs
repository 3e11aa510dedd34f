//! The presentation stage: what each component shows for a view, composed natively from the state and the chart data
//! (the components only map it to DOM).

use overlap::compare::{presets, ChangeKind};
use overlap::dataset::{Grade, DATASET};
use overlap::named::Named;
use overlap::present::changes::ChangesModel;
use overlap::present::details::{subject_evidence, DetailsModel};
use overlap::present::filters::FiltersModel;
use overlap::present::matrix::{CellChange, MatrixModel};
use overlap::present::page::{has_legend, notices, views};
use overlap::present::upset::{Highlight, Hover, UpsetModel, PAGE};
use overlap::present::venn::VennModel;
use overlap::sets::ActorSet;
use overlap::state::{State, Subject};
use overlap::store::Store;
use overlap::url_state::parse;
use overlap::view_model::ChartData;

fn view(query: &str) -> (State, ChartData) {
    let (state, notices) = parse(query, &DATASET);
    assert!(notices.is_empty(), "{notices:?}");
    let data = ChartData::of(&DATASET, &state);
    (state, data)
}

fn set(ids: &[&str]) -> ActorSet {
    ActorSet::from_indices(ids.iter().map(|id| DATASET.actor_by_id(id).unwrap()))
}

fn area(id: &str) -> usize {
    DATASET.area_by_id(id).unwrap()
}

#[test]
fn the_upset_chart_says_what_it_shows_and_pages_what_it_does_not() {
    let (_, data) = view("");
    let m = UpsetModel::new(&DATASET, &data, PAGE, None).unwrap();
    assert_eq!(m.caption, "21 areas among 6 actors, in 16 intersections.");
    assert_eq!(m.label, "UpSet chart. 21 areas among 6 actors, in 16 intersections.");
    assert_eq!((m.rows.len(), m.columns.len(), m.hidden), (6, 16, 0));
    assert_eq!(m.rows[0].label, "European Union has 20 areas in view.");
    let first = &m.columns[0];
    assert_eq!((first.ids.as_str(), first.size, first.elements.as_str()), ("eu jp kr", 3, "hpc 5g-6g platforms"));
    assert_eq!(first.names, ["High-performance computing", "5G, 6G and beyond", "Online platforms"], "one name each");
    assert_eq!(first.dots.iter().filter(|d| d.on).count(), 3);
    let (_, many) = view("sets=eu,uk,jp,kr,sg,ca,ua&mode=inclusive");
    let m = UpsetModel::new(&DATASET, &many, PAGE, None).unwrap();
    assert_eq!((m.columns.len(), m.hidden, m.more.as_str()), (40, 55, "Show 40 more"));
    assert_eq!(m.caption, "21 areas among 7 actors, in 95 intersections; the first 40 in this order are shown.");
    // Ukraine's one link is an aspiration: only where Ukraine is one of a column's actors is its dot dashed.
    let ua = m.rows.iter().position(|r| r.id == "ua").unwrap();
    assert!(m.columns.iter().all(|c| c.dots[ua].dashed == c.dots[ua].on), "a dot off its column drawn dashed");
    assert!(UpsetModel::new(&DATASET, &view("sets=").1, PAGE, None).is_none(), "no chart without actors");
}

#[test]
fn comparing_the_upset_chart_says_both_dates_and_each_change() {
    let (_, data) = view("from=2023&to=2024-04-30");
    let m = UpsetModel::new(&DATASET, &data, PAGE, None).unwrap();
    assert_eq!(m.dates, Some(["Solid bars: 30 April 2024".to_string(), "Dashed outlines: 2023".to_string()]));
    let eu = &m.rows[0];
    assert_eq!((eu.size, eu.size_then, eu.change.as_deref()), (20, Some(17), Some("+3")));
    assert_eq!(eu.label, "European Union has 20 areas in view. At the earlier date: 17 (+3).");
    let uk = &m.rows[1];
    assert_eq!((uk.size, uk.change.as_deref()), (0, None), "no change, no sign");
    assert_eq!(m.columns[0].change.as_deref(), Some("+4"));
    // EU and Korea lost two areas to a column with more actors: the column says where they went, in its name too.
    let eu_kr = m.columns.iter().find(|c| c.ids == "eu kr").unwrap();
    assert_eq!(eu_kr.change.as_deref(), Some("−1"));
    assert_eq!(eu_kr.moved[0].line, "−2, moved to EU · Japan · Korea");
    assert_eq!(eu_kr.moved[0].areas, ["High-performance computing", "Online platforms"]);
    assert!(eu_kr.label.ends_with("−2, moved to EU · Japan · Korea: High-performance computing; Online platforms."));
    let eu_sg = m.columns.iter().find(|c| c.ids == "eu sg").unwrap();
    assert_eq!(eu_sg.moved.len(), 3, "one line for each column they went to");
}

#[test]
fn a_hover_lights_marks_and_a_changed_area_lights_where_it_is_and_was() {
    let (_, data) = view("");
    let jp = DATASET.actor_by_id("jp").unwrap();
    let lit = Highlight::new(&data, Some(Hover::Set(jp)), None);
    assert!(lit.row(jp) && !lit.row(0));
    assert!(lit.column(set(&["eu", "jp"])) && !lit.column(set(&["eu", "kr"])));
    let lit = Highlight::new(&data, Some(Hover::Intersection(set(&["eu", "jp"]))), None);
    assert_eq!(lit.hovered(), Some(set(&["eu", "jp"])));
    assert!(lit.row(jp) && lit.column(set(&["eu", "jp"])) && !lit.column(set(&["eu", "jp", "kr"])));
    // Quantum technologies was the EU's, Korea's and Canada's in 2023, and Japan's too by April 2024.
    let (state, data) = view("from=2023&to=2024-04-30&change=quantum");
    let lit = Highlight::new(&data, None, state.subject);
    let (then, now) = (set(&["eu", "kr", "ca"]), set(&["eu", "jp", "kr", "ca"]));
    assert!(lit.column(now) && !lit.was(now));
    assert!(lit.was(then) && !lit.column(then));
    assert!(!lit.column(set(&["eu"])) && !lit.was(set(&["eu"])), "exclusively, the area is in one column at a time");
}

#[test]
fn the_table_says_each_membership_and_what_changed() {
    let (_, data) = view("from=2023&to=2024-04-30");
    let m = MatrixModel::new(&DATASET, &data, true);
    assert_eq!(
        m.caption,
        "Which of 20 areas each actor has, by area group. A filled cell opens its sources. Outlined cells changed \
         between 2023 and 30 April 2024."
    );
    let heads: Vec<(&str, &str)> = m.heads.iter().map(|h| (h.short, h.count.as_str())).collect();
    assert_eq!(heads[0], ("EU", " (20, +3)"));
    assert_eq!(heads[2], ("Japan", " (16, +13)"));
    let row = m.groups.iter().flat_map(|g| &g.rows).find(|r| r.area == area("quantum")).unwrap();
    let jp = row.cells.iter().find(|c| DATASET.actors[c.actor].id == "jp").unwrap();
    assert_eq!((jp.grade, jp.change), (Some(Grade::Agreed), Some(CellChange::Entered)));
    assert_eq!(jp.label, "Japan has Quantum technologies (agreed, new since 2023): show the sources");
    let uk = row.cells.iter().find(|c| DATASET.actors[c.actor].id == "uk").unwrap();
    assert_eq!((uk.grade, uk.change, uk.label.as_str()), (None, None, "no"));
    // Without the app, a filled cell is a mark, not a button, and says so.
    let still = MatrixModel::new(&DATASET, &view("").1, false);
    let cell = &still.groups[0].rows[0].cells[0];
    assert_eq!(cell.label, format!("yes, {}", cell.grade.expect("a filled cell").name()));
}

#[test]
fn the_venn_view_counts_exactly_and_says_the_later_date_only() {
    let (_, data) = view("sets=eu,jp,kr&view=venn");
    let m = VennModel::new(&DATASET, &data).unwrap();
    let regions: Vec<(&str, usize)> = m.regions.iter().map(|r| (r.ids.as_str(), r.size)).collect();
    assert_eq!(regions, [("eu jp kr", 12), ("eu jp", 4), ("eu", 2), ("eu kr", 2)]);
    assert_eq!(m.regions.iter().map(|r| r.size).sum::<usize>(), 20, "each area in one region");
    assert_eq!(m.label, "Venn diagram of EU, Japan and Korea; areas are approximate for three sets.");
    let (_, compared) = view("sets=eu,jp,kr&view=venn&from=2023&to=2024-04-30");
    let m = VennModel::new(&DATASET, &compared).unwrap();
    assert!(m.regions.iter().all(|r| r.size > 0 && !r.label.contains("earlier date")), "{:?}", m.regions);
    assert!(VennModel::new(&DATASET, &view("").1).is_none(), "six actors: no circles");
}

#[test]
fn the_changes_list_names_each_area_and_the_events_behind_it_once() {
    let (_, data) = view("from=2023&to=2024-04-30");
    let m = ChangesModel::new(&DATASET, &data).unwrap();
    assert_eq!(
        m.summary,
        "Between 2023 and 30 April 2024, 15 areas gained actors and none lost any; Japan grew most, by 13 areas."
    );
    assert_eq!(m.entries.len(), 15);
    let hpc = &m.entries[0];
    assert_eq!((hpc.id, hpc.kind), ("hpc", ChangeKind::Moved));
    assert_eq!(hpc.label, "High-performance computing: EU · Korea → EU · Japan · Korea");
    assert_eq!(hpc.causes.len(), 1);
    assert_eq!(hpc.causes[0].event, "EU–Japan 2nd Digital Partnership Council, 30 April 2024, Brussels");
    for cause in m.entries.iter().flat_map(|e| &e.causes) {
        let mut sources = cause.sources.clone();
        sources.sort_unstable();
        sources.dedup();
        assert_eq!(sources.len(), cause.sources.len(), "each source once: {cause:?}");
    }
    assert_eq!(hpc.causes[0].sources, [3, 1, 2], "in the order of their first citation");
    assert!(ChangesModel::new(&DATASET, &view("").1).is_none(), "not comparing");
    assert!(ChangesModel::new(&DATASET, &view("sets=&from=2023&to=2024-04-30").1).is_none(), "no actors");
}

#[test]
fn the_details_explain_exactly_the_subjects_areas_and_actors() {
    let (_, data) = view("from=2023&to=2024-04-30");
    let (areas, actors) = subject_evidence(&data, Subject::Change(area("quantum")));
    assert_eq!((areas, actors), (vec![area("quantum")], set(&["eu", "jp", "kr", "ca"])), "who had it, or has it");
    let both = set(&["eu", "jp"]);
    let (_, all) = view("");
    let x = all.intersection(set(&["eu", "jp", "kr"])).unwrap();
    let (areas, actors) = subject_evidence(&all, Subject::Intersection(set(&["eu", "jp", "kr"])));
    assert_eq!((areas, actors), (all.areas_of(x).collect::<Vec<_>>(), set(&["eu", "jp", "kr"])));
    let m = DetailsModel::new(&DATASET, &all, Subject::Intersection(both));
    assert_eq!(m.title, "EU and Japan share 1 area that no other actor shown has: Submarine cables.");
    assert_eq!(m.parts.iter().map(|p| p.name).collect::<Vec<_>>(), ["EU–Japan Digital Partnership"]);
    assert_eq!(m.parts[0].areas.iter().map(|a| a.id).collect::<Vec<_>>(), ["submarine-cables"]);
    let empty = subject_evidence(&all, Subject::Intersection(set(&["uk", "sg", "ca"])));
    assert_eq!(empty, (vec![], set(&["uk", "sg", "ca"])), "an intersection the chart does not have has no areas");
}

#[test]
fn the_filters_show_the_state_and_what_each_step_is() {
    let (state, _) = view("");
    let f = FiltersModel::new(&DATASET, &state, &presets(&DATASET));
    assert_eq!(f.actors.iter().filter(|c| c.checked).count(), 6);
    assert!(f.actors.iter().any(|c| c.id == "ua" && !c.checked));
    assert_eq!(f.groups_hint, "None ticked: all groups shown.");
    assert_eq!(
        (f.as_of.label, f.as_of.position, f.as_of.max),
        ("As of", DATASET.timeline().len(), DATASET.timeline().len())
    );
    assert_eq!(f.as_of.text, "All events, including undated ones");
    assert_eq!((f.undated.as_deref(), f.from.as_ref(), f.mode_fixed), (None, None, None));
    assert_eq!(f.compare.value, "");
    assert_eq!(f.compare.choices.first().map(|c| (c.label.as_str(), c.selected)), Some(("No earlier date", true)));
    assert_eq!(f.compare.choices.last().map(|c| c.value.as_str()), Some("custom"));
    assert_eq!(f.sort.choices.iter().map(|c| c.value.as_str()).collect::<Vec<_>>(), ["size", "degree", "sets"]);

    let (state, _) = view("from=2023&to=2024-04-30");
    let f = FiltersModel::new(&DATASET, &state, &presets(&DATASET));
    let last = DATASET.timeline().len() - 1;
    assert_eq!((f.as_of.label, f.as_of.position, f.as_of.max), ("To", last, last));
    let from = f.from.expect("a From slider");
    assert_eq!((from.position, from.text.starts_with("2023: EU–Japan")), (last - 2, true));
    assert!(f.undated.as_deref().is_some_and(|u| u.starts_with("Not counted, as the sources give no date: UK")));
    assert_eq!(f.sort.choices.last().map(|c| c.value.as_str()), Some("change"));
    assert_eq!(f.compare.value, "2023..2024-04-30");
    let chosen: Vec<&str> = f.compare.choices.iter().filter(|c| c.selected).map(|c| c.label.as_str()).collect();
    assert_eq!(chosen.len(), 1, "{chosen:?}");
    assert!(!f.compare.choices.iter().any(|c| c.value == "custom"), "comparing, the sliders choose other dates");

    let (state, _) = view("sets=eu,jp&view=venn");
    let f = FiltersModel::new(&DATASET, &state, &presets(&DATASET));
    assert_eq!(f.mode_fixed.as_deref(), Some("Venn regions always count exactly these actors."));
}

#[test]
fn the_page_offers_venn_where_it_can_and_says_what_it_shows_instead() {
    let (state, _) = view("");
    let choices = views(&DATASET, &state);
    assert_eq!(choices.iter().map(|v| v.value).collect::<Vec<_>>(), ["upset", "matrix", "venn"]);
    assert_eq!(
        choices[2].unavailable.as_deref(),
        Some("Venn needs 2 or 3 actors (6 ticked): with more, an UpSet chart stays readable.")
    );
    assert!(has_legend(&DATASET, &state));
    let store = Store::open("view=venn", false, &DATASET);
    assert_eq!(notices(&DATASET, &store), ["The Venn view needs 2 or 3 actors, so the UpSet chart is shown instead."]);
    assert!(has_legend(&DATASET, &store.state), "the UpSet chart shown has its key");
    let store = Store::open("sets=eu,jp&view=venn&from=2023", false, &DATASET);
    assert!(notices(&DATASET, &store)[0].starts_with("The Venn diagram shows the later date only"));
    assert!(!has_legend(&DATASET, &store.state));
    let store = Store::open("sets=eu,zz", false, &DATASET);
    assert_eq!(notices(&DATASET, &store), ["Ignored unknown id “zz” in “sets”."], "the URL's notices come first");
}

#[test]
fn each_venn_name_stays_out_of_every_circle() {
    use overlap::present::venn::VennModel;
    for query in
        ["sets=jp,kr,ca&view=venn", "sets=eu,jp,kr&view=venn", "sets=uk,jp,sg&view=venn", "sets=eu,ca&view=venn"]
    {
        let m = VennModel::new(&DATASET, &view(query).1).unwrap();
        for name in &m.circles {
            for c in m.circles.iter().map(|c| &c.circle) {
                let (x, y) = name.name_at;
                assert!((x - c.cx).hypot(y - c.cy) > c.r, "{query}: {}'s name in a circle", name.short);
            }
        }
    }
}

#[test]
fn columns_that_hold_many_names_or_moved_areas_are_drawn_as_rows() {
    let rows = |query: &str| UpsetModel::new(&DATASET, &view(query).1, PAGE, None).unwrap().as_rows;
    assert!(!rows(""), "the default view's columns hold three names at most");
    assert!(rows("mode=inclusive"), "inclusive columns hold up to 20 names");
    assert!(rows("sets=eu,jp"), "the EU and Japan share 16 areas");
    assert!(rows("from=2022-12"), "comparing, columns say where areas moved");
}

#[test]
fn a_dated_view_says_where_the_chart_is_what_it_leaves_out_for_want_of_a_date() {
    let note = |query: &str| overlap::present::filters::undated_note(&DATASET, &view(query).0);
    assert_eq!(note(""), None, "the default view counts undated links");
    let dated = note("asof=2024-04-30").expect("a dated view leaves undated links out");
    assert_eq!(
        dated,
        "Not counted, as the sources give no date: UK–Japan Digital Partnership, UK–Singapore Fintech Partnership and \
         UK–Ukraine digital relationship. UK has no dated link, so it drops out of this view."
    );
    assert_eq!(note("from=2022-12").as_deref(), Some(dated.as_str()), "a comparison leaves them out too");
    assert!(!note("sets=eu,jp&asof=2024-04-30").unwrap().contains("drops out"), "no actor shown drops out");
}

#[test]
fn limits_keep_intersections_large_and_small_enough_and_the_caption_says_so() {
    let (state, data) = view("min=2&degree=3&mode=inclusive");
    let (_, all) = view("mode=inclusive");
    let kept: Vec<_> = all.intersections.iter().filter(|x| x.size() >= 2 && x.sets.len() <= 3).collect();
    assert!(!kept.is_empty() && kept.len() < all.intersections.len(), "the limits leave some out and keep some");
    assert_eq!(data.intersections.iter().collect::<Vec<_>>(), kept, "the same intersections, in the same order");
    assert_eq!((state.limits.min_size, state.limits.max_degree), (2, 3));
    let m = UpsetModel::new(&DATASET, &data, 40, None).unwrap();
    assert!(m.caption.ends_with(" Shown: intersections of at least 2 areas and at most 3 actors."), "{}", m.caption);
}

#[test]
fn a_panel_whose_sources_words_could_not_be_loaded_says_so_once_and_no_quote_says_it_is_loading() {
    use overlap::present::details::{markup_of_query, NOT_LOADED};
    let panel = markup_of_query(&DATASET, "select=eu+jp", None);
    assert_eq!(panel.matches("could not be loaded; reload the page").count(), 1, "{panel}");
    assert!(panel.contains(NOT_LOADED) && !panel.contains("Loading"), "{panel}");
}
