//! The map in a real Chromium at a phone's and a desktop's size: town names are drawn
//! and never overlap, at a readable size; site markers are big enough to press; a place
//! typed in is marked with the towns around it. Screenshots land in `test-artifacts/`.

use crate::support::{TestApp, Tool, skip};
use crate::webdriver::{browser, chromedriver};
use fantoccini::Client;
use serde_json::Value;

/// (text, left, top, right, bottom, font size in px) of each town and nation label drawn.
const LABELS: &str = "return [...document.querySelectorAll('.map-svg .labels text')].map(t => {
    const r = t.getBoundingClientRect();
    const px = parseFloat(t.getAttribute('font-size')) * t.getScreenCTM().a;
    return [t.textContent, r.left, r.top, r.right, r.bottom, px];
});";

/// (width, height) of each site marker as drawn.
const MARKERS: &str = "return [...document.querySelectorAll('.map-svg a.marker')]
    .map(a => { const r = a.getBoundingClientRect(); return [r.width, r.height]; });";

async fn labels(c: &Client) -> Vec<(String, [f64; 5])> {
    let v = c.execute(LABELS, vec![]).await.unwrap();
    v.as_array()
        .unwrap()
        .iter()
        .map(|l| {
            let a = l.as_array().unwrap();
            let n = |i: usize| a[i].as_f64().unwrap();
            (
                a[0].as_str().unwrap().to_string(),
                [n(1), n(2), n(3), n(4), n(5)],
            )
        })
        .collect()
}

/// Checks the labels of the page open: some drawn, none overlapping, each readable.
async fn check_labels(c: &Client, what: &str) -> Vec<String> {
    let found = labels(c).await;
    assert!(!found.is_empty(), "{what}: no place names");
    for (i, (a, ra)) in found.iter().enumerate() {
        assert!(ra[4] >= 12.0, "{what}: {a} is drawn at {} px", ra[4]);
        for (b, rb) in &found[i + 1..] {
            let apart = ra[2] <= rb[0] || rb[2] <= ra[0] || ra[3] <= rb[1] || rb[3] <= ra[1];
            assert!(apart, "{what}: {a} {ra:?} overlaps {b} {rb:?}");
        }
    }
    found.into_iter().map(|(t, _)| t).collect()
}

async fn check_markers(c: &Client, what: &str) -> usize {
    let v: Value = c.execute(MARKERS, vec![]).await.unwrap();
    let sizes = v.as_array().unwrap();
    for s in sizes {
        let (w, h) = (s[0].as_f64().unwrap(), s[1].as_f64().unwrap());
        assert!(w >= 24.0 && h >= 24.0, "{what}: a marker is {w}×{h} px");
    }
    sizes.len()
}

