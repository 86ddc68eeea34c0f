//! One conformance suite for both storage backends: a real SQLite file always, and a
//! real PostgreSQL when `PEERMAP_TEST_POSTGRES` names one (always in CI).

mod common;

use chrono::{NaiveDate, NaiveTime};
use common::TestDb;
use peermap::domain::*;
use peermap::seed;
use peermap::store::{Page, ProjectFilter, SaveOutcome, Shortlist};
use sqlx::Connection;

/// Runs each named test against SQLite and against PostgreSQL.
macro_rules! conformance {
    ($($name:ident),+ $(,)?) => {
        mod sqlite {
            $(#[tokio::test] async fn $name() { super::$name(super::common::sqlite().await).await; })+
        }
        mod postgres {
            $(#[tokio::test] async fn $name() {
                if let Some(db) = super::common::postgres().await { super::$name(db).await; }
            })+
        }
    };
}

conformance!(
    every_field_round_trips,
    an_edit_leaves_field_level_history,
    history_and_projects_cannot_be_deleted,
    import_is_idempotent_and_keeps_good_records,
    every_filter_narrows_the_list,
    paging_and_status_rules,
    shortlists_round_trip_and_codes_are_unique,
);

fn d(y: i32, m: u32, day: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, day).unwrap()
}
fn t(h: u32, m: u32) -> NaiveTime {
    NaiveTime::from_hms_opt(h, m, 0).unwrap()
}

/// A project with every field filled in, including sessions, eligibility and reflections.
fn full_project() -> Project {
    Project {
        slug: Slug::parse("full-project").unwrap(),
        name: "Full Project".into(),
        organisation: "Full Org".into(),
        summary: "A group and one-to-one support with “quotes”, emoji 🌱 and Welsh: Cymraeg."
            .into(),
        description: "First paragraph.\n\nSecond paragraph.".into(),
        formats: [Format::Group, Format::OneToOne].into(),
        delivery: [
            Delivery::InPerson,
            Delivery::Online,
            Delivery::Phone,
            Delivery::HomeVisit,
        ]
        .into(),
        needs: [
            "postpartum-psychosis".to_string(),
            "fathers-partners".to_string(),
        ]
        .into(),
        languages: ["en".to_string(), "cy".to_string(), "pl".to_string()].into(),
        sites: vec![
            Site {
                label: "Cardiff".into(),
                lat: 51.48,
                lon: -3.18,
                precision: Precision::Town,
                radius_km: Some(25.5),
                nation: Nation::Wales,
            },
            Site {
                label: "Newport".into(),
                lat: 51.5842,
                lon: -2.9977,
                precision: Precision::Exact,
                radius_km: None,
                nation: Nation::Wales,
            },
        ],
        nations: [Nation::Wales, Nation::England].into(),
        referral: [Referral::SelfReferral, Referral::Professional].into(),
        cost: Some("Free".into()),
        contact: Contact {
            website: Some("https://example.org/full".into()),
            email: Some("hello@example.org".into()),
            phone: Some("029 0000 0000".into()),
        },
        sessions: vec![
            Session {
                site: Some("Cardiff".into()),
                frequency: Frequency::Monthly,
                interval: 1,
                day: Day::Monday,
                week_of_month: Some(2),
                opens: t(10, 0),
                closes: t(12, 0),
                valid_from: Some(d(2026, 1, 1)),
                valid_until: Some(d(2027, 12, 31)),
                note: Some("Babies welcome".into()),
            },
            Session {
                site: None,
                frequency: Frequency::Weekly,
                interval: 2,
                day: Day::Thursday,
                week_of_month: None,
                opens: t(19, 30),
                closes: t(20, 30),
                valid_from: Some(d(2026, 11, 5)),
                valid_until: None,
                note: None,
            },
        ],
        schedule_note: Some("Extra sessions in school holidays".into()),
        eligibility: Eligibility {
            pregnancy: Some(true),
            after_birth: Some(AfterBirth::UpToTwoYears),
            who: [Attendee::Mums, Attendee::Partners, Attendee::BabiesWelcome].into(),
            min_age: Some(16),
            max_age: Some(60),
            note: Some("Any gender".into()),
        },
        status: Status::Published,
        verified: true,
        last_confirmed: Some(d(2026, 10, 1)),
        source: "Test fixture".into(),
        reflections: vec![
            Reflection {
                principle: Principle::SafeNurturing,
                status: ReflectionStatus::WeDoThis,
                how: "We train every volunteer.".into(),
                evidence: "Training records.".into(),
                next_steps: "Refresher course.".into(),
                published_on: Some(d(2026, 9, 1)),
            },
            Reflection {
                principle: Principle::BenefitsEveryone,
                status: ReflectionStatus::WorkingTowards,
                how: String::new(),
                evidence: String::new(),
                next_steps: "Supervision".into(),
                published_on: None,
            },
        ],
    }
}

