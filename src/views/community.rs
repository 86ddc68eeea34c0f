//! The form to claim a listing. Reports are in `report`, peer reviews in `review`.

use super::account::with_next;
use super::forms::{csrf, error_summary, textarea_checked};
use super::layout::{Chrome, page};
use super::parts::{message_with, own_name};
use crate::domain::Project;
use crate::domain::check::FieldError;
use crate::domain::community::STATEMENT_MAX;
use crate::i18n::{Arg, Lang};
use maud::{Markup, html};

/// "Back to Quarriers", to the listing's page.
fn back(lang: Lang, p: &Project) -> Markup {
    let name = Arg::from(p.name_in(lang).0.to_string());
    html! {
        p { a href=(lang.path(&format!("/projects/{}", p.slug))) { (lang.ta("report-back", &[("name", name)])) } }
    }
}

pub fn claim(
    chrome: Chrome<'_>,
    token: &str,
    p: &Project,
    statement: &str,
    errors: &[FieldError],
) -> Markup {
    let lang = chrome.lang;
    let title = lang.t("claim-title");
    let body = html! {
        (error_summary(errors))
        h1 { (title) ": " (own_name(lang, p)) }
        p { (lang.t("claim-intro")) }
        form method="post" action=(lang.path(&format!("/projects/{}/claim", p.slug))) {
            (csrf(token))
            (textarea_checked(errors, "statement", (&lang.t("acct-statement"), ""), statement, Some(STATEMENT_MAX)))
            button type="submit" { (lang.t("acct-send")) }
        }
    };
    page(&title, chrome, body)
}

/// "This is our project" for someone not signed in: why an account is needed, and the
/// ways to one that come back to the claim (`here`).
pub fn claim_needs_account(chrome: Chrome<'_>, p: &Project, here: &str) -> Markup {
    let lang = chrome.lang;
    let title = lang.t("claim-title");
    let signup = with_next(&lang.path("/account/signup"), Some(here));
    let login = with_next(&lang.path("/account/login"), Some(here));
    let body = html! {
        h1 { (title) ": " (own_name(lang, p)) }
        p { (lang.t("claim-account-why")) }
        p { (lang.t("claim-account-how")) }
        p { a.button href=(signup) { (lang.t("claim-create")) } }
        p { (lang.t("claim-have-one")) " " a href=(login) { (lang.t("acct-login")) } }
        (back(lang, p))
    };
    page(&title, chrome, body)
}

/// After a claim: what happens next.
pub fn claim_sent(chrome: Chrome<'_>, p: &Project) -> Markup {
    let lang = chrome.lang;
    let title = lang.t("claim-sent");
    let name = html! { strong { (own_name(lang, p)) } };
    let body = html! {
        div.confirmation { h1 { (title) } }
        p { (message_with(lang, "claim-sent-thanks", "name", name, &[])) }
        h2 { (lang.t("claim-next")) }
        p { (lang.t("claim-next-check")) }
        p { (lang.t("claim-next-mail")) }
        p { a href=(lang.path("/account")) { (lang.t("acct-go-to-account")) } }
        (back(lang, p))
    };
    page(&title, chrome, body)
}
