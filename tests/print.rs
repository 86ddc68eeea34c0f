//! The signposting sheet printed to PDF by a real headless Chromium, read back with
//! poppler's `pdftotext`. Skips with a message where either is missing, except under
//! `CI=true` (where `.ci/run` installs both).

mod common;

use std::path::{Path, PathBuf};
use std::process::Command;

fn ci() -> bool {
    std::env::var("CI").is_ok_and(|v| v == "true")
}

fn tool(candidates: &[&str], package: &str) -> Option<PathBuf> {
    if let Some(found) = candidates.iter().map(Path::new).find(|p| p.exists()) {
        return Some(found.to_path_buf());
    }
    if ci() {
        panic!("CI=true but {package} is not installed: .ci/run must install it");
    }
    eprintln!("skipping the print test: {package} is not installed (apt-get install {package})");
    None
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_signposting_sheet_prints_to_a_pdf_with_the_crisis_routes() {
    let Some(browser) = tool(
        &[
            "/usr/bin/chromium",
            "/usr/bin/chromium-browser",
            "/usr/bin/google-chrome",
        ],
        "chromium",
    ) else {
        return;
    };
    let Some(pdftotext) = tool(
        &["/usr/bin/pdftotext", "/usr/local/bin/pdftotext"],
        "poppler-utils",
    ) else {
        return;
    };
    let (state, _db) = common::seeded_state().await;
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let base = format!("http://{}", listener.local_addr().unwrap());
    let server = tokio::spawn(peermap::serve(listener, state));
    let url = format!("{base}/signpost?where=PR1&need=postpartum-psychosis");
    let text = tokio::task::spawn_blocking(move || {
        let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("test-artifacts");
        std::fs::create_dir_all(&dir).unwrap();
        let pdf = dir.join("signpost-pr1.pdf");
        let _ = std::fs::remove_file(&pdf);
        let profile = tempfile::tempdir().unwrap();
        let out = Command::new(&browser)
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
                "--no-pdf-header-footer",
                "--virtual-time-budget=3000",
            ])
            .arg(format!("--user-data-dir={}", profile.path().display()))
            .arg(format!("--print-to-pdf={}", pdf.display()))
            .arg(&url)
            .output()
            .expect("Chromium runs");
        let size = std::fs::metadata(&pdf).map(|m| m.len()).unwrap_or(0);
        assert!(
            size > 1_000,
            "no PDF of {url}: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        let text = Command::new(&pdftotext)
            .arg(&pdf)
            .arg("-")
            .output()
            .expect("pdftotext runs");
        assert!(text.status.success());
        String::from_utf8_lossy(&text.stdout).into_owned()
    })
    .await
    .unwrap();
    server.abort();
    for words in [
        "If you need help now",
        "Samaritans: 116 123",
        "Emergency: 999",
        "NHS 111: 111",
        "Action on Postpartum Psychosis",
        "Preston (Lancashire and Cumbria)",
    ] {
        assert!(
            text.contains(words),
            "the printed sheet has no “{words}”:\n{text}"
        );
    }
    // Each QR code's URL is printed beside it, wrapped to the column's width (pdftotext
    // drops a hyphen at a line break, so compare without spaces and hyphens).
    let compact: String = text
        .chars()
        .filter(|c| !c.is_whitespace() && *c != '-')
        .collect();
    assert_eq!(
        compact
            .matches("/projects/actiononpostpartumpsychosis")
            .count(),
        2,
        "APP in person and online, each with its URL: {text}"
    );
    // Controls are not printed.
    assert!(
        !text.contains("Make a shortlist of the ticked listings"),
        "{text}"
    );
    assert!(!text.contains("Leave this site"), "{text}");
}
