//! Pages in Arabic and Urdu (right to left), and Welsh, pass axe-core in real headless
//! Chromium; the signposting sheet printed in Urdu has the crisis routes in Urdu and the
//! QR codes of its listings.

use crate::accessibility::violations;
use crate::print::{compact, printed};
use crate::support::{TestApp, Tool, skip};
use crate::webdriver::{browser, chromedriver};

const PAGES: [&str; 10] = [
    "/ar/",
    "/ar/search?where=Portadown&need=refugee-migrant-women",
    "/ar/search?where=ZZ99+9ZZ",
    "/ar/languages",
    "/ur/",
    "/ur/search?where=B15+2TT&need=postpartum-psychosis&within=25",
    "/ur/signpost?where=B15+2TT",
    "/ur/no-such-page",
    "/cy/search?where=Caerdydd",
    "/cy/about",
];

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn right_to_left_and_welsh_pages_pass_axe() {
    let Some(tools) = skip::require(&[Tool::Chromium, Tool::Chromedriver, Tool::Axe]) else {
        return;
    };
    let axe = std::fs::read_to_string(&tools[2]).unwrap();
    let (_driver, port) = chromedriver(&tools[1]);
    let app = TestApp::seeded().await;
    let server = app.serve().await;
    let profile = tempfile::tempdir().unwrap();
    let c = browser(port, &tools[0], profile.path()).await;
    let mut found = Vec::new();
    for page in PAGES {
        let url = format!("{}{page}", server.base);
        c.goto(&url).await.unwrap();
        let dir = c
            .execute(
                "return [document.documentElement.dir, getComputedStyle(document.body).direction];",
                vec![],
            )
            .await
            .unwrap();
        let [dir, direction]: [String; 2] = serde_json::from_value(dir).unwrap();
        let rtl = page.starts_with("/ar") || page.starts_with("/ur");
        let want = if rtl { "rtl" } else { "ltr" };
        assert_eq!((dir.as_str(), direction.as_str()), (want, want), "{page}");
        for v in violations(&c, &axe).await {
            found.push(format!("{page}: {v}"));
        }
    }
    c.close().await.unwrap();
    assert!(found.is_empty(), "axe found:\n{}", found.join("\n"));
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_sheet_printed_in_urdu_has_the_crisis_routes_in_urdu_and_the_qr_codes() {
    let Some(tools) = skip::require(&[Tool::Chromium, Tool::Pdftotext]) else {
        return;
    };
    let app = TestApp::seeded().await;
    let server = app.serve().await;
    let url = server.url("/ur/signpost?where=CV1&need=postpartum-psychosis");
    let text = printed(
        tools[0].clone(),
        tools[1].clone(),
        url,
        "signpost-cv1-ur.pdf",
    )
    .await;
    // pdftotext reads right-to-left text back with direction marks and without the
    // final "ے" of its shaped glyphs: compare without those, and without spaces.
    let plain = |t: &str| -> String {
        compact(t)
            .chars()
            .filter(|c| !matches!(c, '\u{200e}' | '\u{200f}' | '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}' | 'ے'))
            .collect()
    };
    let flat = plain(&text);
    for words in [
        "اگر آپ کو ابھی مدد چاہیے",
        "ابھی کال کریں اگر آپ یا کوئی اور خطرے میں ہے",
        "زچگی کے بعد کا سائیکوسس ایک ایمرجنسی ہے",
        "پوری تفصیل",
    ] {
        assert!(
            flat.contains(&plain(words)),
            "the Urdu sheet has no “{words}”:\n{text}"
        );
    }
    for number in ["999", "116123", "111"] {
        assert!(flat.contains(number), "{number}: {text}");
    }
    // Each listing's QR code, with its page in Urdu printed beside it.
    assert!(
        flat.contains("/ur/projects/actiononpostpartumpsychosis"),
        "the QR code's link: {text}"
    );
    assert!(!text.contains("If you need help now"), "{text}");
}
