//! Shortlists: made from the ticks on a sheet (and the sheet back, with the error on it,
//! when they cannot be), kept at a short URL with what the sheet was for, and sent on.

use super::{APP, HOST, chosen, listings, no_cookie, seeded, slugs};
use crate::support::{Page, TestApp, html};
use axum::http::StatusCode;
use peermap::domain::{Nation, Slug};
use peermap::store::{Asked, Shortlist};

const SHEET: &str = "/signpost?where=B15+2TT&need=postpartum-psychosis&within=50";
const SAME_ORIGIN: &[(&str, &str)] = &[("sec-fetch-site", "same-origin")];

/// A form post to `/shortlists` with the given extra headers.
async fn post(app: &TestApp, form: &str, headers: &[(&str, &str)]) -> Page {
    app.post_with("/shortlists", form, headers).await
}

/// The shortlist `form` makes: the page it is sent to, and its code.
async fn made(app: &TestApp, form: &str) -> (Page, String) {
    let reply = post(app, form, SAME_ORIGIN).await;
    assert_eq!(reply.status, StatusCode::SEE_OTHER, "{}", reply.body);
    let location = reply.location.expect("a redirect");
    let code = location
        .strip_prefix("/s/")
        .and_then(|rest| rest.strip_suffix("?made=1"))
        .unwrap_or_else(|| panic!("a short URL: {location}"))
        .to_string();
    (app.get_with(&location, HOST).await, code)
}

fn position(page: &Page, needle: &str) -> usize {
    page.body
        .find(needle)
        .unwrap_or_else(|| panic!("no {needle} in {}", page.excerpt()))
}

/// `text` with its `%XX` escapes decoded.
fn decoded(text: &str) -> String {
    serde_html_form::from_str::<Vec<(String, String)>>(&format!("x={text}")).unwrap()[0]
        .1
        .clone()
}

#[tokio::test]
async fn a_shortlist_round_trips_at_a_short_url_without_cookies() {
    let app = seeded().await;
    let sheet = app.get_with(super::SHEET, HOST).await;
    let mut kept = slugs(&sheet);
    kept.sort();
    let form: String = std::iter::once("where=CV1&need=postpartum-psychosis".to_string())
        .chain(kept.iter().map(|s| format!("keep={s}")))
        .collect::<Vec<_>>()
        .join("&");
    let reply = post(&app, &form, SAME_ORIGIN).await;
    no_cookie(&reply, "making a shortlist");
    let (list, code) = made(&app, &form).await;
    assert_eq!(code.len(), 8);
    assert!(peermap::signpost::code::is_code(&code));
    assert_eq!(list.status, StatusCode::OK, "{}", list.body);
    no_cookie(&list, "the shortlist");
    let mut shown = slugs(&list);
    shown.sort();
    assert_eq!(shown, kept, "the shortlist lists what was kept, each once");
    assert!(
        list.body
            .contains("away, in Birmingham (town centre; the exact place is not given)")
    );
    assert!(list.body.contains(&format!("http://peermap.test/s/{code}")));
    assert!(list.body.contains("Samaritans: 116 123"));
    // The same address gives the same shortlist again.
    let again = app.get_with(&format!("/s/{code}"), HOST).await;
    assert_eq!(
        app.get_with(&format!("/s/{code}"), HOST).await.body,
        again.body
    );

    // A shortlist of one keeps only that one.
    let (page, _) = made(&app, &format!("where=PR1&keep={APP}")).await;
    assert_eq!(slugs(&page), [APP]);
}

#[tokio::test]
async fn unknown_shortlists_are_404() {
    let app = seeded().await;
    for uri in ["/s/zzzzzzzz", "/s/nope", "/s/..%2F..%2Fetc"] {
        let reply = app.get(uri).await;
        assert_eq!(reply.status, StatusCode::NOT_FOUND, "{uri}");
        assert!(
            reply.body.contains("116 123"),
            "error pages keep the crisis routes"
        );
    }
}

#[tokio::test]
async fn shortlists_are_made_only_from_our_own_pages() {
    let app = seeded().await;
    let form = format!("where=PR1&keep={APP}");
    for headers in [
        &[("origin", "http://evil.test")][..],
        &[("sec-fetch-site", "cross-site")][..],
        &[("origin", "null")][..],
        &[][..],
    ] {
        let reply = post(&app, &form, headers).await;
        assert_eq!(reply.status, StatusCode::FORBIDDEN, "{headers:?}");
        assert!(
            reply.body.contains("only accept this form"),
            "{}",
            reply.body
        );
        no_cookie(&reply, "a refused post");
    }
    let ours = post(&app, &form, &[("origin", "http://peermap.test")]).await;
    assert_eq!(ours.status, StatusCode::SEE_OTHER, "our own origin is fine");
}

