//! A reader's own data, read in the page: the format detected from the content (Overlap's own, or set data as a
//! membership table or a list, CSV, TSV or `;`-separated), what it holds, or where and why it cannot be read.

pub mod dataset;
pub mod delimited;
pub mod ids;
pub mod link;
pub mod own;

use delimited::{delimiter, records, Record};
use std::fmt;

/// The largest file read: past it, a browser tab would hold several copies of it at once.
pub const MAX_BYTES: usize = 50 * 1024 * 1024;

/// The most sets: a set of them is a 64-bit mask (`sets::ActorSet`).
pub const MAX_SETS: usize = 64;

/// What a file was read as.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Format {
    /// First column the element's name, one column per set, a cell marking membership (`1`, `x`, `yes`, `true`).
    MembershipTable { delimiter: char },
    /// One row per membership, `element,set`, under an optional header.
    List { delimiter: char },
    /// Overlap's own format (data/FORMAT.md): actors, areas, partnerships, sources, events and links.
    Own,
}

impl fmt::Display for Format {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        let (kind, d) = match *self {
            Format::MembershipTable { delimiter } => ("a membership table", delimiter),
            Format::List { delimiter } => ("a list of memberships", delimiter),
            Format::Own => return f.write_str("Overlap's own format (TOML)"),
        };
        let how = match d {
            '\t' => "tab-separated (TSV)",
            ';' => "semicolon-separated",
            _ => "comma-separated (CSV)",
        };
        write!(f, "{kind}, {how}")
    }
}

/// Sets of elements, as read: names as the file gives them, and each element's sets as a mask (bit `i`: set `i`).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SetData {
    pub format: Format,
    pub sets: Vec<String>,
    pub elements: Vec<String>,
    pub masks: Vec<u64>,
}

impl SetData {
    /// How many elements each set has, in set order.
    pub fn set_sizes(&self) -> Vec<usize> {
        (0..self.sets.len()).map(|i| self.masks.iter().filter(|m| *m >> i & 1 == 1).count()).collect()
    }
}

/// Why a file cannot be read, and where: a line and column (from 1) where one is to blame.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ReadError {
    pub at: Option<(usize, usize)>,
    pub message: String,
    /// More than `MAX_SETS` sets: each set's name and size, largest first, so that the page can offer to keep the
    /// largest (`Options::keep_largest`).
    pub too_many: Option<Vec<(String, usize)>>,
}

impl ReadError {
    fn at(line: usize, column: usize, message: String) -> ReadError {
        ReadError { at: Some((line, column)), message, too_many: None }
    }

    fn whole(message: String) -> ReadError {
        ReadError { at: None, message, too_many: None }
    }
}

/// "line 14, column 3: expected …", or the message alone where no place is to blame.
impl fmt::Display for ReadError {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        match self.at {
            Some((line, column)) => write!(f, "line {line}, column {column}: {}", self.message),
            None => f.write_str(&self.message),
        }
    }
}

/// How to read: whether to keep the `MAX_SETS` largest sets of a file that has more (the reader chose to).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Options {
    pub keep_largest: bool,
}

/// Whether a membership table's cell marks membership: `1`, `x`, `yes` or `true`, in any case, spaces around ignored.
pub fn is_member(cell: &str) -> bool {
    ["1", "x", "yes", "true"].iter().any(|m| cell.trim().eq_ignore_ascii_case(m))
}

/// Whether a cell reads as a membership table's, marking membership or not: so a two-column file whose second column
/// holds only such cells is a table of one set, not a list.
fn is_mark(cell: &str) -> bool {
    is_member(cell) || ["", "0", "no", "false", "-"].iter().any(|m| cell.trim().eq_ignore_ascii_case(m))
}

/// Whether a list's first row names its columns ("element,set" and the like) rather than a membership.
fn is_list_header(record: &Record) -> bool {
    let word = |i: usize| record.fields[i].trim().to_lowercase();
    ["element", "item", "name", "member", "id"].contains(&word(0).as_str())
        && ["set", "sets", "group", "category", "list"].contains(&word(1).as_str())
}

