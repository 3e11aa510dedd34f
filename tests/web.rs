//! Component tests in a real browser: the app mounts, and filters, mode, sort, hover and select change the chart.
#![cfg(target_arch = "wasm32")]

use gloo::timers::future::TimeoutFuture;
use overlap::components::app::{App, AppProps};
use overlap::components::boot::render_now;
use overlap::components::description::SHORT_ID;
use overlap::dataset::DATASET;
use overlap::embed::Credit;
use overlap::present::venn::markup_of_query;
use overlap::url_state;
use overlap::view_model::ChartData;
use wasm_bindgen::prelude::Closure;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::{Element, Event, EventInit, HtmlInputElement, HtmlSelectElement, MouseEvent, MouseEventInit};

wasm_bindgen_test_configure!(run_in_browser);

/// Gives the page the publishing module's table, Venn diagram, details panel and changes list, as the built page's
/// `__publish` loads it (the test server has no module to load): the same functions of the core, called as the
/// module calls them, for the built-in data.
fn provide_publishing() {
    let window = gloo::utils::window();
    if js_sys::Reflect::has(&window, &"__publish".into()).unwrap() {
        return;
    }
    let venn = Closure::<dyn Fn(String) -> String>::new(|query: String| {
        markup_of_query(&DATASET, &query, SHORT_ID).unwrap_or_default()
    });
    let matrix = Closure::<dyn Fn(String) -> String>::new(|query: String| {
        overlap::present::matrix::markup_of_query(&DATASET, &query, SHORT_ID)
    });
    let module: wasm_bindgen::JsValue = js_sys::Object::new().into();
    js_sys::Reflect::set(&module, &"venn".into(), venn.as_ref()).unwrap();
    js_sys::Reflect::set(&module, &"matrix".into(), matrix.as_ref()).unwrap();
    venn.forget();
    matrix.forget();
    // The panels, with the sources' words as the module loads them.
    let words = || overlap::dataset::parse_words(include_str!(concat!(env!("OUT_DIR"), "/citations.tsv")), &DATASET);
    let details = Closure::<dyn Fn(String) -> String>::new(move |query: String| {
        overlap::present::details::markup_of_query(&DATASET, &query, words().as_ref())
    });
    let changes = Closure::<dyn Fn(String) -> String>::new(move |query: String| {
        overlap::present::changes::markup_of_query(&DATASET, &query, words().as_ref())
    });
    js_sys::Reflect::set(&module, &"details".into(), details.as_ref()).unwrap();
    js_sys::Reflect::set(&module, &"changes".into(), changes.as_ref()).unwrap();
    details.forget();
    changes.forget();
    // The page tells the module which data it shows before each call: here, always the built-in data.
    let use_data = Closure::<dyn Fn(String)>::new(|_: String| {});
    js_sys::Reflect::set(&module, &"use_data".into(), use_data.as_ref()).unwrap();
    use_data.forget();
    let load = Closure::<dyn Fn() -> js_sys::Promise>::new(move || js_sys::Promise::resolve(&module));
    js_sys::Reflect::set(&window, &"__publish".into(), load.as_ref()).unwrap();
    load.forget();
}

/// Mounts a fresh app for `query` in its own element and waits until it has drawn a chart. The page carries the
/// links' words, as the single-file copy does, since this test server has no data/citations.tsv.
async fn mount(query: &str) -> Element {
    provide_publishing();
    let doc = gloo::utils::document();
    if doc.get_element_by_id("citations").is_none() {
        let words = doc.create_element("script").unwrap();
        words.set_id("citations");
        words.set_attribute("type", "text/plain").unwrap();
        words.set_text_content(Some(include_str!(concat!(env!("OUT_DIR"), "/citations.tsv"))));
        doc.head().unwrap().append_child(&words).unwrap();
    }
    let root = doc.create_element("div").unwrap();
    doc.body().unwrap().append_child(&root).unwrap();
    yew::Renderer::<App>::with_root_and_props(root.clone(), AppProps { query: Some(query.into()) }).render();
    until("the app draws a chart", || !all(&root, "[data-chart]").is_empty()).await;
    root
}

