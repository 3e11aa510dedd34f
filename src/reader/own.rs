//! Overlap's own format (data/FORMAT.md, TOML) opened in the page: a whole dataset, with its sources, quotes, dates,
//! grades and groups, checked as the build checks the built-in one.

use super::ReadError;
use crate::dataset::schema::{parse, words, Problem, RawDataset};

/// A dataset in Overlap's own format, as read and checked, with the text it was read from (which its link carries
/// and its version hashes) and the words its details panel cites (`schema::words`).
#[derive(Debug)]
pub struct Own {
    pub raw: RawDataset,
    pub text: String,
    pub words: String,
}

/// Whether `text` is in Overlap's own format: its first line that is neither blank nor a comment is a TOML table's
/// header (`[[actors]]`) or a bare key given a TOML value (`version = "1.0"`, `n = 3`), which no membership table
/// or list begins with (a header row such as `a=b,c` or `[A],[B]` holds a delimiter outside any quotes).
pub fn is_own(text: &str) -> bool {
    let first = text.lines().map(str::trim).find(|l| !l.is_empty() && !l.starts_with('#')).unwrap_or_default();
    let bare = first.split('#').next().unwrap_or_default().trim_end();
    let header = bare.starts_with('[') && bare.ends_with(']') && !bare.contains([',', ';', '\t']);
    let key = first.split_once('=').is_some_and(|(k, value)| {
        let (k, value) = (k.trim(), value.trim());
        let quoted_or_nested = value.starts_with(['"', '\'', '[', '{']);
        let plain = !value.is_empty() && value.bytes().all(|b| b.is_ascii_alphanumeric() || b"_.:+-".contains(&b));
        !k.is_empty()
            && k.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'_' || b == b'-')
            && (quoted_or_nested || plain)
    });
    header || key
}

/// Reads and checks `text`: any problem the build would stop at stops it here too, the first named with its line.
pub fn read(text: &str) -> Result<Own, ReadError> {
    let (raw, mut problems) = parse(text);
    let words = words(&raw).unwrap_or_else(|mut p| {
        problems.append(&mut p);
        String::new()
    });
    let Some(first) = problems.first() else {
        return Ok(Own { raw, text: text.to_string(), words });
    };
    let more = match problems.len() {
        1 => String::new(),
        2 => " (and 1 more problem)".into(),
        n => format!(" (and {} more problems)", n - 1),
    };
    Err(ReadError::whole(placed(text, first) + &more))
}

/// A problem as a reader finds it in the file: "line 120, the 4th [[links]] entry: unknown area `ai`" (a syntax
/// error's place is its line and column already).
fn placed(text: &str, p: &Problem) -> String {
    let entry = p.place.strip_suffix(']').and_then(|p| p.split_once('[')).and_then(|(table, i)| {
        let index: usize = i.parse().ok()?;
        let header = format!("[[{table}]]");
        // As TOML writes a header: spaces inside its brackets, a comment after it.
        let is_header = |l: &str| l.split('#').next().unwrap_or_default().replace([' ', '\t'], "") == header;
        let line = text.lines().enumerate().filter(|(_, l)| is_header(l)).nth(index)?.0 + 1;
        Some(format!("line {line}, the {} {header} entry", ordinal(index + 1)))
    });
    entry.unwrap_or_else(|| p.place.clone()) + ": " + &p.message
}

/// "1st", "2nd", "3rd", "4th", "11th", "21st".
fn ordinal(n: usize) -> String {
    let suffix = match (n % 10, n % 100) {
        (_, 11..=13) => "th",
        (1, _) => "st",
        (2, _) => "nd",
        (3, _) => "rd",
        _ => "th",
    };
    format!("{n}{suffix}")
}
