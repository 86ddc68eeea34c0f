//! The filters: postcode and proximity equal a brute-force distance filter over our
//! sites, filters combine as AND, archived listings appear only to `modified_after`,
//! bad values are refused with a problem document, unknown ids are 404, and every
//! response (errors and preflights too) is open to any origin without a cookie.

use super::fixtures::{self, ARCHIVED, BASE, GROUP, REMOTE, assert_open, get_json};
use crate::support::TestApp;
use axum::http::{Method, header};
use peermap::domain::{LatLng, Status};
use std::collections::BTreeSet;

/// The ids listed at `uri` (asking for every item on one page).
async fn ids(app: &TestApp, uri: &str) -> Vec<String> {
    let sep = if uri.contains('?') { '&' } else { '?' };
    let page = get_json(app, &format!("{uri}{sep}per_page=500")).await;
    assert_eq!(page["total_pages"], 1, "{uri}");
    page["contents"]
        .as_array()
        .unwrap()
        .iter()
        .map(|d| d["id"].as_str().unwrap().to_string())
        .collect()
}

fn set(ids: Vec<String>) -> BTreeSet<String> {
    ids.into_iter().collect()
}

#[tokio::test]
async fn postcode_and_proximity_equal_a_brute_force_distance_filter() {
    let app = fixtures::sqlite_app().await;
    let feed = fixtures::feed(&app).await;
    let mut nonempty = 0;
    for postcode in ["LS1 4AP", "B15 2TT", "M13 9PL", "E1 6AN", "CF10 1EP"] {
        let origin = app.state.geocoder.lookup(postcode).unwrap().location;
        for metres in [2_000.0, 10_000.0, 40_000.0, 150_000.0] {
            let mut expected: Vec<(f64, String)> = Vec::new();
            for l in feed
                .iter()
                .filter(|l| l.project.status == Status::Published)
            {
                for (site, id) in l.project.sites.iter().zip(&l.site_uuids) {
                    let d = origin.distance_m(LatLng::new(site.lat, site.lon).unwrap());
                    if d <= metres {
                        expected.push((d, id.to_string()));
                    }
                }
            }
            let uri = format!(
                "{BASE}/service_at_locations?postcode={}&proximity={metres}",
                postcode.replace(' ', "+")
            );
            let got = ids(&app, &uri).await;
            let wanted: BTreeSet<String> = expected.iter().map(|(_, id)| id.clone()).collect();
            assert_eq!(set(got.clone()), wanted, "{uri}");
            // Nearest first.
            let distance = |id: &String| expected.iter().find(|(_, e)| e == id).unwrap().0;
            let distances: Vec<f64> = got.iter().map(distance).collect();
            assert!(
                distances.windows(2).all(|w| w[0] <= w[1]),
                "{uri}: {distances:?}"
            );
            nonempty += usize::from(!got.is_empty());
        }
    }
    assert!(nonempty >= 10, "the cases find sites: {nonempty}");
}

#[tokio::test]
async fn a_postcode_alone_finds_what_serves_it() {
    let app = fixtures::sqlite_app().await;
    let group = fixtures::listing(&app, GROUP).await;
    let remote = fixtures::listing(&app, REMOTE).await;
    // Leeds city centre is within the Leeds site's 15 km; Horsforth states no reach.
    let leeds = set(ids(
        &app,
        &format!("{BASE}/service_at_locations?postcode=LS1+4AP"),
    )
    .await);
    assert!(leeds.contains(&group.site_uuids[0].to_string()));
    assert!(!leeds.contains(&group.site_uuids[1].to_string()));
    // Cardiff: the remote listing serves Wales (and names Cardiff).
    let cardiff = set(ids(
        &app,
        &format!("{BASE}/service_at_locations?postcode=CF10+1EP"),
    )
    .await);
    let doc = get_json(&app, &format!("{BASE}/services/{}", remote.uuid)).await;
    let virtual_id = doc["service_at_locations"][0]["id"]
        .as_str()
        .unwrap()
        .to_string();
    assert!(cardiff.contains(&virtual_id), "{cardiff:?}");
    assert!(!leeds.contains(&virtual_id));
}

