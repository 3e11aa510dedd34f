//! Venn geometry: circle sizes and overlaps follow the counts, every counted region gets an anchor inside exactly its
//! circles, and everything fits and stays finite whatever the input.

use overlap::venn::*;
use std::f64::consts::PI;

/// Set sizes implied by exclusive counts, so the inputs are consistent.
fn sizes_of(exclusive: &[usize], n: usize) -> Vec<usize> {
    (0..n).map(|i| (1..1 << n).filter(|m| m >> i & 1 == 1).map(|m| exclusive[m]).sum()).collect()
}

fn distance(a: &Circle, b: &Circle) -> f64 {
    (a.cx - b.cx).hypot(a.cy - b.cy)
}

fn in_exactly_its_circles(l: &VennLayout, r: &Region) -> bool {
    l.circles.iter().enumerate().all(|(i, c)| {
        let d = (r.x - c.cx).hypot(r.y - c.cy);
        if r.sets >> i & 1 == 1 {
            d < c.r
        } else {
            d > c.r
        }
    })
}

/// The shared area of two circles by counting grid cells, independent of the module's formula.
fn measured_lens(a: &Circle, b: &Circle) -> f64 {
    let (x0, x1) = ((a.cx - a.r).max(b.cx - b.r), (a.cx + a.r).min(b.cx + b.r));
    let (y0, y1) = ((a.cy - a.r).max(b.cy - b.r), (a.cy + a.r).min(b.cy + b.r));
    if x0 >= x1 || y0 >= y1 {
        return 0.0;
    }
    let steps = 600;
    let (dx, dy) = ((x1 - x0) / steps as f64, (y1 - y0) / steps as f64);
    let inside = |c: &Circle, x: f64, y: f64| (x - c.cx).hypot(y - c.cy) < c.r;
    let mut cells = 0usize;
    for i in 0..steps {
        for j in 0..steps {
            let (x, y) = (x0 + (i as f64 + 0.5) * dx, y0 + (j as f64 + 0.5) * dy);
            cells += (inside(a, x, y) && inside(b, x, y)) as usize;
        }
    }
    cells as f64 * dx * dy
}

fn all_finite(l: &VennLayout) -> bool {
    let numbers = [l.width, l.height]
        .into_iter()
        .chain(l.circles.iter().flat_map(|c| [c.cx, c.cy, c.r]))
        .chain(l.regions.iter().flat_map(|r| [r.x, r.y]))
        .chain(l.labels.iter().flat_map(|p| [p.0, p.1]));
    numbers.into_iter().all(f64::is_finite)
}

fn fits(l: &VennLayout) -> bool {
    let within = |x: f64, y: f64| (0.0..=l.width).contains(&x) && (0.0..=l.height).contains(&y);
    l.circles.iter().all(|c| within(c.cx - c.r, c.cy - c.r) && within(c.cx + c.r, c.cy + c.r))
        && l.regions.iter().all(|r| within(r.x, r.y))
        && l.labels.iter().all(|p| within(p.0, p.1 - LABEL_HEIGHT / 2.0) && within(p.0, p.1 + LABEL_HEIGHT / 2.0))
}

#[test]
fn only_two_or_three_sets() {
    assert!(venn(&[], &[], 400.0).is_none());
    assert!(venn(&[3], &[0, 3], 400.0).is_none());
    assert!(venn(&[1, 2, 3, 4], &[1; 16], 400.0).is_none());
    assert!(venn(&[1, 2], &[0, 1, 2, 0], 400.0).is_some());
    assert!(venn(&[1, 2, 3], &[0, 1, 2, 0, 3, 0, 0, 0], 400.0).is_some());
}

#[test]
fn radii_follow_set_sizes() {
    let l = venn(&[30, 10, 20], &[0, 30, 10, 0, 20, 0, 0, 0], 600.0).unwrap();
    let r: Vec<f64> = l.circles.iter().map(|c| c.r).collect();
    assert!(r[0] > r[2] && r[2] > r[1], "{r:?}");
    assert!((r[0].powi(2) / r[1].powi(2) - 3.0).abs() < 1e-9, "areas are proportional to sizes");

    let l = venn(&[1000, 1, 0], &[0, 1000, 1, 0, 0, 0, 0, 0], 600.0).unwrap();
    assert!(l.circles[1].r == l.circles[2].r, "a tiny and an empty set both get the minimum radius");
    assert!((l.circles[2].r / l.circles[0].r - MIN_RADIUS).abs() < 1e-9);
}

#[test]
fn disjoint_sets_do_not_overlap() {
    let l = venn(&[10, 5], &[0, 10, 5, 0], 500.0).unwrap();
    let (a, b) = (&l.circles[0], &l.circles[1]);
    assert!(distance(a, b) > a.r + b.r, "apart by a visible gap");
    assert_eq!(l.regions.iter().map(|r| r.sets).collect::<Vec<_>>(), [1, 2], "no anchor for the empty overlap");
    assert!(l.regions.iter().all(|r| in_exactly_its_circles(&l, r)));
}

