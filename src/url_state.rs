//! The query-string codec for `State`: canonical rendering, and lenient, total parsing that names what it ignored.

use crate::dataset::{Dataset, Date, Grade};
use crate::overlap::{Mode, Sort};
use crate::sets::ActorSet;
use crate::state::{clamp_query, State, Subject, View};

const KEYS: [&str; 16] = [
    "embed", "sets", "group", "areas", "q", "view", "mode", "sort", "asof", "from", "to", "firm", "select", "cell",
    "change", "v",
];

/// The query a shared link carries: the view's, then the version of the data it was made with (`v=1.0`), so that the
/// link, opened after the data changed, can say so. The address bar leaves it out: one view, one URL.
pub fn shared(state: &State, ds: &Dataset) -> String {
    let query = render(state, ds);
    let version = "v=".to_string() + ds.version;
    if query.is_empty() {
        version
    } else {
        query + "&" + &version
    }
}

/// Renders the canonical query string (without `?`): defaults left out, keys and ids in a fixed order.
pub fn render(state: &State, ds: &Dataset) -> String {
    let default = State::default_for(ds);
    let ids = |set: ActorSet, sep: &str| set.iter().map(|i| ds.actors[i].id).collect::<Vec<_>>().join(sep);
    let mut pairs: Vec<(&str, String)> = Vec::new();
    if state.sets != default.sets {
        pairs.push(("sets", ids(state.sets, ",")));
    }
    if !state.groups.is_empty() {
        pairs.push(("group", state.groups.iter().map(|&g| ds.groups[g].id).collect::<Vec<_>>().join(",")));
    }
    if !state.areas.is_empty() {
        pairs.push(("areas", state.areas.iter().map(|&a| ds.areas[a].id).collect::<Vec<_>>().join(",")));
    }
    if !state.query.is_empty() {
        pairs.push(("q", encode(&state.query)));
    }
    if state.view != default.view {
        pairs.push(("view", view_name(state.view).into()));
    }
    if state.mode != default.mode {
        pairs.push(("mode", mode_name(state.mode).into()));
    }
    if state.sort != default.sort {
        pairs.push(("sort", sort_name(state.sort).into()));
    }
    // Comparing, the later date reads as the end of a range.
    match (state.from, state.as_of) {
        (Some(from), Some(to)) => pairs.extend([("from", from.iso()), ("to", to.iso())]),
        (_, Some(d)) => pairs.push(("asof", d.iso())),
        _ => {}
    }
    if state.firm != default.firm {
        pairs.push(("firm", state.firm.name().into()));
    }
    match state.subject {
        Some(Subject::Intersection(s)) => pairs.push(("select", ids(s, "+"))),
        Some(Subject::Cell { area, actor }) => {
            pairs.push(("cell", format!("{}.{}", ds.actors[actor].id, ds.areas[area].id)))
        }
        Some(Subject::Change(area)) => pairs.push(("change", ds.areas[area].id.into())),
        None => {}
    }
    // The flag without a value, as `?embed` reads in a snippet; first, so that it is the first thing one sees there.
    let flag = state.embed.then(|| "embed".to_string());
    flag.into_iter().chain(pairs.iter().map(|(k, v)| format!("{k}={v}"))).collect::<Vec<_>>().join("&")
}

/// Parses a query string (with or without `?`); never fails. Returns the state and a notice per ignored part.
pub fn parse(query: &str, ds: &Dataset) -> (State, Vec<String>) {
    let mut state = State::default_for(ds);
    let mut notices = Vec::new();
    let mut seen: Vec<(&str, &str)> = Vec::new();
    for pair in query.trim_start_matches('?').split('&').filter(|p| !p.is_empty()) {
        let (raw_key, raw_value) = pair.split_once('=').unwrap_or((pair, ""));
        let key = decode(raw_key);
        let value = decode(raw_value);
        let Some(&key) = KEYS.iter().find(|k| **k == key) else {
            notices.push(format!("Ignored unknown parameter “{}”.", shorten(&key)));
            continue;
        };
        // "to" is "asof" under another name, for the end of a comparison.
        let slot = if key == "to" { "asof" } else { key };
        if let Some(&(_, first)) = seen.iter().find(|(s, _)| *s == slot) {
            notices.push(match first == key {
                true => format!("Ignored repeated parameter “{key}”; the first one applies."),
                false => {
                    format!("Ignored “{key}”: “{first}” already gave the date counted up to, and the first applies.")
                }
            });
            continue;
        }
        seen.push((slot, key));
        apply(&mut state, key, &value, ds, &mut notices);
    }
    if let Some(from) = state.from {
        let to = state.as_of.or(ds.timeline().last().copied()).unwrap_or(from);
        if to < from {
            notices.push(format!(
                "The dates in “from” and “to” were the wrong way round, so {to} is compared with {from}."
            ));
        }
        (state.from, state.as_of) = (Some(from.min(to)), Some(from.max(to)));
    } else if state.sort == Sort::Change {
        notices.push("Ignored “sort=change”: it orders a comparison of two dates, and “from” gives none.".into());
        state.sort = Sort::Size;
    }
    if !state.subject_fits(ds) {
        let (key, what) = match state.subject {
            Some(Subject::Cell { .. }) => ("cell", "an actor or area that is not shown"),
            Some(Subject::Change(_)) => ("change", "an area that did not change between the dates compared"),
            _ => ("select", "an actor or area that is not shown"),
        };
        notices.push(format!("Ignored “{key}”: it names {what}."));
        state.subject = None;
    }
    (state, notices)
}

