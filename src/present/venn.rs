//! What the Venn view draws for 2 or 3 actors: a circle per actor, sized by its areas, and in each region its count of
//! the areas exactly those actors have, with the words each mark says.

use crate::dataset::Dataset;
use crate::describe::marks::{actor_size, intersection, names};
use crate::html::escape;
use crate::html::{num, view_box};
use crate::overlap::Intersection;
use crate::sets::ActorSet;
use crate::state::Subject;
use crate::venn::{venn, Circle};
use crate::view_model::ChartData;

/// Width the diagram is laid out for: a phone's, at most, so that the page need not shrink it much.
pub const WIDTH: f64 = 420.0;

/// What the diagram's caption says.
pub const CAPTION: &str = "Each number counts the areas in exactly that overlap. Three-circle areas are approximate.";

/// An actor's circle, with its name placed outside it.
#[derive(Clone, Debug, PartialEq)]
pub struct SetCircle {
    pub id: &'static str,
    pub short: &'static str,
    pub size: usize,
    pub circle: Circle,
    pub name_at: (f64, f64),
    pub label: String,
}

/// A region's count, where it is drawn, and what it says: as an UpSet column, by its actors' ids and its areas' ids.
#[derive(Clone, Debug, PartialEq)]
pub struct RegionMark {
    pub sets: ActorSet,
    pub ids: String,
    pub elements: String,
    pub size: usize,
    pub at: (f64, f64),
    pub label: String,
}

#[derive(Clone, Debug, PartialEq)]
pub struct VennModel {
    pub width: f64,
    pub height: f64,
    /// The diagram's spoken name.
    pub label: String,
    pub circles: Vec<SetCircle>,
    pub regions: Vec<RegionMark>,
}

impl VennModel {
    /// The diagram of the chart data, counted exclusively (`State::chart_mode`: one region, one intersection); none
    /// unless 2 or 3 actors are shown. Comparing two dates, it shows the later one only: no emptied regions, and no
    /// earlier sizes in the spoken names.
    pub fn new(ds: &Dataset, data: &ChartData) -> Option<VennModel> {
        let actors: Vec<usize> = data.actors.iter().collect();
        let mut exclusive = vec![0usize; 1 << actors.len().min(3)];
        for x in &data.intersections {
            if let Some(slot) = exclusive.get_mut(local_mask(&actors, x.sets)) {
                *slot = x.size();
            }
        }
        let sizes: Vec<usize> = data.set_sizes.iter().map(|(_, s)| *s).collect();
        let l = venn(&sizes, &exclusive, WIDTH)?;
        let circles = actors
            .iter()
            .zip(l.circles)
            .zip(&l.labels)
            .zip(&sizes)
            .map(|(((&a, circle), &name_at), &size)| SetCircle {
                id: ds.actors[a].id,
                short: ds.actors[a].short,
                size,
                circle,
                name_at,
                label: actor_size(ds, a, size),
            })
            .collect();
        let regions = data
            .intersections
            .iter()
            .filter(|x| x.size() > 0)
            .filter_map(|x| {
                let at = l.regions.iter().find(|r| usize::from(r.sets) == local_mask(&actors, x.sets))?;
                Some(RegionMark {
                    sets: x.sets,
                    ids: ds.actor_ids(x.sets),
                    elements: data.areas_of(x).map(|a| ds.areas[a].id).collect::<Vec<_>>().join(" "),
                    size: x.size(),
                    at: (at.x, at.y),
                    label: intersection(ds, data, &Intersection { size_then: None, ..x.clone() }),
                })
            })
            .collect();
        let label =
            "Venn diagram of ".to_string() + &names(ds, data.actors) + "; areas are approximate for three sets.";
        Some(VennModel { width: l.width, height: l.height, label, circles, regions })
    }
}

impl VennModel {
    /// The diagram as the page shows it, as SVG markup, the region of `subject` pressed: made by the publishing module
    /// (`components::venn`), so that the geometry ships only to those who open the view. Described by `described`
    /// (the short description's id).
    pub fn markup(&self, subject: Option<Subject>, described: &str) -> String {
        let mut o = format!(
            "<svg class=\"chart\" viewBox=\"{}\" width=\"{}\" role=\"group\" aria-describedby=\"{described}\" \
             aria-label=\"{}\">",
            view_box(self.width, self.height),
            num(self.width),
            escape(&self.label)
        );
        for (i, c) in self.circles.iter().enumerate() {
            let (x, y, r) = (num(c.circle.cx), num(c.circle.cy), num(c.circle.r));
            o += &format!(
                "<circle class=\"set-circle\" data-c=\"{i}\" data-set=\"{}\" data-size=\"{}\" cx=\"{x}\" cy=\"{y}\" r=\"{r}\" \
                 role=\"img\" aria-label=\"{}\"></circle>",
                c.id,
                c.size,
                escape(&c.label)
            );
        }
        for c in &self.circles {
            let (x, y) = (num(c.name_at.0), num(c.name_at.1));
            o += &format!(
                "<text class=\"set-label middle\" x=\"{x}\" y=\"{y}\" aria-hidden=\"true\">{}</text>",
                escape(c.short)
            );
        }
        for r in &self.regions {
            let (x, y) = (num(r.at.0), num(r.at.1));
            let pressed = subject == Some(Subject::Intersection(r.sets));
            o += &format!(
                "<g class=\"region\" data-sets=\"{}\" data-size=\"{}\" data-elements=\"{}\" tabindex=\"0\" role=\"button\" \
                 aria-pressed=\"{pressed}\" aria-label=\"{}\"><circle class=\"hit\" cx=\"{x}\" cy=\"{y}\" r=\"16\"></circle>\
                 <text class=\"count middle\" x=\"{x}\" y=\"{y}\">{}</text></g>",
                r.ids,
                r.size,
                r.elements,
                escape(&r.label),
                r.size
            );
        }
        o + "</svg>"
    }
}

/// The Venn diagram's markup of the view a URL's `query` opens (see `VennModel::markup`), or none where it shows
/// no Venn diagram.
pub fn markup_of_query(ds: &'static Dataset, query: &str, described: &str) -> Option<String> {
    let (state, data) = ChartData::of_query(ds, query);
    Some(VennModel::new(data.ds, &data)?.markup(state.subject, described))
}

/// An actor set as a bitmask over the 2–3 actors shown (bit `i` for the `i`-th of them), as the geometry counts.
fn local_mask(actors: &[usize], sets: ActorSet) -> usize {
    actors.iter().enumerate().filter(|(_, a)| sets.contains(**a)).fold(0, |m, (i, _)| m | 1 << i)
}
