//! Criterion benchmarks of the pure core: set algebra and sorting on synthetic masks, and the chart data of the real dataset.
//!
//!   cargo bench --bench core            (about a minute; criterion's own reports land in target/criterion/)

use criterion::measurement::WallTime;
use criterion::{criterion_group, criterion_main, BatchSize, BenchmarkGroup, Criterion};
use overlap::dataset::DATASET;
use overlap::overlap::{intersections, sort, Mode, Sort};
use overlap::sets::ActorSet;
use overlap::state::State;
use overlap::view_model::ChartData;
use std::hint::black_box;
use std::time::{Duration, Instant};

/// (actors, areas) of the synthetic universes.
const SIZES: [(usize, usize); 3] = [(6, 30), (30, 5_000), (64, 100_000)];
/// Chance, in thousandths, that an area has a given actor.
const HAS_ACTOR_PER_MILLE: u64 = 300;
/// Above this, one call is timed once instead of sampled (criterion would need minutes).
const SAMPLE_LIMIT: Duration = Duration::from_secs(1);
/// The goal for exclusive intersections of the largest universe.
const EXCLUSIVE_TARGET: Duration = Duration::from_millis(50);

/// One mask per area, each actor present with probability ~0.3, from a fixed xorshift64 seed.
fn synthetic_masks(actors: usize, areas: usize) -> Vec<ActorSet> {
    let mut state = 0x9E37_79B9_7F4A_7C15u64 ^ (actors as u64) << 32 ^ areas as u64;
    let mut next = move || {
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        state
    };
    (0..areas).map(|_| ActorSet::from_indices((0..actors).filter(|_| next() % 1000 < HAS_ACTOR_PER_MILLE))).collect()
}

fn all_actors(actors: usize) -> ActorSet {
    ActorSet::from_indices(0..actors)
}

/// Benchmarks `f`, or, when a single call already takes longer than SAMPLE_LIMIT, times it once and says so.
fn bench_or_once<R>(group: &mut BenchmarkGroup<WallTime>, name: &str, mut f: impl FnMut() -> R) {
    let start = Instant::now();
    black_box(f());
    let once = start.elapsed();
    if once > SAMPLE_LIMIT {
        println!("synthetic/{name}: one call took {:.2} s, timed once instead of sampled", once.as_secs_f64());
    } else {
        group.bench_function(name, |b| b.iter(&mut f));
    }
}

fn synthetic(c: &mut Criterion) {
    let mut group = c.benchmark_group("synthetic");
    for (actors, areas) in SIZES {
        let masks = synthetic_masks(actors, areas);
        let selected = all_actors(actors);
        let label = format!("{actors}x{areas}");
        bench_or_once(&mut group, &format!("exclusive/{label}"), || intersections(&masks, selected, Mode::Exclusive).0);
        bench_or_once(&mut group, &format!("inclusive/{label}"), || intersections(&masks, selected, Mode::Inclusive).0);
        let unsorted = intersections(&masks, selected, Mode::Exclusive).0;
        group.bench_function(format!("sort-size/{label}"), |b| {
            b.iter_batched(|| unsorted.clone(), |mut xs| sort(&mut xs, Sort::Size), BatchSize::LargeInput)
        });
    }
    group.finish();
}

fn real_data(c: &mut Criterion) {
    let state = State::default_for(&DATASET);
    c.bench_function("dataset/ChartData::of(default state)", |b| b.iter(|| ChartData::of(&DATASET, black_box(&state))));
    // Comparing the end of 2022 with the last council: both dates' intersections and every area's move.
    let (compared, _) = overlap::url_state::parse("from=2022-12&to=2024-04-30", &DATASET);
    c.bench_function("dataset/ChartData::of(compare two dates)", |b| {
        b.iter(|| ChartData::of(&DATASET, black_box(&compared)))
    });
}

/// After the benchmarks: one line on whether the largest exclusive run meets its target (median of 5 calls).
fn exclusive_target(_: &mut Criterion) {
    let (actors, areas) = SIZES[SIZES.len() - 1];
    let masks = synthetic_masks(actors, areas);
    let mut times: Vec<Duration> = (0..5)
        .map(|_| {
            let start = Instant::now();
            black_box(intersections(&masks, all_actors(actors), Mode::Exclusive).0);
            start.elapsed()
        })
        .collect();
    times.sort();
    let median = times[times.len() / 2];
    let verdict = if median > EXCLUSIVE_TARGET { "NOTE: over the target" } else { "within the target" };
    println!(
        "target: exclusive intersections of {actors} actors x {areas} areas take {:.1} ms (median of 5), {verdict} of {} ms",
        median.as_secs_f64() * 1e3,
        EXCLUSIVE_TARGET.as_millis()
    );
}

fn config() -> Criterion {
    Criterion::default()
        .sample_size(20)
        .warm_up_time(Duration::from_millis(500))
        .measurement_time(Duration::from_secs(2))
        .without_plots()
}

criterion_group! { name = benches; config = config(); targets = synthetic, real_data, exclusive_target }
criterion_main!(benches);
