//! Listings that use every part of the mapping, added to the starting directory.

use crate::support::db::{self, TestDb};
use crate::support::{Page, TestApp};
use axum::body::Body;
use axum::http::{Method, Request, header};
use http_body_util::BodyExt;
use peermap::domain::{Project, Taxonomy};
use peermap::store::FeedListing;
use serde_json::json;
use tower::ServiceExt;

pub const BASE: &str = "/api/oruk/v3";
/// A group with two sites, sessions, ages and published (and draft) reflections.
pub const GROUP: &str = "oruk-test-group";
/// An archived listing.
pub const ARCHIVED: &str = "oruk-test-archived";
/// Online and phone only, across Wales and one council area.
pub const REMOTE: &str = "oruk-test-remote";

pub fn project(value: serde_json::Value) -> Project {
    serde_json::from_value(value).unwrap()
}

pub fn group() -> Project {
    project(json!({
        "slug": GROUP, "name": "Oruk Test Group", "organisation": "Test Mums Together",
        "summary": "A weekly peer support group in Leeds for mums after a difficult birth.",
        "description": "Run by mums who have been there.",
        "formats": ["group"], "delivery": ["in-person", "online"],
        "needs": ["birth-trauma"], "languages": ["pl", "en"],
        "sites": [
            {"label": "Leeds", "lat": 53.7997, "lon": -1.5492, "precision": "town", "radius_km": 15.0, "nation": "england"},
            {"label": "Horsforth", "lat": 53.8375, "lon": -1.6406, "precision": "town", "nation": "england"}
        ],
        "nations": ["england"],
        "referral": ["self", "professional"], "cost": "Free",
        "contact": {"website": "https://example.org/group", "email": "hello@example.org", "phone": "0113 000 0000"},
        "sessions": [
            {"site": "Leeds", "frequency": "weekly", "day": "tuesday", "opens": "10:00:00", "closes": "12:00:00"},
            {"site": "Horsforth", "frequency": "monthly", "day": "thursday", "week_of_month": 2,
             "opens": "18:30:00", "closes": "20:00:00", "valid_from": "2026-01-01", "note": "Partners welcome"}
        ],
        "schedule_note": "Closed in August.",
        "eligibility": {"pregnancy": true, "after_birth": "up-to-2-years", "who": ["mums", "babies-welcome"],
                        "min_age": 16, "max_age": 45, "note": "For anyone in Leeds."},
        "verified": true, "last_confirmed": "2026-11-01",
        "source": "Test fixture",
        "reflections": [
            {"principle": "safe-and-nurturing", "status": "we-do-this", "how": "Trained peers.", "published_on": "2026-10-01"},
            {"principle": "benefits-everyone", "status": "not-yet", "how": "Draft only."}
        ]
    }))
}

pub fn archived() -> Project {
    project(json!({
        "slug": ARCHIVED, "name": "Oruk Test Archived", "organisation": "Gone Away",
        "summary": "A group that has closed.", "status": "archived",
        "sites": [{"label": "York", "lat": 53.959, "lon": -1.0815, "precision": "town", "nation": "england"}],
        "source": "Test fixture"
    }))
}

pub fn remote() -> Project {
    project(json!({
        "slug": REMOTE, "name": "Oruk Test Remote", "organisation": "Calls Cymru",
        "summary": "Phone and video support for parents in Wales.",
        "delivery": ["online", "phone"], "formats": ["one-to-one"], "nations": ["wales"],
        "areas": [{"code": "W06000015", "name": "Cardiff"}],
        "sessions": [{"frequency": "weekly", "day": "wednesday", "opens": "19:00:00", "closes": "21:00:00"}],
        "source": "Test fixture"
    }))
}

/// The starting directory and the three fixtures, over `db`.
pub async fn app_over(db: TestDb) -> TestApp {
    peermap::seed::seed_if_empty(db.store.as_ref(), &Taxonomy::bundled())
        .await
        .unwrap();
    let app = TestApp::over(db).await;
    for p in [group(), archived(), remote()] {
        app.save_project(&p).await;
    }
    app
}

pub async fn sqlite_app() -> TestApp {
    app_over(db::sqlite().await).await
}

/// The feed's listings, from the store.
pub async fn feed(app: &TestApp) -> Vec<FeedListing> {
    app.state.store.feed().await.unwrap()
}

pub async fn listing(app: &TestApp, slug: &str) -> FeedListing {
    feed(app)
        .await
        .into_iter()
        .find(|l| l.project.slug.as_str() == slug)
        .unwrap()
}

/// Every response of the feed is open to any origin and sets no cookie.
pub fn assert_open(page: &Page, uri: &str) {
    let allow = page.headers.get(header::ACCESS_CONTROL_ALLOW_ORIGIN);
    assert_eq!(allow.map(|v| v.to_str().unwrap()), Some("*"), "{uri}");
    assert!(!page.set_cookie, "{uri} set a cookie");
    assert!(
        !page
            .headers
            .contains_key(header::ACCESS_CONTROL_ALLOW_CREDENTIALS),
        "{uri}"
    );
}

/// GET `uri`, checked open, answered 200 with JSON.
pub async fn get_json(app: &TestApp, uri: &str) -> serde_json::Value {
    let page = app.get(uri).await;
    assert_open(&page, uri);
    assert_eq!(page.status, 200, "{uri}: {}", page.excerpt());
    assert!(
        page.content_type.starts_with("application/json"),
        "{uri}: {}",
        page.content_type
    );
    page.json()
}

/// A request with any method, straight to the router: (status, headers).
pub async fn send(
    app: &TestApp,
    method: Method,
    uri: &str,
    headers: &[(&str, &str)],
) -> (u16, axum::http::HeaderMap) {
    let mut r = Request::builder().method(method).uri(uri);
    for (k, v) in headers {
        r = r.header(*k, *v);
    }
    let response = peermap::app(app.state.clone())
        .oneshot(r.body(Body::empty()).unwrap())
        .await
        .unwrap();
    let status = response.status().as_u16();
    let headers = response.headers().clone();
    let _ = response.into_body().collect().await.unwrap();
    (status, headers)
}
