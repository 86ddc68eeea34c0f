//! The pages and API through the whole router, over a real SQLite file with the
//! starting directory.

use crate::support::{Page, TestApp, html};
use axum::http::StatusCode;

/// Every page must show how to get urgent help and a quick way to leave.
fn assert_crisis_and_exit(page: &Page, uri: &str) {
    assert!(
        page.content_type.starts_with("text/html"),
        "{uri}: {}",
        page.content_type
    );
    for must in [
        "999",
        "116 123",
        "NHS 111",
        "NHS 24",
        "0808 808 8000",
        "Leave this site",
        "id=\"exit\"",
    ] {
        assert!(page.body.contains(must), "{uri} lacks {must}");
    }
    assert!(
        page.body.contains("href=\"https://www.bbc.co.uk/weather\""),
        "{uri}: quick exit target"
    );
}

/// Every URL a page would load by itself (scripts, styles, images, frames, forms) is on
/// our own origin. Plain links (`<a href>`) are not loaded by the browser.
fn loaded_urls(page: &str) -> Vec<String> {
    let elements =
        "script, link, img, iframe, source, video, audio, form, embed, object, image, use";
    let mut out = Vec::new();
    let doc = scraper::Html::parse_document(page);
    for element in doc.select(&html::selector(elements)) {
        for (name, value) in element.value().attrs() {
            if ["src", "href", "action", "data", "poster", "srcset"].contains(&name) {
                out.push(value.to_string());
            }
        }
    }
    let lower = page.to_lowercase();
    if lower.contains("url(") || lower.contains("@import") {
        out.push("inline CSS url()".into());
    }
    out
}

fn assert_no_other_origin(page: &Page, uri: &str) {
    for url in loaded_urls(&page.body) {
        let own = url.starts_with('/') && !url.starts_with("//");
        assert!(own, "{uri} loads {url} from another origin");
    }
}

#[tokio::test]
async fn every_page_has_the_crisis_box_quick_exit_and_no_other_origin() {
    let app = TestApp::seeded().await;
    let pages = [
        ("/", StatusCode::OK),
        ("/projects", StatusCode::OK),
        (
            "/projects?need=postpartum-psychosis&nation=england&page=1",
            StatusCode::OK,
        ),
        (
            "/projects/community-intercultural-programme",
            StatusCode::OK,
        ),
        ("/about", StatusCode::OK),
        ("/toolkit", StatusCode::OK),
        ("/toolkit/workbook", StatusCode::OK),
        ("/projects/no-such-project", StatusCode::NOT_FOUND),
        ("/no/such/page", StatusCode::NOT_FOUND),
        ("/projects?delivery=carrier-pigeon", StatusCode::BAD_REQUEST),
        ("/projects?per_page=100000", StatusCode::BAD_REQUEST),
    ];
    for (uri, status) in pages {
        let page = app.get(uri).await;
        assert_eq!(page.status, status, "{uri}");
        assert_crisis_and_exit(&page, uri);
        assert_no_other_origin(&page, uri);
        assert!(!page.set_cookie, "{uri} sets a cookie");
        let csp = page
            .headers
            .get("content-security-policy")
            .unwrap()
            .to_str()
            .unwrap();
        assert!(csp.contains("default-src 'self'"));
    }
    // Our own CSS loads nothing from elsewhere either.
    let css = app.get("/assets/site.css").await;
    assert_eq!(css.status, StatusCode::OK);
    assert!(!css.body.contains("url(") && !css.body.contains("@import"));
    let js = app.get("/assets/exit.js").await;
    assert!(js.content_type.starts_with("text/javascript"));
    assert!(!js.body.contains("fetch(") && !js.body.contains("XMLHttpRequest"));
}

