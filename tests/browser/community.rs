//! Tried as a new user would, in real headless Chromium driven over WebDriver: from the
//! listing's "This is our project", make an account, confirm it by the e-mailed link and
//! come back to the claim form; claim the Community Intercultural Programme, a moderator approves, edit it, publish a
//! reflection, confirm it is still accurate; a maintainer of another project reviews it;
//! the review shows on the public page.

use crate::support::app::{MODERATOR, PASSWORD};
use crate::support::{TestApp, Tool, skip};
use crate::webdriver::{
    browser, chromedriver, click, fill, page_source, shot, sign_in, sign_out, submit,
};
use fantoccini::Locator;
use peermap::domain::community::Role;

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_project_claims_its_listing_reflects_and_is_reviewed_in_a_real_browser() {
    let Some(tools) = skip::require(&[Tool::Chromium, Tool::Chromedriver]) else {
        return;
    };
    let (_driver, port) = chromedriver(&tools[1]);
    let app = TestApp::seeded().await;
    app.create_account(MODERATOR, Role::Moderator).await;
    app.create_account("bob@quarriers.test", Role::Maintainer)
        .await;
    app.add_maintainer("quarriers", "bob@quarriers.test").await;
    let server = app.serve().await;
    let base = server.base.clone();
    let profile = tempfile::tempdir().unwrap();
    let c = browser(port, &tools[0], profile.path()).await;
    let cip = format!("{base}/projects/community-intercultural-programme");

    // From the listing: "This is our project" says why an account is needed; she makes
    // one, opens the link e-mailed to her (read from the outbox), and is back on the
    // claim form.
    c.goto(&cip).await.unwrap();
    c.find(Locator::LinkText(
        "This is our project: ask to keep this listing up to date",
    ))
    .await
    .unwrap()
    .click()
    .await
    .unwrap();
    assert!(page_source(&c).await.contains("you need an account"));
    c.find(Locator::LinkText("Create an account"))
        .await
        .unwrap()
        .click()
        .await
        .unwrap();
    fill(&c, "#email", "alice@cip.test").await;
    fill(&c, "#password", PASSWORD).await;
    shot(&c, "1-signup").await;
    submit(&c, "form[action='/account/signup'] button[type=submit]").await;
    assert!(
        page_source(&c)
            .await
            .contains("Confirm your e-mail address first")
    );
    let link = app.confirmation_link("alice@cip.test").await;
    c.goto(&format!("{base}{link}")).await.unwrap();
    submit(&c, "form button[type=submit]").await;
    let claim_form = format!("{cip}/claim");
    assert_eq!(c.current_url().await.unwrap().as_str(), claim_form);
    fill(&c, "#statement", "I coordinate the group in Portadown.").await;
    submit(&c, "form button[type=submit]").await;
    let sent = page_source(&c).await;
    assert!(sent.contains("We have your request"), "{sent}");
    assert!(sent.contains("What happens next"));
    shot(&c, "2-claimed").await;
    c.goto(&format!("{base}/account")).await.unwrap();
    assert!(page_source(&c).await.contains("waiting for a moderator"));
    sign_out(&c, &base).await;

    // A moderator approves.
    sign_in(&c, &base, MODERATOR).await;
    c.goto(&format!("{base}/moderate")).await.unwrap();
    shot(&c, "3-moderate").await;
    submit(
        &c,
        "form[action^='/moderate/claims/'] button[value=approve]",
    )
    .await;
    sign_out(&c, &base).await;

    // Alice edits the listing: her first change waits for the moderator.
    sign_in(&c, &base, "alice@cip.test").await;
    c.goto(&format!("{base}/manage/community-intercultural-programme"))
        .await
        .unwrap();
    let summary = c.find(Locator::Css("#summary")).await.unwrap();
    summary.clear().await.unwrap();
    summary
        .send_keys("A friendly weekly group in Portadown for women new to the UK.")
        .await
        .unwrap();
    submit(
        &c,
        "form[action='/manage/community-intercultural-programme'] button[type=submit]",
    )
    .await;
    sign_out(&c, &base).await;
    sign_in(&c, &base, MODERATOR).await;
    c.goto(&format!("{base}/moderate")).await.unwrap();
    assert!(page_source(&c).await.contains("A friendly weekly group"));
    submit(&c, "form[action^='/moderate/edits/'] button[value=approve]").await;
    sign_out(&c, &base).await;

    // Alice publishes a reflection (now at once).
    sign_in(&c, &base, "alice@cip.test").await;
    c.goto(&format!(
        "{base}/manage/community-intercultural-programme/reflection"
    ))
    .await
    .unwrap();
    c.find(Locator::Css("#status_safe-and-nurturing"))
        .await
        .unwrap()
        .select_by_value("we-do-this")
        .await
        .unwrap();
    fill(
        &c,
        "#how_safe-and-nurturing",
        "Two trained facilitators at every session.",
    )
    .await;
    shot(&c, "4-reflection").await;
    submit(&c, "button[value=publish]").await;
    // Approval did not confirm the listing: Alice confirms it is still accurate.
    c.goto(&cip).await.unwrap();
    let page = page_source(&c).await;
    assert!(
        page.contains("Kept by the project, not yet confirmed by it"),
        "{}",
        main_text(&page)
    );
    c.goto(&format!("{base}/manage/community-intercultural-programme"))
        .await
        .unwrap();
    submit(&c, "form[action$='/confirm'] button[type=submit]").await;
    sign_out(&c, &base).await;

    // Bob, for Quarriers, reviews it.
    sign_in(&c, &base, "bob@quarriers.test").await;
    c.goto(&cip).await.unwrap();
    c.find(Locator::LinkText(
        "Review this project's reflection (for other peer support projects)",
    ))
    .await
    .unwrap()
    .click()
    .await
    .unwrap();
    click(&c, "#verdict_safe-and-nurturing-recognise").await;
    fill(
        &c,
        "#comment_safe-and-nurturing",
        "We recognise this: we do the same.",
    )
    .await;
    submit(&c, "form[action$='/review'] button[type=submit]").await;
    // The preview shows what will be published; only then is it published.
    assert!(
        page_source(&c)
            .await
            .contains("We recognise this: we do the same.")
    );
    submit(&c, "button[value=publish]").await;
    sign_out(&c, &base).await;

    // Anyone now sees the edit, the reflection and the review.
    c.goto(&cip).await.unwrap();
    let page = page_source(&c).await;
    shot(&c, "5-public").await;
    assert!(page.contains("A friendly weekly group in Portadown"));
    assert!(page.contains("Two trained facilitators at every session."));
    assert!(page.contains("We recognise this: we do the same."));
    assert!(page.contains("Confirmed by the project"));
    c.close().await.unwrap();
}

/// The page's main part, for a failure message.
fn main_text(page: &str) -> &str {
    let start = page.find("<main").unwrap_or(0);
    let end = page[start..]
        .find("</main>")
        .map_or(page.len(), |e| start + e);
    &page[start..end]
}
