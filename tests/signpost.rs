//! The signposting sheet and shortlists, through the whole application on a real
//! SQLite file: listings for a place and need, QR codes of absolute project URLs, the
//! crisis routes, and shortlists that round-trip without a cookie.

mod common;

use axum::body::Body;
use axum::http::{Request, StatusCode};
use common::{Reply, get, seeded_state};
use http_body_util::BodyExt;
use peermap::AppState;
use tower::ServiceExt;

const SHEET: &str = "/signpost?where=PR1&need=postpartum-psychosis";
const APP: &str = "action-on-postpartum-psychosis";

async fn send(state: &AppState, request: Request<Body>) -> Reply {
    let response = peermap::app(state.clone()).oneshot(request).await.unwrap();
    let status = response.status();
    let headers = response.headers().clone();
    let content_type = headers
        .get("content-type")
        .map(|v| v.to_str().unwrap().to_string())
        .unwrap_or_default();
    let bytes = response.into_body().collect().await.unwrap().to_bytes();
    Reply {
        status,
        content_type,
        headers,
        body: String::from_utf8(bytes.to_vec()).unwrap(),
    }
}

async fn get_as(state: &AppState, uri: &str, host: &str) -> Reply {
    let request = Request::get(uri)
        .header("host", host)
        .body(Body::empty())
        .unwrap();
    send(state, request).await
}

/// A form post to `/shortlists` with the given extra headers.
async fn post(state: &AppState, form: &str, headers: &[(&str, &str)]) -> Reply {
    let mut request = Request::post("/shortlists")
        .header("host", "peermap.test")
        .header("content-type", "application/x-www-form-urlencoded");
    for (k, v) in headers {
        request = request.header(*k, *v);
    }
    send(state, request.body(Body::from(form.to_string())).unwrap()).await
}

const SAME_ORIGIN: &[(&str, &str)] = &[("sec-fetch-site", "same-origin")];

fn no_cookie(reply: &Reply, what: &str) {
    assert!(
        reply.headers.get("set-cookie").is_none(),
        "{what} set a cookie"
    );
}

/// Each listing's block of HTML.
fn listings(html: &str) -> Vec<&str> {
    html.split("<li class=\"listing\">").skip(1).collect()
}

/// The project slug a listing links to from its heading.
fn slug_of(listing: &str) -> &str {
    let i = listing
        .find("<h3><a href=\"/projects/")
        .expect("a heading link")
        + 23;
    &listing[i..i + listing[i..].find('"').unwrap()]
}

#[tokio::test]
async fn pr1_and_postpartum_psychosis_gives_the_lancashire_site_and_the_online_offer() {
    let (state, _db) = seeded_state().await;
    let reply = get_as(&state, SHEET, "peermap.test").await;
    assert_eq!(reply.status, StatusCode::OK, "{}", reply.body);
    no_cookie(&reply, "the sheet");
    let html = &reply.body;
    let items = listings(html);
    let in_person = items
        .iter()
        .find(|l| slug_of(l) == APP && l.contains("Preston (Lancashire and Cumbria)"))
        .expect("APP's Lancashire site is on the sheet");
    assert!(in_person.contains("miles"), "with its distance");
    let online = html
        .split("Online and by phone")
        .nth(1)
        .expect("an online section");
    assert!(
        listings(online).iter().any(|l| slug_of(l) == APP),
        "APP's online offer is on the sheet"
    );
    // Every listing says how to join, who can come, when, how to get in touch, how
    // current it is and whether the project confirmed it, and has a QR code of its page.
    for l in &items {
        let slug = slug_of(l);
        for words in [
            "How to join",
            "Who can come",
            "Next meets",
            "Get in touch",
            "Last confirmed",
        ] {
            assert!(l.contains(words), "{slug}: no “{words}”");
        }
        assert!(
            l.contains("Not yet confirmed by the project")
                || l.contains("Confirmed by the project")
        );
        // The bundled listings have no times or contact details yet: the sheet says so.
        assert!(
            l.contains("Not confirmed yet") && l.contains("Contact details are not confirmed yet")
        );
        assert_eq!(
            l.matches("<svg class=\"qr\"").count(),
            1,
            "{slug}: one QR code"
        );
        let url = format!("http://peermap.test/projects/{slug}");
        assert!(
            l.contains("aria-label=\"QR code for")
                && l.contains(&format!("href=\"{url}\">{url}</a>")),
            "{slug}: the QR code's URL is written beside it"
        );
    }
    // The crisis routes for England are in the body of the sheet itself.
    let crisis = &html[html.find("sheet-crisis").unwrap()..];
    let crisis = &crisis[..crisis.find("</section>").unwrap()];
    for line in ["Emergency: 999", "Samaritans: 116 123", "NHS 111: 111"] {
        assert!(crisis.contains(line), "no “{line}” in {crisis}");
    }
    assert!(
        !crisis.contains("Lifeline"),
        "Northern Ireland's line is not England's"
    );
}

#[tokio::test]
async fn qr_links_fall_back_to_the_default_origin_without_a_usable_host() {
    let (state, _db) = seeded_state().await;
    let reply = get(&state, SHEET).await;
    assert!(
        reply
            .body
            .contains("href=\"http://127.0.0.1:8080/projects/action-on-postpartum-psychosis\"")
    );
}

