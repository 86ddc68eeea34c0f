//! Area names over the bundled directory: each area is named after a town that holds one
//! of the sites counted in it, or that lies inside it; London's projects are under
//! "London"; and a breadcrumb reads as a person would say it, never repeating a name.

use super::{listed_areas, svg_of};
use crate::support::TestApp;
use axum::http::StatusCode;
use std::collections::{BTreeMap, BTreeSet};

/// A town's point and population, from the bundled gazetteer (5,000 people or more).
struct Town {
    lat: f64,
    lon: f64,
    population: u64,
}

fn towns(app: &TestApp) -> BTreeMap<String, Vec<Town>> {
    let mut out: BTreeMap<String, Vec<Town>> = BTreeMap::new();
    for (name, population, at, _) in app.state.geocoder.towns() {
        out.entry(name.to_string()).or_default().push(Town {
            lat: at.lat(),
            lon: at.lon(),
            population,
        });
    }
    out
}

fn km(a: (f64, f64), b: (f64, f64)) -> f64 {
    let a = peermap::domain::LatLng::new(a.0, a.1).unwrap();
    let b = peermap::domain::LatLng::new(b.0, b.1).unwrap();
    a.distance_m(b) / 1000.0
}

/// The sites (lat, lon) counted in `cell`: those whose finest hexagon lies inside it.
fn sites_in(app: &TestApp, cell: h3o::CellIndex) -> Vec<(f64, f64)> {
    let index = app.state.search();
    // A site's hexagon is the ancestor of its cell at resolution 12 (its index key).
    index
        .nearest_index()
        .sites()
        .filter(|s| {
            h3o::LatLng::new(s.lat, s.lon)
                .unwrap()
                .to_cell(h3o::Resolution::Twelve)
                .parent(cell.resolution())
                == Some(cell)
        })
        .map(|s| (s.lat, s.lon))
        .collect()
}

/// Whether a town called `name` holds one of `sites` (the site is nearer to it than to
/// any other town, or within a few kilometres of a big town's centre: 3 km for 100,000
/// people, 18 km for London's 9 million), or lies inside `cell`.
fn fits(
    all: &BTreeMap<String, Vec<Town>>,
    name: &str,
    cell: h3o::CellIndex,
    sites: &[(f64, f64)],
) -> bool {
    let Some(named) = all.get(name) else {
        return false;
    };
    let nearest_town = |s: (f64, f64)| {
        all.iter()
            .flat_map(|(n, ts)| ts.iter().map(move |t| (n, km(s, (t.lat, t.lon)))))
            .min_by(|a, b| a.1.total_cmp(&b.1))
            .map(|(n, _)| n.clone())
    };
    named.iter().any(|t| {
        let in_reach = |s: &(f64, f64)| {
            km(*s, (t.lat, t.lon)) <= 3.0 * (t.population as f64 / 100_000.0).powf(0.4)
        };
        let inside = h3o::LatLng::new(t.lat, t.lon)
            .unwrap()
            .to_cell(cell.resolution())
            == cell;
        inside || sites.iter().any(in_reach)
    }) || sites
        .iter()
        .any(|s| nearest_town(*s).as_deref() == Some(name))
}

/// The sides an area may be of the town it is named after.
const SIDES: [&str; 8] = [
    "north",
    "north-east",
    "east",
    "south-east",
    "south",
    "south-west",
    "west",
    "north-west",
];

/// The breadcrumb's names, in order.
fn crumbs(page: &crate::support::Page) -> Vec<String> {
    page.texts("nav.breadcrumbs li")
}

#[tokio::test]
async fn every_area_is_named_after_a_town_that_holds_its_sites_or_lies_inside_it() {
    let app = TestApp::seeded().await;
    let all = towns(&app);
    let mut to_visit = vec!["/map".to_string()];
    let mut seen = BTreeSet::new();
    let mut named = 0;
    while let Some(uri) = to_visit.pop() {
        if !seen.insert(uri.clone()) {
            continue;
        }
        let page = app.get(&uri).await;
        assert_eq!(page.status, StatusCode::OK, "{uri}");
        let areas = listed_areas(&page);
        // No two areas of a view are called the same.
        let distinct: BTreeSet<&String> = areas.iter().map(|(_, n, _)| n).collect();
        assert_eq!(distinct.len(), areas.len(), "{uri}: {areas:?}");
        for (cell, name, _) in areas {
            let c: h3o::CellIndex = cell.parse().unwrap();
            // "London (south-east)": an area beside the one holding London's centre.
            let name = match name.split_once(" (") {
                Some((town, side)) => {
                    assert!(SIDES.contains(&side.trim_end_matches(')')), "{uri}: {name}");
                    town.to_string()
                }
                None => name,
            };
            let sites = sites_in(&app, c);
            assert!(!sites.is_empty(), "{uri}: {name} has no sites");
            assert!(
                fits(&all, &name, c, &sites),
                "{uri}: area {cell} is called {name:?}, a town that holds none of its \
                 sites {sites:?} and is not inside it"
            );
            named += 1;
            to_visit.push(format!("/map?cell={cell}"));
        }
        // A trail that reads as a person would say it: no name twice in a row.
        let trail = crumbs(&page);
        assert!(trail.windows(2).all(|w| w[0] != w[1]), "{uri}: {trail:?}");
        assert_eq!(trail.first().map(String::as_str), Some("The UK"), "{uri}");
        let _ = svg_of(&page.body);
    }
    assert!(named > 20, "only {named} areas were named");
}

