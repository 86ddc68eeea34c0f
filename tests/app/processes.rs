//! Many processes on one database: real `peermap serve` processes (B, C) follow what
//! another (A, this test's application, driven by a maintainer and a moderator through
//! its forms) and `peermap import` write, through the change feed: in search, the map,
//! the directory and coverage, each seen within a budget. One of them is killed (SIGKILL)
//! and started again, and serves what it missed. Three processes on PostgreSQL, a pair
//! on one SQLite file.

use crate::support::form::Form;
use crate::support::{Page, ServeProcess as Peer, TestApp, TestDb, db};
use std::process::Command;
use std::time::{Duration, Instant};

const CIP: &str = "community-intercultural-programme";
const QUARRIERS: &str = "quarriers";

/// The number in coverage's "N in-person places match what you chose.", if it says so.
fn places(coverage: &str) -> Option<u64> {
    let end = coverage.find(" in-person places match")?;
    let start = coverage[..end].rfind(|c: char| !c.is_ascii_digit())? + 1;
    coverage[start..end].parse().ok()
}

/// Opens the listing form of `slug`, changes it as a person would, and sends it.
async fn edit(c: &TestApp, slug: &str, change: impl FnOnce(&mut Form)) -> Page {
    let path = format!("/manage/{slug}");
    let mut form = c.form(&path, &path).await;
    change(&mut form);
    c.send_form(&form).await
}

/// Renames `slug` through its form as `keeper`, and waits for every peer to find the new
/// name in search, the map and the directory. Returns the slowest wait.
async fn rename_and_see(keeper: &TestApp, peers: &[&Peer], slug: &str, name: &str) -> Duration {
    let sent = edit(keeper, slug, |f| {
        f.set("name", name);
    })
    .await;
    assert_eq!(sent.status, 303, "{}", sent.excerpt());
    let mut slowest = Duration::ZERO;
    for p in peers {
        for path in [
            "/api/v1/search?where=Portadown",
            "/map",
            "/api/v1/projects?per_page=500",
        ] {
            slowest = slowest.max(p.until(path, name, |b| b.contains(name)).await);
        }
    }
    slowest
}

/// A's writes (an edit, an archive, a publish, a review) show on every peer in search,
/// the map, the directory and coverage; returns the slowest wait.
async fn writes_on_a_show_on_the_peers(app: &TestApp, peers: &[&Peer]) -> Duration {
    let keeper = app.maintainer_of(CIP).await;
    app.set_trusted(CIP, keeper.email()).await;
    let bob = app.maintainer_of(QUARRIERS).await;
    app.set_trusted(QUARRIERS, bob.email()).await;
    let moderator = app.moderator().await;
    let mut slowest = rename_and_see(&keeper, peers, CIP, "Feed Intercultural Group").await;

    // An archive leaves search, the map, the directory and coverage everywhere.
    let glasgow = "/api/v1/search?where=Glasgow";
    let slug = format!("\"{QUARRIERS}\"");
    let link = format!("/projects/{QUARRIERS}\"");
    let need = "/coverage?need=postnatal-depression-anxiety";
    let before: Vec<u64> = {
        let mut v = Vec::new();
        for p in peers {
            assert!(p.get(glasgow).await.contains(&slug));
            v.push(places(&p.get(need).await).expect("coverage counts its places"));
        }
        v
    };
    let path = format!("/manage/{QUARRIERS}/archive");
    let archived = bob.submit(&path, &path, &[]).await;
    assert_eq!(archived.status, 303, "{}", archived.excerpt());
    for (p, was) in peers.iter().zip(&before) {
        slowest = slowest.max(
            p.until(glasgow, "the archive", |b| !b.contains(&slug))
                .await,
        );
        slowest = slowest.max(p.until("/map", "the archive", |b| !b.contains(&link)).await);
        let dir = "/api/v1/projects?per_page=500";
        slowest = slowest.max(p.until(dir, "the archive", |b| !b.contains(&slug)).await);
        let fewer = |b: &str| places(b) == Some(was - 1);
        slowest = slowest.max(p.until(need, "one place fewer", fewer).await);
    }

    // Published again (a moderator restores it): back everywhere.
    let restore = format!("/manage/{QUARRIERS}/restore");
    let manage = format!("/manage/{QUARRIERS}");
    let restored = moderator.submit(&manage, &restore, &[]).await;
    assert_eq!(restored.status, 303, "{}", restored.excerpt());
    for (p, was) in peers.iter().zip(&before) {
        slowest = slowest.max(p.until(glasgow, "the publish", |b| b.contains(&slug)).await);
        slowest = slowest.max(p.until("/map", "the publish", |b| b.contains(&link)).await);
        slowest = slowest.max(
            p.until(need, "the place again", |b| places(b) == Some(*was))
                .await,
        );
    }

    // A review marks CIP "peer reviewed" in search, the map and coverage everywhere.
    let reflection = format!("/manage/{CIP}/reflection");
    let reflected = keeper
        .submit(
            &reflection,
            &reflection,
            &[
                ("status_safe-and-nurturing", "we-do-this"),
                (
                    "how_safe-and-nurturing",
                    "Two trained facilitators each time.",
                ),
                ("action", "publish"),
            ],
        )
        .await;
    assert_eq!(reflected.status, 303, "{}", reflected.excerpt());
    let reviewed = "/api/v1/search?where=Portadown&reviewed=yes";
    let cip = format!("\"{CIP}\"");
    for p in peers {
        assert!(!p.get(reviewed).await.contains(&cip));
    }
    let form = format!("/projects/{CIP}/review");
    let review = bob
        .submit(
            &form,
            &form,
            &[
                ("reviewer", QUARRIERS),
                ("verdict_safe-and-nurturing", "recognise"),
                ("comment_safe-and-nurturing", "We work the same way."),
                ("action", "publish"),
            ],
        )
        .await;
    assert_eq!(review.status, 303, "{}", review.excerpt());
    let cip_link = format!("/projects/{CIP}\"");
    for p in peers {
        slowest = slowest.max(p.until(reviewed, "the review", |b| b.contains(&cip)).await);
        let map = "/map?reviewed=yes";
        slowest = slowest.max(p.until(map, "the review", |b| b.contains(&cip_link)).await);
        let cov = "/coverage?reviewed=yes";
        slowest = slowest.max(
            p.until(cov, "the review", |b| places(b).is_some_and(|n| n >= 1))
                .await,
        );
        let dir = "/projects?reviewed=yes";
        slowest = slowest.max(p.until(dir, "the review", |b| b.contains(&cip_link)).await);
    }
    slowest
}

