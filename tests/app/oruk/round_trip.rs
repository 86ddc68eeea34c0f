//! `export-oruk` then `import-oruk` into an empty database: every published listing
//! comes back through the moderation queue with the facts the feed carries and the ids
//! it had, and a second import queues nothing.

use super::fixtures::{self, ARCHIVED};
use crate::support::TestApp;
use crate::support::db;
use peermap::domain::community::Decision;
use peermap::domain::{Project, Status, Taxonomy};
use peermap::oruk::import::{self, IMPORTER, Report};
use peermap::oruk::import_map::Crosswalk;
use peermap::oruk::import_match::same_place;
use peermap::oruk::{export, import_source, locations};
use peermap::store::FeedListing;
use std::path::Path;

pub async fn import_dir(app: &TestApp, dir: &Path) -> Report {
    let records = import_source::from_path(dir).unwrap();
    import::import(
        app.state.store.as_ref(),
        records,
        "test export",
        chrono::Utc::now(),
        &Crosswalk::bundled(),
        &Taxonomy::bundled(),
        &app.state.geocoder,
    )
    .await
    .unwrap()
}

/// The facts a feed carries, as a comparable listing. What it does not bring back, and
/// why: a reflection is the project's own declaration, and the feed carries only its
/// status, not its words or date (so none is made up); "confirmed" and its date are the
/// project's word to us (the feed's `assured_date` is kept as provenance instead); and
/// where the facts came from is the feed itself.
fn facts(p: &Project) -> Project {
    let mut f = p.clone();
    f.eligibility.pregnancy = f.eligibility.pregnancy.filter(|p| *p);
    f.reflections.clear();
    f.sources.clear();
    f.source = String::new();
    f.verified = false;
    f.last_confirmed = None;
    f.listed_on = None;
    f.status = Status::Published;
    f
}

#[tokio::test]
async fn an_export_imported_and_approved_gives_the_same_listings_on_sqlite() {
    round_trip(db::sqlite().await).await;
}

#[tokio::test]
async fn an_export_imported_and_approved_gives_the_same_listings_on_postgres() {
    if let Some(db) = db::postgres().await {
        round_trip(db).await;
    }
}

/// Our feed exported, imported into the empty database `into`, and approved.
async fn round_trip(into: db::TestDb) {
    let ours = fixtures::sqlite_app().await;
    let feed = fixtures::feed(&ours).await;
    let dir = tempfile::tempdir().unwrap();
    let written = export::write(
        dir.path(),
        &feed,
        &Taxonomy::bundled(),
        "http://localhost/api/oruk/v3",
    )
    .unwrap();
    assert_eq!(written.services, feed.len());
    assert!(dir.path().join("index.json").is_file());
    assert!(dir.path().join("services/page-1.json").is_file());

    let theirs = TestApp::over(into).await;
    let report = import_dir(&theirs, dir.path()).await;
    assert!(report.bad.is_empty(), "{:?}", report.lines());
    let published: Vec<_> = feed
        .iter()
        .filter(|l| l.project.status == Status::Published)
        .collect();
    assert_eq!(
        report.proposed.len(),
        published.len(),
        "{:?}",
        report.lines()
    );
    let archived = fixtures::listing(&ours, ARCHIVED).await;
    assert_eq!(
        report.skipped,
        vec![(archived.uuid.to_string(), "it is not active".to_string())]
    );
    // Nothing shows before a moderator approves it.
    assert!(theirs.state.store.feed().await.unwrap().is_empty());

    let claims = theirs.state.store.claims(true).await.unwrap();
    assert_eq!(claims.len(), published.len());
    for c in &claims {
        theirs.approve_claim(c.id).await;
    }
    let claims = theirs.state.store.claims(false).await.unwrap();
    assert!(claims.iter().all(|c| c.status == Decision::Approved));

    let imported = theirs.state.store.feed().await.unwrap();
    assert_eq!(imported.len(), published.len());
    for l in &published {
        // The feed carries no slug: a listing comes back under one made from its name.
        let slug = &l.project.slug;
        let back = imported
            .iter()
            .find(|i| i.project.name == l.project.name && same_place(&i.project, &l.project))
            .unwrap_or_else(|| panic!("{slug} did not come back"));
        let mut expected = facts(&l.project);
        expected.slug = back.project.slug.clone();
        assert_eq!(facts(&back.project), expected, "{slug}");
        // Where it came from: the feed and their id.
        assert!(
            back.project.source.contains(&l.uuid.to_string())
                && back.project.source.contains("test export"),
            "{}",
            back.project.source
        );
        // The same ids: the service (and so its organization), each site, and so each
        // service_at_location and location.
        assert_eq!(back.uuid, l.uuid, "{slug}");
        assert_eq!(back.site_uuids, l.site_uuids, "{slug}");
        let place_ids = |x: &FeedListing| {
            locations::places(x)
                .into_iter()
                .map(|at| locations::place_id(x, at))
                .collect::<Vec<_>>()
        };
        assert_eq!(place_ids(back), place_ids(l), "{slug}");
        // The day the feed says the record was checked is provenance, not "confirmed".
        if let Some(day) = l.project.last_confirmed {
            assert!(
                back.project.source.contains(&format!("checked on {day}")),
                "{}",
                back.project.source
            );
            assert_eq!(back.project.last_confirmed, None);
        }
        // Nobody keeps it yet: the importer is not a maintainer, and hears of nothing.
        let keepers = theirs
            .state
            .store
            .maintainer_addresses(back.project.slug.as_str())
            .await
            .unwrap();
        assert!(keepers.is_empty(), "{slug} is kept by {keepers:?}");
    }
    let outbox = theirs.state.store.outbox().await.unwrap();
    assert!(
        outbox.iter().all(|m| m.to != IMPORTER),
        "mail to the importer: {:?}",
        outbox.iter().map(|m| &m.subject).collect::<Vec<_>>()
    );

    // Twice is once: everything is listed with the same facts now.
    let again = import_dir(&theirs, dir.path()).await;
    assert!(
        again.proposed.is_empty() && again.edits.is_empty(),
        "{:?}",
        again.lines()
    );
    assert_eq!(again.unchanged, published.len());
    assert!(theirs.state.store.claims(true).await.unwrap().is_empty());
    assert!(theirs.state.store.pending_edits().await.unwrap().is_empty());
}

