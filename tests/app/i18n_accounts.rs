//! Welsh for the pages of people who keep listings and of moderators: signing up and in,
//! the account page, the listing form and its errors, the moderation queue and its
//! decisions, peer reviews, the stale list and the one-click "still accurate" page; the
//! e-mail of an account that signed up in Welsh; and a listing's own Welsh words.

use crate::i18n::{assert_in, assert_no_english, assert_welsh as welsh};
use crate::support::app::PASSWORD;
use crate::support::{Page, TestApp, TestClock, db};
use axum::http::StatusCode;
use peermap::i18n::Lang;

const CIP: &str = "community-intercultural-programme";
const QUARRIERS: &str = "quarriers";
const APP: &str = "action-on-postpartum-psychosis";

/// GETs `uri` as `who`: it answers 200 and is in Welsh.
async fn welsh_page(who: &TestApp, uri: &str) -> Page {
    let page = who.get(uri).await;
    assert_eq!(page.status, StatusCode::OK, "{uri}: {}", page.excerpt());
    welsh(&page, uri);
    page
}

/// A session of `email`, who signed up on the Welsh page and confirmed the address.
async fn signed_up_in_welsh(app: &TestApp, email: &str) -> TestApp {
    let session = app.visitor();
    let uri = "/cy/account/signup";
    let made = session
        .submit(uri, uri, &[("email", email), ("password", PASSWORD)])
        .await;
    assert_eq!(made.status, StatusCode::SEE_OTHER, "{}", made.excerpt());
    let link = format!("/cy{}", app.confirmation_link(email).await);
    let confirmed = session.submit(&link, &link, &[]).await;
    assert_eq!(
        confirmed.status,
        StatusCode::SEE_OTHER,
        "{}",
        confirmed.excerpt()
    );
    session.known_as(email)
}

#[tokio::test]
async fn signing_up_in_and_the_account_page_are_in_welsh() {
    let app = TestApp::seeded().await;
    let visitor = app.visitor();
    for uri in [
        "/cy/account/signup",
        "/cy/account/login",
        "/cy/account/forgot",
    ] {
        let page = welsh_page(&visitor, uri).await;
        // Its form posts to the Welsh page, so what follows is in Welsh too.
        assert_eq!(
            page.attrs("form[method=post]", "action"),
            vec![uri],
            "{uri}"
        );
    }
    let signup = welsh_page(&visitor, "/cy/account/signup").await;
    assert_eq!(
        signup.texts("h1"),
        vec!["Creu cyfrif ar gyfer eich prosiect"]
    );

    // A password too short: said in Welsh, with the address kept.
    let uri = "/cy/account/signup";
    let short = visitor
        .submit(
            uri,
            uri,
            &[("email", "cymraes@example.test"), ("password", "byr")],
        )
        .await;
    assert_eq!(short.status, StatusCode::BAD_REQUEST, "{}", short.excerpt());
    welsh(&short, uri);
    assert!(
        short
            .texts("#password-error")
            .join(" ")
            .contains("Rhaid i’ch cyfrinair fod o leiaf 10 nod o hyd."),
        "{}",
        short.excerpt()
    );
    assert_eq!(
        short.attrs("input#email", "value"),
        vec!["cymraes@example.test"]
    );

    // Signed up in Welsh, she lands on her account page in Welsh.
    let session = app.visitor();
    let made = session
        .submit(
            uri,
            uri,
            &[("email", "cymraes@example.test"), ("password", PASSWORD)],
        )
        .await;
    assert_eq!(made.status, StatusCode::SEE_OTHER, "{}", made.excerpt());
    assert_eq!(made.location.as_deref(), Some("/cy/account"));
    let account = welsh_page(&session, "/cy/account").await;
    assert_eq!(account.texts("h1"), vec!["Eich cyfrif"]);
    assert!(
        account
            .body
            .contains("Cadarnhewch eich cyfeiriad e-bost yn gyntaf")
    );

    // A wrong password is refused in Welsh.
    let login = "/cy/account/login";
    let wrong = app
        .visitor()
        .submit(
            login,
            login,
            &[
                ("email", "cymraes@example.test"),
                ("password", "not it at all"),
            ],
        )
        .await;
    assert_eq!(wrong.status, StatusCode::UNAUTHORIZED);
    welsh(&wrong, login);
    assert!(
        wrong
            .body
            .contains("Nid yw’r cyfeiriad e-bost na’r cyfrinair yn gywir.")
    );
}

