//! What the details panel shows for the selection: its heading, and the brief of its citations, by partnership, then
//! area, each with where it comes from; the sources' own words are loaded when first needed (`Words`).

use crate::dataset::note::{self, Piece};
use crate::dataset::{Dataset, Grade, LinkText, Words};
use crate::describe::marks::{names, selected};
use crate::evidence::{brief, event_line};
use crate::html::escape;
use crate::named::Named;
use crate::sets::ActorSet;
use crate::state::Subject;
use crate::view_model::ChartData;

/// What the panel says while nothing is selected.
pub fn hint(ds: &Dataset) -> String {
    let sourced = if ds.links.is_empty() { "." } else { " and where each claim comes from." };
    "Select an intersection (click, or Enter) or a table cell to see its ".to_string() + ds.element_noun[1] + sourced
}

/// One citation: its link, how firm it is, the event it comes from and the source (index) that reports it, with
/// what kind of document that is.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Citation {
    pub link: usize,
    pub grade: &'static str,
    pub event: String,
    pub source: usize,
    pub kind: &'static str,
    pub language: &'static str,
}

/// An area's citations within one partnership.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct AreaEvidence {
    pub id: &'static str,
    pub label: &'static str,
    pub citations: Vec<Citation>,
}

/// One partnership's part: its name, its parties, and its areas' citations.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PartnershipPart {
    pub partnership: usize,
    pub name: &'static str,
    pub parties: String,
    pub areas: Vec<AreaEvidence>,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DetailsModel {
    pub title: String,
    pub parts: Vec<PartnershipPart>,
}

/// The areas a subject is about, and the actors whose citations for them count: an intersection's areas and actors;
/// a cell's area and actor; a changed area and every actor that had or has it (with its citations as of the later
/// date).
pub fn subject_evidence(data: &ChartData, subject: Subject) -> (Vec<usize>, ActorSet) {
    match subject {
        Subject::Intersection(sets) => {
            (data.intersection(sets).map_or(Vec::new(), |x| data.areas_of(x).collect()), sets)
        }
        Subject::Cell { area, actor } => (vec![area], ActorSet::single(actor)),
        Subject::Change(area) => (vec![area], data.change_of(area).map_or(ActorSet::EMPTY, |c| c.then.or(c.now))),
    }
}

impl DetailsModel {
    pub fn new(ds: &Dataset, data: &ChartData, subject: Subject) -> DetailsModel {
        let (areas, actors) = subject_evidence(data, subject);
        let parts = brief(ds, &areas, actors, &data.inputs.filter)
            .into_iter()
            .map(|b| {
                let p = &ds.partnerships[b.partnership];
                let areas = b
                    .areas
                    .into_iter()
                    .map(|(area, links)| AreaEvidence {
                        id: ds.areas[area].id,
                        label: ds.areas[area].label,
                        citations: links.into_iter().map(|link| citation(ds, link)).collect(),
                    })
                    .collect();
                PartnershipPart { partnership: b.partnership, name: p.name, parties: names(ds, p.parties), areas }
            })
            .collect();
        DetailsModel { title: selected(ds, data, subject), parts }
    }
}

fn citation(ds: &Dataset, link: usize) -> Citation {
    let l = &ds.links[link];
    Citation {
        link,
        grade: l.grade.name(),
        event: event_line(ds, l.event),
        source: l.source,
        kind: ds.sources[l.source].kind,
        language: ds.sources[l.source].language,
    }
}

/// What a citation says besides its quote once the words are loaded: the words its grade is read from ("Graded
/// exploring from: “…”"), said again below the quote where the grade is weaker than agreed and the wording is not the
/// quote's, and its note.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CitationWords {
    pub graded_from: String,
    pub why: Option<String>,
    pub note: Option<String>,
}

/// A link's quote in quotation marks, from the loaded `words`, or that they could not be loaded (the publishing
/// module draws a panel only once it has tried).
pub fn quote(words: Option<&Words>, link: usize) -> String {
    words.and_then(|w| w.links.get(link)).map_or_else(|| NOT_LOADED.to_string(), |t| format!("“{}”", t.quote))
}

/// The words of a link's citation, from the loaded `words`; none while they are not loaded.
pub fn citation_words(ds: &Dataset, words: Option<&Words>, link: usize) -> Option<CitationWords> {
    let LinkText { quote: said, grade_quote, note } = words?.links.get(link)?;
    let grade = ds.links[link].grade;
    let graded_from = format!("Graded {} from: “{grade_quote}”", grade.name());
    Some(CitationWords {
        why: (grade < Grade::Agreed && grade_quote != said).then(|| graded_from.clone()),
        graded_from,
        note: note.as_ref().map(|n| format!("Note: {n}")),
    })
}

/// What a quote says where the sources' words could not be loaded.
pub const NOT_LOADED: &str = "(the source's words could not be loaded)";

/// A source as the citations number it, "[2]", linked to its entry in the sources list at the foot of the page,
/// which names it in full.
/// A reader's data has no such list (the page's lists the built-in sources): its citations name the source in
/// their title, and each panel lists the sources it cites at its end (`sources_cited`).
pub fn source_ref(ds: &Dataset, source: usize) -> String {
    let s = &ds.sources[source];
    match ds.supplied {
        None => format!("<a href=\"#source-{}\" title=\"{}\">[{}]</a>", s.id, escape(s.title), source + 1),
        Some(_) => format!("<span class=\"ref\" title=\"{}\">[{}]</span>", escape(s.title), source + 1),
    }
}

