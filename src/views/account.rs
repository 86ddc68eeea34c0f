//! Signing up, signing in, and a maintainer's own page.

use super::forms::{csrf, error_summary, text, textarea};
use super::layout::{Chrome, page};
use crate::domain::community::{Account, Claim, Decision, PendingEdit, Role};
use crate::domain::{Slug, field_changes};
use maud::{Markup, html};

pub use super::account_links::{
    confirm_first, done, forgot, link_made, once, password_form, unverified, use_link,
};

pub(super) mod copy {
    pub const SIGNUP: &str = "Create an account for your project";
    pub const SIGNUP_INTRO: &str = "Accounts are for people who run a peer support project and want to keep its listing up to date. You do not need an account to find support.";
    pub const EMAIL: &str = "Email address";
    pub const PASSWORD: &str = "Password";
    pub const PASSWORD_HINT: &str = "At least 10 characters. A few ordinary words together are easy to remember and hard to guess.";
    pub const CREATE: &str = "Create account";
    pub const LOGIN: &str = "Sign in";
    pub const NO_ACCOUNT: &str = "No account yet? Create one";
    pub const ACCOUNT: &str = "Your account";
    pub const YOUR_PROJECTS: &str = "Listings you keep";
    pub const NONE_YET: &str = "You do not keep any listings yet. Find your project in the directory and choose “This is our project”, or propose a new listing.";
    pub const YOUR_REQUESTS: &str = "Your requests";
    pub const YOUR_WAITING: &str = "Your changes waiting for a moderator";
    pub const OFFERS: &str = "Say what you offer other projects";
    pub const PROPOSE: &str = "Propose a new listing";
    pub const MODERATE: &str = "Moderation queue";
    pub const SIGN_OUT: &str = "Sign out";
    pub const PROPOSE_INTRO: &str = "Tell us about a peer support project that is not listed yet. A moderator checks every new listing before it is shown.";
    pub const STATEMENT: &str = "Who you are and your role in the project";
    pub const STATEMENT_HINT: &str = "For example: “I coordinate the volunteers.” A moderator reads this to check you can speak for the project.";
    pub const SEND: &str = "Send for checking";
}

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

pub fn signup(
    chrome: Chrome<'_>,
    token: &str,
    email: &str,
    error: Option<&str>,
    next: Option<&str>,
) -> Markup {
    let body = html! {
        (error_summary(error))
        h1 { (copy::SIGNUP) }
        p { (copy::SIGNUP_INTRO) }
        p { "We will e-mail you a link to confirm your address." }
        form method="post" action="/account/signup" {
            (csrf(token))
            (next_field(next))
            (text("email", copy::EMAIL, email, "email", "email"))
            label.block for="password" { (copy::PASSWORD) }
            p.muted #password-hint { (copy::PASSWORD_HINT) }
            input #password type="password" name="password" autocomplete="new-password" aria-describedby="password-hint";
            p {}
            button type="submit" { (copy::CREATE) }
        }
        p { a href=(with_next("/account/login", next)) { (copy::LOGIN) } }
    };
    page(copy::SIGNUP, chrome, body)
}

pub fn login(
    chrome: Chrome<'_>,
    token: &str,
    email: &str,
    error: Option<&str>,
    next: Option<&str>,
) -> Markup {
    let body = html! {
        (error_summary(error))
        h1 { (copy::LOGIN) }
        form method="post" action="/account/login" {
            (csrf(token))
            (next_field(next))
            (text("email", copy::EMAIL, email, "email", "email"))
            (text("password", copy::PASSWORD, "", "password", "current-password"))
            p {}
            button type="submit" { (copy::LOGIN) }
        }
        p { a href="/account/forgot" { "Forgot your password?" } }
        p { a href=(with_next("/account/signup", next)) { (copy::NO_ACCOUNT) } }
    };
    page(copy::LOGIN, chrome, body)
}