#[tokio::test]
async fn bad_input_gets_a_clear_message_not_a_500() {
    let app = TestApp::seeded().await;
    let page = app.get("/projects?delivery=carrier-pigeon").await;
    assert!(
        page.body
            .contains("“carrier-pigeon” is not a known delivery"),
        "{}",
        page.body
    );
    let nasty = [
        "/projects?need=%3Cscript%3Ealert(1)%3C/script%3E",
        "/projects?page=-1",
        "/projects?page=99999999999999999999",
        "/projects/%00%01",
        "/projects/Robert')%3B%20DROP%20TABLE%20projects%3B--",
        "/api/v1/projects?lang=xx",
        "/api/v1/projects/%E2%80%AE",
    ];
    for uri in nasty {
        let reply = app.get(uri).await;
        assert!(reply.status.is_client_error(), "{uri}: {}", reply.status);
        assert!(
            !reply.body.contains("<script>alert"),
            "{uri} reflects markup unescaped"
        );
    }
    // Nothing stored was harmed.
    let list = app.get("/api/v1/projects?per_page=500").await.json();
    let bundled: Vec<serde_json::Value> =
        serde_json::from_str(peermap::data::BUNDLED_PROJECTS).unwrap();
    assert_eq!(list["total"], bundled.len());
}

#[tokio::test]
async fn project_page_spells_out_trust_and_missing_contact_details() {
    let app = TestApp::seeded().await;
    let page = app
        .get("/projects/refugee-women-connect-perinatal-support")
        .await;
    assert_eq!(page.status, StatusCode::OK);
    let body = &page.body;
    assert!(body.contains("<h1>Refugee Women Connect perinatal support</h1>"));
    assert!(body.contains("This listing has not been confirmed by the project yet"));
    assert!(body.contains("Contact details are not confirmed yet"));
    assert!(body.contains("Liverpool, England"));
    assert!(body.contains("shown at town level"));
    assert!(body.contains("Where this came from"));
    assert!(body.contains("Refugee and migrant women"));
    // A listing no page gives contact details for shows no phone numbers or e-mail addresses.
    let main = page.outer("main");
    assert_eq!(main.len(), 1);
    assert!(
        !main[0].contains("mailto:") && !main[0].contains("tel:"),
        "contact links no page gave"
    );
}

#[tokio::test]
async fn project_page_gives_contact_details_with_the_page_each_came_from() {
    let app = TestApp::seeded().await;
    let page = app.get("/projects/island-house").await;
    assert_eq!(page.status, StatusCode::OK);
    let main = &page.outer("main")[0];
    assert!(main.contains("This listing has not been confirmed by the project yet"));
    assert!(!main.contains("Contact details are not confirmed yet"));
    assert!(main.contains("Taken from public web pages"));
    assert!(main.contains("href=\"tel:02075310310\""), "{main}");
    assert!(main.contains("href=\"https://www.island-house.org/\""));
    // Where this came from: each fact with a plain link to the page that states it.
    let sources = html::outer(main, "ul.sources");
    assert_eq!(sources.len(), 1, "{main}");
    let links = html::attrs(&sources[0], "li > a", "href");
    for page in [
        "https://www.island-house.org/what-s-on/island-house-playgroup/",
        "https://island-house.org/what-we-do",
    ] {
        assert!(links.iter().any(|l| l == page), "{links:?}");
    }
    assert_eq!(
        html::attrs(&sources[0], "li > a", "rel"),
        vec!["noreferrer noopener"; links.len()]
    );
    let items = html::texts(&sources[0], "li");
    assert!(
        items
            .iter()
            .any(|i| i.starts_with("Phone: https://www.island-house.org/"))
    );
    assert!(
        items
            .iter()
            .any(|i| i.starts_with("Website: https://island-house.org/"))
    );
}

