//! Welsh for what projects do for each other: the support finder, offers and asking to
//! connect; claiming a listing; where a listing stands on the peer-assurance route and a
//! moderator's withdrawal; and a listing's reflection and peer reviews. Under `/cy/` each
//! is in Welsh, links to English, and its forms post to the Welsh page.

use crate::i18n::{assert_in, assert_welsh as welsh};
use crate::support::app::PASSWORD;
use crate::support::{Page, TestApp};
use axum::http::StatusCode;
use chrono::NaiveTime;
use peermap::domain::{Day, Frequency, Principle, Session};
use peermap::i18n::Lang;

const CIP: &str = "community-intercultural-programme";
const QUARRIERS: &str = "quarriers";
const ACACIA: &str = "acacia-family-support";

/// GETs `uri` as `who`: it answers `status` and is in Welsh.
async fn welsh_page(who: &TestApp, uri: &str, status: StatusCode) -> Page {
    let page = who.get(uri).await;
    assert_eq!(page.status, status, "{uri}: {}", page.excerpt());
    welsh(&page, uri);
    page
}

/// A session of `email`, who signed up on the Welsh page and confirmed the address.
async fn signed_up_in_welsh(app: &TestApp, email: &str) -> TestApp {
    let session = app.visitor();
    let signup = "/cy/account/signup";
    let made = session
        .submit(signup, signup, &[("email", email), ("password", PASSWORD)])
        .await;
    assert_eq!(made.status, StatusCode::SEE_OTHER, "{}", made.excerpt());
    let link = format!("/cy{}", app.confirmation_link(email).await);
    let confirmed = session.submit(&link, &link, &[]).await;
    assert_eq!(confirmed.status, StatusCode::SEE_OTHER);
    session
}

/// The one form on `page` that posts, and where it posts.
fn posts_to(page: &Page) -> Vec<String> {
    page.attrs("form[method=post]", "action")
}