/// The sheet that came back from the shortlist's form with an error: 400, "Error:" first
/// in its title, the error summary at the top linking to the first box, and the message
/// on every box. Returns the message.
fn came_back_with_an_error(page: &Page) -> String {
    assert_eq!(page.status, StatusCode::BAD_REQUEST, "{}", page.excerpt());
    no_cookie(page, "the sheet with an error");
    let title = &page.texts("title")[0];
    assert!(title.starts_with("Error: Peer support for "), "{title}");
    assert_eq!(page.texts("div[role=alert] h2"), ["There is a problem"]);
    assert_eq!(page.attrs("div[role=alert] a", "href"), ["#keep-0"]);
    assert_eq!(page.attrs("input#keep-0", "name"), ["keep"]);
    assert!(position(page, "role=\"alert\"") < position(page, "<h1"));
    let message = page.texts("div[role=alert] a")[0].clone();
    assert_eq!(page.texts("#keep-error"), [format!("Error: {message}")]);
    let boxes = page.attrs("input[name=keep]", "id").len();
    assert!(boxes > 0);
    assert_eq!(
        page.attrs("input[name=keep][aria-invalid=true]", "id")
            .len(),
        boxes
    );
    assert_eq!(
        page.attrs("input[name=keep][aria-describedby=keep-error]", "id")
            .len(),
        boxes
    );
    message
}

#[tokio::test]
async fn unticking_everything_brings_the_sheet_back_with_the_error_and_the_choices_kept() {
    let app = seeded().await;
    let sheet = app.get(SHEET).await;
    let listed = slugs(&sheet);
    assert_eq!(sheet.attrs("input[name=keep][checked]", "value"), listed);
    let mut form = sheet.form("/shortlists");
    for slug in &listed {
        form.uncheck("keep", slug);
    }
    let back = app.send_form(&form).await;
    let message = came_back_with_an_error(&back);
    assert_eq!(
        message,
        "Tick at least one listing to keep, then make the shortlist again."
    );
    // The same sheet, nothing ticked, and everything else as it was.
    assert_eq!(slugs(&back), listed);
    assert!(back.attrs("input[name=keep][checked]", "value").is_empty());
    assert_eq!(
        back.texts("h1"),
        ["Peer support for B15 2TT: Postpartum psychosis"]
    );
    assert_eq!(back.texts("section.emergency h2").len(), 1);
    let again = back.form("/shortlists");
    assert_eq!(again.value("where"), Some("B15 2TT"));
    assert_eq!(again.value("need"), Some("postpartum-psychosis"));
    assert_eq!(again.value("within"), Some("50"));
    assert_eq!(chosen(&back, "within"), ["50"]);
    // Ticking one on the sheet that came back makes the shortlist.
    let mut again = again;
    again.check("keep", APP);
    let made = app.send_form(&again).await;
    assert_eq!(made.status, StatusCode::SEE_OTHER, "{}", made.body);
}

#[tokio::test]
async fn too_many_or_unknown_listings_bring_the_sheet_back_with_the_ticks_kept() {
    let app = seeded().await;
    let sheet = app.get("/signpost?where=B15+2TT&within=any&limit=50").await;
    let listed = slugs(&sheet);
    assert!(listed.len() > 20, "{}", listed.len());
    let all = sheet.form("/shortlists");
    let back = app.send_form(&all).await;
    let message = came_back_with_an_error(&back);
    assert!(
        message.starts_with(&format!(
            "A shortlist can keep up to 20 listings; {} were ticked.",
            listed.len()
        )),
        "{message}"
    );
    assert_eq!(back.attrs("input[name=keep][checked]", "value"), listed);
    assert_eq!(back.form("/shortlists").value("limit"), Some("50"));
    assert_eq!(back.form("/shortlists").value("within"), Some("any"));

    // A listing that is not published (a hand-made post, or one closed since): named,
    // and the boxes as they were ticked.
    let mut two = sheet.form("/shortlists");
    for slug in &listed[2..] {
        two.uncheck("keep", slug);
    }
    let body = format!("{}&keep=no-such-project", two.encode());
    let back = post(&app, &body, SAME_ORIGIN).await;
    let message = came_back_with_an_error(&back);
    assert!(
        message.contains("“no-such-project” is not a published listing"),
        "{message}"
    );
    assert_eq!(
        back.attrs("input[name=keep][checked]", "value"),
        listed[..2]
    );
    let back = post(&app, "where=PR1&keep=Not%20A%20Slug", SAME_ORIGIN).await;
    assert!(came_back_with_an_error(&back).contains("not a published listing"));
}