/// For a reader's data, the sources a panel's `markup` cites (`source_ref`: "[2]"), in order, under the numbers it
/// cites them by, each named in full as the page's list names the built-in ones; nothing for the built-in data, or
/// where none is cited. Read off the markup, so that a source a note cites counts too; no data's text can end as
/// a reference does (`">[2]</span>`), as it is escaped.
pub fn sources_cited(ds: &Dataset, markup: &str) -> String {
    if ds.supplied.is_none() {
        return String::new();
    }
    let cited: Vec<usize> =
        (0..ds.sources.len()).filter(|i| markup.contains(&format!("\">[{}]</span>", i + 1))).collect();
    if cited.is_empty() {
        return String::new();
    }
    let mut o = "<h4>Sources</h4><ol class=\"refs\">".to_string();
    for i in cited {
        let s = &ds.sources[i];
        o += &format!(
            "<li><span class=\"ref\">[{}]</span> <span><cite>{}</cite>. <span class=\"about\">{} · {}</span></span></li>",
            i + 1,
            escape(s.title),
            escape(s.kind),
            escape(&s.about())
        );
    }
    o + "</ol>"
}

/// A note's words, escaped, with each source it cites ("[2]") linked as the citations link it.
pub fn noted(ds: &Dataset, note: &str) -> String {
    let piece = |p| match p {
        Piece::Words(w) => escape(w),
        Piece::Source(s) => source_ref(ds, s),
    };
    note::pieces(note, ds.sources.len()).into_iter().map(piece).collect()
}

/// The line that says the sources' words could not be loaded, where `words` are missing for data that has links.
pub fn words_failed(ds: &Dataset, words: Option<&Words>) -> &'static str {
    match words.is_none() && !ds.links.is_empty() {
        true => "<p class=\"notices\" role=\"alert\">The sources' words could not be loaded; reload the page to try again.</p>",
        false => "",
    }
}

impl DetailsModel {
    /// The panel's content as HTML, its text escaped, with the sources' `words` (`None` where they could not be
    /// loaded, which it then says): its heading, which takes the focus when the reader has just picked something, its
    /// buttons (`data-action` "back" and "close"), and the citations. Data without links lists the `elements` the
    /// selection is about instead.
    pub fn markup(&self, ds: &Dataset, words: Option<&Words>, elements: &[usize]) -> String {
        let mut o = format!(
            "<div class=\"details-head\"><h3 id=\"details-title\" tabindex=\"-1\">{}</h3><span class=\"details-actions\">\
             <button type=\"button\" data-action=\"back\">Back to the chart</button>\
             <button type=\"button\" data-action=\"close\">Close</button></span></div>{}",
            escape(&self.title),
            words_failed(ds, words)
        );
        if ds.links.is_empty() {
            o += "<ul class=\"elements\">";
            for &e in elements {
                o += &format!("<li data-area=\"{}\">{}</li>", ds.areas[e].id, escape(ds.areas[e].label));
            }
            o += "</ul>";
        }
        for p in &self.parts {
            o += &format!(
                "<article class=\"brief\"><h4>{}<span class=\"parties\">{}</span></h4>",
                escape(p.name),
                escape(&p.parties)
            );
            if let Some(note) = words.and_then(|w| w.partnerships.get(p.partnership).cloned().flatten()) {
                o += &format!("<p class=\"note\">{}</p>", noted(ds, &note));
            }
            for a in &p.areas {
                o += &format!(
                    "<section class=\"area-evidence\" data-area=\"{}\"><h5>{}</h5><ul>",
                    a.id,
                    escape(a.label)
                );
                for c in &a.citations {
                    o += &c.markup(ds, words);
                }
                o += "</ul></section>";
            }
            o += "</article>";
        }
        let sources = sources_cited(ds, &o);
        o + &sources
    }
}

impl Citation {
    /// The verbatim quote, then on one line how firm it is, where it comes from, its source and what kind of
    /// document that is, then why it has a grade weaker than agreed (where the wording is not the quote's) and any
    /// note.
    fn markup(&self, ds: &Dataset, words: Option<&Words>) -> String {
        let w = citation_words(ds, words, self.link);
        let title = w.as_ref().map(|w| format!(" title=\"{}\"", escape(&w.graded_from))).unwrap_or_default();
        let mut o = format!(
            "<li><blockquote lang=\"{}\">{}</blockquote><span class=\"meta\"><span class=\"grade\" data-grade=\"{g}\"{title}>{g}</span>\
             <span class=\"via\">{}</span><span class=\"cite\"> · source {} · {}</span></span>",
            escape(self.language),
            escape(&quote(words, self.link)),
            escape(&self.event),
            source_ref(ds, self.source),
            escape(self.kind),
            g = self.grade,
        );
        if let Some(w) = w {
            if let Some(why) = w.why {
                o += &format!("<span class=\"why\" lang=\"{}\">{}</span>", escape(self.language), escape(&why));
            }
            if let Some(note) = w.note {
                o += &format!("<span class=\"note\">{}</span>", noted(ds, &note));
            }
        }
        o + "</li>"
    }
}

/// The details panel's content for the view `query` opens in `ds`, with the sources' `words`: nothing where nothing
/// is selected.
pub fn markup_of_query(ds: &'static Dataset, query: &str, words: Option<&Words>) -> String {
    let (state, data) = ChartData::of_query(ds, query);
    let Some(subject) = state.subject else { return String::new() };
    let elements = subject_evidence(&data, subject).0;
    DetailsModel::new(data.ds, &data, subject).markup(data.ds, words, &elements)
}
