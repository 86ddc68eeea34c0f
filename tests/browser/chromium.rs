//! Headless Chromium run as a command: screenshots, the document after scripts ran, and
//! the page as served.

use std::path::{Path, PathBuf};
use std::process::Command;

/// Where screenshots and PDFs go.
pub fn artifacts() -> PathBuf {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("test-artifacts");
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

/// The flags every run uses: headless, a fresh profile, no background traffic.
pub const FLAGS: [&str; 10] = [
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
];

/// Runs headless Chromium with a fresh profile and no background traffic.
pub fn run(browser: &str, args: &[String]) -> std::process::Output {
    let profile = tempfile::tempdir().unwrap();
    Command::new(browser)
        .args(FLAGS)
        .arg("--virtual-time-budget=3000")
        .arg(format!("--user-data-dir={}", profile.path().display()))
        .args(args)
        .output()
        .expect("Chromium runs")
}

/// A screenshot of the page as a visitor sees it.
pub fn screenshot(browser: &str, url: &str, name: &str, (w, h): (u32, u32)) -> PathBuf {
    let file = artifacts().join(format!("{name}-{w}x{h}.png"));
    let _ = std::fs::remove_file(&file);
    let out = run(
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
pub fn dom(browser: &str, url: &str) -> String {
    let out = run(browser, &["--dump-dom".to_string(), url.to_string()]);
    String::from_utf8(out.stdout).unwrap()
}

/// The page as served, which is what a browser without JavaScript shows (a plain GET,
/// from a blocking thread).
pub fn served(url: &str) -> String {
    let url = url.to_string();
    let rt = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .unwrap();
    rt.block_on(async move { reqwest::get(url).await.unwrap().text().await.unwrap() })
}