fn small_project(slug: &str, name: &str) -> Project {
    Project {
        slug: Slug::parse(slug).unwrap(),
        name: name.into(),
        organisation: "Org".into(),
        summary: "Summary.".into(),
        description: String::new(),
        formats: Default::default(),
        delivery: Default::default(),
        needs: Default::default(),
        languages: Default::default(),
        sites: vec![],
        nations: Default::default(),
        referral: Default::default(),
        cost: None,
        contact: Default::default(),
        sessions: vec![],
        schedule_note: None,
        eligibility: Default::default(),
        status: Status::Published,
        verified: false,
        last_confirmed: None,
        source: "test".into(),
        reflections: vec![],
    }
}

async fn every_field_round_trips(db: TestDb) {
    let p = full_project();
    assert!(
        p.problems(&Taxonomy::bundled()).is_empty(),
        "{:?}",
        p.problems(&Taxonomy::bundled())
    );
    assert_eq!(
        db.store.save(&p, "tester", false).await.unwrap(),
        SaveOutcome::Created
    );
    let got = db.store.get(&p.slug).await.unwrap().expect("stored");
    assert_eq!(got.project, p);
    // The next session computed from the stored rules is the same as from the originals.
    let now = peermap::domain::schedule::uk_time(d(2027, 1, 20), t(9, 0));
    let next = got.project.sessions[0].next_after(now).unwrap();
    assert_eq!(next.starts.date_naive(), d(2027, 2, 8));
    // Saving the same again changes nothing.
    assert_eq!(
        db.store.save(&p, "tester", false).await.unwrap(),
        SaveOutcome::Unchanged
    );
}

async fn an_edit_leaves_field_level_history(db: TestDb) {
    let p = full_project();
    db.store.save(&p, "first", false).await.unwrap();
    let mut edited = p.clone();
    edited.summary = "New summary.".into();
    edited.sites.remove(1);
    let outcome = db
        .store
        .save(&edited, "editor@example.org", false)
        .await
        .unwrap();
    assert_eq!(
        outcome,
        SaveOutcome::Updated {
            fields: vec!["sites".into(), "summary".into()]
        }
    );

    let history = db.store.history(&p.slug).await.unwrap();
    assert_eq!(history.len(), 3, "{history:?}");
    assert_eq!(history[0].field, "created");
    assert_eq!(history[0].actor, "first");
    let summary = history.iter().find(|h| h.field == "summary").unwrap();
    assert_eq!(summary.actor, "editor@example.org");
    assert_eq!(
        summary.old_value.as_deref(),
        Some(&*serde_json::to_string(&p.summary).unwrap())
    );
    assert_eq!(summary.new_value.as_deref(), Some("\"New summary.\""));
    // The removed site is still in the history: nothing is lost.
    let sites = history.iter().find(|h| h.field == "sites").unwrap();
    assert!(sites.old_value.as_ref().unwrap().contains("Newport"));

    // Archiving is an edit too, and the archived project is no longer listed.
    let mut archived = edited.clone();
    archived.status = Status::Archived;
    db.store.save(&archived, "moderator", false).await.unwrap();
    let (listed, _) = db
        .store
        .list(
            &ProjectFilter::default(),
            Page {
                number: 1,
                size: 50,
            },
        )
        .await
        .unwrap();
    assert!(listed.is_empty());
    assert_eq!(
        db.store.get(&p.slug).await.unwrap().unwrap().project.status,
        Status::Archived
    );
    assert_eq!(
        db.store
            .history(&p.slug)
            .await
            .unwrap()
            .last()
            .unwrap()
            .field,
        "status"
    );
}

