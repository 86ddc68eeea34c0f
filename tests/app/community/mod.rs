//! Projects keep their own listing: sign up, claim, moderation, edits, reflection, peer
//! review, reports; accounts, sessions, one-time sign-in links and when links expire.

mod accounts;
mod expiry;
mod journeys;
mod listing;
mod moderation;
pub(crate) mod reviews;

use crate::support::form::Form;
use crate::support::{Page, TestApp};

pub(crate) const CIP: &str = "community-intercultural-programme";
pub(crate) const QUARRIERS: &str = "quarriers";

/// Opens the listing form of `slug`, changes it as a person would, and sends it.
async fn edit(c: &TestApp, slug: &str, change: impl FnOnce(&mut Form)) -> Page {
    let path = format!("/manage/{slug}");
    let mut form = c.form(&path, &path).await;
    change(&mut form);
    c.send_form(&form).await
}

/// The public page of `slug`, as an anonymous visitor sees it.
async fn public(app: &TestApp, slug: &str) -> String {
    app.visitor().get(&format!("/projects/{slug}")).await.body
}
