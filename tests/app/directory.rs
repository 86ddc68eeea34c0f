//! The directory and its API at size: pages come from an order read once and kept, and
//! still say exactly what the stored listings say (the SQL of `Listings::list`, which the
//! store tests hold to `ListingFilter::matches`), at once after a change.

use crate::support::{TestApp, db};
use axum::http::StatusCode;
use peermap::domain::{Format, ListingFilter, Page, Project, Status};
use sqlx::Row;

/// 500 listings made by the synthetic generator, saved as real ones: clearly test data
/// (every slug is `synthetic-…`), in a database of its own.
async fn big_directory() -> TestApp {
    big_directory_in(db::sqlite().await).await
}

async fn big_directory_in(db: crate::support::TestDb) -> TestApp {
    let projects = peermap::synth::generate(2_000, 7);
    db.store.save_many(&projects, "test", false).await.unwrap();
    TestApp::over(db).await
}

/// The slugs and total of one API page.
async fn api_page(app: &TestApp, query: &str) -> (Vec<String>, u64) {
    let page = app.get(&format!("/api/v1/projects?{query}")).await;
    assert_eq!(page.status, StatusCode::OK, "{query}: {}", page.excerpt());
    let json = page.json();
    let slugs = json["items"]
        .as_array()
        .unwrap()
        .iter()
        .map(|i| i["slug"].as_str().unwrap().to_string())
        .collect();
    (slugs, json["total"].as_u64().unwrap())
}

/// The same page by the store's own query.
async fn stored_page(app: &TestApp, filter: &ListingFilter, number: u32) -> (Vec<String>, u64) {
    let (projects, total) = app
        .state
        .store
        .list(filter, Page { number, size: 50 })
        .await
        .unwrap();
    (projects.iter().map(|p| p.slug.to_string()).collect(), total)
}

async fn project(app: &TestApp, slug: &str) -> Project {
    let slug = peermap::domain::Slug::parse(slug).unwrap();
    app.state.store.get(&slug).await.unwrap().unwrap().project
}

#[tokio::test]
async fn every_page_at_size_is_the_stored_order_and_follows_changes_at_once() {
    pages_follow_the_store(&big_directory().await).await;
}

#[tokio::test]
async fn every_page_at_size_is_the_stored_order_on_postgresql() {
    let Some(db) = db::postgres().await else {
        return;
    };
    pages_follow_the_store(&big_directory_in(db).await).await;
}

async fn pages_follow_the_store(app: &TestApp) {
    let group = ListingFilter {
        formats: vec![Format::Group],
        ..Default::default()
    };
    let loss = ListingFilter {
        needs: vec!["baby-loss".into()],
        ..Default::default()
    };
    let filters = [
        ("", ListingFilter::default()),
        ("format=group&", group),
        ("need=baby-loss&", loss),
    ];
    for (query, filter) in &filters {
        for number in [1, 2, 5, 10, 11] {
            let got = api_page(app, &format!("{query}per_page=50&page={number}")).await;
            assert_eq!(
                got,
                stored_page(app, filter, number).await,
                "{query} {number}"
            );
        }
    }
    let (first, total) = api_page(app, "per_page=50").await;
    assert_eq!(total, 500);

    // A rename moves a listing to the front; an archive takes one out of every count.
    let mut renamed = project(app, &first[7]).await;
    renamed.name = "AAA first by name".into();
    app.state.registry.save(&renamed, "test").await.unwrap();
    let mut archived = project(app, &first[0]).await;
    archived.status = Status::Archived;
    app.state.registry.save(&archived, "test").await.unwrap();
    let (now, total) = api_page(app, "per_page=50").await;
    assert_eq!(total, 499);
    assert_eq!(now[0], renamed.slug.to_string());
    assert!(!now.contains(&archived.slug.to_string()));
    for (query, filter) in &filters {
        for number in [1, 10] {
            let got = api_page(app, &format!("{query}per_page=50&page={number}")).await;
            assert_eq!(
                got,
                stored_page(app, filter, number).await,
                "{query} {number}"
            );
        }
    }

    // The HTML pages say the same: the exact total and the page's listings.
    let html = app.get("/projects?page=3").await;
    assert_eq!(html.status, StatusCode::OK);
    assert!(
        html.body.contains("499 projects found"),
        "{}",
        html.excerpt()
    );
    assert!(html.body.contains("Page 3 of 25"));
    let (third, _) = api_page(app, "per_page=20&page=3").await;
    for slug in &third {
        assert!(html.body.contains(&format!("/projects/{slug}")), "{slug}");
    }
    assert!(html.body.len() <= 100 * 1024, "{} bytes", html.body.len());
    // Past the last page: no listings, the same total.
    let (past, total) = api_page(app, "per_page=50&page=99").await;
    assert!(past.is_empty());
    assert_eq!(total, 499);
}

