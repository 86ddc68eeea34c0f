//! Honest precision: in-person help never across the sea between Great Britain and
//! Northern Ireland, a nation searched as a nation, distances no more precise than the
//! places they are measured between, service areas only where a radius is stated, and
//! "Confirmed" only when the project itself confirmed.

use crate::support::TestApp;
use axum::http::StatusCode;
use chrono::Utc;
use chrono_tz::Europe::London;
use peermap::domain::{Delivery, Nation, Precision, Project, Site};

const CIP: &str = "community-intercultural-programme";
const REFUGEE: &str = "refugee-migrant-women";

/// A published listing for `need`, made from CIP's: `slug` meeting at one town-level site
/// (`label`, `lat`, `lon`, `nation`, stated radius in km).
async fn listing(
    app: &TestApp,
    slug: &str,
    need: &str,
    site: (&str, f64, f64, Nation, Option<f64>),
) -> Project {
    let mut p = app.project(CIP).await;
    p.slug = peermap::domain::Slug::parse(slug).unwrap();
    p.name = format!("Test group {slug}");
    p.needs = [need.to_string()].into();
    let (label, lat, lon, nation, radius_km) = site;
    p.sites = vec![Site {
        label: label.into(),
        lat,
        lon,
        precision: Precision::Town,
        radius_km,
        nation,
    }];
    p.sessions.clear();
    app.save_project(&p).await;
    p
}

fn slugs(list: &serde_json::Value) -> Vec<String> {
    list.as_array()
        .unwrap()
        .iter()
        .map(|r| r["slug"].as_str().unwrap().to_string())
        .collect()
}

/// The slugs of published listings for `need` that meet only in Great Britain.
async fn great_britain_only(app: &TestApp, need: &str) -> Vec<String> {
    app.published()
        .await
        .into_iter()
        .filter(|p| p.needs.contains(need) && !p.sites.is_empty())
        .filter(|p| p.sites.iter().all(|s| s.nation != Nation::NorthernIreland))
        .map(|p| p.slug.as_str().to_string())
        .collect()
}

#[tokio::test]
async fn portadown_is_offered_no_in_person_refugee_and_migrant_group_in_great_britain() {
    let app = TestApp::seeded().await;
    // A group in Stranraer, about 110 km from Portadown across the North Channel, that
    // also serves Northern Ireland online.
    let mut stranraer = listing(
        &app,
        "stranraer-new-arrivals",
        REFUGEE,
        ("Stranraer", 54.903, -5.024, Nation::Scotland, None),
    )
    .await;
    stranraer.delivery = [Delivery::InPerson, Delivery::Online].into();
    stranraer.nations = [Nation::Scotland, Nation::NorthernIreland].into();
    app.save_project(&stranraer).await;
    let gb = great_britain_only(&app, REFUGEE).await;
    assert!(gb.contains(&"stranraer-new-arrivals".to_string()));

    // From Scotland it is nearby in person.
    let scotland = app
        .get(&format!("/api/v1/search?where=Stranraer&need={REFUGEE}"))
        .await
        .json();
    assert!(slugs(&scotland["results"]).contains(&"stranraer-new-arrivals".to_string()));

    // From Portadown no group in Great Britain is offered in person, however many there are.
    let json = app
        .get(&format!("/api/v1/search?where=Portadown&need={REFUGEE}"))
        .await
        .json();
    assert_eq!(json["origin"]["nation"], "northern-ireland");
    let in_person = slugs(&json["results"]);
    let crossing: Vec<&String> = in_person.iter().filter(|s| gb.contains(s)).collect();
    assert_eq!(crossing, Vec::<&String>::new());
    assert!(in_person.contains(&CIP.to_string()));
    // It is still offered online, since it serves Northern Ireland remotely.
    assert!(slugs(&json["online"]).contains(&"stranraer-new-arrivals".to_string()));

    // Nor as the nearest beyond a distance that nothing is within.
    let beyond = app
        .get(&format!(
            "/api/v1/search?where=Portadown&need={REFUGEE}&within=1"
        ))
        .await
        .json();
    let beyond = slugs(&beyond["nearest_beyond"]);
    let crossing: Vec<&String> = beyond.iter().filter(|s| gb.contains(s)).collect();
    assert_eq!(crossing, Vec::<&String>::new());

    // The page says the same: the group is among the online options only.
    let page = app
        .get(&format!("/search?where=Portadown&need={REFUGEE}"))
        .await;
    let body = &page.body;
    let in_person = body.find("<h2>In person</h2>").unwrap();
    let online = body.find("Online and by phone").unwrap();
    assert!(!body[in_person..online].contains("Test group stranraer-new-arrivals"));
    assert!(body[online..].contains("Test group stranraer-new-arrivals"));
}

