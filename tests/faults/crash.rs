//! The real binary killed with SIGKILL at random moments while it answers writes: two
//! reporters, someone keeping shortlists, a moderator approving proposed listings (each
//! approval a listing, its keeper and the decision, in one transaction) and the same
//! moderator editing a listing (its row, child rows and history together). After every
//! kill the database is opened again as a restart would: every acknowledged write is
//! there, no use case is half done, and SQLite's integrity check says `ok`.

use crate::binary::{Client, Served};
use crate::support::app::{MODERATOR, PASSWORD};
use crate::support::db;
use crate::support::form::encode;
use crate::world::CIP;
use peermap::domain::community::{Decision, Role};
use peermap::domain::{Slug, Status, Taxonomy};
use peermap::store;
use rand::Rng;
use std::collections::BTreeSet;
use std::path::Path;
use std::sync::{Arc, Mutex};
use std::time::Duration;

/// Kill and restart cycles on SQLite.
const CYCLES: usize = 12;
/// Proposed listings waiting for the moderator at the start.
const PROPOSALS: usize = 150;

/// The acknowledged writes, over all cycles.
#[derive(Default, Clone)]
struct Acknowledged {
    reports: Vec<String>,
    shortlists: Vec<String>,
    approvals: Vec<i64>,
    edits: Vec<String>,
}

type Shared = Arc<Mutex<Acknowledged>>;

async fn reporter(c: Client, label: String, ack: Shared) {
    for n in 0.. {
        let slug = ["sands", "mumsaid", "netmums"][n % 3];
        let path = format!("/projects/{slug}/report");
        let Ok(form) = c.form(&path, &path).await else {
            return;
        };
        let mut form = form.only_hidden();
        let detail = format!("{label} report {n}");
        form.set("kind", "other").set("detail", &detail);
        match c.post(&path, form.encode()).await {
            Ok(a) if a.status == 200 => ack.lock().unwrap().reports.push(detail),
            Ok(a) => panic!("a report answered {}: {}", a.status, a.body),
            Err(_) => return,
        }
    }
}

async fn shortlister(c: Client, ack: Shared) {
    loop {
        let body = encode(&[("where", "Leeds"), ("keep", "netmums"), ("keep", "sands")]);
        match c.post("/shortlists", body).await {
            Ok(a) if a.status == 303 => {
                let location = a.location.unwrap();
                let code = location
                    .trim_start_matches("/s/")
                    .trim_end_matches("?made=1")
                    .to_string();
                ack.lock().unwrap().shortlists.push(code);
            }
            Ok(a) => panic!("a shortlist answered {}: {}", a.status, a.body),
            Err(_) => return,
        }
    }
}

/// Approves the waiting proposals one by one, and edits CIP's summary between them.
async fn moderator(c: Client, cycle: usize, waiting: Arc<Mutex<Vec<i64>>>, ack: Shared) {
    for n in 0.. {
        let Some(id) = waiting.lock().unwrap().pop() else {
            return;
        };
        let action = format!("/moderate/claims/{id}");
        let Ok(form) = c.form("/moderate", &action).await else {
            waiting.lock().unwrap().push(id);
            return;
        };
        let mut form = form.only_hidden();
        form.set("decision", "approve");
        match c.post(&action, form.encode()).await {
            Ok(a) if a.status == 303 => ack.lock().unwrap().approvals.push(id),
            Ok(a) => panic!("approving {id} answered {}: {}", a.status, a.body),
            // Cut off by the kill: done or not, but all or nothing (see `check`).
            Err(_) => return,
        }
        let path = format!("/manage/{CIP}");
        let Ok(mut form) = c.form(&path, &path).await else {
            return;
        };
        let summary = format!("Summary of cycle {cycle}, edit {n}.");
        form.set("summary", &summary);
        match c.post(&path, form.encode()).await {
            Ok(a) if a.status == 303 => ack.lock().unwrap().edits.push(summary),
            Ok(a) => panic!("an edit answered {}: {}", a.status, a.body),
            Err(_) => return,
        }
    }
}

/// A database with the directory, a moderator, and [`PROPOSALS`] proposed listings by as
/// many people; returns the proposals' ids.
async fn prepare(url: &str) -> Vec<i64> {
    let store = store::connect(url).await.unwrap();
    peermap::seed::seed_if_empty(store.as_ref(), &Taxonomy::bundled())
        .await
        .unwrap();
    let hash = peermap::registry::password::hash(PASSWORD.to_string())
        .await
        .unwrap();
    store
        .create_account(MODERATOR, &hash, Role::Moderator)
        .await
        .unwrap()
        .unwrap();
    let template = store
        .get(&Slug::parse(CIP).unwrap())
        .await
        .unwrap()
        .unwrap()
        .project;
    let mut ids = Vec::new();
    for i in 0..PROPOSALS {
        let account = store
            .create_account(&format!("proposer{i}@crash.test"), &hash, Role::Maintainer)
            .await
            .unwrap()
            .unwrap();
        let mut p = template.clone();
        p.slug = Slug::parse(&format!("crash-proposal-{i}")).unwrap();
        p.name = format!("Crash Proposal {i}");
        p.status = Status::Pending;
        let id = store
            .create_claim(account.id, None, Some(&p), "I run it.")
            .await
            .unwrap();
        ids.push(id);
    }
    ids
}