#[tokio::test]
async fn filters_combine_as_and() {
    let app = fixtures::sqlite_app().await;
    let group = fixtures::listing(&app, GROUP).await.uuid.to_string();
    let remote = fixtures::listing(&app, REMOTE).await.uuid.to_string();
    let services = |q: &str| format!("{BASE}/services?{q}");
    let all = set(ids(&app, &services("")).await);
    let term = peermap::oruk::ids::term("formats", "group");
    let needs = peermap::oruk::ids::taxonomy("needs");
    let cases = [
        format!("taxonomy_term_id={term}"),
        format!("taxonomy_id={needs}"),
        "search=leeds".to_string(),
        "minimum_age=16".to_string(),
        "maximum_age=45".to_string(),
        "day=TU".to_string(),
        "day=wednesday".to_string(),
        "start_time=09:00&end_time=12:30".to_string(),
        "modified_after=2000-01-01".to_string(),
    ];
    let mut each = Vec::new();
    for q in &cases {
        let found = set(ids(&app, &services(q)).await);
        assert!(
            found.is_subset(&all) || q.starts_with("modified_after"),
            "{q}"
        );
        each.push(found);
    }
    // Single filters mean what they say on the fixtures.
    assert!(each[0].contains(&group) && !each[0].contains(&remote));
    assert!(each[2].contains(&group) && each[2].len() < all.len());
    assert!(each[3].contains(&group) && each[4].contains(&group));
    assert!(each[5].contains(&group) && !each[5].contains(&remote));
    assert!(each[6].contains(&remote) && !each[6].contains(&group));
    assert!(each[7].contains(&group) && !each[7].contains(&remote));
    assert!(set(ids(&app, &services("minimum_age=17")).await).is_empty());
    let late = set(ids(&app, &services("start_time=19:00")).await);
    assert!(late.contains(&remote) && !late.contains(&group), "{late:?}");
    // Any two together are the intersection of each alone.
    for i in 0..cases.len() {
        for j in (i + 1)..cases.len() {
            let key = |q: &str| q.split('=').next().unwrap().to_string();
            if key(&cases[i]) == key(&cases[j]) {
                continue;
            }
            let both = set(ids(&app, &services(&format!("{}&{}", cases[i], cases[j]))).await);
            let expected: BTreeSet<String> = each[i].intersection(&each[j]).cloned().collect();
            assert_eq!(both, expected, "{} & {}", cases[i], cases[j]);
        }
    }
    // The same filters apply to the places of a service.
    let sals = set(ids(
        &app,
        &format!("{BASE}/service_at_locations?day=TU&search=leeds"),
    )
    .await);
    assert_eq!(
        sals.len(),
        3,
        "the group's two sites and its online offer: {sals:?}"
    );
}

#[tokio::test]
async fn an_archived_listing_is_inactive_by_id_and_listed_only_to_modified_after() {
    let app = fixtures::sqlite_app().await;
    let gone = fixtures::listing(&app, ARCHIVED).await;
    let id = gone.uuid.to_string();
    assert!(!ids(&app, &format!("{BASE}/services")).await.contains(&id));
    let since = (gone.modified - chrono::Duration::minutes(1))
        .to_rfc3339()
        .replace('+', "%2B");
    let changed = ids(&app, &format!("{BASE}/services?modified_after={since}")).await;
    assert!(changed.contains(&id), "{changed:?}");
    let later = (gone.modified + chrono::Duration::minutes(1)).format("%Y-%m-%dT%H:%M:%SZ");
    assert!(
        !ids(&app, &format!("{BASE}/services?modified_after={later}"))
            .await
            .contains(&id)
    );
    let doc = get_json(&app, &format!("{BASE}/services/{id}")).await;
    assert_eq!(doc["status"], "inactive");
    // A pending listing is not in the feed at all.
    let mut pending = fixtures::group();
    pending.slug = crate::support::records::slug("oruk-test-pending");
    pending.status = Status::Pending;
    app.save_project(&pending).await;
    assert!(
        fixtures::feed(&app)
            .await
            .iter()
            .all(|l| l.project.slug.as_str() != "oruk-test-pending")
    );
}

/// A server keeps the feed's order and what each query keeps until a listing changes:
/// a change shows in the next request, and the content of listings outside the search
/// index (archived) is still searched.
#[tokio::test]
async fn a_list_shows_a_change_at_once_and_searches_archived_listings_too() {
    let app = fixtures::sqlite_app().await;
    let gone = fixtures::listing(&app, ARCHIVED).await;
    let since = (gone.modified - chrono::Duration::minutes(1))
        .to_rfc3339()
        .replace('+', "%2B");
    let closed = format!("{BASE}/services?modified_after={since}&search=closed");
    assert_eq!(ids(&app, &closed).await, vec![gone.uuid.to_string()]);
    let renamed = format!("{BASE}/services?search=zanzibar");
    assert!(ids(&app, &renamed).await.is_empty());
    let places = format!("{BASE}/service_at_locations?search=zanzibar");
    assert!(ids(&app, &places).await.is_empty());
    let mut group = fixtures::listing(&app, GROUP).await;
    group.project.name = "Zanzibar Mums".into();
    app.save_project(&group.project).await;
    assert_eq!(ids(&app, &renamed).await, vec![group.uuid.to_string()]);
    let at: Vec<String> = group.site_uuids.iter().map(|u| u.to_string()).collect();
    let listed = ids(&app, &places).await;
    // Both sites, then online.
    assert_eq!(listed.len(), 3, "{listed:?}");
    assert_eq!(listed[..2], at[..], "{listed:?}");
    // The online place is found by its id, like a site.
    let online = get_json(&app, &format!("{BASE}/service_at_locations/{}", listed[2])).await;
    assert_eq!(online["service_id"], group.uuid.to_string());
    // Archiving takes it out of the next list.
    group.project.status = Status::Archived;
    app.save_project(&group.project).await;
    assert!(ids(&app, &renamed).await.is_empty());
}

