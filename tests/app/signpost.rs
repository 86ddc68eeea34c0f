//! The signposting sheet and shortlists, through the whole application on a real
//! SQLite file: listings for a place and need, QR codes of absolute project URLs, the
//! crisis routes, and shortlists that round-trip without a cookie.

use crate::support::{Page, TestApp, html};
use axum::http::StatusCode;

const SHEET: &str = "/signpost?where=CV1&need=postpartum-psychosis";
const APP: &str = "action-on-postpartum-psychosis";
const HOST: &[(&str, &str)] = &[("host", "peermap.test")];

/// A form post to `/shortlists` with the given extra headers.
async fn post(app: &TestApp, form: &str, headers: &[(&str, &str)]) -> Page {
    app.post_with("/shortlists", form, headers).await
}

const SAME_ORIGIN: &[(&str, &str)] = &[("sec-fetch-site", "same-origin")];

fn no_cookie(reply: &Page, what: &str) {
    assert!(!reply.set_cookie, "{what} set a cookie");
}

/// One listing on a sheet: the project its heading links to, and its markup.
struct Listing {
    slug: String,
    html: String,
}

/// The listings `css` selects (`li.listing`, or those of one section).
fn listings(page: &Page, css: &str) -> Vec<Listing> {
    page.outer(css)
        .into_iter()
        .map(|html| {
            let links = html::attrs(&html, "h3 > a", "href");
            let slug = links
                .first()
                .and_then(|l| l.strip_prefix("/projects/"))
                .expect("a heading link")
                .to_string();
            Listing { slug, html }
        })
        .collect()
}

fn slugs(page: &Page) -> Vec<String> {
    listings(page, "li.listing")
        .into_iter()
        .map(|l| l.slug)
        .collect()
}

#[tokio::test]
async fn cv1_and_postpartum_psychosis_gives_the_birmingham_site_and_the_online_offer() {
    let app = TestApp::seeded().await;
    let reply = app.get_with(SHEET, HOST).await;
    assert_eq!(reply.status, StatusCode::OK, "{}", reply.body);
    no_cookie(&reply, "the sheet");
    let items = listings(&reply, "li.listing");
    let in_person = listings(&reply, "ol.listings > li.listing");
    let birmingham = in_person
        .iter()
        .find(|l| l.slug == APP && l.html.contains("Birmingham (town centre"))
        .expect("APP's Birmingham site is on the sheet");
    assert!(
        birmingham
            .html
            .contains("<strong>about 17 miles (30 km)</strong> away"),
        "with its distance, as precise as a town allows: {}",
        birmingham.html
    );
    assert!(
        listings(&reply, "ul.listings > li.listing")
            .iter()
            .any(|l| l.slug == APP),
        "APP's online offer is on the sheet"
    );
    assert!(
        birmingham.html.contains("https://www.app-network.org/"),
        "with the website its own pages give"
    );
    // Every listing says how to join, who can come, when, how to get in touch, how
    // current it is and whether the project confirmed it, and has a QR code of its page.
    for Listing { slug, html: l } in &items {
        for words in [
            "How to join",
            "Who can come",
            "Next meets",
            "Get in touch",
            "Last confirmed",
        ] {
            assert!(l.contains(words), "{slug}: no “{words}”");
        }
        // None of the bundled listings is confirmed by its project yet.
        assert!(l.contains("Not yet confirmed by the project"), "{slug}");
        // The bundled listings have no times yet, and the sheet says so; each gives the
        // contact details a public page states, or says there are none yet.
        assert!(l.contains("Not confirmed yet"), "{slug}");
        // The fourth fact is how to get in touch.
        let contact = html::texts(l, "dl.facts > dd")[3].clone();
        assert!(
            contact.contains("https://")
                || contact.contains("Contact details are not confirmed yet"),
            "{slug}: {contact}"
        );
        assert_eq!(html::count(l, "svg.qr"), 1, "{slug}: one QR code");
        assert_eq!(
            html::count(l, "svg.qr[aria-label^='QR code for']"),
            1,
            "{slug}: the QR code is labelled"
        );
        let url = format!("http://peermap.test/projects/{slug}");
        assert_eq!(
            html::texts(l, &format!("a[href='{url}']")),
            [url.as_str()],
            "{slug}: the QR code's URL is written beside it"
        );
    }
    // The crisis routes for England are in the body of the sheet itself.
    let crisis = reply.outer("section.sheet-crisis");
    assert_eq!(crisis.len(), 1);
    let crisis = &crisis[0];
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
    let app = TestApp::seeded().await;
    let reply = app.get(SHEET).await;
    assert!(
        reply
            .body
            .contains("href=\"http://127.0.0.1:8080/projects/action-on-postpartum-psychosis\"")
    );
}

