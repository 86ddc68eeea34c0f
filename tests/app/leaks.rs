//! Nothing private in any JSON route: draft reflections stay with their project, and the
//! e-mail address of whoever proposed a listing is never public.

use crate::support::TestApp;
use axum::http::StatusCode;

const CIP: &str = "community-intercultural-programme";
const DRAFT: &str = "Our draft words nobody else may read yet.";
const PROPOSER: &str = "proposer@new-group.test";

/// Every JSON route, with the listings and places this test uses. Those the OpenAPI
/// documents describe are checked against them (see [`assert_every_documented_path`]).
const JSON_ROUTES: &[&str] = &[
    "/api/v1/projects",
    "/api/v1/projects?per_page=500",
    "/api/v1/projects/community-intercultural-programme",
    "/api/v1/projects/community-intercultural-programme/partners",
    "/api/v1/projects/bump-and-beyond-in-preston",
    "/api/v1/projects/bump-and-beyond-in-preston/partners",
    "/api/v1/search?where=Portadown",
    "/api/v1/search?where=Preston",
    "/api/v1/geocode?q=Preston",
    "/api/v1/taxonomy",
    "/api/v1/version",
    "/api/v1/openapi.json",
    "/api/oruk/v3",
    "/api/oruk/v3/services?per_page=500",
    "/api/oruk/v3/service_at_locations?per_page=500",
    "/api/oruk/v3/taxonomies",
    "/api/oruk/v3/taxonomy_terms?per_page=500",
    "/api/oruk/v3/openapi.json",
];

/// The JSON routes no OpenAPI document describes: health and the coverage download.
const UNDOCUMENTED_JSON_ROUTES: &[&str] = &["/healthz", "/readyz", "/coverage.geojson"];

/// The ORUK records by id: every service, service-at-location, taxonomy and taxonomy
/// term the lists name.
async fn oruk_record_routes(visitor: &TestApp) -> Vec<String> {
    let mut out = Vec::new();
    for (list, one) in [
        (
            "/api/oruk/v3/services?per_page=500",
            "/api/oruk/v3/services",
        ),
        (
            "/api/oruk/v3/service_at_locations?per_page=500",
            "/api/oruk/v3/service_at_locations",
        ),
        ("/api/oruk/v3/taxonomies", "/api/oruk/v3/taxonomies"),
        (
            "/api/oruk/v3/taxonomy_terms?per_page=500",
            "/api/oruk/v3/taxonomy_terms",
        ),
    ] {
        let page: serde_json::Value = serde_json::from_str(&visitor.get(list).await.body).unwrap();
        let items = page["contents"].as_array().unwrap();
        assert!(!items.is_empty(), "{list} lists nothing");
        for item in items {
            out.push(format!("{one}/{}", item["id"].as_str().unwrap()));
        }
    }
    assert!(
        out.len() > 10,
        "the feed lists the bundled listings: {out:?}"
    );
    out
}

/// The paths (templates such as `/api/v1/projects/{slug}`) of the OpenAPI document at
/// `doc`, made absolute with the path of its first server, if it names one.
async fn documented_paths(visitor: &TestApp, doc: &str) -> Vec<String> {
    let doc = visitor.get(doc).await.json();
    // `http://host:port/api/oruk/v3` → `/api/oruk/v3`
    let base = doc["servers"][0]["url"].as_str().map_or("", |url| {
        let host = url.find("://").map_or(0, |i| i + 3);
        url[host..].find('/').map_or("", |i| &url[host + i..])
    });
    let paths: Vec<String> = doc["paths"]
        .as_object()
        .unwrap()
        .keys()
        .map(|p| format!("{}{p}", base.trim_end_matches('/')))
        .collect();
    assert!(paths.len() > 3, "{doc}");
    paths
}

/// Whether the route `visited` (a path with a query, maybe) is one of the `template`.
fn fits(template: &str, visited: &str) -> bool {
    let path = visited.split('?').next().unwrap();
    let a: Vec<&str> = template.trim_end_matches('/').split('/').collect();
    let b: Vec<&str> = path.trim_end_matches('/').split('/').collect();
    a.len() == b.len()
        && a.iter()
            .zip(&b)
            .all(|(t, v)| (t.starts_with('{') && t.ends_with('}') && !v.is_empty()) || t == v)
}

/// Every path either OpenAPI document names is among `visited`: a JSON route added to
/// either fails this test until it is visited.
async fn assert_every_documented_path(visitor: &TestApp, visited: &[String]) {
    let mut documented = documented_paths(visitor, "/api/v1/openapi.json").await;
    documented.extend(documented_paths(visitor, "/api/oruk/v3/openapi.json").await);
    assert!(
        documented
            .iter()
            .any(|p| p == "/api/oruk/v3/taxonomy_terms/{id}"),
        "{documented:?}"
    );
    for template in &documented {
        assert!(
            visited.iter().any(|v| fits(template, v)),
            "{template} is documented but not visited by this test"
        );
    }
}

#[tokio::test]
async fn drafts_and_account_emails_appear_in_no_json_route() {
    let app = TestApp::seeded().await;
    // CIP's keeper saves a draft reflection.
    let keeper = app.maintainer_of(CIP).await;
    app.set_trusted(CIP, keeper.email()).await;
    let form = format!("/manage/{CIP}/reflection");
    let draft = keeper
        .submit(
            &form,
            &form,
            &[
                ("status_safe-and-nurturing", "we-do-this"),
                ("how_safe-and-nurturing", DRAFT),
                ("action", "draft"),
            ],
        )
        .await;
    assert_eq!(draft.status, StatusCode::SEE_OTHER, "{}", draft.excerpt());
    assert_eq!(
        app.project(CIP).await.reflections[0].how,
        DRAFT,
        "the draft is stored"
    );
    // Someone proposes a new listing, and a moderator approves it.
    let claim = app
        .proposal(
            PROPOSER,
            &[
                ("name", "Bump and Beyond in Preston"),
                ("organisation", "Bump and Beyond"),
                ("summary", "A weekly group for new mums in Preston."),
                ("town", "Preston"),
                ("statement", "I run the group."),
            ],
        )
        .await;
    app.approve_claim(claim).await;

    let visitor = app.visitor();
    let page = visitor.get("/projects/bump-and-beyond-in-preston").await;
    assert_eq!(page.status, StatusCode::OK);
    assert!(
        !page.body.contains(PROPOSER),
        "the public page names the proposer"
    );
    let records = oruk_record_routes(&visitor).await;
    let routes: Vec<String> = JSON_ROUTES
        .iter()
        .chain(UNDOCUMENTED_JSON_ROUTES)
        .map(|r| r.to_string())
        .chain(records)
        .collect();
    assert_every_documented_path(&visitor, &routes).await;
    for route in &routes {
        let reply = visitor.get(route).await;
        assert_eq!(reply.status, StatusCode::OK, "{route}: {}", reply.excerpt());
        assert!(
            reply.content_type.contains("json"),
            "{route} is not JSON: {}",
            reply.content_type
        );
        assert!(!reply.body.contains(DRAFT), "{route} shows a draft");
        assert!(
            !reply.body.contains("@new-group.test"),
            "{route} shows an account e-mail"
        );
        assert!(
            !reply.body.contains(".test\""),
            "{route} shows an account e-mail"
        );
    }
}
