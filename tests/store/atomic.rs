//! Use cases are all or nothing: a moderator's approval that fails at its last write
//! leaves no trace, and a queued edit applies only the fields it changed.

use peermap::domain::community::{Account, Decision, Role};
use peermap::domain::{Project, Slug, Status, Taxonomy};
use peermap::registry::{Registry, RegistryError};
use sqlx::Connection;

use crate::support::db::TestDb;

on_both_backends!(
    a_claim_approval_that_fails_at_its_last_write_leaves_nothing,
    a_queued_edit_keeps_later_changes_to_other_fields,
    a_queued_edit_to_a_field_changed_since_is_refused,
);

const LISTING: &str = "community-intercultural-programme";

/// Makes every update of `claims` fail, as a full disk or a killed connection would at
/// that moment; `false` takes the fault away again.
async fn fail_claim_updates(db: &TestDb, on: bool) {
    let statements: &[&str] = match (db.url.starts_with("sqlite:"), on) {
        (true, true) => &["CREATE TRIGGER fail_claims BEFORE UPDATE ON claims \
                           BEGIN SELECT RAISE(ABORT, 'injected failure'); END"],
        (true, false) => &["DROP TRIGGER fail_claims"],
        (false, true) => &[
            "CREATE FUNCTION fail_now() RETURNS trigger AS $$ BEGIN \
             RAISE EXCEPTION 'injected failure'; END $$ LANGUAGE plpgsql",
            "CREATE TRIGGER fail_claims BEFORE UPDATE ON claims FOR EACH ROW EXECUTE FUNCTION fail_now()",
        ],
        (false, false) => &["DROP TRIGGER fail_claims ON claims"],
    };
    if db.url.starts_with("sqlite:") {
        let mut c = sqlx::SqliteConnection::connect(&db.url).await.unwrap();
        for s in statements {
            sqlx::raw_sql(sqlx::AssertSqlSafe(*s))
                .execute(&mut c)
                .await
                .unwrap();
        }
    } else {
        let mut c = sqlx::PgConnection::connect(&db.url).await.unwrap();
        for s in statements {
            sqlx::raw_sql(sqlx::AssertSqlSafe(*s))
                .execute(&mut c)
                .await
                .unwrap();
        }
    }
}

async fn seeded(db: &TestDb) -> (Registry, Slug) {
    peermap::seed::seed_if_empty(db.store.as_ref(), &Taxonomy::bundled())
        .await
        .unwrap();
    let registry = Registry::load(db.store.clone(), &Taxonomy::bundled())
        .await
        .unwrap();
    (registry, Slug::parse(LISTING).unwrap())
}

pub async fn a_claim_approval_that_fails_at_its_last_write_leaves_nothing(db: TestDb) {
    let (registry, slug) = seeded(&db).await;
    let store = db.store.as_ref();
    let asker = store
        .create_account("asker@example.org", "x", Role::Maintainer)
        .await
        .unwrap()
        .unwrap();
    let moderator = moderator(&db).await;
    let claim = store
        .create_claim(asker.id, Some(&slug), None, "I run it")
        .await
        .unwrap();
    let history_before = store.history(&slug).await.unwrap().len();

    fail_claim_updates(&db, true).await;
    let failed = registry
        .decide_claim(claim, Decision::Approved, None, &moderator)
        .await;
    assert!(matches!(failed, Err(RegistryError::Store(_))), "{failed:?}");
    // None of it: the request still waits, the listing is as it was, nobody keeps it.
    assert_eq!(
        store.claim(claim).await.unwrap().unwrap().status,
        Decision::Pending
    );
    let listing = store.get(&slug).await.unwrap().unwrap().project;
    assert!(!listing.verified);
    assert_eq!(store.maintainer_of(&slug, asker.id).await.unwrap(), None);
    assert!(!store.has_maintainers(&slug).await.unwrap());
    assert_eq!(store.history(&slug).await.unwrap().len(), history_before);
    assert!(
        !registry.search().by_slug(&slug).unwrap().verified,
        "the index follows commits only"
    );

    // The moderator tries again once the fault has gone: all of it.
    fail_claim_updates(&db, false).await;
    registry
        .decide_claim(claim, Decision::Approved, None, &moderator)
        .await
        .unwrap();
    assert_eq!(
        store.claim(claim).await.unwrap().unwrap().status,
        Decision::Approved
    );
    // Published and kept by the asker, but not confirmed: only the project confirms.
    let approved = store.get(&slug).await.unwrap().unwrap().project;
    assert_eq!(approved.status, Status::Published);
    assert!(!approved.verified, "approval alone does not confirm");
    assert_eq!(approved.last_confirmed, None);
    assert_eq!(
        store.maintainer_of(&slug, asker.id).await.unwrap(),
        Some(false)
    );
    assert!(store.has_maintainers(&slug).await.unwrap());
    assert!(!registry.search().by_slug(&slug).unwrap().verified);
    let again = registry
        .decide_claim(claim, Decision::Approved, None, &moderator)
        .await;
    assert!(
        matches!(again, Err(RegistryError::Conflict(_))),
        "{again:?}"
    );
}

