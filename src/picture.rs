//! The chart as a picture that stands on its own (SVG text): the view's title, the chart, the key to its marks and a
//! source line with the view's link, cropped to what it holds. The Export menu saves it (as SVG, or as PNG drawn
//! from it), and the link preview card and the README's picture are drawn around it.

use crate::dataset::Dataset;
use crate::describe::short::short;
use crate::describe::view::title;
use crate::html::{escape, num, view_box};
use crate::present::upset::{no_sets, ColumnMarks, Dot, GroupMarks, Length, Mark, UpsetModel, PAGE};
use crate::present::venn::VennModel;
use crate::state::{State, View};
use crate::view_model::ChartData;

/// The words around the chart: its title, the source line ("Source: Overlap, data version 1.1, as of …"), the
/// view's link (empty where there is none), and the view's description, the picture's `<desc>`.
pub struct Frame<'a> {
    pub title: &'a str,
    pub source: &'a str,
    pub link: &'a str,
    pub description: &'a str,
}

/// What to draw: an UpSet chart or a Venn diagram, by the marks the page shows.
pub enum Chart<'a> {
    Upset(&'a UpsetModel),
    Venn(&'a VennModel),
}

/// A drawn picture: what its SVG document holds, in its colours, and its size in CSS pixels.
#[derive(Clone, Debug, PartialEq)]
pub struct Picture {
    pub inner: String,
    pub width: f64,
    pub height: f64,
}

impl Picture {
    /// The picture as an SVG document.
    pub fn document(&self) -> String {
        self.placed("xmlns=\"http://www.w3.org/2000/svg\"", self.width, self.height)
    }

    /// The picture as an `<svg>` element `width` × `height`, scaled to fit, with `attributes` (a position, say).
    pub fn placed(&self, attributes: &str, width: f64, height: f64) -> String {
        format!(
            "<svg {attributes} width=\"{}\" height=\"{}\" viewBox=\"{}\">{}</svg>",
            num(width),
            num(height),
            view_box(self.width, self.height),
            self.inner
        )
    }
}

const PAD: f64 = 20.0;
const FONT: f64 = 13.0;
/// A line of text at `FONT`; the title's lines are `TITLE` high.
const LINE: f64 = 17.0;
const TITLE: f64 = 26.0;
/// Mean advance of a glyph, in ems, generous for DejaVu Sans (the preview's font) so that text is never cut.
const EM_ADVANCE: f64 = 0.6;
/// A dot's column, and a row's height at least.
const PITCH: f64 = 24.0;
const DOT: f64 = 7.0;
const BAR: f64 = 150.0;
/// Room for the actors' vertical bars above their dots.
const SET_BARS: f64 = 44.0;
/// The picture is at least this wide, so that its title and key wrap in lines a reader can follow.
const MIN_WIDTH: f64 = 520.0;

/// The width of `text` at `size`, estimated.
fn text_width(text: &str, size: f64) -> f64 {
    text.chars().count() as f64 * size * EM_ADVANCE
}

/// `text` as it may stand in the picture's markup; a "var(" in it is written so that `with_palette` passes it by.
fn words(text: &str) -> String {
    escape(text).replace("var(", "var&#40;")
}

/// `text` broken at spaces into lines at most `width` wide at `size`; a longer word keeps a line of its own.
pub fn wrap(text: &str, width: f64, size: f64) -> Vec<String> {
    let mut lines: Vec<String> = Vec::new();
    for word in text.split(' ').filter(|w| !w.is_empty()) {
        match lines.last_mut() {
            Some(line) if text_width(line, size) + text_width(word, size) + size * EM_ADVANCE <= width => {
                line.push(' ');
                line.push_str(word);
            }
            _ => lines.push(word.to_string()),
        }
    }
    lines
}

/// SVG elements being written, with the extent they reach, so that the picture is cropped to them.
#[derive(Default)]
struct Canvas {
    out: String,
    right: f64,
}

impl Canvas {
    /// An element: `<name a="1.5" … extra>text</name>`, or empty (`/>`) without text. One writer for every element
    /// keeps the picture's code small: it ships in the page.
    fn el(&mut self, name: &str, numbers: &[(&str, f64)], extra: &str, text: Option<&str>) {
        self.out.push('<');
        self.out.push_str(name);
        for (attribute, value) in numbers {
            self.out.push(' ');
            self.out.push_str(attribute);
            self.out.push_str("=\"");
            self.out.push_str(&num(*value));
            self.out.push('"');
        }
        self.out.push_str(extra);
        match text {
            Some(text) => {
                self.out.push('>');
                self.out.push_str(&words(text));
                self.out.push_str("</");
                self.out.push_str(name);
                self.out.push('>');
            }
            None => self.out.push_str("/>"),
        }
    }

    /// A line of text at (`x`, `y`, its baseline), with `extra` attributes.
    fn text(&mut self, x: f64, y: f64, size: f64, extra: &str, text: &str) {
        let end = if extra.contains("middle") { x + text_width(text, size) / 2.0 } else { x + text_width(text, size) };
        self.right = self.right.max(end);
        self.el("text", &[("x", x), ("y", y), ("font-size", size)], extra, Some(text));
    }

    fn rect(&mut self, x: f64, y: f64, w: f64, h: f64, paint: &str) {
        self.right = self.right.max(x + w);
        self.el("rect", &[("x", x), ("y", y), ("width", w), ("height", h)], paint, None);
    }

    fn line(&mut self, (x1, y1): (f64, f64), (x2, y2): (f64, f64), paint: &str) {
        self.right = self.right.max(x2);
        self.el("line", &[("x1", x1), ("y1", y1), ("x2", x2), ("y2", y2)], paint, None);
    }

    /// A dot at (`x`, `y`) as the page draws it: an outline (dashed for an aspiration only) filled by `fill`
    /// quarters, as a pie from twelve o'clock; an actor not in the column is a grey disc.
    fn dot(&mut self, x: f64, y: f64, d: &Dot) {
        if !d.on {
            return self.el("circle", &[("cx", x), ("cy", y), ("r", DOT)], " fill=\"var(--dot-off)\"", None);
        }
        let r = DOT - 1.25;
        let outline = match d.dashed {
            true => " fill=\"var(--bg)\" stroke=\"var(--mark)\" stroke-width=\"2.5\" stroke-dasharray=\"3 2\"",
            false => " fill=\"var(--bg)\" stroke=\"var(--mark)\" stroke-width=\"2.5\"",
        };
        self.el("circle", &[("cx", x), ("cy", y), ("r", r)], outline, None);
        let fill = " fill=\"var(--mark)\"";
        match d.fill {
            0 => {}
            4 => self.el("circle", &[("cx", x), ("cy", y), ("r", r)], fill, None),
            q => {
                // The pie's edge at a quarter, a half or three quarters round from twelve o'clock.
                let (ex, ey) = [(x + r, y), (x, y + r), (x - r, y)][usize::from(q.min(3)) - 1];
                let large = if q > 2 { " 1 1 " } else { " 0 1 " };
                let path = [
                    "M",
                    &num(x),
                    " ",
                    &num(y),
                    "V",
                    &num(y - r),
                    "A",
                    &num(r),
                    " ",
                    &num(r),
                    " 0",
                    large,
                    &num(ex),
                    " ",
                    &num(ey),
                    "Z",
                ]
                .concat();
                self.el("path", &[], &(" d=\"".to_string() + &path + "\"" + fill), None);
            }
        }
    }

    /// Lines of text from `y` (the first baseline), `LINE` apart; where they end.
    fn lines(&mut self, x: f64, y: f64, lines: &[String], extra: &str) -> f64 {
        for (i, l) in lines.iter().enumerate() {
            self.text(x, y + i as f64 * LINE, FONT, extra, l);
        }
        y + lines.len() as f64 * LINE
    }
}

const MUTED: &str = " fill=\"var(--muted)\"";
const BOLD: &str = " font-weight=\"700\"";

/// A bar `length` of `BAR` long, or its outline at the earlier date (`was`).
fn bar_paint(was: bool) -> &'static str {
    match was {
        true => " fill=\"none\" stroke=\"var(--fg)\" stroke-width=\"1.5\" stroke-dasharray=\"4 3\"",
        false => " fill=\"var(--mark)\"",
    }
}

