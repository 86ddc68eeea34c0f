//! Every mutating route × {anonymous, the project's maintainer, another project's
//! maintainer, a moderator}: the exact status each gets. Then forged and cross-site
//! posts, and hostile text.

mod forgery;
mod routes;

use crate::support::TestApp;
use crate::support::app::MODERATOR;
use axum::http::StatusCode;
use peermap::domain::community::ReportKind;

const CIP: &str = "community-intercultural-programme";
const OTHER: &str = "quarriers";

/// The application with accounts, a published reflection and review, and one of
/// everything waiting for a moderator (claim, edit, report), so that every route has
/// something to act on.
struct World {
    app: TestApp,
    /// Keeps CIP's listing (trusted: a first edit approved).
    owner: String,
    /// Keeps Quarriers' listing.
    elsewhere: String,
    review: i64,
    claim: i64,
    edit: i64,
    report: i64,
}

async fn world() -> World {
    let app = TestApp::seeded().await;
    let owner = app.maintainer_of(CIP).await;
    let other = app.maintainer_of(OTHER).await;
    // CIP's owner is trusted (a first edit approved) and has published a reflection.
    app.set_trusted(CIP, owner.email()).await;
    let form = format!("/manage/{CIP}/reflection");
    let r = owner
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
    let review = format!("/projects/{CIP}/review");
    let r = other
        .submit(
            &review,
            &review,
            &[
                ("reviewer", OTHER),
                ("verdict_safe-and-nurturing", "recognise"),
                ("comment_safe-and-nurturing", "We do the same."),
                ("action", "publish"),
            ],
        )
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER);
    let review = app.reviews_of(CIP).await[0];
    // Waiting for a moderator: a claim, an edit and a report.
    let newcomer = app.sign_up("new@elsewhere.test").await;
    let r = newcomer
        .submit(
            "/projects/mrang/claim",
            "/projects/mrang/claim",
            &[("statement", "Volunteer")],
        )
        .await;
    assert_eq!(r.status, StatusCode::OK);
    let claim = app.pending_claim(newcomer.email(), "mrang").await;
    let proposal = app.project(CIP).await;
    let edit = app.submit_edit(CIP, owner.email(), &proposal).await;
    let report = app.create_report(CIP, ReportKind::Other, "test").await;
    World {
        owner: owner.email().to_string(),
        elsewhere: other.email().to_string(),
        app,
        review,
        claim,
        edit,
        report,
    }
}

const ROLES: [&str; 4] = [
    "anonymous",
    "maintainer of the project",
    "maintainer of another project",
    "moderator",
];

impl World {
    /// A fresh session in role `ROLES[role]`.
    async fn as_role(&self, role: usize) -> TestApp {
        match role {
            0 => self.app.visitor(),
            1 => self.app.sign_in(&self.owner).await,
            2 => self.app.sign_in(&self.elsewhere).await,
            _ => self.app.sign_in(MODERATOR).await,
        }
    }
}
