//! Notes' references to sources: "[2]" in a note is the data's second source, as the page numbers its sources.

/// A stretch of a note: its own words, or a source it cites (an index into the dataset's sources).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Piece<'a> {
    Words(&'a str),
    Source(usize),
}

/// `note` cut at its references to the first `sources` sources; brackets holding anything else stay words.
pub fn pieces(note: &str, sources: usize) -> Vec<Piece<'_>> {
    let mut out = Vec::new();
    let (mut rest, mut at) = (note, 0);
    while let Some(open) = rest[at..].find('[').map(|i| at + i) {
        match bracketed(&rest[open..]).filter(|(n, _)| (1..=sources).contains(n)) {
            Some((n, len)) => {
                if open > 0 {
                    out.push(Piece::Words(&rest[..open]));
                }
                out.push(Piece::Source(n - 1));
                rest = &rest[open + len..];
                at = 0;
            }
            None => at = open + 1,
        }
    }
    if !rest.is_empty() {
        out.push(Piece::Words(rest));
    }
    out
}

/// The number in the brackets `s` starts with ("[12]…"), and the brackets' length.
fn bracketed(s: &str) -> Option<(usize, usize)> {
    let close = s.find(']')?;
    let inner = &s[1..close];
    match !inner.is_empty() && inner.bytes().all(|b| b.is_ascii_digit()) {
        true => Some((inner.parse().ok()?, close + 1)),
        false => None,
    }
}

/// What is wrong with how `note` names sources, for the build to stop on: a reference past the last of `sources`,
/// or a source named by its file's number ("002"), which no reader sees.
pub fn problem(note: &str, sources: usize) -> Option<String> {
    if let Some((n, _)) =
        note.match_indices('[').filter_map(|(i, _)| bracketed(&note[i..])).find(|(n, _)| !(1..=sources).contains(n))
    {
        return Some(format!("its note cites source [{n}], but the data has {sources} sources"));
    }
    let b = note.as_bytes();
    let word = |i: usize| b.get(i).is_some_and(u8::is_ascii_alphanumeric);
    let file = (0..b.len()).find(|&i| {
        b[i..].starts_with(b"00")
            && b.get(i + 2).is_some_and(u8::is_ascii_digit)
            && (i == 0 || !word(i - 1))
            && !word(i + 3)
    })?;
    Some(format!(
        "its note names a source by its file number ({}); cite it as the page numbers it, [1] to [{sources}]",
        &note[file..file + 3]
    ))
}
