//! What the membership table shows: a row per area in view, grouped by area group, a column per actor shown, and in
//! each cell how firm the membership is and, comparing two dates, whether it is new or gone.

use crate::dataset::{Dataset, Grade};
use crate::describe::marks::signed;
use crate::describe::sentence::Sentence;
use crate::html::escape;
use crate::named::Named;
use crate::state::Subject;
use crate::view_model::ChartData;

/// How a cell's actor's hold on its area changed between the dates compared.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CellChange {
    /// The actor did not have the area at the earlier date, and has it now.
    Entered,
    /// The actor had the area at the earlier date, and has it no more.
    Left,
}

impl Named for CellChange {
    const ALL: &'static [CellChange] = &[CellChange::Entered, CellChange::Left];

    /// As the cell's `data-change` says it.
    fn name(self) -> &'static str {
        match self {
            CellChange::Entered => "entered",
            CellChange::Left => "left",
        }
    }
}

/// An actor's column head: its id, short name and size ("EU (20, +3)").
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Head {
    pub id: &'static str,
    pub short: &'static str,
    pub size: usize,
    pub size_then: Option<usize>,
    /// What follows the name: " (20)", or comparing " (20, +3)".
    pub count: String,
}

/// One cell: its actor, the grade of its membership (none where the actor does not have the area), its change, and
/// its spoken name.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Cell {
    pub actor: usize,
    pub grade: Option<Grade>,
    pub change: Option<CellChange>,
    pub label: String,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Row {
    pub area: usize,
    pub label: &'static str,
    pub cells: Vec<Cell>,
}

/// An area group's rows, under its label.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Group {
    pub label: &'static str,
    pub rows: Vec<Row>,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct MatrixModel {
    /// Whether filled cells are buttons that open their sources.
    pub interactive: bool,
    pub caption: String,
    pub heads: Vec<Head>,
    pub groups: Vec<Group>,
}

impl MatrixModel {
    /// The table of the chart data; `interactive` where a filled cell is a button that opens its sources (not in the
    /// page for readers without JavaScript), which its spoken name then says.
    pub fn new(ds: &Dataset, data: &ChartData, interactive: bool) -> MatrixModel {
        let comparison = data.comparison.as_ref();
        let sourced = !ds.sources.is_empty();
        let since = comparison.map(|c| c.from.to_string()).unwrap_or_default();
        let heads = data
            .set_sizes
            .iter()
            .enumerate()
            .map(|(i, &(a, size))| {
                let size_then = comparison.map(|c| c.set_sizes_then[i].1);
                let change =
                    size_then.filter(|t| *t != size).map(|t| ", ".to_string() + &signed(size as i64 - t as i64));
                let count = format!(" ({size}{})", change.unwrap_or_default());
                Head { id: ds.actors[a].id, short: ds.actors[a].short, size, size_then, count }
            })
            .collect();
        let cell = |i: usize, area: usize, actor: usize, held: bool| {
            let grade = held.then(|| data.universe.grade(i, actor)).flatten();
            let change = data.change_of(area).and_then(|c| match (c.then.contains(actor), c.now.contains(actor)) {
                (false, true) => Some(CellChange::Entered),
                (true, false) => Some(CellChange::Left),
                _ => None,
            });
            let note = match change {
                Some(CellChange::Entered) => format!(", new since {since}"),
                Some(CellChange::Left) => format!(", had it on {since}"),
                None => String::new(),
            };
            // Data without sources has no grades to tell apart either (`dataset`): its cells say membership only.
            let label = match (grade.filter(|_| sourced), interactive) {
                (_, _) if grade.is_none() => format!("no{note}"),
                (None, false) => format!("yes{note}"),
                (Some(g), false) => format!("yes, {}{note}", g.name()),
                (None, true) => format!("{} has {}{note}", ds.actors[actor].name, ds.areas[area].label),
                (Some(g), true) => {
                    format!(
                        "{} has {} ({}{note}): show the sources",
                        ds.actors[actor].name,
                        ds.areas[area].label,
                        g.name()
                    )
                }
            };
            Cell { actor, grade, change, label }
        };
        let rows: Vec<(usize, Row)> = data
            .in_view()
            .map(|(i, area, mask)| {
                let cells = data.actors.iter().map(|actor| cell(i, area, actor, mask.contains(actor))).collect();
                (ds.areas[area].group, Row { area, label: ds.areas[area].label, cells })
            })
            .collect();
        let groups = ds
            .groups
            .iter()
            .enumerate()
            .map(|(g, group)| Group {
                label: group.label,
                rows: rows.iter().filter(|(in_group, _)| *in_group == g).map(|(_, row)| row.clone()).collect(),
            })
            .filter(|g| !g.rows.is_empty())
            .collect();
        let changed =
            comparison.map_or(String::new(), |c| format!(" Outlined cells changed between {} and {}.", c.from, c.to));
        let grouped = if ds.groups.len() > 1 { format!(", by {} group", ds.element_noun[0]) } else { String::new() };
        let opens = if sourced { " A filled cell opens its sources." } else { "" };
        let caption = format!(
            "Which of {} {} each {} has{grouped}.{opens}{changed}",
            rows.len(),
            ds.element_noun[1],
            ds.set_noun[0],
        );
        MatrixModel { interactive, caption, heads, groups }
    }
}