#[tokio::test]
async fn the_support_finder_offers_and_connect_are_in_welsh() {
    let app = TestApp::seeded().await;
    let visitor = app.visitor();
    let finder = welsh_page(&visitor, "/cy/toolkit/support", StatusCode::OK).await;
    assert_eq!(
        finder.texts("h1"),
        vec!["Dod o hyd i help gan brosiectau eraill"]
    );
    assert_eq!(
        finder.attrs("form[method=get]", "action"),
        vec!["/cy/toolkit/support"]
    );
    assert!(
        finder
            .texts("label[for=need-supervision]")
            .contains(&"Goruchwyliaeth neu ymarfer myfyriol".to_string())
    );
    // No place: asked for in Welsh, by the field.
    let uri = "/cy/toolkit/support?need=supervision";
    let no_place = welsh_page(&visitor, uri, StatusCode::BAD_REQUEST).await;
    assert_eq!(
        no_place.texts(".error-summary li"),
        vec!["Dywedwch ble rydych chi: tref neu god post."]
    );

    // Quarriers' keeper says what it offers, on the Welsh form.
    let keeper = app.maintainer_of(QUARRIERS).await;
    // A second keeper of Quarriers reads peermap in Welsh.
    let cymraes = signed_up_in_welsh(&app, "ceidwad@example.test").await;
    let claim = format!("/cy/projects/{QUARRIERS}/claim");
    let claimed = cymraes
        .submit(&claim, &claim, &[("statement", "Fi sy’n cydlynu’r grŵp.")])
        .await;
    assert_eq!(claimed.status, StatusCode::OK, "{}", claimed.excerpt());
    let id = app.pending_claim("ceidwad@example.test", QUARRIERS).await;
    app.approve_claim(id).await;
    let form = format!("/cy/manage/{QUARRIERS}/support");
    let page = welsh_page(&keeper, &form, StatusCode::OK).await;
    assert_eq!(posts_to(&page), vec![form.clone()]);
    // Offered with neither a place nor online: said in Welsh, with the tick kept.
    let missing = keeper
        .submit(&form, &form, &[("offer_supervision", "yes")])
        .await;
    assert_eq!(
        missing.status,
        StatusCode::BAD_REQUEST,
        "{}",
        missing.excerpt()
    );
    welsh(&missing, &form);
    assert_eq!(
        missing.texts(".error-summary li"),
        vec![
            "Dywedwch ble rydych chi’n cynnig “Goruchwyliaeth neu ymarfer myfyriol”, neu ticiwch “Ar-lein”."
        ]
    );
    assert_eq!(missing.form(&form).value("offer_supervision"), Some("yes"));
    let saved = keeper
        .submit(
            &form,
            &form,
            &[
                ("offer_supervision", "yes"),
                ("place_supervision", "Cardiff"),
                ("online_supervision", "yes"),
            ],
        )
        .await;
    assert_eq!(saved.status, StatusCode::SEE_OTHER, "{}", saved.excerpt());
    let back = saved.location.clone().unwrap();
    assert_eq!(back, format!("{form}?saved=yes"));
    let done = welsh_page(&keeper, &back, StatusCode::OK).await;
    assert!(
        done.texts("div.notice.ok p")
            .join(" ")
            .starts_with("Wedi’i gadw."),
        "{}",
        done.excerpt()
    );

    // Found from a Welsh place name, in Welsh, linking to Welsh pages.
    let uri = "/cy/toolkit/support?need=supervision&where=Caerdydd";
    let found = welsh_page(&visitor, uri, StatusCode::OK).await;
    let near = found.texts("ol.offers-near li");
    assert!(
        near[0].contains("Cardiff (") && near[0].contains(" km i ffwrdd)"),
        "{near:?}"
    );
    let links = found.attrs("ol.offers-near a, ul.offers-online a", "href");
    assert!(links.iter().all(|l| l.starts_with("/cy/")), "{links:?}");
    assert!(links.contains(&format!(
        "/cy/toolkit/support/{QUARRIERS}/connect?need=supervision"
    )));

    // Acacia's keeper asks to connect, in Welsh.
    let asker = app.maintainer_of(ACACIA).await;
    let uri = format!("/cy/toolkit/support/{QUARRIERS}/connect?need=supervision");
    let action = format!("/cy/toolkit/support/{QUARRIERS}/connect");
    let page = welsh_page(&asker, &uri, StatusCode::OK).await;
    assert_eq!(posts_to(&page), vec![action.clone()]);
    let empty = asker
        .submit(&uri, &action, &[("from", ACACIA), ("message", "")])
        .await;
    assert_eq!(empty.status, StatusCode::BAD_REQUEST, "{}", empty.excerpt());
    welsh(&empty, &action);
    assert_eq!(
        empty.texts(".error-summary li"),
        vec!["Ysgrifennwch neges: dywedwch pwy ydych chi a beth hoffech chi."]
    );
    let sent = asker
        .submit(
            &uri,
            &action,
            &[("from", ACACIA), ("message", "Grŵp newydd ydyn ni.")],
        )
        .await;
    assert_eq!(sent.status, StatusCode::OK, "{}", sent.excerpt());
    welsh(&sent, &action);
    assert_eq!(sent.texts("h1"), vec!["Mae eich neges wedi’i hanfon"]);
    // Each keeper reads what is asked for in their own language.
    let outbox = app.state.store.outbox().await.unwrap();
    let asked = |to: &str| {
        outbox
            .iter()
            .find(|m| m.to == to && m.text.contains("Grŵp newydd ydyn ni."))
            .cloned()
            .unwrap_or_else(|| panic!("nothing to {to} in {outbox:?}"))
    };
    let welsh_mail = asked("ceidwad@example.test");
    assert!(
        welsh_mail
            .subject
            .ends_with("ynghylch goruchwyliaeth neu ymarfer myfyriol"),
        "{}",
        welsh_mail.subject
    );
    let english_mail = asked(keeper.email());
    assert!(
        english_mail
            .subject
            .ends_with("asks to connect about supervision or reflective practice"),
        "{}",
        english_mail.subject
    );

    // The English pages are as they were.
    let english = app
        .visitor()
        .get("/toolkit/support?need=supervision&where=Cardiff")
        .await;
    assert_in(&english, "/toolkit/support", Lang::En);
    assert_eq!(english.texts("h1"), vec!["Find help from other projects"]);
    assert!(
        english.texts("ol.offers-near li")[0].contains(" km away)"),
        "{}",
        english.excerpt()
    );
}