/// Polls until `ready` holds, as Yew renders on its own schedule; fails, naming `what`, if it never does. Tests wait
/// for the state they assert rather than sleep a fixed time.
async fn until(what: &str, mut ready: impl FnMut() -> bool) {
    for _ in 0..1000 {
        if ready() {
            return;
        }
        TimeoutFuture::new(10).await;
    }
    panic!("waited 10 s in vain until {what}");
}

fn all(root: &Element, selector: &str) -> Vec<Element> {
    let list = root.query_selector_all(selector).unwrap();
    (0..list.length()).map(|i| list.item(i).unwrap().dyn_into().unwrap()).collect()
}

fn attrs(root: &Element, selector: &str, attr: &str) -> Vec<String> {
    all(root, selector).iter().map(|e| e.get_attribute(attr).unwrap_or_default()).collect()
}

fn checkbox(root: &Element, label_text: &str) -> HtmlInputElement {
    let label =
        all(root, "label.check").into_iter().find(|l| l.text_content().unwrap_or_default().contains(label_text));
    label.expect("a labelled checkbox").query_selector("input[type=checkbox]").unwrap().unwrap().dyn_into().unwrap()
}

fn fire(target: &Element, kind: &str) {
    let init = EventInit::new();
    init.set_bubbles(true);
    target.dispatch_event(&Event::new_with_event_init_dict(kind, &init).unwrap()).unwrap();
}

/// Clicks any element, SVG ones included, as a pointer would.
fn click(target: &Element) {
    let init = MouseEventInit::new();
    init.set_bubbles(true);
    target.dispatch_event(&MouseEvent::new_with_mouse_event_init_dict("click", &init).unwrap()).unwrap();
}

async fn choose(root: &Element, value: &str) {
    let option =
        root.query_selector(&format!("select option[value={value}]")).unwrap().expect("an option of that value");
    let select: HtmlSelectElement = option.parent_element().unwrap().dyn_into().unwrap();
    select.set_value(value);
    fire(&select, "change");
}

#[wasm_bindgen_test]
async fn the_app_mounts_with_the_six_actors() {
    let root = mount("").await;
    assert_eq!(all(&root, "[data-chart=upset]").len(), 1);
    assert_eq!(attrs(&root, "[data-set]", "data-set"), ["eu", "uk", "jp", "kr", "sg", "ca"]);
    assert!(checkbox(&root, "Japan").checked());
    assert!(!checkbox(&root, "Ukraine").checked());
}

#[wasm_bindgen_test]
async fn counting_by_partnership_makes_each_partnership_a_set_and_back() {
    let root = mount("?by=partnership&sets=eu-jp,eu-kr,eu-sg,eu-ca&mode=inclusive").await;
    assert_eq!(attrs(&root, "[data-set]", "data-set"), ["eu-jp", "eu-kr", "eu-sg", "eu-ca"]);
    assert!(checkbox(&root, "UK–Japan Digital Partnership").get_attribute("value").is_some_and(|v| v == "uk-jp"));
    let all_four = all(&root, "[data-sets='eu-jp eu-kr eu-sg eu-ca']");
    assert_eq!(all_four.len(), 1, "one column for the areas all four partnerships link");
    assert!(root.text_content().unwrap().contains("across 4 partnerships"));
    // Ticking a partnership adds its set; counting by actor again starts from the default actors.
    checkbox(&root, "UK–Japan Digital Partnership").click();
    until("UK–Japan's set mark shows", || !all(&root, "[data-set=uk-jp]").is_empty()).await;
    choose(&root, "actor").await;
    until("the sets are the actors again", || {
        attrs(&root, "[data-set]", "data-set").first().is_some_and(|s| s == "eu")
    })
    .await;
    assert_eq!(attrs(&root, "[data-set]", "data-set"), ["eu", "uk", "jp", "kr", "sg", "ca"]);
}