/// Opens the database as a restart would and checks everything acknowledged so far.
async fn check(url: &str, ack: &Acknowledged, context: &str) {
    let store = store::connect(url).await.unwrap();
    let reports: BTreeSet<String> = store
        .reports(false)
        .await
        .unwrap()
        .into_iter()
        .map(|r| r.detail)
        .collect();
    for r in &ack.reports {
        assert!(
            reports.contains(r),
            "{context}: the report “{r}” was acknowledged, then lost"
        );
    }
    for code in &ack.shortlists {
        assert!(
            store.shortlist(code).await.unwrap().is_some(),
            "{context}: the shortlist {code} was acknowledged, then lost"
        );
    }
    // Each approval all there or not at all: the decision, the listing, its keeper.
    for claim in store.claims(false).await.unwrap() {
        let Some(proposal) = &claim.proposal else {
            continue;
        };
        let listing = store.get(&proposal.slug).await.unwrap();
        let keeper = store
            .maintainer_of(&proposal.slug, claim.account.id)
            .await
            .unwrap();
        match claim.status {
            Decision::Approved => {
                let listing = listing.unwrap_or_else(|| {
                    panic!("{context}: claim {} approved without its listing", claim.id)
                });
                assert_eq!(
                    listing.project.status,
                    Status::Published,
                    "{context}: claim {}",
                    claim.id
                );
                assert!(
                    keeper.is_some(),
                    "{context}: claim {} approved without its keeper",
                    claim.id
                );
                assert_eq!(
                    claim.project.as_ref(),
                    Some(&proposal.slug),
                    "{context}: claim {}",
                    claim.id
                );
            }
            Decision::Pending => {
                assert!(
                    listing.is_none() && keeper.is_none(),
                    "{context}: claim {} pending, yet part of its approval is there",
                    claim.id
                );
                assert!(
                    !ack.approvals.contains(&claim.id),
                    "{context}: the approval of {} was lost",
                    claim.id
                );
            }
            Decision::Rejected => panic!("{context}: nobody rejected claim {}", claim.id),
        }
    }
    // The listing and its history agree: the summary shown is the last one recorded, and
    // every acknowledged edit is recorded.
    let slug = Slug::parse(CIP).unwrap();
    let history = store.history(&slug).await.unwrap();
    let summaries: Vec<String> = history
        .iter()
        .filter(|h| h.field == "summary")
        .filter_map(|h| serde_json::from_str(h.new_value.as_deref()?).ok())
        .collect();
    for e in &ack.edits {
        assert!(
            summaries.contains(e),
            "{context}: the edit “{e}” was acknowledged, then lost"
        );
    }
    if let Some(last) = summaries.last() {
        let shown = store.get(&slug).await.unwrap().unwrap().project.summary;
        assert_eq!(
            &shown, last,
            "{context}: the listing and its history disagree"
        );
    }
}

async fn integrity(url: &str) -> String {
    use sqlx::Connection;
    let mut c = sqlx::SqliteConnection::connect(url).await.unwrap();
    let ok = sqlx::query_scalar("PRAGMA integrity_check")
        .fetch_one(&mut c)
        .await
        .unwrap();
    c.close().await.unwrap();
    ok
}

/// One cycle: start the binary, write from every worker, SIGKILL it at a random moment.
async fn cycle(url: &str, dir: &Path, cycle: usize, waiting: &Arc<Mutex<Vec<i64>>>, ack: &Shared) {
    let server = Served::start(url, dir)
        .await
        .unwrap_or_else(|e| panic!("restart {cycle}: {e}"));
    let anyone = Client::new(&server.base);
    let mut moderator_client = Client::new(&server.base);
    moderator_client.sign_in(MODERATOR).await;
    let workers = vec![
        tokio::spawn(reporter(
            anyone.clone(),
            format!("cycle {cycle}, reporter 1,"),
            ack.clone(),
        )),
        tokio::spawn(reporter(
            anyone.clone(),
            format!("cycle {cycle}, reporter 2,"),
            ack.clone(),
        )),
        tokio::spawn(shortlister(anyone.clone(), ack.clone())),
        tokio::spawn(moderator(
            moderator_client,
            cycle,
            waiting.clone(),
            ack.clone(),
        )),
    ];
    let wait = rand::rng().random_range(150..700);
    tokio::time::sleep(Duration::from_millis(wait)).await;
    server.kill();
    for w in workers {
        w.await.unwrap();
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn killed_at_random_moments_the_server_keeps_every_acknowledged_write_on_sqlite() {
    let dir = tempfile::tempdir().unwrap();
    let url = format!(
        "sqlite://{}?mode=rwc",
        dir.path().join("crash.db").display()
    );
    let waiting = Arc::new(Mutex::new(prepare(&url).await));
    let ack = Shared::default();
    for n in 1..=CYCLES {
        cycle(&url, dir.path(), n, &waiting, &ack).await;
        let context = format!("after kill {n}");
        assert_eq!(integrity(&url).await, "ok", "{context}");
        let so_far = ack.lock().unwrap().clone();
        check(&url, &so_far, &context).await;
    }
    let ack = ack.lock().unwrap().clone();
    for (what, n) in [
        ("reports", ack.reports.len()),
        ("shortlists", ack.shortlists.len()),
        ("approvals", ack.approvals.len()),
        ("edits", ack.edits.len()),
    ] {
        assert!(
            n >= CYCLES,
            "only {n} {what} acknowledged in {CYCLES} cycles: the test proves little"
        );
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn killed_once_the_server_keeps_every_acknowledged_write_on_postgres() {
    let Some(url) = db::empty_postgres().await else {
        return;
    };
    let dir = tempfile::tempdir().unwrap();
    let waiting = Arc::new(Mutex::new(prepare(&url).await));
    let ack = Shared::default();
    cycle(&url, dir.path(), 1, &waiting, &ack).await;
    let ack = ack.lock().unwrap().clone();
    check(&url, &ack, "after the kill").await;
    assert!(!ack.reports.is_empty(), "reports were acknowledged");
}
