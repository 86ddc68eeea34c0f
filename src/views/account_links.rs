//! Pages of the links that prove who someone is (a moderator's one-time link, the
//! e-mailed address confirmation and password reset), choosing a password, and the short
//! confirmation pages after an action.

use super::account::{new_password, next_field};
use super::forms::{csrf, error_summary, text_checked};
use super::layout::{Chrome, page};
use crate::domain::check::FieldError;
use crate::i18n::Arg;
use maud::{Markup, html};

/// A one-time sign-in link, opened: one button signs in (so a link preview cannot use it up).
pub fn once(chrome: Chrome<'_>, token: &str, action: &str) -> Markup {
    let lang = chrome.lang;
    let title = lang.t("acct-once-title");
    let body = html! {
        h1 { (title) }
        p { (lang.t("acct-once-intro")) }
        form method="post" action=(lang.path(action)) {
            (csrf(token))
            button type="submit" { (lang.t("acct-login")) }
        }
    };
    page(&title, chrome, body)
}

/// A moderator's view of a link they made, to pass on by a channel they trust.
pub fn link_made(chrome: Chrome<'_>, email: &str, link: &str, hours: i64) -> Markup {
    let lang = chrome.lang;
    let title = lang.t("acct-link-made-title");
    let body = html! {
        h1 { (title) }
        p { (lang.ta("acct-link-made", &[("email", Arg::from(email.to_string())), ("hours", Arg::from(hours))])) }
        p { code { (link) } }
        p { a href=(lang.path("/moderate")) { (lang.t("acct-back-to-moderation")) } }
    };
    page(&title, chrome, body)
}

/// A new password; `current` asks for the present one first (not right after a one-time
/// link or a reset, which proved who she is). `action` is where it is posted.
pub fn password_form(
    chrome: Chrome<'_>,
    token: &str,
    errors: &[FieldError],
    current: bool,
    action: &str,
) -> Markup {
    let lang = chrome.lang;
    let title = lang.t("acct-password-title");
    let body = html! {
        (error_summary(errors))
        h1 { (title) }
        p { (lang.t("acct-password-intro")) }
        form method="post" action=(lang.path(action)) {
            (csrf(token))
            @if current {
                (text_checked(errors, "current", &lang.t("acct-current-password"), "", "password", "current-password"))
            }
            (new_password(lang, errors))
            p {}
            button type="submit" { (lang.t("acct-save-password")) }
        }
    };
    page(&title, chrome, body)
}

/// Why an unverified account cannot act yet, with a button that sends the link again.
pub fn confirm_first(token: &str, next: Option<&str>) -> Markup {
    let lang = crate::i18n::here().lang;
    html! {
        div.notice role="status" {
            h2 { (lang.t("acct-confirm-first")) }
            p { (lang.t("acct-confirm-first-intro")) }
            form method="post" action=(lang.path("/account/verify/resend")) {
                (csrf(token))
                (next_field(next))
                button.button.secondary type="submit" { (lang.t("acct-send-again")) }
            }
        }
    }
}

/// A page an unverified account asked for (a claim, a proposal, a review).
pub fn unverified(chrome: Chrome<'_>, token: &str, next: Option<&str>) -> Markup {
    let title = chrome.lang.t("acct-confirm-first");
    let body = html! {
        h1 { (title) }
        (confirm_first(token, next))
    };
    page(&title, chrome, body)
}

/// A short page that says what happened and where to go next (`back`'s path is in
/// English; the page's language is put on it).
pub fn done(chrome: Chrome<'_>, title: &str, paragraphs: &[&str], back: (&str, &str)) -> Markup {
    let body = html! {
        div.confirmation {
            h1 { (title) }
        }
        @for p in paragraphs { p { (p) } }
        p { a href=(chrome.lang.path(back.0)) { (back.1) } }
    };
    page(title, chrome, body)
}

/// An e-mailed link, opened: one button uses it (so a link preview cannot).
pub fn use_link(
    chrome: Chrome<'_>,
    token: &str,
    title: &str,
    action: &str,
    button: &str,
) -> Markup {
    let body = html! {
        h1 { (title) }
        form method="post" action=(chrome.lang.path(action)) {
            (csrf(token))
            button type="submit" { (button) }
        }
    };
    page(title, chrome, body)
}

/// "Forgot your password?": the address to send a link to.
pub fn forgot(chrome: Chrome<'_>, token: &str, email: &str, errors: &[FieldError]) -> Markup {
    let lang = chrome.lang;
    let title = lang.t("acct-forgot");
    let body = html! {
        (error_summary(errors))
        h1 { (title) }
        p { (lang.t("acct-forgot-intro")) }
        form method="post" action=(lang.path("/account/forgot")) {
            (csrf(token))
            (text_checked(errors, "email", &lang.t("acct-email"), email, "email", "email"))
            p {}
            button type="submit" { (lang.t("acct-send-link")) }
        }
    };
    page(&title, chrome, body)
}