#[wasm_bindgen_test]
async fn an_intersection_of_actors_without_a_partnership_of_their_own_says_the_ones_behind_it() {
    let root = mount("?sets=jp,ca&mode=inclusive&select=jp+ca").await;
    let said = "Japan holds them through partnerships with EU and UK; Canada holds them through a partnership with EU.";
    until("the details heading says the partnerships behind the areas", || {
        root.query_selector("#details-title").unwrap().is_some_and(|h| h.text_content().unwrap().ends_with(said))
    })
    .await;
    let column = root.query_selector(".column[data-sets='jp ca']").unwrap().expect("Japan and Canada's column");
    let name = column.query_selector(".sr-only").unwrap().expect("the column's spoken name").text_content().unwrap();
    assert!(name.ends_with(said), "{name}");
}

#[wasm_bindgen_test]
async fn ticking_an_actor_changes_the_chart() {
    let root = mount("").await;
    let before = attrs(&root, "[data-sets]", "data-sets");
    checkbox(&root, "Japan").click();
    until("Japan's set mark goes", || all(&root, "[data-set=jp]").is_empty()).await;
    assert_eq!(attrs(&root, "[data-set]", "data-set"), ["eu", "uk", "kr", "sg", "ca"]);
    let after = attrs(&root, "[data-sets]", "data-sets");
    assert_ne!(before, after);
    assert!(after.iter().all(|s| !s.split(' ').any(|id| id == "jp")));
    checkbox(&root, "Ukraine").click();
    until("Ukraine gets a set mark", || !all(&root, "[data-set=ua]").is_empty()).await;
}

#[wasm_bindgen_test]
async fn the_description_is_the_charts_and_changes_with_it() {
    let root = mount("").await;
    let short = || root.query_selector("[data-description=short]").unwrap().expect("a short description");
    let described = attrs(&root, "[data-chart]", "aria-describedby");
    assert_eq!(described, [short().id()], "the chart points at its description");
    let before = short().text_content().unwrap();
    assert!(before.contains("Japan") && before.contains("across 6 actors"), "{before}");
    checkbox(&root, "Japan").click();
    until("Japan's set mark goes", || all(&root, "[data-set=jp]").is_empty()).await;
    // The same render as the chart's: no further wait.
    let after = short().text_content().unwrap();
    assert!(after.contains("across 5 actors") && !after.contains("Japan"), "{after}");
    let long = root.query_selector("details [data-description=long]").unwrap().expect("a long description");
    let headings: Vec<String> = all(&long, "h3").iter().map(|h| h.text_content().unwrap()).collect();
    assert_eq!(headings.first().map(String::as_str), Some("What is shown"));
    assert!(long.text_content().unwrap().contains("5 actors: European Union, United Kingdom, Republic of Korea"));
}

#[wasm_bindgen_test]
async fn inclusive_mode_counts_every_area_an_intersection_shares() {
    let root = mount("").await;
    let total =
        || -> usize { attrs(&root, "[data-sets]", "data-size").iter().map(|s| s.parse::<usize>().unwrap()).sum() };
    let exclusive_total = total();
    choose(&root, "inclusive").await;
    until("inclusive intersections count shared areas again", || total() > exclusive_total).await;
    let sets = attrs(&root, "[data-sets]", "data-sets");
    let sizes = attrs(&root, "[data-sets]", "data-size");
    let eu = sets.iter().position(|s| s == "eu").expect("the EU alone is an inclusive intersection");
    assert_eq!(sizes[eu], attrs(&root, "[data-set=eu]", "data-size")[0], "inclusive {{EU}} is all the EU's areas");
}

#[wasm_bindgen_test]
async fn sorting_by_degree_puts_single_actors_first() {
    let root = mount("").await;
    let degrees =
        || -> Vec<usize> { attrs(&root, "[data-sets]", "data-sets").iter().map(|s| s.split(' ').count()).collect() };
    assert!(!degrees().is_sorted(), "the default sort (by size) is not by degree");
    choose(&root, "degree").await;
    until("intersections come in order of degree", || degrees().is_sorted()).await;
}