#[tokio::test]
async fn a_shortlist_with_no_place_or_an_unknown_one_comes_back_on_the_form() {
    let app = seeded().await;
    for (form, words) in [
        (
            format!("need=postpartum-psychosis&within=10&keep={APP}"),
            "Enter their postcode, town or city",
        ),
        (
            format!("where=ZZ99+9ZZ&need=postpartum-psychosis&within=10&keep={APP}"),
            "ZZ99 9ZZ",
        ),
    ] {
        let back = post(&app, &form, SAME_ORIGIN).await;
        assert_eq!(back.status, StatusCode::BAD_REQUEST, "{form}");
        assert!(back.texts("title")[0].starts_with("Error: Make a signposting sheet"));
        assert_eq!(back.attrs("div[role=alert] a", "href"), ["#where"]);
        assert!(back.texts("div[role=alert] a")[0].contains(words), "{form}");
        assert_eq!(back.attrs("input#where", "aria-invalid"), ["true"]);
        assert_eq!(chosen(&back, "need"), ["postpartum-psychosis"]);
        assert_eq!(chosen(&back, "within"), ["10"]);
        assert_eq!(back.texts("section.emergency h2").len(), 1);
    }
    // A tampered filter is refused with a reason.
    let bad = post(
        &app,
        &format!("where=PR1&need=astrology&keep={APP}"),
        SAME_ORIGIN,
    )
    .await;
    assert_eq!(bad.status, StatusCode::BAD_REQUEST);
    assert!(bad.body.contains("astrology"));
}

#[tokio::test]
async fn a_shortlist_keeps_the_area_never_the_full_postcode() {
    let app = seeded().await;
    let (page, _) = made(&app, &format!("where=B15+2TT&keep={APP}")).await;
    assert!(page.body.contains("B15 2"), "{}", page.body);
    assert!(!page.body.contains("2TT"));
    // Birmingham's site is the nearest, so distances were measured from the area.
    assert!(page.body.contains("away, in Birmingham (town centre"));
}

#[tokio::test]
async fn a_shortlists_title_says_what_it_is_for() {
    let app = seeded().await;
    let keep = format!("keep={APP}");
    for (form, title) in [
        (
            format!("where=B15+2TT&need=postpartum-psychosis&{keep}"),
            "Peer support for postpartum psychosis near B15 2",
        ),
        (
            format!("where=B15+2TT&need=postpartum-psychosis&need=baby-loss&{keep}"),
            "Peer support for postpartum psychosis or baby loss near B15 2",
        ),
        (
            format!("where=B15+2TT&need=lgbt-parents&{keep}"),
            "Peer support for LGBT+ parents near B15 2",
        ),
        (
            format!("where=PR1&need=minority-ethnic-communities&{keep}"),
            "Peer support for Black, Asian and minority ethnic communities near PR1",
        ),
        (
            format!("where=Wales&need=postpartum-psychosis&{keep}"),
            "Peer support for postpartum psychosis in Wales",
        ),
        (format!("where=PR1&{keep}"), "Peer support near PR1"),
    ] {
        let (page, _) = made(&app, &form).await;
        assert_eq!(page.status, StatusCode::OK, "{form}");
        assert_eq!(page.texts("h1"), [title], "{form}");
        assert!(page.texts("title")[0].starts_with(title), "{form}");
    }
    // What the sheet was for is kept with it, besides the place.
    let (_, code) = made(
        &app,
        &format!("where=B15+2TT&need=postpartum-psychosis&delivery=online&lang=ti&{keep}"),
    )
    .await;
    let stored = app.state.store.shortlist(&code).await.unwrap().unwrap();
    assert_eq!(
        stored.asked,
        Asked {
            needs: vec!["postpartum-psychosis".into()],
            delivery: vec![peermap::domain::Delivery::Online],
            languages: vec!["ti".into()],
            within_miles: Some(25),
        }
    );
    // A shortlist kept before its need was still reads as it did.
    app.create_shortlist(&Shortlist {
        code: "k7f3q2ab".into(),
        created_at: chrono::Utc::now(),
        place: "PR1".into(),
        nation: Nation::England,
        slugs: vec![Slug::parse(APP).unwrap()],
        asked: Asked::default(),
    })
    .await;
    let old = app.get("/s/k7f3q2ab").await;
    assert_eq!(old.status, StatusCode::OK);
    assert_eq!(old.texts("h1"), ["Peer support near PR1"]);
    assert_eq!(slugs(&old), [APP]);
    assert!(old.texts("section.emergency h2").is_empty());
}