#[tokio::test]
async fn a_second_import_before_approval_queues_nothing_new() {
    let ours = fixtures::sqlite_app().await;
    let dir = tempfile::tempdir().unwrap();
    let feed = fixtures::feed(&ours).await;
    export::write(
        dir.path(),
        &feed,
        &Taxonomy::bundled(),
        "http://x/api/oruk/v3",
    )
    .unwrap();
    let theirs = TestApp::over(db::sqlite().await).await;
    let first = import_dir(&theirs, dir.path()).await;
    let queued = theirs.state.store.claims(true).await.unwrap().len();
    assert_eq!(queued, first.proposed.len());
    let second = import_dir(&theirs, dir.path()).await;
    assert!(second.proposed.is_empty(), "{:?}", second.lines());
    assert_eq!(second.waiting, first.proposed.len());
    assert_eq!(theirs.state.store.claims(true).await.unwrap().len(), queued);
}

#[tokio::test]
async fn a_changed_listing_is_queued_as_an_edit_not_published() {
    let ours = fixtures::sqlite_app().await;
    let dir = tempfile::tempdir().unwrap();
    let mut feed = fixtures::feed(&ours).await;
    let group = feed
        .iter_mut()
        .find(|l| l.project.slug.as_str() == fixtures::GROUP)
        .unwrap();
    let before = group.project.clone();
    group.project.contact.phone = Some("0113 999 9999".into());
    export::write(
        dir.path(),
        &feed,
        &Taxonomy::bundled(),
        "http://x/api/oruk/v3",
    )
    .unwrap();
    // Imported into the database the listing came from: the one change waits.
    let report = import_dir(&ours, dir.path()).await;
    assert_eq!(
        report.edits,
        vec![fixtures::GROUP.to_string()],
        "{:?}",
        report.lines()
    );
    assert!(report.proposed.is_empty(), "{:?}", report.lines());
    let now = fixtures::listing(&ours, fixtures::GROUP).await;
    assert_eq!(now.project.contact.phone, before.contact.phone);
    let edits = ours.state.store.pending_edits().await.unwrap();
    assert_eq!(edits.len(), 1);
    assert_eq!(
        edits[0].proposal.contact.phone.as_deref(),
        Some("0113 999 9999")
    );
    let again = import_dir(&ours, dir.path()).await;
    assert!(again.edits.is_empty(), "{:?}", again.lines());
    assert_eq!(ours.state.store.pending_edits().await.unwrap().len(), 1);

    // Approved, the change shows; the importer hears nothing and keeps nothing.
    let decided = ours
        .moderator()
        .await
        .submit(
            "/moderate",
            &format!("/moderate/edits/{}", edits[0].id),
            &[("decision", "approve")],
        )
        .await;
    assert_eq!(decided.status, 303, "{}", decided.excerpt());
    let now = fixtures::listing(&ours, fixtures::GROUP).await;
    assert_eq!(now.project.contact.phone.as_deref(), Some("0113 999 9999"));
    let outbox = ours.state.store.outbox().await.unwrap();
    assert!(
        outbox.iter().all(|m| m.to != IMPORTER),
        "mail to the importer: {:?}",
        outbox.iter().map(|m| &m.subject).collect::<Vec<_>>()
    );
    let (importer, _) = ours
        .state
        .store
        .login_lookup(IMPORTER)
        .await
        .unwrap()
        .unwrap();
    let slug = peermap::domain::Slug::parse(fixtures::GROUP).unwrap();
    let keeps = ours
        .state
        .store
        .maintainer_of(&slug, importer.id)
        .await
        .unwrap();
    assert_eq!(keeps, None, "the importer became a maintainer");
    assert!(
        ours.state
            .store
            .projects_of(importer.id)
            .await
            .unwrap()
            .is_empty()
    );
    assert!(!ours.state.store.has_maintainers(&slug).await.unwrap());
}

