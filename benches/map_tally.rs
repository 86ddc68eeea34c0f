//! The map's counts for one filter (`peermap::map::tally::Tally`), worked out once per
//! generation of the search index, on the synthetic registry of 250,000 projects and
//! 1,000,000 sites (`peermap::synth::generate(1_000_000, 42)`, the registry `peermap synth`
//! writes). `count` places each site by the H3 key the nearest index holds for it;
//! `count_by_points` works out each site's hexagon from its point (what the map did before
//! the index kept its keys). Run: `cargo bench --bench map_tally`.

// Tests and benchmarks stop at the first surprise: unwrap() is how they say so.
#![allow(clippy::unwrap_used)]

use criterion::{Criterion, criterion_group, criterion_main};
use peermap::domain::{ListingFilter, Taxonomy};
use peermap::map::tally::Tally;
use peermap::search::{MaskLayout, SearchIndex};
use std::collections::HashSet;
use std::hint::black_box;

fn tally(c: &mut Criterion) {
    let layout = MaskLayout::new(&Taxonomy::bundled());
    let index = SearchIndex::build(
        layout,
        peermap::synth::generate(1_000_000, 42),
        HashSet::new(),
    );
    let everything = index.layout().filter(&ListingFilter::default());
    let one_need = index.layout().filter(&ListingFilter {
        needs: vec!["postpartum-psychosis".into()],
        ..ListingFilter::default()
    });
    let mut group = c.benchmark_group("map_tally_1m_sites");
    group.sample_size(10);
    for (name, filter) in [("every_listing", &everything), ("one_need", &one_need)] {
        group.bench_function(format!("count/{name}"), |b| {
            b.iter(|| Tally::count(black_box(&index), filter))
        });
        group.bench_function(format!("count_by_points/{name}"), |b| {
            b.iter(|| Tally::count_by_points(black_box(&index), filter))
        });
    }
    group.finish();
}

criterion_group!(benches, tally);
criterion_main!(benches);