/// A moderator's account.
async fn moderator(db: &TestDb) -> Account {
    db.store
        .create_account("mod@example.org", "x", Role::Moderator)
        .await
        .unwrap()
        .unwrap()
}

/// A maintainer's queued change to the summary, made from the listing as it was then.
async fn queued_summary(db: &TestDb, slug: &Slug) -> (i64, Project) {
    let store = db.store.as_ref();
    let keeper = store
        .create_account("keeper@example.org", "x", Role::Maintainer)
        .await
        .unwrap()
        .unwrap();
    store.add_maintainer(slug, keeper.id).await.unwrap();
    let base = store.get(slug).await.unwrap().unwrap().project;
    let mut proposal = base.clone();
    proposal.summary = "Weekly group for mums, in our words.".into();
    let id = store
        .submit_edit(slug, keeper.id, &proposal, &base)
        .await
        .unwrap();
    (id, base)
}

pub async fn a_queued_edit_keeps_later_changes_to_other_fields(db: TestDb) {
    let (registry, slug) = seeded(&db).await;
    let moderator = moderator(&db).await;
    let (edit, base) = queued_summary(&db, &slug).await;
    let mut later = base.clone();
    later.cost = Some("Free".into());
    registry.save(&later, "mod@example.org").await.unwrap();

    registry
        .decide_edit(edit, Decision::Approved, None, &moderator)
        .await
        .unwrap();
    let now = db.store.get(&slug).await.unwrap().unwrap().project;
    assert_eq!(now.summary, "Weekly group for mums, in our words.");
    assert_eq!(
        now.cost.as_deref(),
        Some("Free"),
        "the later change is not overwritten"
    );
    assert_eq!(
        registry.search().by_slug(&slug).unwrap().summary,
        now.summary
    );
}

pub async fn a_queued_edit_to_a_field_changed_since_is_refused(db: TestDb) {
    let (registry, slug) = seeded(&db).await;
    let moderator = moderator(&db).await;
    let (edit, base) = queued_summary(&db, &slug).await;
    let mut later = base.clone();
    later.summary = "A moderator's correction.".into();
    registry.save(&later, "mod@example.org").await.unwrap();

    let refused = registry
        .decide_edit(edit, Decision::Approved, None, &moderator)
        .await;
    let Err(RegistryError::Conflict(message)) = refused else {
        panic!("{refused:?}")
    };
    let message = message.to_string();
    assert!(message.contains("summary changed since"), "{message}");
    assert_eq!(
        db.store.pending_edit(edit).await.unwrap().unwrap().status,
        Decision::Pending
    );
    let now = db.store.get(&slug).await.unwrap().unwrap().project;
    assert_eq!(now.summary, "A moderator's correction.");
}