#[tokio::test]
async fn directory_filters_and_pages() {
    let app = TestApp::seeded().await;
    let page = app.get("/projects?need=refugee-migrant-women").await;
    assert!(page.body.contains("Community Intercultural Programme"));
    assert!(!page.body.contains("Action on Postpartum Psychosis"));
    // The chosen filter stays ticked.
    assert!(
        page.body
            .contains("value=\"refugee-migrant-women\" checked")
    );

    let first = app.get("/projects?per_page=10").await;
    assert!(first.body.contains("Page 1 of 7"), "{}", first.body);
    assert!(
        first
            .body
            .contains("href=\"/projects?page=2&amp;per_page=10\"")
    );
    let last = app.get("/projects?per_page=10&page=7").await;
    assert!(last.body.contains("Previous page") && !last.body.contains("Next page"));
}
#[tokio::test]
async fn json_api_lists_filters_and_explains_errors() {
    let app = TestApp::seeded().await;
    let reply = app.get("/api/v1/projects?need=postpartum-psychosis").await;
    assert_eq!(reply.status, StatusCode::OK);
    assert!(reply.content_type.starts_with("application/json"));
    let json = reply.json();
    // APP, its Beadnell unit and PANDAS name the need; general perinatal listings count too.
    assert_eq!(json["total"], 39);
    let items = json["items"].as_array().unwrap();
    let item = items
        .iter()
        .find(|i| i["slug"] == "action-on-postpartum-psychosis")
        .expect("APP is listed");
    for other in items.iter().filter(|i| {
        !i["needs"]
            .as_array()
            .unwrap()
            .contains(&serde_json::json!("postpartum-psychosis"))
    }) {
        let needs: Vec<&str> = other["needs"]
            .as_array()
            .unwrap()
            .iter()
            .map(|n| n.as_str().unwrap())
            .collect();
        assert!(
            needs.contains(&"perinatal-mental-health"),
            "{}",
            other["slug"]
        );
    }
    for field in [
        "slug",
        "name",
        "needs",
        "formats",
        "delivery",
        "languages",
        "nations",
        "sites",
        "verified",
        "last_confirmed",
    ] {
        assert!(item.get(field).is_some(), "item lacks {field}");
    }
    assert_eq!(item["verified"], false);
    let site = &item["sites"][0];
    assert!(site["lat"].is_f64() && site["lon"].is_f64());

    let one = app
        .get("/api/v1/projects/action-on-postpartum-psychosis")
        .await
        .json();
    assert_eq!(one["name"], "Action on Postpartum Psychosis");

    let paged = app.get("/api/v1/projects?per_page=5&page=2").await.json();
    assert_eq!(paged["items"].as_array().unwrap().len(), 5);
    assert_eq!(
        (paged["page"].as_u64(), paged["per_page"].as_u64()),
        (Some(2), Some(5))
    );

    for (uri, status, words) in [
        (
            "/api/v1/projects?format=couples",
            400,
            "“couples” is not a known format; use one of: group, one-to-one",
        ),
        (
            "/api/v1/projects?nation=france",
            400,
            "england, scotland, wales, northern-ireland",
        ),
        ("/api/v1/projects?per_page=501", 400, "from 1 to 500"),
        ("/api/v1/projects/no-such-thing", 404, "no-such-thing"),
        ("/api/v1/nothing-here", 404, "could not find"),
    ] {
        let reply = app.get(uri).await;
        assert_eq!(reply.status.as_u16(), status, "{uri}");
        assert_eq!(reply.content_type, "application/problem+json", "{uri}");
        let problem = reply.json();
        assert_eq!(problem["status"], status);
        assert!(
            problem["detail"].as_str().unwrap().contains(words),
            "{uri}: {}",
            problem["detail"]
        );
    }
}

#[tokio::test]
async fn taxonomy_and_health() {
    let app = TestApp::seeded().await;
    let t = app.get("/api/v1/taxonomy").await.json();
    let needs: Vec<_> = t["needs"]
        .as_array()
        .unwrap()
        .iter()
        .map(|n| n["slug"].as_str().unwrap())
        .collect();
    assert!(needs.contains(&"postpartum-psychosis") && needs.contains(&"criminal-justice"));
    assert!(t["needs"][0]["label"].is_string() && t["needs"][0]["description"].is_string());
    assert_eq!(
        t["languages"]
            .as_array()
            .unwrap()
            .iter()
            .find(|l| l["code"] == "pl")
            .unwrap()["name"],
        "Polish"
    );
    assert_eq!(t["formats"][1]["slug"], "one-to-one");
    let health = app.get("/healthz").await;
    assert_eq!(health.status, StatusCode::OK);
    assert_eq!(health.json()["database"], "sqlite");
}
