//! What the details panel shows for the selection: its heading, and the brief of its citations, by partnership, then
//! area, each with where it comes from; the sources' own words are loaded when first needed (`Words`).

use crate::dataset::{Dataset, Grade, LinkText, Words};
use crate::describe::marks::{names, selected};
use crate::evidence::{brief, event_line};
use crate::named::Named;
use crate::sets::ActorSet;
use crate::state::Subject;
use crate::view_model::ChartData;

/// What the panel says while nothing is selected.
pub fn hint(ds: &Dataset) -> String {
    "Select an intersection (click, or Enter) or a table cell to see its ".to_string()
        + ds.element_noun[1]
        + " and where each claim comes from."
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

/// A link's quote in quotation marks, from the loaded `words`, or that it is still loading.
pub fn quote(words: Option<&Words>, link: usize) -> String {
    words.and_then(|w| w.links.get(link)).map_or_else(|| LOADING.to_string(), |t| format!("“{}”", t.quote))
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

/// What a quote says while the words load.
pub const LOADING: &str = "Loading the source's words…";
