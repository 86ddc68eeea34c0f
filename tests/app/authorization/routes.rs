//! The exact status of every mutating route for each role.

use super::{CIP, OTHER, ROLES, World, world};
use axum::http::StatusCode;

/// A route, its fields, and the status expected for each of [`ROLES`].
type Case = (String, Vec<(&'static str, &'static str)>, [StatusCode; 4]);

/// Every mutating route but the listing form, in the order they are tried.
fn cases(w: &World) -> Vec<Case> {
    let see = StatusCode::SEE_OTHER;
    let (unauth, forbidden, conflict, ok) = (
        StatusCode::UNAUTHORIZED,
        StatusCode::FORBIDDEN,
        StatusCode::CONFLICT,
        StatusCode::OK,
    );
    let r = w.review;
    vec![
        (
            "/account/propose".into(),
            vec![
                ("name", "Matrix Group"),
                ("organisation", "Matrix Org"),
                ("summary", "A group."),
                ("statement", "Me"),
            ],
            // A confirmation page, saying what happens next.
            [unauth, ok, ok, ok],
        ),
        (
            format!("/projects/{CIP}/claim"),
            vec![("statement", "It is ours")],
            [unauth, conflict, ok, ok],
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
        // Only the reviewing project's keepers change a review (within 14 days).
        (
            format!("/projects/{CIP}/reviews/{r}/edit"),
            vec![
                ("verdict_safe-and-nurturing", "ask"),
                ("comment_safe-and-nurturing", "How are groups kept small?"),
                ("action", "publish"),
            ],
            [unauth, forbidden, see, forbidden],
        ),
        (
            format!("/moderate/claims/{}", w.claim),
            vec![
                ("decision", "reject"),
                ("reason", "Not known to the project"),
            ],
            [unauth, forbidden, forbidden, see],
        ),
        (
            format!("/moderate/edits/{}", w.edit),
            vec![("decision", "approve")],
            [unauth, forbidden, forbidden, see],
        ),
        (
            format!("/moderate/reports/{}", w.report),
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
        // The reminder's one-click link: for anyone, but only with the link's own token.
        (
            format!("/still-accurate/{CIP}"),
            vec![("token", "1.2026-01-01.00")],
            [forbidden, forbidden, forbidden, forbidden],
        ),
    ]
}

#[tokio::test]
async fn every_mutating_route_gives_each_role_its_exact_status() {
    let w = world().await;
    // Each post carries a valid token for its session (any page's token will do).
    let token_page = format!("/projects/{CIP}/report");
    for (route, fields, expected) in &cases(&w) {
        for (role, want) in expected.iter().enumerate() {
            let c = w.as_role(role).await;
            let got = c.post_fields(route, &token_page, fields).await;
            assert_eq!(
                got.status,
                *want,
                "POST {route} as {}: {}",
                ROLES[role],
                got.excerpt()
            );
        }
    }
    // And the listing form itself (a full, valid form).
    let see = StatusCode::SEE_OTHER;
    let expected = [StatusCode::UNAUTHORIZED, see, StatusCode::FORBIDDEN, see];
    for (role, want) in expected.iter().enumerate() {
        let c = w.as_role(role).await;
        let got = c
            .post_fields(
                &format!("/manage/{CIP}"),
                &token_page,
                &[
                    ("name", "Community Intercultural Programme"),
                    ("organisation", "CIP"),
                    ("summary", "A group."),
                ],
            )
            .await;
        assert_eq!(got.status, *want, "POST /manage/{CIP} as {}", ROLES[role]);
    }
}