/// The UpSet chart as the page draws it where it is narrow: the actors as columns (name, bar and count) over the
/// intersections' rows, each with its dots, its bar and count, and its areas' names one per line. Draws from `top`,
/// and gives where it ends.
fn upset(c: &mut Canvas, m: &UpsetModel, top: f64) -> f64 {
    let left = PAD;
    let longest = m.rows.iter().map(|r| text_width(r.short, FONT)).fold(0.0, f64::max);
    let names_bottom = top + longest;
    let counts = names_bottom + SET_BARS + LINE;
    for (i, r) in m.rows.iter().enumerate() {
        let x = left + (i as f64 + 0.5) * PITCH;
        let turned =
            [" transform=\"translate(", &num(x + FONT / 3.0), " ", &num(names_bottom), ") rotate(-90)\"", BOLD];
        c.el("text", &[("font-size", FONT)], &turned.concat(), Some(r.short));
        for (length, was) in [(Some(&r.bar), false), (r.was.as_ref(), true)] {
            if let Some(Length(share)) = length {
                let h = share / 100.0 * SET_BARS;
                c.rect(x - 5.0, names_bottom + 4.0 + SET_BARS - h, 10.0, h, bar_paint(was));
            }
        }
        // A change goes under its count: side by side they would run into the next actor's.
        c.text(x, counts, FONT - 2.0, " text-anchor=\"middle\"", &r.size.to_string());
        if let Some(change) = &r.change {
            c.text(x, counts + LINE, FONT - 2.0, " text-anchor=\"middle\"", change);
        }
    }
    let changed = m.rows.iter().any(|r| r.change.is_some());
    let dots_right = left + m.rows.len() as f64 * PITCH;
    let (bar_x, names_x) = (dots_right + 10.0, dots_right + 10.0 + BAR + 58.0);
    let mut y = counts + if changed { LINE } else { 0.0 } + 8.0;
    c.line((left, y), (names_x, y), " stroke=\"var(--line)\"");
    for mark in m.sequence() {
        y = match mark {
            Mark::Column(col) => column(c, col, (left, bar_x, names_x), y),
            Mark::Group(g) => group(c, g, (left, bar_x), y),
        };
        c.line((left, y), (names_x, y), " stroke=\"var(--line)\"");
    }
    y
}

