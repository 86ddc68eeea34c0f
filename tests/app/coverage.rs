//! Coverage: cells shaded by the distance to the nearest matching in-person site,
//! checked against brute force, with downloads that parse and agree with the page.

use crate::support::{Page, TestApp, html};
use axum::http::StatusCode;
use geo::{Distance, Haversine, Point};
use peermap::domain::Status;
use std::collections::HashMap;

const NEED: &str = "postpartum-psychosis";
/// In-person sites for postpartum psychosis in the bundled data (APP's two and general
/// support). Listings serving council areas with no place to meet have no site here.
const SITES: usize = 21;
/// What the coverage page says of the online and phone options for it.
const ONLINE_SENTENCE: &str = "5 online or phone options serve everyone in the UK.";
const MILE_M: f64 = 1_609.344;

fn band(distance_m: Option<f64>) -> &'static str {
    match distance_m.map(|m| m / MILE_M) {
        None => "no-site",
        Some(mi) if mi < 10.0 => "under-10-miles",
        Some(mi) if mi < 25.0 => "10-to-25-miles",
        Some(mi) if mi < 50.0 => "25-to-50-miles",
        Some(_) => "50-miles-or-more",
    }
}

/// Every site of a published project meeting in person for `need` (the listings that name
/// it and general support, as `ListingFilter::matches` says), straight from the store.
async fn sites(app: &TestApp, need: &str) -> Vec<Point> {
    let wanted = peermap::domain::ListingFilter {
        needs: vec![need.to_string()],
        delivery: vec![peermap::domain::Delivery::InPerson],
        ..Default::default()
    };
    app.published()
        .await
        .into_iter()
        .filter(|p| p.status == Status::Published && wanted.matches(p, false))
        .flat_map(|p| p.sites.into_iter().map(|s| Point::new(s.lon, s.lat)))
        .collect()
}

fn brute(sites: &[Point], cell: &str) -> Option<f64> {
    let cell: h3o::CellIndex = cell.parse().unwrap();
    let centre = h3o::LatLng::from(cell);
    let at = Point::new(centre.lng(), centre.lat());
    sites
        .iter()
        .map(|s| Haversine.distance(at, *s))
        .min_by(f64::total_cmp)
}

struct Row {
    cell: String,
    nation: String,
    distance_km: Option<f64>,
    band: String,
}

fn parse_csv(text: &str) -> Vec<Row> {
    let mut reader = csv::Reader::from_reader(text.as_bytes());
    assert_eq!(
        reader.headers().unwrap(),
        vec!["cell", "lat", "lon", "nation", "distance_km", "band"]
    );
    reader
        .records()
        .map(|r| {
            let r = r.unwrap();
            Row {
                cell: r[0].to_string(),
                nation: r[3].to_string(),
                distance_km: (!r[4].is_empty()).then(|| r[4].parse().unwrap()),
                band: r[5].to_string(),
            }
        })
        .collect()
}

/// The legend's count of cells for each band, from the page.
fn legend(page: &Page) -> HashMap<String, usize> {
    let legends = page.outer("ul.legend");
    assert_eq!(legends.len(), 1, "one legend");
    let bands = html::attrs(&legends[0], "li[data-band]", "data-band");
    let counts = html::texts(&legends[0], "li[data-band] span.count");
    assert_eq!(bands.len(), counts.len(), "a count for every band");
    bands
        .into_iter()
        .zip(counts.iter().map(|n| n.parse().unwrap()))
        .collect()
}

#[tokio::test]
async fn postpartum_psychosis_cells_are_shaded_by_their_true_distance() {
    let app = TestApp::seeded().await;
    let sites = sites(&app, NEED).await;
    assert_eq!(
        sites.len(),
        SITES,
        "APP meets in Birmingham and on the Beadnell unit in Morpeth; general groups meet in person elsewhere"
    );

    let csv = app.get(&format!("/coverage.csv?need={NEED}")).await;
    assert_eq!(csv.status, StatusCode::OK);
    assert!(csv.content_type.starts_with("text/csv"));
    let rows = parse_csv(&csv.body);
    assert!((600..2_000).contains(&rows.len()), "{} cells", rows.len());
    for nation in ["england", "scotland", "wales", "northern-ireland"] {
        assert!(rows.iter().any(|r| r.nation == nation), "{nation}");
    }
    // A sample of cells across the country: every 17th, and the extremes.
    let mut checked = 0;
    for (i, row) in rows.iter().enumerate() {
        if i % 17 != 0 && i != rows.len() - 1 {
            continue;
        }
        let truth = brute(&sites, &row.cell);
        assert_eq!(row.band, band(truth), "cell {}", row.cell);
        let km = row.distance_km.unwrap();
        assert!(
            (km - truth.unwrap() / 1000.0).abs() < 0.001,
            "cell {}: {km} km",
            row.cell
        );
        checked += 1;
    }
    assert!(checked > 30);
    // Birmingham's own cell is under 10 miles away; Shetland is 50 or more.
    let cell_of = |lat: f64, lon: f64| {
        h3o::LatLng::new(lat, lon)
            .unwrap()
            .to_cell(h3o::Resolution::Five)
            .to_string()
    };
    let band_at = |lat, lon| {
        let c = cell_of(lat, lon);
        rows.iter().find(|r| r.cell == c).map(|r| r.band.clone())
    };
    assert_eq!(band_at(52.4814, -1.8998).as_deref(), Some("under-10-miles"));
    assert_eq!(
        band_at(60.1530, -1.1490).as_deref(),
        Some("50-miles-or-more")
    );
}

