//! Delimited text (CSV, TSV, `;`-separated) as records of fields, each record with the line it starts on: RFC 4180
//! quoting (a quoted field may hold the delimiter, a line break and `""`), CRLF or LF line ends, a trailing empty
//! line ignored.

use std::borrow::Cow;

/// The delimiters a file may use, in the order a tie between them is settled.
pub const DELIMITERS: [char; 3] = ['\t', ';', ','];

/// One record: the line it starts on (from 1) and its fields, unquoted: borrowed from the text where it has no
/// quotes, so that a large file is not copied field by field.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Record<'a> {
    pub line: usize,
    pub fields: Vec<Cow<'a, str>>,
}

/// The delimiter of `text`: the one of `DELIMITERS` its first line holds most often outside quotes (a comma where it
/// holds none).
pub fn delimiter(text: &str) -> char {
    let mut counts = [0usize; 3];
    let mut quoted = false;
    for c in text.chars() {
        match c {
            '"' => quoted = !quoted,
            '\n' if !quoted => break,
            c => {
                if let Some(i) = DELIMITERS.iter().position(|&d| d == c).filter(|_| !quoted) {
                    counts[i] += 1;
                }
            }
        }
    }
    let most = counts.iter().copied().max().unwrap_or(0);
    match most {
        0 => ',',
        _ => DELIMITERS[counts.iter().position(|&n| n == most).unwrap_or(2)],
    }
}

/// Where a quoted field is left open: the line it opened on.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Unclosed {
    pub line: usize,
    pub column: usize,
}

/// The records of `text`, split at `delimiter`, one at a time; blank lines are skipped. A quote that is never closed
/// is an error, at the field it opened (and ends the records).
pub fn records(text: &str, delimiter: char) -> Records<'_> {
    Records { text, at: 0, line: 1, delimiter }
}

pub struct Records<'a> {
    text: &'a str,
    /// Where the next record starts, in bytes.
    at: usize,
    line: usize,
    delimiter: char,
}

impl<'a> Iterator for Records<'a> {
    type Item = Result<Record<'a>, Unclosed>;

    fn next(&mut self) -> Option<Self::Item> {
        loop {
            if self.at >= self.text.len() {
                return None;
            }
            let start = self.line;
            let record = self.record();
            match record {
                Ok(fields) if fields.len() == 1 && fields[0].trim().is_empty() => continue,
                Ok(fields) => return Some(Ok(Record { line: start, fields })),
                Err(e) => {
                    self.at = self.text.len();
                    return Some(Err(e));
                }
            }
        }
    }
}

impl<'a> Records<'a> {
    /// The fields of the record at `at`, which then moves past its line end.
    fn record(&mut self) -> Result<Vec<Cow<'a, str>>, Unclosed> {
        let text = self.text;
        let mut fields = Vec::new();
        // The field being read: where it starts, and its text once a quote made it differ from the file's.
        let (mut from, mut owned): (usize, Option<String>) = (self.at, None);
        let mut quoted = false;
        let mut opened = Unclosed { line: self.line, column: 1 };
        let mut chars = text[self.at..].char_indices().map(|(i, c)| (i + self.at, c)).peekable();
        let field = |from: usize, to: usize, owned: &mut Option<String>| match owned.take() {
            Some(s) => Cow::Owned(s),
            None => Cow::Borrowed(&text[from..to]),
        };
        while let Some((i, c)) = chars.next() {
            match c {
                '"' if quoted && chars.peek().map(|p| p.1) == Some('"') => {
                    chars.next();
                    owned.get_or_insert_with(String::new).push('"');
                }
                '"' if quoted => quoted = false,
                // A quote opens a field only at its start; elsewhere it is a character like any other.
                '"' if i == from && owned.is_none() => {
                    quoted = true;
                    owned = Some(String::new());
                    opened = Unclosed { line: self.line, column: fields.len() + 1 };
                }
                '\r' if !quoted && chars.peek().map(|p| p.1) == Some('\n') => {
                    fields.push(field(from, i, &mut owned));
                    chars.next();
                    self.at = i + 2;
                    self.line += 1;
                    return Ok(fields);
                }
                '\n' if !quoted => {
                    fields.push(field(from, i, &mut owned));
                    self.at = i + 1;
                    self.line += 1;
                    return Ok(fields);
                }
                c if c == self.delimiter && !quoted => {
                    fields.push(field(from, i, &mut owned));
                    from = i + c.len_utf8();
                }
                c => {
                    if c == '\n' {
                        self.line += 1;
                    }
                    if let Some(s) = owned.as_mut() {
                        s.push(c);
                    }
                }
            }
        }
        if quoted {
            return Err(opened);
        }
        fields.push(field(from, text.len(), &mut owned));
        self.at = text.len();
        Ok(fields)
    }
}
