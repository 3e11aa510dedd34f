//! What the membership table shows: a row per area in view, grouped by area group, a column per actor shown, and in
//! each cell how firm the membership is and, comparing two dates, whether it is new or gone.

use crate::dataset::{Dataset, Grade};
use crate::describe::marks::signed;
use crate::named::Named;
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
    pub caption: String,
    pub heads: Vec<Head>,
    pub groups: Vec<Group>,
}

impl MatrixModel {
    /// The table of the chart data; `interactive` where a filled cell is a button that opens its sources (not in the
    /// page for readers without JavaScript), which its spoken name then says.
    pub fn new(ds: &Dataset, data: &ChartData, interactive: bool) -> MatrixModel {
        let comparison = data.comparison.as_ref();
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
            let label = match (grade, interactive) {
                (None, _) => format!("no{note}"),
                (Some(g), false) => format!("yes, {}{note}", g.name()),
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
        let caption = format!(
            "Which of {} {} each {} has, by {} group. A filled cell opens its sources.{changed}",
            rows.len(),
            ds.element_noun[1],
            ds.set_noun[0],
            ds.element_noun[0]
        );
        MatrixModel { caption, heads, groups }
    }
}
