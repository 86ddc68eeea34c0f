//! Signing up, signing in, and a maintainer's own page.

use super::forms::{
    csrf, described_by, error_summary, field_error, has_error, invalid, text_checked,
    textarea_checked,
};
use super::layout::{Chrome, page};
use crate::domain::check::FieldError;
use crate::domain::community::{Account, Claim, Decision, PendingEdit, Role, STATEMENT_MAX};
use crate::domain::validate::SUMMARY_MAX;
use crate::domain::{Slug, field_changes};
use crate::i18n::{Arg, Lang};
use maud::{Markup, html};

pub use super::account_links::{
    confirm_first, done, forgot, link_made, once, password_form, unverified, use_link,
};

/// The hidden field that carries where to return to, when there is somewhere.
pub(super) fn next_field(next: Option<&str>) -> Markup {
    html! { @if let Some(n) = next { input type="hidden" name="next" value=(n); } }
}

/// What `?next=` escapes: everything but letters, digits and `-_.~`.
const NEXT_ESCAPED: &percent_encoding::AsciiSet = &percent_encoding::NON_ALPHANUMERIC
    .remove(b'-')
    .remove(b'_')
    .remove(b'.')
    .remove(b'~');

/// `path`, with `?next=` when there is somewhere to return to.
pub fn with_next(path: &str, next: Option<&str>) -> String {
    match next {
        Some(n) => format!(
            "{path}?next={}",
            percent_encoding::utf8_percent_encode(n, NEXT_ESCAPED)
        ),
        None => path.to_string(),
    }
}

/// The new-password field with its hint and its problem, on the sign-up and password forms.
pub(super) fn new_password(lang: Lang, errors: &[FieldError]) -> Markup {
    html! {
        div.field.field-error[has_error(errors, "password")] {
            label.block for="password" { (lang.t("acct-password")) }
            p.muted #password-hint { (lang.t("acct-password-hint")) }
            (field_error(errors, "password"))
            input #password type="password" name="password" autocomplete="new-password"
                aria-invalid=[invalid(errors, "password")]
                aria-describedby=[described_by(errors, "password", Some("password-hint"))];
        }
    }
}

pub fn signup(
    chrome: Chrome<'_>,
    token: &str,
    email: &str,
    errors: &[FieldError],
    next: Option<&str>,
) -> Markup {
    let lang = chrome.lang;
    let title = lang.t("acct-signup");
    let body = html! {
        (error_summary(errors))
        h1 { (title) }
        p { (lang.t("acct-signup-intro")) }
        p { (lang.t("acct-signup-confirm")) }
        form method="post" action=(lang.path("/account/signup")) {
            (csrf(token))
            (next_field(next))
            (text_checked(errors, "email", &lang.t("acct-email"), email, "email", "email"))
            (new_password(lang, errors))
            p {}
            button type="submit" { (lang.t("acct-create")) }
        }
        p { a href=(with_next(&lang.path("/account/login"), next)) { (lang.t("acct-login")) } }
    };
    page(&title, chrome, body)
}

pub fn login(
    chrome: Chrome<'_>,
    token: &str,
    email: &str,
    errors: &[FieldError],
    next: Option<&str>,
) -> Markup {
    let lang = chrome.lang;
    let title = lang.t("acct-login");
    let body = html! {
        (error_summary(errors))
        h1 { (title) }
        form method="post" action=(lang.path("/account/login")) {
            (csrf(token))
            (next_field(next))
            (text_checked(errors, "email", &lang.t("acct-email"), email, "email", "email"))
            (text_checked(errors, "password", &lang.t("acct-password"), "", "password", "current-password"))
            p {}
            button type="submit" { (title) }
        }
        p { a href=(lang.path("/account/forgot")) { (lang.t("acct-forgot")) } }
        p { a href=(with_next(&lang.path("/account/signup"), next)) { (lang.t("acct-no-account")) } }
    };
    page(&title, chrome, body)
}

fn decision(lang: Lang, d: Decision) -> String {
    lang.t(match d {
        Decision::Pending => "acct-decision-pending",
        Decision::Approved => "acct-decision-approved",
        Decision::Rejected => "acct-decision-rejected",
    })
}