#[tokio::test]
async fn wales_is_a_nation_search_listing_relate_cymru() {
    let app = TestApp::seeded().await;
    for q in ["Wales", "wales", "Cymru"] {
        let place = app.get(&format!("/api/v1/geocode?q={q}")).await.json();
        assert_eq!(place["precision"], "nation", "{q}");
        assert_eq!(place["nation"], "wales", "{q}");
    }
    let json = app.get("/api/v1/search?where=Wales").await.json();
    assert_eq!(json["origin"]["nation"], "wales");
    assert_eq!(json["origin"]["precision"], "nation");
    assert_eq!(json["results"], serde_json::json!([]));
    assert!(slugs(&json["serving_nation"]).contains(&"relate-cymru".to_string()));

    let page = app.get("/search?where=Wales").await;
    assert_eq!(page.status, StatusCode::OK);
    assert_eq!(page.texts("h1"), ["Peer support serving Wales"]);
    assert!(page.body.contains("Relate Cymru"));
    // No distances from the middle of a nation.
    assert!(!page.body.contains(" away, "));
    assert!(!page.body.contains("<h2>In person</h2>"));
}

/// The distance each in-person result card states, in order.
fn distances(page: &crate::support::Page) -> Vec<String> {
    page.texts("ol.results > li.card > p > strong")
}

/// Whether `text` is "about N mile(s) (M km)" with whole numbers N and M.
fn about_whole_miles(text: &str) -> bool {
    let Some(rest) = text.strip_prefix("about ") else {
        return false;
    };
    let mut words = rest.split(' ');
    let miles = words.next().unwrap_or("");
    let unit = words.next().unwrap_or("");
    let km = words.next().unwrap_or("");
    !miles.is_empty()
        && miles.chars().all(|c| c.is_ascii_digit())
        && matches!(unit, "mile" | "miles")
        && km.starts_with('(')
        && km[1..].chars().all(|c| c.is_ascii_digit())
        && words.next() == Some("km)")
}

#[tokio::test]
async fn a_town_precision_result_reads_about_n_miles_never_zero() {
    let app = TestApp::seeded().await;
    let page = app
        .get("/search?where=Manchester&need=postpartum-psychosis")
        .await;
    let all = distances(&page);
    assert!(!all.is_empty(), "{}", page.body);
    // Every bundled site is known only to its town.
    assert!(about_whole_miles(&all[0]), "{all:?}");
    assert!(
        page.body
            .contains("(town centre; the exact place is not given)")
    );
    let zero: Vec<&String> = all.iter().filter(|d| d.contains("0.0")).collect();
    assert_eq!(zero, Vec::<&String>::new());

    // From Birmingham itself, where APP meets: under a mile, never "0.0 miles".
    let near = distances(
        &app.get("/search?where=Birmingham&need=postpartum-psychosis")
            .await,
    );
    assert_eq!(near[0], "under a mile");
    let sheet = app
        .get("/signpost?where=Birmingham&need=postpartum-psychosis")
        .await;
    assert!(sheet.body.contains("under a mile</strong> away"));
    assert!(!sheet.body.contains("0.0 miles"));
}