#[tokio::test]
async fn a_claim_made_in_welsh_is_confirmed_in_welsh() {
    let app = TestApp::seeded().await;
    let uri = format!("/cy/projects/{CIP}/claim");
    // Not signed in: why an account is needed, with Welsh ways to one that come back here.
    let visitor = app.visitor();
    let needs = welsh_page(&visitor, &uri, StatusCode::OK).await;
    let links = needs.attrs("main a, a.button", "href");
    assert!(
        links
            .iter()
            .any(|l| l.starts_with("/cy/account/signup?next=")),
        "{links:?}"
    );
    assert!(
        links
            .iter()
            .any(|l| l.starts_with("/cy/account/login?next=")),
        "{links:?}"
    );

    // Signed up and confirmed in Welsh, she claims it on the Welsh form.
    let session = signed_up_in_welsh(&app, "hawliwr@example.test").await;

    let form = welsh_page(&session, &uri, StatusCode::OK).await;
    assert_eq!(posts_to(&form), vec![uri.clone()]);
    let title = form.texts("h1").join(" ");
    assert!(title.starts_with("Ein prosiect ni yw hwn: "), "{title}");
    // Nothing said: asked for in Welsh, by the field.
    let empty = session.submit(&uri, &uri, &[("statement", "")]).await;
    assert_eq!(empty.status, StatusCode::BAD_REQUEST, "{}", empty.excerpt());
    welsh(&empty, &uri);
    assert!(
        empty
            .texts(".error-message")
            .join(" ")
            .contains("Dywedwch pwy ydych chi a’ch rôl yn y prosiect."),
        "{}",
        empty.excerpt()
    );
    let sent = session
        .submit(&uri, &uri, &[("statement", "Fi sy’n cydlynu’r grŵp.")])
        .await;
    assert_eq!(sent.status, StatusCode::OK, "{}", sent.excerpt());
    welsh(&sent, &uri);
    assert_eq!(sent.texts("h1"), vec!["Mae eich cais gennym"]);
    assert_eq!(sent.texts("main h2"), vec!["Beth sy’n digwydd nesaf"]);
    assert!(
        sent.attrs("main a", "href")
            .contains(&"/cy/account".to_string())
    );
    app.pending_claim("hawliwr@example.test", CIP).await;

    // In English the claim is as it was.
    let english = app.visitor().get(&format!("/projects/{CIP}/claim")).await;
    assert_in(&english, "/projects/claim", Lang::En);
    assert!(
        english
            .body
            .contains("To keep a listing up to date you need an account")
    );
}

/// CIP's keeper publishes a reflection on every principle; Quarriers and Acacia review
/// it, and CIP replies to the first. Returns the keeper.
async fn assured(app: &TestApp) -> TestApp {
    let alice = app.maintainer_of(CIP).await;
    app.set_trusted(CIP, alice.email()).await;
    let form = format!("/manage/{CIP}/reflection");
    let mut fields = vec![("action".to_string(), "publish".to_string())];
    for p in Principle::ALL {
        let s = p.slug();
        fields.push((format!("status_{s}"), "we-do-this".into()));
        fields.push((format!("how_{s}"), format!("How we do {s}.")));
    }
    let fields: Vec<(&str, &str)> = fields
        .iter()
        .map(|(k, v)| (k.as_str(), v.as_str()))
        .collect();
    let done = alice.submit(&form, &form, &fields).await;
    assert_eq!(done.status, StatusCode::SEE_OTHER, "{}", done.excerpt());
    for by in [QUARRIERS, ACACIA] {
        let keeper = app.maintainer_of(by).await;
        let form = format!("/projects/{CIP}/review");
        let mut fields = vec![
            ("reviewer".to_string(), by.to_string()),
            ("action".into(), "publish".into()),
        ];
        for p in Principle::ALL {
            fields.push((format!("verdict_{}", p.slug()), "recognise".into()));
            fields.push((format!("comment_{}", p.slug()), "The same as us.".into()));
        }
        let fields: Vec<(&str, &str)> = fields
            .iter()
            .map(|(k, v)| (k.as_str(), v.as_str()))
            .collect();
        let done = keeper.submit(&form, &form, &fields).await;
        assert_eq!(done.status, StatusCode::SEE_OTHER, "{}", done.excerpt());
    }
    let first = app.reviews_of(CIP).await[0];
    let reply = format!("/manage/{CIP}/reviews/{first}/reply");
    let manage = format!("/manage/{CIP}/reflection");
    let replied = alice
        .submit(&manage, &reply, &[("reply", "Thank you.")])
        .await;
    assert_eq!(
        replied.status,
        StatusCode::SEE_OTHER,
        "{}",
        replied.excerpt()
    );
    alice
}