pub fn dashboard(
    chrome: Chrome<'_>,
    token: &str,
    account: &Account,
    projects: &[(Slug, String)],
    requests: (&[Claim], &[PendingEdit]),
    verified: bool,
    assurance: &[(crate::domain::Project, crate::domain::assurance::Standing)],
) -> Markup {
    let lang = chrome.lang;
    let en = (lang != Lang::En).then_some("en");
    let (claims, waiting) = requests;
    let title = lang.t("acct-account");
    let body = html! {
        h1 { (title) }
        p { (lang.t("acct-signed-in-as")) " " strong { (account.email) } "." }
        @if !verified { (confirm_first(token, None)) }
        p { a href=(lang.path("/account/password")) { (lang.t("acct-change-password")) } }
        @if account.role == Role::Moderator { p { a.button href=(lang.path("/moderate")) { (lang.t("acct-moderate")) } } }
        h2 { (lang.t("acct-your-projects")) }
        @if projects.is_empty() { p { (lang.t("acct-none-yet")) } }
        ul {
            @for (slug, name) in projects {
                li {
                    a href=(lang.path(&format!("/manage/{slug}"))) { (lang.t("acct-update")) " " span lang=[en] { (name) } }
                    " · " a href=(lang.path(&format!("/manage/{slug}/support"))) { (lang.t("acct-offers")) }
                }
            }
        }
        p { a href=(lang.path("/account/propose")) { (lang.t("acct-propose")) } }
        @if !assurance.is_empty() {
            (super::assurance::needs_heading(lang))
            @for (project, standing) in assurance { (super::assurance::needs(lang, project, standing)) }
        }
        @if !waiting.is_empty() {
            h2 { (lang.t("acct-your-waiting")) }
            ul {
                @for e in waiting {
                    @let fields: Vec<String> = field_changes(e.base.as_ref(), &e.proposal).into_iter().map(|(field, _, _)| field).collect();
                    @let sent = lang.date(e.created_at.with_timezone(&chrono_tz::Europe::London).date_naive());
                    li {
                        (lang.t("acct-changes-to")) " " a lang=[en] href=(lang.path(&format!("/projects/{}", e.project))) { (e.proposal.name) }
                        ", " (lang.ta("acct-sent-on", &[("date", Arg::from(sent))]))
                        @if !fields.is_empty() { " (" span lang=[en] { (fields.join(", ")) } ")" }
                        ": " (decision(lang, e.status))
                    }
                }
            }
        }
        @if !claims.is_empty() {
            h2 { (lang.t("acct-your-requests")) }
            ul {
                @for c in claims {
                    li {
                        @if let Some(p) = &c.proposal { (lang.t("acct-new-listing")) " “" span lang=[en] { (p.name) } "”" } @else if let Some(s) = &c.project { (lang.t("acct-claim-of")) " " (s) }
                        ": " (decision(lang, c.status))
                        @if let Some(r) = &c.reason { " (" (r) ")" }
                    }
                }
            }
        }
        form method="post" action=(lang.path("/account/logout")) {
            (csrf(token))
            button.button.secondary type="submit" { (lang.t("acct-sign-out")) }
        }
    };
    page(&title, chrome, body)
}

/// What she typed into the proposal form, kept when it is shown again with errors.
#[derive(Debug, Default, Clone)]
pub struct Proposal {
    pub name: String,
    pub organisation: String,
    pub summary: String,
    pub town: String,
    pub needs: Vec<String>,
    pub statement: String,
}

/// The proposal form: the few facts a new listing needs; the rest is added once approved.
pub fn propose(
    chrome: Chrome<'_>,
    token: &str,
    needs: &[(String, String)],
    typed: &Proposal,
    errors: &[FieldError],
) -> Markup {
    let lang = chrome.lang;
    let title = lang.t("acct-propose");
    let body = html! {
        (error_summary(errors))
        h1 { (title) }
        p { (lang.t("acct-propose-intro")) }
        form method="post" action=(lang.path("/account/propose")) {
            (csrf(token))
            (text_checked(errors, "name", &lang.t("acct-propose-name"), &typed.name, "text", "organization"))
            (text_checked(errors, "organisation", &lang.t("acct-propose-organisation"), &typed.organisation, "text", "organization"))
            (textarea_checked(errors, "summary", (&lang.t("acct-propose-summary"), &lang.t("acct-summary-hint")), &typed.summary, Some(SUMMARY_MAX)))
            (text_checked(errors, "town", &lang.t("acct-propose-town"), &typed.town, "text", "off"))
            fieldset {
                legend { (lang.t("acct-support-for")) }
                @for (slug, label) in needs { (super::forms::checkbox("need", slug, &super::search_form::label_in(lang, "need", slug, label), typed.needs.contains(slug))) }
            }
            (textarea_checked(errors, "statement", (&lang.t("acct-statement"), &lang.t("acct-statement-hint")), &typed.statement, Some(STATEMENT_MAX)))
            p {}
            button type="submit" { (lang.t("acct-send")) }
        }
    };
    page(&title, chrome, body)
}
