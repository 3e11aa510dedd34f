//! Sort keys: fields packed most significant first, never spilling into each other, so that sorting keys sorts by the
//! fields in order; dates and citations sorted by them.

use overlap::dataset::{Date, DATASET};
use overlap::evidence::oldest_first;
use overlap::sort_key::Layout;
use proptest::prelude::*;

const PAIR: Layout<2> = Layout::new([8, 8]);

#[test]
#[should_panic(expected = "wider than 64 bits")]
fn fields_wider_than_a_key_are_refused() {
    Layout::new([40, 20, 5]);
}

#[test]
#[should_panic(expected = "no width")]
fn a_field_of_no_width_is_refused() {
    Layout::new([32, 0, 32]);
}

#[test]
fn a_value_too_large_for_its_field_sorts_with_the_largest_and_never_spills() {
    assert_eq!(PAIR.pack([1, 2]), 0x0102);
    assert_eq!(PAIR.pack([0x1ff, 0]), 0xff00, "clamped, not wrapped into the field before");
    let three = Layout::new([8, 8, 8]);
    assert_eq!(three.pack([0, 0x1ff, 0]), 0x00ff00, "clamped, not carried into the field before");
    assert_eq!(PAIR.unpack(PAIR.pack([7, 9]), 0), 7);
    assert_eq!(PAIR.unpack(PAIR.pack([7, 9]), 1), 9);
    assert_eq!((PAIR.descending(0, 0), PAIR.descending(0, 255), PAIR.descending(0, 1000)), (255, 0, 0));
    let whole = Layout::new([64]);
    assert_eq!(whole.pack([u64::MAX]), u64::MAX);
    assert_eq!(Layout::new([32, 32]).pack([u64::MAX, 1]), 0xffff_ffff_0000_0001);
}

#[test]
#[should_panic(expected = "position does not fit")]
fn a_position_too_large_for_its_field_stops_a_debug_build() {
    // Clamped, it would sort another element in its place.
    PAIR.pack([0, 0x100]);
}

proptest! {
    #[test]
    fn keys_sort_as_their_fields_do(a in any::<(u8, u8)>(), b in any::<(u8, u8)>()) {
        let key = |(x, y): (u8, u8)| PAIR.pack([x.into(), y.into()]);
        prop_assert_eq!(key(a).cmp(&key(b)), a.cmp(&b));
    }

    #[test]
    fn a_dates_key_sorts_as_the_date_and_gives_it_back(
        a in (1u16..=9999, 0u8..=12, 0u8..=31),
        b in (1u16..=9999, 0u8..=12, 0u8..=31),
    ) {
        let date = |(y, m, d): (u16, u8, u8)| Date::parse(&match (m, d) {
            (0, _) => format!("{y:04}"),
            (m, 0) => format!("{y:04}-{m:02}"),
            (m, d) => format!("{y:04}-{m:02}-{d:02}"),
        });
        if let (Some(a), Some(b)) = (date(a), date(b)) {
            prop_assert_eq!(Date::from_key(a.key()), a);
            // By the last day each could mean, then the vaguer first: "2023" is after "2023-12-30" and before
            // "2024-01".
            let by_hand = (a.latest().year, a.latest().month, a.latest().day, a.month, a.day)
                .cmp(&(b.latest().year, b.latest().month, b.latest().day, b.month, b.day));
            prop_assert_eq!(a.key().cmp(&b.key()), by_hand, "{} and {}", a, b);
        }
    }
}

#[test]
fn citations_come_oldest_first_and_undated_ones_last_in_file_order() {
    let date = |l: usize| DATASET.events[DATASET.links[l].event].date;
    let undated: Vec<usize> = (0..DATASET.links.len()).filter(|&l| date(l).is_none()).collect();
    let dated: Vec<usize> = (0..DATASET.links.len()).filter(|&l| date(l).is_some()).collect();
    assert!(undated.len() >= 2 && dated.len() >= 2, "the data has both kinds of link");
    // Mixed, and given in reverse file order.
    let mixed: Vec<usize> = undated.iter().chain(&dated).rev().copied().collect();
    let sorted = oldest_first(&DATASET, mixed.iter().copied());
    assert_eq!(sorted.len(), mixed.len());
    let (first, last) = sorted.split_at(dated.len());
    assert_eq!(last, undated, "undated ones last, in file order");
    for pair in first.windows(2) {
        let (a, b) = (date(pair[0]).unwrap(), date(pair[1]).unwrap());
        assert!(a < b || (a == b && pair[0] < pair[1]), "{a} ({}) before {b} ({})", pair[0], pair[1]);
    }
}
