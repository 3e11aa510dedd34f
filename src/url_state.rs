//! The query-string codec for `State`: canonical rendering, and lenient, total parsing that names what it ignored.

use crate::dataset::{By, Carried, Dataset, Date, Grade};
use crate::named::Named;
use crate::overlap::{Degrees, Mode, Sort, ANY_DEGREE};
use crate::sets::ActorSet;
use crate::state::{clamp_query, Settled, State, Subject, View};

/// The query string's keys.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Param {
    Embed,
    By,
    Sets,
    Group,
    Areas,
    Query,
    View,
    Mode,
    Sort,
    AsOf,
    From,
    /// The later date of a comparison: the as-of date under another name.
    To,
    Firm,
    Select,
    Cell,
    Change,
    Version,
    MinSize,
    MaxDegree,
    /// Grouping the UpSet chart's intersections (by degree), and the groups collapsed.
    Grouping,
    Collapsed,
    /// The web address of a reader's data: the page opens it before the view (`components::app`).
    Data,
}

impl Param {
    /// The key a URL writes it as, if it is one.
    fn of(key: &str) -> Option<Param> {
        Some(match key {
            "embed" => Param::Embed,
            "by" => Param::By,
            "sets" => Param::Sets,
            "group" => Param::Group,
            "areas" => Param::Areas,
            "q" => Param::Query,
            "view" => Param::View,
            "mode" => Param::Mode,
            "sort" => Param::Sort,
            "asof" => Param::AsOf,
            "from" => Param::From,
            "to" => Param::To,
            "firm" => Param::Firm,
            "select" => Param::Select,
            "cell" => Param::Cell,
            "change" => Param::Change,
            "v" => Param::Version,
            "data" => Param::Data,
            "min" => Param::MinSize,
            "degree" => Param::MaxDegree,
            "agg" => Param::Grouping,
            "collapsed" => Param::Collapsed,
            _ => return None,
        })
    }

    /// The key it counts as when repeated: `to` is `asof` under another name. (The three selection keys are told
    /// apart: which one applies is the first that selects something, see `apply`.)
    fn slot(self) -> Param {
        match self {
            Param::To => Param::AsOf,
            p => p,
        }
    }
}

/// The query a shared link carries: the view's, then the version of the data it was made with (`v=1.0`), so that the
/// link, opened after the data changed, can say so. The address bar leaves it out: one view, one URL.
pub fn shared(state: &State, ds: &Dataset) -> String {
    let query = render(state, ds);
    let version = "v=".to_string() + ds.version;
    let query = if query.is_empty() { version } else { query + "&" + &version };
    query + &fragment(ds)
}

/// What follows a view's query in its link: a reader's data packed into the fragment (`#data=…`, which browsers
/// never send to a server), where it is carried that way; else nothing.
pub fn fragment(ds: &Dataset) -> String {
    match ds.supplied.map(|s| s.link) {
        Some(Carried::Fragment(packed)) => "#data=".to_string() + packed,
        _ => String::new(),
    }
}