#[tokio::test]
async fn the_page_and_both_downloads_agree() {
    let app = TestApp::seeded().await;
    let page = app.get(&format!("/coverage?need={NEED}")).await;
    assert_eq!(page.status, StatusCode::OK, "{}", page.body);
    let html = &page.body;
    assert!(html.contains("<svg class=\"map-svg coverage-map\""));
    assert!(html.contains(&format!("href=\"/coverage.csv?need={NEED}\"")));
    assert!(html.contains(&format!("href=\"/coverage.geojson?need={NEED}\"")));
    // APP and PANDAS, and general support online or by phone, for all four nations.
    assert_eq!(page.texts("p.online-note"), [ONLINE_SENTENCE]);
    assert!(html.contains("116 123"));
    assert!(
        html.len() <= 100_000,
        "the page weighs {} bytes, over 100 KB",
        html.len()
    );

    let rows = parse_csv(&app.get(&format!("/coverage.csv?need={NEED}")).await.body);
    let mut counts: HashMap<String, usize> = HashMap::new();
    for r in &rows {
        *counts.entry(r.band.clone()).or_default() += 1;
    }
    let shown = legend(&page);
    for (band, n) in &shown {
        assert_eq!(counts.get(band).copied().unwrap_or(0), *n, "{band}");
    }
    assert_eq!(shown.values().sum::<usize>(), rows.len());

    let geo = app.get(&format!("/coverage.geojson?need={NEED}")).await;
    assert_eq!(geo.content_type, "application/geo+json");
    let json = geo.json();
    assert_eq!(json["type"], "FeatureCollection");
    let features = json["features"].as_array().unwrap();
    assert_eq!(features.len(), rows.len());
    for (f, r) in features.iter().zip(&rows) {
        let p = &f["properties"];
        assert_eq!(p["cell"], r.cell.as_str());
        assert_eq!(p["band"], r.band.as_str());
        assert_eq!(p["distance_km"].as_f64(), r.distance_km);
        let ring = f["geometry"]["coordinates"][0].as_array().unwrap();
        assert!(
            ring.len() >= 7 && ring.first() == ring.last(),
            "a closed hexagon"
        );
    }

    // The towns furthest from provision: a ranked table, furthest first.
    assert!(html.contains("Towns furthest from in-person support"));
    assert_eq!(html.matches("<th scope=\"row\">").count(), 20);
}

#[tokio::test]
async fn bad_filters_are_400_and_a_registry_change_refreshes_the_cache() {
    let app = TestApp::seeded().await;
    for path in ["/coverage", "/coverage.csv", "/coverage.geojson"] {
        let reply = app.get(&format!("{path}?need=astrology")).await;
        assert_eq!(reply.status, StatusCode::BAD_REQUEST, "{path}");
        assert!(reply.body.contains("astrology"));
        let reply = app.get(&format!("{path}?format=carrier-pigeon")).await;
        assert_eq!(reply.status, StatusCode::BAD_REQUEST, "{path}");
    }

    let inverness = |rows: &[Row]| {
        let c = h3o::LatLng::new(57.4778, -4.2247)
            .unwrap()
            .to_cell(h3o::Resolution::Five)
            .to_string();
        rows.iter().find(|r| r.cell == c).unwrap().band.clone()
    };
    let url = format!("/coverage.csv?need={NEED}");
    let before = parse_csv(&app.get(&url).await.body);
    assert_eq!(inverness(&before), "50-miles-or-more");
    // A new group in Inverness is on the map at once.
    let mut project: peermap::domain::Project = serde_json::from_value(serde_json::json!({
        "slug": "highland-pp-group",
        "name": "Highland postpartum psychosis group",
        "organisation": "Test",
        "summary": "A test group.",
        "needs": [NEED],
        "sites": [{"label": "Inverness", "lat": 57.4778, "lon": -4.2247, "precision": "town", "nation": "scotland"}],
        "source": "test"
    }))
    .unwrap();
    project.status = Status::Published;
    app.save_project(&project).await;
    let after = parse_csv(&app.get(&url).await.body);
    assert_eq!(inverness(&after), "under-10-miles");
}
