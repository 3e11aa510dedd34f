//! Delimited text (CSV, TSV, `;`-separated) as records of fields, each record with the line it starts on: RFC 4180
//! quoting (a quoted field may hold the delimiter, a line break and `""`), CRLF or LF line ends, a trailing empty
//! line ignored.

/// The delimiters a file may use, in the order a tie between them is settled.
pub const DELIMITERS: [char; 3] = ['\t', ';', ','];

/// One record: the line it starts on (from 1) and its fields, unquoted.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Record {
    pub line: usize,
    pub fields: Vec<String>,
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

/// The records of `text`, split at `delimiter`; blank lines are skipped. A quote that is never closed is an error,
/// at the field it opened.
pub fn records(text: &str, delimiter: char) -> Result<Vec<Record>, Unclosed> {
    let mut out = Vec::new();
    let (mut fields, mut field) = (Vec::new(), String::new());
    let (mut line, mut start) = (1usize, 1usize);
    let (mut quoted, mut opened) = (false, Unclosed { line: 1, column: 1 });
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '"' if quoted && chars.peek() == Some(&'"') => {
                chars.next();
                field.push('"');
            }
            '"' if quoted => quoted = false,
            // A quote opens a field only at its start; elsewhere it is a character like any other.
            '"' if field.is_empty() => {
                quoted = true;
                opened = Unclosed { line, column: fields.len() + 1 };
            }
            '\r' if !quoted && chars.peek() == Some(&'\n') => {}
            '\n' if !quoted => {
                fields.push(std::mem::take(&mut field));
                push(&mut out, start, std::mem::take(&mut fields));
                line += 1;
                start = line;
            }
            c if c == delimiter && !quoted => fields.push(std::mem::take(&mut field)),
            c => {
                if c == '\n' {
                    line += 1;
                }
                field.push(c);
            }
        }
    }
    if quoted {
        return Err(opened);
    }
    fields.push(field);
    push(&mut out, start, fields);
    Ok(out)
}

/// Keeps a record unless its line was blank.
fn push(out: &mut Vec<Record>, line: usize, fields: Vec<String>) {
    if !(fields.len() == 1 && fields[0].trim().is_empty()) {
        out.push(Record { line, fields });
    }
}
