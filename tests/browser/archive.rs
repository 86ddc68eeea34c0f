//! Archiving a listing in a real browser: the button on the listing form leads to a page
//! that says what archiving means and asks again; only "Yes" archives, "No" changes
//! nothing, and a moderator can bring the listing back.

use crate::support::app::MODERATOR;
use crate::support::{TestApp, Tool, skip};
use crate::webdriver::{browser, chromedriver, page_source, shot, sign_in, sign_out, submit};
use fantoccini::Locator;
use peermap::domain::Status;
use peermap::domain::community::Role;

const QUARRIERS: &str = "quarriers";

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn archiving_asks_first_and_a_moderator_can_restore_it() {
    let Some(tools) = skip::require(&[Tool::Chromium, Tool::Chromedriver]) else {
        return;
    };
    let (_driver, port) = chromedriver(&tools[1]);
    let app = TestApp::seeded().await;
    app.create_account(MODERATOR, Role::Moderator).await;
    let keeper = "keeper@quarriers.test";
    app.create_account(keeper, Role::Maintainer).await;
    app.add_maintainer(QUARRIERS, keeper).await;
    app.set_trusted(QUARRIERS, keeper).await;

    let server = app.serve().await;
    let base = server.base.clone();
    let profile = tempfile::tempdir().unwrap();
    let c = browser(port, &tools[0], profile.path()).await;
    c.set_window_size(390, 844).await.unwrap();
    sign_in(&c, &base, keeper).await;
    c.goto(&format!("{base}/manage/{QUARRIERS}")).await.unwrap();

    // The archive button is a link to a question, not a form that acts at once.
    let archive = "a[href='/manage/quarriers/archive']";
    c.find(Locator::Css(archive))
        .await
        .unwrap()
        .click()
        .await
        .unwrap();
    let page = page_source(&c).await;
    assert!(
        page.contains("Nothing is deleted"),
        "the page says what it means"
    );
    assert!(page.contains("Yes, archive this listing"));
    shot(&c, "archive-confirm-390").await;
    assert_eq!(app.project(QUARRIERS).await.status, Status::Published);

    // "No" goes back and changes nothing.
    c.find(Locator::LinkText("No, go back to the listing"))
        .await
        .unwrap()
        .click()
        .await
        .unwrap();
    assert!(
        c.current_url()
            .await
            .unwrap()
            .path()
            .ends_with("/manage/quarriers")
    );
    assert_eq!(app.project(QUARRIERS).await.status, Status::Published);

    // "Yes" archives it.
    c.find(Locator::Css(archive))
        .await
        .unwrap()
        .click()
        .await
        .unwrap();
    submit(
        &c,
        "form[action='/manage/quarriers/archive'] button[type=submit]",
    )
    .await;
    assert_eq!(app.project(QUARRIERS).await.status, Status::Archived);
    sign_out(&c, &base).await;

    // A moderator restores it from the listing form.
    sign_in(&c, &base, MODERATOR).await;
    c.goto(&format!("{base}/manage/{QUARRIERS}")).await.unwrap();
    submit(
        &c,
        "form[action='/manage/quarriers/restore'] button[type=submit]",
    )
    .await;
    assert_eq!(app.project(QUARRIERS).await.status, Status::Published);
}