fn decision(d: Decision) -> &'static str {
    match d {
        Decision::Pending => "waiting for a moderator",
        Decision::Approved => "approved",
        Decision::Rejected => "not approved",
    }
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
    let (claims, waiting) = requests;
    let body = html! {
        h1 { (copy::ACCOUNT) }
        p { "Signed in as " strong { (account.email) } "." }
        @if !verified { (confirm_first(token, None)) }
        p { a href="/account/password" { "Change your password" } }
        @if account.role == Role::Moderator { p { a.button href="/moderate" { (copy::MODERATE) } } }
        h2 { (copy::YOUR_PROJECTS) }
        @if projects.is_empty() { p { (copy::NONE_YET) } }
        ul {
            @for (slug, name) in projects {
                li {
                    a href={ "/manage/" (slug) } { "Update " (name) }
                    " · " a href={ "/manage/" (slug) "/support" } { (copy::OFFERS) }
                }
            }
        }
        p { a href="/account/propose" { (copy::PROPOSE) } }
        @if !assurance.is_empty() {
            (super::assurance::needs_heading())
            @for (project, standing) in assurance { (super::assurance::needs(project, standing)) }
        }
        @if !waiting.is_empty() {
            h2 { (copy::YOUR_WAITING) }
            ul {
                @for e in waiting {
                    @let fields: Vec<String> = field_changes(e.base.as_ref(), &e.proposal).into_iter().map(|(field, _, _)| field).collect();
                    li {
                        "Changes to " a href={ "/projects/" (e.project) } { (e.proposal.name) }
                        ", sent " (e.created_at.with_timezone(&chrono_tz::Europe::London).format("%-d %B %Y"))
                        @if !fields.is_empty() { " (" (fields.join(", ")) ")" }
                        ": " (decision(e.status))
                    }
                }
            }
        }
        @if !claims.is_empty() {
            h2 { (copy::YOUR_REQUESTS) }
            ul {
                @for c in claims {
                    li {
                        @if let Some(p) = &c.proposal { "New listing “" (p.name) "”" } @else if let Some(s) = &c.project { "Claim of " (s) }
                        ": " (decision(c.status))
                        @if let Some(r) = &c.reason { " (" (r) ")" }
                    }
                }
            }
        }
        form method="post" action="/account/logout" {
            (csrf(token))
            button.button.secondary type="submit" { (copy::SIGN_OUT) }
        }
    };
    page(copy::ACCOUNT, chrome, body)
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

/// The GOV.UK error summary: each problem, linked to its field.
pub fn errors_summary(errors: &[(&str, String)]) -> Markup {
    html! {
        @if !errors.is_empty() {
            div.notice.error-summary role="alert" aria-labelledby="error-title" tabindex="-1" {
                h2 #error-title { "There is a problem" }
                ul {
                    @for (field, message) in errors {
                        li { a href={ "#" (field) } { (message) } }
                    }
                }
            }
        }
    }
}

/// The message by a field, when it has a problem.
pub fn field_error(errors: &[(&str, String)], field: &str) -> Markup {
    html! {
        @for (f, message) in errors.iter().filter(|(f, _)| *f == field) {
            p.error-message id={ (f) "-error" } { span.visually-hidden { "Error: " } (message) }
        }
    }
}

/// A textarea with its problem (if any) by it and the typed text kept.
pub fn textarea_checked(
    errors: &[(&str, String)],
    name: &str,
    label: &str,
    hint: &str,
    value: &str,
) -> Markup {
    html! {
        div.field.field-error[errors.iter().any(|(f, _)| *f == name)] {
            (field_error(errors, name))
            (textarea(name, label, hint, value))
        }
    }
}

/// The proposal form: the few facts a new listing needs; the rest is added once approved.
pub fn propose(
    chrome: Chrome<'_>,
    token: &str,
    needs: &[(String, String)],
    typed: &Proposal,
    errors: &[(&str, String)],
) -> Markup {
    let body = html! {
        (errors_summary(errors))
        h1 { (copy::PROPOSE) }
        p { (copy::PROPOSE_INTRO) }
        form method="post" action="/account/propose" {
            (csrf(token))
            div.field.field-error[errors.iter().any(|(f, _)| *f == "name")] {
                (field_error(errors, "name"))
                (text("name", "Name of the project", &typed.name, "text", "organization"))
            }
            (text("organisation", "Organisation that runs it", &typed.organisation, "text", "organization"))
            (textarea("summary", "What it offers, in a sentence or two", "Plain English, up to 300 characters.", &typed.summary))
            (text("town", "Town, city or postcode where it meets (leave empty if online only)", &typed.town, "text", "off"))
            fieldset {
                legend { "Support for" }
                @for (slug, label) in needs { (super::forms::checkbox("need", slug, label, typed.needs.contains(slug))) }
            }
            (textarea_checked(errors, "statement", copy::STATEMENT, copy::STATEMENT_HINT, &typed.statement))
            p {}
            button type="submit" { (copy::SEND) }
        }
    };
    page(copy::PROPOSE, chrome, body)
}