#[tokio::test]
async fn peer_assurance_and_the_reflection_and_reviews_are_in_welsh() {
    let app = TestApp::seeded().await;
    let alice = assured(&app).await;
    let uri = format!("/cy/projects/{CIP}");
    let page = welsh_page(&app.visitor(), &uri, StatusCode::OK).await;
    let standing = page.texts(".assurance").join(" ");
    assert!(
        standing.starts_with("Sicrwydd gan gymheiriaid ers "),
        "{standing}"
    );
    assert!(standing.contains("Adolygwyd gan"), "{standing}");
    let links = page.attrs(".assurance a", "href");
    assert!(
        links.contains(&"/cy/toolkit/peer-assurance".to_string()),
        "{links:?}"
    );
    assert!(
        links
            .iter()
            .all(|l| l.starts_with("/cy/projects/") || l == "/cy/toolkit/peer-assurance"),
        "{links:?}"
    );
    let headings = page.texts("h2").join("|");
    assert!(
        headings
            .contains("Myfyrdod y prosiect ar yr Egwyddorion Cymorth Amenedigol gan Gymheiriaid"),
        "{headings}"
    );
    assert!(
        headings.contains("Adolygiadau gan gymheiriaid o brosiectau eraill"),
        "{headings}"
    );
    let reviews = page.texts("section.card ul.review li").join("|");
    assert!(
        reviews.contains("Diogel a meithringar: Rydym yn adnabod hyn."),
        "{reviews}"
    );
    assert!(
        page.texts("section.card[id^=review-] h3")
            .iter()
            .all(|h| h.starts_with("Gan ")),
        "{:?}",
        page.texts("section.card[id^=review-] h3")
    );
    assert!(
        page.texts("section.card p strong")
            .iter()
            .any(|s| s.starts_with("Ymateb gan ")),
        "{}",
        page.excerpt()
    );
    // What the projects wrote stays as written, marked as English.
    assert!(
        page.outer("section.card span[lang=en]")
            .iter()
            .any(|s| s.contains("The same as us."))
    );
    assert_eq!(
        page.attrs("a[href$='/reflections']", "href"),
        vec![format!("/cy/projects/{CIP}/reflections")]
    );

    // The keeper's account page says what the project needs, in Welsh.
    let account = welsh_page(&alice, "/cy/account", StatusCode::OK).await;
    let needs = account.texts(".assurance-needs p").concat();
    assert!(
        needs.contains("Mae gan y prosiect hwn sicrwydd gan gymheiriaid."),
        "{needs}"
    );

    // A moderator withdraws it on the Welsh form.
    let moderator = app.moderator().await;
    let form = format!("/cy/moderate/assurance/{CIP}");
    let page = welsh_page(&moderator, &form, StatusCode::OK).await;
    assert_eq!(posts_to(&page), vec![form.clone()]);
    let no_reason = moderator.submit(&form, &form, &[("reason", "")]).await;
    assert_eq!(
        no_reason.status,
        StatusCode::BAD_REQUEST,
        "{}",
        no_reason.excerpt()
    );
    welsh(&no_reason, &form);
    let withdrawn = moderator
        .submit(
            &form,
            &form,
            &[("reason", "Nid yw’r adolygiadau’n annibynnol.")],
        )
        .await;
    assert_eq!(
        withdrawn.status,
        StatusCode::SEE_OTHER,
        "{}",
        withdrawn.excerpt()
    );
    assert_eq!(withdrawn.location.as_deref(), Some(uri.as_str()));
    let page = welsh_page(&app.visitor(), &uri, StatusCode::OK).await;
    let standing = page.texts(".assurance").join(" ");
    assert!(
        standing.starts_with("Sicrwydd gan gymheiriaid wedi’i dynnu’n ôl gan gymedrolwr ar "),
        "{standing}"
    );
    let again = welsh_page(&moderator, &form, StatusCode::OK).await;
    assert!(
        again
            .body
            .contains("Nid oes gan y rhestriad hwn sicrwydd gan gymheiriaid")
    );
    let account = welsh_page(&alice, "/cy/account", StatusCode::OK).await;
    let needs = account.texts(".assurance-needs p").concat();
    assert!(
        needs.contains(
            "Sicrwydd gan gymheiriaid wedi’i dynnu’n ôl: Nid yw’r adolygiadau’n annibynnol."
        ),
        "{needs}"
    );

    // The English page is as it was.
    let english = app.visitor().get(&format!("/projects/{CIP}")).await;
    let standing = english.texts(".assurance").join(" ");
    assert!(
        standing.starts_with("Peer assurance withdrawn by a moderator on "),
        "{standing}"
    );
    assert!(
        english
            .texts("h2")
            .contains(&"Peer reviews from other projects".to_string())
    );
}

