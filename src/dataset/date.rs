//! Calendar dates as precise as the sources give them: a year, a month or a day.

use crate::sort_key::Layout;
use std::fmt;

/// A date with optional month and day; `0` means "not given by the source".
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Date {
    pub year: u16,
    pub month: u8,
    pub day: u8,
}

/// A date's key: the latest day it could mean (year, month, day), then its month and day as given (0 where not).
const KEY: Layout<5> = Layout::new([16, 4, 5, 4, 5]);

/// How many bits a date's key takes, for keys that hold one among other fields.
pub const KEY_BITS: u32 = KEY.bits();

const MONTHS: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

impl Date {
    /// Parses `YYYY`, `YYYY-MM` or `YYYY-MM-DD`, rejecting impossible days.
    pub fn parse(s: &str) -> Option<Date> {
        let mut parts = s.split('-');
        let year = digits(parts.next()?, 4)?;
        let month = parts.next().map(|m| digits(m, 2)).unwrap_or(Some(0))?;
        let day = parts.next().map(|d| digits(d, 2)).unwrap_or(Some(0))?;
        if parts.next().is_some() || (day > 0 && month == 0) || month > 12 {
            return None;
        }
        let date = Date { year: year as u16, month: month as u8, day: day as u8 };
        (day <= u32::from(date.days_in_month())).then_some(date)
    }

    fn days_in_month(self) -> u8 {
        match self.month {
            0 => 31,
            2 if self.year % 4 == 0 && (self.year % 100 != 0 || self.year % 400 == 0) => 29,
            2 => 28,
            4 | 6 | 9 | 11 => 30,
            _ => 31,
        }
    }

    /// The last day the date could mean: "2023" has certainly happened only by 31 December 2023.
    pub fn latest(self) -> Date {
        let month = if self.month == 0 { 12 } else { self.month };
        let full = Date { year: self.year, month, day: 0 };
        let day = if self.day == 0 { full.days_in_month() } else { self.day };
        Date { day, ..full }
    }

    /// The order of dates as one number of `KEY_BITS` bits: by the latest day each could mean, then by how precise it
    /// is. Sorting these keys rather than dates lets the app share one sort routine (and its code) between its sorts.
    pub fn key(self) -> u64 {
        let l = self.latest();
        let fields = [l.year.into(), l.month.into(), l.day.into(), self.month.into(), self.day.into()];
        KEY.pack(fields)
    }

    /// The date a `key` was made from.
    pub fn from_key(key: u64) -> Date {
        Date { year: KEY.unpack(key, 0) as u16, month: KEY.unpack(key, 3) as u8, day: KEY.unpack(key, 4) as u8 }
    }

    /// The canonical `YYYY[-MM[-DD]]` form, as in the data file and the URL.
    pub fn iso(self) -> String {
        match (self.month, self.day) {
            (0, _) => format!("{:04}", self.year),
            (m, 0) => format!("{:04}-{:02}", self.year, m),
            (m, d) => format!("{:04}-{:02}-{:02}", self.year, m, d),
        }
    }
}

fn digits(s: &str, len: usize) -> Option<u32> {
    (s.len() == len && s.bytes().all(|b| b.is_ascii_digit())).then(|| s.parse().ok()).flatten()
}

impl PartialOrd for Date {
    fn partial_cmp(&self, other: &Self) -> Option<std::cmp::Ordering> {
        Some(self.cmp(other))
    }
}

/// Orders by the latest day each date could mean, so an as-of cut never counts an event early.
impl Ord for Date {
    fn cmp(&self, other: &Self) -> std::cmp::Ordering {
        self.key().cmp(&other.key())
    }
}

/// Reads as people write dates: "30 April 2024", "May 2022", "2023".
impl fmt::Display for Date {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match (self.month, self.day) {
            (0, _) => write!(f, "{}", self.year),
            (m, 0) => write!(f, "{} {}", MONTHS[usize::from(m) - 1], self.year),
            (m, d) => write!(f, "{} {} {}", d, MONTHS[usize::from(m) - 1], self.year),
        }
    }
}