/// A peer killed with SIGKILL misses a change, and serves it once started again; then it
/// follows the next one too.
async fn a_killed_peer_catches_up(app: &TestApp, peer: &mut Peer) {
    let keeper = app.sign_in(&format!("maintainer@{CIP}.test")).await;
    peer.kill();
    let sent = edit(&keeper, CIP, |f| {
        f.set("name", "Group Renamed While Down");
    })
    .await;
    assert_eq!(sent.status, 303, "{}", sent.excerpt());
    peer.restart().await;
    let search = "/api/v1/search?where=Portadown";
    let missed = "Group Renamed While Down";
    peer.until(search, missed, |b| b.contains(missed)).await;
    rename_and_see(&keeper, &[peer], CIP, "Group Renamed After Restart").await;
}

/// The starting directory in `db`, with A (this test's application) over it.
async fn seeded(db: TestDb) -> TestApp {
    let taxonomy = peermap::domain::Taxonomy::bundled();
    peermap::seed::seed_if_empty(db.store.as_ref(), &taxonomy)
        .await
        .unwrap();
    TestApp::over(db).await
}

#[tokio::test]
async fn three_processes_on_postgres_follow_each_others_writes() {
    let Some(db) = db::postgres().await else {
        return;
    };
    let url = db.url.clone();
    let app = seeded(db).await;
    let mut b = Peer::ready(&url, &[]).await;
    let c = Peer::ready(&url, &[]).await;
    let slowest = writes_on_a_show_on_the_peers(&app, &[&b, &c]).await;
    println!("slowest change seen on another process (PostgreSQL): {slowest:?}");
    a_killed_peer_catches_up(&app, &mut b).await;
    // C, never stopped, followed all of it too.
    let name = "Group Renamed After Restart";
    c.until("/api/v1/search?where=Portadown", name, |b| b.contains(name))
        .await;
}

#[tokio::test]
async fn two_processes_on_one_sqlite_file_follow_each_others_writes() {
    let db = db::sqlite().await;
    let url = db.url.clone();
    let app = seeded(db).await;
    let mut b = Peer::ready(&url, &[]).await;
    let slowest = writes_on_a_show_on_the_peers(&app, &[&b]).await;
    println!("slowest change seen on another process (SQLite): {slowest:?}");
    a_killed_peer_catches_up(&app, &mut b).await;
}

/// `peermap import FILE` while a server runs: the new listing is found through it.
async fn an_import_is_found_on_a_running_server(database: &str) -> Duration {
    let server = Peer::ready(database, &[]).await;
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("import.json");
    std::fs::write(
        &file,
        r#"[{"slug": "leeds-feed-test", "name": "Leeds Feed Test Group", "organisation": "Org",
             "summary": "A test group.", "source": "test", "delivery": ["in-person"],
             "sites": [{"label": "Leeds", "lat": 53.7997, "lon": -1.5492, "precision": "town",
                        "radius_km": null, "nation": "england"}]}]"#,
    )
    .unwrap();
    let search = "/api/v1/search?where=Leeds";
    assert!(!server.get(search).await.contains("leeds-feed-test"));
    let out = Command::new(env!("CARGO_BIN_EXE_peermap"))
        .args(["import", file.to_str().unwrap()])
        .env("DATABASE_URL", database)
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let imported = Instant::now();
    server
        .until(search, "the imported listing", |b| {
            b.contains("leeds-feed-test")
        })
        .await;
    imported.elapsed()
}