#[wasm_bindgen_test]
async fn a_group_filter_and_a_search_narrow_the_areas() {
    let root = mount("").await;
    let core = ["ai", "semiconductors", "hpc", "quantum"];
    let only_core =
        || attrs(&root, "[data-sets]", "data-elements").iter().flat_map(|e| e.split(' ')).all(|a| core.contains(&a));
    assert!(!only_core());
    checkbox(&root, "Core technologies").click();
    until("only core areas are shown", only_core).await;
    let root = mount("?q=chips").await;
    assert_eq!(attrs(&root, "[data-sets]", "data-elements"), ["semiconductors"]);
}

#[wasm_bindgen_test]
async fn hovering_a_set_lights_its_row_and_columns() {
    let root = mount("").await;
    let row = all(&root, ".set-row")[2].clone();
    fire(&row, "mouseover");
    until("the hovered row lights up", || row.has_attribute("data-lit")).await;
    let lit = attrs(&root, ".column[data-lit]", "data-sets");
    assert!(!lit.is_empty() && lit.iter().all(|s| s.split(' ').any(|id| id == "jp")), "{lit:?}");
}

#[wasm_bindgen_test]
async fn clicking_an_intersection_selects_it_and_again_unselects() {
    let root = mount("").await;
    let pressed = || all(&root, ".column[aria-pressed=true]").len();
    click(&all(&root, ".column")[0]);
    until("one column is pressed", || pressed() == 1).await;
    click(&all(&root, ".column")[0]);
    until("no column is pressed", || pressed() == 0).await;
}

#[wasm_bindgen_test]
async fn a_bad_url_is_named_and_the_rest_applies() {
    let root = mount("?sets=eu,jp,zz&view=<b>x</b>&mode=inclusive").await;
    let notice = root.query_selector("[role=status]").unwrap().unwrap().text_content().unwrap();
    assert!(notice.contains("zz") && notice.contains("<b>x</b>"), "{notice}");
    assert!(all(&root, "b").is_empty(), "URL text is never markup");
    assert_eq!(attrs(&root, "[data-set]", "data-set"), ["eu", "jp"]);
}

fn radio(root: &Element, value: &str) -> HtmlInputElement {
    root.query_selector(&format!("input[type=radio][value={value}]"))
        .unwrap()
        .expect("a view radio")
        .dyn_into()
        .unwrap()
}

#[wasm_bindgen_test]
async fn the_table_view_is_a_real_table_of_every_area() {
    let root = mount("").await;
    radio(&root, "matrix").click();
    until("the table replaces the chart", || !all(&root, "table[data-chart=matrix]").is_empty()).await;
    let table = root.query_selector("table[data-chart=matrix]").unwrap().expect("the membership table");
    assert_eq!(attrs(&table, "thead th[data-set]", "data-set"), ["eu", "uk", "jp", "kr", "sg", "ca"]);
    assert_eq!(all(&root, "[data-chart=upset]").len(), 0);
    let filled = all(&table, "td[data-on]").len();
    let total: usize = attrs(&table, "th[data-set]", "data-size").iter().map(|s| s.parse::<usize>().unwrap()).sum();
    assert_eq!(filled, total, "one filled cell per actor–area membership");
    click(&all(&table, "td[data-on] button")[0]);
    until("a filled cell opens its quotes", || !all(&root, ".details blockquote").is_empty()).await;
}

#[wasm_bindgen_test]
async fn venn_is_offered_only_for_two_or_three_actors() {
    let root = mount("").await;
    assert!(radio(&root, "venn").disabled());
    assert!(root.text_content().unwrap().contains("Venn needs 2 or 3 actors"));
    let root = mount("?sets=eu,jp,kr").await;
    assert!(!radio(&root, "venn").disabled());
    radio(&root, "venn").click();
    until("the Venn view shows", || !all(&root, "[data-chart=venn] [data-set]").is_empty()).await;
    let venn = root.query_selector("[data-chart=venn]").unwrap().expect("the Venn view");
    assert_eq!(attrs(&venn, "[data-set]", "data-set"), ["eu", "jp", "kr"]);
    let sizes: usize = attrs(&venn, "[data-sets]", "data-size").iter().map(|s| s.parse::<usize>().unwrap()).sum();
    let areas: usize = attrs(&venn, "[data-sets]", "data-elements").iter().map(|e| e.split(' ').count()).sum();
    assert_eq!(sizes, areas);
}