#[tokio::test]
async fn an_account_made_in_welsh_gets_its_e_mail_in_welsh() {
    let app = TestApp::seeded().await;
    let session = app.visitor();
    let uri = "/cy/account/signup";
    let made = session
        .submit(
            uri,
            uri,
            &[("email", "cymraes@example.test"), ("password", PASSWORD)],
        )
        .await;
    assert_eq!(made.status, StatusCode::SEE_OTHER, "{}", made.excerpt());
    let english = app.sign_up_unconfirmed("english@example.test").await;
    let outbox = app.state.store.outbox().await.unwrap();
    let to = |who: &str| {
        outbox
            .iter()
            .filter(|m| m.to == who)
            .cloned()
            .collect::<Vec<_>>()
    };
    let welsh = to("cymraes@example.test");
    assert_eq!(welsh.len(), 1, "{outbox:?}");
    let mail = &welsh[0];
    assert_eq!(
        mail.subject,
        "Cadarnhewch eich cyfeiriad e-bost ar gyfer peermap"
    );
    assert!(mail.text.starts_with("Helo,"), "{}", mail.text);
    assert!(mail.text.contains("o fewn 48 awr"), "{}", mail.text);
    assert!(mail.html.contains("<html lang=\"cy\">"), "{}", mail.html);
    // Its link opens the Welsh page, which confirms the address.
    let link = mail
        .text
        .split_whitespace()
        .find(|w| w.contains("/cy/account/verify/"))
        .unwrap_or_else(|| panic!("no Welsh link in {}", mail.text));
    let path = &link[link.find("/cy/").unwrap()..];
    let page = welsh_page(&session, path).await;
    assert_eq!(page.texts("h1"), vec!["Cadarnhewch eich cyfeiriad e-bost"]);
    let confirmed = session.submit(path, path, &[]).await;
    assert_eq!(confirmed.status, StatusCode::SEE_OTHER);
    assert!(
        app.state
            .store
            .is_verified(app.account_id("cymraes@example.test").await.unwrap())
            .await
            .unwrap()
    );

    // An account made on an English page is written to in English.
    let theirs = to(english.email());
    assert_eq!(theirs.len(), 1);
    assert_eq!(theirs[0].subject, "Confirm your e-mail address for peermap");
    assert!(theirs[0].text.starts_with("Hello,"));
    assert!(theirs[0].text.contains("/account/verify/"));
    assert!(!theirs[0].text.contains("/cy/"));

    // A password reset asked for on an English page still goes in her language.
    let forgot = "/account/forgot";
    let asked = app
        .visitor()
        .submit(forgot, forgot, &[("email", "cymraes@example.test")])
        .await;
    assert_eq!(asked.status, StatusCode::OK, "{}", asked.excerpt());
    let outbox = app.state.store.outbox().await.unwrap();
    let reset = outbox
        .iter()
        .rev()
        .find(|m| m.to == "cymraes@example.test")
        .unwrap();
    assert_eq!(reset.subject, "Gosod cyfrinair newydd ar gyfer peermap");
    assert!(reset.text.contains("/cy/account/reset/"), "{}", reset.text);
}