/// A screenshot with the map scrolled into view.
async fn shot(c: &Client, name: &str) {
    c.execute(
        "document.querySelector('.map-svg').scrollIntoView({block: 'start'})",
        vec![],
    )
    .await
    .unwrap();
    let png = c.screenshot().await.unwrap();
    std::fs::write(
        crate::chromium::artifacts().join(format!("{name}.png")),
        png,
    )
    .unwrap();
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_map_names_places_without_overlap_and_marks_a_place_typed_in() {
    let Some(tools) = skip::require(&[Tool::Chromium, Tool::Chromedriver]) else {
        return;
    };
    let (_driver, port) = chromedriver(&tools[1]);
    let app = TestApp::seeded().await;
    let server = app.serve().await;
    let base = server.base.clone();
    let profile = tempfile::tempdir().unwrap();
    let c = browser(port, &tools[0], profile.path()).await;
    let birmingham = h3o::LatLng::new(52.4814, -1.8998)
        .unwrap()
        .to_cell(h3o::Resolution::Seven);
    for (w, h) in [(390u32, 844u32), (1280, 800)] {
        c.set_window_size(w, h).await.unwrap();
        let size = format!("{w}x{h}");
        // The whole UK: the nations and the big towns.
        c.goto(&format!("{base}/map")).await.unwrap();
        let names = check_labels(&c, &format!("/map at {size}")).await;
        for name in ["England", "Scotland", "London"] {
            assert!(names.iter().any(|n| n == name), "{size}: {names:?}");
        }
        shot(&c, &format!("map-uk-{size}")).await;
        // The sites of Birmingham: markers big enough to press, the city named.
        c.goto(&format!("{base}/map?cell={birmingham}"))
            .await
            .unwrap();
        let names = check_labels(&c, &format!("Birmingham at {size}")).await;
        assert!(names.iter().any(|n| n == "Birmingham"), "{names:?}");
        assert!(check_markers(&c, &format!("Birmingham at {size}")).await >= 1);
        shot(&c, &format!("map-birmingham-{size}")).await;
        // A postcode typed in: the marker of the place, and Preston around it.
        c.goto(&format!("{base}/map?where=PR1")).await.unwrap();
        let names = check_labels(&c, &format!("PR1 at {size}")).await;
        assert!(names.iter().any(|n| n == "Preston"), "{size}: {names:?}");
        let origin = c
            .execute(
                "const o = document.querySelector('.map-svg .origin');
                 return o ? o.getAttribute('aria-label') : null;",
                vec![],
            )
            .await
            .unwrap();
        assert_eq!(origin.as_str(), Some("You searched near PR1"));
        assert!(check_markers(&c, &format!("PR1 at {size}")).await >= 1);
        shot(&c, &format!("map-pr1-{size}")).await;
    }
    c.close().await.unwrap();
}

/// Waits until the address is no longer `from`, and gives the new one.
async fn moved_from(c: &Client, from: &str) -> String {
    for _ in 0..100 {
        let now = c.current_url().await.unwrap().to_string();
        if now != from {
            return now;
        }
        tokio::time::sleep(std::time::Duration::from_millis(50)).await;
    }
    panic!("the address stayed {from}");
}

async fn heading(c: &Client) -> String {
    let h = c
        .execute("return document.querySelector('h1').textContent", vec![])
        .await
        .unwrap();
    h.as_str().unwrap().to_string()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn with_javascript_a_key_zooms_in_place_and_back_returns() {
    let Some(tools) = skip::require(&[Tool::Chromium, Tool::Chromedriver]) else {
        return;
    };
    let (_driver, port) = chromedriver(&tools[1]);
    let app = TestApp::seeded().await;
    let server = app.serve().await;
    let base = server.base.clone();
    let profile = tempfile::tempdir().unwrap();
    let c = browser(port, &tools[0], profile.path()).await;
    c.set_window_size(1280, 800).await.unwrap();
    let start = format!("{base}/map");
    c.goto(&start).await.unwrap();
    let uk = heading(&c).await;
    // A mark on this document: kept while views are swapped in, gone after a reload.
    c.execute("window.__same_page = true", vec![])
        .await
        .unwrap();
    let svg = c.find(fantoccini::Locator::Css(".map-svg")).await.unwrap();
    svg.send_keys("+").await.unwrap();
    let zoomed = moved_from(&c, &start).await;
    assert!(zoomed.contains("cell="), "{zoomed}");
    for _ in 0..100 {
        if heading(&c).await != uk {
            break;
        }
        tokio::time::sleep(std::time::Duration::from_millis(50)).await;
    }
    let area = heading(&c).await;
    assert!(area.starts_with("Peer support around "), "{area}");
    let same = c
        .execute("return window.__same_page === true", vec![])
        .await
        .unwrap();
    assert_eq!(
        same,
        Value::Bool(true),
        "the view was swapped in, not reloaded"
    );
    // The focus stays on the map, drawn so it can be seen.
    let outline = c
        .execute(
            "const s = document.activeElement; return s.classList.contains('map-svg') ? getComputedStyle(s).outlineStyle : 'none';",
            vec![],
        )
        .await
        .unwrap();
    assert_eq!(outline.as_str(), Some("solid"));
    shot(&c, "map-zoomed-1280x800").await;
    // Back returns to the UK.
    c.back().await.unwrap();
    let back = moved_from(&c, &zoomed).await;
    assert_eq!(back, start);
    for _ in 0..100 {
        if heading(&c).await == uk {
            break;
        }
        tokio::time::sleep(std::time::Duration::from_millis(50)).await;
    }
    assert_eq!(heading(&c).await, uk);
    c.close().await.unwrap();
}
