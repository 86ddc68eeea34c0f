//! Support between projects: a project says what it offers, a small initiative finds
//! the nearest offer of what it needs (exactly, as a scan of every offer finds it), and
//! asks to connect through peermap without seeing anyone's address.

use crate::support::TestApp;
use axum::http::StatusCode;
use peermap::domain::support::{OfferPlace, SupportKind, SupportOffer};
use peermap::domain::{Slug, Status};
use peermap::registry::support::find_offers;

const QUARRIERS: &str = "quarriers";
const ACACIA: &str = "acacia-family-support";

/// Quarriers' keeper offers supervision in Blackpool and online, through the form.
async fn quarriers_offers(app: &TestApp) -> TestApp {
    let keeper = app.maintainer_of(QUARRIERS).await;
    let form = "/manage/quarriers/support";
    // A place nobody can find is said by the field, with what was typed kept.
    let bad = keeper
        .submit(
            form,
            form,
            &[
                ("offer_supervision", "yes"),
                ("place_supervision", "Qwxzzy"),
            ],
        )
        .await;
    assert_eq!(bad.status, StatusCode::BAD_REQUEST, "{}", bad.excerpt());
    assert_eq!(bad.texts(".error-summary li").len(), 1);
    assert_eq!(bad.form(form).value("place_supervision"), Some("Qwxzzy"));
    let done = keeper
        .submit(
            form,
            form,
            &[
                ("offer_supervision", "yes"),
                ("place_supervision", "Blackpool"),
                ("online_supervision", "yes"),
            ],
        )
        .await;
    assert_eq!(done.status, StatusCode::SEE_OTHER, "{}", done.excerpt());
    let again = keeper.get(form).await;
    assert_eq!(
        again.form(form).value("place_supervision"),
        Some("Blackpool")
    );
    keeper
}

/// Other projects' offers, stored directly: supervision in Manchester and Lancaster,
/// training (not supervision) in Preston itself.
async fn other_offers(app: &TestApp) {
    let store = &app.state.store;
    let published: Vec<Slug> = store
        .all_published()
        .await
        .unwrap()
        .into_iter()
        .filter(|s| s.project.status == Status::Published)
        .map(|s| s.project.slug)
        .filter(|s| s.as_str() != QUARRIERS && s.as_str() != ACACIA)
        .collect();
    let at = |town: &str| OfferPlace {
        label: town.to_string(),
        location: app.state.geocoder.lookup(town).unwrap().location,
    };
    let offers = [
        (SupportKind::Supervision, "Manchester"),
        (SupportKind::Supervision, "Lancaster"),
        (SupportKind::Training, "Preston"),
        (SupportKind::Supervision, "Glasgow"),
    ];
    for (project, (kind, town)) in published.iter().zip(offers) {
        let offer = SupportOffer {
            kind,
            place: Some(at(town)),
            online: false,
        };
        store
            .set_support_offers(project, &[offer], "test", chrono::Utc::now())
            .await
            .unwrap();
    }
}

#[tokio::test]
async fn a_small_initiative_in_preston_finds_the_nearest_supervision_exactly() {
    let app = TestApp::seeded().await;
    quarriers_offers(&app).await;
    other_offers(&app).await;
    let page = app
        .visitor()
        .get("/toolkit/support?need=supervision&where=Preston")
        .await;
    assert_eq!(page.status, StatusCode::OK, "{}", page.excerpt());
    let near = page.attrs("ol.offers-near li > a:first-child", "href");
    // Blackpool is nearest to Preston; training in Preston itself is not supervision.
    assert_eq!(near[0], "/projects/quarriers", "{near:?}");
    assert_eq!(near.len(), 4, "{near:?}");
    // The same as scanning every offer.
    let all = app.state.store.all_support_offers().await.unwrap();
    let preston = app.state.geocoder.lookup("Preston").unwrap().location;
    let (scanned, online) = find_offers(all, SupportKind::Supervision, preston, 10, true);
    let expected: Vec<String> = scanned
        .iter()
        .map(|f| format!("/projects/{}", f.project))
        .collect();
    assert_eq!(near, expected);
    let distances: Vec<f64> = scanned.iter().map(|f| f.distance_m.unwrap()).collect();
    assert!(distances.windows(2).all(|w| w[0] <= w[1]), "{distances:?}");
    let shown = page.texts("ol.offers-near li");
    assert!(shown[0].contains("Blackpool ("), "{shown:?}");
    // Online offers are listed after, for anywhere.
    assert_eq!(online.len(), 1);
    assert_eq!(
        page.attrs("ul.offers-online li > a:first-child", "href"),
        ["/projects/quarriers"]
    );
    // No place: asked for, on the form.
    let no_place = app.visitor().get("/toolkit/support?need=supervision").await;
    assert_eq!(no_place.status, StatusCode::BAD_REQUEST);
    assert_eq!(no_place.texts(".error-summary li").len(), 1);
    let unknown = app
        .visitor()
        .get("/toolkit/support?need=juggling&where=Preston")
        .await;
    assert_eq!(unknown.status, StatusCode::BAD_REQUEST);
}

#[tokio::test]
async fn asking_to_connect_is_relayed_by_email_without_showing_an_address() {
    let app = TestApp::seeded().await;
    quarriers_offers(&app).await;
    let asker = app.maintainer_of(ACACIA).await;
    let form = "/toolkit/support/quarriers/connect?need=supervision";
    let action = "/toolkit/support/quarriers/connect";
    let page = asker.get(form).await;
    assert_eq!(page.status, StatusCode::OK, "{}", page.excerpt());
    assert!(!page.body.contains("maintainer@quarriers.test"));
    let empty = asker
        .submit(form, action, &[("from", ACACIA), ("message", "")])
        .await;
    assert_eq!(empty.status, StatusCode::BAD_REQUEST);
    assert_eq!(empty.texts(".error-summary li").len(), 1);
    let message = "We are a new group in Preston and would like supervision.";
    let sent = asker
        .submit(form, action, &[("from", ACACIA), ("message", message)])
        .await;
    assert_eq!(sent.status, StatusCode::OK, "{}", sent.excerpt());
    assert_eq!(sent.texts("h1"), ["Your message is sent"]);
    assert!(!sent.body.contains("maintainer@quarriers.test"));
    let mail: Vec<_> = app
        .state
        .store
        .outbox()
        .await
        .unwrap()
        .into_iter()
        .filter(|m| m.subject.contains("asks to connect"))
        .collect();
    assert_eq!(mail.len(), 1);
    assert_eq!(mail[0].to, "maintainer@quarriers.test");
    assert!(mail[0].text.contains(message), "{}", mail[0].text);
    assert!(mail[0].text.contains(asker.email()), "{}", mail[0].text);
    // Only for a project the account keeps.
    let stranger = app.sign_up("someone@example.org").await;
    let refused = stranger
        .post_fields(
            action,
            "/account",
            &[
                ("need", "supervision"),
                ("from", ACACIA),
                ("message", message),
            ],
        )
        .await;
    assert_eq!(
        refused.status,
        StatusCode::FORBIDDEN,
        "{}",
        refused.excerpt()
    );
    // A kind it does not offer.
    let wrong = asker
        .post_fields(
            action,
            form,
            &[("need", "training"), ("from", ACACIA), ("message", message)],
        )
        .await;
    assert_eq!(wrong.status, StatusCode::NOT_FOUND, "{}", wrong.excerpt());
}