#[tokio::test]
async fn the_listing_form_and_its_errors_are_in_welsh_with_what_was_typed_kept() {
    let app = TestApp::seeded().await;
    let keeper = app.maintainer_of(CIP).await;
    let uri = format!("/cy/manage/{CIP}");
    let page = welsh_page(&keeper, &uri).await;
    assert_eq!(page.texts("label[for=name_cy]"), vec!["Enw yn Gymraeg"]);
    for other in ["reflection", "archive"] {
        welsh_page(&keeper, &format!("/cy/manage/{CIP}/{other}")).await;
    }

    // A place that cannot be found: the problem in Welsh, by the place, as typed.
    let mut form = page.form(&uri);
    form.set("name_cy", "Rhaglen Ryngddiwylliannol y Gymuned")
        .set("site_place_0", "Nowhere At All Xyz");
    let again = keeper.send_form(&form).await;
    assert_eq!(again.status, StatusCode::BAD_REQUEST, "{}", again.excerpt());
    welsh(&again, &uri);
    let problem = again.texts(".error-message").join(" ");
    assert!(problem.contains("Lle 1:"), "{problem}");
    assert_eq!(
        again.attrs("input#site_place_0", "value"),
        vec!["Nowhere At All Xyz"]
    );
    assert_eq!(
        again.attrs("input#name_cy", "value"),
        vec!["Rhaglen Ryngddiwylliannol y Gymuned"]
    );

    // A number that is not one: said in Welsh.
    let mut form = page.form(&uri);
    form.set("min_age", "dau");
    let again = keeper.send_form(&form).await;
    assert_eq!(again.status, StatusCode::BAD_REQUEST, "{}", again.excerpt());
    welsh(&again, &uri);
    let problem = again.texts("#min_age-error").join(" ");
    assert!(problem.contains("nid yw “dau” yn rhif."), "{problem}");
    assert_eq!(again.attrs("input#min_age", "value"), vec!["dau"]);

    // Saved, the Welsh name is the listing's on Welsh pages.
    app.set_trusted(CIP, keeper.email()).await;
    let mut form = page.form(&uri);
    form.set("name_cy", "Rhaglen Ryngddiwylliannol y Gymuned");
    let saved = keeper.send_form(&form).await;
    assert_eq!(saved.status, StatusCode::SEE_OTHER, "{}", saved.excerpt());
    assert_eq!(
        app.project(CIP).await.name_cy.as_deref(),
        Some("Rhaglen Ryngddiwylliannol y Gymuned")
    );
}

#[tokio::test]
async fn moderation_and_its_decisions_are_in_welsh() {
    let app = TestApp::seeded().await;
    let moderator = app.moderator().await;
    let asker = signed_up_in_welsh(&app, "asker@example.test").await;
    let id = app.claimed(&asker, QUARRIERS).await;

    let queue = welsh_page(&moderator, "/cy/moderate").await;
    assert_eq!(queue.texts("h1"), vec!["Cymedroli"]);
    welsh_page(&moderator, "/cy/moderate/stale").await;

    // Rejecting with no reason is refused, in Welsh.
    let action = format!("/cy/moderate/claims/{id}");
    let mut form = queue.form(&action);
    form.set("decision", "reject");
    let refused = moderator.send_form(&form).await;
    assert_eq!(refused.status, StatusCode::BAD_REQUEST);
    assert_in(&refused, &action, Lang::Cy);
    assert!(
        refused
            .body
            .contains("Rhowch reswm pan fyddwch yn gwrthod cais."),
        "{}",
        refused.excerpt()
    );
    // Approved, the queue is shown again in Welsh.
    let mut form = queue.form(&action);
    form.set("decision", "approve").set("reason", "Wedi ffonio");
    let approved = moderator.send_form(&form).await;
    assert_eq!(
        approved.status,
        StatusCode::SEE_OTHER,
        "{}",
        approved.excerpt()
    );
    assert_eq!(approved.location.as_deref(), Some("/cy/moderate"));
    welsh_page(&moderator, "/cy/moderate").await;
    // She is told in Welsh, the language she signed up in; the moderator's own mail
    // (an account made by an operator) is in English.
    let outbox = app.state.store.outbox().await.unwrap();
    let told = outbox
        .iter()
        .find(|m| m.to == "asker@example.test" && m.subject.starts_with("Wedi’i gymeradwyo: "))
        .unwrap_or_else(|| panic!("{outbox:?}"));
    assert!(
        told.text.contains("Ysgrifennodd y cymedrolwr: Wedi ffonio"),
        "{}",
        told.text
    );
    assert!(told.text.contains("/cy/account"), "{}", told.text);
    assert!(told.html.contains("<html lang=\"cy\">"));
    let asked = outbox
        .iter()
        .find(|m| m.to == crate::support::app::MODERATOR)
        .unwrap();
    assert!(
        asked.subject.starts_with("A request to decide"),
        "{}",
        asked.subject
    );
}

