//! Map views over the bundled directory: each stays light, markers never overlap and are
//! numbered once, the words fit the view, a place box finds a place with the search's
//! geocoder, results link to the map, and online options are listed beside it.

use super::svg_of;
use crate::support::TestApp;
use axum::http::StatusCode;
use std::collections::BTreeSet;

/// Every map view reached by links from the UK, and a few places typed in.
async fn every_view(app: &TestApp) -> Vec<(String, crate::support::Page)> {
    let mut to_visit = vec![
        "/map".to_string(),
        "/map?where=PR1".to_string(),
        "/map?where=B15+2TT&need=postpartum-psychosis".to_string(),
        "/map?where=Wales".to_string(),
        "/map?where=Portadown".to_string(),
    ];
    let mut seen = BTreeSet::new();
    let mut out = Vec::new();
    while let Some(uri) = to_visit.pop() {
        if !seen.insert(uri.clone()) {
            continue;
        }
        let page = app.get(&uri).await;
        assert_eq!(page.status, StatusCode::OK, "{uri}");
        for href in page.attrs("svg a[href^='/map']", "href") {
            to_visit.push(href);
        }
        out.push((uri, page));
    }
    out
}

#[tokio::test]
async fn every_map_view_is_light_and_its_markers_never_overlap() {
    let app = TestApp::seeded().await;
    let views = every_view(&app).await;
    assert!(views.len() > 20, "{} views", views.len());
    let mut marker_views = 0;
    for (uri, page) in &views {
        assert!(
            page.body.len() <= 80 * 1024,
            "{uri} is {} bytes",
            page.body.len()
        );
        let svg = svg_of(&page.body);
        let doc = roxmltree::Document::parse(&svg).unwrap();
        // Each marker a circle of at least 37 units radius (24 px on a 330 px map),
        // none overlapping another.
        let circles: Vec<(f64, f64, f64)> = doc
            .descendants()
            .filter(|a| {
                a.attribute("class")
                    .is_some_and(|c| c.split(' ').any(|c| c == "marker"))
            })
            .map(|a| {
                let c = a.descendants().find(|c| c.has_tag_name("circle")).unwrap();
                let n = |k| c.attribute(k).unwrap().parse::<f64>().unwrap();
                (n("cx"), n("cy"), n("r"))
            })
            .collect();
        for (i, a) in circles.iter().enumerate() {
            assert!(a.2 >= 37.0, "{uri}: a marker of radius {}", a.2);
            for b in &circles[i + 1..] {
                let d = ((a.0 - b.0).powi(2) + (a.1 - b.1).powi(2)).sqrt();
                assert!(d >= a.2 + b.2, "{uri}: markers {a:?} and {b:?} overlap");
            }
        }
        // The list of places is numbered once, by the list.
        for item in page.texts("ol.sites > li") {
            assert!(
                !item.starts_with(|c: char| c.is_ascii_digit()),
                "{uri}: {item}"
            );
        }
        // Text that fits: no hexagons to choose in a view of single places.
        if page.body.contains("class=\"sites\"") && !page.body.contains("class=\"hex\"") {
            marker_views += 1;
            assert!(!page.body.contains("Choose a hexagon"), "{uri}");
            assert!(page.body.contains("red circle"), "{uri}");
        }
        // Every view names some places on the map.
        assert!(
            doc.descendants()
                .any(|t| t.has_tag_name("text") && t.attribute("class") == Some("town")),
            "{uri} names no town"
        );
    }
    assert!(marker_views >= 5, "{marker_views} marker views");
}

#[tokio::test]
async fn a_close_view_says_which_towns_it_is_near() {
    let app = TestApp::seeded().await;
    let cell = h3o::LatLng::new(53.7632, -2.7031)
        .unwrap()
        .to_cell(h3o::Resolution::Seven);
    let page = app.get(&format!("/map?cell={cell}")).await;
    assert_eq!(page.status, StatusCode::OK);
    let near = page.texts("p.nearby");
    assert_eq!(near.len(), 1, "{}", page.excerpt());
    assert!(near[0].starts_with("Nearest towns: Preston ("), "{near:?}");
}

#[tokio::test]
async fn the_map_has_a_place_box_that_keeps_the_choices_and_says_what_went_wrong() {
    let app = TestApp::seeded().await;
    let page = app.get("/map?need=postpartum-psychosis").await;
    let actions = page.attrs("form.map-place", "action");
    assert_eq!(actions, ["/map"]);
    assert_eq!(
        page.attrs("form.map-place input[type=hidden]", "value"),
        ["postpartum-psychosis"]
    );
    // A place found: the map centres on it, marks it and lists the nearest.
    let found = app.get("/map?where=PR1&need=postpartum-psychosis").await;
    assert_eq!(found.status, StatusCode::OK);
    assert!(found.body.contains("aria-label=\"You searched near PR1\""));
    assert!(
        !found.texts("ol.sites > li").is_empty(),
        "{}",
        found.excerpt()
    );
    assert_eq!(found.attrs("#where", "value"), ["PR1"]);
    // A place not found: said on its field, what was typed kept, over the UK's map.
    let wrong = app.get("/map?where=Nowhereton+Magna").await;
    assert_eq!(wrong.status, StatusCode::BAD_REQUEST);
    assert!(wrong.body.contains("There is a problem"));
    assert_eq!(wrong.texts("#where-error").len(), 1);
    assert_eq!(wrong.attrs("#where", "value"), ["Nowhereton Magna"]);
    assert_eq!(wrong.attrs("#where", "aria-invalid"), ["true"]);
    assert!(wrong.body.contains("<title>Error: "));
    assert!(
        wrong.body.contains("class=\"hex\""),
        "the map is still shown"
    );
}