#[wasm_bindgen_test]
async fn a_selected_intersection_shows_verbatim_quotes_and_their_sources() {
    let root = mount("?select=eu+uk+jp+kr+sg+ca").await;
    // The publishing module draws the panel, after the chart.
    until("the details show their quotes", || !all(&root, ".details blockquote").is_empty()).await;
    let details = root.query_selector(".details").unwrap().unwrap();
    let text = details.text_content().unwrap();
    assert!(text.contains("Semiconductors"), "{text}");
    let quotes = all(&details, "blockquote");
    assert!(quotes.len() >= 5, "at least one quote per partnership of the six");
    assert_eq!(all(&details, ".cite a[href^='#source-']").len(), quotes.len(), "every quote names its source");
    let partnerships: Vec<String> = all(&details, ".brief h4").iter().map(|h| h.text_content().unwrap()).collect();
    let once = |name: &str| partnerships.iter().filter(|p| p.starts_with(name)).count() == 1;
    assert!(once("EU–Japan") && once("UK–Japan"), "each partnership's citations come once: {partnerships:?}");
    assert!(
        quotes.iter().any(|q| q.get_attribute("lang").as_deref() == Some("nl")),
        "a Dutch quote is marked as Dutch"
    );
}

#[wasm_bindgen_test]
async fn many_intersections_show_a_page_at_a_time() {
    let root = mount("?sets=eu,uk,jp,kr,sg,ca,ua&mode=inclusive").await;
    assert_eq!(all(&root, "[data-sets]").len(), overlap::present::upset::PAGE);
    let more = all(&root, "button.more");
    assert_eq!(more.len(), 1, "a show-more button");
    click(&more[0]);
    until("more intersections show", || all(&root, "[data-sets]").len() > overlap::present::upset::PAGE).await;
}

#[wasm_bindgen_test]
async fn an_as_of_date_names_the_undated_partnerships_it_leaves_out() {
    let root = mount("?asof=2024-04-30").await;
    let text = root.text_content().unwrap();
    assert!(
        text.contains("30 April 2024: EU") && text.contains("Not counted, as the sources give no date: UK"),
        "{text}"
    );
    assert!(!attrs(&root, "[data-sets]", "data-sets").iter().any(|s| s.split(' ').any(|id| id == "uk")));
}

#[wasm_bindgen_test]
async fn a_venn_url_with_six_actors_falls_back_to_upset_and_says_so() {
    let root = mount("?view=venn").await;
    assert_eq!(all(&root, "[data-chart=upset]").len(), 1);
    let notice = root.query_selector("[role=status]").unwrap().unwrap().text_content().unwrap();
    assert!(notice.contains("UpSet chart is shown instead"), "{notice}");
    assert_eq!(root.text_content().unwrap().matches("Venn needs 2 or 3 actors").count(), 1, "the reason is said once");
}

#[wasm_bindgen_test]
async fn one_selection_at_a_time_so_closing_one_never_brings_back_another() {
    let root = mount("?view=matrix").await;
    click(&all(&root, "td[data-on] button")[0]);
    until("the cell's quotes show", || !all(&root, ".details blockquote").is_empty()).await;
    radio(&root, "upset").click();
    until("the UpSet chart shows", || !all(&root, ".column").is_empty()).await;
    click(&all(&root, ".column")[0]);
    until("the column is pressed", || all(&root, ".column[aria-pressed=true]").len() == 1).await;
    click(&all(&root, ".column")[0]);
    until("nothing is selected", || all(&root, ".column[aria-pressed=true]").is_empty()).await;
    assert!(all(&root, ".details blockquote").is_empty(), "the earlier cell's panel came back");
    assert!(!all(&root, ".details .hint").is_empty());
}