#[tokio::test]
async fn a_safeguarding_report_reaches_each_moderator_in_their_language() {
    let app = TestApp::seeded().await;
    app.moderator().await;
    signed_up_in_welsh(&app, "cymedrolwr@example.test").await;
    app.make_moderator("cymedrolwr@example.test").await;
    let path = format!("/projects/{CIP}/report");
    let sent = app
        .visitor()
        .submit(
            &path,
            &path,
            &[("kind", "safeguarding"), ("detail", "A concern.")],
        )
        .await;
    assert_eq!(sent.status, StatusCode::OK, "{}", sent.excerpt());
    let outbox = app.state.store.outbox().await.unwrap();
    let subject = |to: &str| {
        outbox
            .iter()
            .rev()
            .find(|m| m.to == to)
            .map(|m| m.subject.clone())
            .unwrap()
    };
    assert!(
        subject("cymedrolwr@example.test").starts_with("Pryder diogelu wedi’i adrodd am "),
        "{outbox:?}"
    );
    assert!(
        subject(crate::support::app::MODERATOR).starts_with("Safeguarding concern reported about ")
    );
}

#[tokio::test]
async fn a_peer_review_is_written_and_previewed_in_welsh() {
    let app = TestApp::seeded().await;
    app.reflected(
        CIP,
        &format!("/cy/manage/{CIP}/reflection"),
        &[
            ("status_safe-and-nurturing", "we-do-this"),
            ("how_safe-and-nurturing", "Two trained facilitators."),
        ],
    )
    .await;
    let bob = app.maintainer_of(QUARRIERS).await;
    let uri = format!("/cy/projects/{CIP}/review");
    let form = welsh_page(&bob, &uri).await;
    assert!(form.body.contains("Rydym yn adnabod hyn"));
    // The principles and their questions as the Welsh toolkit words them.
    assert!(
        form.texts("legend h2")
            .iter()
            .any(|t| t == "Diogel a meithringar"),
        "{:?}",
        form.texts("legend h2")
    );

    // With nothing chosen: the problem said in Welsh.
    let mut empty = form.form(&uri);
    empty.set("action", "preview");
    let again = bob.send_form(&empty).await;
    assert_eq!(again.status, StatusCode::BAD_REQUEST, "{}", again.excerpt());
    assert_in(&again, &uri, Lang::Cy);

    let mut good = form.form(&uri);
    good.set("verdict_safe-and-nurturing", "recognise")
        .set("comment_safe-and-nurturing", "We work the same way.")
        .set("action", "preview");
    let preview = bob.send_form(&good).await;
    assert_eq!(preview.status, StatusCode::OK, "{}", preview.excerpt());
    welsh(&preview, &uri);
    assert_eq!(
        preview.texts("h1"),
        vec!["Gwiriwch eich adolygiad cyn iddo gael ei gyhoeddi"]
    );
}

#[tokio::test]
async fn the_still_accurate_page_is_in_welsh() {
    let clock = TestClock::default();
    let app = TestApp::over_with(db::seeded_sqlite().await, |c| c.clock = clock.clock()).await;
    app.maintainer_of(APP).await;
    clock.advance_months(11);
    assert_eq!(app.state.registry.send_reminders().await.unwrap(), 1);
    let outbox = app.state.store.outbox().await.unwrap();
    let link = outbox
        .iter()
        .find_map(|m| {
            m.text
                .split_whitespace()
                .find(|w| w.contains("/still-accurate/"))
                .map(str::to_string)
        })
        .unwrap();
    let path = format!("/cy{}", &link[link.find("/still-accurate/").unwrap()..]);
    let visitor = app.visitor();
    let page = visitor.get(&path).await;
    assert_eq!(page.status, StatusCode::OK, "{}", page.excerpt());
    assert_in(&page, &path, Lang::Cy);
    assert_no_english(&page, &path, None);
    assert_eq!(
        page.texts("h1"),
        vec!["Ydy’r rhestriad hwn yn dal yn gywir?"]
    );
    let action = format!("/cy/still-accurate/{APP}");
    let form = page.form(&action);
    assert!(form.value("token").is_some_and(|t| !t.is_empty()));
    let done = visitor.send_form(&form).await;
    assert_eq!(done.status, StatusCode::OK, "{}", done.excerpt());
    welsh(&done, &action);
    assert_eq!(
        done.texts("h1"),
        vec!["Diolch: mae’r rhestriad wedi’i gadarnhau"]
    );
}

