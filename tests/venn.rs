use overlap::venn::*;

fn inside_exactly(l: &VennLayout, r: &Region) -> bool {
    l.circles.iter().enumerate().all(|(i, c)| {
        let d = (r.x - c.cx).hypot(r.y - c.cy);
        if r.sets >> i & 1 == 1 { d < c.r } else { d > c.r }
    })
}

#[test]
fn measure() {
    let values = [0usize, 1, 3, 8];
    let mut total = 0; let mut fails = 0; let mut regions = 0;
    let mut examples = vec![];
    for code in 0..values.len().pow(7) {
        let mut ex = vec![0usize; 8];
        let mut c = code;
        for m in 1..8 { ex[m] = values[c % values.len()]; c /= values.len(); }
        let sizes: Vec<usize> = (0..3).map(|i| (1..8).filter(|m| m >> i & 1 == 1).map(|m| ex[m]).sum()).collect();
        let l = venn(&sizes, &ex, 600.0).unwrap();
        total += 1;
        for r in &l.regions { regions += 1; if !inside_exactly(&l, r) { fails += 1; if examples.len() < 30 { examples.push((ex.clone(), r.sets)); } } }
    }
    println!("layouts {total} regions {regions} fallbacks {fails}");
    for e in examples { println!("{e:?}"); }
}