#[tokio::test]
async fn an_import_from_the_command_line_is_found_on_a_running_server_sqlite() {
    let db = db::seeded_sqlite().await;
    let took = an_import_is_found_on_a_running_server(&db.url).await;
    println!("import to searchable on a running server (SQLite): {took:?}");
}

#[tokio::test]
async fn an_import_from_the_command_line_is_found_on_a_running_server_postgres() {
    let Some(db) = db::postgres().await else {
        return;
    };
    peermap::seed::seed_if_empty(db.store.as_ref(), &peermap::domain::Taxonomy::bundled())
        .await
        .unwrap();
    let took = an_import_is_found_on_a_running_server(&db.url).await;
    println!("import to searchable on a running server (PostgreSQL): {took:?}");
}

/// p50, p99 and the largest of `waits`, in milliseconds.
fn percentiles(mut waits: Vec<Duration>) -> String {
    waits.sort();
    let at = |q: f64| waits[((waits.len() as f64 * q).ceil() as usize).clamp(1, waits.len()) - 1];
    let ms = |d: Duration| d.as_secs_f64() * 1000.0;
    format!(
        "n={} p50={:.1} ms p99={:.1} ms max={:.1} ms",
        waits.len(),
        ms(at(0.50)),
        ms(at(0.99)),
        ms(waits[waits.len() - 1])
    )
}

/// The benchmark of BENCHMARKS.md ("a published edit on A searchable on B and C"): 100
/// edits through A's form, each timed from A's answer until both B and C find it in
/// search. `cargo test --release --test app processes::bench_ -- --ignored --nocapture`
#[tokio::test]
#[ignore = "a benchmark: run it with --ignored --nocapture"]
async fn bench_edits_seen_on_two_peers_postgres() {
    let Some(db) = db::postgres().await else {
        return;
    };
    let url = db.url.clone();
    let app = seeded(db).await;
    let (b, c) = (Peer::ready(&url, &[]).await, Peer::ready(&url, &[]).await);
    let keeper = app.maintainer_of(CIP).await;
    app.set_trusted(CIP, keeper.email()).await;
    let mut waits = Vec::new();
    for i in 0..100 {
        let name = format!("Bench Group {i}");
        let sent = edit(&keeper, CIP, |f| {
            f.set("name", &name);
        })
        .await;
        assert_eq!(sent.status, 303, "{}", sent.excerpt());
        let answered = Instant::now();
        for p in [&b, &c] {
            p.until("/api/v1/search?where=Portadown", &name, |body| {
                body.contains(&name)
            })
            .await;
        }
        waits.push(answered.elapsed());
    }
    println!(
        "edit on A searchable on B and C (PostgreSQL): {}",
        percentiles(waits)
    );
}

/// The benchmark of BENCHMARKS.md ("a command-line import searchable on a running
/// server"), 10 imports on each backend.
#[tokio::test]
#[ignore = "a benchmark: run it with --ignored --nocapture"]
async fn bench_imports_seen_on_a_running_server() {
    let sqlite = db::seeded_sqlite().await;
    let postgres = db::postgres().await;
    let mut backends = vec![("SQLite", sqlite.url.clone())];
    if let Some(pg) = &postgres {
        peermap::seed::seed_if_empty(pg.store.as_ref(), &peermap::domain::Taxonomy::bundled())
            .await
            .unwrap();
        backends.push(("PostgreSQL", pg.url.clone()));
    }
    for (name, url) in backends {
        let server = Peer::ready(&url, &[]).await;
        let dir = tempfile::tempdir().unwrap();
        let mut waits = Vec::new();
        for i in 0..10 {
            let slug = format!("bench-import-{i}");
            // Each its own place, so each is the nearest to where it is looked for.
            let lat = format!("{:.3}", 60.150 + f64::from(i) * 0.002);
            let file = dir.path().join(format!("{slug}.json"));
            std::fs::write(
                &file,
                format!(
                    r#"[{{"slug": "{slug}", "name": "Bench {i}", "organisation": "Org",
                         "summary": "A test group.", "source": "test", "delivery": ["in-person"],
                         "sites": [{{"label": "Lerwick", "lat": {lat}, "lon": -1.145,
                                     "precision": "town", "radius_km": null, "nation": "scotland"}}]}}]"#
                ),
            )
            .unwrap();
            let out = Command::new(env!("CARGO_BIN_EXE_peermap"))
                .args(["import", file.to_str().unwrap()])
                .env("DATABASE_URL", &url)
                .output()
                .unwrap();
            assert!(
                out.status.success(),
                "{}",
                String::from_utf8_lossy(&out.stderr)
            );
            let done = Instant::now();
            let wanted = format!("\"{slug}\"");
            server
                .until(&format!("/api/v1/search?where={lat},-1.145"), &slug, |b| {
                    b.contains(&wanted)
                })
                .await;
            waits.push(done.elapsed());
        }
        println!(
            "import searchable on a running server ({name}): {}",
            percentiles(waits)
        );
    }
}