/// A directory page as the directory gives it (from the search index, for the listings
/// it holds) and the same listings in full as the store gives them.
async fn page_both_ways(
    app: &TestApp,
    filter: &ListingFilter,
    number: u32,
) -> (Vec<Project>, Vec<Project>) {
    let page = Page { number, size: 50 };
    let (given, _) = app
        .state
        .directory
        .page(&app.state.registry, filter, page)
        .await
        .unwrap();
    let store = &app.state.store;
    let ids = store.listed_ids(filter).await.unwrap();
    let from = (page.offset() as usize).min(ids.len());
    let to = (from + 50).min(ids.len());
    (given, store.listed_by_ids(&ids[from..to]).await.unwrap())
}

#[tokio::test]
async fn a_page_from_the_index_is_the_page_from_the_store_after_an_edit() {
    index_pages_are_the_stored_pages(&big_directory().await).await;
}

#[tokio::test]
async fn a_page_from_the_index_is_the_page_from_the_store_on_postgresql() {
    let Some(db) = db::postgres().await else {
        return;
    };
    index_pages_are_the_stored_pages(&big_directory_in(db).await).await;
}

async fn index_pages_are_the_stored_pages(app: &TestApp) {
    let group = ListingFilter {
        formats: vec![Format::Group],
        ..Default::default()
    };
    for filter in [&ListingFilter::default(), &group] {
        for number in [1, 4] {
            let (given, stored) = page_both_ways(app, filter, number).await;
            assert_eq!(given.len(), 50);
            assert_eq!(given, stored, "page {number}");
        }
    }
    // An edit of everything a listing says, shown at once the same both ways.
    let (first, _) = api_page(app, "per_page=50").await;
    let mut edited = project(app, &first[3]).await;
    edited.name = "AAA edited first".into();
    edited.summary = "An edited summary for this test.".into();
    edited.sites.truncate(1);
    edited.sessions.clear();
    app.state.registry.save(&edited, "test").await.unwrap();
    let (given, stored) = page_both_ways(app, &ListingFilter::default(), 1).await;
    assert_eq!(given, stored);
    assert_eq!(given[0].slug, edited.slug);
    assert_eq!(given[0].summary, edited.summary);
    assert_eq!(given[0].sites.len(), 1);
    let (given, stored) = page_both_ways(app, &ListingFilter::default(), 10).await;
    assert_eq!(given, stored);
}

#[tokio::test]
async fn the_directory_order_is_read_from_an_index_not_the_whole_table() {
    let db = db::sqlite().await;
    let path = db.url.trim_start_matches("sqlite://").to_string();
    let _app = TestApp::over(db).await;
    let mut conn =
        <sqlx::SqliteConnection as sqlx::Connection>::connect(&format!("sqlite://{path}"))
            .await
            .unwrap();
    let plan: Vec<String> = sqlx::query(
        "EXPLAIN QUERY PLAN SELECT p.id FROM projects p WHERE p.status = 'published' \
         AND p.synthetic = FALSE ORDER BY p.name, p.id",
    )
    .fetch_all(&mut conn)
    .await
    .unwrap()
    .iter()
    .map(|r| r.get::<String, _>("detail"))
    .collect();
    let plan = plan.join("; ");
    assert!(
        plan.contains("USING COVERING INDEX projects_listed_order"),
        "{plan}"
    );
    assert!(!plan.contains("TEMP B-TREE"), "{plan}");
}

#[tokio::test]
async fn the_open_data_lists_follow_changes_at_once() {
    let app = &big_directory().await;
    let list = |q: &'static str| async move {
        let page = app.get(&format!("/api/oruk/v3/{q}")).await;
        assert_eq!(page.status, StatusCode::OK, "{q}: {}", page.excerpt());
        page.json()
    };
    let services = list("services?per_page=50").await;
    assert_eq!(services["total_items"], 500);
    assert_eq!(services["contents"].as_array().unwrap().len(), 50);
    // Each listing has its 4 sites.
    let places = list("service_at_locations?per_page=50&page=2").await;
    assert_eq!(places["total_items"], 2_000);
    assert_eq!(places["contents"].as_array().unwrap().len(), 50);

    let first = services["contents"][0]["name"]
        .as_str()
        .unwrap()
        .to_string();
    let (slugs, _) = api_page(app, "per_page=500").await;
    let mut renamed = project(app, &slugs[42]).await;
    renamed.name = "AAA first in the feed".into();
    app.state.registry.save(&renamed, "test").await.unwrap();
    let services = list("services?per_page=50").await;
    assert_eq!(services["contents"][0]["name"], "AAA first in the feed");
    assert_eq!(services["contents"][1]["name"], first.as_str());
    assert_eq!(services["total_items"], 500);
}
