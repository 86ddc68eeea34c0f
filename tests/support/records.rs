//! The store calls many tests make, in one place so that they follow the store's API as
//! it changes. App tests reach them as [`TestApp`] methods.

use super::app::{PASSWORD, TestApp};
use peermap::domain::HistoryEntry;
use peermap::domain::community::{Decision, ReportKind, Role};
use peermap::domain::{Project, Slug};
use peermap::store::Store;

pub fn slug(s: &str) -> Slug {
    Slug::parse(s).unwrap_or_else(|e| panic!("{s}: {e:?}"))
}

/// The id of the account `email`, if there is one.
pub async fn account_id(store: &dyn Store, email: &str) -> Option<i64> {
    store
        .login_lookup(email)
        .await
        .unwrap()
        .map(|(account, _)| account.id)
}

/// The role of the account `email`.
pub async fn role(store: &dyn Store, email: &str) -> Role {
    store.login_lookup(email).await.unwrap().unwrap().0.role
}

/// Makes an account directly (password hash given), returning its id.
pub async fn create_account(store: &dyn Store, email: &str, hash: &str, role: Role) -> i64 {
    store
        .create_account(email, hash, role)
        .await
        .unwrap()
        .expect("a new account")
        .id
}

impl TestApp {
    fn store(&self) -> &dyn Store {
        self.state.store.as_ref()
    }

    /// Keeps `list` as the store would for the shortlist form (its code must be free).
    pub async fn create_shortlist(&self, list: &peermap::store::Shortlist) {
        assert!(
            self.store().create_shortlist(list).await.unwrap(),
            "{} is free",
            list.code
        );
    }

    /// The id of the account `email`, if there is one.
    pub async fn account_id(&self, email: &str) -> Option<i64> {
        account_id(self.store(), email).await
    }

    /// Makes an account that can sign in with [`PASSWORD`], without the sign-up form.
    pub async fn create_account(&self, email: &str, role: Role) -> i64 {
        let hash = peermap::registry::password::hash(PASSWORD.to_string())
            .await
            .unwrap();
        create_account(self.store(), email, &hash, role).await
    }

    /// Makes the existing account `email` a moderator.
    pub async fn make_moderator(&self, email: &str) {
        assert!(
            self.store().set_role(email, Role::Moderator).await.unwrap(),
            "{email} has an account"
        );
    }

    /// Makes `email` a maintainer of `project` without a claim.
    pub async fn add_maintainer(&self, project: &str, email: &str) {
        let account = self.account_id(email).await.expect("an account");
        self.store()
            .add_maintainer(&slug(project), account)
            .await
            .unwrap();
    }

    /// Lets `email`'s changes to `project` show at once.
    pub async fn set_trusted(&self, project: &str, email: &str) {
        let account = self.account_id(email).await.expect("an account");
        self.store()
            .set_trusted(&slug(project), account)
            .await
            .unwrap();
    }

    /// The id of `email`'s pending claim of `project`.
    pub async fn pending_claim(&self, email: &str, project: &str) -> i64 {
        self.pending_request(email, Some(slug(project))).await
    }

    /// The id of `email`'s pending proposal of a new listing.
    pub async fn pending_proposal(&self, email: &str) -> i64 {
        self.pending_request(email, None).await
    }

    /// `email`'s pending claim of `project`, or proposal of a new listing (`None`).
    async fn pending_request(&self, email: &str, project: Option<Slug>) -> i64 {
        let account = self.account_id(email).await.expect("an account");
        self.store()
            .claims_of(account)
            .await
            .unwrap()
            .into_iter()
            .find(|c| c.status == Decision::Pending && c.project == project)
            .unwrap_or_else(|| panic!("{email} has no pending request for {project:?}"))
            .id
    }

    /// The listing as stored.
    pub async fn project(&self, project: &str) -> Project {
        self.store()
            .get(&slug(project))
            .await
            .unwrap()
            .unwrap_or_else(|| panic!("no listing {project}"))
            .project
    }

    /// Saves a listing as the application does (the search index follows).
    pub async fn save_project(&self, project: &Project) {
        self.state.registry.save(project, "test").await.unwrap();
    }

    /// Every published listing, from the store.
    pub async fn published(&self) -> Vec<Project> {
        self.store()
            .all_published()
            .await
            .unwrap()
            .into_iter()
            .map(|s| s.project)
            .collect()
    }

    /// The listing's history of changes, oldest first.
    pub async fn history(&self, project: &str) -> Vec<HistoryEntry> {
        self.store().history(&slug(project)).await.unwrap()
    }

    /// The ids of the edits waiting for a moderator.
    pub async fn pending_edits(&self) -> Vec<i64> {
        let edits = self.store().pending_edits().await.unwrap();
        edits.into_iter().map(|e| e.id).collect()
    }

    /// Proposes `proposal` as `email`'s edit of `project`, without the form.
    pub async fn submit_edit(&self, project: &str, email: &str, proposal: &Project) -> i64 {
        let account = self.account_id(email).await.expect("an account");
        let base = self.project(project).await;
        self.store()
            .submit_edit(&slug(project), account, proposal, &base)
            .await
            .unwrap()
    }

    /// Reports a problem with `project`, without the form.
    pub async fn create_report(&self, project: &str, kind: ReportKind, detail: &str) -> i64 {
        self.store()
            .create_report(&slug(project), kind, detail)
            .await
            .unwrap()
    }

    /// The ids of the reports not dealt with yet.
    pub async fn open_reports(&self) -> Vec<i64> {
        let reports = self.store().reports(true).await.unwrap();
        reports.into_iter().map(|r| r.id).collect()
    }

    /// The ids of the shown reviews of `project`.
    pub async fn reviews_of(&self, project: &str) -> Vec<i64> {
        let reviews = self
            .store()
            .reviews_of(&slug(project), false)
            .await
            .unwrap();
        reviews.into_iter().map(|r| r.id).collect()
    }
}
