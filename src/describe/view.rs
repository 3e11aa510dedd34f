//! The view as a whole, in words to publish: its title, as a citation and an embed name it, and its description as
//! "Copy description" puts it on the clipboard.

use super::marks::names;
use super::sentence::Sentence;
use super::short::short;
use crate::dataset::Dataset;
use crate::state::State;
use crate::view_model::ChartData;

/// "Shared technology areas of EU, Japan and Korea", and its date or dates ("…, as of 30 April 2024"; "…, December
/// 2022 and 30 April 2024 compared").
pub fn title(ds: &Dataset, state: &State, data: &ChartData) -> String {
    let title = "Shared ".to_string() + ds.element_noun[3] + " of " + &names(ds, data.actors);
    match (state.comparison(), state.as_of) {
        (Some((from, to)), _) => title + ", " + &from.to_string() + " and " + &to.to_string() + " compared",
        (None, Some(d)) => title + ", as of " + &d.to_string(),
        (None, None) => title,
    }
}

/// What "Copy description" puts on the clipboard: the short description, the view's URL, and the sources the view
/// draws on (those of the links behind the areas in view of the shown actors), so that a pasted quote is citable.
pub fn for_clipboard(ds: &Dataset, state: &State, data: &ChartData, url: &str) -> String {
    let mut t = Sentence::from(short(ds, state, data));
    t.push("\n\n").push(url).push("\n");
    let sources = data.sources(ds);
    if !sources.is_empty() {
        t.push("\nSources:\n");
        for i in sources {
            let s = &ds.sources[i];
            t.push("- [").push(&(i + 1).to_string()).push("] ").push(s.title).push(". ").push(&s.about()).push("\n");
        }
    }
    t.done()
}
