//! Results a person can act on: general support next door is never hidden by a need, the
//! need list says which needs have nothing behind them, few results offer a next step,
//! and a card carries the ways to get in touch, once per project.

use crate::support::TestApp;
use axum::http::StatusCode;

#[tokio::test]
async fn a_need_does_not_hide_general_support_next_door() {
    let app = TestApp::seeded().await;
    let page = app
        .get("/search?where=Bristol&need=postnatal-depression-anxiety")
        .await;
    assert_eq!(page.status, StatusCode::OK, "{}", page.excerpt());
    let cards = page.outer("ol.results > li.card");
    // Bluebell meets in Bristol for any perinatal mental health difficulty: it comes before
    // listings naming the need 77 miles away, labelled as general support.
    assert!(cards[0].contains("Bluebell Care Trust"), "{}", cards[0]);
    assert!(cards[0].contains("General support for any mental health difficulty"));
    let acacia = cards
        .iter()
        .position(|c| c.contains("Acacia Family Support"))
        .unwrap();
    assert!(
        !cards[acacia].contains("class=\"general\""),
        "Acacia names the need"
    );
}

#[tokio::test]
async fn within_the_same_distance_listings_naming_the_need_come_first() {
    let app = TestApp::seeded().await;
    let page = app
        .get("/search?where=B15+2TT&need=postpartum-psychosis")
        .await;
    let cards = page.outer("ol.results > li.card");
    // Every result here is in Birmingham: APP, which names the need, before general support.
    assert!(
        cards[0].contains("Action on Postpartum Psychosis"),
        "{}",
        cards[0]
    );
    assert!(
        cards
            .iter()
            .skip(1)
            .any(|c| c.contains("class=\"general\""))
    );
}

#[tokio::test]
async fn the_need_list_says_which_needs_no_listing_names_yet() {
    let app = TestApp::seeded().await;
    let page = app.get("/search").await;
    let options = page.texts("select#need option");
    assert!(
        options.contains(&"Postpartum psychosis (3 listings)".to_string()),
        "{options:?}"
    );
    assert!(
        options.contains(&"LGBT+ parents (none listed yet: general support shown)".to_string()),
        "{options:?}"
    );
}

#[tokio::test]
async fn few_results_give_one_tap_ways_to_widen_and_what_to_do_now() {
    let app = TestApp::seeded().await;
    let page = app
        .get("/search?where=Cardiff&need=fathers-partners&within=10")
        .await;
    assert_eq!(page.status, StatusCode::OK);
    let links = page.attrs("section.next-steps a", "href");
    assert!(
        links.contains(&"/search?where=Cardiff&within=10".to_string()),
        "{links:?}"
    );
    assert!(
        links.contains(&"/search?where=Cardiff&need=fathers-partners".to_string()),
        "{links:?}"
    );
    assert!(
        links.contains(&"/search?where=Cardiff&need=perinatal-mental-health&within=10".to_string()),
        "{links:?}"
    );
    assert!(links.contains(&"#crisis-title".to_string()));
    assert!(page.texts("section.next-steps p")[0].contains("GP, midwife, health visitor"));
    // Following the first link widens the search: more than before.
    let wider = app.get("/search?where=Cardiff&within=10").await;
    assert!(wider.outer("li.card").len() >= page.outer("li.card").len());
}

#[tokio::test]
async fn a_card_offers_the_ways_to_get_in_touch_once_per_project() {
    let app = TestApp::seeded().await;
    let mut project = app.project("action-on-postpartum-psychosis").await;
    project.contact.website = Some("https://www.app-network.org/".into());
    project.contact.email = Some("app@app-network.org".into());
    app.save_project(&project).await;
    let page = app
        .get("/search?where=B15+2TT&need=postpartum-psychosis")
        .await;
    let cards: Vec<String> = page
        .outer("li.card")
        .into_iter()
        .filter(|c| c.contains("Action on Postpartum Psychosis"))
        .collect();
    assert_eq!(cards.len(), 1, "met in Birmingham and online: one card");
    assert!(cards[0].contains("Also online or by phone."));
    assert_eq!(
        crate::support::html::attrs(&cards[0], "ul.actions a", "href"),
        ["https://www.app-network.org/", "mailto:app@app-network.org"]
    );
    assert!(
        page.texts("p strong")
            .iter()
            .any(|t| t.ends_with("online or by phone") && t.contains("result"))
    );
}

#[tokio::test]
async fn once_a_place_is_known_the_need_list_says_how_many_are_near() {
    let app = TestApp::seeded().await;
    let page = app.get("/search?where=B15+2TT").await;
    let options = page.texts("select#need option");
    // APP meets in Birmingham; the Beadnell unit is in Northumberland.
    assert!(
        options.contains(&"Postpartum psychosis (3 listings, 1 near you)".to_string()),
        "{options:?}"
    );
    let page = app.get("/search?where=Portadown").await;
    let options = page.texts("select#need option");
    assert!(
        options.contains(&"Postpartum psychosis (3 listings, none near you)".to_string()),
        "{options:?}"
    );
}

#[tokio::test]
async fn the_refine_form_comes_before_the_results_and_cards_say_how_to_join() {
    let app = TestApp::seeded().await;
    let page = app.get("/search?where=Bristol").await;
    let refine = page
        .body
        .find("<details class=\"refine\" id=\"search-again\">")
        .unwrap();
    let first_card = page.body.find("<li class=\"card\"").unwrap();
    assert!(
        refine < first_card,
        "the form to change the search is first"
    );
    assert_eq!(
        page.outer("form.search").len(),
        1,
        "one form, no duplicate ids"
    );
    assert_eq!(
        page.attrs("details#search-again form.search input#where", "value"),
        ["Bristol"]
    );
    // A card says how to join when the listing says: Refugee Women Connect in Liverpool
    // takes self-referrals.
    let page = app.get("/search?where=Liverpool").await;
    let joins = page.texts("li.card p.join");
    assert!(
        joins
            .iter()
            .any(|j| j.starts_with("How to join: you can refer yourself")),
        "{joins:?}"
    );
}

#[tokio::test]
async fn the_map_for_postpartum_psychosis_opens_with_the_emergency_advice() {
    let app = TestApp::seeded().await;
    let page = app.get("/map?need=postpartum-psychosis").await;
    assert_eq!(page.status, StatusCode::OK);
    assert_eq!(
        page.texts("section.emergency h2"),
        ["Postpartum psychosis is an emergency"]
    );
    assert!(
        app.get("/map")
            .await
            .texts("section.emergency h2")
            .is_empty()
    );
}
