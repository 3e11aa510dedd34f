//! UpSet chart geometry: the size-dependent stage, from set and intersection sizes to positions in SVG units.

use crate::dataset::Grade;

/// Fixed proportions of the chart; one place to tune the look.
pub const ROW_HEIGHT: f64 = 30.0;
pub const BAR_AREA_HEIGHT: f64 = 170.0;
pub const SET_BAR_WIDTH: f64 = 110.0;
pub const MIN_COLUMN: f64 = 22.0;
pub const MAX_COLUMN: f64 = 44.0;
pub const DOT_RADIUS: f64 = 7.0;
/// Average glyph width at the label font size, to reserve room for labels without measuring text.
pub const CHAR_WIDTH: f64 = 7.6;
const GAP: f64 = 12.0;
const AXIS_ROOM: f64 = 34.0;
/// Room above the tallest bar for its count (and, comparing two dates, its change above that), and left of the
/// longest set bar for its count.
const COUNT_ROOM: f64 = 20.0;
pub const CHANGE_ROOM: f64 = 13.0;
const LEFT_COUNT_ROOM: f64 = 30.0;
/// Room at the top for the axis title.
pub const TITLE_ROOM: f64 = 22.0;
/// The intersection axis's title, drawn from the matrix's left edge: the chart is at least wide enough for it.
pub const COLUMN_TITLE: &str = "Areas per intersection";
/// Average glyph width at the axis titles' smaller font size, generously, so a title is never cut.
pub const SMALL_CHAR_WIDTH: f64 = 7.0;
/// A column's area names, joined by commas, hang under it as rotated lines this far apart, each at most
/// `NAME_LINE_CHARS` long, broken at spaces; a column is widened (up to `MAX_COLUMN`) to hold its lines, and shows a
/// count instead when they still do not fit.
pub const NAME_LINE: f64 = 11.0;
pub const NAME_LINE_CHARS: usize = 26;
/// Room under the matrix for the names: fixed, so that the chart keeps its height whatever is shown.
pub const NAMES_ROOM: f64 = NAME_LINE_CHARS as f64 * SMALL_CHAR_WIDTH + GAP;

/// One axis tick: its value and where it sits along the axis.
#[derive(Clone, Debug, PartialEq)]
pub struct Tick {
    pub value: usize,
    pub at: f64,
}

/// A set's row: the label, and the set-size bar that grows leftwards from `bar_right`; comparing two dates, the
/// outline of its bar at the earlier one.
#[derive(Clone, Debug, PartialEq)]
pub struct Row {
    pub y: f64,
    pub bar_width: f64,
    pub was_width: Option<f64>,
}

/// What a column is drawn from: the rows it holds, each with the weakest grade of the memberships behind its dot;
/// its size (and, comparing two dates, its size at the earlier one); and the names of its areas.
#[derive(Clone, Debug, PartialEq)]
pub struct ColumnIn {
    pub members: Vec<(usize, Grade)>,
    pub size: usize,
    pub size_then: Option<usize>,
    pub names: Vec<&'static str>,
}

/// An intersection's column: its bar, and the rows its dots fill, joined by a line from `line.0` to `line.1`.
/// `dots` holds the SVG paths of its dots (see [`dots`]) by how they are drawn: empty, then the members whose
/// weakest grade is aspiration (dashed ring), exploring (ring), and launched or agreed (solid).
/// `names` are its area names as rotated lines (x, text) hanging from `UpsetLayout::names_y`, or, when they do not
/// fit the column, a count.
#[derive(Clone, Debug, PartialEq)]
pub struct Column {
    pub x: f64,
    pub bar_y: f64,
    pub bar_height: f64,
    /// Comparing two dates, the outline of the bar at the earlier one, as (top, height).
    pub was: Option<(f64, f64)>,
    /// Where the count sits, above the bar and its outline; the change sits `CHANGE_ROOM` above that.
    pub count_y: f64,
    pub filled: Vec<bool>,
    pub line: Option<(f64, f64)>,
    pub dots: [String; 4],
    pub names: Vec<(f64, String)>,
    /// Whether `names` holds the count instead of the names.
    pub counted: bool,
}

/// Which of a column's dot paths a member's dot goes in.
pub fn dot_style(weakest: Grade) -> usize {
    match weakest {
        Grade::Aspiration => 1,
        Grade::Exploring => 2,
        Grade::Launched | Grade::Agreed => 3,
    }
}