#[tokio::test]
async fn londons_projects_are_under_an_area_named_london() {
    let app = TestApp::seeded().await;
    // The projects with a site in a London borough (their labels say so).
    let london: BTreeSet<String> = {
        let index = app.state.search();
        index
            .nearest_index()
            .sites()
            .filter_map(|s| index.site_owner(s.id))
            .filter_map(|(n, p)| {
                let project = index.project(n)?;
                let site = project.sites.get(p)?;
                site.label
                    .contains("London")
                    .then(|| format!("/projects/{}", project.slug))
            })
            .collect()
    };
    assert!(london.len() >= 8, "{london:?}");
    let page = app.get("/map").await;
    let doc = scraper::Html::parse_document(&page.body);
    let item = crate::support::html::selector("ol.areas > li");
    let link = crate::support::html::selector("a");
    let mut under: BTreeMap<String, String> = BTreeMap::new();
    for li in doc.select(&item) {
        let mut links = li.select(&link);
        let area = crate::support::html::text(links.next().unwrap());
        for a in links {
            under.insert(a.value().attr("href").unwrap().to_string(), area.clone());
        }
    }
    for project in &london {
        let area = under.get(project).map(String::as_str).unwrap_or_default();
        assert!(
            area == "London" || area.starts_with("London ("),
            "{project} is listed under {area:?}"
        );
    }
    assert!(
        under.values().any(|a| a == "London"),
        "the area holding London's centre is called London: {under:?}"
    );
    // Not a name from the far side of the hexagon.
    let areas: Vec<String> = listed_areas(&page).into_iter().map(|(_, n, _)| n).collect();
    assert!(!areas.contains(&"Brighton".to_string()), "{areas:?}");
}

#[tokio::test]
async fn a_drill_down_into_birmingham_reads_the_uk_england_west_midlands_birmingham() {
    let app = TestApp::seeded().await;
    let cell = h3o::LatLng::new(52.4814, -1.8998)
        .unwrap()
        .to_cell(h3o::Resolution::Seven);
    let page = app.get(&format!("/map?cell={cell}")).await;
    assert_eq!(page.status, StatusCode::OK);
    assert_eq!(
        crumbs(&page),
        ["The UK", "England", "West Midlands", "Birmingham"]
    );
    assert!(
        page.body
            .contains("<h1>Peer support around Birmingham</h1>")
    );
    // The nation links to the map of the nation.
    assert!(
        page.attrs("nav.breadcrumbs a", "href")
            .contains(&"/map?where=England".to_string())
    );
}

/// A closer view draws the NHS health areas and says which one it is in: Preston's
/// hexagon is in Lancashire's sub-ICB location, Cardiff's in its Welsh health board; the
/// map of the UK draws none.
#[tokio::test]
async fn a_closer_view_draws_the_nhs_areas_and_names_the_one_it_is_in() {
    let app = TestApp::seeded().await;
    let uk = app.get("/map").await;
    assert!(!uk.body.contains("class=\"health-areas\""));
    assert!(uk.texts("p.health-area").is_empty());
    for (lat, lon, area) in [
        (53.7632, -2.7031, "Lancashire"),
        (51.4816, -3.1791, "Cardiff and Vale University Health Board"),
    ] {
        let cell = h3o::LatLng::new(lat, lon)
            .unwrap()
            .to_cell(h3o::Resolution::Seven);
        let page = app.get(&format!("/map?cell={cell}")).await;
        assert_eq!(page.status, StatusCode::OK);
        let svg = svg_of(&page.body);
        assert!(
            svg.contains("<g class=\"health-areas\""),
            "{area}: no outlines"
        );
        let said = page.texts("p.health-area");
        assert_eq!(said.len(), 1, "{said:?}");
        assert!(said[0].contains(area), "{said:?} should name {area}");
    }
}