fn apply(state: &mut State, key: &str, value: &str, ds: &Dataset, notices: &mut Vec<String>) {
    let mut bad = |what: &str| notices.push(format!("Ignored {what} in “{key}”."));
    match key {
        "embed" if matches!(value, "" | "1" | "true") => state.embed = true,
        "embed" => bad(&format!("the value “{}” (it takes none)", shorten(value))),
        "sets" => {
            let known = lookup(value, ',', ds.actors.len(), &|id| ds.actor_by_id(id), &mut bad);
            // Only an empty value is the user's own empty selection; ids that are all unknown (a typo, a newer
            // dataset) would otherwise open an empty chart.
            if known.is_empty() && ids(value, ',').next().is_some() {
                notices.push("No actor in “sets” is known, so the default actors are shown.".into());
            } else {
                state.sets = ActorSet::from_indices(known);
            }
        }
        "group" => state.groups = lookup(value, ',', ds.groups.len(), &|id| ds.group_by_id(id), &mut bad),
        "areas" => state.areas = lookup(value, ',', ds.areas.len(), &|id| ds.area_by_id(id), &mut bad),
        "q" => state.query = clamp_query(value),
        "view" => set_or(&mut state.view, parse_view(value), value, &mut bad),
        "mode" => set_or(&mut state.mode, parse_mode(value), value, &mut bad),
        "sort" => set_or(&mut state.sort, parse_sort(value), value, &mut bad),
        "asof" | "to" | "from" => match Date::parse(value) {
            Some(d) if key == "from" => state.from = on_timeline(d, key, ds, notices),
            Some(d) => state.as_of = on_timeline(d, key, ds, notices),
            None => bad(&format!("the date “{}” (use YYYY-MM-DD)", shorten(value))),
        },
        "firm" => set_or(&mut state.firm, Grade::parse(value), value, &mut bad),
        "select" | "cell" | "change" if state.subject.is_some() => {
            notices.push(format!("Ignored “{key}”: one selection at a time, and the first one applies."))
        }
        "select" => {
            let set = ActorSet::from_indices(lookup(value, '+', ds.actors.len(), &|id| ds.actor_by_id(id), &mut bad));
            state.subject = (!set.is_empty()).then_some(Subject::Intersection(set));
        }
        "cell" => {
            let (actor, area) = value.split_once('.').unwrap_or((value, ""));
            match (ds.actor_by_id(actor), ds.area_by_id(area)) {
                (Some(actor), Some(area)) => state.subject = Some(Subject::Cell { area, actor }),
                _ => bad(&format!("“{}” (use actor.area, e.g. jp.semiconductors)", shorten(value))),
            }
        }
        "v" if value != ds.version => notices.push(format!(
            "This link was made with version {} of the data; it is now version {} (data as of {}), so the view may \
             show other areas than when it was shared.",
            shorten(value),
            ds.version,
            ds.data_as_of
        )),
        "v" => {}
        "change" => match ds.area_by_id(value) {
            Some(area) => state.subject = Some(Subject::Change(area)),
            None => bad(&format!("unknown id “{}”", shorten(value))),
        },
        _ => unreachable!("only KEYS reach here"),
    }
}

