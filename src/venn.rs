//! Venn/Euler diagram geometry for two or three sets: circles sized and placed by set and overlap sizes, in SVG units.

use std::f64::consts::PI;

/// Smallest radius, as a share of the largest, so an empty or tiny set stays visible and can hold its count.
pub const MIN_RADIUS: f64 = 0.25;
/// Gap between the edges of disjoint circles, as a share of the largest radius.
const GAP: f64 = 0.12;
/// Room left and right of the circles for half a set name centred over an outermost circle.
const SIDE_ROOM: f64 = 44.0;
const MARGIN: f64 = 8.0;
/// Height of a set name's line; `labels` are the centres of those lines.
pub const LABEL_HEIGHT: f64 = 18.0;
const LABEL_GAP: f64 = 4.0;
/// Set names whose centres are closer than this horizontally are stacked rather than drawn over each other,
/// so names up to this wide never collide.
pub const LABEL_WIDTH: f64 = 96.0;
/// Narrower widths are widened to this, so there is always room for the set names.
pub const MIN_WIDTH: f64 = 160.0;
/// Samples per side of the grid searched for a region's anchor; a local search then refines the best sample.
const GRID: usize = 64;
/// How far, as a share of the largest radius, one step moves a pair of circles to make a missing region appear,
/// and at most how many steps are taken.
const NUDGE: f64 = 0.04;
const REPAIRS: usize = 30;

#[derive(Clone, Debug, PartialEq)]
pub struct Circle {
    pub cx: f64,
    pub cy: f64,
    pub r: f64,
}

/// Where to write the count of the elements in exactly the sets of `sets` (bit `i` = set `i`).
#[derive(Clone, Debug, PartialEq)]
pub struct Region {
    pub sets: u8,
    pub x: f64,
    pub y: f64,
}

#[derive(Clone, Debug, PartialEq)]
pub struct VennLayout {
    pub width: f64,
    pub height: f64,
    pub circles: Vec<Circle>,
    /// One per region with a non-zero `exclusive` count, in ascending order of `sets`.
    pub regions: Vec<Region>,
    /// Centre of each set's name, above or below its circle and outside it.
    pub labels: Vec<(f64, f64)>,
}