#[tokio::test]
async fn results_link_to_the_same_search_on_a_map() {
    let app = TestApp::seeded().await;
    let page = app
        .get("/search?where=B15+2TT&need=postpartum-psychosis")
        .await;
    assert_eq!(page.status, StatusCode::OK);
    let links = page.attrs("p.on-map a", "href");
    assert_eq!(links, ["/map?where=B15+2TT&need=postpartum-psychosis"]);
    assert_eq!(page.texts("p.on-map a"), ["Show these on a map"]);
    let map = app.get(&links[0]).await;
    assert_eq!(map.status, StatusCode::OK);
    assert!(map.body.contains("You searched near B15 2TT"));
    // In Welsh and in Polish, the link's words are the page's.
    let welsh = app.get("/cy/search?where=Caerdydd").await;
    assert_eq!(welsh.texts("p.on-map a"), ["Dangos y rhain ar fap"]);
    let polish = app.get("/pl/search?where=B15+2TT").await;
    assert_eq!(polish.texts("p.on-map a"), ["Pokaż je na mapie"]);
}

#[tokio::test]
async fn online_and_phone_options_for_the_visitors_nation_are_listed_beside_the_map() {
    let app = TestApp::seeded().await;
    let page = app.get("/map?where=Cardiff").await;
    assert_eq!(page.status, StatusCode::OK);
    assert_eq!(
        page.texts("#online-title"),
        ["Online and by phone in Wales"]
    );
    let listed = page.attrs(".map-online li a", "href");
    assert!(
        listed.contains(&"/projects/netmums".to_string()),
        "{listed:?}"
    );
    // A local service online only for its own area, in England, is not offered in Wales.
    assert!(
        !listed
            .contains(&"/projects/the-nest-southwest-perinatal-peer-support-network".to_string()),
        "{listed:?}"
    );
}

#[tokio::test]
async fn the_coverage_map_names_places_and_its_key_reads_without_colour() {
    let app = TestApp::seeded().await;
    let page = app.get("/coverage").await;
    assert_eq!(page.status, StatusCode::OK);
    let svg = page.outer("svg.coverage-map");
    let doc = roxmltree::Document::parse(&svg[0]).expect("well-formed SVG");
    let names: Vec<&str> = doc
        .descendants()
        .filter(|t| t.has_tag_name("text"))
        .filter_map(|t| t.text())
        .collect();
    for name in ["England", "Scotland", "London", "Glasgow"] {
        assert!(names.contains(&name), "{names:?}");
    }
    // Each band but the nearest has its own texture over its colour, on the map and in
    // the key, so the key can be read in greyscale or by someone who cannot tell colours.
    let key = page.outer("ul.legend")[0].clone();
    let fills = crate::support::html::attrs(&key, "li rect[fill^='url(#']", "fill");
    let distinct: BTreeSet<&String> = fills.iter().collect();
    assert_eq!(fills.len(), distinct.len(), "{fills:?}");
    assert!(fills.len() >= 3, "{fills:?}");
    let on_map: BTreeSet<String> = doc
        .descendants()
        .filter(|u| u.attribute("class") == Some("texture"))
        .map(|u| u.attribute("fill").unwrap().to_string())
        .collect();
    for fill in &on_map {
        assert!(fills.contains(fill), "{fill} is not in the key");
    }
    assert!(!on_map.is_empty());
}

#[tokio::test]
async fn without_javascript_the_map_moves_and_zooms_out_by_links() {
    let app = TestApp::seeded().await;
    let cell = h3o::LatLng::new(52.4814, -1.8998)
        .unwrap()
        .to_cell(h3o::Resolution::Five);
    let page = app.get(&format!("/map?cell={cell}")).await;
    assert_eq!(page.status, StatusCode::OK);
    let out = page.attrs("a[data-move=out]", "href");
    let parent = cell.parent(h3o::Resolution::Three).unwrap();
    assert_eq!(out, [format!("/map?cell={parent}")]);
    for way in ["north", "east", "south", "west"] {
        let to = page.attrs(&format!("a[data-move={way}]"), "href");
        assert_eq!(to.len(), 1, "{way}");
        let next = app.get(&to[0]).await;
        assert_eq!(next.status, StatusCode::OK, "{way}: {}", to[0]);
    }
    // The UK has nothing wider; a place typed in widens to the UK.
    assert!(
        app.get("/map")
            .await
            .attrs("a[data-move]", "href")
            .is_empty()
    );
    assert_eq!(
        app.get("/map?where=PR1")
            .await
            .attrs("a[data-move=out]", "href"),
        ["/map"]
    );
}
