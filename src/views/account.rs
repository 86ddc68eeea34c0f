//! Signing up, signing in, and a maintainer's own page.

use super::forms::{csrf, error_summary, text, textarea};
use super::layout::{Chrome, page};
use crate::domain::community::{Account, Claim, Decision, PendingEdit, Role};
use crate::domain::{Slug, field_changes};
use maud::{Markup, html};

mod copy {
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
    pub const PROPOSE: &str = "Propose a new listing";
    pub const MODERATE: &str = "Moderation queue";
    pub const SIGN_OUT: &str = "Sign out";
    pub const PROPOSE_INTRO: &str = "Tell us about a peer support project that is not listed yet. A moderator checks every new listing before it is shown.";
    pub const STATEMENT: &str = "Who you are and your role in the project";
    pub const STATEMENT_HINT: &str = "For example: “I coordinate the volunteers.” A moderator reads this to check you can speak for the project.";
    pub const SEND: &str = "Send for checking";
}

pub fn signup(chrome: Chrome<'_>, token: &str, email: &str, error: Option<&str>) -> Markup {
    let body = html! {
        (error_summary(error))
        h1 { (copy::SIGNUP) }
        p { (copy::SIGNUP_INTRO) }
        form method="post" action="/account/signup" {
            (csrf(token))
            (text("email", copy::EMAIL, email, "email", "email"))
            label.block for="password" { (copy::PASSWORD) }
            p.muted #password-hint { (copy::PASSWORD_HINT) }
            input #password type="password" name="password" autocomplete="new-password" aria-describedby="password-hint";
            p {}
            button type="submit" { (copy::CREATE) }
        }
        p { a href="/account/login" { (copy::LOGIN) } }
    };
    page(copy::SIGNUP, chrome, body)
}

pub fn login(chrome: Chrome<'_>, token: &str, email: &str, error: Option<&str>) -> Markup {
    let body = html! {
        (error_summary(error))
        h1 { (copy::LOGIN) }
        form method="post" action="/account/login" {
            (csrf(token))
            (text("email", copy::EMAIL, email, "email", "email"))
            (text("password", copy::PASSWORD, "", "password", "current-password"))
            p {}
            button type="submit" { (copy::LOGIN) }
        }
        p { a href="/account/signup" { (copy::NO_ACCOUNT) } }
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
    claims: &[Claim],
    waiting: &[PendingEdit],
) -> Markup {
    let body = html! {
        h1 { (copy::ACCOUNT) }
        p { "Signed in as " strong { (account.email) } "." }
        @if account.role == Role::Moderator { p { a.button href="/moderate" { (copy::MODERATE) } } }
        h2 { (copy::YOUR_PROJECTS) }
        @if projects.is_empty() { p { (copy::NONE_YET) } }
        ul {
            @for (slug, name) in projects {
                li { a href={ "/manage/" (slug) } { "Update " (name) } }
            }
        }
        p { a href="/account/propose" { (copy::PROPOSE) } }
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

/// The proposal form: the few facts a new listing needs; the rest is added once approved.
pub fn propose(
    chrome: Chrome<'_>,
    token: &str,
    needs: &[(String, String)],
    error: Option<&str>,
) -> Markup {
    let body = html! {
        (error_summary(error))
        h1 { (copy::PROPOSE) }
        p { (copy::PROPOSE_INTRO) }
        form method="post" action="/account/propose" {
            (csrf(token))
            (text("name", "Name of the project", "", "text", "organization"))
            (text("organisation", "Organisation that runs it", "", "text", "organization"))
            (textarea("summary", "What it offers, in a sentence or two", "Plain English, up to 300 characters.", ""))
            (text("town", "Town, city or postcode where it meets (leave empty if online only)", "", "text", "off"))
            fieldset {
                legend { "Support for" }
                @for (slug, label) in needs { (super::forms::checkbox("need", slug, label, false)) }
            }
            (textarea("statement", copy::STATEMENT, copy::STATEMENT_HINT, ""))
            p {}
            button type="submit" { (copy::SEND) }
        }
    };
    page(copy::PROPOSE, chrome, body)
}

/// A one-time sign-in link, opened: one button signs in (so a link preview cannot use it up).
pub fn once(chrome: Chrome<'_>, token: &str, action: &str) -> Markup {
    let body = html! {
        h1 { "Sign in with your one-time link" }
        p { "This link works once. After signing in, choose a new password." }
        form method="post" action=(action) {
            (csrf(token))
            button type="submit" { (copy::LOGIN) }
        }
    };
    page("Sign in with your one-time link", chrome, body)
}

/// A moderator's view of a link they made, to pass on by a channel they trust.
pub fn link_made(chrome: Chrome<'_>, email: &str, link: &str, hours: i64) -> Markup {
    let body = html! {
        h1 { "One-time sign-in link" }
        p { "Pass this link on to " strong { (email) } " yourself, by a way you trust (peermap sends no e-mail). It works once, within " (hours) " hours, and lets them choose a new password." }
        p { code { (link) } }
        p { a href="/moderate" { "Back to moderation" } }
    };
    page("One-time sign-in link", chrome, body)
}

pub fn password_form(chrome: Chrome<'_>, token: &str, error: Option<&str>) -> Markup {
    let body = html! {
        (error_summary(error))
        h1 { "Choose a new password" }
        form method="post" action="/account/password" {
            (csrf(token))
            label.block for="password" { (copy::PASSWORD) }
            p.muted #password-hint { (copy::PASSWORD_HINT) }
            input #password type="password" name="password" autocomplete="new-password" aria-describedby="password-hint";
            p {}
            button type="submit" { "Save password" }
        }
    };
    page("Choose a new password", chrome, body)
}
