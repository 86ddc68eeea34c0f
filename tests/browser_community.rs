//! Tried as a new user would, in real headless Chromium driven over WebDriver
//! (chromedriver from Debian's chromium-driver): sign up, claim the Community
//! Intercultural Programme, a moderator approves, edit it, publish a reflection; a
//! maintainer of another project reviews it; the review shows on the public page.

mod common;

use fantoccini::{Client, ClientBuilder, Locator};
use peermap::AppState;
use peermap::domain::Slug;
use peermap::domain::community::Role;
use std::path::Path;
use std::process::{Child, Command, Stdio};

const PASSWORD: &str = "a long enough passphrase";

struct Driver(Child);

impl Drop for Driver {
    fn drop(&mut self) {
        let _ = self.0.kill();
    }
}

/// chromedriver on a free port, or `None` (with a message) where it is not installed.
/// Under `CI=true` a missing driver fails the test.
fn chromedriver() -> Option<(Driver, u16)> {
    if !Path::new("/usr/bin/chromedriver").exists() || !Path::new("/usr/bin/chromium").exists() {
        if std::env::var("CI").is_ok_and(|v| v == "true") {
            panic!(
                "CI=true but chromium or chromedriver is missing: .ci/run must install chromium and chromium-driver"
            );
        }
        eprintln!("skipping: chromium and chromium-driver are not installed");
        return None;
    }
    let port = std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port();
    let child = Command::new("/usr/bin/chromedriver")
        .arg(format!("--port={port}"))
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .expect("chromedriver starts");
    Some((Driver(child), port))
}

async fn browser(port: u16, profile: &Path) -> Client {
    let mut caps = serde_json::Map::new();
    caps.insert(
        "goog:chromeOptions".into(),
        serde_json::json!({
            "binary": "/usr/bin/chromium",
            "args": ["--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-quic",
                     "--no-first-run", "--disable-background-networking", "--disable-component-update",
                     "--disable-sync", "--window-size=390,844", format!("--user-data-dir={}", profile.display())]
        }),
    );
    for _ in 0..50 {
        let connected =
            ClientBuilder::new(hyper_util::client::legacy::connect::HttpConnector::new())
                .capabilities(caps.clone())
                .connect(&format!("http://127.0.0.1:{port}"))
                .await;
        if let Ok(c) = connected {
            return c;
        }
        tokio::time::sleep(std::time::Duration::from_millis(200)).await;
    }
    panic!("could not reach chromedriver");
}

async fn shot(c: &Client, name: &str) {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("test-artifacts");
    std::fs::create_dir_all(&dir).unwrap();
    let png = c.screenshot().await.unwrap();
    std::fs::write(dir.join(format!("community-{name}.png")), png).unwrap();
}

async fn fill(c: &Client, css: &str, text: &str) {
    c.find(Locator::Css(css))
        .await
        .unwrap_or_else(|e| panic!("no {css}: {e:?}"))
        .send_keys(text)
        .await
        .unwrap();
}

async fn click(c: &Client, css: &str) {
    c.find(Locator::Css(css))
        .await
        .unwrap_or_else(|_| panic!("no {css}"))
        .click()
        .await
        .unwrap();
}

/// Clicks a form's button and waits for the page it leads to.
async fn submit(c: &Client, css: &str) {
    let before = c.current_url().await.unwrap();
    // A mark on the old document: gone once the browser has loaded the next one.
    c.execute("window.__before_submit = true", vec![])
        .await
        .unwrap();
    click(c, css).await;
    for _ in 0..200 {
        let state = c
            .execute(
                "return window.__before_submit ? 'old' : document.readyState",
                vec![],
            )
            .await
            .ok();
        if state.as_ref().and_then(|v| v.as_str()) == Some("complete") {
            return;
        }
        tokio::time::sleep(std::time::Duration::from_millis(50)).await;
    }
    panic!("pressing {css} on {before} led nowhere");
}

async fn sign_in(c: &Client, base: &str, email: &str) {
    c.goto(&format!("{base}/account/login")).await.unwrap();
    fill(c, "#email", email).await;
    fill(c, "#password", PASSWORD).await;
    submit(c, "form[action='/account/login'] button[type=submit]").await;
    let page = c.source().await.unwrap();
    assert!(
        page.contains(email),
        "signed in as {email}: {}",
        &page[page.find("<main").unwrap_or(0)..]
            .chars()
            .take(600)
            .collect::<String>()
    );
}

async fn sign_out(c: &Client, base: &str) {
    c.goto(&format!("{base}/account")).await.unwrap();
    submit(c, "form[action='/account/logout'] button").await;
}

async fn account(state: &AppState, email: &str, role: Role) -> i64 {
    let hash = peermap::auth::password::hash(PASSWORD.to_string())
        .await
        .expect("the test password hashes");
    state
        .store
        .create_account(email, &hash, role)
        .await
        .unwrap()
        .unwrap()
        .id
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_project_claims_its_listing_reflects_and_is_reviewed_in_a_real_browser() {
    let Some((_driver, port)) = chromedriver() else {
        return;
    };
    let (state, _db) = common::seeded_state().await;
    account(&state, "mod@peermap.test", Role::Moderator).await;
    let bob = account(&state, "bob@quarriers.test", Role::Maintainer).await;
    state
        .store
        .add_maintainer(&Slug::parse("quarriers").unwrap(), bob)
        .await
        .unwrap();
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let base = format!("http://{}", listener.local_addr().unwrap());
    let server = tokio::spawn(peermap::serve(listener, state.clone()));
    let profile = tempfile::tempdir().unwrap();
    let c = browser(port, profile.path()).await;
    let cip = format!("{base}/projects/community-intercultural-programme");

    // Sign up and claim.
    c.goto(&format!("{base}/account/signup")).await.unwrap();
    fill(&c, "#email", "alice@cip.test").await;
    fill(&c, "#password", PASSWORD).await;
    shot(&c, "1-signup").await;
    submit(&c, "form[action='/account/signup'] button[type=submit]").await;
    c.goto(&cip).await.unwrap();
    c.find(Locator::LinkText(
        "This is our project: ask to keep this listing up to date",
    ))
    .await
    .unwrap()
    .click()
    .await
    .unwrap();
    fill(&c, "#statement", "I coordinate the group in Portadown.").await;
    submit(&c, "form button[type=submit]").await;
    assert!(
        c.source()
            .await
            .unwrap()
            .contains("waiting for a moderator")
    );
    shot(&c, "2-claimed").await;
    sign_out(&c, &base).await;

    // A moderator approves.
    sign_in(&c, &base, "mod@peermap.test").await;
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
    sign_in(&c, &base, "mod@peermap.test").await;
    c.goto(&format!("{base}/moderate")).await.unwrap();
    assert!(
        c.source()
            .await
            .unwrap()
            .contains("A friendly weekly group")
    );
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
    sign_out(&c, &base).await;

    // Anyone now sees the edit, the reflection and the review.
    c.goto(&cip).await.unwrap();
    let page = c.source().await.unwrap();
    shot(&c, "5-public").await;
    assert!(page.contains("A friendly weekly group in Portadown"));
    assert!(page.contains("Two trained facilitators at every session."));
    assert!(page.contains("We recognise this: we do the same."));
    assert!(page.contains("Confirmed by the project"));
    c.close().await.unwrap();
    server.abort();
}