#[tokio::test]
async fn a_listing_with_a_welsh_name_shows_it_on_welsh_pages_and_english_elsewhere() {
    let app = TestApp::seeded().await;
    let mut p = app.project(CIP).await;
    p.name_cy = Some("Rhaglen Ryngddiwylliannol y Gymuned".into());
    p.summary_cy = Some("Cymorth gan gymheiriaid i famau.".into());
    app.save_project(&p).await;

    let page = app.get(&format!("/cy/projects/{CIP}")).await;
    assert_eq!(page.status, StatusCode::OK);
    assert_eq!(
        page.texts("h1"),
        vec!["Rhaglen Ryngddiwylliannol y Gymuned"]
    );
    // Welsh words on a Welsh page are not marked as another language.
    assert_eq!(page.attrs("h1", "lang"), Vec::<String>::new());
    assert!(page.body.contains("Cymorth gan gymheiriaid i famau."));
    // Its description, given only in English, is marked so.
    assert!(page.attrs("p[lang=en]", "lang").len() > 1);

    // English pages keep the English name.
    let english = app.get(&format!("/projects/{CIP}")).await;
    assert_eq!(english.texts("h1"), vec![p.name.clone()]);

    // In Welsh search results: the Welsh name, unmarked; others in English, marked.
    let results = app
        .get("/cy/search?where=Portadown&need=refugee-migrant-women")
        .await;
    assert_eq!(results.status, StatusCode::OK);
    let names = results.texts("li.card h3");
    assert!(
        names.contains(&"Rhaglen Ryngddiwylliannol y Gymuned".to_string()),
        "{names:?}"
    );
    let cards = results.outer("li.card h3");
    let welsh: Vec<_> = cards
        .iter()
        .filter(|h| h.contains("Rhaglen Ryngddiwylliannol"))
        .collect();
    assert!(
        welsh.iter().all(|h| !h.contains("lang=\"en\"")),
        "{welsh:?}"
    );
    let english_cards: Vec<_> = cards
        .iter()
        .filter(|h| !h.contains("Rhaglen Ryngddiwylliannol"))
        .collect();
    assert!(!english_cards.is_empty());
    assert!(
        english_cards.iter().all(|h| h.contains("lang=\"en\"")),
        "{english_cards:?}"
    );
    // And in the directory.
    let directory = app.get("/cy/projects").await;
    assert!(
        directory
            .texts("li.card h2 a, li.card h3 a")
            .contains(&"Rhaglen Ryngddiwylliannol y Gymuned".to_string())
    );
    let english_directory = app.get("/projects").await;
    assert!(
        !english_directory
            .body
            .contains("Rhaglen Ryngddiwylliannol y Gymuned")
    );
}

#[tokio::test]
async fn a_maintainer_who_signed_up_in_welsh_hears_of_a_problem_report_in_welsh() {
    let app = TestApp::seeded().await;
    let english = app.maintainer_of(CIP).await;
    let welsh = signed_up_in_welsh(&app, "cynhaliwr@example.test").await;
    let claim = format!("/cy/projects/{CIP}/claim");
    let sent = welsh
        .submit(&claim, &claim, &[("statement", "Fi sy'n cydlynu'r grŵp.")])
        .await;
    assert_eq!(sent.status, StatusCode::OK, "{}", sent.excerpt());
    let id = app.pending_claim("cynhaliwr@example.test", CIP).await;
    app.approve_claim(id).await;

    let path = format!("/projects/{CIP}/report");
    let reported = app
        .visitor()
        .submit(&path, &path, &[("kind", "closed"), ("detail", "")])
        .await;
    assert_eq!(reported.status, StatusCode::OK, "{}", reported.excerpt());
    let outbox = app.state.store.outbox().await.unwrap();
    let last_to = |to: &str| outbox.iter().rev().find(|m| m.to == to).cloned().unwrap();
    let cy = last_to("cynhaliwr@example.test");
    assert!(
        cy.subject.starts_with("Problem wedi’i hadrodd gyda "),
        "{cy:?}"
    );
    assert!(cy.text.starts_with("Helo,"), "{}", cy.text);
    assert!(
        cy.text.contains(&format!("/cy/manage/{CIP}")),
        "{}",
        cy.text
    );
    let en = last_to(english.email());
    assert!(en.subject.starts_with("A problem reported with "), "{en:?}");
    assert!(
        en.text.contains("it has closed or stopped running"),
        "{}",
        en.text
    );
    assert!(!en.text.contains("/cy/"), "{}", en.text);
}
