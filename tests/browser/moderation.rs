//! The moderators' queue on a phone: a waiting change fits the screen, with no sideways
//! scrolling, at 390 CSS pixels wide.

use crate::support::app::MODERATOR;
use crate::support::{TestApp, Tool, skip};
use crate::webdriver::{browser, chromedriver, page_source, shot, sign_in};
use peermap::domain::community::Role;

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_waiting_change_fits_a_phone_screen_on_the_moderation_page() {
    let Some(tools) = skip::require(&[Tool::Chromium, Tool::Chromedriver]) else {
        return;
    };
    let (_driver, port) = chromedriver(&tools[1]);
    let app = TestApp::seeded().await;
    app.create_account(MODERATOR, Role::Moderator).await;
    let keeper = "keeper@quarriers.test";
    app.create_account(keeper, Role::Maintainer).await;
    app.add_maintainer("quarriers", keeper).await;
    // A change with long values: a long address with no spaces, many languages.
    let mut proposal = app.project("quarriers").await;
    proposal.summary =
        "A weekly group in Govan for mums and birthing people in the first year after birth."
            .into();
    proposal.contact.website = Some(
        "https://www.example.org/perinatal-peer-support/glasgow/govan/tuesday-morning-group-for-new-parents".into(),
    );
    proposal
        .languages
        .extend(["en", "pl", "ur", "ar", "so"].map(String::from));
    proposal.sites[0].label = "Govan Community Hall, 12 Langlands Road".into();
    app.submit_edit("quarriers", keeper, &proposal).await;

    let server = app.serve().await;
    let base = server.base.clone();
    let profile = tempfile::tempdir().unwrap();
    let c = browser(port, &tools[0], profile.path()).await;
    c.set_window_size(390, 844).await.unwrap();
    sign_in(&c, &base, MODERATOR).await;
    c.goto(&format!("{base}/moderate")).await.unwrap();
    let page = page_source(&c).await;
    assert!(
        page.contains("tuesday-morning-group-for-new-parents"),
        "the change is shown"
    );
    shot(&c, "moderate-390").await;
    // The page's width, the viewport's, and the widths of the proposed website's box
    // and of the main column.
    let script = "const cell = [...document.querySelectorAll('dd, td')]\
        .find(e => e.textContent.includes('tuesday-morning-group-for-new-parents'));\
        const main = document.querySelector('main');\
        return [document.documentElement.scrollWidth, document.documentElement.clientWidth,\
        window.innerWidth, Math.round(cell.getBoundingClientRect().width),\
        Math.round(main.getBoundingClientRect().width)];";
    let widths = c.execute(script, vec![]).await.unwrap();
    let w: Vec<i64> = serde_json::from_value(widths).unwrap();
    assert!(w[2] <= 390, "the viewport is a phone's: {w:?}");
    assert!(
        w[0] <= w[1],
        "the page scrolls sideways at 390 px: scrollWidth {} > width {}",
        w[0],
        w[1]
    );
    // Each value is a block across the column, not a squeezed table cell.
    assert!(
        w[3] * 4 >= w[4] * 3,
        "the proposed value is {} px wide in a {} px column",
        w[3],
        w[4]
    );
    c.close().await.unwrap();
}