#[tokio::test]
async fn bad_values_are_400_problems_and_unknown_ids_404() {
    let app = fixtures::sqlite_app().await;
    for q in [
        "services?page=0",
        "services?per_page=0",
        "services?page=two",
        "services?taxonomy_term_id=group",
        "services?taxonomy_id=123",
        "services?modified_after=last+week",
        "services?minimum_age=-1",
        "services?maximum_age=old",
        "services?day=someday",
        "services?start_time=9am",
        "services?end_time=25:00",
        "service_at_locations?proximity=1000",
        "service_at_locations?postcode=ZZ99+9ZZ&proximity=1000",
        "service_at_locations?postcode=LS1+4AP&proximity=far",
        "service_at_locations?postcode=Wales&proximity=1000",
        "taxonomies?per_page=-5",
        "taxonomy_terms?page=x",
    ] {
        let uri = format!("{BASE}/{q}");
        let page = app.get(&uri).await;
        assert_open(&page, &uri);
        assert_eq!(page.status, 400, "{uri}: {}", page.excerpt());
        assert!(
            page.content_type.starts_with("application/problem+json"),
            "{uri}"
        );
        assert!(!page.json()["detail"].as_str().unwrap().is_empty(), "{uri}");
    }
    let unknown = uuid::Uuid::new_v4();
    for path in [
        "services",
        "service_at_locations",
        "taxonomies",
        "taxonomy_terms",
    ] {
        for id in [unknown.to_string(), "not-a-uuid".to_string()] {
            let uri = format!("{BASE}/{path}/{id}");
            let page = app.get(&uri).await;
            assert_open(&page, &uri);
            assert_eq!(page.status, 404, "{uri}");
            assert!(
                page.content_type.starts_with("application/problem+json"),
                "{uri}"
            );
        }
    }
    let page = app.get(&format!("{BASE}/organizations/{unknown}")).await;
    assert_eq!(page.status, 404);
    assert_open(&page, "an unknown endpoint");
    // per_page is clamped, not refused.
    let page = get_json(&app, &format!("{BASE}/taxonomy_terms?per_page=100000")).await;
    assert!(page["size"].as_u64().unwrap() <= 500);
}

#[tokio::test]
async fn every_response_is_open_to_any_origin_without_a_cookie() {
    let app = fixtures::sqlite_app().await;
    let origin = [("origin", "https://directory.example")];
    for path in ["", "/services", "/taxonomies", "/nope"] {
        let uri = format!("{BASE}{path}");
        let page = app.get_with(&uri, &origin).await;
        assert_open(&page, &uri);
    }
    // A preflight is answered, open, without credentials.
    let (status, headers) = fixtures::send(
        &app,
        Method::OPTIONS,
        &format!("{BASE}/services"),
        &[
            ("origin", "https://directory.example"),
            ("access-control-request-method", "GET"),
            ("access-control-request-headers", "accept"),
        ],
    )
    .await;
    assert_eq!(status, 204, "a preflight is answered with no content");
    assert_eq!(headers[header::ACCESS_CONTROL_ALLOW_ORIGIN], "*");
    assert!(
        headers[header::ACCESS_CONTROL_ALLOW_METHODS]
            .to_str()
            .unwrap()
            .contains("GET")
    );
    assert!(!headers.contains_key(header::ACCESS_CONTROL_ALLOW_CREDENTIALS));
    assert!(!headers.contains_key(header::SET_COOKIE));
    // A signed-in visitor's cookie is not refreshed by the feed either.
    let signed_in = app.moderator().await;
    let page = signed_in.get(&format!("{BASE}/services")).await;
    assert_open(&page, "signed in");
    // Other methods are refused, still open.
    let (status, headers) =
        fixtures::send(&app, Method::POST, &format!("{BASE}/services"), &[]).await;
    assert!((400..500).contains(&status), "{status}");
    assert_eq!(headers[header::ACCESS_CONTROL_ALLOW_ORIGIN], "*");
    // Outside the feed, nothing changes.
    let page = app.get("/api/v1/projects").await;
    assert!(
        page.headers
            .get(header::ACCESS_CONTROL_ALLOW_ORIGIN)
            .is_none()
    );
}

/// The lists take their listings' content from the search index (and the listings it
/// does not hold, read once): page for page they say what the exported files say, which
/// are made from the store's own listings (drafts, archived and online-only among them).
#[tokio::test]
async fn the_lists_say_what_the_stored_listings_say() {
    let app = fixtures::sqlite_app().await;
    let feed = fixtures::feed(&app).await;
    let dir = tempfile::tempdir().unwrap();
    peermap::oruk::export::write(dir.path(), &feed, &app.state.taxonomy, BASE).unwrap();
    for list in ["services", "service_at_locations"] {
        let served = get_json(&app, &format!("{BASE}/{list}?per_page=500")).await;
        let file = dir.path().join(format!("{list}/page-1.json"));
        let written: serde_json::Value =
            serde_json::from_str(&std::fs::read_to_string(file).unwrap()).unwrap();
        assert!(served["contents"].as_array().unwrap().len() > 3, "{list}");
        assert_eq!(served, written, "{list}");
    }
}
