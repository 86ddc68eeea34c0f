//! Steps many tests take before the one they check, in one place: a project publishes its
//! reflection (so others can review it), someone proposes a new listing or claims one.

use super::app::TestApp;
use axum::http::StatusCode;

impl TestApp {
    /// A maintainer of `slug` (see [`TestApp::maintainer_of`]), trusted so her changes
    /// show at once, who publishes the reflection `answers` (`status_…` and `how_…`
    /// fields) with the form at `path` (`/manage/{slug}/reflection`, or its Welsh page).
    pub async fn reflected(&self, slug: &str, path: &str, answers: &[(&str, &str)]) -> TestApp {
        let keeper = self.maintainer_of(slug).await;
        self.set_trusted(slug, keeper.email()).await;
        let mut fields = answers.to_vec();
        fields.push(("action", "publish"));
        let published = keeper.submit(path, path, &fields).await;
        assert_eq!(
            published.status,
            StatusCode::SEE_OTHER,
            "{}",
            published.excerpt()
        );
        keeper
    }

    /// `email` signs up and proposes a new listing with `fields` (`name`, `organisation`,
    /// `summary`, `town`, `statement`…), which waits for a moderator: the proposal's id.
    pub async fn proposal(&self, email: &str, fields: &[(&str, &str)]) -> i64 {
        let proposer = self.sign_up(email).await;
        let page = "/account/propose";
        let sent = proposer.submit(page, page, fields).await;
        assert_eq!(sent.status, StatusCode::OK, "{}", sent.excerpt());
        self.pending_proposal(email).await
    }

    /// `asker` (signed in) asks to keep the listing `slug`, saying "I run the group.";
    /// the claim waits for a moderator: its id.
    pub async fn claimed(&self, asker: &TestApp, slug: &str) -> i64 {
        let claim = format!("/projects/{slug}/claim");
        let sent = asker
            .submit(&claim, &claim, &[("statement", "I run the group.")])
            .await;
        assert_eq!(sent.status, StatusCode::OK, "{}", sent.excerpt());
        self.pending_claim(asker.email(), slug).await
    }
}
