//! The signposting sheet and shortlists, through the whole application on a real
//! SQLite file: listings for a place and need within a distance, one card per project,
//! QR codes of absolute project URLs, the crisis routes, and shortlists that round-trip
//! without a cookie (`signpost/shortlists.rs`).

mod shortlists;

use crate::support::{Page, TestApp, html};
use axum::http::StatusCode;
use peermap::domain::Delivery;

const SHEET: &str = "/signpost?where=CV1&need=postpartum-psychosis";
const APP: &str = "action-on-postpartum-psychosis";
/// A request's own `Host`: links on sheets never come from it.
const HOST: &[(&str, &str)] = &[("host", "forged.test")];

/// The bundled directory served as `http://peermap.test` (`PEERMAP_ORIGIN`).
async fn seeded() -> TestApp {
    TestApp::seeded_with(|c| c.public_origin = Some("http://peermap.test".into())).await
}

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

const IN_PERSON: &str = "ol.listings > li.listing";
const ONLINE: &str = "ul.listings > li.listing";

/// The in-person listings' distances in miles, as the sheet words them ("under a mile",
/// "about 45 miles (75 km)", "2.4 miles (3.9 km)").
fn miles(page: &Page) -> Vec<f64> {
    page.texts("ol.listings p.where > strong")
        .iter()
        .map(|words| match words.as_str() {
            "under a mile" | "less than 0.1 miles" => 0.0,
            w => w
                .trim_start_matches("about ")
                .split(' ')
                .next()
                .and_then(|n| n.parse().ok())
                .unwrap_or_else(|| panic!("not a distance: {w}")),
        })
        .collect()
}

/// The value of the option chosen in the select `name` of the form changing the sheet.
fn chosen(page: &Page, name: &str) -> Vec<String> {
    page.attrs(
        &format!("form[action='/signpost'] select[name={name}] option[selected]"),
        "value",
    )
}