/// A group's header row from `top`, as the page draws it: whether it is expanded (▾) or collapsed (▸) and its words,
/// then its grey bar, on the groups' own scale, under the intersections' bars; where the row ends.
fn group(c: &mut Canvas, g: &GroupMarks, (left, bar_x): (f64, f64), top: f64) -> f64 {
    let mark = if g.expanded { "▾ " } else { "▸ " };
    c.text(left, top + LINE, FONT, BOLD, &(mark.to_string() + &g.label));
    c.rect(bar_x, top + LINE + 5.0, g.bar.0 / 100.0 * BAR, 8.0, MUTED);
    top + LINE + 18.0
}

/// An intersection's row from `top`: its dots, its bar and count (and change), and its names one per line, then
/// where its areas moved; where the row ends.
fn column(c: &mut Canvas, col: &ColumnMarks, (left, bar_x, names_x): (f64, f64, f64), top: f64) -> f64 {
    let mid = top + PITCH / 2.0;
    let on: Vec<f64> =
        col.dots.iter().enumerate().filter(|(_, d)| d.on).map(|(i, _)| left + (i as f64 + 0.5) * PITCH).collect();
    if let (Some(first), Some(last)) = (on.first(), on.last()) {
        c.line((*first, mid), (*last, mid), " stroke=\"var(--mark)\" stroke-width=\"3\"");
    }
    for (i, d) in col.dots.iter().enumerate() {
        c.dot(left + (i as f64 + 0.5) * PITCH, mid, d);
    }
    for (length, was) in [(Some(&col.bar), false), (col.was.as_ref(), true)] {
        if let Some(Length(share)) = length {
            c.rect(bar_x, mid - 6.0, share / 100.0 * BAR, 12.0, bar_paint(was));
        }
    }
    let count = col.size.to_string() + &col.change.as_ref().map(|d| [" (", d, ")"].concat()).unwrap_or_default();
    c.text(bar_x + BAR + 6.0, mid + FONT / 3.0, FONT, BOLD, &count);
    let mut lines: Vec<String> = col.names.iter().map(|n| n.to_string()).collect();
    let first_moved = lines.len();
    for moved in &col.moved {
        lines.push(moved.line.clone() + ":");
        lines.extend(moved.areas.iter().map(|a| "  ".to_string() + a));
    }
    let baseline = mid + FONT / 3.0;
    c.lines(names_x, baseline, &lines[..first_moved], "");
    let end = c.lines(names_x, baseline + first_moved as f64 * LINE, &lines[first_moved..], MUTED);
    (end - LINE + PITCH / 2.0).max(top + PITCH)
}