/// What a file holds: set data, or a whole dataset in Overlap's own format.
#[derive(Debug)]
pub enum Opened {
    Sets(SetData),
    Own(Box<own::Own>),
}

impl Opened {
    pub fn format(&self) -> Format {
        match self {
            Opened::Sets(data) => data.format,
            Opened::Own(_) => Format::Own,
        }
    }
}

/// Reads `bytes` in the format their content shows.
pub fn open(bytes: &[u8], options: Options) -> Result<Opened, ReadError> {
    let text = text_of(bytes)?;
    match own::is_own(text) {
        true => own::read(text).map(|own| Opened::Own(Box::new(own))),
        false => read_sets(text, options).map(Opened::Sets),
    }
}

/// Reads `bytes` as set data.
pub fn read(bytes: &[u8], options: Options) -> Result<SetData, ReadError> {
    read_sets(text_of(bytes)?, options)
}

/// The text of a file not too large to open, without its byte order mark, where there is any.
fn text_of(bytes: &[u8]) -> Result<&str, ReadError> {
    if bytes.len() > MAX_BYTES {
        let message =
            format!("the file has {} bytes; the most that can be opened is 50 MB ({MAX_BYTES} bytes)", bytes.len());
        return Err(ReadError::whole(message));
    }
    let text = utf8(bytes)?;
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    match text.trim().is_empty() {
        true => Err(ReadError::whole("the file is empty".into())),
        false => Ok(text),
    }
}

fn read_sets(text: &str, options: Options) -> Result<SetData, ReadError> {
    let d = delimiter(text);
    // A first pass tells a list from a table (and finds an unclosed quote); the second reads, a record at a time.
    let (mut two, mut marks) = (true, true);
    for (i, row) in records(text, d).enumerate() {
        let row = row.map_err(|u| {
            ReadError::at(u.line, u.column, "a quoted field is never closed (a \" without its closing \")".into())
        })?;
        two &= row.fields.len() == 2;
        marks &= i == 0 || row.fields.len() != 2 || is_mark(&row.fields[1]);
    }
    // Every record is whole: the first pass would have stopped at one that is not.
    let rows = records(text, d).filter_map(Result::ok);
    if two && !marks {
        read_list(rows, Format::List { delimiter: d }, options)
    } else {
        read_table(rows, Format::MembershipTable { delimiter: d }, options)
    }
}

/// The text of `bytes`, or where its first byte that is no UTF-8 stands.
fn utf8(bytes: &[u8]) -> Result<&str, ReadError> {
    std::str::from_utf8(bytes).map_err(|e| {
        let good = &bytes[..e.valid_up_to()];
        let line = 1 + good.iter().filter(|&&b| b == b'\n').count();
        let from = good.iter().rposition(|&b| b == b'\n').map_or(0, |i| i + 1);
        let column = 1 + std::str::from_utf8(&good[from..]).map_or(0, |s| s.chars().count());
        ReadError::at(line, column, "the file is not UTF-8 text (save it as UTF-8 and open it again)".into())
    })
}

fn read_table<'a>(
    mut rows: impl Iterator<Item = Record<'a>>,
    format: Format,
    options: Options,
) -> Result<SetData, ReadError> {
    let header = rows.next().ok_or_else(|| ReadError::whole("the file is empty".into()))?;
    if header.fields.len() < 2 {
        let message = "expected a header row naming the elements' column and at least one set, found one column";
        return Err(ReadError::at(header.line, 1, message.into()));
    }
    let sets: Vec<String> = header.fields[1..].iter().map(|s| s.trim().to_string()).collect();
    for (i, name) in sets.iter().enumerate() {
        if name.is_empty() {
            return Err(ReadError::at(header.line, i + 2, "a set without a name".into()));
        }
        if let Some(first) = sets[..i].iter().position(|s| s == name) {
            let message =
                format!("the set name “{name}” is also column {}'s: each set needs a name of its own", first + 2);
            return Err(ReadError::at(header.line, i + 2, message));
        }
    }
    let (mut elements, mut masks) = (Vec::new(), Vec::new());
    for row in rows {
        if row.fields.len() != header.fields.len() {
            let message = format!("{} fields, where the header has {}", row.fields.len(), header.fields.len());
            return Err(ReadError::at(row.line, row.fields.len().min(header.fields.len()) + 1, message));
        }
        let element = row.fields[0].trim();
        if element.is_empty() {
            return Err(ReadError::at(row.line, 1, "an element without a name".into()));
        }
        let cells = row.fields[1..].iter().take(128).enumerate();
        masks.push(cells.filter(|(_, c)| is_member(c)).fold(0u128, |m, (i, _)| m | 1 << i));
        elements.push(element.to_string());
    }
    if elements.is_empty() {
        return Err(ReadError::at(header.line, 1, "a header row only: no element follows it".into()));
    }
    finish(format, sets, elements, masks, options)
}

