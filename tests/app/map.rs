//! The map: hexagon counts equal the index, every drill-down link works without
//! JavaScript, the SVG is well-formed, and the page is light and loads nothing elsewhere.

use crate::support::{TestApp, db};
use axum::http::StatusCode;
use peermap::AppState;
use peermap::domain::ListingFilter as Wanted;
use std::collections::{BTreeMap, BTreeSet};

mod names;
mod views;

/// The inline SVG of a map page, parsed.
fn svg_of(html: &str) -> String {
    let start = html.find("<svg").expect("the page has an inline SVG");
    let end = html.find("</svg>").unwrap() + "</svg>".len();
    html[start..end].to_string()
}

/// (cell, count) of every hexagon link in the SVG, read from the markup.
fn hexes(svg: &str) -> BTreeMap<String, usize> {
    let doc = roxmltree::Document::parse(svg).expect("well-formed SVG");
    doc.descendants()
        .filter(|n| n.has_tag_name("a") && n.attribute("class") == Some("hex"))
        .map(|a| {
            let href = a.attribute("href").unwrap();
            let cell = href
                .split("cell=")
                .nth(1)
                .unwrap()
                .split('&')
                .next()
                .unwrap()
                .to_string();
            let count: usize = a
                .descendants()
                .find(|t| t.has_tag_name("text"))
                .and_then(|t| t.text())
                .unwrap()
                .parse()
                .unwrap();
            let label = a.attribute("aria-label").unwrap();
            assert!(label.contains(&format!("{count} project")), "{label}");
            (cell, count)
        })
        .collect()
}

/// The same counts worked out by brute force over every indexed site.
fn expected(
    state: &AppState,
    wanted: &Wanted,
    res: h3o::Resolution,
    within: Option<h3o::CellIndex>,
) -> BTreeMap<String, usize> {
    let index = state.search();
    let filter = index.layout().filter(wanted);
    let mut cells: BTreeMap<String, BTreeSet<u32>> = BTreeMap::new();
    for site in index.nearest_index().sites() {
        if !filter.passes(site.mask) {
            continue;
        }
        // A site's hexagon at each level is the ancestor of its cell at resolution 12
        // (the cell that orders it in the search index).
        let cell = h3o::LatLng::new(site.lat, site.lon)
            .unwrap()
            .to_cell(h3o::Resolution::Twelve)
            .parent(res)
            .unwrap();
        if within.is_some_and(|w| cell.parent(w.resolution()) != Some(w)) {
            continue;
        }
        let (project, _) = index.site_owner(site.id).unwrap();
        cells.entry(cell.to_string()).or_default().insert(project);
    }
    cells.into_iter().map(|(c, p)| (c, p.len())).collect()
}

#[tokio::test]
async fn hexagon_counts_equal_the_matching_projects_in_the_index() {
    let app = TestApp::seeded().await;
    for (query, wanted) in [
        ("", Wanted::default()),
        (
            "?need=postpartum-psychosis",
            Wanted {
                needs: vec!["postpartum-psychosis".into()],
                ..Default::default()
            },
        ),
        (
            "?format=group",
            Wanted {
                formats: vec![peermap::domain::Format::Group],
                ..Default::default()
            },
        ),
    ] {
        let page = app.get(&format!("/map{query}")).await;
        assert_eq!(page.status, StatusCode::OK);
        let got = hexes(&svg_of(&page.body));
        assert_eq!(
            got,
            expected(&app.state, &wanted, h3o::Resolution::Three, None),
            "/map{query}"
        );
        assert!(!got.is_empty());
        // One level down, inside each hexagon.
        for cell in got.keys() {
            let c: h3o::CellIndex = cell.parse().unwrap();
            let sep = if query.is_empty() { "?" } else { "&" };
            let inner = app.get(&format!("/map{query}{sep}cell={cell}")).await;
            assert_eq!(
                hexes(&svg_of(&inner.body)),
                expected(&app.state, &wanted, h3o::Resolution::Five, Some(c))
            );
        }
    }
}

