//! UpSet geometry: bars scale to the largest value, dots and lines match membership, ticks are whole and legible.

use overlap::dataset::Grade;
use overlap::layout::{self, ticks, ColumnIn};

/// A column of these rows (all agreed), of this size, without names.
fn col(rows: &[usize], size: usize) -> ColumnIn {
    ColumnIn { members: rows.iter().map(|&r| (r, Grade::Agreed)).collect(), size, size_then: None, names: vec![] }
}

#[test]
fn bars_scale_to_the_largest_value() {
    let l = layout::upset(&[10, 5], &[], 2, &[col(&[0], 4), col(&[0, 1], 2)], 800.0, 0);
    assert_eq!(l.rows[0].bar_width, 2.0 * l.rows[1].bar_width);
    assert_eq!(l.columns[0].bar_height, 2.0 * l.columns[1].bar_height);
    assert_eq!(l.columns[0].bar_y + l.columns[0].bar_height, l.bars_bottom);
}

#[test]
fn dots_and_lines_follow_membership() {
    let l = layout::upset(&[3, 3, 3], &[], 6, &[col(&[0, 2], 1), col(&[1], 1)], 800.0, 0);
    assert_eq!(l.columns[0].filled, [true, false, true]);
    assert_eq!(l.columns[0].line, Some((l.rows[0].y, l.rows[2].y)));
    assert_eq!(l.columns[1].line, None, "a single dot has no line");
    let c = &l.columns[0];
    let none = layout::dots(c.x, &[]);
    assert_eq!(
        c.dots,
        [layout::dots(c.x, &[l.rows[1].y]), none.clone(), none, layout::dots(c.x, &[l.rows[0].y, l.rows[2].y])]
    );
}

#[test]
fn columns_never_overlap_and_labels_have_room() {
    for n in [1usize, 5, 63, 500] {
        let cols: Vec<ColumnIn> = (0..n).map(|i| col(&[i % 6], i + 1)).collect();
        let l = layout::upset(&[1; 6], &[], 9, &cols, 760.0, 0);
        assert!(l.column_width >= layout::MIN_COLUMN);
        assert!(l.columns.windows(2).all(|w| w[1].x - w[0].x >= layout::MIN_COLUMN - 1e-9));
        assert!(l.matrix_x >= l.label_x + 9.0 * layout::CHAR_WIDTH);
        assert!(l.columns.last().unwrap().x + l.column_width / 2.0 <= l.width);
    }
}

#[test]
fn the_column_axis_title_fits_however_few_the_columns() {
    for n in [1usize, 2, 3] {
        let cols: Vec<ColumnIn> = (0..n).map(|i| col(&[i], 1)).collect();
        let l = layout::upset(&[1; 3], &[], 5, &cols, 760.0, 0);
        let title = layout::COLUMN_TITLE.len() as f64 * layout::SMALL_CHAR_WIDTH;
        assert!(l.matrix_x + 4.0 + title <= l.width, "{n} columns: width {} cuts the title", l.width);
    }
}

#[test]
fn ticks_are_round_and_cover_the_range() {
    assert_eq!(ticks(0, 5), [0]);
    assert_eq!(ticks(4, 5), [0, 1, 2, 3, 4]);
    assert_eq!(ticks(20, 3), [0, 10, 20]);
    assert_eq!(ticks(17, 5), [0, 5, 10, 15]);
    assert_eq!(ticks(5000, 5), [0, 1000, 2000, 3000, 4000, 5000]);
    assert_eq!(ticks(41, 2), [0, 20, 40]);
    // The step is the smallest 1-2-5 number that reaches past `max` in at most `count` steps.
    for max in 1..5000 {
        for count in 2..9 {
            let t = ticks(max, count);
            assert!(t.len() >= 2, "ticks({max}, {count}) = {t:?}");
            let step = t[1];
            let (mut unit, mut scale) = (step, 1);
            while unit % 10 == 0 {
                unit /= 10;
                scale *= 10;
            }
            let smaller = match unit {
                1 => scale / 2,
                2 => scale,
                5 => 2 * scale,
                _ => panic!("ticks({max}, {count}): step {step} is not 1, 2 or 5 times a power of ten"),
            };
            assert!(max / step <= count && (step == 1 || max / smaller > count), "ticks({max}, {count}) = {t:?}");
            assert_eq!(t, (0..=max / step).map(|i| i * step).collect::<Vec<_>>());
        }
    }
}

#[test]
fn svg_numbers_keep_a_tenth_without_float_formatting() {
    use overlap::layout::num;
    assert_eq!(num(0.0), "0");
    assert_eq!(num(12.34), "12.3");
    assert_eq!(num(12.35), "12.4");
    assert_eq!(num(-0.5), "-0.5");
    assert_eq!(num(-3.0), "-3");
    assert_eq!(num(760.0), "760");
}

#[test]
fn reserved_rows_keep_the_height_steady() {
    let two = layout::upset(&[3, 2], &[], 5, &[col(&[0, 1], 2)], 760.0, 7);
    let seven = layout::upset(&[3; 7], &[], 5, &[col(&[0, 1], 2)], 760.0, 7);
    assert_eq!(two.height, seven.height);
    assert!(two.axis_y < seven.axis_y, "the axis follows the rows");
}

