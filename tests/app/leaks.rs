//! Nothing private in any JSON route: draft reflections stay with their project, and the
//! e-mail address of whoever proposed a listing is never public.

use crate::support::TestApp;
use axum::http::StatusCode;

const CIP: &str = "community-intercultural-programme";
const DRAFT: &str = "Our draft words nobody else may read yet.";
const PROPOSER: &str = "proposer@new-group.test";

/// Every JSON route, with the listings and places this test uses.
const JSON_ROUTES: &[&str] = &[
    "/api/v1/projects",
    "/api/v1/projects?per_page=500",
    "/api/v1/projects/community-intercultural-programme",
    "/api/v1/projects/community-intercultural-programme/partners",
    "/api/v1/projects/bump-and-beyond-in-preston",
    "/api/v1/search?where=Portadown",
    "/api/v1/search?where=Preston",
    "/api/v1/geocode?q=Preston",
    "/api/v1/taxonomy",
    "/api/v1/version",
    "/healthz",
    "/api/oruk/v3",
    "/api/oruk/v3/services?per_page=500",
    "/api/oruk/v3/service_at_locations?per_page=500",
    "/api/oruk/v3/taxonomies",
    "/api/oruk/v3/taxonomy_terms?per_page=500",
    "/api/oruk/v3/openapi.json",
    "/api/v1/openapi.json",
];

/// The ORUK records by id: every service and service-at-location the lists name.
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
    ] {
        let page: serde_json::Value = serde_json::from_str(&visitor.get(list).await.body).unwrap();
        for item in page["contents"].as_array().unwrap() {
            out.push(format!("{one}/{}", item["id"].as_str().unwrap()));
        }
    }
    assert!(
        out.len() > 10,
        "the feed lists the bundled listings: {out:?}"
    );
    out
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
    let proposer = app.sign_up(PROPOSER).await;
    let sent = proposer
        .submit(
            "/account/propose",
            "/account/propose",
            &[
                ("name", "Bump and Beyond in Preston"),
                ("organisation", "Bump and Beyond"),
                ("summary", "A weekly group for new mums in Preston."),
                ("town", "Preston"),
                ("statement", "I run the group."),
            ],
        )
        .await;
    assert_eq!(sent.status, StatusCode::OK, "{}", sent.excerpt());
    let claim = app.pending_proposal(PROPOSER).await;
    app.approve_claim(claim).await;

    let visitor = app.visitor();
    let page = visitor.get("/projects/bump-and-beyond-in-preston").await;
    assert_eq!(page.status, StatusCode::OK);
    assert!(
        !page.body.contains(PROPOSER),
        "the public page names the proposer"
    );
    let records = oruk_record_routes(&visitor).await;
    let routes = JSON_ROUTES.iter().map(|r| r.to_string()).chain(records);
    for route in routes {
        let reply = visitor.get(&route).await;
        assert_eq!(reply.status, StatusCode::OK, "{route}: {}", reply.excerpt());
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