#[tokio::test]
async fn every_drill_down_link_works_down_to_the_project_pages() {
    let app = TestApp::seeded().await;
    let mut to_visit = vec!["/map".to_string()];
    let mut seen = BTreeSet::new();
    let mut projects_reached = BTreeSet::new();
    while let Some(uri) = to_visit.pop() {
        if !seen.insert(uri.clone()) {
            continue;
        }
        let page = app.get(&uri).await;
        assert_eq!(page.status, StatusCode::OK, "{uri}");
        let svg = svg_of(&page.body);
        let doc = roxmltree::Document::parse(&svg).unwrap();
        assert!(
            doc.descendants().any(|n| n.has_tag_name("title"))
                && doc.descendants().any(|n| n.has_tag_name("desc"))
        );
        for a in doc.descendants().filter(|n| n.has_tag_name("a")) {
            let href = a.attribute("href").unwrap().replace("&amp;", "&");
            assert!(
                a.attribute("aria-label").is_some_and(|l| !l.is_empty()),
                "{href} has no accessible name"
            );
            if href.starts_with("/map") {
                to_visit.push(href);
            } else if href == "#places" {
                // A group of markers close together leads to its places in the list.
                assert!(page.body.contains("id=\"places\""), "{uri}");
            } else {
                assert!(href.starts_with("/projects/"), "{href}");
                let project = app.get(&href).await;
                assert_eq!(project.status, StatusCode::OK, "{href}");
                projects_reached.insert(href);
            }
        }
        // Every place of a marker view is in its list, linking to its project.
        for href in page.attrs("ol.sites a", "href") {
            assert!(href.starts_with("/projects/"), "{href}");
            projects_reached.insert(href);
        }
        // Breadcrumbs lead back up to the UK.
        if uri.contains("cell=") {
            assert!(
                page.body.contains("href=\"/map\""),
                "{uri} has no way back up"
            );
        }
    }
    // Every project meeting in person is reachable from the map by links alone.
    let index = app.state.search();
    let in_person: BTreeSet<String> = index
        .nearest_index()
        .sites()
        .filter_map(|s| index.site_owner(s.id))
        .map(|(n, _)| format!("/projects/{}", index.project(n).unwrap().slug))
        .collect();
    assert_eq!(projects_reached, in_person);
}

#[tokio::test]
async fn a_place_is_marked_and_its_nearest_results_highlighted() {
    let app = TestApp::seeded().await;
    let page = app.get("/map?where=B15&need=postpartum-psychosis").await;
    assert_eq!(page.status, StatusCode::OK);
    let svg = svg_of(&page.body);
    let doc = roxmltree::Document::parse(&svg).unwrap();
    let origin = doc
        .descendants()
        .find(|n| n.attribute("class") == Some("origin"))
        .expect("the place is marked");
    assert_eq!(
        origin.attribute("aria-label"),
        Some("You searched near B15")
    );
    // The nearest is number 1, on its own marker or in a group of markers close together.
    let first = doc
        .descendants()
        .filter(|n| {
            n.attribute("class")
                .is_some_and(|c| c.split(' ').any(|c| c == "marker"))
        })
        .find(|n| {
            let label = n.attribute("aria-label").unwrap();
            label.starts_with("1. Action on Postpartum Psychosis at Birmingham")
                || label.contains(": 1. Action on Postpartum Psychosis at Birmingham")
        });
    assert!(first.is_some(), "{svg}");
    // The list says the same, in the same order, numbered once (by the list itself).
    let places = page.texts("ol.sites > li");
    assert!(
        places[0].starts_with("Action on Postpartum Psychosis at Birmingham"),
        "{places:?}"
    );
    assert!(!page.body.contains(">1. "), "numbered twice");
    // Online-only support is not on the map but is counted under it.
    assert!(
        page.body.contains("online or phone option"),
        "{}",
        page.body
    );
}