/// Names joined by commas as lines of at most `NAME_LINE_CHARS`, broken at spaces; a longer word keeps a line of its
/// own, uncut.
pub fn wrap(names: &[&str]) -> Vec<String> {
    let mut lines: Vec<String> = Vec::new();
    let joined = names.join(", ");
    for word in joined.split_whitespace() {
        match lines.last_mut() {
            Some(line) if line.chars().count() + 1 + word.chars().count() <= NAME_LINE_CHARS => {
                line.push(' ');
                line.push_str(word);
            }
            _ => lines.push(word.to_string()),
        }
    }
    lines
}

#[derive(Clone, Debug, PartialEq)]
pub struct UpsetLayout {
    pub width: f64,
    pub height: f64,
    pub column_width: f64,
    pub bar_right: f64,
    pub label_x: f64,
    pub matrix_x: f64,
    pub matrix_y: f64,
    pub bars_bottom: f64,
    /// Where the set-size axis labels sit, just under the last row.
    pub axis_y: f64,
    /// Where the columns' area names start, just under the last row.
    pub names_y: f64,
    pub rows: Vec<Row>,
    pub columns: Vec<Column>,
    pub column_ticks: Vec<Tick>,
    pub set_ticks: Vec<Tick>,
}

/// Lays out `set_sizes` rows and `columns` within `width` if it can; the chart grows wider than `width` rather than
/// squeezing columns below `MIN_COLUMN`. Its height always has room for `reserve_rows` rows and the area names, so
/// that ticking actors on and off does not move the page below it. Comparing two dates, `sizes_then` holds the set
/// sizes at the earlier one (else it is empty), and bars of both dates share one scale.
pub fn upset(
    set_sizes: &[usize],
    sizes_then: &[usize],
    longest_label: usize,
    columns: &[ColumnIn],
    width: f64,
    reserve_rows: usize,
) -> UpsetLayout {
    let change_room = if sizes_then.is_empty() { 0.0 } else { CHANGE_ROOM };
    // Comparing, a set's count has its change beside it ("20 +11").
    let bar_right = LEFT_COUNT_ROOM + SET_BAR_WIDTH + change_room * 2.0;
    let label_x = bar_right + GAP;
    let matrix_x = label_x + longest_label as f64 * CHAR_WIDTH + GAP;
    let n = columns.len().max(1) as f64;
    let names: Vec<Vec<String>> = columns.iter().map(|c| wrap(&c.names)).collect();
    let fitting = |w: f64| ((w / NAME_LINE) as usize).max(1);
    // Wide enough for the most lines any column needs, where the widest column allows it.
    let needed = names.iter().map(Vec::len).filter(|l| *l <= fitting(MAX_COLUMN)).max().unwrap_or(1) as f64 * NAME_LINE;
    let column_width = ((width - matrix_x - GAP) / n).max(needed).clamp(MIN_COLUMN, MAX_COLUMN);
    let bars_bottom = TITLE_ROOM + change_room + COUNT_ROOM + BAR_AREA_HEIGHT;
    let matrix_y = bars_bottom + GAP;
    let row_y = |r: usize| matrix_y + (r as f64 + 0.5) * ROW_HEIGHT;

    let max_set = set_sizes.iter().chain(sizes_then).copied().max().unwrap_or(0);
    let rows = set_sizes
        .iter()
        .enumerate()
        .map(|(r, &s)| Row {
            y: row_y(r),
            bar_width: scale(s, max_set, SET_BAR_WIDTH - GAP),
            was_width: sizes_then.get(r).map(|&b| scale(b, max_set, SET_BAR_WIDTH - GAP)),
        })
        .collect();
    let max_col = columns.iter().flat_map(|c| [c.size, c.size_then.unwrap_or(0)]).max().unwrap_or(0);
    let slots = fitting(column_width);
    let columns = columns
        .iter()
        .zip(names)
        .enumerate()
        .map(|(c, (column, lines))| {
            // Each row's dot path: 0 for no dot of this column, else its member's style.
            let mut style = vec![0; set_sizes.len()];
            for &(r, grade) in &column.members {
                style[r] = dot_style(grade);
            }
            let filled: Vec<bool> = style.iter().map(|s| *s > 0).collect();
            let first = filled.iter().position(|f| *f);
            let last = filled.iter().rposition(|f| *f);
            let bar_height = scale(column.size, max_col, BAR_AREA_HEIGHT);
            let x = matrix_x + (c as f64 + 0.5) * column_width;
            let ys = |s: usize| -> Vec<f64> { (0..style.len()).filter(|&r| style[r] == s).map(row_y).collect() };
            let counted = lines.len() > slots;
            let lines = match counted {
                true => vec![areas_count(column.names.len())],
                false => lines,
            };
            let middle = (lines.len() as f64 - 1.0) / 2.0;
            let offset = |i: usize| (i as f64 - middle) * NAME_LINE;
            let was = column.size_then.map(|b| scale(b, max_col, BAR_AREA_HEIGHT));
            Column {
                x,
                bar_y: bars_bottom - bar_height,
                bar_height,
                was: was.map(|h| (bars_bottom - h, h)),
                count_y: bars_bottom - bar_height.max(was.unwrap_or(0.0)) - 6.0,
                dots: [dots(x, &ys(0)), dots(x, &ys(1)), dots(x, &ys(2)), dots(x, &ys(3))],
                filled,
                line: first.zip(last).filter(|(a, b)| a != b).map(|(a, b)| (row_y(a), row_y(b))),
                names: lines.into_iter().enumerate().map(|(i, line)| (x + offset(i), line)).collect(),
                counted,
            }
        })
        .collect();
    let column_ticks = ticks(max_col, 5)
        .into_iter()
        .map(|v| Tick { value: v, at: bars_bottom - scale(v, max_col, BAR_AREA_HEIGHT) })
        .collect();
    let set_ticks = ticks(max_set, 3)
        .into_iter()
        .map(|v| Tick { value: v, at: bar_right - scale(v, max_set, SET_BAR_WIDTH - GAP) })
        .collect();
    UpsetLayout {
        width: (matrix_x + n * column_width + GAP)
            .max(width.min(matrix_x + n * MAX_COLUMN + GAP))
            .max(matrix_x + 4.0 + COLUMN_TITLE.len() as f64 * SMALL_CHAR_WIDTH),
        axis_y: matrix_y + set_sizes.len() as f64 * ROW_HEIGHT + AXIS_ROOM / 2.0,
        names_y: matrix_y + set_sizes.len() as f64 * ROW_HEIGHT + GAP / 2.0,
        height: matrix_y + set_sizes.len().max(reserve_rows) as f64 * ROW_HEIGHT + NAMES_ROOM.max(AXIS_ROOM),
        column_width,
        bar_right,
        label_x,
        matrix_x,
        matrix_y,
        bars_bottom,
        rows,
        columns,
        column_ticks,
        set_ticks,
    }
}