/// The Venn diagram as the page draws it, from `top`; where it ends.
fn venn(c: &mut Canvas, m: &VennModel, top: f64) -> f64 {
    let (x0, y0) = (PAD, top);
    for (s, colour) in m.circles.iter().zip(["var(--set-0)", "var(--set-1)", "var(--set-2)"]) {
        let paint =
            [" fill=\"", colour, "\" fill-opacity=\"0.18\" stroke=\"", colour, "\" stroke-width=\"2\""].concat();
        c.el("circle", &[("cx", x0 + s.circle.cx), ("cy", y0 + s.circle.cy), ("r", s.circle.r)], &paint, None);
    }
    let middle = " text-anchor=\"middle\"";
    for s in &m.circles {
        c.text(x0 + s.name_at.0, y0 + s.name_at.1 + FONT / 3.0, FONT, &(middle.to_string() + BOLD), s.short);
    }
    for r in &m.regions {
        c.text(x0 + r.at.0, y0 + r.at.1 + 5.0, 15.0, &(middle.to_string() + BOLD), &r.size.to_string());
    }
    c.right = c.right.max(x0 + m.width);
    y0 + m.height
}

/// The key to the marks: the dots' fills (for the UpSet chart) and, comparing, which bars are which date.
fn key(c: &mut Canvas, chart: &Chart, top: f64, width: f64) -> f64 {
    let Chart::Upset(m) = chart else { return top };
    let grades = [
        (4, false, "agreed or launched"),
        (2, false, "partly"),
        (0, false, "being explored"),
        (0, true, "an aspiration only"),
    ];
    let mut x = PAD + DOT;
    let y = top + LINE / 2.0;
    for (fill, dashed, words) in grades {
        c.dot(x, y, &Dot { on: true, fill, dashed, joined: false });
        c.text(x + DOT + 5.0, y + FONT / 3.0, FONT, "", words);
        x += 2.0 * DOT + 5.0 + text_width(words, FONT) + 12.0;
    }
    let mut text =
        m.caption.clone() + " A dot is filled by the share of its row's areas agreed or launched for its row.";
    if let Some([solid, dashed]) = &m.dates {
        text += &[" ", solid, ". ", dashed, "."].concat();
    }
    c.lines(PAD, top + LINE * 1.8, &wrap(&text, width, FONT), MUTED) - LINE / 2.0
}

/// The picture of `chart` in `frame`, in the colours of `palette` (the stylesheet's custom properties, as
/// `preview::palette` reads them).
pub fn picture(chart: &Chart, frame: &Frame, palette: &[(&str, &str)]) -> Result<Picture, String> {
    let mut body = Canvas::default();
    let chart_top = 0.0;
    let chart_bottom = match chart {
        Chart::Upset(m) => upset(&mut body, m, chart_top),
        Chart::Venn(m) => venn(&mut body, m, chart_top),
    };
    let width = (body.right + PAD).max(MIN_WIDTH);
    let room = width - 2.0 * PAD;
    let mut c = Canvas::default();
    let title = wrap(frame.title, room, 18.0);
    for (i, l) in title.iter().enumerate() {
        c.text(PAD, PAD + 18.0 + i as f64 * TITLE, 18.0, BOLD, l);
    }
    let top = PAD + title.len() as f64 * TITLE + 8.0;
    c.out += &["<g transform=\"translate(0 ", &num(top), ")\">", &body.out, "</g>"].concat();
    let mut y = key(&mut c, chart, top + chart_bottom + 14.0, room) + 10.0;
    y = c.lines(PAD, y + LINE, &wrap(frame.source, room, FONT - 1.0), MUTED);
    if !frame.link.is_empty() {
        c.out += &["<a href=\"", &words(frame.link), "\">"].concat();
        // A link has no spaces to break at: it is cut into pieces that fit.
        let per_line = (room / ((FONT - 1.0) * EM_ADVANCE)).floor().max(1.0) as usize;
        let chars: Vec<char> = frame.link.chars().collect();
        let pieces: Vec<String> = chars.chunks(per_line).map(|p| p.iter().collect()).collect();
        y = c.lines(PAD, y, &pieces, " fill=\"var(--mark)\"");
        c.out += "</a>";
    }
    let height = y - LINE + PAD + 4.0;
    let inner = [
        "<title>",
        &words(frame.title),
        "</title><desc>",
        &words(frame.description),
        "</desc><g font-family=\"sans-serif\" fill=\"var(--fg)\"><rect width=\"",
        &num(width),
        "\" height=\"",
        &num(height),
        "\" fill=\"var(--bg)\"/>",
        &c.out,
        "</g>",
    ]
    .concat();
    Ok(Picture { inner: with_palette(&inner, palette)?, width, height })
}