#[tokio::test]
async fn cv1_and_postpartum_psychosis_gives_apps_birmingham_site_once_noting_its_online_offer() {
    let app = seeded().await;
    let reply = app.get_with(SHEET, HOST).await;
    assert_eq!(reply.status, StatusCode::OK, "{}", reply.body);
    no_cookie(&reply, "the sheet");
    let items = listings(&reply, "li.listing");
    let in_person = listings(&reply, IN_PERSON);
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
    assert_eq!(
        html::texts(&birmingham.html, "p.where")[1],
        "Also online or by phone.",
        "noting its online offer"
    );
    assert!(
        !listings(&reply, ONLINE).iter().any(|l| l.slug == APP),
        "and not listed again among the online options"
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
async fn links_on_a_sheet_come_from_the_configuration_never_the_host_header() {
    // With PEERMAP_ORIGIN, whatever the request's Host.
    let app = seeded().await;
    let reply = app.get_with(SHEET, HOST).await;
    assert!(
        reply
            .body
            .contains("href=\"http://peermap.test/projects/action-on-postpartum-psychosis\"")
    );
    assert!(!reply.body.contains("forged.test"));
    // Without it, the address served on (by default this machine's own).
    let app = TestApp::seeded().await;
    let reply = app.get_with(SHEET, HOST).await;
    assert!(
        reply
            .body
            .contains("href=\"http://127.0.0.1:8080/projects/action-on-postpartum-psychosis\"")
    );
    assert!(!reply.body.contains("forged.test"));
}

#[tokio::test]
async fn with_no_distance_the_sheet_looks_25_miles_around_and_says_so() {
    let app = seeded().await;
    // Any need from Preston, however far: the nearest ten reach well past 25 miles.
    let far = app.get("/signpost?where=PR1&within=any").await;
    assert_eq!(far.status, StatusCode::OK);
    assert!(
        miles(&far).iter().any(|&m| m > 40.0),
        "however far, the nearest reach past 40 miles: {:?}",
        miles(&far)
    );
    assert_eq!(
        far.texts("form[action='/shortlists'] h2")[0],
        "Meeting in person, nearest first"
    );
    assert_eq!(chosen(&far, "within"), ["any"]);
    assert!(far.texts("p#reach")[0].contains("however far"));

    let sheet = app.get("/signpost?where=PR1").await;
    assert_eq!(sheet.status, StatusCode::OK);
    let near = miles(&sheet);
    assert!(!near.is_empty(), "Preston has in-person support near it");
    assert!(near.iter().all(|&m| m <= 25.0), "{near:?}");
    assert!(near.len() < miles(&far).len());
    assert_eq!(
        sheet.texts("form[action='/shortlists'] h2")[0],
        "Meeting in person within 25 miles, nearest first"
    );
    assert_eq!(
        sheet.texts("p#reach"),
        [
            "The sheet looks 25 miles around PR1 for peer support that meets in person: \
             the usual distance when none is chosen. Change the sheet"
        ]
    );
    assert_eq!(sheet.attrs("p#reach a", "href"), ["#change"]);
    assert_eq!(sheet.attrs("h2#change", "id"), ["change"]);
    assert_eq!(chosen(&sheet, "within"), ["25"]);
    let offered = sheet.attrs(
        "form[action='/signpost'] select[name=within] option",
        "value",
    );
    assert_eq!(offered, ["5", "10", "25", "50", "any"]);
    // The usual distance is not written into the shortlist's form: it stays the usual.
    assert!(
        sheet
            .attrs("form[action='/shortlists'] input[name=within]", "value")
            .is_empty()
    );

    // A distance chosen is used and kept.
    let ten = app.get("/signpost?where=PR1&within=10").await;
    assert!(miles(&ten).iter().all(|&m| m <= 10.0));
    assert_eq!(chosen(&ten, "within"), ["10"]);
    assert_eq!(
        ten.attrs("form[action='/shortlists'] input[name=within]", "value"),
        ["10"]
    );
    assert!(ten.texts("p#reach")[0].starts_with("The sheet looks 10 miles around PR1"));
    // An unusual one from a link is offered as it is.
    let seven = app.get("/signpost?where=PR1&within=7").await;
    assert_eq!(chosen(&seven, "within"), ["7"]);
    assert_eq!(
        app.get("/signpost?where=PR1&within=0").await.status,
        StatusCode::BAD_REQUEST
    );
}

#[tokio::test]
async fn with_nothing_within_the_distance_the_sheet_gives_the_nearest_beyond_and_says_so() {
    let app = seeded().await;
    let sheet = app
        .get("/signpost?where=Truro&need=postpartum-psychosis")
        .await;
    assert_eq!(sheet.status, StatusCode::OK);
    let texts = sheet.texts("form[action='/shortlists'] > p");
    assert_eq!(
        texts[..2],
        [
            "We do not know of in-person peer support for this within 25 miles.",
            "The nearest further away:"
        ]
    );
    let beyond = miles(&sheet);
    assert!(
        !beyond.is_empty() && beyond.iter().all(|&m| m > 25.0),
        "{beyond:?}"
    );
    assert!(
        !sheet
            .texts("h2")
            .iter()
            .any(|h| h.contains("within 25 miles")),
        "the heading does not claim they are within it"
    );
}

#[tokio::test]
async fn the_sheet_asks_how_they_would_take_part_and_in_which_language() {
    let app = seeded().await;
    for page in ["/signpost", "/signpost?where=B15+2TT"] {
        let page = app.get(page).await;
        let form = "form[action='/signpost']";
        for (name, first) in [("delivery", "Any way"), ("lang", "Any language")] {
            assert_eq!(
                page.attrs(&format!("{form} label[for={name}]"), "for")
                    .len(),
                1
            );
            let options = page.texts(&format!("{form} select#{name}[name={name}] option"));
            assert_eq!(options[0], first, "{name}");
            assert!(options.len() > 2, "{name}: {options:?}");
        }
        assert!(
            page.texts(&format!("{form} select#delivery option"))
                .contains(&"By phone".into())
        );
        assert!(
            page.texts(&format!("{form} select#lang option"))
                .contains(&"Tigrinya".into())
        );
    }
    // Only listings offered by phone, from the search's own key.
    let phone = app.get("/signpost?where=B15+2TT&delivery=phone").await;
    assert_eq!(phone.status, StatusCode::OK);
    assert_eq!(chosen(&phone, "delivery"), ["phone"]);
    let listed = slugs(&phone);
    assert!(!listed.is_empty());
    for slug in &listed {
        let project = app.project(slug).await;
        assert!(project.delivery.contains(&Delivery::Phone), "{slug}");
    }
    assert!(listed.len() < slugs(&app.get("/signpost?where=B15+2TT").await).len());
    // Only listings in Tigrinya: the Eritrean Women's Network in London.
    let tigrinya = app.get("/signpost?where=London&lang=ti").await;
    assert_eq!(chosen(&tigrinya, "lang"), ["ti"]);
    assert_eq!(slugs(&tigrinya), ["eritrean-womens-network"]);
    assert!(
        tigrinya
            .texts("h2")
            .contains(&"Meeting in person within 25 miles, nearest first".into())
    );
    // The search's "Print or share" link brings both to the sheet, and the shortlist's
    // form carries them.
    let search = app
        .get("/search?where=London&lang=ti&delivery=in-person")
        .await;
    let share = search.attrs("p.share a", "href");
    let sheet = app.get(&share[0]).await;
    assert_eq!(chosen(&sheet, "lang"), ["ti"]);
    assert_eq!(chosen(&sheet, "delivery"), ["in-person"]);
    let keep = sheet.form("/shortlists");
    assert_eq!(keep.value("lang"), Some("ti"));
    assert_eq!(keep.value("delivery"), Some("in-person"));
    assert_eq!(keep.value("where"), Some("London"));
}

#[tokio::test]
async fn each_project_is_one_card_on_a_sheet() {
    let app = seeded().await;
    for uri in [
        "/signpost?where=PR1",
        "/signpost?where=PR1&within=any",
        "/signpost?where=PR1&need=postpartum-psychosis&within=any",
        "/signpost?where=B15+2TT&need=postpartum-psychosis",
        "/signpost?where=B15+2TT&within=any&limit=50",
        "/signpost?where=CV1&need=postpartum-psychosis",
        "/signpost?where=Cardiff",
        "/signpost?where=Wales",
        "/signpost?where=Stockport&within=any",
    ] {
        let page = app.get(uri).await;
        assert_eq!(page.status, StatusCode::OK, "{uri}");
        let listed = slugs(&page);
        let mut once = listed.clone();
        once.sort();
        once.dedup();
        assert_eq!(once.len(), listed.len(), "{uri}: {listed:?}");
        // Each box to tick is for one project, with its own id.
        let boxes = page.attrs("input[name=keep]", "value");
        assert_eq!(boxes, listed, "{uri}");
    }
    // From Preston, however far: APP's Birmingham group, in person, noting it is also
    // online; not a second card among the online options.
    let page = app
        .get("/signpost?where=PR1&need=postpartum-psychosis&within=any")
        .await;
    let app_card = listings(&page, IN_PERSON)
        .into_iter()
        .find(|l| l.slug == APP)
        .expect("APP in person");
    assert!(app_card.html.contains("Also online or by phone."));
    assert!(
        !slugs(&page)
            .iter()
            .skip(listings(&page, IN_PERSON).len())
            .any(|s| s == APP)
    );
    // Within the usual 25 miles of Preston it is not in person, so it is online, once.
    let page = app
        .get("/signpost?where=PR1&need=postpartum-psychosis")
        .await;
    assert!(listings(&page, ONLINE).iter().any(|l| l.slug == APP));
    assert!(!listings(&page, IN_PERSON).iter().any(|l| l.slug == APP));
    assert!(!page.body.contains("Also online or by phone."));
}

#[tokio::test]
async fn the_sheet_asks_where_first_and_an_unknown_place_comes_back_on_the_form() {
    let app = seeded().await;
    let form = app.get("/signpost").await;
    assert_eq!(form.status, StatusCode::OK);
    assert!(form.body.contains("action=\"/signpost\""));
    let bad = app.get("/signpost?where=PR1&need=astrology").await;
    assert_eq!(bad.status, StatusCode::BAD_REQUEST);
    assert!(bad.body.contains("astrology"));
    let nowhere = app
        .get("/signpost?where=ZZ99+9ZZ&need=baby-loss&within=10&lang=pl")
        .await;
    assert_eq!(nowhere.status, StatusCode::BAD_REQUEST);
    assert!(nowhere.texts("title")[0].starts_with("Error: Make a signposting sheet"));
    assert_eq!(nowhere.attrs("div[role=alert] a", "href"), ["#where"]);
    assert_eq!(nowhere.attrs("input#where", "aria-invalid"), ["true"]);
    assert_eq!(nowhere.attrs("input#where", "value"), ["ZZ99 9ZZ"]);
    assert!(nowhere.texts("#where-error")[0].starts_with("Error: "));
    // What was chosen is kept.
    assert_eq!(chosen(&nowhere, "need"), ["baby-loss"]);
    assert_eq!(chosen(&nowhere, "within"), ["10"]);
    assert_eq!(chosen(&nowhere, "lang"), ["pl"]);
}
