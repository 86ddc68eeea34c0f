//! Every mutating route × {anonymous, the project's maintainer, another project's
//! maintainer, a moderator}: the exact status each gets. Then forged and cross-site
//! posts, and hostile text.

mod common;

use axum::http::StatusCode;
use common::client::Client;
use common::seeded_state;
use peermap::AppState;
use peermap::domain::Slug;
use peermap::domain::community::Role;

const CIP: &str = "community-intercultural-programme";
const OTHER: &str = "quarriers";

const OWNER: &str = "owner@cip.test";
const ELSEWHERE: &str = "other@quarriers.test";
const MODERATOR: &str = "mod@peermap.test";

/// Accounts, a published reflection and review, and one of everything waiting for a
/// moderator (claim, edit, report), so that every route has something to act on.
async fn world() -> (AppState, common::TestDb, Ids) {
    let (state, db) = seeded_state().await;
    let mut moderator = Client::sign_up(&state, MODERATOR).await;
    state
        .store
        .set_role(MODERATOR, Role::Moderator)
        .await
        .unwrap();
    for (email, slug) in [(OWNER, CIP), (ELSEWHERE, OTHER)] {
        let mut c = Client::sign_up(&state, email).await;
        c.submit(
            &format!("/projects/{slug}/claim"),
            &format!("/projects/{slug}/claim"),
            &[("statement", "I run it.")],
        )
        .await;
        let id = state.store.claims(true).await.unwrap()[0].id;
        let ok = moderator
            .submit(
                "/moderate",
                &format!("/moderate/claims/{id}"),
                &[("decision", "approve")],
            )
            .await;
        assert_eq!(ok.status, StatusCode::SEE_OTHER);
    }
    let cip = Slug::parse(CIP).unwrap();
    // CIP's owner is trusted (a first edit approved) and has published a reflection.
    let owner = Client::sign_in(&state, OWNER).await;
    let account = state.store.login_lookup(OWNER).await.unwrap().unwrap().0;
    state.store.set_trusted(&cip, account.id).await.unwrap();
    let form = format!("/manage/{CIP}/reflection");
    let mut o = owner;
    let r = o
        .submit(
            &form,
            &form,
            &[
                ("status_safe-and-nurturing", "we-do-this"),
                ("action", "publish"),
            ],
        )
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER);
    // Quarriers reviews CIP.
    let mut other = Client::sign_in(&state, ELSEWHERE).await;
    let r = other
        .submit(
            &format!("/projects/{CIP}/review"),
            &format!("/projects/{CIP}/review"),
            &[
                ("reviewer", OTHER),
                ("verdict_safe-and-nurturing", "recognise"),
            ],
        )
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER);
    let review = state.store.reviews_of(&cip, false).await.unwrap()[0].id;
    // Waiting for a moderator: a claim, an edit and a report.
    let newcomer = Client::sign_up(&state, "new@elsewhere.test").await;
    let mut n = newcomer;
    n.submit(
        "/projects/mrang/claim",
        "/projects/mrang/claim",
        &[("statement", "Volunteer")],
    )
    .await;
    let claim = state.store.claims(true).await.unwrap()[0].id;
    let proposal = state.store.get(&cip).await.unwrap().unwrap().project;
    let edit = state
        .store
        .submit_edit(&cip, account.id, &proposal)
        .await
        .unwrap();
    let report = state
        .store
        .create_report(&cip, peermap::domain::community::ReportKind::Other, "test")
        .await
        .unwrap();
    (
        state,
        db,
        Ids {
            review,
            claim,
            edit,
            report,
        },
    )
}

struct Ids {
    review: i64,
    claim: i64,
    edit: i64,
    report: i64,
}

async fn as_role(state: &AppState, role: usize) -> Client {
    match role {
        0 => Client::new(state),
        1 => Client::sign_in(state, OWNER).await,
        2 => Client::sign_in(state, ELSEWHERE).await,
        _ => Client::sign_in(state, MODERATOR).await,
    }
}

const ROLES: [&str; 4] = [
    "anonymous",
    "maintainer of the project",
    "maintainer of another project",
    "moderator",
];

