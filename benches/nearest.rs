//! Nearest-site index vs brute force on synthetic UK-shaped registries of 10k, 100k and 1M
//! sites. Run: `cargo bench --bench nearest`.
//!
//! Sites: 85% around ~50 UK towns (gaussian spread scaled by town size), 15% uniform over the
//! UK bounding box; a project has 1–3 sites around one town; each project's mask has 16 random
//! bits and the query filter needs bit 0 and bit 1 (passes 25%). Queries: nearest 10, origins
//! 70% drawn like the sites, 30% uniform over the box. Everything is seeded and deterministic.
//!
//! Besides criterion's means, `report` prints build time, `memory_bytes`, per-query p50/p99
//! (timed one by one with `Instant`) and the cost of `replace_project`.

// Tests and benchmarks stop at the first surprise: unwrap() is how they say so.
#![allow(clippy::unwrap_used)]

use criterion::{BenchmarkId, Criterion, black_box, criterion_group, criterion_main};
use peermap::index::{Filter, Mask, NearestIndex, Site};
use std::time::{Duration, Instant};

/// (latitude, longitude, relative size) of UK towns.
const TOWNS: [(f64, f64, f64); 50] = [
    (51.507, -0.128, 9.0),
    (52.486, -1.890, 2.5),
    (53.483, -2.244, 2.5),
    (53.801, -1.549, 1.8),
    (55.864, -4.252, 1.8),
    (53.408, -2.992, 1.5),
    (54.978, -1.618, 1.2),
    (53.383, -1.466, 1.2),
    (51.455, -2.588, 1.2),
    (55.953, -3.189, 1.0),
    (51.481, -3.179, 0.9),
    (52.954, -1.158, 0.9),
    (52.637, -1.136, 0.8),
    (54.597, -5.930, 0.8),
    (50.909, -1.404, 0.7),
    (50.376, -4.143, 0.6),
    (50.822, -0.137, 0.7),
    (53.745, -0.336, 0.6),
    (52.407, -1.512, 0.7),
    (53.646, -1.780, 0.4),
    (51.752, -1.258, 0.4),
    (52.205, 0.122, 0.4),
    (52.630, 1.297, 0.4),
    (50.720, -1.880, 0.5),
    (57.149, -2.094, 0.5),
    (56.462, -2.971, 0.4),
    (51.621, -3.943, 0.5),
    (53.041, -2.193, 0.5),
    (54.906, -1.381, 0.4),
    (52.587, -2.129, 0.5),
    (53.958, -1.082, 0.4),
    (51.276, 1.083, 0.3),
    (50.726, -3.527, 0.3),
    (52.040, -0.760, 0.5),
    (51.568, -1.772, 0.4),
    (52.240, -0.903, 0.4),
    (51.454, -0.978, 0.5),
    (51.380, -2.360, 0.2),
    (54.892, -2.934, 0.2),
    (57.478, -4.225, 0.2),
    (53.226, -0.538, 0.2),
    (52.059, 1.155, 0.3),
    (51.885, 0.897, 0.2),
    (50.266, -5.053, 0.1),
    (53.193, -2.893, 0.2),
    (54.573, -1.235, 0.4),
    (53.765, -2.707, 0.4),
    (53.793, -1.752, 0.6),
    (52.192, -2.220, 0.2),
    (54.997, -7.321, 0.2),
];
const BOX_LAT: (f64, f64) = (50.0, 58.6);
const BOX_LON: (f64, f64) = (-6.0, 1.8);
const SIZES: [(usize, &str); 3] = [(10_000, "10k"), (100_000, "100k"), (1_000_000, "1M")];
const K: usize = 10;

/// splitmix64.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9e37_79b9_7f4a_7c15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
        z ^ (z >> 31)
    }
    fn unit(&mut self) -> f64 {
        (self.next() >> 11) as f64 / (1u64 << 53) as f64
    }
    fn range(&mut self, (a, b): (f64, f64)) -> f64 {
        a + (b - a) * self.unit()
    }
    fn gauss(&mut self) -> f64 {
        let u = self.unit().max(1e-12);
        (-2.0 * u.ln()).sqrt() * (std::f64::consts::TAU * self.unit()).cos()
    }
    fn town(&mut self) -> (f64, f64, f64) {
        let total: f64 = TOWNS.iter().map(|t| t.2).sum();
        let mut x = self.unit() * total;
        for t in TOWNS {
            x -= t.2;
            if x < 0.0 {
                return t;
            }
        }
        TOWNS[0]
    }
    fn near(&mut self, (lat, lon, size): (f64, f64, f64)) -> (f64, f64) {
        let sigma = 0.04 + 0.03 * size.sqrt();
        let lat = (lat + sigma * self.gauss()).clamp(49.0, 61.0);
        let lon = lon + sigma * self.gauss() / lat.to_radians().cos();
        (lat, lon)
    }
    fn uk_point(&mut self, clustered: f64) -> (f64, f64) {
        if self.unit() < clustered {
            let t = self.town();
            self.near(t)
        } else {
            (self.range(BOX_LAT), self.range(BOX_LON))
        }
    }
}

fn sites(n: usize, seed: u64) -> Vec<Site> {
    let mut rng = Rng(seed);
    let mut out = Vec::with_capacity(n);
    let mut project = 0;
    while out.len() < n {
        let mask = Mask::from(rng.next() as u16);
        let home = if rng.unit() < 0.85 {
            Some(rng.town())
        } else {
            None
        };
        let count = 1 + (rng.next() % 3) as usize;
        for _ in 0..count.min(n - out.len()) {
            let (lat, lon) = match home {
                Some(t) => rng.near(t),
                None => (rng.range(BOX_LAT), rng.range(BOX_LON)),
            };
            let id = out.len() as u32;
            out.push(Site {
                id,
                project,
                lat,
                lon,
                mask,
            });
        }
        project += 1;
    }
    out
}