#[tokio::test]
async fn a_shortlist_round_trips_at_a_short_url_without_cookies() {
    let (state, _db) = seeded_state().await;
    let sheet = get_as(&state, SHEET, "peermap.test").await;
    let mut kept: Vec<&str> = listings(&sheet.body).iter().map(|l| slug_of(l)).collect();
    kept.sort();
    kept.dedup();
    let form: String = std::iter::once("where=PR1".to_string())
        .chain(kept.iter().map(|s| format!("keep={s}")))
        .collect::<Vec<_>>()
        .join("&");
    let made = post(&state, &form, SAME_ORIGIN).await;
    assert_eq!(made.status, StatusCode::SEE_OTHER, "{}", made.body);
    no_cookie(&made, "making a shortlist");
    let location = made.headers["location"].to_str().unwrap().to_string();
    let code = location.strip_prefix("/s/").expect("a short URL");
    assert_eq!(code.len(), 8);
    assert!(peermap::signpost::code::is_code(code));

    let list = get_as(&state, &location, "peermap.test").await;
    assert_eq!(list.status, StatusCode::OK, "{}", list.body);
    no_cookie(&list, "the shortlist");
    let mut shown: Vec<&str> = listings(&list.body).iter().map(|l| slug_of(l)).collect();
    shown.sort();
    shown.dedup();
    assert_eq!(shown, kept, "the shortlist lists what was kept");
    assert!(list.body.contains("Preston (Lancashire and Cumbria)"));
    assert!(list.body.contains(&format!("http://peermap.test/s/{code}")));
    assert!(list.body.contains("Samaritans: 116 123"));
    // The same address gives the same shortlist again.
    assert_eq!(
        get_as(&state, &location, "peermap.test").await.body,
        list.body
    );

    // A shortlist of one keeps only that one.
    let one = post(&state, &format!("where=PR1&keep={APP}"), SAME_ORIGIN).await;
    let page = get(&state, one.headers["location"].to_str().unwrap()).await;
    let slugs: Vec<&str> = listings(&page.body).iter().map(|l| slug_of(l)).collect();
    assert!(
        !slugs.is_empty() && slugs.iter().all(|s| *s == APP),
        "{slugs:?}"
    );
}

#[tokio::test]
async fn unknown_shortlists_are_404() {
    let (state, _db) = seeded_state().await;
    for uri in ["/s/zzzzzzzz", "/s/nope", "/s/..%2F..%2Fetc"] {
        let reply = get(&state, uri).await;
        assert_eq!(reply.status, StatusCode::NOT_FOUND, "{uri}");
        assert!(
            reply.body.contains("116 123"),
            "error pages keep the crisis routes"
        );
    }
}

#[tokio::test]
async fn shortlists_are_made_only_from_our_own_pages() {
    let (state, _db) = seeded_state().await;
    let form = format!("where=PR1&keep={APP}");
    for headers in [
        &[("origin", "http://evil.test")][..],
        &[("sec-fetch-site", "cross-site")][..],
        &[("origin", "null")][..],
        &[][..],
    ] {
        let reply = post(&state, &form, headers).await;
        assert_eq!(reply.status, StatusCode::FORBIDDEN, "{headers:?}");
        assert!(
            reply.body.contains("only accept this form"),
            "{}",
            reply.body
        );
        no_cookie(&reply, "a refused post");
    }
    let ours = post(&state, &form, &[("origin", "http://peermap.test")]).await;
    assert_eq!(ours.status, StatusCode::SEE_OTHER, "our own origin is fine");
}

#[tokio::test]
async fn bad_shortlists_are_refused_with_a_reason() {
    let (state, _db) = seeded_state().await;
    let cases = [
        ("where=PR1".to_string(), "Tick at least one"),
        (format!("keep={APP}"), "where:"),
        (
            "where=PR1&keep=no-such-project".to_string(),
            "no-such-project",
        ),
        (
            "where=PR1&keep=Not%20A%20Slug".to_string(),
            "not a published listing",
        ),
        (
            std::iter::once("where=PR1".to_string())
                .chain((0..21).map(|i| format!("keep=p-{i}")))
                .collect::<Vec<_>>()
                .join("&"),
            "up to 20",
        ),
    ];
    for (form, words) in cases {
        let reply = post(&state, &form, SAME_ORIGIN).await;
        assert_eq!(reply.status, StatusCode::BAD_REQUEST, "{form}");
        assert!(reply.body.contains(words), "{form}: {}", reply.body);
    }
}

#[tokio::test]
async fn a_shortlist_keeps_the_area_never_the_full_postcode() {
    let (state, _db) = seeded_state().await;
    let made = post(&state, &format!("where=B15+2TT&keep={APP}"), SAME_ORIGIN).await;
    assert_eq!(made.status, StatusCode::SEE_OTHER, "{}", made.body);
    let page = get(&state, made.headers["location"].to_str().unwrap()).await;
    assert!(page.body.contains("B15 2"), "{}", page.body);
    assert!(!page.body.contains("2TT"));
    // Birmingham's site is the nearest, so distances were measured from the area.
    assert!(page.body.contains("away, at Birmingham"));
}

#[tokio::test]
async fn the_sheet_asks_where_first_and_refuses_bad_filters() {
    let (state, _db) = seeded_state().await;
    let form = get(&state, "/signpost").await;
    assert_eq!(form.status, StatusCode::OK);
    assert!(form.body.contains("action=\"/signpost\""));
    let bad = get(&state, "/signpost?where=PR1&need=astrology").await;
    assert_eq!(bad.status, StatusCode::BAD_REQUEST);
    assert!(bad.body.contains("astrology"));
    let nowhere = get(&state, "/signpost?where=ZZ99+9ZZ").await;
    assert_eq!(nowhere.status, StatusCode::BAD_REQUEST);
}
