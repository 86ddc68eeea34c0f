//! Sign-in password checks: verifying against an account's real Argon2id hash (a wrong
//! password) beside the unknown-address path (no account, so the dummy hash), to show the
//! two take the same time. Run: `cargo bench --bench sign_in`.
//!
//! Both go through `peermap::registry::password::verify` on a Tokio runtime, so each
//! iteration includes the hop to the blocking pool (microseconds) as well as the Argon2
//! work (tens of milliseconds).

// Tests and benchmarks stop at the first surprise: unwrap() is how they say so.
#![allow(clippy::unwrap_used)]

use criterion::{Criterion, criterion_group, criterion_main};
use peermap::registry::password;
use std::hint::black_box;

fn sign_in(c: &mut Criterion) {
    let rt = tokio::runtime::Runtime::new().expect("a Tokio runtime starts");
    let stored = rt
        .block_on(password::hash("correct horse battery staple".to_string()))
        .expect("hashing succeeds");
    // Make the dummy hash before timing, as a running server will have.
    rt.block_on(password::verify(String::new(), None));

    let mut group = c.benchmark_group("sign_in_verify");
    group.sample_size(20);
    group.bench_function("known_account_wrong_password", |b| {
        b.iter(|| {
            rt.block_on(password::verify(
                black_box("wrong password".to_string()),
                Some(stored.clone()),
            ))
        })
    });
    group.bench_function("unknown_account", |b| {
        b.iter(|| {
            rt.block_on(password::verify(
                black_box("wrong password".to_string()),
                None,
            ))
        })
    });
    group.finish();
}

criterion_group!(benches, sign_in);
criterion_main!(benches);