#[wasm_bindgen_test]
async fn a_venn_region_opens_exactly_the_areas_it_counts_even_in_inclusive_mode() {
    let root = mount("?sets=eu,jp,kr&view=venn&mode=inclusive").await;
    until("the regions are drawn", || !all(&root, ".region").is_empty()).await;
    let region = all(&root, ".region").into_iter().find(|r| r.get_attribute("data-sets").unwrap().contains(' '));
    let region = region.expect("a region shared by two or more actors");
    let size: usize = region.get_attribute("data-size").unwrap().parse().unwrap();
    click(&region);
    until("the region's details show", || !all(&root, ".details .area-evidence").is_empty()).await;
    let mut areas = attrs(&root, ".details .area-evidence", "data-area");
    areas.sort();
    areas.dedup();
    assert_eq!(areas.len(), size, "the panel explains exactly the areas counted: {areas:?}");
}

#[wasm_bindgen_test]
async fn a_comparison_shows_both_dates_and_stops_without_a_trace() {
    let root = mount("?from=2023&to=2024-04-30").await;
    let columns = all(&root, ".column[data-size-before]");
    assert_eq!(columns.len(), all(&root, ".column").len(), "every intersection says its earlier size");
    assert!(!all(&root, ".column .bar[data-was]").is_empty(), "the earlier sizes are drawn");
    until("a changes list", || !all(&root, ".changes li[data-change]").is_empty()).await;
    let entries = all(&root, ".changes li[data-change]");
    // Its entry lights the area's intersection at the later date.
    click(&entries[0].query_selector("button").unwrap().unwrap());
    until("the entry's intersection is lit", || !all(&root, ".column[data-lit]").is_empty()).await;
    until("the area's sources open", || !all(&root, ".details .area-evidence").is_empty()).await;
    // Sorting by change is offered only while comparing, and goes with it.
    let by_change = || {
        let sizes = |name: &str| attrs(&root, ".column", name).into_iter().map(|v| v.parse::<i64>().unwrap());
        let changes: Vec<i64> = sizes("data-size").zip(sizes("data-size-before")).map(|(a, b)| (a - b).abs()).collect();
        changes.windows(2).all(|w| w[0] >= w[1])
    };
    assert!(!by_change(), "sorted by size, the biggest change is not first");
    choose(&root, "change").await;
    until("the chart sorts by change, the biggest first", by_change).await;
    let compare: HtmlSelectElement = root.query_selector("select[name=compare]").unwrap().unwrap().dyn_into().unwrap();
    compare.set_value("");
    fire(&compare, "change");
    until("the comparison ends", || all(&root, "[data-size-before], .changes, .was").is_empty()).await;
    assert!(all(&root, "select[name=sort] option[value=change]").is_empty());
    assert!(all(&root, "input[name=from]").is_empty());
}

#[wasm_bindgen_test]
async fn embedded_the_view_has_no_controls_a_credit_line_and_working_details() {
    let root = mount("embed&sets=eu,jp,kr").await;
    assert!(all(&root, ".filters, .toolbar").is_empty(), "the embed shows controls");
    // The line the core composes, word for word.
    let credit = all(&root, ".embed-credit").pop().expect("a credit line").text_content().unwrap_or_default();
    let (state, _) = url_state::parse("embed&sets=eu,jp,kr", &DATASET);
    assert_eq!(credit, Credit::new(&DATASET, &ChartData::of(&DATASET, &state)).text());
    assert!(credit.starts_with("Overlap · Sources: ["), "{credit}");
    // Each numbered source the details cite is in the credit line, its link target.
    let mark = all(&root, "[data-chart] [data-sets][role=button]").remove(0);
    click(&mark);
    until("a click opens the details", || !all(&root, ".details blockquote").is_empty()).await;
    for href in attrs(&root, ".details a[href^='#source-']", "href") {
        assert_eq!(all(&root, &format!(".embed-credit [id='{}']", &href[1..])).len(), 1, "{href} has no target");
    }
    // The full view is this one, the selection too.
    let full = attrs(&root, ".embed-credit a", "href").remove(0);
    let selected = mark.get_attribute("data-sets").unwrap().replace(' ', "+");
    assert!(full.ends_with(&format!("/?sets=eu,jp,kr&select={selected}&v={}", DATASET.version)), "{full}");
}

thread_local! {
    static SLOW_EFFECT_RAN: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
}