/// Lays out 2 or 3 sets (`None` otherwise) within `width`, raised to `MIN_WIDTH` if narrower or not a finite
/// number; the height follows from the layout.
///
/// `sizes[i]` is the size of set `i`, and `exclusive[m]` the number of elements in exactly the sets of bitmask `m`
/// (`exclusive[0]` is ignored, missing entries count as 0). Set `i`'s size should be the sum of `exclusive[m]` over
/// the `m` holding `i`; inputs that disagree still give a finite layout, but more fallback anchors. Circle areas are
/// proportional to `sizes` down to `MIN_RADIUS`. Each pair of circles overlaps by the share of the smaller circle
/// that the pair's shared elements are of the smaller set: exactly area-proportional for two sets when no radius is
/// raised to `MIN_RADIUS`.
///
/// Three-set Euler diagrams with circles cannot match every combination of counts, so the third circle is only
/// placed from the three pairwise distances (made into a valid triangle if they are not one); the triple overlap
/// and the exclusive regions follow from that and are approximate. A region with elements that this leaves out
/// is made to appear by nudging the distances, at the cost of the pairwise areas. Should some still be missing
/// (or be impossible, as when radii raised to `MIN_RADIUS` leave no room), its anchor falls back to the point
/// nearest to being in it, which is then on the wrong side of some circle's edge.
pub fn venn(sizes: &[usize], exclusive: &[usize], width: f64) -> Option<VennLayout> {
    let n = sizes.len();
    if !(2..=3).contains(&n) {
        return None;
    }
    let count = |m: usize| exclusive.get(m).copied().unwrap_or(0);
    let largest = sizes.iter().copied().max().unwrap_or(0).max(1) as f64;
    let radii: Vec<f64> = sizes.iter().map(|&s| (s as f64 / largest).sqrt().max(MIN_RADIUS)).collect();
    let mut distances = [[0.0; 3]; 3];
    for i in 0..n {
        for j in i + 1..n {
            let pair = 1 << i | 1 << j;
            let shared = (1..1 << n).filter(|m| m & pair == pair).fold(0usize, |sum, m| sum.saturating_add(count(m)));
            let share = match sizes[i].min(sizes[j]) {
                0 => 0.0,
                smaller => (shared as f64 / smaller as f64).min(1.0),
            };
            distances[i][j] = centre_distance(radii[i], radii[j], share);
        }
    }

    // Circles cannot show every combination of counts; when a region with elements is missing, nudge the pairs it
    // holds closer together and the pairs it separates apart, and keep the arrangement missing the fewest.
    let filled: Vec<u8> = (1..1u8 << n).filter(|&m| count(m as usize) > 0).collect();
    let mut best = (usize::MAX, Vec::new(), Vec::new());
    for _ in 0..=REPAIRS {
        let circles = place(&radii, &distances);
        let anchors: Vec<(f64, f64)> = filled.iter().map(|&m| anchor(&circles, m)).collect();
        let missing: Vec<u8> =
            filled.iter().zip(&anchors).filter(|&(&m, &p)| depth(&circles, m, p) <= 0.0).map(|(&m, _)| m).collect();
        if missing.len() < best.0 {
            best = (missing.len(), circles, anchors);
        }
        for m in &missing {
            for i in 0..n {
                for j in i + 1..n {
                    let nudge = match (m >> i & 1) + (m >> j & 1) {
                        2 => -NUDGE,
                        1 => NUDGE,
                        _ => 0.0,
                    };
                    distances[i][j] = (distances[i][j] + nudge).clamp(0.0, radii[i] + radii[j] + GAP);
                }
            }
        }
        if missing.is_empty() {
            break;
        }
    }
    let (_, unit, anchors) = best;

    let width = if width.is_finite() { width.max(MIN_WIDTH) } else { MIN_WIDTH };
    let left = unit.iter().map(|c| c.cx - c.r).fold(f64::INFINITY, f64::min);
    let right = unit.iter().map(|c| c.cx + c.r).fold(f64::NEG_INFINITY, f64::max);
    let top = unit.iter().map(|c| c.cy - c.r).fold(f64::INFINITY, f64::min);
    let bottom = unit.iter().map(|c| c.cy + c.r).fold(f64::NEG_INFINITY, f64::max);
    // Fit the circles in a square as wide as the room, so a tall arrangement cannot make a very tall diagram.
    let room = width - 2.0 * SIDE_ROOM;
    let scale = room / (right - left).max(bottom - top);
    let x0 = SIDE_ROOM + (room - scale * (right - left)) / 2.0;
    let to_svg = |x: f64, y: f64| (x0 + scale * (x - left), scale * (y - top));
    let mut circles: Vec<Circle> = unit
        .iter()
        .map(|c| {
            let (cx, cy) = to_svg(c.cx, c.cy);
            Circle { cx, cy, r: scale * c.r }
        })
        .collect();
    let mut labels = set_labels(&circles);

    let label_top = labels.iter().map(|l| l.1 - LABEL_HEIGHT / 2.0).fold(0.0, f64::min);
    let label_bottom = labels.iter().map(|l| l.1 + LABEL_HEIGHT / 2.0).fold(scale * (bottom - top), f64::max);
    let shift = MARGIN - label_top;
    circles.iter_mut().for_each(|c| c.cy += shift);
    labels.iter_mut().for_each(|l| l.1 += shift);
    let regions = filled
        .iter()
        .zip(anchors)
        .map(|(&sets, (x, y))| {
            let (x, y) = to_svg(x, y);
            Region { sets, x, y: y + shift }
        })
        .collect();
    Some(VennLayout { width, height: label_bottom - label_top + 2.0 * MARGIN, circles, regions, labels })
}