#[test]
fn identical_sets_overlap_fully() {
    let l = venn(&[7, 7], &[0, 0, 0, 7], 500.0).unwrap();
    let (a, b) = (&l.circles[0], &l.circles[1]);
    assert_eq!(a.r, b.r);
    assert!(distance(a, b) < 1e-6 * a.r);
    assert_eq!(l.regions.len(), 1);
    assert!(in_exactly_its_circles(&l, &l.regions[0]));
    assert!(l.labels[0] != l.labels[1], "both names stay readable");
}

#[test]
fn a_subset_is_drawn_inside_its_superset() {
    let l = venn(&[10, 4], &[0, 6, 0, 4], 500.0).unwrap();
    let (a, b) = (&l.circles[0], &l.circles[1]);
    assert!(distance(a, b) + b.r <= a.r + 1e-9);
    assert_eq!(l.regions.iter().map(|r| r.sets).collect::<Vec<_>>(), [1, 3]);
    assert!(l.regions.iter().all(|r| in_exactly_its_circles(&l, r)));
}

#[test]
fn two_set_overlap_area_matches_the_shared_count() {
    for (a, b, shared) in [(100, 60, 5), (100, 60, 25), (100, 60, 50), (50, 50, 10), (50, 50, 40), (80, 20, 19)] {
        let l = venn(&[a, b], &[0, a - shared, b - shared, shared], 500.0).unwrap();
        let lens = measured_lens(&l.circles[0], &l.circles[1]);
        let target = shared as f64 / a as f64 * PI * l.circles[0].r.powi(2);
        assert!((lens / target - 1.0).abs() < 0.03, "{a} {b} {shared}: lens {lens} vs {target}");
        assert!(l.regions.iter().all(|r| in_exactly_its_circles(&l, r)));
    }
}

#[test]
fn well_behaved_three_sets_keep_their_pairwise_areas() {
    for code in 0..128usize {
        let mut exclusive = [0; 8];
        (1..8).for_each(|m| exclusive[m] = if code >> (m - 1) & 1 == 1 { 6 } else { 2 });
        let sizes = sizes_of(&exclusive, 3);
        let l = venn(&sizes, &exclusive, 600.0).unwrap();
        for (i, j) in [(0, 1), (0, 2), (1, 2)] {
            let pair = 1 << i | 1 << j;
            let shared: usize = (1..8).filter(|m| m & pair == pair).map(|m| exclusive[m]).sum();
            let k = if sizes[i] <= sizes[j] { i } else { j };
            let target = shared as f64 / sizes[k] as f64 * PI * l.circles[k].r.powi(2);
            let lens = measured_lens(&l.circles[i], &l.circles[j]);
            assert!((lens / target - 1.0).abs() < 0.03, "{exclusive:?} pair {i}{j}: {lens} vs {target}");
        }
        assert_eq!(l.regions.len(), 7);
        assert!(l.regions.iter().all(|r| in_exactly_its_circles(&l, r)), "{exclusive:?}");
    }
}

#[test]
fn every_counted_region_has_an_anchor_inside_exactly_its_circles() {
    let values = [0, 1, 6];
    for code in 0..values.len().pow(7) {
        let mut exclusive = [0; 8];
        let mut rest = code;
        for count in exclusive.iter_mut().skip(1) {
            *count = values[rest % values.len()];
            rest /= values.len();
        }
        let l = venn(&sizes_of(&exclusive, 3), &exclusive, 600.0).unwrap();
        let counted: Vec<u8> = (1..8).filter(|&m| exclusive[m as usize] > 0).collect();
        assert_eq!(l.regions.iter().map(|r| r.sets).collect::<Vec<_>>(), counted, "{exclusive:?}");
        assert!(all_finite(&l) && fits(&l), "{exclusive:?}: {l:?}");
        // The fallback anchor is for inputs circles cannot draw, not for any of these.
        for r in &l.regions {
            assert!(in_exactly_its_circles(&l, r), "{exclusive:?}: region {} falls back", r.sets);
        }
    }
}

#[test]
fn everything_fits_any_width() {
    let cases: [(&[usize], &[usize]); 5] = [
        (&[10, 5], &[0, 10, 5, 0]),
        (&[10, 4], &[0, 6, 0, 4]),
        (&[5, 5, 5], &[0, 0, 0, 0, 0, 0, 0, 5]),
        (&[1, 1, 100], &[0, 1, 1, 0, 100, 0, 0, 0]),
        (&[9, 9, 9], &[0, 1, 1, 2, 1, 2, 2, 3]),
    ];
    for width in [f64::NAN, f64::INFINITY, -10.0, 0.0, 100.0, 400.0, 1200.0] {
        for (sizes, exclusive) in cases {
            let l = venn(sizes, exclusive, width).unwrap();
            assert_eq!(l.width, if width.is_finite() { width.max(MIN_WIDTH) } else { MIN_WIDTH });
            assert!(all_finite(&l) && fits(&l), "{width} {sizes:?}: {l:?}");
        }
    }
    let l = venn(&[10, 5], &[0, 10, 5, 0], 400.0).unwrap();
    assert!(l.height < l.width, "two disjoint circles side by side make a wide diagram");
}

