//! Writers and readers at once on one application, for a few seconds: a maintainer
//! publishing edits, another queueing edits, two reporters, a moderator resolving the
//! reports as they come, and two readers. On SQLite (one writer at a time, each waiting
//! for the lock) and on PostgreSQL: no error at all, and every acknowledged write is there
//! at the end.

use crate::support::{Page, TestApp, TestDb, db};
use crate::world::{CIP, OTHER, THIRD, World};
use axum::http::StatusCode;
use peermap::domain::Taxonomy;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

/// How long the writers and readers keep at it.
const FOR: Duration = Duration::from_secs(3);

/// What the workers saw: every acknowledged write, and every response that was not what
/// it should have been.
#[derive(Default)]
struct Seen {
    edits: Vec<String>,
    queued: Vec<String>,
    reports: Vec<String>,
    resolved: Vec<i64>,
    reads: usize,
    errors: Vec<String>,
}

type Shared = Arc<Mutex<Seen>>;

fn wrong(seen: &Shared, what: &str, page: &Page) {
    seen.lock()
        .unwrap()
        .errors
        .push(format!("{what}: {} {}", page.status, page.excerpt()));
}

/// Changes `field` of `slug`'s listing form to `text`, again and again, keeping each
/// acknowledged `text` with `keep`.
async fn editor(
    c: TestApp,
    slug: &'static str,
    field: &'static str,
    seen: Shared,
    keep: fn(&mut Seen, String),
) {
    let until = Instant::now() + FOR;
    let path = format!("/manage/{slug}");
    let mut n = 0;
    while Instant::now() < until {
        n += 1;
        let page = c.get(&path).await;
        if page.status != StatusCode::OK {
            wrong(&seen, "the listing form", &page);
            continue;
        }
        let mut form = page.form(&path);
        let text = format!("Changed by {slug}'s keeper under load, time {n}.");
        form.set(field, &text);
        let got = c.send_form(&form).await;
        if got.status == StatusCode::SEE_OTHER {
            keep(&mut seen.lock().unwrap(), text);
        } else {
            wrong(&seen, "an edit", &got);
        }
    }
}

async fn reporter(c: TestApp, who: usize, seen: Shared) {
    let until = Instant::now() + FOR;
    let mut n = 0;
    while Instant::now() < until {
        n += 1;
        let slug = [CIP, OTHER, THIRD][n % 3];
        let path = format!("/projects/{slug}/report");
        let detail = format!("Reporter {who}, report {n}: the times changed.");
        let got = c
            .submit(
                &path,
                &path,
                &[("kind", "wrong-details"), ("detail", &detail)],
            )
            .await;
        if got.status == StatusCode::OK {
            seen.lock().unwrap().reports.push(detail);
        } else {
            wrong(&seen, "a report", &got);
        }
    }
}

/// Resolves the open reports as they arrive.
async fn moderator(c: TestApp, seen: Shared) {
    let until = Instant::now() + FOR;
    while Instant::now() < until {
        let queue = c.get("/moderate").await;
        if queue.status != StatusCode::OK {
            wrong(&seen, "the moderation queue", &queue);
            continue;
        }
        let open = queue.attrs("form[action^='/moderate/reports/']", "action");
        let Some(action) = open.first() else {
            tokio::time::sleep(Duration::from_millis(10)).await;
            continue;
        };
        let mut form = queue.form(action).only_hidden();
        form.set("note", "Checked with the project.");
        let got = c.send_form(&form).await;
        if got.status == StatusCode::SEE_OTHER {
            let id = action.rsplit('/').next().unwrap().parse().unwrap();
            seen.lock().unwrap().resolved.push(id);
        } else {
            wrong(&seen, "resolving a report", &got);
        }
    }
}

async fn reader(c: TestApp, seen: Shared) {
    let until = Instant::now() + FOR;
    let pages = [
        "/search?where=Glasgow".to_string(),
        format!("/projects/{CIP}"),
        "/api/v1/projects?per_page=50".into(),
        "/api/v1/search?where=Leeds&need=birth-trauma".into(),
        "/projects?nation=scotland".into(),
        "/".into(),
    ];
    let mut n = 0;
    while Instant::now() < until {
        n += 1;
        let got = c.get(&pages[n % pages.len()]).await;
        if got.status == StatusCode::OK {
            seen.lock().unwrap().reads += 1;
        } else {
            wrong(&seen, "a read", &got);
        }
    }
}

async fn under_load(db: TestDb) {
    crate::log_errors();
    let w = World::over(db).await;
    let seen = Shared::default();
    let tasks = vec![
        tokio::spawn(editor(
            w.owner.moved_to(&w.app),
            CIP,
            "summary",
            seen.clone(),
            |s, t| s.edits.push(t),
        )),
        tokio::spawn(editor(
            w.keeper.moved_to(&w.app),
            THIRD,
            "description",
            seen.clone(),
            |s, t| s.queued.push(t),
        )),
        tokio::spawn(reporter(w.app.visitor(), 1, seen.clone())),
        tokio::spawn(reporter(w.app.visitor(), 2, seen.clone())),
        tokio::spawn(moderator(w.moderator.moved_to(&w.app), seen.clone())),
        tokio::spawn(reader(w.app.visitor(), seen.clone())),
        tokio::spawn(reader(w.app.visitor(), seen.clone())),
    ];
    for t in tasks {
        t.await.unwrap();
    }
    let seen = std::mem::take(&mut *seen.lock().unwrap());
    assert!(
        seen.errors.is_empty(),
        "{} errors: {:#?}",
        seen.errors.len(),
        seen.errors
    );
    for (what, n) in [
        ("published edits", seen.edits.len()),
        ("queued edits", seen.queued.len()),
        ("reports", seen.reports.len()),
        ("resolutions", seen.resolved.len()),
        ("reads", seen.reads),
    ] {
        assert!(
            n >= 5,
            "only {n} {what} in {FOR:?}: the test proves nothing"
        );
    }

    // Every acknowledged write is there.
    let store = w.app.state.store.clone();
    let history = w.app.history(CIP).await;
    for text in &seen.edits {
        let json = serde_json::to_string(text).unwrap();
        assert!(
            history
                .iter()
                .any(|h| h.field == "summary" && h.new_value.as_deref() == Some(&json)),
            "the edit “{text}” is in the history"
        );
    }
    assert_eq!(
        &w.app.project(CIP).await.summary,
        seen.edits.last().unwrap(),
        "the last edit stands"
    );
    let queued: Vec<String> = store
        .pending_edits()
        .await
        .unwrap()
        .into_iter()
        .map(|e| e.proposal.description)
        .collect();
    for text in &seen.queued {
        assert!(queued.contains(text), "the queued edit “{text}” waits");
    }
    let reports = store.reports(false).await.unwrap();
    for detail in &seen.reports {
        assert!(
            reports.iter().any(|r| &r.detail == detail),
            "the report “{detail}” is kept"
        );
    }
    for id in &seen.resolved {
        let r = reports.iter().find(|r| r.id == *id).unwrap();
        assert!(!r.open, "report {id} stays resolved");
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn writers_and_readers_together_on_sqlite_get_no_errors_and_lose_nothing() {
    under_load(db::seeded_sqlite().await).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn writers_and_readers_together_on_postgres_get_no_errors_and_lose_nothing() {
    let Some(db) = db::postgres().await else {
        return;
    };
    peermap::seed::seed_if_empty(db.store.as_ref(), &Taxonomy::bundled())
        .await
        .unwrap();
    under_load(db).await;
}
