//! What the changes list shows while comparing two dates: the change in one sentence, then each area that entered,
//! left or moved, with a line per event that changed it (its first quote, and every source that reports it).

use crate::compare::{by_event, ChangeKind};
use crate::dataset::Dataset;
use crate::dataset::Words;
use crate::describe::changes::changes_summary;
use crate::describe::marks::change;
use crate::evidence::{cited_sources, event_line, parties};
use crate::html::escape;
use crate::named::Named;
use crate::present::details::{quote, source_ref, sources_cited, words_failed};
use crate::state::Subject;
use crate::view_model::ChartData;

/// One event that changed an area: who and what ("EU–Japan 2nd Digital Partnership Council, 30 April 2024,
/// Brussels"), the link whose quote it shows, in its source's language, and the sources (indices) that report it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Cause {
    pub event: String,
    pub link: usize,
    pub language: &'static str,
    pub sources: Vec<usize>,
}

/// An area that changed: its index and id, how, its line ("High-performance computing: EU · Korea → EU · Japan ·
/// Korea") and the events that changed it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Entry {
    pub area: usize,
    pub id: &'static str,
    pub kind: ChangeKind,
    pub label: String,
    pub causes: Vec<Cause>,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ChangesModel {
    pub summary: String,
    pub entries: Vec<Entry>,
}

impl ChangesModel {
    /// The list of a comparison; none when not comparing, or without actors (the chart then says to tick some, and a
    /// list of nothing would only repeat it).
    pub fn new(ds: &Dataset, data: &ChartData) -> Option<ChangesModel> {
        let comparison = data.comparison.as_ref().filter(|_| !data.actors.is_empty())?;
        let entries = comparison
            .changes
            .iter()
            .map(|c| Entry {
                area: c.area,
                id: ds.areas[c.area].id,
                kind: c.kind,
                label: change(ds, c),
                causes: by_event(ds, &c.causes)
                    .into_iter()
                    .map(|links| {
                        let first = &ds.links[links[0]];
                        Cause {
                            event: parties(ds, first.partnership) + " " + &event_line(ds, first.event),
                            link: links[0],
                            language: ds.sources[first.source].language,
                            sources: cited_sources(ds, &links),
                        }
                    })
                    .collect(),
            })
            .collect();
        Some(ChangesModel { summary: changes_summary(ds, data, comparison), entries })
    }
}

impl ChangesModel {
    /// The list's content as HTML, its text escaped, with the sources' `words` (`None` where they could not be
    /// loaded, which it then says): each entry a button, pressed where it is the `subject`.
    pub fn markup(&self, ds: &Dataset, subject: Option<Subject>, words: Option<&Words>) -> String {
        let mut o = format!(
            "<h3 id=\"changes-title\">What changed</h3><p>{}</p>{}<ol>",
            escape(&self.summary),
            words_failed(ds, words)
        );
        for e in &self.entries {
            o += &format!(
                "<li data-change=\"{}\" data-area=\"{}\"><button type=\"button\" aria-pressed=\"{}\">{}</button><ul class=\"causes\">",
                e.kind.name(),
                e.id,
                subject == Some(Subject::Change(e.area)),
                escape(&e.label)
            );
            for c in &e.causes {
                o += &format!(
                    "<li>{}: <span class=\"quote\" lang=\"{}\">{}</span>",
                    escape(&c.event),
                    escape(c.language),
                    escape(&quote(words, c.link))
                );
                for &s in &c.sources {
                    o += &(" ".to_string() + &source_ref(ds, s));
                }
                o += "</li>";
            }
            o += "</ul></li>";
        }
        o += "</ol>";
        let sources = sources_cited(ds, &o);
        o + &sources
    }
}

/// The changes list's content for the view `query` opens in `ds`, with the sources' `words`: nothing where the view
/// compares no dates.
pub fn markup_of_query(ds: &'static Dataset, query: &str, words: Option<&Words>) -> String {
    let (state, data) = ChartData::of_query(ds, query);
    ChangesModel::new(data.ds, &data).map_or_else(String::new, |m| m.markup(data.ds, state.subject, words))
}
