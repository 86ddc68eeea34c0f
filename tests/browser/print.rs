//! The signposting sheet printed to PDF by a real headless Chromium, read back with
//! poppler's `pdftotext`.

use crate::chromium;
use crate::support::{TestApp, Tool, skip};
use std::process::Command;

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_signposting_sheet_prints_to_a_pdf_with_the_crisis_routes() {
    let Some(tools) = skip::require(&[Tool::Chromium, Tool::Pdftotext]) else {
        return;
    };
    let [browser, pdftotext] = [tools[0].clone(), tools[1].clone()];
    let app = TestApp::seeded().await;
    let server = app.serve().await;
    let url = server.url("/signpost?where=CV1&need=postpartum-psychosis");
    let text = tokio::task::spawn_blocking(move || {
        let pdf = chromium::artifacts().join("signpost-cv1.pdf");
        let _ = std::fs::remove_file(&pdf);
        let out = chromium::run(
            &browser,
            &[
                "--no-pdf-header-footer".to_string(),
                format!("--print-to-pdf={}", pdf.display()),
                url.clone(),
            ],
        );
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
    for words in [
        "If you need help now",
        "Samaritans: 116 123",
        "Emergency: 999",
        "NHS 111: 111",
        "Action on Postpartum Psychosis",
        "Birmingham",
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