#[test]
fn set_names_sit_outside_every_circle_without_overlapping() {
    for (sizes, exclusive) in [
        (vec![5, 5, 5], vec![0, 0, 0, 0, 0, 0, 0, 5]),
        (vec![8, 8], vec![0, 0, 0, 8]),
        (vec![10, 8, 6], vec![0, 2, 2, 2, 2, 2, 2, 2]),
        // Japan, Korea and Canada in the data: Korea's name once sat inside Canada's circle.
        (vec![16, 14, 9], vec![0, 2, 0, 3, 0, 0, 1, 8]),
        (vec![3, 12, 12], vec![0, 1, 2, 0, 2, 0, 8, 2]),
    ] {
        let l = venn(&sizes, &exclusive, 500.0).unwrap();
        for p in &l.labels {
            for c in &l.circles {
                assert!((p.0 - c.cx).hypot(p.1 - c.cy) > c.r + LABEL_HEIGHT / 2.0, "{sizes:?}: {p:?} in {c:?}");
            }
        }
        for (i, p) in l.labels.iter().enumerate() {
            for q in &l.labels[i + 1..] {
                assert!(
                    (p.1 - q.1).abs() >= LABEL_HEIGHT || (p.0 - q.0).abs() >= LABEL_WIDTH,
                    "{sizes:?}: {:?}",
                    l.labels
                );
            }
        }
    }
}

#[test]
fn degenerate_inputs_give_finite_layouts() {
    let huge = usize::MAX / 4;
    let cases: [(&[usize], &[usize]); 9] = [
        (&[0, 0], &[0, 0, 0, 0]),
        (&[0, 0, 0], &[0; 8]),
        (&[0, 0, 0], &[]),
        (&[huge, 1, 0], &[0, huge, 0, 1, 0, 0, 0, 0]),
        (&[huge, huge, huge], &[0, 0, 0, 0, 0, 0, 0, huge]),
        (&[usize::MAX, usize::MAX], &[usize::MAX; 4]),
        (&[3, 3, 3], &[0, 0, 0, 0, 0, 0, 0, 3]),
        (&[1, 1], &[0, 5, 5, 5]),
        (&[0, 0, 0], &[0, 5, 5, 5, 5, 5, 5, 5]),
    ];
    for (sizes, exclusive) in cases {
        let l = venn(sizes, exclusive, 480.0).unwrap();
        assert!(all_finite(&l) && fits(&l), "{sizes:?} {exclusive:?}: {l:?}");
        assert_eq!(l.circles.len(), sizes.len());
        assert!(l.circles.iter().all(|c| c.r > 0.0), "every set stays visible");
    }
    // Sizes that disagree with the counts (4 against 2 counted for the first set) still give every counted region an
    // anchor, and every anchor a place in the picture.
    let l = venn(&[4, 2, 1], &[0, 1, 0, 1, 0, 1, 0, 1], 480.0).unwrap();
    assert_eq!(l.regions.iter().map(|r| r.sets).collect::<Vec<_>>(), [1, 3, 5, 7]);
    assert!(l.regions.iter().all(|r| (0.0..=l.width).contains(&r.x) && (0.0..=l.height).contains(&r.y)), "{l:?}");
}

#[test]
fn the_page_s_diagram_is_markup_with_the_marks_contract_and_the_selection_pressed() {
    use overlap::dataset::DATASET;
    use overlap::present::venn::markup_of_query;
    let svg = markup_of_query(&DATASET, "sets=eu,jp,kr&view=venn&select=eu+jp+kr", "view-description").unwrap();
    assert!(svg.starts_with("<svg class=\"chart\" viewBox=\"0 0 ") && svg.ends_with("</svg>"), "{svg}");
    assert!(svg.contains("aria-describedby=\"view-description\""));
    for id in ["eu", "jp", "kr"] {
        assert!(svg.contains(&format!("data-set=\"{id}\"")), "no circle of {id}");
    }
    // One region pressed, the selection's; every region a button with its areas.
    assert_eq!(svg.matches("aria-pressed=\"true\"").count(), 1);
    let pressed = svg.split("<g ").find(|g| g.contains("aria-pressed=\"true\"")).unwrap();
    assert!(pressed.contains("data-sets=\"eu jp kr\"") && pressed.contains("role=\"button\""), "{pressed}");
    // Names with markup in them stand as text: "&" is escaped ("Data flows, spaces & governance").
    assert!(!svg.contains(" & ") && svg.contains("&amp;"), "{svg}");
    // Only a Venn view of 2 or 3 actors has a diagram.
    assert_eq!(markup_of_query(&DATASET, "view=venn", "d"), None);
}