#[tokio::test]
async fn an_imported_listing_whose_ids_are_taken_gets_new_ones_and_says_so() {
    let ours = fixtures::sqlite_app().await;
    let feed = fixtures::feed(&ours).await;
    let dir = tempfile::tempdir().unwrap();
    export::write(
        dir.path(),
        &feed,
        &Taxonomy::bundled(),
        "http://x/api/oruk/v3",
    )
    .unwrap();
    let theirs = TestApp::over(db::sqlite().await).await;
    import_dir(&theirs, dir.path()).await;
    for c in theirs.state.store.claims(true).await.unwrap() {
        theirs.approve_claim(c.id).await;
    }
    // Another service that carries the group's ids (a feed that reuses them).
    let group = fixtures::listing(&ours, fixtures::GROUP).await;
    let mut other = group.clone();
    other.project.name = "Oruk Test Other Group".into();
    other.project.contact.website = Some("https://other.example.org/".into());
    other.project.contact.email = Some("hello@other.example.org".into());
    other.project.contact.phone = Some("0113 111 1111".into());
    let dir = tempfile::tempdir().unwrap();
    export::write(
        dir.path(),
        &[other],
        &Taxonomy::bundled(),
        "http://x/api/oruk/v3",
    )
    .unwrap();
    let report = import_dir(&theirs, dir.path()).await;
    assert_eq!(report.proposed.len(), 1, "{:?}", report.lines());
    let claim = theirs.state.store.claims(true).await.unwrap().remove(0);
    theirs.approve_claim(claim.id).await;

    let listed = theirs.state.store.feed().await.unwrap();
    let kept = listed
        .iter()
        .find(|l| l.project.name == group.project.name)
        .unwrap();
    let new = listed
        .iter()
        .find(|l| l.project.name == "Oruk Test Other Group")
        .unwrap();
    // The first keeps its ids; the second has its own, and its provenance names theirs.
    assert_eq!(kept.uuid, group.uuid);
    assert_eq!(kept.site_uuids, group.site_uuids);
    assert_ne!(new.uuid, group.uuid);
    assert!(new.site_uuids.iter().all(|u| !group.site_uuids.contains(u)));
    assert_eq!(new.site_uuids.len(), 2);
    for id in std::iter::once(&group.uuid).chain(&group.site_uuids) {
        assert!(
            new.project.source.contains(&id.to_string()),
            "{id} not in {}",
            new.project.source
        );
    }
    assert!(
        new.project.source.contains("used by other listings here"),
        "{}",
        new.project.source
    );
}

#[tokio::test]
async fn a_feed_read_over_http_is_queued_like_its_export() {
    let ours = fixtures::sqlite_app().await;
    let server = ours.serve().await;
    let feed = fixtures::feed(&ours).await;
    let records = import_source::read(&server.url("/api/oruk/v3/"))
        .await
        .unwrap();
    // Every listed service, each read whole by its id (the archived one is not listed).
    assert_eq!(records.len(), feed.len() - 1);
    assert!(records.iter().all(|r| r.value.is_ok()), "{records:?}");
    let theirs = TestApp::over(db::sqlite().await).await;
    let report = import::import(
        theirs.state.store.as_ref(),
        records,
        &server.url("/api/oruk/v3"),
        chrono::Utc::now(),
        &Crosswalk::bundled(),
        &Taxonomy::bundled(),
        &theirs.state.geocoder,
    )
    .await
    .unwrap();
    assert!(report.bad.is_empty(), "{:?}", report.lines());
    assert_eq!(
        report.proposed.len(),
        feed.len() - 1,
        "{:?}",
        report.lines()
    );
    let claims = theirs.state.store.claims(true).await.unwrap();
    let group = fixtures::listing(&ours, fixtures::GROUP).await;
    let p = claims
        .iter()
        .filter_map(|c| c.proposal.as_ref())
        .find(|p| p.name == group.project.name)
        .unwrap();
    // Provenance: the record's address is the source of its facts.
    let at = server.url(&format!("/api/oruk/v3/services/{}", group.uuid));
    assert!(
        p.sources.iter().any(|s| s.fact == "website" && s.url == at),
        "{:?}",
        p.sources
    );
    assert!(p.source.contains(&group.uuid.to_string()));
}
