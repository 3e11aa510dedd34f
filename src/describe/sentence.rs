//! A sentence being written, piece by piece: the words, numbers and lists every description is made of.

use crate::dataset::{Dataset, Date};
use crate::sets::ActorSet;

/// A sentence being written. Every piece goes through one out-of-line call: the descriptions are composed of many
/// small pieces, and `String`'s inlined appends and temporaries cost the download several times this code's size.
/// The most elements a sentence names: all 20 of the built-in data's areas an actor may have, not the thousands a
/// reader's data may put in one intersection.
pub const LISTED: usize = 20;

#[derive(Default)]
pub struct Sentence(String);

/// A sentence that starts with `text`.
impl From<String> for Sentence {
    fn from(text: String) -> Sentence {
        Sentence(text)
    }
}

impl Sentence {
    /// Appends words as they are.
    #[inline(never)]
    pub fn push(&mut self, words: &str) -> &mut Sentence {
        self.0.push_str(words);
        self
    }

    /// A whole number in digits.
    pub fn number(&mut self, n: usize) -> &mut Sentence {
        self.push(&n.to_string())
    }

    /// A number and its noun: "1 area", "3 areas".
    #[inline(never)]
    pub fn count(&mut self, n: usize, one: &str, many: &str) -> &mut Sentence {
        self.number(n).push(" ").push(if n == 1 { one } else { many })
    }

    /// A number of sets, by what the data's sets are: "6 actors", "1 partnership".
    pub fn sets(&mut self, ds: &Dataset, n: usize) -> &mut Sentence {
        self.count(n, ds.set_noun[0], ds.set_noun[1])
    }

    /// What the data's sets are called, one (`false`) or many: "actor", "partnerships".
    pub fn noun(&mut self, ds: &Dataset, many: bool) -> &mut Sentence {
        self.push(ds.set_noun[usize::from(many)])
    }

    /// A number of elements, by what the data calls them: "1 area", "3 areas"; `full`, as a sentence introducing them
    /// says it: "21 technology areas".
    pub fn elements(&mut self, ds: &Dataset, n: usize, full: bool) -> &mut Sentence {
        let at = if full { 2 } else { 0 };
        self.count(n, ds.element_noun[at], ds.element_noun[at + 1])
    }

    /// What the data's elements are called, one (`false`) or many: "area", "areas".
    pub fn element(&mut self, ds: &Dataset, many: bool) -> &mut Sentence {
        self.push(ds.element_noun[usize::from(many)])
    }

    /// Small counts in words, as prose says "all six"; larger ones in digits.
    pub fn in_words(&mut self, n: usize) -> &mut Sentence {
        const WORDS: [&str; 11] = ["no", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"];
        match WORDS.get(n) {
            Some(w) => self.push(w),
            None => self.number(n),
        }
    }

    /// Names as a sentence reads them: "A", "A and B", "A, B and C"; with semicolons ("A; B, C; and D") when a name
    /// has an "and" of its own, or a comma in a list of three or more, as some area labels do.
    #[inline(never)]
    pub fn list(&mut self, names: &[&str]) -> &mut Sentence {
        let semi = names.iter().any(|n| n.contains(" and ") || (names.len() > 2 && n.contains(',')));
        for (i, name) in names.iter().enumerate() {
            self.separator(i, names.len(), semi).push(name);
        }
        self
    }

    /// What goes before the `i`th of `len` items of a list: nothing, a comma (a semicolon if `semi`) or "and".
    #[inline(never)]
    pub fn separator(&mut self, i: usize, len: usize, semi: bool) -> &mut Sentence {
        self.push(match (i, i + 1 == len, semi) {
            (0, _, _) => "",
            (_, true, true) => "; and ",
            (_, true, false) => " and ",
            (_, false, true) => "; ",
            (_, false, false) => ", ",
        })
    }

    /// Areas by their labels, as a sentence reads them: the first `LISTED`, then how many more ("…, e19 and 2480
    /// more"), where a reader's data has thousands.
    pub fn areas(&mut self, ds: &Dataset, areas: &[usize]) -> &mut Sentence {
        let mut names: Vec<&str> = areas.iter().take(LISTED).map(|&a| ds.areas[a].label).collect();
        let more = (areas.len() > LISTED).then(|| format!("{} more", areas.len() - LISTED));
        names.extend(more.as_deref());
        self.list(&names)
    }

    /// The actors of a set by their short names: "EU, Japan and Korea".
    pub fn names(&mut self, ds: &Dataset, set: ActorSet) -> &mut Sentence {
        self.list(&set.iter().map(|i| ds.actors[i].short).collect::<Vec<_>>())
    }

    /// The actors of a set by their short names, joined as `joint` joins them: "EU–Japan", "EU · Japan".
    pub fn joined(&mut self, ds: &Dataset, set: ActorSet, joint: &str) -> &mut Sentence {
        for (i, a) in set.iter().enumerate() {
            self.push(if i > 0 { joint } else { "" }).push(ds.actors[a].short);
        }
        self
    }

    /// "both" or "all six": every one of `k` actors shown.
    pub fn all(&mut self, k: usize) -> &mut Sentence {
        match k {
            2 => self.push("both"),
            k => self.push("all ").in_words(k),
        }
    }

    /// "as of 30 April 2024" or "counting everything the sources report, dated or not"; of a reader's data, which
    /// dates nothing: "from genes.csv".
    pub fn when(&mut self, ds: &Dataset, as_of: Option<Date>) -> &mut Sentence {
        match (as_of, ds.supplied) {
            (Some(d), _) => self.push("as of ").push(&d.to_string()),
            (None, Some(s)) => self.push("from ").push(s.from),
            (None, None) => self.push("counting everything the sources report, dated or not"),
        }
    }

    /// The sentence so far with its first letter in capitals (ASCII only: the Unicode tables would cost download for
    /// no sentence here).
    pub fn capitalised(mut self) -> String {
        if let Some(first) = self.0.get_mut(..1) {
            first.make_ascii_uppercase();
        }
        self.0
    }

    /// The sentence, leaving the builder empty for the next.
    pub fn done(&mut self) -> String {
        core::mem::take(&mut self.0)
    }
}
