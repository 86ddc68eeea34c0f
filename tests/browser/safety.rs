//! The moment of need on a phone (390×844, real headless Chromium over WebDriver): the
//! front page's question and postcode box are on the first screen, and the quick exit
//! stays on screen, large enough to tap, however far a long page scrolls, and still
//! leaves on three presses of Escape.

use crate::support::{TestApp, Tool, skip};
use crate::webdriver::{browser_with, chromedriver};
use fantoccini::{Client, Locator};
use serde_json::Value;

/// The phone screen's height in CSS pixels.
const SCREEN: f64 = 844.0;

/// `getBoundingClientRect()` of the element `css` selects: (top, bottom, width, height).
async fn rect(c: &Client, css: &str) -> (f64, f64, f64, f64) {
    let script = "const r = document.querySelector(arguments[0]).getBoundingClientRect();
                  return [r.top, r.bottom, r.width, r.height];";
    let v = c.execute(script, vec![Value::from(css)]).await.unwrap();
    let n = |i: usize| v[i].as_f64().unwrap_or_else(|| panic!("{css}: {v}"));
    (n(0), n(1), n(2), n(3))
}

async fn shot(c: &Client, name: &str) {
    let png = c.screenshot().await.unwrap();
    let file = crate::chromium::artifacts().join(format!("safety-{name}-390x844.png"));
    std::fs::write(file, png).unwrap();
}

async fn number(c: &Client, script: &str) -> f64 {
    c.execute(script, vec![]).await.unwrap().as_f64().unwrap()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn on_a_phone_the_search_comes_first_and_the_quick_exit_never_scrolls_away() {
    let Some(tools) = skip::require(&[Tool::Chromium, Tool::Chromedriver]) else {
        return;
    };
    let (_driver, port) = chromedriver(&tools[1]);
    let app = TestApp::seeded().await;
    let server = app.serve().await;
    let profile = tempfile::tempdir().unwrap();
    // No name resolves but our own address: the quick exit's target is never fetched.
    let c = browser_with(
        port,
        &tools[0],
        profile.path(),
        &["--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1"],
    )
    .await;

    // The front page: the question and the postcode box inside the first screen. The
    // window is sized so that the page itself gets 390×844 (headless Chromium keeps some
    // of the window for itself).
    c.goto(&server.url("/")).await.unwrap();
    let (w, h) = c.get_window_size().await.unwrap();
    let inner_w = number(&c, "return window.innerWidth").await as u64;
    let inner_h = number(&c, "return window.innerHeight").await as u64;
    c.set_window_size(
        (390 + w - inner_w) as u32,
        (SCREEN as u64 + h - inner_h) as u32,
    )
    .await
    .unwrap();
    c.refresh().await.unwrap();
    assert_eq!(number(&c, "return window.innerHeight").await, SCREEN);
    assert_eq!(number(&c, "return window.innerWidth").await, 390.0);
    assert_eq!(number(&c, "return window.scrollY").await, 0.0);
    let (top, bottom, _, _) = rect(&c, "input#where").await;
    assert!(
        top >= 0.0 && bottom <= SCREEN,
        "the postcode box is at {top}..{bottom}"
    );
    let (_, question, _, _) = rect(&c, "h2.form-title").await;
    assert!(question <= SCREEN, "the question ends at {question}");
    let (_, strip, _, _) = rect(&c, ".crisis-strip").await;
    assert!(strip < top, "the crisis strip comes above the search");
    let (_, _, w, h) = rect(&c, "a#exit").await;
    assert!(w >= 44.0 && h >= 44.0, "the quick exit is {w}×{h}");
    shot(&c, "home").await;

    // A long results page, scrolled to the bottom: the quick exit is still on screen.
    c.goto(&server.url("/search?where=B15+2TT&limit=50"))
        .await
        .unwrap();
    let height = number(&c, "return document.documentElement.scrollHeight").await;
    assert!(height > 4.0 * SCREEN, "the page is {height} px long");
    c.execute(
        "window.scrollTo(0, document.documentElement.scrollHeight)",
        vec![],
    )
    .await
    .unwrap();
    let scrolled = number(&c, "return window.scrollY").await;
    assert!(
        scrolled >= height - SCREEN - 1.0,
        "scrolled to {scrolled} of {height}"
    );
    let (top, bottom, w, h) = rect(&c, "a#exit").await;
    assert!(
        top >= 0.0 && bottom <= SCREEN,
        "after scrolling the quick exit is at {top}..{bottom}"
    );
    assert!(w >= 44.0 && h >= 44.0, "the quick exit is {w}×{h}");
    // Nothing covers it: the element at its centre is the link itself.
    let hit = c
        .execute(
            "const r = document.getElementById('exit').getBoundingClientRect();
             return document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2).id;",
            vec![],
        )
        .await
        .unwrap();
    assert_eq!(hit, "exit");
    shot(&c, "scrolled-results").await;

    // Escape three times still leaves, and replaces the page in the history.
    let body = c.find(Locator::Css("body")).await.unwrap();
    for _ in 0..3 {
        body.send_keys("\u{e00c}").await.unwrap();
    }
    let mut url = String::new();
    for _ in 0..100 {
        url = c.current_url().await.unwrap().to_string();
        if !url.starts_with(&server.base) {
            break;
        }
        tokio::time::sleep(std::time::Duration::from_millis(50)).await;
    }
    assert_eq!(url, "https://www.bbc.co.uk/weather");
    c.close().await.unwrap();
}
