//! Real headless Chromium driven over WebDriver (chromedriver from Debian's
//! chromium-driver), and the few steps a person takes in it.

use crate::support::app::PASSWORD;
use fantoccini::{Client, ClientBuilder, Locator};
use std::path::Path;
use std::process::{Child, Command, Stdio};

/// chromedriver, stopped when dropped.
pub struct Driver(Child);

impl Drop for Driver {
    fn drop(&mut self) {
        let _ = self.0.kill();
    }
}

/// Starts `chromedriver` on a free port.
pub fn chromedriver(path: &str) -> (Driver, u16) {
    let port = std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port();
    let child = Command::new(path)
        .arg(format!("--port={port}"))
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .expect("chromedriver starts");
    (Driver(child), port)
}

/// A phone-sized headless Chromium (`binary`) with a fresh `profile`.
pub async fn browser(port: u16, binary: &str, profile: &Path) -> Client {
    browser_with(port, binary, profile, &[]).await
}

/// [`browser`] with `extra` command-line flags.
pub async fn browser_with(port: u16, binary: &str, profile: &Path, extra: &[&str]) -> Client {
    // The same flags as every other Chromium run here, at a phone's size.
    let mut args: Vec<String> = crate::chromium::FLAGS
        .iter()
        .chain(&["--window-size=390,844"])
        .chain(extra)
        .map(|a| a.to_string())
        .collect();
    args.push(format!("--user-data-dir={}", profile.display()));
    let mut caps = serde_json::Map::new();
    caps.insert(
        "goog:chromeOptions".into(),
        serde_json::json!({ "binary": binary, "args": args }),
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

pub async fn shot(c: &Client, name: &str) {
    let dir = crate::chromium::artifacts();
    let png = c.screenshot().await.unwrap();
    std::fs::write(dir.join(format!("community-{name}.png")), png).unwrap();
}

pub async fn fill(c: &Client, css: &str, text: &str) {
    c.find(Locator::Css(css))
        .await
        .unwrap_or_else(|e| panic!("no {css}: {e:?}"))
        .send_keys(text)
        .await
        .unwrap();
}

pub async fn click(c: &Client, css: &str) {
    c.find(Locator::Css(css))
        .await
        .unwrap_or_else(|_| panic!("no {css}"))
        .click()
        .await
        .unwrap();
}

/// Clicks a form's button and waits for the page it leads to.
pub async fn submit(c: &Client, css: &str) {
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

/// The page's markup. chromedriver now and then answers an empty source for a document
/// that has finished loading (seen in about one run in five here); asked again, it
/// gives the page.
pub async fn page_source(c: &Client) -> String {
    for _ in 0..50 {
        let source = c.source().await.unwrap();
        if !source.is_empty() {
            return source;
        }
        tokio::time::sleep(std::time::Duration::from_millis(100)).await;
    }
    panic!(
        "the browser gave no page source for {:?}",
        c.current_url().await
    );
}

pub async fn sign_in(c: &Client, base: &str, email: &str) {
    c.goto(&format!("{base}/account/login")).await.unwrap();
    fill(c, "#email", email).await;
    fill(c, "#password", PASSWORD).await;
    submit(c, "form[action='/account/login'] button[type=submit]").await;
    let page = page_source(c).await;
    assert!(
        page.contains(email),
        "signed in as {email}: {}",
        &page[page.find("<main").unwrap_or(0)..]
            .chars()
            .take(600)
            .collect::<String>()
    );
}

pub async fn sign_out(c: &Client, base: &str) {
    c.goto(&format!("{base}/account")).await.unwrap();
    submit(c, "form[action='/account/logout'] button").await;
}
