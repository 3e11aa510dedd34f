//! A reader's data carried in a link's fragment: it reads back as it was, whatever its names, stays within the
//! link's limit for small data, and a cut or foreign link is refused with a reason, never a panic.

use overlap::reader::link::{base64url, canonical, from_base64url, pack, unpack, MAX_PACKED};
use overlap::reader::{read, Format, Opened, Options, SetData};
use proptest::prelude::*;

fn data(sets: &[&str], elements: &[&str], masks: &[u64]) -> SetData {
    SetData {
        format: Format::MembershipTable { delimiter: ',' },
        sets: sets.iter().map(|s| s.to_string()).collect(),
        elements: elements.iter().map(|s| s.to_string()).collect(),
        masks: masks.to_vec(),
    }
}

/// The set data a link held (it held no dataset in Overlap's own format).
fn set_data(opened: Opened) -> SetData {
    match opened {
        Opened::Sets(data) => data,
        Opened::Own(_) => panic!("set data expected"),
    }
}

fn same(a: &SetData, b: &SetData) -> bool {
    (&a.sets, &a.elements, &a.masks) == (&b.sets, &b.elements, &b.masks)
}

#[test]
fn base64url_is_rfc_4648_s_without_padding() {
    for (bytes, text) in [(&b""[..], ""), (b"f", "Zg"), (b"fo", "Zm8"), (b"foo", "Zm9v"), (b"\xfb\xff", "-_8")] {
        assert_eq!(base64url(bytes), text);
        assert_eq!(from_base64url(text).as_deref(), Some(bytes));
    }
    assert_eq!(from_base64url("Zm9v="), None, "padding is not part of a link's data");
    assert_eq!(from_base64url("Z"), None, "one digit short of a byte");
}

#[test]
fn the_link_holds_the_data_and_where_it_came_from() {
    let d = data(&["Chips", "AI, data"], &["EU", "Japan \"JP\"", "x\ty"], &[0b11, 0b01, 0b10]);
    assert_eq!(canonical(&d), "element\tChips\t\"AI, data\"\nEU\t1\t1\n\"Japan \"\"JP\"\"\"\t1\t0\n\"x\ty\"\t0\t1\n");
    let (from, back) = unpack(&pack(&canonical(&d), "partners.csv").unwrap()).unwrap();
    let back = set_data(back);
    assert_eq!(from, "partners.csv");
    assert!(same(&back, &d), "{back:?}");
    assert_eq!(back.format, Format::MembershipTable { delimiter: '\t' });
}

#[test]
fn a_cut_damaged_or_foreign_link_says_why() {
    let packed = pack(&canonical(&data(&["A", "B"], &["x", "y"], &[1, 3])), "f.csv").unwrap();
    let said = |p: &str| unpack(p).unwrap_err().to_string();
    assert_eq!(said(&packed[..packed.len() - 5]), "the data in the link is damaged (was the link cut short?)");
    assert_eq!(said("not base64!"), "the data in the link is not whole (was the link cut short?)");
    assert_eq!(
        said(&base64url(&miniz_oxide::deflate::compress_to_vec(b"a,b\n", 6))),
        "the data in the link is of a format this page does not know"
    );
    assert_eq!(said(""), "the data in the link is damaged (was the link cut short?)");
}

#[test]
fn small_data_fits_a_link_and_large_data_does_not() {
    // 12 sets of 300 elements, each element in a few sets: a typical small study fits with room to spare.
    let elements: Vec<String> = (0..300).map(|i| format!("gene-{i:04}")).collect();
    let names: Vec<&str> = elements.iter().map(String::as_str).collect();
    let masks: Vec<u64> = (0..300u64).map(|i| (i * 2_654_435_761) >> 7 & 0xfff).collect();
    let sets: Vec<String> = (0..12).map(|i| format!("Set {i}")).collect();
    let d = data(&sets.iter().map(String::as_str).collect::<Vec<_>>(), &names, &masks);
    let packed = pack(&canonical(&d), "study.csv").unwrap();
    assert!(packed.len() < MAX_PACKED / 4, "{} characters", packed.len());
    assert!(same(&set_data(unpack(&packed).unwrap().1), &d));
    // 30 sets of 5,000 elements of random memberships pack to far more than a link holds.
    let mut seed = 0x2545_f491_4f6c_dd1du64;
    let masks: Vec<u64> = (0..5_000)
        .map(|_| {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            seed & 0x3fff_ffff
        })
        .collect();
    let names: Vec<String> = (0..5_000).map(|i| format!("e{i}")).collect();
    let sets: Vec<String> = (0..30).map(|i| format!("S{i}")).collect();
    let big = SetData { sets, elements: names, masks, ..d };
    assert_eq!(pack(&canonical(&big), "big.csv"), None);
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(300))]

    #[test]
    fn any_data_read_reads_back_from_its_link(
        sets in prop::collection::vec("[a-zA-Z0-9 ,;\t\"'<>&é]{1,12}", 1..10),
        elements in prop::collection::vec(("[a-zA-Z0-9 ,;\t\n\"'<>&é]{1,16}", any::<u64>()), 1..30),
    ) {
        // Names as a file gives them: trimmed, and set names unique.
        let mut unique: Vec<String> = Vec::new();
        for s in sets.iter().map(|s| s.trim().to_string()).filter(|s| !s.is_empty()) {
            if !unique.contains(&s) { unique.push(s); }
        }
        prop_assume!(!unique.is_empty());
        let names: Vec<String> = elements.iter().map(|(e, _)| e.trim().to_string()).collect();
        prop_assume!(names.iter().all(|e| !e.is_empty()));
        let all = u64::MAX >> (64 - unique.len());
        let d = SetData {
            format: Format::MembershipTable { delimiter: '\t' },
            sets: unique,
            elements: names,
            masks: elements.iter().map(|(_, m)| m & all).collect(),
        };
        let text = canonical(&d);
        let read_back = read(text.as_bytes(), Options::default()).unwrap();
        prop_assert!(same(&read_back, &d), "{:?}\n{:?}", text, read_back);
        let (_, unpacked) = unpack(&pack(&text, "f").unwrap()).unwrap();
        prop_assert!(same(&set_data(unpacked), &d));
    }

    #[test]
    fn no_text_makes_unpacking_panic(text in "[A-Za-z0-9_-]{0,200}") {
        let _ = unpack(&text);
    }
}