#[tokio::test]
async fn a_shortlist_round_trips_at_a_short_url_without_cookies() {
    let app = TestApp::seeded().await;
    let sheet = app.get_with(SHEET, HOST).await;
    let mut kept = slugs(&sheet);
    kept.sort();
    kept.dedup();
    let form: String = std::iter::once("where=PR1".to_string())
        .chain(kept.iter().map(|s| format!("keep={s}")))
        .collect::<Vec<_>>()
        .join("&");
    let made = post(&app, &form, SAME_ORIGIN).await;
    assert_eq!(made.status, StatusCode::SEE_OTHER, "{}", made.body);
    no_cookie(&made, "making a shortlist");
    let location = made.location.clone().expect("a redirect");
    let code = location.strip_prefix("/s/").expect("a short URL");
    assert_eq!(code.len(), 8);
    assert!(peermap::signpost::code::is_code(code));

    let list = app.get_with(&location, HOST).await;
    assert_eq!(list.status, StatusCode::OK, "{}", list.body);
    no_cookie(&list, "the shortlist");
    let mut shown = slugs(&list);
    shown.sort();
    shown.dedup();
    assert_eq!(shown, kept, "the shortlist lists what was kept");
    assert!(
        list.body
            .contains("away, in Birmingham (town centre; the exact place is not given)")
    );
    assert!(list.body.contains(&format!("http://peermap.test/s/{code}")));
    assert!(list.body.contains("Samaritans: 116 123"));
    // The same address gives the same shortlist again.
    assert_eq!(app.get_with(&location, HOST).await.body, list.body);

    // A shortlist of one keeps only that one.
    let one = post(&app, &format!("where=PR1&keep={APP}"), SAME_ORIGIN).await;
    let page = app.get(one.location.as_deref().unwrap()).await;
    let slugs = slugs(&page);
    assert!(
        !slugs.is_empty() && slugs.iter().all(|s| *s == APP),
        "{slugs:?}"
    );
}

#[tokio::test]
async fn unknown_shortlists_are_404() {
    let app = TestApp::seeded().await;
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
    let app = TestApp::seeded().await;
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

#[tokio::test]
async fn bad_shortlists_are_refused_with_a_reason() {
    let app = TestApp::seeded().await;
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
        let reply = post(&app, &form, SAME_ORIGIN).await;
        assert_eq!(reply.status, StatusCode::BAD_REQUEST, "{form}");
        assert!(reply.body.contains(words), "{form}: {}", reply.body);
    }
}

#[tokio::test]
async fn a_shortlist_keeps_the_area_never_the_full_postcode() {
    let app = TestApp::seeded().await;
    let made = post(&app, &format!("where=B15+2TT&keep={APP}"), SAME_ORIGIN).await;
    assert_eq!(made.status, StatusCode::SEE_OTHER, "{}", made.body);
    let page = app.get(made.location.as_deref().unwrap()).await;
    assert!(page.body.contains("B15 2"), "{}", page.body);
    assert!(!page.body.contains("2TT"));
    // Birmingham's site is the nearest, so distances were measured from the area.
    assert!(page.body.contains("away, in Birmingham (town centre"));
}

#[tokio::test]
async fn the_sheet_asks_where_first_and_refuses_bad_filters() {
    let app = TestApp::seeded().await;
    let form = app.get("/signpost").await;
    assert_eq!(form.status, StatusCode::OK);
    assert!(form.body.contains("action=\"/signpost\""));
    let bad = app.get("/signpost?where=PR1&need=astrology").await;
    assert_eq!(bad.status, StatusCode::BAD_REQUEST);
    assert!(bad.body.contains("astrology"));
    let nowhere = app.get("/signpost?where=ZZ99+9ZZ").await;
    assert_eq!(nowhere.status, StatusCode::BAD_REQUEST);
}