/// Circles of `radii` with centres `distances` apart (upper triangle), in units of the largest radius.
fn place(radii: &[f64], distances: &[[f64; 3]; 3]) -> Vec<Circle> {
    let centres = match radii.len() {
        2 => vec![(0.0, 0.0), (distances[0][1], 0.0)],
        _ => triangle(distances[0][1], distances[0][2], distances[1][2]),
    };
    centres.iter().zip(radii).map(|(&(cx, cy), &r)| Circle { cx, cy, r }).collect()
}

/// The area shared by circles of radii `a` and `b` whose centres are `d` apart.
fn lens_area(a: f64, b: f64, d: f64) -> f64 {
    if d >= a + b {
        return 0.0;
    }
    if d <= (a - b).abs() {
        return PI * a.min(b).powi(2);
    }
    let half_angle = |r: f64, other: f64| ((d * d + r * r - other * other) / (2.0 * d * r)).clamp(-1.0, 1.0).acos();
    let kite = ((-d + a + b) * (d + a - b) * (d - a + b) * (d + a + b)).max(0.0).sqrt();
    a * a * half_angle(a, b) + b * b * half_angle(b, a) - kite / 2.0
}

/// How far apart to put circles of radii `a` and `b` so they share `share` (0..=1) of the smaller one's area:
/// apart by `GAP` for none, nested (touching inside) for all of it, and by bisection in between.
fn centre_distance(a: f64, b: f64, share: f64) -> f64 {
    let (nested, touching) = ((a - b).abs(), a + b);
    if share <= 0.0 {
        return touching + GAP;
    }
    if share >= 1.0 {
        return nested;
    }
    let target = share * PI * a.min(b).powi(2);
    let (mut lo, mut hi) = (nested, touching);
    for _ in 0..60 {
        let mid = (lo + hi) / 2.0;
        if lens_area(a, b, mid) > target {
            lo = mid;
        } else {
            hi = mid;
        }
    }
    (lo + hi) / 2.0
}

/// Centres for distances `d01`, `d02` and `d12`: set 0 at the origin, set 1 to its right, set 2 below them.
/// `d12` is clamped into the range a triangle allows, so impossible combinations still give a drawing.
fn triangle(d01: f64, d02: f64, d12: f64) -> Vec<(f64, f64)> {
    let d12 = d12.clamp((d01 - d02).abs(), d01 + d02);
    // With sets 0 and 1 on the same spot, any point at `d02` from them will do.
    let x = if d01 > 1e-9 { (d01 * d01 + d02 * d02 - d12 * d12) / (2.0 * d01) } else { 0.0 };
    vec![(0.0, 0.0), (d01, 0.0), (x, (d02 * d02 - x * x).max(0.0).sqrt())]
}

/// Each set's name goes above its circle, or below for a circle lower than the average, leaning towards the side
/// its circle lies on (a name straight above a circle beside another reads as the other's); a name that would
/// overlap one already placed, or any circle, goes straight over or under, then to the other side, then one line
/// further out, until it is clear.
fn set_labels(circles: &[Circle]) -> Vec<(f64, f64)> {
    let mean = |at: fn(&Circle) -> f64| circles.iter().map(at).sum::<f64>() / circles.len() as f64;
    let (mean_x, mean_y) = (mean(|c| c.cx), mean(|c| c.cy));
    let mut placed: Vec<(f64, f64)> = Vec::new();
    for c in circles {
        let lean = match c.cx - mean_x {
            d if d > c.r / 10.0 => 0.6 * c.r,
            d if d < -c.r / 10.0 => -0.6 * c.r,
            _ => 0.0,
        };
        let above = |k: f64| c.cy - c.r - LABEL_GAP - (k + 0.5) * LABEL_HEIGHT;
        let below = |k: f64| c.cy + c.r + LABEL_GAP + (k + 0.5) * LABEL_HEIGHT;
        let sides: [&dyn Fn(f64) -> f64; 2] = if c.cy > mean_y + 1e-9 { [&below, &above] } else { [&above, &below] };
        // Clear of the names placed, and of every circle: a name inside another's circle reads as one of its areas.
        let clear = |p: &(f64, f64)| {
            placed.iter().all(|q| (p.0 - q.0).abs() >= LABEL_WIDTH || (p.1 - q.1).abs() >= LABEL_HEIGHT)
                && circles.iter().all(|o| outside(o, *p))
        };
        let spot = (0..8)
            .flat_map(|k| sides.map(|side| side(k as f64)))
            .flat_map(|y| [(c.cx + lean, y), (c.cx, y)])
            .find(clear)
            .unwrap_or((c.cx, sides[0](0.0)));
        placed.push(spot);
    }
    placed
}