/// "1 area", "3 areas".
pub fn areas_count(n: usize) -> String {
    match n {
        1 => "1 area".into(),
        n => format!("{n} areas"),
    }
}

/// An SVG number to a tenth of a unit, formatted without the float formatter (a large share of the wasm otherwise).
pub fn num(v: f64) -> String {
    let tenths = (v * 10.0).round() as i64;
    let sign = if tenths < 0 { "-" } else { "" };
    let t = tenths.unsigned_abs();
    match t % 10 {
        0 => format!("{sign}{}", t / 10),
        d => format!("{sign}{}.{d}", t / 10),
    }
}

/// An SVG `viewBox` of `width` × `height` from the origin.
pub fn view_box(width: f64, height: f64) -> String {
    format!("0 0 {} {}", num(width), num(height))
}

/// One SVG path of dots of `DOT_RADIUS` at `x` and each of `ys` (each dot two half-circle arcs): a column's filled or
/// empty dots as one element, not one each, which halves the nodes a chart update creates.
pub fn dots(x: f64, ys: &[f64]) -> String {
    let (r, d) = (num(DOT_RADIUS), num(2.0 * DOT_RADIUS));
    ys.iter()
        .map(|&y| format!("M{},{}a{r},{r} 0 1 0 {d},0a{r},{r} 0 1 0 -{d},0", num(x - DOT_RADIUS), num(y)))
        .collect()
}

fn scale(v: usize, max: usize, length: f64) -> f64 {
    match max {
        0 => 0.0,
        m => v as f64 / m as f64 * length,
    }
}

/// Whole-number ticks from 0 at the smallest 1-2-5 step that needs at most `count` steps to pass `max`, so at most
/// `count + 1` ticks; the last is the largest multiple of the step up to `max`.
pub fn ticks(max: usize, count: usize) -> Vec<usize> {
    if max == 0 {
        return vec![0];
    }
    // Whole numbers throughout: no logarithm or power routine to ship.
    let rough = max / (count.max(1) + 1) + 1;
    let mut magnitude = 1;
    while magnitude * 10 <= rough {
        magnitude *= 10;
    }
    let step = [1, 2, 5, 10].iter().map(|m| m * magnitude).find(|s| *s >= rough).unwrap_or(rough);
    (0..=max / step).map(|i| i * step).collect()
}