#[tokio::test]
async fn every_mutating_route_gives_each_role_its_exact_status() {
    let (state, _db, ids) = world().await;
    let see = StatusCode::SEE_OTHER;
    let (unauth, forbidden, conflict, ok) = (
        StatusCode::UNAUTHORIZED,
        StatusCode::FORBIDDEN,
        StatusCode::CONFLICT,
        StatusCode::OK,
    );
    let r = ids.review.to_string();
    // (route, fields, expected for [anonymous, owner, other maintainer, moderator]), run
    // in this order, each role in turn.
    let cases: Vec<(String, Vec<(&str, &str)>, [StatusCode; 4])> = vec![
        (
            "/account/propose".into(),
            vec![
                ("name", "Matrix Group"),
                ("organisation", "Matrix Org"),
                ("summary", "A group."),
                ("statement", "Me"),
            ],
            [unauth, see, see, see],
        ),
        (
            format!("/projects/{CIP}/claim"),
            vec![("statement", "It is ours")],
            [unauth, conflict, see, see],
        ),
        (
            format!("/projects/{CIP}/report"),
            vec![("kind", "wrong-details"), ("detail", "Times changed")],
            [ok, ok, ok, ok],
        ),
        (
            format!("/projects/{CIP}/review"),
            vec![("reviewer", OTHER), ("verdict_safe-and-nurturing", "ask")],
            [unauth, forbidden, conflict, forbidden],
        ),
        (
            format!("/manage/{CIP}/confirm"),
            vec![],
            [unauth, see, forbidden, see],
        ),
        (
            format!("/manage/{CIP}/reflection"),
            vec![
                ("status_safe-and-nurturing", "we-do-this"),
                ("action", "publish"),
            ],
            [unauth, see, forbidden, see],
        ),
        (
            format!("/manage/{CIP}/reviews/{r}/reply"),
            vec![("reply", "Thanks")],
            [unauth, see, forbidden, conflict],
        ),
        (
            format!("/moderate/claims/{}", ids.claim),
            vec![
                ("decision", "reject"),
                ("reason", "Not known to the project"),
            ],
            [unauth, forbidden, forbidden, see],
        ),
        (
            format!("/moderate/edits/{}", ids.edit),
            vec![("decision", "approve")],
            [unauth, forbidden, forbidden, see],
        ),
        (
            format!("/moderate/reports/{}", ids.report),
            vec![("note", "Updated")],
            [unauth, forbidden, forbidden, see],
        ),
        (
            format!("/moderate/reviews/{r}/hide"),
            vec![("reason", "Test")],
            [unauth, forbidden, forbidden, see],
        ),
        (
            format!("/manage/{CIP}/archive"),
            vec![],
            [unauth, see, forbidden, see],
        ),
        ("/account/logout".into(), vec![], [unauth, see, see, see]),
    ];
    for (route, fields, expected) in &cases {
        for (role, want) in expected.iter().enumerate() {
            let mut c = as_role(&state, role).await;
            let token = c.get(&format!("/projects/{CIP}/report")).await.csrf();
            let mut all = vec![("csrf", token.as_str())];
            all.extend(fields.iter().copied());
            let got = c.post(route, &all).await;
            assert_eq!(
                got.status,
                *want,
                "POST {route} as {}: {}",
                ROLES[role],
                &got.body[..got.body.len().min(400)]
            );
        }
    }
    // And the listing form itself (a full, valid form).
    for (role, want) in [unauth, see, forbidden, see].iter().enumerate() {
        let mut c = as_role(&state, role).await;
        let token = c.get(&format!("/projects/{CIP}/report")).await.csrf();
        let got = c
            .post(
                &format!("/manage/{CIP}"),
                &[
                    ("csrf", &token),
                    ("name", "Community Intercultural Programme"),
                    ("organisation", "CIP"),
                    ("summary", "A group."),
                ],
            )
            .await;
        assert_eq!(got.status, *want, "POST /manage/{CIP} as {}", ROLES[role]);
    }
}