/// A component whose render takes longer than the 16 ms after which Yew's scheduler yields to the browser.
#[yew::function_component]
fn Slow() -> yew::Html {
    yew::use_effect_with((), |_| SLOW_EFFECT_RAN.with(|ran| ran.set(true)));
    let start = js_sys::Date::now();
    while js_sys::Date::now() - start < 40.0 {}
    yew::html! { <p>{ "slow" }</p> }
}

#[wasm_bindgen_test]
fn a_first_render_longer_than_a_frame_runs_with_its_effects_at_once() {
    // What the app's takeover relies on (`boot::render_now`): should a Yew upgrade defer the effects, or make
    // `scheduler::flush` wait, this fails.
    let root = gloo::utils::document().create_element("div").unwrap();
    render_now::<Slow>(root.clone(), ());
    assert_eq!(root.text_content().unwrap(), "slow", "the render waits for a later task");
    assert!(SLOW_EFFECT_RAN.with(|ran| ran.get()), "the effect waits for a later task");
    let app = gloo::utils::document().create_element("div").unwrap();
    render_now::<App>(app.clone(), AppProps { query: Some("sets=eu,jp".into()) });
    assert_eq!(attrs(&app, "[data-set]", "data-set"), ["eu", "jp"], "the app's first render is complete at once");
}

#[wasm_bindgen_test]
async fn a_moved_area_says_where_it_went_and_a_pick_takes_the_focus_to_its_evidence() {
    let root = mount("?from=2023&to=2024-04-30").await;
    let moved = all(&root, ".column[data-sets=\"eu kr\"] .moved");
    assert_eq!(
        moved[0].text_content().unwrap(),
        "−2, moved to EU · Japan · Korea:High-performance computingOnline platforms"
    );
    let column = root.query_selector(".column[data-sets=\"eu jp kr\"]").unwrap().unwrap();
    click(&column);
    until("the details' heading has the focus", || {
        gloo::utils::document().active_element().is_some_and(|e| e.id() == "details-title")
    })
    .await;
}

#[wasm_bindgen_test]
async fn grouping_by_degree_draws_headers_and_a_clicked_header_collapses_its_group_in_the_link() {
    let root = mount("?sets=eu,uk,jp,kr,sg,ca,ua&mode=inclusive").await;
    let headers = || attrs(&root, "button.group", "aria-expanded");
    assert!(headers().is_empty(), "not grouped at first");
    checkbox(&root, "Group by degree").click();
    until("a header per degree", || headers().len() == 6).await;
    let drawn = |sets: &str| attrs(&root, "[data-sets][role=button]", "data-sets").iter().any(|s| s == sets);
    assert!(drawn("eu jp"), "the group of two is expanded");
    let two =
        all(&root, "button.group").into_iter().find(|h| h.text_content().unwrap().starts_with("2 actors")).unwrap();
    assert!(two.get_attribute("data-sets").is_none(), "a header is no intersection");
    click(&two);
    until("the group of two collapses", || headers() == ["true", "false", "true", "true", "true", "true"]).await;
    assert!(!drawn("eu jp"), "a collapsed group draws no column");
    let caption = root.query_selector(".upset figcaption").unwrap().unwrap().text_content().unwrap();
    assert!(caption.contains("grouped by degree; collapsed: 2 actors;"), "{caption}");
    // The view's link says so, and opens the same view.
    root.query_selector("details.share").unwrap().unwrap().set_attribute("open", "").unwrap();
    until("the link is shown", || root.query_selector(".share-menu pre").unwrap().is_some()).await;
    let link = root.query_selector(".share-menu pre").unwrap().unwrap().text_content().unwrap();
    let query = link.split_once('?').map(|(_, q)| q).unwrap_or_default();
    assert!(query.starts_with("sets=eu,uk,jp,kr,sg,ca,ua&mode=inclusive&agg=degree&collapsed=2&v="), "{link}");
    let (state, notices) = url_state::parse(query, &DATASET);
    assert!(notices.is_empty(), "{notices:?}");
    assert_eq!(state.grouped.map(|c| c.iter().collect::<Vec<_>>()), Some(vec![2]));
}