#[tokio::test]
async fn bad_map_input_is_a_clear_4xx() {
    let app = TestApp::seeded().await;
    for uri in [
        "/map?cell=zzz",
        "/map?cell=8f2830828052d25",
        "/map?where=ZZ99+9ZZ",
        "/map?need=astrology",
    ] {
        let page = app.get(uri).await;
        assert_eq!(page.status, StatusCode::BAD_REQUEST, "{uri}");
        assert!(
            page.body.contains("116 123"),
            "{uri} keeps the crisis routes"
        );
    }
}

#[tokio::test]
async fn the_country_map_is_light_and_loads_nothing_from_elsewhere() {
    let app = TestApp::seeded().await;
    let mut transferred = 0;
    for uri in [
        "/map",
        "/assets/site.css",
        "/assets/exit.js",
        "/assets/locate.js",
        "/assets/map.js",
    ] {
        let response = app.get_with(uri, &[("accept-encoding", "gzip")]).await;
        assert_eq!(response.status, StatusCode::OK);
        transferred += response.bytes.len();
    }
    assert!(
        transferred <= 80 * 1024,
        "/map with its assets transfers {transferred} bytes"
    );

    let page = app.get("/map").await;
    let mut elsewhere: Vec<String> = page
        .attrs("[href]", "href")
        .into_iter()
        .chain(page.attrs("[src]", "src"))
        .filter(|url| !url.starts_with('/') && !url.starts_with('#'))
        .collect();
    elsewhere.sort();
    elsewhere.dedup();
    // Only the quick exit leaves the site, and only when pressed; the rest are the crisis
    // lines' phone numbers and Shout's text number.
    assert_eq!(
        elsewhere,
        [
            "https://www.bbc.co.uk/weather",
            "sms:85258",
            "tel:0800838587",
            "tel:08088088000",
            "tel:111",
            "tel:116123",
            "tel:999"
        ]
    );
    assert!(!page.body.contains("xlink:href") && !page.body.contains("url("));
}

#[tokio::test]
async fn a_hexagon_outside_the_uk_is_refused_not_named_after_a_uk_town() {
    let app = TestApp::seeded().await;
    let cell = |lat: f64, lon: f64, res| h3o::LatLng::new(lat, lon).unwrap().to_cell(res);
    for (place, c) in [
        ("Sydney", cell(-33.87, 151.21, h3o::Resolution::Three)),
        ("the Atlantic", cell(52.0, -25.0, h3o::Resolution::Three)),
        ("Paris", cell(48.86, 2.35, h3o::Resolution::Five)),
        ("Calais", cell(50.95, 1.86, h3o::Resolution::Seven)),
    ] {
        let page = app.get(&format!("/map?cell={c}")).await;
        assert_eq!(
            page.status,
            StatusCode::BAD_REQUEST,
            "{place}: {}",
            page.excerpt()
        );
        assert!(
            page.body.contains("outside the UK"),
            "{place}: {}",
            page.excerpt()
        );
        assert!(!page.body.contains("Area near"), "{place}");
    }
    // The UK's own, coast and islands included, are shown.
    for (place, c) in [
        ("Lerwick", cell(60.15, -1.15, h3o::Resolution::Seven)),
        (
            "St Mary's, Scilly",
            cell(49.92, -6.30, h3o::Resolution::Seven),
        ),
        ("Dover", cell(51.13, 1.31, h3o::Resolution::Seven)),
        ("Birmingham", cell(52.48, -1.90, h3o::Resolution::Five)),
    ] {
        let page = app.get(&format!("/map?cell={c}")).await;
        assert_eq!(page.status, StatusCode::OK, "{place}: {}", page.excerpt());
    }
}