async fn history_and_projects_cannot_be_deleted(db: TestDb) {
    db.store
        .save(&full_project(), "tester", false)
        .await
        .unwrap();
    // Even with direct SQL, the database refuses to rewrite history or delete a project.
    let refused = |sql: &'static str| {
        let url = db.url.clone();
        async move {
            if url.starts_with("sqlite") {
                let mut c = sqlx::SqliteConnection::connect(&url).await.unwrap();
                sqlx::query(sql).execute(&mut c).await.is_err()
            } else {
                let mut c = sqlx::PgConnection::connect(&url).await.unwrap();
                sqlx::query(sql).execute(&mut c).await.is_err()
            }
        }
    };
    assert!(refused("UPDATE project_history SET actor = 'someone else'").await);
    assert!(refused("DELETE FROM project_history").await);
    assert!(refused("DELETE FROM projects").await);
    assert_eq!(
        db.store.history(&full_project().slug).await.unwrap().len(),
        1
    );
}

async fn import_is_idempotent_and_keeps_good_records(db: TestDb) {
    let taxonomy = Taxonomy::bundled();
    let first = seed::seed_if_empty(db.store.as_ref(), &taxonomy)
        .await
        .unwrap()
        .unwrap();
    let bundled: Vec<serde_json::Value> =
        serde_json::from_str(peermap::data::BUNDLED_PROJECTS).unwrap();
    assert_eq!(first.created, bundled.len());
    assert!(
        seed::seed_if_empty(db.store.as_ref(), &taxonomy)
            .await
            .unwrap()
            .is_none()
    );

    // Loading the same file again changes nothing.
    let again = seed::import(
        db.store.as_ref(),
        peermap::data::BUNDLED_PROJECTS,
        &taxonomy,
        "test",
    )
    .await
    .unwrap();
    assert_eq!(
        (again.created, again.updated, again.unchanged),
        (0, 0, bundled.len())
    );

    // A file with one changed, one new and two bad records.
    let mut changed = bundled[0].clone();
    changed["summary"] = "An updated summary.".into();
    let new = serde_json::to_value(small_project("brand-new", "Brand New")).unwrap();
    let mut bad_need = serde_json::to_value(small_project("bad-need", "Bad")).unwrap();
    bad_need["needs"] = serde_json::json!(["astrology"]);
    let bad_lat = serde_json::json!({"slug": "bad-lat", "name": "B", "organisation": "O", "summary": "s", "source": "t",
        "sites": [{"label": "Nowhere", "lat": 123.0, "lon": 0.0, "precision": "town", "nation": "england"}]});
    let file = serde_json::to_string(&vec![changed, bad_need, new, bad_lat]).unwrap();
    let report = seed::import(db.store.as_ref(), &file, &taxonomy, "test")
        .await
        .unwrap();
    assert_eq!(
        (report.created, report.updated, report.unchanged),
        (1, 1, 0)
    );
    let bad: Vec<_> = report
        .bad
        .iter()
        .map(|b| (b.record, b.slug.clone().unwrap()))
        .collect();
    assert_eq!(
        bad,
        [(2, "bad-need".to_string()), (4, "bad-lat".to_string())]
    );
    assert!(
        report
            .lines()
            .iter()
            .any(|l| l.contains("record 4 (bad-lat)") && l.contains("latitude 123"))
    );
    assert!(
        db.store
            .get(&Slug::parse("brand-new").unwrap())
            .await
            .unwrap()
            .is_some()
    );
    assert!(
        db.store
            .get(&Slug::parse("bad-need").unwrap())
            .await
            .unwrap()
            .is_none()
    );
    let counts = db.store.counts().await.unwrap();
    assert_eq!(counts.real as usize, bundled.len() + 1);
}

