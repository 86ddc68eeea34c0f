//! A project and a shortlist come back exactly as stored.

use super::fixtures::*;
use crate::support::TestDb;
use peermap::domain::*;
use peermap::store::{Asked, SaveOutcome, Shortlist};

on_both_backends!(
    every_field_round_trips,
    shortlists_round_trip_and_codes_are_unique,
    a_shortlist_kept_before_its_asked_column_reads_as_asking_nothing
);

async fn every_field_round_trips(db: TestDb) {
    let p = full_project();
    assert!(
        p.problems(&Taxonomy::bundled()).is_empty(),
        "{:?}",
        p.problems(&Taxonomy::bundled())
    );
    let before = Clock::system().today();
    assert_eq!(
        db.store.save(&p, "tester", false).await.unwrap(),
        SaveOutcome::Created
    );
    let got = db.store.get(&p.slug).await.unwrap().expect("stored");
    // The store adds the day the listing was added (its own column), and nothing else.
    let added = got.project.listed_on.expect("the day it was added");
    assert!(
        before <= added && added <= Clock::system().today(),
        "{added}"
    );
    let mut expected = p.clone();
    expected.listed_on = Some(added);
    assert_eq!(got.project, expected);
    // The next session computed from the stored rules is the same as from the originals.
    let now = peermap::domain::schedule::uk_time(d(2027, 1, 20), t(9, 0));
    let next = got.project.sessions[0].next_after(now).unwrap();
    assert_eq!(next.starts.date_naive(), d(2027, 2, 8));
    // Saving the same again changes nothing.
    assert_eq!(
        db.store.save(&p, "tester", false).await.unwrap(),
        SaveOutcome::Unchanged
    );
    // Fact sources come back in their order, and replacing them replaces them all.
    assert_eq!(got.project.sources.len(), 3);
    let mut fewer = p.clone();
    fewer.sources.remove(0);
    assert_eq!(
        db.store.save(&fewer, "tester", false).await.unwrap(),
        SaveOutcome::Updated {
            fields: vec!["sources".into()]
        }
    );
    let got = db.store.get(&p.slug).await.unwrap().expect("stored");
    assert_eq!(got.project.sources, fewer.sources);
}

async fn shortlists_round_trip_and_codes_are_unique(db: TestDb) {
    use chrono::TimeZone;
    let list = Shortlist {
        code: "k7f3q2ab".into(),
        created_at: chrono::Utc.with_ymd_and_hms(2026, 3, 4, 10, 30, 0).unwrap(),
        place: "PR1".into(),
        nation: Nation::England,
        slugs: vec![
            Slug::parse("action-on-postpartum-psychosis").unwrap(),
            Slug::parse("acacia-family-support").unwrap(),
        ],
        asked: Asked {
            needs: vec!["postpartum-psychosis".into(), "birth-trauma".into()],
            delivery: vec![Delivery::InPerson, Delivery::Phone],
            languages: vec!["pl".into()],
            within_miles: Some(25),
        },
    };
    assert!(db.store.create_shortlist(&list).await.unwrap());
    assert_eq!(
        db.store.shortlist("k7f3q2ab").await.unwrap().as_ref(),
        Some(&list),
        "every field comes back, slugs in order"
    );
    let mut other = list.clone();
    other.place = "Cardiff".into();
    other.slugs.truncate(1);
    assert!(
        !db.store.create_shortlist(&other).await.unwrap(),
        "a taken code is refused"
    );
    assert_eq!(
        db.store.shortlist("k7f3q2ab").await.unwrap().unwrap().place,
        "PR1",
        "and the first shortlist is kept as it was"
    );
    assert!(db.store.shortlist("zzzzzzzz").await.unwrap().is_none());
}

async fn a_shortlist_kept_before_its_asked_column_reads_as_asking_nothing(db: TestDb) {
    use sqlx::Connection;
    // Written as the application wrote it before migration 0007 added `asked`.
    let sql = "INSERT INTO shortlists (code, created_at, place, nation, slugs) VALUES \
        ('k7f3q2ab', '2026-03-04T10:30:00Z', 'PR1', 'england', '[\"acacia-family-support\"]')";
    if db.url.starts_with("sqlite") {
        let mut c = sqlx::SqliteConnection::connect(&db.url).await.unwrap();
        sqlx::query(sql).execute(&mut c).await.unwrap();
    } else {
        let mut c = sqlx::PgConnection::connect(&db.url).await.unwrap();
        sqlx::query(sql).execute(&mut c).await.unwrap();
    }
    let got = db
        .store
        .shortlist("k7f3q2ab")
        .await
        .unwrap()
        .expect("stored");
    assert_eq!(got.place, "PR1");
    assert_eq!(got.asked, Asked::default());
    assert_eq!(got.asked.within_miles, None);
}