fn read_list<'a>(
    rows: impl Iterator<Item = Record<'a>>,
    format: Format,
    options: Options,
) -> Result<SetData, ReadError> {
    let mut rows = rows.peekable();
    if rows.peek().is_some_and(is_list_header) {
        rows.next();
    }
    let (mut sets, mut elements): (Vec<String>, Vec<String>) = (Vec::new(), Vec::new());
    let (mut set_index, mut element_index) = (std::collections::HashMap::new(), std::collections::HashMap::new());
    let mut masks: Vec<u128> = Vec::new();
    for row in rows {
        let (element, set) = (row.fields[0].trim(), row.fields[1].trim());
        if element.is_empty() || set.is_empty() {
            let column = if element.is_empty() { 1 } else { 2 };
            return Err(ReadError::at(
                row.line,
                column,
                "expected an element and its set, found an empty field".into(),
            ));
        }
        let s = *set_index.entry(set.to_string()).or_insert_with(|| {
            sets.push(set.to_string());
            sets.len() - 1
        });
        let e = *element_index.entry(element.to_string()).or_insert_with(|| {
            elements.push(element.to_string());
            masks.push(0);
            elements.len() - 1
        });
        if s < 128 {
            masks[e] |= 1 << s;
        }
    }
    if elements.is_empty() {
        return Err(ReadError::whole("a header row only: no membership follows it".into()));
    }
    finish(format, sets, elements, masks, options)
}

/// The set data, its sets capped at `MAX_SETS` (the largest kept, where the reader chose to; else an error naming
/// them). Masks are read 128 sets wide, so that a file of up to 128 sets can be cut down; past that, the sets after
/// the 128th count as none.
fn finish(
    format: Format,
    sets: Vec<String>,
    elements: Vec<String>,
    masks: Vec<u128>,
    options: Options,
) -> Result<SetData, ReadError> {
    if sets.len() <= MAX_SETS {
        let masks = masks.into_iter().map(|m| m as u64).collect();
        return Ok(SetData { format, sets, elements, masks });
    }
    let size = |i: usize| masks.iter().filter(|m| i < 128 && *m >> i & 1 == 1).count();
    let mut by_size: Vec<(usize, usize)> = (0..sets.len()).map(|i| (i, size(i))).collect();
    by_size.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
    if !options.keep_largest {
        let dropped: Vec<&str> = by_size[MAX_SETS..].iter().map(|&(i, _)| sets[i].as_str()).collect();
        let message = format!(
            "{} sets; at most {MAX_SETS} can be shown, so these {} would be left out: {}",
            sets.len(),
            dropped.len(),
            dropped.join(", ")
        );
        let too_many = Some(by_size.iter().map(|&(i, n)| (sets[i].clone(), n)).collect());
        return Err(ReadError { at: None, message, too_many });
    }
    let mut kept: Vec<usize> = by_size[..MAX_SETS].iter().map(|&(i, _)| i).collect();
    kept.sort_unstable();
    let masks = masks
        .iter()
        .map(|m| {
            kept.iter().enumerate().filter(|(_, &i)| i < 128 && m >> i & 1 == 1).fold(0u64, |k, (j, _)| k | 1 << j)
        })
        .collect();
    let sets = kept.iter().map(|&i| sets[i].clone()).collect();
    Ok(SetData { format, sets, elements, masks })
}
