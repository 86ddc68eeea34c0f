//! Pages in a real headless Chromium (Debian's package, installed by `.ci/run`): each
//! page renders at phone and desktop sizes (screenshots saved in `test-artifacts/`),
//! needs no JavaScript (everything is in the served HTML), and our small scripts run
//! under the page's CSP.

mod common;

use std::path::{Path, PathBuf};
use std::process::Command;

/// Chromium, or `None` (with a message) where it is not installed. Under `CI=true` a
/// missing browser fails the test.
fn chromium() -> Option<PathBuf> {
    for candidate in [
        "/usr/bin/chromium",
        "/usr/bin/chromium-browser",
        "/usr/bin/google-chrome",
    ] {
        if Path::new(candidate).exists() {
            return Some(candidate.into());
        }
    }
    if std::env::var("CI").is_ok_and(|v| v == "true") {
        panic!(
            "CI=true but Chromium is not installed: .ci/run must install it (apt-get install chromium)"
        );
    }
    eprintln!("skipping browser tests: Chromium is not installed (apt-get install chromium)");
    None
}

fn artifacts() -> PathBuf {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("test-artifacts");
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

/// Runs headless Chromium with a fresh profile and no background traffic.
fn run_chromium(browser: &Path, args: &[String]) -> std::process::Output {
    let profile = tempfile::tempdir().unwrap();
    Command::new(browser)
        .args([
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-dev-shm-usage",
            "--disable-quic",
            "--no-first-run",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--hide-scrollbars",
            "--virtual-time-budget=3000",
        ])
        .arg(format!("--user-data-dir={}", profile.path().display()))
        .args(args)
        .output()
        .expect("Chromium runs")
}

/// A screenshot of the page as a visitor sees it.
fn screenshot(browser: &Path, url: &str, name: &str, (w, h): (u32, u32)) -> PathBuf {
    let file = artifacts().join(format!("{name}-{w}x{h}.png"));
    let _ = std::fs::remove_file(&file);
    let out = run_chromium(
        browser,
        &[
            format!("--window-size={w},{h}"),
            format!("--screenshot={}", file.display()),
            url.to_string(),
        ],
    );
    let size = std::fs::metadata(&file).map(|m| m.len()).unwrap_or(0);
    assert!(
        size > 10_000,
        "no screenshot of {url}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    file
}

/// The document after our scripts ran.
fn dom(browser: &Path, url: &str) -> String {
    let out = run_chromium(browser, &["--dump-dom".to_string(), url.to_string()]);
    String::from_utf8(out.stdout).unwrap()
}

/// The page as served, which is what a browser without JavaScript shows.
fn served(url: &str) -> String {
    reqwest::blocking_get(url)
}

mod reqwest {
    /// A plain GET on a blocking thread.
    pub fn blocking_get(url: &str) -> String {
        let url = url.to_string();
        let rt = tokio::runtime::Builder::new_current_thread()
            .enable_all()
            .build()
            .unwrap();
        rt.block_on(async move { ::reqwest::get(url).await.unwrap().text().await.unwrap() })
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn pages_render_at_phone_and_desktop_sizes_and_work_without_javascript() {
    let Some(browser) = chromium() else { return };
    let (state, _db) = common::seeded_state().await;
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let base = format!("http://{}", listener.local_addr().unwrap());
    let server = tokio::spawn(peermap::serve(listener, state));

    let pages = [
        ("home", "/".to_string()),
        (
            "search-b15",
            "/search?where=B15+2TT&need=postpartum-psychosis".to_string(),
        ),
        (
            "search-nothing-near",
            "/search?where=Inverness&need=postpartum-psychosis&within=10".to_string(),
        ),
        ("directory", "/projects".to_string()),
        (
            "project-cip",
            "/projects/community-intercultural-programme".to_string(),
        ),
        ("not-found", "/no-such-page".to_string()),
    ];
    let b = browser.clone();
    let base2 = base.clone();
    tokio::task::spawn_blocking(move || {
        for (name, path) in &pages {
            let url = format!("{base2}{path}");
            for size in [(390, 844), (1280, 800)] {
                screenshot(&b, &url, name, size);
            }
            // In the browser every page has its content and crisis routes, and so does the
            // page as served, which is all a browser without JavaScript gets.
            for html in [dom(&b, &url), served(&url)] {
                assert!(
                    html.contains("116 123") && html.contains("Leave this site"),
                    "{path}: {html}"
                );
            }
        }
        // With JavaScript our own "use my location" script runs (the CSP allows only our
        // origin) and shows its button; without it the button stays hidden.
        let search = format!("{base2}/search");
        let with_js = dom(&b, &search);
        let without_js = served(&search);
        let button = |html: &str| {
            let i = html
                .find("id=\"locate\"")
                .expect("the locate button is in the page");
            let start = html[..i].rfind('<').unwrap();
            html[start..start + html[start..].find('>').unwrap()].to_string()
        };
        assert!(
            !button(&with_js).contains("hidden"),
            "script did not run: {}",
            button(&with_js)
        );
        assert!(button(&without_js).contains("hidden"));
        // Following the first result leads to the project page.
        let results = dom(
            &b,
            &format!("{base2}/search?where=Portadown&need=refugee-migrant-women"),
        );
        let i = results.find("href=\"/projects/").expect("a result link");
        let href = &results[i + 6..];
        let href = &href[..href.find('"').unwrap()];
        let project = dom(&b, &format!("{base2}{href}"));
        assert!(project.contains("<h1>Community Intercultural Programme</h1>"));
    })
    .await
    .unwrap();
    server.abort();
}

/// The first `href` in `html` that starts with `prefix`, unescaped.
fn first_link(html: &str, prefix: &str) -> Option<String> {
    let i = html.find(&format!("href=\"{prefix}"))?;
    let rest = &html[i + 6..];
    Some(rest[..rest.find('"')?].replace("&amp;", "&"))
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_map_drills_down_from_the_uk_to_a_project_at_phone_and_desktop_sizes() {
    let Some(browser) = chromium() else { return };
    let (state, _db) = common::seeded_state().await;
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let base = format!("http://{}", listener.local_addr().unwrap());
    let server = tokio::spawn(peermap::serve(listener, state));
    tokio::task::spawn_blocking(move || {
        let mut url = format!("{base}/map");
        for step in 0..6 {
            for size in [(390, 844), (1280, 800)] {
                screenshot(&browser, &url, &format!("map-step-{step}"), size);
            }
            let html = dom(&browser, &url);
            assert!(html.contains("<svg") && html.contains("116 123"), "{url}");
            // Follow the first hexagon, or, once sites show, the first marker.
            let next = first_link(&html[html.find("<svg").unwrap()..], "/map?cell=")
                .or_else(|| first_link(&html[html.find("<svg").unwrap()..], "/projects/"))
                .unwrap_or_else(|| panic!("{url} has nothing to follow"));
            url = format!("{base}{next}");
            if next.starts_with("/projects/") {
                let project = dom(&browser, &url);
                assert!(project.contains("<h1>"), "{url}");
                screenshot(&browser, &url, "map-project", (390, 844));
                return;
            }
        }
        panic!("the map never reached a project page");
    })
    .await
    .unwrap();
    server.abort();
}