/// Renders the canonical query string (without `?`): defaults left out, keys and ids in a fixed order.
pub fn render(state: &State, ds: &Dataset) -> String {
    let ds = ds.counted(state.by);
    let default = State::default_for(ds);
    let ids = |set: ActorSet, sep: &str| set.iter().map(|i| ds.actors[i].id).collect::<Vec<_>>().join(sep);
    let mut pairs: Vec<(&str, String)> = Vec::new();
    if let Some(Carried::Address(address)) = ds.supplied.map(|s| s.link) {
        // Its slashes and colons as they are: a query may hold them, and the link reads better.
        pairs.push(("data", encode(address).replace("%2F", "/").replace("%3A", ":")));
    }
    if state.by != By::default() {
        pairs.push(("by", state.by.name().into()));
    }
    if state.actors != default.actors {
        pairs.push(("sets", ids(state.actors, ",")));
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
    let named = [
        ("view", state.view.name(), default.view.name()),
        ("mode", state.mode.name(), default.mode.name()),
        ("sort", state.sort.name(), default.sort.name()),
    ];
    pairs.extend(named.iter().filter(|(_, now, was)| now != was).map(|(k, v, _)| (*k, v.to_string())));
    // Comparing, the later date reads as the end of a range.
    match (state.from, state.as_of) {
        (Some(from), Some(to)) => pairs.extend([("from", from.iso()), ("to", to.iso())]),
        (_, Some(d)) => pairs.push(("asof", d.iso())),
        _ => {}
    }
    if state.firm != default.firm {
        pairs.push(("firm", state.firm.name().into()));
    }
    if state.limits.min_size != default.limits.min_size {
        pairs.push(("min", state.limits.min_size.to_string()));
    }
    if state.limits.max_degree != default.limits.max_degree {
        pairs.push(("degree", state.limits.max_degree.to_string()));
    }
    if let Some(collapsed) = state.grouped {
        pairs.push(("agg", "degree".into()));
        if collapsed != Degrees::default() {
            let mut list = String::new();
            for d in collapsed.iter() {
                list += if list.is_empty() { "" } else { "," };
                list += &d.to_string();
            }
            pairs.push(("collapsed", list));
        }
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

/// Parses a query string (with or without `?`); never fails. Returns the state, settled as the reducer settles it,
/// and a notice per part it ignored or changed.
pub fn parse(query: &str, ds: &Dataset) -> (State, Vec<String>) {
    // A fragment (a reader's data, `fragment`) is no part of the query.
    let query = query.split('#').next().unwrap_or_default();
    let pairs = query.trim_start_matches('?').split('&').filter(|p| !p.is_empty());
    let split = |pair: &str| {
        let (key, value) = pair.split_once('=').unwrap_or((pair, ""));
        (decode(key), decode(value))
    };
    // What the sets are comes first, wherever it stands: the other keys name sets, and are read in that data.
    let by = pairs.clone().map(split).find(|(key, _)| key == "by").and_then(|(_, value)| By::parse(&value));
    let ds = ds.counted(by.unwrap_or_default());
    let mut state = State::default_for(ds);
    let mut notices = Vec::new();
    let mut seen: Vec<(Param, String)> = Vec::new();
    // Read once the rest is: what it collapses are groups, which only `agg` makes, wherever it stands.
    let mut collapsed = None;
    for (key, value) in pairs.map(split) {
        let Some(param) = Param::of(&key) else {
            notices.push(format!("Ignored unknown parameter “{}”.", shorten(&key)));
            continue;
        };
        if let Some((_, first)) = seen.iter().find(|(p, _)| *p == param.slot()) {
            notices.push(match first == &key {
                true => format!("Ignored repeated parameter “{key}”; the first one applies."),
                false => {
                    format!("Ignored “{key}”: “{first}” already gave the date counted up to, and the first applies.")
                }
            });
            continue;
        }
        seen.push((param.slot(), key.clone()));
        match param {
            Param::Collapsed => collapsed = Some(value),
            _ => apply(&mut state, param, &key, &value, ds, &mut notices),
        }
    }
    if let Some(value) = collapsed {
        apply(&mut state, Param::Collapsed, "collapsed", &value, ds, &mut notices);
    }
    notices.extend(state.settle(ds).into_iter().map(|settled| match settled {
        Settled::SwappedDates { from, to } => {
            format!("The dates in “from” and “to” were the wrong way round, so {to} is compared with {from}.")
        }
        Settled::SortByChangeWithoutComparison => {
            "Ignored “sort=change”: it orders a comparison of two dates, and “from” gives none.".into()
        }
        Settled::Unselected(Subject::Change(_)) => {
            "Ignored “change”: it names an area that did not change between the dates compared.".into()
        }
        Settled::Unselected(subject) => {
            let key = if matches!(subject, Subject::Cell { .. }) { "cell" } else { "select" };
            format!("Ignored “{key}”: what it names is not shown.")
        }
    }));
    (state, notices)
}

fn apply(state: &mut State, param: Param, key: &str, value: &str, ds: &Dataset, notices: &mut Vec<String>) {
    let mut bad = |what: &str| notices.push(format!("Ignored {what} in “{key}”."));
    match param {
        Param::Embed if matches!(value, "" | "1" | "true") => state.embed = true,
        Param::Embed => bad(&format!("the value “{}” (it takes none)", shorten(value))),
        // Read before the rest (see `parse`).
        Param::By => match By::parse(value) {
            Some(by) if by == state.by => {}
            Some(_) => notices.push("Ignored “by”: this data can be counted only by its own sets.".into()),
            None => bad(&format!("the value “{}”", shorten(value))),
        },
        Param::Sets => {
            let known = lookup(value, ',', ds.actors.len(), &|id| ds.actor_by_id(id), &mut bad);
            // Only an empty value is the user's own empty selection; ids that are all unknown (a typo, a newer
            // dataset) would otherwise open an empty chart.
            if known.is_empty() && ids(value, ',').next().is_some() {
                notices.push("No id in “sets” is known, so the default ".to_string() + ds.set_noun[1] + " are shown.");
            } else {
                state.actors = ActorSet::from_indices(known);
            }
        }
        Param::Group => state.groups = lookup(value, ',', ds.groups.len(), &|id| ds.group_by_id(id), &mut bad),
        Param::Areas => state.areas = lookup(value, ',', ds.areas.len(), &|id| ds.area_by_id(id), &mut bad),
        Param::Query => state.query = clamp_query(value),
        Param::View => set_or(&mut state.view, View::parse(value), value, &mut bad),
        Param::Mode => set_or(&mut state.mode, Mode::parse(value), value, &mut bad),
        Param::Sort => set_or(&mut state.sort, Sort::parse(value), value, &mut bad),
        Param::AsOf | Param::To | Param::From => match Date::parse(value) {
            Some(d) if param == Param::From => state.from = on_timeline(d, key, ds, notices),
            Some(d) => state.as_of = on_timeline(d, key, ds, notices),
            None => bad(&format!("the date “{}” (use YYYY-MM-DD)", shorten(value))),
        },
        Param::Firm => set_or(&mut state.firm, Grade::parse(value), value, &mut bad),
        Param::MinSize | Param::MaxDegree => {
            let most = if param == Param::MinSize { usize::MAX } else { ANY_DEGREE };
            match value.parse::<usize>().ok().filter(|n| (1..=most).contains(n)) {
                Some(n) if param == Param::MinSize => state.limits.min_size = n,
                Some(n) => state.limits.max_degree = n,
                None if param == Param::MinSize => {
                    bad(&format!("the value “{}” (a whole number from 1)", shorten(value)))
                }
                None => bad(&format!("the value “{}” (a whole number from 1 to {most})", shorten(value))),
            }
        }
        Param::Grouping if value == "degree" => _ = state.grouped.get_or_insert_default(),
        Param::Grouping => bad(&format!("the value “{}” (use degree)", shorten(value))),
        Param::Collapsed if state.grouped.is_none() => {
            notices.push("Ignored “collapsed”: without “agg”, nothing is grouped.".into())
        }
        // A degree as an index (from 0, as `Degrees` keeps it), which the lists' lookup names if it is not one.
        Param::Collapsed => {
            let degree = |d: &str| d.parse::<usize>().ok().filter(|d| (1..=ANY_DEGREE).contains(d)).map(|d| d - 1);
            state.grouped = Some(Degrees(ActorSet::from_indices(lookup(value, ',', ANY_DEGREE, &degree, &mut bad))));
        }
        Param::Select | Param::Cell | Param::Change if state.subject.is_some() => {
            notices.push(format!("Ignored “{key}”: one selection at a time, and the first one applies."))
        }
        Param::Select => {
            let set = ActorSet::from_indices(lookup(value, '+', ds.actors.len(), &|id| ds.actor_by_id(id), &mut bad));
            state.subject = (!set.is_empty()).then_some(Subject::Intersection(set));
        }
        Param::Cell => {
            let (actor, area) = value.split_once('.').unwrap_or((value, ""));
            match (ds.actor_by_id(actor), ds.area_by_id(area)) {
                (Some(actor), Some(area)) => state.subject = Some(Subject::Cell { area, actor }),
                _ => bad(&format!("“{}” (use {}.area, e.g. jp.semiconductors)", shorten(value), ds.set_noun[0])),
            }
        }
        Param::Change => match ds.area_by_id(value) {
            Some(area) => state.subject = Some(Subject::Change(area)),
            None => bad(&format!("unknown id “{}”", shorten(value))),
        },
        Param::Version if value != ds.version => notices.push(format!(
            "This link was made with version {} of the data; it is now version {} (data as of {}), so the view may \
             show other areas than when it was shared.",
            shorten(value),
            ds.version,
            ds.data_as_of
        )),
        Param::Version | Param::Data => {}
    }
}

/// The timeline step an as-of date counts the same events as: the last step on or before it, so the slider and the
/// state always agree and one view has one URL. A date before the first step counts nothing the timeline can show:
/// the first step applies, and a notice says so; one after the last step counts what the last does, and a notice
/// says that too, as the date is likely a mistake (or a link made for newer data).
fn on_timeline(date: Date, key: &str, ds: &Dataset, notices: &mut Vec<String>) -> Option<Date> {
    let timeline = ds.timeline();
    let step = timeline.snap(date);
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
/// One copy serves the five lists (dynamic calls, not one instance per table): it is not on any hot path.
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
