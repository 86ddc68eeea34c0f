//! Journeys without traps for the people who keep a listing.

use super::{edit, public};
use crate::support::TestApp;
use axum::http::StatusCode;

#[tokio::test]
async fn paragraph_breaks_sent_by_a_browser_survive_saving() {
    let app = TestApp::seeded().await;
    let moderator = app.moderator().await;
    // A browser sends a textarea's line breaks as CRLF.
    let saved = edit(&moderator, "quarriers", |f| {
        f.set(
            "description",
            "We meet on Tuesdays.\r\n\r\nBring your baby if you like.",
        );
    })
    .await;
    assert_eq!(saved.status, StatusCode::SEE_OTHER, "{}", saved.excerpt());
    assert_eq!(
        app.project("quarriers").await.description,
        "We meet on Tuesdays.\n\nBring your baby if you like."
    );
    let page = public(&app, "quarriers").await;
    assert!(page.contains("<p>We meet on Tuesdays.</p>"), "{page}");
    assert!(page.contains("<p>Bring your baby if you like.</p>"));
}