/// Half the width of the longest set name's box ("Singapore", bold).
const NAME_HALF_WIDTH: f64 = 40.0;

/// Whether a name's box centred at `p` (`LABEL_HEIGHT` high) stays out of `circle`.
fn outside(circle: &Circle, p: (f64, f64)) -> bool {
    let dx = (circle.cx - p.0).abs() - NAME_HALF_WIDTH;
    let dy = (circle.cy - p.1).abs() - LABEL_HEIGHT / 2.0;
    dx.max(0.0).hypot(dy.max(0.0)) >= circle.r
}

/// How deep `p` is inside the region of exactly the circles in `sets`: the least distance to any circle's edge,
/// negative when `p` is on the wrong side of some edge.
fn depth(circles: &[Circle], sets: u8, p: (f64, f64)) -> f64 {
    circles
        .iter()
        .enumerate()
        .map(|(i, c)| {
            let inside = c.r - (p.0 - c.cx).hypot(p.1 - c.cy);
            if sets >> i & 1 == 1 {
                inside
            } else {
                -inside
            }
        })
        .fold(f64::INFINITY, f64::min)
}

/// The deepest point of a region: the best of a grid over the box its circles share, refined by a pattern search.
fn anchor(circles: &[Circle], sets: u8) -> (f64, f64) {
    let members = circles.iter().enumerate().filter(|(i, _)| sets >> i & 1 == 1).map(|(_, c)| c);
    let x = span(&members.clone().map(|c| (c.cx - c.r, c.cx + c.r)).collect::<Vec<_>>());
    let y = span(&members.map(|c| (c.cy - c.r, c.cy + c.r)).collect::<Vec<_>>());
    let step = ((x.1 - x.0) / GRID as f64, (y.1 - y.0) / GRID as f64);
    let mut best = (x.0 + step.0 / 2.0, y.0 + step.1 / 2.0);
    let mut best_depth = f64::NEG_INFINITY;
    for a in 0..GRID {
        for b in 0..GRID {
            let p = (x.0 + (a as f64 + 0.5) * step.0, y.0 + (b as f64 + 0.5) * step.1);
            let d = depth(circles, sets, p);
            if d > best_depth {
                (best, best_depth) = (p, d);
            }
        }
    }
    let mut h = step.0.max(step.1);
    let finest = h / 256.0;
    for _ in 0..400 {
        if h < finest {
            break;
        }
        let moves =
            [(1.0, 0.0), (-1.0, 0.0), (0.0, 1.0), (0.0, -1.0), (1.0, 1.0), (1.0, -1.0), (-1.0, 1.0), (-1.0, -1.0)];
        let next = moves
            .iter()
            .map(|m| (best.0 + h * m.0, best.1 + h * m.1))
            .map(|p| (p, depth(circles, sets, p)))
            .fold((best, best_depth), |b, c| if c.1 > b.1 { c } else { b });
        if next.1 > best_depth {
            (best, best_depth) = next;
        } else {
            h /= 2.0;
        }
    }
    best
}

/// The range along one axis that all `extents` share, or, when they share none, the range covering them all.
fn span(extents: &[(f64, f64)]) -> (f64, f64) {
    let shared = extents.iter().fold((f64::NEG_INFINITY, f64::INFINITY), |s, e| (s.0.max(e.0), s.1.min(e.1)));
    if shared.0 < shared.1 {
        shared
    } else {
        extents.iter().fold((f64::INFINITY, f64::NEG_INFINITY), |s, e| (s.0.min(e.0), s.1.max(e.1)))
    }
}