#[tokio::test]
async fn posts_without_a_valid_token_or_from_another_site_are_refused() {
    let (state, _db, ids) = world().await;
    let routes = [
        (format!("/manage/{CIP}/confirm"), OWNER),
        (format!("/manage/{CIP}/reflection"), OWNER),
        (format!("/projects/{CIP}/claim"), ELSEWHERE),
        (format!("/moderate/edits/{}", ids.edit), MODERATOR),
        ("/account/logout".to_string(), OWNER),
    ];
    let before = state
        .store
        .history(&Slug::parse(CIP).unwrap())
        .await
        .unwrap()
        .len();
    for (route, email) in &routes {
        let mut c = Client::sign_in(&state, email).await;
        let own = c.get(&format!("/projects/{CIP}/report")).await.csrf();
        let someone_elses = Client::new(&state)
            .get(&format!("/projects/{CIP}/report"))
            .await
            .csrf();
        for (label, fields, origin) in [
            (
                "no token",
                vec![("decision", "approve")],
                "http://peermap.test",
            ),
            (
                "a forged token",
                vec![("csrf", "1700000000.deadbeef"), ("decision", "approve")],
                "http://peermap.test",
            ),
            (
                "another visitor's token",
                vec![("csrf", someone_elses.as_str()), ("decision", "approve")],
                "http://peermap.test",
            ),
            (
                "another site",
                vec![("csrf", own.as_str()), ("decision", "approve")],
                "https://evil.example",
            ),
        ] {
            let got = c.post_from(route, &fields, origin).await;
            assert_eq!(got.status, StatusCode::FORBIDDEN, "{route} with {label}");
            assert!(
                got.body.contains("did not come from peermap") || got.body.contains("expired"),
                "{route}: a clear message"
            );
        }
    }
    // Anonymous forms too: reports, sign-up and sign-in.
    let mut anyone = Client::new(&state);
    for route in [
        format!("/projects/{CIP}/report"),
        "/account/signup".into(),
        "/account/login".into(),
    ] {
        let got = anyone
            .post(
                &route,
                &[
                    ("kind", "other"),
                    ("email", "x@y.test"),
                    ("password", "a long enough passphrase"),
                ],
            )
            .await;
        assert_eq!(got.status, StatusCode::FORBIDDEN, "{route}");
    }
    let after = state
        .store
        .history(&Slug::parse(CIP).unwrap())
        .await
        .unwrap()
        .len();
    assert_eq!(before, after, "nothing changed");
}

#[tokio::test]
async fn hostile_text_is_refused_or_stored_and_shown_escaped() {
    let (state, _db, _) = world().await;
    let mut owner = Client::sign_in(&state, OWNER).await;
    let form = format!("/manage/{CIP}/reflection");
    let nasty = "<script>alert('x')</script> \u{202e}evil\u{202c} zero\u{200b}width 🌱 '); DROP TABLE projects;--";
    let r = owner
        .submit(
            &form,
            &form,
            &[
                ("status_safe-and-nurturing", "we-do-this"),
                ("how_safe-and-nurturing", nasty),
                ("action", "publish"),
            ],
        )
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER);
    let page = Client::new(&state)
        .get(&format!("/projects/{CIP}"))
        .await
        .body;
    assert!(!page.contains("<script>alert"), "markup is escaped");
    assert!(page.contains("&lt;script&gt;alert('x')&lt;/script&gt;"));
    assert!(page.contains("DROP TABLE projects;--") && page.contains("🌱"));
    assert_eq!(
        Client::new(&state)
            .get("/api/v1/projects?per_page=500")
            .await
            .status,
        StatusCode::OK,
        "the table is still there"
    );

    // A 100 KB field is refused with a clear message; nothing is stored.
    let huge = "x".repeat(100 * 1024);
    let r = owner
        .submit(
            &form,
            &form,
            &[
                ("status_safe-and-nurturing", "we-do-this"),
                ("how_safe-and-nurturing", &huge),
                ("action", "publish"),
            ],
        )
        .await;
    assert_eq!(r.status, StatusCode::BAD_REQUEST);
    assert!(
        r.body.contains("the most is 10000"),
        "{}",
        &r.body[..r.body.len().min(300)]
    );
    // A body over the limit is refused before it is read.
    let giant = "y".repeat(400 * 1024);
    let r = owner
        .submit(&form, &form, &[("how_safe-and-nurturing", &giant)])
        .await;
    assert_eq!(r.status, StatusCode::PAYLOAD_TOO_LARGE);
    // Control characters are refused.
    let r = owner
        .submit(
            &form,
            &form,
            &[
                ("status_safe-and-nurturing", "we-do-this"),
                ("how_safe-and-nurturing", "bell\u{7}"),
                ("action", "publish"),
            ],
        )
        .await;
    assert_eq!(r.status, StatusCode::BAD_REQUEST);
    let page = Client::new(&state)
        .get(&format!("/projects/{CIP}"))
        .await
        .body;
    assert!(
        page.contains("&lt;script&gt;"),
        "the last good version is still shown"
    );
}