#[tokio::test]
async fn a_shortlists_link_is_ready_to_copy_and_to_send_by_email_or_text() {
    let app = seeded().await;
    let (page, code) = made(
        &app,
        &format!("where=B15+2TT&need=postpartum-psychosis&keep={APP}"),
    )
    .await;
    let url = format!("http://peermap.test/s/{code}");
    // Just made: the page says so first.
    assert_eq!(page.texts("div.notice[role=status] h2"), ["Shortlist made"]);
    assert!(
        app.get_with(&format!("/s/{code}"), HOST)
            .await
            .texts("div.notice")
            .is_empty(),
        "only just after making it"
    );
    assert_eq!(
        page.texts("label[for=shortlist-url]"),
        ["Link to this shortlist"]
    );
    let input = "input#shortlist-url[type=text][readonly]";
    assert_eq!(page.attrs(input, "value"), [url.as_str()]);
    assert_eq!(
        page.attrs(input, "aria-describedby"),
        ["shortlist-url-hint"]
    );
    let title = "Peer support for postpartum psychosis near B15 2";
    let links = page.outer("ul.send-links a");
    assert_eq!(links.len(), 2);
    let href = |text: &str| {
        let found: Vec<String> = links
            .iter()
            .filter(|a| html::texts(a, "a") == [text])
            .flat_map(|a| html::attrs(a, "a", "href"))
            .collect();
        assert_eq!(found.len(), 1, "{text}: {links:?}");
        found[0].clone()
    };
    let mail = href("Send by e-mail");
    let rest = mail
        .strip_prefix("mailto:?")
        .expect("no one to send to yet");
    let (subject, body) = rest.split_once('&').unwrap();
    let subject = subject.strip_prefix("subject=").unwrap();
    let body = body.strip_prefix("body=").unwrap();
    assert_eq!(decoded(subject), title);
    assert_eq!(decoded(body), format!("{title}: {url}"));
    let sms = href("Send by text message");
    let body = sms
        .strip_prefix("sms:?&body=")
        .expect("no one to send to yet");
    assert_eq!(decoded(body), format!("{title}: {url}"));
    // Percent-encoded throughout: no space, plus, colon or slash left in a value.
    for value in [subject, body] {
        assert!(
            value
                .bytes()
                .all(|b| b.is_ascii_alphanumeric() || b"-._~%".contains(&b)),
            "{value}"
        );
    }
    assert!(subject.contains("%20") && body.contains("%3A%2F%2F"));
}

#[tokio::test]
async fn a_shortlist_for_postpartum_psychosis_opens_with_the_emergency_advice() {
    let app = seeded().await;
    let (page, _) = made(
        &app,
        &format!("where=B15+2TT&need=postpartum-psychosis&keep={APP}"),
    )
    .await;
    assert_eq!(
        page.texts("section.emergency h2"),
        ["Postpartum psychosis is an emergency"]
    );
    assert_eq!(page.attrs("section.emergency a", "href"), ["tel:999"]);
    let h1_end = position(&page, "</h1>");
    assert_eq!(
        page.body[h1_end + "</h1>".len()..].find("<section class=\"emergency\""),
        Some(0),
        "straight after the heading"
    );
    assert!(position(&page, "id=\"emergency\"") < position(&page, "<li class=\"listing\""));
    let (other, _) = made(&app, &format!("where=B15+2TT&need=baby-loss&keep={APP}")).await;
    assert!(other.texts("section.emergency").is_empty());
    // The kept listing is there once, in person, noting its online offer.
    let cards = listings(&page, super::IN_PERSON);
    assert_eq!(cards.len(), 1);
    assert!(cards[0].html.contains("Also online or by phone."));
    assert!(listings(&page, super::ONLINE).is_empty());
}