async fn every_filter_narrows_the_list(db: TestDb) {
    seed::seed_if_empty(db.store.as_ref(), &Taxonomy::bundled())
        .await
        .unwrap();
    db.store
        .save(&full_project(), "tester", false)
        .await
        .unwrap();
    let all = |f: ProjectFilter| {
        let store = db.store.clone();
        async move {
            let (items, total) = store
                .list(
                    &f,
                    Page {
                        number: 1,
                        size: 500,
                    },
                )
                .await
                .unwrap();
            assert_eq!(items.len() as u64, total);
            let mut slugs: Vec<String> = items.into_iter().map(|p| p.slug.to_string()).collect();
            slugs.sort();
            slugs
        }
    };
    let everything = all(ProjectFilter::default()).await;
    let expected = |pred: &dyn Fn(&Project) -> bool| {
        let projects: Vec<Project> = serde_json::from_str(peermap::data::BUNDLED_PROJECTS).unwrap();
        let mut slugs: Vec<String> = projects
            .into_iter()
            .chain([full_project()])
            .filter(|p| pred(p))
            .map(|p| p.slug.to_string())
            .collect();
        slugs.sort();
        slugs
    };
    assert_eq!(everything, expected(&|_| true));

    let need = all(ProjectFilter {
        needs: vec!["postpartum-psychosis".into()],
        ..Default::default()
    })
    .await;
    assert_eq!(need, ["action-on-postpartum-psychosis", "full-project"]);
    assert_eq!(
        need,
        expected(&|p| p.needs.contains("postpartum-psychosis"))
    );

    let two_needs = all(ProjectFilter {
        needs: vec!["postpartum-psychosis".into(), "twins-multiples".into()],
        ..Default::default()
    })
    .await;
    assert_eq!(
        two_needs,
        expected(
            &|p| p.needs.contains("postpartum-psychosis") || p.needs.contains("twins-multiples")
        )
    );

    let format = all(ProjectFilter {
        formats: vec!["one-to-one".into()],
        ..Default::default()
    })
    .await;
    assert_eq!(format, expected(&|p| p.formats.contains(&Format::OneToOne)));
    assert!(!format.is_empty() && format.len() < everything.len());

    let delivery = all(ProjectFilter {
        delivery: vec!["phone".into()],
        ..Default::default()
    })
    .await;
    assert_eq!(
        delivery,
        expected(&|p| p.delivery.contains(&Delivery::Phone))
    );
    assert!(!delivery.is_empty());

    let lang = all(ProjectFilter {
        languages: vec!["pl".into()],
        ..Default::default()
    })
    .await;
    assert_eq!(lang, ["full-project"]);

    // A nation matches projects serving it remotely or meeting there in person.
    let ni = all(ProjectFilter {
        nations: vec!["northern-ireland".into()],
        ..Default::default()
    })
    .await;
    assert_eq!(
        ni,
        expected(&|p| p.nations.contains(&Nation::NorthernIreland)
            || p.sites.iter().any(|s| s.nation == Nation::NorthernIreland))
    );
    assert!(ni.contains(&"community-intercultural-programme".to_string()));
    assert!(ni.contains(&"action-on-postpartum-psychosis".to_string()));

    // Facets combine with AND.
    let both = all(ProjectFilter {
        needs: vec!["postpartum-psychosis".into()],
        languages: vec!["pl".into()],
        ..Default::default()
    })
    .await;
    assert_eq!(both, ["full-project"]);
    let none = all(ProjectFilter {
        needs: vec!["criminal-justice".into()],
        ..Default::default()
    })
    .await;
    assert!(none.is_empty());
}

async fn paging_and_status_rules(db: TestDb) {
    for i in 0..7 {
        db.store
            .save(
                &small_project(&format!("p-{i}"), &format!("Project {i}")),
                "t",
                false,
            )
            .await
            .unwrap();
    }
    let mut pending = small_project("pending-one", "Aaa pending");
    pending.status = Status::Pending;
    db.store.save(&pending, "t", false).await.unwrap();
    db.store
        .save(
            &small_project("synthetic-one", "Aaa synthetic"),
            "synth",
            true,
        )
        .await
        .unwrap();

    let page = |n| {
        let store = db.store.clone();
        async move {
            store
                .list(&ProjectFilter::default(), Page { number: n, size: 3 })
                .await
                .unwrap()
        }
    };
    let (first, total) = page(1).await;
    assert_eq!(
        total, 7,
        "pending and synthetic listings are not in the directory"
    );
    let names: Vec<_> = first.iter().map(|p| p.name.as_str()).collect();
    assert_eq!(names, ["Project 0", "Project 1", "Project 2"]);
    assert_eq!(page(3).await.0.len(), 1);
    assert!(page(4).await.0.is_empty());
    let counts = db.store.counts().await.unwrap();
    assert_eq!((counts.real, counts.synthetic), (8, 1));
    // The search index sees published listings, synthetic ones included.
    assert_eq!(db.store.all_published().await.unwrap().len(), 8);
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