/// The picture of the chart `state` shows (`None` for the table, which is no picture, or a chart without actors),
/// at most `PAGE` intersections of it (grouped by degree as the page groups them), with the view's title, its
/// description and `link`.
pub fn of_view(
    ds: &Dataset,
    state: &State,
    data: &ChartData,
    link: &str,
    palette: &[(&str, &str)],
) -> Result<Picture, String> {
    let source = match ds.supplied {
        None => format!("Source: Overlap, data version {}, as of {}", ds.version, ds.data_as_of),
        Some(_) => "Source: ".to_string() + &ds.version_note(),
    };
    let (title, description) = (title(ds, state, data), short(ds, state, data));
    let frame = Frame { title: &title, source: &source, link, description: &description };
    match state.shown_view(ds) {
        View::Upset => {
            UpsetModel::new(ds, data, PAGE, state.grouped).map(|m| picture(&Chart::Upset(&m), &frame, palette))
        }
        View::Venn => VennModel::new(ds, data).map(|m| picture(&Chart::Venn(&m), &frame, palette)),
        View::Matrix => None,
    }
    .unwrap_or(Err(no_sets(ds)))
}

/// The picture of the view a URL's `query` opens, with `link`, in the light palette of `sheet` (the page's stylesheet):
/// what the publishing module (`src/bin/publish.rs`), which the page loads on its first export, is asked for.
pub fn of_query(ds: &'static Dataset, query: &str, link: &str, sheet: &str) -> Result<Picture, String> {
    let (state, data) = ChartData::of_query(ds, query);
    of_view(data.ds, &state, &data, link, &palette(sheet)?)
}

/// The custom properties of a stylesheet's first `:root` block (the light theme, which every picture is drawn in:
/// it is pasted into pages and printed far more often than shown dark), as (name, value) pairs.
pub fn palette(sheet: &str) -> Result<Vec<(&str, &str)>, String> {
    // The first rule whose selector is `:root` alone, minified (`:root{`) or not.
    let block = sheet
        .match_indices(":root")
        .find_map(|(at, _)| sheet[at + 5..].trim_start().strip_prefix('{'))
        .and_then(|rest| rest.split_once('}'))
        .ok_or("no :root block")?
        .0;
    let vars: Vec<(&str, &str)> = block
        .split(';')
        .filter_map(|d| d.trim().rsplit('\n').next()?.split_once(':'))
        .filter(|(name, _)| name.trim().starts_with("--"))
        .map(|(name, value)| (name.trim(), value.trim()))
        .collect();
    match vars.is_empty() {
        true => Err("the stylesheet's :root block defines no colours".into()),
        false => Ok(vars),
    }
}

/// `text` with each `var(--name)` replaced by its value in `palette`: a renderer of static SVG knows no custom
/// properties. A name the palette lacks is an error.
pub fn with_palette(text: &str, palette: &[(&str, &str)]) -> Result<String, String> {
    let mut out = String::new();
    let mut rest = text;
    while let Some(at) = rest.find("var(") {
        let end = rest[at..].find(')').ok_or("an unclosed var(")? + at;
        let name = rest[at + 4..end].trim();
        let value = palette.iter().find(|(n, _)| *n == name).ok_or(format!("no colour {name} in the stylesheet"))?.1;
        out.push_str(&rest[..at]);
        out.push_str(value);
        rest = &rest[end + 1..];
    }
    out.push_str(rest);
    Ok(out)
}
