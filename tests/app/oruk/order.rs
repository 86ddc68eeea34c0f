//! The feed's order kept by a server is brought up to date from the listings changed
//! since it was read (`peermap::oruk::keys`): after renames, an archive, a new listing and
//! one leaving the feed, the list is what a server reading every listing again gives, and
//! the content of archived listings (which the search index does not hold) is still
//! searched: carried over for those unchanged, read again for those changed.

use super::fixtures::{self, ARCHIVED, BASE, GROUP, REMOTE, get_json};
use crate::support::{TestApp, db};
use peermap::domain::Status;

/// The names listed by `/services`, in order, every listing on one page.
async fn listed(app: &TestApp) -> Vec<String> {
    let page = get_json(app, &format!("{BASE}/services?per_page=500")).await;
    assert_eq!(page["total_pages"], 1);
    page["contents"]
        .as_array()
        .unwrap()
        .iter()
        .map(|d| d["name"].as_str().unwrap().to_string())
        .collect()
}

/// The names `/services` should list, read from the store: every published listing of
/// the feed by name (ignoring case), then id.
async fn expected(app: &TestApp) -> Vec<String> {
    let mut published: Vec<(String, String, String)> = fixtures::feed(app)
        .await
        .into_iter()
        .filter(|l| l.project.status == Status::Published)
        .map(|l| {
            (
                l.project.name.to_lowercase(),
                l.uuid.to_string(),
                l.project.name,
            )
        })
        .collect();
    published.sort();
    published.into_iter().map(|(_, _, name)| name).collect()
}

/// The ids `/services` lists for `search`, archived listings included.
async fn found(app: &TestApp, search: &str) -> Vec<String> {
    let uri =
        format!("{BASE}/services?per_page=500&modified_after=2000-01-01T00:00:00Z&search={search}");
    get_json(app, &uri).await["contents"]
        .as_array()
        .unwrap()
        .iter()
        .map(|d| d["id"].as_str().unwrap().to_string())
        .collect()
}

async fn changes_are_listed_in_order(app: TestApp) {
    let first = listed(&app).await;
    assert_eq!(first, expected(&app).await);
    assert!(first.len() > 3, "{first:?}");
    // The archived fixture's content is read (from the store: the index does not hold it).
    let closed = fixtures::listing(&app, ARCHIVED).await.uuid.to_string();
    assert_eq!(found(&app, "closed").await, vec![closed.clone()]);
    assert!(found(&app, "quokka").await.is_empty());
    // Renamed to sort first and last, a seeded listing archived, a new one published.
    let mut group = fixtures::listing(&app, GROUP).await.project;
    group.name = "Aardvark Mums".into();
    app.save_project(&group).await;
    let mut remote = fixtures::listing(&app, REMOTE).await.project;
    remote.name = "zz Remote Mums".into();
    app.save_project(&remote).await;
    let seeded = fixtures::feed(&app)
        .await
        .into_iter()
        .find(|l| l.project.status == Status::Published && l.project.slug.as_str() != GROUP)
        .unwrap();
    let mut archived = seeded.project;
    archived.status = Status::Archived;
    archived.name = "Quokka Archived Mums".into();
    app.save_project(&archived).await;
    let mut fresh = fixtures::group();
    fresh.slug = crate::support::records::slug("oruk-order-new");
    fresh.name = "Middle Mums".into();
    app.save_project(&fresh).await;
    let second = listed(&app).await;
    assert_eq!(second, expected(&app).await);
    assert_eq!(second.first().map(String::as_str), Some("Aardvark Mums"));
    assert_eq!(second.last().map(String::as_str), Some("zz Remote Mums"));
    assert!(second.contains(&"Middle Mums".to_string()));
    assert!(!second.contains(&archived.name), "{second:?}");
    assert_eq!(second.len(), first.len());
    // Unchanged, the archived fixture is still searched; the one archived now is too.
    assert_eq!(found(&app, "closed").await, vec![closed.clone()]);
    assert_eq!(found(&app, "quokka").await, vec![seeded.uuid.to_string()]);
    // Waiting for review again: the listing leaves the feed.
    fresh.status = Status::Pending;
    app.save_project(&fresh).await;
    let third = listed(&app).await;
    assert_eq!(third, expected(&app).await);
    assert_eq!(third.len(), first.len() - 1);
}

#[tokio::test]
async fn a_kept_order_brought_up_to_date_equals_the_order_read_again_sqlite() {
    changes_are_listed_in_order(fixtures::sqlite_app().await).await;
}

#[tokio::test]
async fn a_kept_order_brought_up_to_date_equals_the_order_read_again_postgres() {
    let Some(db) = db::postgres().await else {
        return;
    };
    changes_are_listed_in_order(fixtures::app_over(db).await).await;
}
