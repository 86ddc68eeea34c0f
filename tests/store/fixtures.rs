//! Projects to store, and the few store calls every module makes (in one place, to
//! follow the store's API as it changes).

use crate::support::TestDb;
use chrono::{NaiveDate, NaiveTime};
use peermap::domain::*;

/// Which projects to list.
pub type Filter = peermap::domain::ListingFilter;

/// One page of the directory: the projects on it, and how many match in all.
pub async fn list(db: &TestDb, filter: &Filter, number: u32, size: u32) -> (Vec<Project>, u64) {
    db.store
        .list(filter, peermap::domain::Page { number, size })
        .await
        .unwrap()
}

/// Fills the store with the starting directory.
pub async fn seed(db: &TestDb) {
    peermap::seed::seed_if_empty(db.store.as_ref(), &Taxonomy::bundled())
        .await
        .unwrap();
}

pub fn slug(s: &str) -> Slug {
    Slug::parse(s).unwrap()
}

/// The bundled starting directory, as records.
pub fn bundled() -> Vec<serde_json::Value> {
    serde_json::from_str(peermap::data::BUNDLED_PROJECTS).unwrap()
}

pub fn d(y: i32, m: u32, day: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, day).unwrap()
}
pub fn t(h: u32, m: u32) -> NaiveTime {
    NaiveTime::from_hms_opt(h, m, 0).unwrap()
}

/// A project with every field filled in, including sessions, eligibility and reflections.
pub fn full_project() -> Project {
    Project {
        slug: Slug::parse("full-project").unwrap(),
        name: "Full Project".into(),
        organisation: "Full Org".into(),
        summary: "A group and one-to-one support with “quotes”, emoji 🌱 and Welsh: Cymraeg."
            .into(),
        description: "First paragraph.\n\nSecond paragraph.".into(),
        name_cy: None,
        summary_cy: None,
        description_cy: None,
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
        areas: [
            peermap::domain::ServedArea::nation(Nation::Wales),
            peermap::domain::ServedArea {
                code: peermap::domain::AreaCode::parse("W06000022").unwrap(),
                name: "Newport".into(),
            },
        ]
        .into(),
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
        listed_on: None,
        source: "Test fixture".into(),
        sources: vec![
            FactSource {
                fact: "website".into(),
                url: "https://full.example/about?from=peermap#contact".into(),
            },
            FactSource {
                fact: "place".into(),
                url: "http://council.example/news/2026/full-project-opens".into(),
            },
            FactSource {
                fact: "website".into(),
                url: "https://directory.example/full-project".into(),
            },
        ],
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

pub fn small_project(slug: &str, name: &str) -> Project {
    Project {
        slug: Slug::parse(slug).unwrap(),
        name: name.into(),
        organisation: "Org".into(),
        summary: "Summary.".into(),
        description: String::new(),
        name_cy: None,
        summary_cy: None,
        description_cy: None,
        formats: Default::default(),
        delivery: Default::default(),
        needs: Default::default(),
        languages: Default::default(),
        sites: vec![],
        nations: Default::default(),
        areas: Default::default(),
        referral: Default::default(),
        cost: None,
        contact: Default::default(),
        sessions: vec![],
        schedule_note: None,
        eligibility: Default::default(),
        status: Status::Published,
        verified: false,
        last_confirmed: None,
        listed_on: None,
        source: "test".into(),
        sources: vec![],
        reflections: vec![],
    }
}