/// A session of CIP on `day`s from 10:00 to 12:00.
fn session(frequency: Frequency, interval: u8, week: Option<i8>, site: Option<&str>) -> Session {
    Session {
        site: site.map(str::to_string),
        frequency,
        interval,
        day: Day::Tuesday,
        week_of_month: week,
        opens: NaiveTime::from_hms_opt(10, 0, 0).unwrap(),
        closes: NaiveTime::from_hms_opt(12, 0, 0).unwrap(),
        valid_from: None,
        valid_until: None,
        note: None,
    }
}

#[tokio::test]
async fn a_welsh_listing_says_who_may_come_and_when_it_meets_in_welsh() {
    let app = TestApp::seeded().await;
    let mut p = app.project(CIP).await;
    let site = p.sites.first().map(|s| s.label.clone());
    p.sessions = vec![
        session(Frequency::Weekly, 1, None, site.as_deref()),
        session(Frequency::Weekly, 2, None, None),
        session(Frequency::Monthly, 1, Some(2), None),
        session(Frequency::Monthly, 3, Some(-1), None),
    ];
    p.eligibility.pregnancy = Some(true);
    p.eligibility.min_age = Some(16);
    app.save_project(&p).await;

    let uri = format!("/cy/projects/{CIP}");
    let page = welsh_page(&app.visitor(), &uri, StatusCode::OK).await;
    let said = page.body.clone();
    for welsh in [
        "Bob dydd Mawrth, 10:00 tan 12:00",
        "Bob 2 wythnos ar ddydd Mawrth, 10:00 tan 12:00 (ar-lein neu dros y ffôn)",
        "Yr ail ddydd Mawrth bob mis, 10:00 tan 12:00",
        "Y dydd Mawrth olaf bob 3 mis, 10:00 tan 12:00",
        "Yn ystod beichiogrwydd",
        "16 oed neu’n hŷn",
    ] {
        assert!(said.contains(welsh), "{welsh} not in {}", page.excerpt());
    }
    // The project's own note on who may come stays as it wrote it, marked as English.
    let note = p.eligibility.note.clone().unwrap();
    assert!(
        page.outer("dd span[lang=en]")
            .iter()
            .any(|s| s.contains(&note)),
        "{}",
        page.excerpt()
    );

    // In English, the same sessions as ever.
    let english = app.visitor().get(&format!("/projects/{CIP}")).await;
    for words in [
        "Every Tuesday, 10:00 to 12:00 at ",
        "Every 2 weeks on Tuesday, 10:00 to 12:00 (online or by phone)",
        "The 2nd Tuesday each month, 10:00 to 12:00",
        "The last Tuesday every 3 months, 10:00 to 12:00",
        "During pregnancy, ",
        "Aged 16 or over",
    ] {
        assert!(
            english.body.contains(words),
            "{words} not in {}",
            english.excerpt()
        );
    }
}
