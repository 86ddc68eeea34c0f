//! The signposting sheet and a shortlist printed to PDF by a real headless Chromium, read
//! back with poppler's `pdftotext`.

use crate::chromium;
use crate::support::{TestApp, Tool, skip};
use std::process::Command;

/// The text of `url` printed to `name` (in the test artifacts) as a PDF.
pub(crate) async fn printed(browser: String, pdftotext: String, url: String, name: &str) -> String {
    let pdf = chromium::artifacts().join(name);
    tokio::task::spawn_blocking(move || {
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
    .unwrap()
}

/// `text` with every run of white space (a line break among them) made one space.
pub(crate) fn flat(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// `text` without spaces and hyphens: pdftotext drops a hyphen at a line break, and URLs
/// are wrapped to their column's width.
pub(crate) fn compact(text: &str) -> String {
    text.chars()
        .filter(|c| !c.is_whitespace() && *c != '-')
        .collect()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_signposting_sheet_prints_to_a_pdf_with_the_crisis_routes() {
    let Some(tools) = skip::require(&[Tool::Chromium, Tool::Pdftotext]) else {
        return;
    };
    let app = TestApp::seeded().await;
    let server = app.serve().await;
    let url = server.url("/signpost?where=CV1&need=postpartum-psychosis");
    let text = printed(tools[0].clone(), tools[1].clone(), url, "signpost-cv1.pdf").await;
    for words in [
        "If you need help now",
        "Samaritans: 116 123",
        "Emergency: 999",
        "NHS 111: 111",
        "Postpartum psychosis is an emergency",
        "Meeting in person within 25 miles, nearest first",
        "Action on Postpartum Psychosis",
        "Birmingham",
        "Also online or by phone.",
    ] {
        assert!(
            text.contains(words),
            "the printed sheet has no “{words}”:\n{text}"
        );
    }
    // Each QR code's URL is printed beside it; APP once, in person, noting its online offer.
    assert_eq!(
        compact(&text)
            .matches("/projects/actiononpostpartumpsychosis")
            .count(),
        1,
        "APP on one card, with its URL: {text}"
    );
    // Controls are not printed.
    for control in [
        "Make a shortlist of the ticked listings",
        "Leave this site",
        "Change the sheet",
        "How far can they travel?",
    ] {
        assert!(!text.contains(control), "{control}: {text}");
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_shortlist_prints_with_its_title_and_link_but_not_its_send_buttons() {
    let Some(tools) = skip::require(&[Tool::Chromium, Tool::Pdftotext]) else {
        return;
    };
    // Links for others to open come from the configured origin, never the request.
    let app = TestApp::seeded_with(|c| c.public_origin = Some("http://peermap.test".into())).await;
    let made = app
        .post(
            "/shortlists",
            "where=B15+2TT&need=postpartum-psychosis&keep=action-on-postpartum-psychosis",
        )
        .await;
    let location = made.location.expect("a shortlist");
    let code = location
        .strip_prefix("/s/")
        .and_then(|l| l.strip_suffix("?made=1"))
        .unwrap()
        .to_string();
    let server = app.serve().await;
    let url = server.url(&location);
    let text = printed(tools[0].clone(), tools[1].clone(), url, "shortlist.pdf").await;
    let flat = flat(&text);
    for words in [
        "Peer support for postpartum psychosis near B15 2",
        "Postpartum psychosis is an emergency",
        "Link to this shortlist",
        "Action on Postpartum Psychosis",
        "Samaritans: 116 123",
    ] {
        assert!(
            flat.contains(words),
            "the printed shortlist has no “{words}”:\n{text}"
        );
    }
    assert!(
        compact(&text).contains(&compact(&format!("http://peermap.test/s/{code}"))),
        "the link, in its box: {text}"
    );
    for control in [
        "Send by e-mail",
        "Send by text message",
        "Shortlist made",
        "Leave this site",
    ] {
        assert!(!text.contains(control), "{control}: {text}");
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_workbook_prints_every_principle_and_its_questions() {
    let Some(tools) = skip::require(&[Tool::Chromium, Tool::Pdftotext]) else {
        return;
    };
    let app = TestApp::seeded().await;
    let server = app.serve().await;
    let url = server.url("/toolkit/workbook");
    let text = printed(tools[0].clone(), tools[1].clone(), url, "workbook.pdf").await;
    let text = flat(&text);
    for p in peermap::domain::Principle::ALL {
        let heading = format!("Principle {}: {}", p.number(), p.statement());
        assert!(text.contains(&heading), "no “{heading}” in:\n{text}");
        for q in p.questions() {
            let asked = format!("{}. {}", q.letter, q.text);
            assert!(text.contains(&asked), "no “{asked}” in:\n{text}");
        }
    }
    // What is only for the screen is not printed.
    assert!(!text.contains("Back to the toolkit"), "{text}");
}