impl MatrixModel {
    /// The table as HTML, its text escaped (a reader's data names its own sets and elements), described by the
    /// element `described`: an interactive table's filled cells are buttons whose `data-cell` holds the area's and the
    /// actor's ids, pressed where they are the `subject`; the row of a `subject` change is lit.
    pub fn markup(&self, ds: &Dataset, subject: Option<Subject>, described: &str) -> String {
        let columns = self.heads.len() + 1;
        let mut noun = Sentence::default();
        noun.push(ds.element_noun[0]);
        let mut o = format!(
            "<div class=\"matrix-wrap\"><table class=\"matrix\" data-chart=\"matrix\" aria-describedby=\"{described}\">\
             <caption>{}</caption><thead><tr><th scope=\"col\">{}</th>",
            escape(&self.caption),
            escape(&noun.capitalised())
        );
        for h in &self.heads {
            let before = h.size_then.map(|t| format!(" data-size-before=\"{t}\"")).unwrap_or_default();
            o += &format!(
                "<th scope=\"col\" data-set=\"{}\" data-size=\"{}\"{before}>{}<span class=\"n\">{}</span></th>",
                h.id,
                h.size,
                escape(h.short),
                h.count
            );
        }
        o += "</tr></thead>";
        for group in &self.groups {
            o += "<tbody>";
            // Data of one group has no group to name.
            if ds.groups.len() > 1 {
                o += &format!(
                    "<tr class=\"group-row\"><th scope=\"colgroup\" colspan=\"{columns}\">{}</th></tr>",
                    escape(group.label)
                );
            }
            for row in &group.rows {
                let lit = if subject == Some(Subject::Change(row.area)) { " data-lit" } else { "" };
                o += &format!("<tr{lit}><th scope=\"row\">{}</th>", escape(row.label));
                for c in &row.cells {
                    o += &self.cell(ds, row.area, c, subject);
                }
                o += "</tr>";
            }
            o += "</tbody>";
        }
        o + "</table></div>"
    }

    fn cell(&self, ds: &Dataset, area: usize, c: &Cell, subject: Option<Subject>) -> String {
        let label = escape(&c.label);
        let content = match c.grade {
            None => format!("<span class=\"sr-only\">{label}</span>"),
            Some(g) if !self.interactive => {
                format!(
                    "<span role=\"img\" aria-label=\"{label}\"><span class=\"mark\" data-grade=\"{}\"></span></span>",
                    g.name()
                )
            }
            Some(g) => format!(
                "<button type=\"button\" data-cell=\"{} {}\" aria-pressed=\"{}\" aria-label=\"{label}\">\
                 <span class=\"mark\" data-grade=\"{}\"></span></button>",
                ds.areas[area].id,
                ds.actors[c.actor].id,
                subject == Some(Subject::Cell { area, actor: c.actor }),
                g.name()
            ),
        };
        let on = if c.grade.is_some() { " data-on" } else { "" };
        let change = c.change.map(|c| format!(" data-change=\"{}\"", c.name())).unwrap_or_default();
        format!("<td{on}{change}>{content}</td>")
    }
}

/// The table's markup of the view `query` opens in `ds`, with its filled cells as buttons (see `MatrixModel::markup`).
pub fn markup_of_query(ds: &'static Dataset, query: &str, described: &str) -> String {
    let (state, data) = ChartData::of_query(ds, query);
    MatrixModel::new(data.ds, &data, true).markup(data.ds, state.subject, described)
}