#[tokio::test]
async fn manchester_is_not_told_it_is_inside_a_preston_groups_area() {
    let app = TestApp::seeded().await;
    const NEED: &str = "fathers-partners";
    const SLUG: &str = "preston-dads";
    const INSIDE: &str = "You are inside the area it serves.";
    // About 45 km from Manchester; no radius stated.
    let mut preston = listing(
        &app,
        SLUG,
        NEED,
        ("Preston", 53.763, -2.705, Nation::England, None),
    )
    .await;
    let reachable = |json: serde_json::Value| {
        json["results"]
            .as_array()
            .unwrap()
            .iter()
            .find(|r| r["slug"] == SLUG)
            .map(|r| r["reachable"].clone())
            .unwrap_or_else(|| panic!("{SLUG} is not among {json}"))
    };
    let search = format!("/api/v1/search?where=Manchester&need={NEED}");
    let within = format!("{search}&within=50");
    assert_eq!(
        reachable(app.get(&search).await.json()),
        serde_json::Value::Null
    );
    assert_eq!(
        reachable(app.get(&within).await.json()),
        "within-chosen-distance"
    );
    let page = app
        .get(&format!("/search?where=Manchester&need={NEED}"))
        .await;
    let card = page
        .outer("li.card")
        .into_iter()
        .find(|c| c.contains("Test group preston-dads"))
        .unwrap();
    assert!(!card.contains(INSIDE), "{card}");
    // A listing that says it serves Greater Manchester is inside, and says so.
    let dad = page
        .outer("li.card")
        .into_iter()
        .find(|c| c.contains("Dad Matters Greater Manchester"))
        .unwrap_or_else(|| panic!("{}", page.excerpt()));
    assert!(dad.contains(INSIDE), "{dad}");

    // A stated radius short of Manchester does not cover it either.
    preston.sites[0].radius_km = Some(20.0);
    app.save_project(&preston).await;
    assert_eq!(
        reachable(app.get(&search).await.json()),
        serde_json::Value::Null
    );

    // Only a stated radius that reaches Manchester does.
    preston.sites[0].radius_km = Some(60.0);
    app.save_project(&preston).await;
    assert_eq!(
        reachable(app.get(&search).await.json()),
        "within-service-area"
    );
}

#[tokio::test]
async fn approving_a_claim_leaves_the_listing_unconfirmed_until_the_project_confirms_it() {
    let app = TestApp::seeded().await;
    let alice = app.maintainer_of(CIP).await;

    let approved = app.project(CIP).await;
    assert!(!approved.verified);
    assert_eq!(approved.last_confirmed, None);
    let page = app.visitor().get(&format!("/projects/{CIP}")).await.body;
    assert!(page.contains("Kept by the project, not yet confirmed by it"));
    assert!(
        page.contains("The project keeps this listing but has not confirmed these details yet")
    );
    assert!(!page.contains("Confirmed by the project"));
    let search = app
        .get(&format!("/api/v1/search?where=Portadown&need={REFUGEE}"))
        .await
        .json();
    assert_eq!(search["results"][0]["slug"], CIP);
    assert_eq!(search["results"][0]["verified"], false);

    // Alice says nothing has changed: now the project has confirmed it, today.
    let manage = format!("/manage/{CIP}");
    let confirmed = alice
        .submit(&manage, &format!("{manage}/confirm"), &[])
        .await;
    assert_eq!(
        confirmed.status,
        StatusCode::SEE_OTHER,
        "{}",
        confirmed.body
    );
    let today = Utc::now().with_timezone(&London).date_naive();
    let listing = app.project(CIP).await;
    assert!(listing.verified);
    assert_eq!(listing.last_confirmed, Some(today));
    let page = app.visitor().get(&format!("/projects/{CIP}")).await.body;
    assert!(page.contains(&format!(
        "Confirmed by the project on {}",
        today.format("%-d %B %Y")
    )));
    let search = app
        .get(&format!("/api/v1/search?where=Portadown&need={REFUGEE}"))
        .await
        .json();
    assert_eq!(search["results"][0]["verified"], true);
}

#[tokio::test]
async fn a_moderator_checking_a_listing_does_not_confirm_it_for_the_project() {
    let app = TestApp::seeded().await;
    let moderator = app.moderator().await;
    let manage = "/manage/quarriers";
    let checked = moderator
        .submit(manage, &format!("{manage}/confirm"), &[])
        .await;
    assert_eq!(checked.status, StatusCode::SEE_OTHER, "{}", checked.body);
    let listing = app.project("quarriers").await;
    assert!(!listing.verified);
    assert_eq!(
        listing.last_confirmed,
        Some(Utc::now().with_timezone(&London).date_naive())
    );
}
