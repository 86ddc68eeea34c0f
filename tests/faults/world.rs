//! One of everything, so that every write route has something to act on: keepers of
//! three listings (two trusted, with published reflections, one reviewing the other; one
//! whose changes wait for a moderator), a newcomer with no listing, and waiting for a
//! moderator a claim, a proposal, a queued edit, a report and a one-time sign-in link.

use crate::support::{Page, TestApp, TestDb};
use axum::http::StatusCode;
use peermap::domain::community::ReportKind;

/// Kept by [`World::owner`], trusted, with a published reflection reviewed by [`OTHER`].
pub const CIP: &str = "community-intercultural-programme";
/// Kept by [`World::other`], trusted, with a published reflection.
pub const OTHER: &str = "quarriers";
/// Kept by [`World::keeper`], whose changes wait for a moderator.
pub const THIRD: &str = "mrang";
/// Claimed by [`World::newcomer`], waiting for a moderator.
pub const CLAIMED: &str = "sands";
/// Nobody's yet.
pub const FREE: &str = "twins-trust";
/// The name of the listing [`World::newcomer`] proposed.
pub const PROPOSED: &str = "Faults Proof Parents Group";
/// [`World::newcomer`]'s address.
pub const NEWCOMER: &str = "newcomer@faults.test";

pub struct World {
    pub app: TestApp,
    pub owner: TestApp,
    pub keeper: TestApp,
    pub newcomer: TestApp,
    pub moderator: TestApp,
    /// [`OTHER`]'s review of [`CIP`].
    pub review: i64,
    /// [`World::newcomer`]'s claim of [`CLAIMED`].
    pub claim: i64,
    /// [`World::newcomer`]'s proposal of [`PROPOSED`].
    pub proposal: i64,
    /// [`World::keeper`]'s queued change of [`THIRD`].
    pub edit: i64,
    /// An open report about [`CIP`].
    pub report: i64,
    /// The secret of an unused one-time sign-in link for [`NEWCOMER`].
    pub link: String,
}

/// A confirmation page (a claim, a proposal): 200 and "what happens next".
fn confirmed(page: &Page, what: &str) {
    assert_eq!(page.status, StatusCode::OK, "{what}: {}", page.excerpt());
    assert!(
        page.body.contains("We have your"),
        "{what}: {}",
        page.excerpt()
    );
}

fn see_other(page: &Page, what: &str) {
    assert_eq!(
        page.status,
        StatusCode::SEE_OTHER,
        "{what}: {}",
        page.excerpt()
    );
}

/// Publishes a reflection on one principle of `slug` as `keeper`.
async fn reflect(keeper: &TestApp, slug: &str) {
    let form = format!("/manage/{slug}/reflection");
    let r = keeper
        .submit(
            &form,
            &form,
            &[
                ("status_safe-and-nurturing", "we-do-this"),
                ("how_safe-and-nurturing", "We meet in a warm room."),
                ("action", "publish"),
            ],
        )
        .await;
    see_other(&r, "a reflection");
}

impl World {
    /// The world over `db`, which already holds the starting directory.
    pub async fn over(db: TestDb) -> World {
        let app = TestApp::over(db).await;
        let moderator = app.moderator().await;
        let owner = app.maintainer_of(CIP).await;
        app.set_trusted(CIP, owner.email()).await;
        let other = app.maintainer_of(OTHER).await;
        app.set_trusted(OTHER, other.email()).await;
        let keeper = app.maintainer_of(THIRD).await;
        reflect(&owner, CIP).await;
        reflect(&other, OTHER).await;
        let path = format!("/projects/{CIP}/review");
        let r = other
            .submit(
                &path,
                &path,
                &[
                    ("reviewer", OTHER),
                    ("verdict_safe-and-nurturing", "recognise"),
                    ("comment_safe-and-nurturing", "We do the same."),
                    ("action", "publish"),
                ],
            )
            .await;
        see_other(&r, "a review");
        let review = app.reviews_of(CIP).await[0];

        let newcomer = app.sign_up(NEWCOMER).await;
        let path = format!("/projects/{CLAIMED}/claim");
        let r = newcomer
            .submit(&path, &path, &[("statement", "I run the group.")])
            .await;
        confirmed(&r, "a claim");
        let claim = app.pending_claim(NEWCOMER, CLAIMED).await;
        let r = newcomer
            .submit(
                "/account/propose",
                "/account/propose",
                &[
                    ("name", PROPOSED),
                    ("organisation", "Faults Proof"),
                    ("summary", "A weekly group for new parents."),
                    ("statement", "I started it."),
                ],
            )
            .await;
        confirmed(&r, "a proposal");
        let proposal = app
            .state
            .store
            .claims(true)
            .await
            .unwrap()
            .into_iter()
            .find(|c| c.proposal.as_ref().is_some_and(|p| p.name == PROPOSED))
            .expect("the proposal waits")
            .id;

        let mut change = app.project(THIRD).await;
        change.summary = "A queued change of summary.".into();
        let edit = app.submit_edit(THIRD, keeper.email(), &change).await;
        let report = app
            .create_report(CIP, ReportKind::Other, "Opening times changed.")
            .await;
        let made = moderator
            .submit(
                "/moderate",
                "/moderate/sign-in-links",
                &[("email", NEWCOMER)],
            )
            .await;
        assert_eq!(made.status, StatusCode::OK, "{}", made.excerpt());
        let link = made
            .texts("code")
            .into_iter()
            .find_map(|t| t.split("/account/once/").nth(1).map(str::to_string))
            .expect("a one-time link");
        World {
            app,
            owner,
            keeper,
            newcomer,
            moderator,
            review,
            claim,
            proposal,
            edit,
            report,
            link,
        }
    }
}

/// Who makes a request.
#[derive(Clone, Copy, Debug)]
pub enum Who {
    /// Anyone at all: a new visitor, not signed in.
    Anyone,
    Owner,
    Keeper,
    Newcomer,
    Moderator,
}

impl World {
    /// `who`'s session, in `app` (this world's application, or another over its database).
    pub fn session(&self, who: Who, app: &TestApp) -> TestApp {
        let s = match who {
            Who::Anyone => return app.visitor(),
            Who::Owner => &self.owner,
            Who::Keeper => &self.keeper,
            Who::Newcomer => &self.newcomer,
            Who::Moderator => &self.moderator,
        };
        s.moved_to(app)
    }
}