/// The areas of the list under the map: (cell, "Area name", count).
fn listed_areas(page: &crate::support::Page) -> Vec<(String, String, usize)> {
    let doc = scraper::Html::parse_document(&page.body);
    let item = crate::support::html::selector("ol.areas > li");
    let link = crate::support::html::selector("a");
    doc.select(&item)
        .map(|li| {
            let a = li
                .select(&link)
                .next()
                .expect("each area links into itself");
            let href = a.value().attr("href").unwrap();
            let cell = href.split("cell=").nth(1).unwrap().split('&').next();
            let text = crate::support::html::text(li);
            let count = text
                .split(" — ")
                .nth(1)
                .and_then(|t| t.split(' ').next())
                .and_then(|n| n.parse().ok())
                .unwrap_or_else(|| panic!("no count in {text:?}"));
            (
                cell.unwrap().to_string(),
                crate::support::html::text(a),
                count,
            )
        })
        .collect()
}

/// A map over 3,000 synthetic projects (12,000 sites around UK towns): clearly test data.
async fn big_map() -> TestApp {
    let db = db::sqlite().await;
    let written = peermap::synth::write(db.store.as_ref(), 12_000, 42)
        .await
        .unwrap();
    assert_eq!(written, 3_000);
    TestApp::over(db).await
}

#[tokio::test]
async fn a_big_registry_lists_areas_with_counts_not_every_project() {
    let app = big_map().await;
    let page = app.get("/map").await;
    assert_eq!(page.status, StatusCode::OK);
    assert!(
        page.body.len() <= 100 * 1024,
        "/map is {} bytes",
        page.body.len()
    );
    // Every hexagon drawn is in the list, with the same count and a name.
    let drawn = hexes(&svg_of(&page.body));
    let wanted = expected(&app.state, &Wanted::default(), h3o::Resolution::Three, None);
    assert_eq!(drawn, wanted);
    let listed = listed_areas(&page);
    let listed_counts: BTreeMap<String, usize> =
        listed.iter().map(|(c, _, n)| (c.clone(), *n)).collect();
    assert_eq!(listed_counts, drawn);
    assert!(
        listed
            .iter()
            .all(|(_, name, _)| !name.is_empty() && !name.starts_with("Area "))
    );
    // Too many to list: no project is linked from the country's list, and the page says
    // how to reach them.
    assert!(!page.body.contains("href=\"/projects/synthetic-"));
    assert!(page.body.contains("Choose an area to see its projects"));
}

#[tokio::test]
async fn every_level_of_a_big_registry_stays_small_and_adds_up() {
    let app = big_map().await;
    let all = Wanted::default();
    // Down the busiest area at each level, to the sites themselves.
    let mut uri = "/map".to_string();
    let mut within: Option<h3o::CellIndex> = None;
    for depth in 0..6 {
        let page = app.get(&uri).await;
        assert_eq!(page.status, StatusCode::OK, "{uri}");
        assert!(
            page.body.len() <= 100 * 1024,
            "{uri} is {} bytes",
            page.body.len()
        );
        let drawn = hexes(&svg_of(&page.body));
        if drawn.is_empty() {
            // The sites: each drawn is listed, at most the bound, linking to its project.
            let markers = page.attrs("ol.sites a", "href");
            assert!(
                !markers.is_empty() && markers.len() <= peermap::map::MARKERS_AT_MOST,
                "{uri}"
            );
            assert!(
                markers
                    .iter()
                    .all(|h| h.starts_with("/projects/synthetic-"))
            );
            assert!(depth >= 3, "sites only inside a fine hexagon, at {uri}");
            return;
        }
        let res = drawn
            .keys()
            .next()
            .unwrap()
            .parse::<h3o::CellIndex>()
            .unwrap()
            .resolution();
        assert_eq!(drawn, expected(&app.state, &all, res, within), "{uri}");
        let listed: BTreeMap<String, usize> = listed_areas(&page)
            .into_iter()
            .map(|(c, _, n)| (c, n))
            .collect();
        assert_eq!(listed, drawn, "{uri}");
        let (busiest, _) = drawn.iter().max_by_key(|(_, n)| **n).unwrap();
        within = Some(busiest.parse().unwrap());
        uri = format!("/map?cell={busiest}");
    }
    panic!("never reached the sites");
}