fn queries(n: usize, seed: u64) -> Vec<(f64, f64)> {
    let mut rng = Rng(seed);
    (0..n).map(|_| rng.uk_point(0.7)).collect()
}

fn filter() -> Filter {
    Filter { groups: vec![1, 2] }
}

fn percentiles(mut t: Vec<Duration>) -> (f64, f64, f64) {
    t.sort_unstable();
    let us = |d: Duration| d.as_secs_f64() * 1e6;
    let at = |p: f64| us(t[((t.len() - 1) as f64 * p).round() as usize]);
    let mean = t.iter().map(|&d| us(d)).sum::<f64>() / t.len() as f64;
    (at(0.5), at(0.99), mean)
}

fn time_queries(
    qs: &[(f64, f64)],
    f: &Filter,
    search: impl Fn(f64, f64, &Filter) -> usize,
) -> (f64, f64, f64) {
    let times = qs
        .iter()
        .map(|&(lat, lon)| {
            let t = Instant::now();
            black_box(search(lat, lon, f));
            t.elapsed()
        })
        .collect();
    percentiles(times)
}

fn bench_nearest(c: &mut Criterion) {
    let f = filter();
    for (n, label) in SIZES {
        let idx = NearestIndex::build(sites(n, 42));
        let qs = queries(4096, 7);
        let mut g = c.benchmark_group(format!("nearest10/{label}"));
        g.warm_up_time(Duration::from_millis(500));
        g.measurement_time(Duration::from_secs(3));
        let mut i = 0;
        g.bench_function(BenchmarkId::new("index", label), |b| {
            b.iter(|| {
                let (lat, lon) = qs[i % qs.len()];
                i += 1;
                idx.nearest(black_box(lat), black_box(lon), K, &f, None)
            })
        });
        if n >= 1_000_000 {
            g.sample_size(10);
        }
        g.bench_function(BenchmarkId::new("brute_force", label), |b| {
            b.iter(|| {
                let (lat, lon) = qs[i % qs.len()];
                i += 1;
                idx.brute_force(black_box(lat), black_box(lon), K, &f, None)
            })
        });
        g.finish();
    }
}

fn report(_: &mut Criterion) {
    let f = filter();
    for (n, label) in SIZES {
        let data = sites(n, 42);
        let pass = data.iter().filter(|s| f.passes(s.mask)).count() as f64 / n as f64;
        let t = Instant::now();
        let mut idx = NearestIndex::build(data);
        let build = t.elapsed();
        let qs = queries(10_000, 11);
        for &(lat, lon) in qs.iter().take(50) {
            let a = idx.nearest(lat, lon, K, &f, None);
            assert_eq!(
                a,
                idx.brute_force(lat, lon, K, &f, None),
                "mismatch at {lat},{lon}"
            );
        }
        let (p50, p99, mean) = time_queries(&qs, &f, |lat, lon, f| {
            idx.nearest(lat, lon, K, f, None).len()
        });
        let brute_n = (10_000_000 / n).clamp(20, 1_000);
        let (b50, b99, bmean) = time_queries(&qs[..brute_n], &f, |lat, lon, f| {
            idx.brute_force(lat, lon, K, f, None).len()
        });
        eprintln!(
            "report {label}: build {:.3} s, memory_bytes {:.1} MB, filter passes {:.1}%",
            build.as_secs_f64(),
            idx.memory_bytes() as f64 / 1e6,
            pass * 100.0
        );
        eprintln!(
            "report {label}: index p50 {p50:.1} µs, p99 {p99:.1} µs, mean {mean:.1} µs (10000 queries)"
        );
        eprintln!(
            "report {label}: brute p50 {b50:.0} µs, p99 {b99:.0} µs, mean {bmean:.0} µs ({brute_n} queries)"
        );
        // Edits: 2,000 replacements of a random project by 1–3 sites near a town.
        let mut rng = Rng(99);
        let projects = idx.sites().map(|s| s.project).max().unwrap_or(0) + 1;
        let mut times = Vec::new();
        for e in 0..2_000u32 {
            let p = (rng.next() % u64::from(projects)) as u32;
            let town = rng.town();
            let new: Vec<Site> = (0..1 + e % 3)
                .map(|j| {
                    let (lat, lon) = rng.near(town);
                    Site {
                        id: 10_000_000 + e * 4 + j,
                        project: p,
                        lat,
                        lon,
                        mask: 3,
                    }
                })
                .collect();
            let t = Instant::now();
            idx.replace_project(p, new);
            times.push(t.elapsed());
        }
        let max = times.iter().max().copied().unwrap_or_default();
        let (e50, e99, emean) = percentiles(times);
        let (a50, a99, _) = time_queries(&qs, &f, |lat, lon, f| {
            idx.nearest(lat, lon, K, f, None).len()
        });
        eprintln!(
            "report {label}: replace_project p50 {e50:.0} µs, p99 {e99:.0} µs, mean {emean:.0} µs, max {:.1} ms; queries after edits p50 {a50:.1} µs, p99 {a99:.1} µs",
            max.as_secs_f64() * 1e3
        );
    }
}

criterion_group!(benches, report, bench_nearest);
criterion_main!(benches);
