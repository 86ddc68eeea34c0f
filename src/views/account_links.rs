//! Pages of the links that prove who someone is (a moderator's one-time link, the
//! e-mailed address confirmation and password reset), choosing a password, and the short
//! confirmation pages after an action.

use super::account::{copy, next_field};
use super::forms::{csrf, error_summary, text};
use super::layout::{Chrome, page};
use maud::{Markup, html};

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
        p { "Pass this link on to " strong { (email) } " yourself, by a way you trust (peermap does not e-mail this link). It works once, within " (hours) " hours, and lets them choose a new password." }
        p { code { (link) } }
        p { a href="/moderate" { "Back to moderation" } }
    };
    page("One-time sign-in link", chrome, body)
}

/// A new password; `current` asks for the present one first (not right after a one-time
/// link or a reset, which proved who she is). `action` is where it is posted.
pub fn password_form(
    chrome: Chrome<'_>,
    token: &str,
    error: Option<&str>,
    current: bool,
    action: &str,
) -> Markup {
    let body = html! {
        (error_summary(error))
        h1 { "Choose a new password" }
        p { "Saving it signs you out everywhere else." }
        form method="post" action=(action) {
            (csrf(token))
            @if current {
                (text("current", "Your current password", "", "password", "current-password"))
            }
            label.block for="password" { (copy::PASSWORD) }
            p.muted #password-hint { (copy::PASSWORD_HINT) }
            input #password type="password" name="password" autocomplete="new-password" aria-describedby="password-hint";
            p {}
            button type="submit" { "Save password" }
        }
    };
    page("Choose a new password", chrome, body)
}

/// Why an unverified account cannot act yet, with a button that sends the link again.
pub fn confirm_first(token: &str, next: Option<&str>) -> Markup {
    html! {
        div.notice role="status" {
            h2 { "Confirm your e-mail address first" }
            p { "We sent you an e-mail with a link. Open it to confirm your address; then you can claim or propose a listing. It can take a few minutes to arrive, so check your spam folder too." }
            form method="post" action="/account/verify/resend" {
                (csrf(token))
                (next_field(next))
                button.button.secondary type="submit" { "Send the link again" }
            }
        }
    }
}

/// A page an unverified account asked for (a claim, a proposal, a review).
pub fn unverified(chrome: Chrome<'_>, token: &str, next: Option<&str>) -> Markup {
    let body = html! {
        h1 { "Confirm your e-mail address first" }
        (confirm_first(token, next))
    };
    page("Confirm your e-mail address first", chrome, body)
}

/// A short page that says what happened and where to go next.
pub fn done(chrome: Chrome<'_>, title: &str, paragraphs: &[&str], back: (&str, &str)) -> Markup {
    let body = html! {
        div.confirmation {
            h1 { (title) }
        }
        @for p in paragraphs { p { (p) } }
        p { a href=(back.0) { (back.1) } }
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
        form method="post" action=(action) {
            (csrf(token))
            button type="submit" { (button) }
        }
    };
    page(title, chrome, body)
}

/// "Forgot your password?": the address to send a link to.
pub fn forgot(chrome: Chrome<'_>, token: &str, email: &str, error: Option<&str>) -> Markup {
    let body = html! {
        (error_summary(error))
        h1 { "Forgot your password?" }
        p { "Enter the e-mail address of your account. We will send it a link to set a new password. The link works once, within 1 hour." }
        form method="post" action="/account/forgot" {
            (csrf(token))
            (text("email", copy::EMAIL, email, "email", "email"))
            p {}
            button type="submit" { "Send me a link" }
        }
    };
    page("Forgot your password?", chrome, body)
}