/// The timeline step an as-of date counts the same events as: the last step on or before it, so the slider and the
/// state always agree and one view has one URL. A date before the first step counts nothing the timeline can show:
/// the first step applies, and a notice says so; one after the last step counts what the last does, and a notice
/// says that too, as the date is likely a mistake (or a link made for newer data).
fn on_timeline(date: Date, key: &str, ds: &Dataset, notices: &mut Vec<String>) -> Option<Date> {
    let timeline = ds.timeline();
    let step = timeline.iter().rev().find(|t| **t <= date).or(timeline.first()).copied();
    match (timeline.first(), timeline.last()) {
        (Some(first), _) if date < *first => notices.push(format!(
            "The date {date} in “{key}” is before the first event ({first}), so the timeline starts there."
        )),
        (_, Some(last)) if date > *last => notices.push(format!(
            "The date {date} in “{key}” is after the last event, so the timeline's last step, {last}, applies."
        )),
        _ => {}
    }
    step
}

/// Resolves separated ids to the distinct indices (below `count`) they name, in index order, reporting each unknown
/// one; `select` also accepts a space, as `+` decodes to one. Marking rather than sorting keeps a long list cheap.
/// One copy serves the four lists (dynamic calls, not one instance per table): it is not on any hot path.
#[inline(never)]
fn lookup(
    value: &str,
    sep: char,
    count: usize,
    find: &dyn Fn(&str) -> Option<usize>,
    bad: &mut dyn FnMut(&str),
) -> Vec<usize> {
    let mut named = vec![false; count];
    for id in ids(value, sep) {
        match find(id) {
            Some(i) => named[i] = true,
            None => bad(&format!("unknown id “{}”", shorten(id))),
        }
    }
    named.iter().enumerate().filter(|(_, n)| **n).map(|(i, _)| i).collect()
}

/// The non-empty ids of a separated list.
fn ids(value: &str, sep: char) -> impl Iterator<Item = &str> {
    value.split([sep, ' ']).map(str::trim).filter(|id| !id.is_empty())
}

fn set_or<T>(slot: &mut T, parsed: Option<T>, value: &str, bad: &mut impl FnMut(&str)) {
    match parsed {
        Some(v) => *slot = v,
        None => bad(&format!("the value “{}”", shorten(value))),
    }
}

/// Keeps echoed URL text short in notices.
fn shorten(s: &str) -> String {
    match s.chars().count() > 40 {
        true => s.chars().take(40).collect::<String>() + "…",
        false => s.to_string(),
    }
}

pub fn view_name(v: View) -> &'static str {
    match v {
        View::Upset => "upset",
        View::Matrix => "matrix",
        View::Venn => "venn",
    }
}

pub fn mode_name(m: Mode) -> &'static str {
    match m {
        Mode::Exclusive => "exclusive",
        Mode::Inclusive => "inclusive",
    }
}

pub fn sort_name(s: Sort) -> &'static str {
    match s {
        Sort::Size => "size",
        Sort::Degree => "degree",
        Sort::Sets => "sets",
        Sort::Change => "change",
    }
}

pub fn parse_view(s: &str) -> Option<View> {
    [View::Upset, View::Matrix, View::Venn].into_iter().find(|v| view_name(*v) == s)
}

pub fn parse_mode(s: &str) -> Option<Mode> {
    [Mode::Exclusive, Mode::Inclusive].into_iter().find(|v| mode_name(*v) == s)
}

pub fn parse_sort(s: &str) -> Option<Sort> {
    [Sort::Size, Sort::Degree, Sort::Sets, Sort::Change].into_iter().find(|v| sort_name(*v) == s)
}

/// Percent-encodes all but RFC 3986 unreserved characters.
pub fn encode(s: &str) -> String {
    s.bytes()
        .map(|b| match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'.' | b'_' | b'~' => (b as char).to_string(),
            _ => {
                const HEX: &[u8; 16] = b"0123456789ABCDEF";
                ['%', char::from(HEX[usize::from(b >> 4)]), char::from(HEX[usize::from(b & 15)])].iter().collect()
            }
        })
        .collect()
}

/// Decodes `%XX` and `+` (as a space); malformed escapes stay as written, invalid UTF-8 becomes U+FFFD.
pub fn decode(s: &str) -> String {
    let bytes = s.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        let hex = |j: usize| bytes.get(j).and_then(|b| (*b as char).to_digit(16));
        match (bytes[i], hex(i + 1), hex(i + 2)) {
            (b'%', Some(h), Some(l)) => {
                out.push((h * 16 + l) as u8);
                i += 3;
            }
            (b'+', _, _) => {
                out.push(b' ');
                i += 1;
            }
            (b, _, _) => {
                out.push(b);
                i += 1;
            }
        }
    }
    String::from_utf8_lossy(&out).into_owned()
}