#[test]
fn a_column_of_dots_is_one_path_of_whole_circles() {
    use overlap::layout::{dots, DOT_RADIUS};
    assert_eq!(dots(20.0, &[]), "");
    // Read back as SVG draws it: each dot starts at its left edge and draws two half-circle arcs of the dot's radius,
    // to its right edge and back.
    let path = dots(20.0, &[5.0, 35.5]);
    let numbers = |s: &str| -> Vec<f64> {
        s.split(|c: char| !(c.is_ascii_digit() || c == '.' || c == '-'))
            .filter(|n| !n.is_empty())
            .map(|n| n.parse().unwrap())
            .collect()
    };
    let circles: Vec<&str> = path.split('M').filter(|c| !c.is_empty()).collect();
    assert_eq!(circles.len(), 2, "{path}");
    for (circle, y) in circles.into_iter().zip([5.0, 35.5]) {
        let (start, arcs) = circle.split_once('a').unwrap();
        assert_eq!(numbers(start), [20.0 - DOT_RADIUS, y], "{path}");
        let arcs: Vec<Vec<f64>> = arcs.split('a').map(numbers).collect();
        assert_eq!(
            arcs,
            [
                [DOT_RADIUS, DOT_RADIUS, 0.0, 1.0, 0.0, 2.0 * DOT_RADIUS, 0.0],
                [DOT_RADIUS, DOT_RADIUS, 0.0, 1.0, 0.0, -2.0 * DOT_RADIUS, 0.0]
            ],
            "{path}"
        );
    }
}

#[test]
fn a_dot_is_drawn_as_its_weakest_grade() {
    let members = vec![(0, Grade::Exploring), (1, Grade::Agreed), (2, Grade::Aspiration)];
    let l = layout::upset(&[1; 4], &[], 5, &[ColumnIn { members, size: 1, size_then: None, names: vec![] }], 760.0, 0);
    let (c, y) = (&l.columns[0], |r: usize| l.rows[r].y);
    assert_eq!(
        c.dots,
        [
            layout::dots(c.x, &[y(3)]),
            layout::dots(c.x, &[y(2)]),
            layout::dots(c.x, &[y(0)]),
            layout::dots(c.x, &[y(1)])
        ]
    );
}

#[test]
fn names_hang_under_their_column_whole_or_as_a_count() {
    let named = |names: Vec<&'static str>| ColumnIn {
        members: vec![(0, Grade::Agreed)],
        size: names.len(),
        size_then: None,
        names,
    };
    let few = named(vec!["Semiconductors", "Artificial intelligence"]);
    let many = named(vec!["Semiconductors"; 12]);
    let l = layout::upset(&[5], &[], 5, &[few, many], 760.0, 0);
    let lines: Vec<&str> = l.columns[0].names.iter().map(|(_, t)| t.as_str()).collect();
    assert_eq!(lines.join(" "), "Semiconductors, Artificial intelligence", "every word, none cut");
    assert!(lines.iter().all(|t| t.chars().count() <= layout::NAME_LINE_CHARS));
    assert!(!l.columns[0].counted);
    assert!(lines.len() as f64 * layout::NAME_LINE <= l.column_width + 1e-9, "the lines fit the column");
    assert_eq!(l.columns[1].names.iter().map(|(_, t)| t.as_str()).collect::<Vec<_>>(), ["12 areas"]);
    assert!(l.columns[1].counted);
    let longest = layout::NAME_LINE_CHARS as f64 * layout::SMALL_CHAR_WIDTH;
    assert!(l.names_y + longest <= l.height, "the names never run off the chart");
}

#[test]
fn wrapping_breaks_at_spaces_and_never_cuts_a_word() {
    let lines = layout::wrap(&["Digital transformation of business & public services"]);
    assert_eq!(lines, ["Digital transformation of", "business & public services"]);
    assert_eq!(layout::wrap(&["Supercalifragilisticexpialidocious-long"]), ["Supercalifragilisticexpialidocious-long"]);
    assert_eq!(layout::areas_count(1), "1 area");
}

#[test]
fn the_view_box_starts_at_the_origin_in_tenths() {
    assert_eq!(layout::view_box(760.0, 412.25), "0 0 760 412.3");
}

#[test]
fn comparing_a_sets_count_has_room_for_its_change() {
    let plain = layout::upset(&[20, 9], &[], 5, &[col(&[0], 2)], 760.0, 0);
    let compared = layout::upset(&[20, 9], &[9, 9], 5, &[ColumnIn { size_then: Some(6), ..col(&[0], 2) }], 760.0, 0);
    let room = |l: &layout::UpsetLayout| l.bar_right - l.rows[0].bar_width.max(l.rows[0].was_width.unwrap_or(0.0));
    // "20" in the plain chart; "20 +11" comparing, in the counts' small type.
    assert!(room(&plain) - 4.0 >= 2.0 * layout::SMALL_CHAR_WIDTH);
    assert!(room(&compared) - 4.0 >= 6.0 * layout::SMALL_CHAR_WIDTH, "{}", room(&compared));
    // The earlier bars share the later ones' scale, and the taller of the two sets the count's height.
    let c = &compared.columns[0];
    assert_eq!(c.was.map(|(_, h)| h), Some(3.0 * c.bar_height));
    assert!(
        c.count_y < c.was.unwrap().0 && c.count_y > compared.bars_bottom - 3.0 * c.bar_height - layout::CHANGE_ROOM
    );
}
