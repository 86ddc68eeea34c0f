//! The moderators' queue: claims and proposals, edits waiting, reports, reviews, history.

use super::forms::{csrf, text, textarea};
use super::layout::{Chrome, page};
use super::parts::date;
use crate::domain::Slug;
use crate::domain::community::{Claim, PendingEdit, Report, Review};
use crate::domain::{HistoryEntry, field_changes};
use maud::{Markup, html};

mod copy {
    pub const TITLE: &str = "Moderation";
    pub const CLAIMS: &str = "Claims and new listings";
    pub const EDITS: &str = "Changes waiting to be checked";
    pub const REPORTS: &str = "Problems reported";
    pub const REVIEWS: &str = "Recent peer reviews";
    pub const HISTORY: &str = "Latest changes to listings";
    pub const NOTHING: &str = "Nothing waiting.";
    pub const LINKS: &str = "Someone cannot sign in";
    pub const LINKS_INTRO: &str = "peermap sends no e-mail. Make a one-time sign-in link here and pass it on yourself, once you are sure who is asking.";
    pub const APPROVE: &str = "Approve";
    pub const REJECT: &str = "Reject";
    pub const REASON: &str = "Reason (shown to the person who asked)";
}

fn decide(token: &str, action: &str) -> Markup {
    html! {
        form method="post" action=(action) {
            (csrf(token))
            (text("reason", copy::REASON, "", "text", "off"))
            button type="submit" name="decision" value="approve" { (copy::APPROVE) }
            " "
            button.button.secondary type="submit" name="decision" value="reject" { (copy::REJECT) }
        }
    }
}

fn short(value: &Option<String>) -> String {
    let v = value.as_deref().unwrap_or("(none)");
    if v.chars().count() > 300 {
        format!("{}…", v.chars().take(300).collect::<String>())
    } else {
        v.to_string()
    }
}

pub struct Queue<'a> {
    pub claims: &'a [Claim],
    pub edits: &'a [(PendingEdit, Option<crate::domain::Project>)],
    pub reports: &'a [Report],
    pub reviews: &'a [Review],
    pub history: &'a [(Slug, HistoryEntry)],
}

pub fn queue(chrome: Chrome<'_>, token: &str, q: &Queue<'_>) -> Markup {
    let body = html! {
        h1 { (copy::TITLE) }
        p.muted { "Nothing can be deleted here: listings are archived, and every change is kept in the history." }
        p { a href="/moderate/stale" { "Listings that may be out of date" } }
        h2 { (copy::CLAIMS) }
        @if q.claims.is_empty() { p { (copy::NOTHING) } }
        @for c in q.claims {
            section.card {
                @if let Some(p) = &c.proposal {
                    h3 { "New listing: " (p.name) }
                    p { (p.summary) }
                } @else if let Some(s) = &c.project {
                    h3 { "Claim of " a href={ "/projects/" (s) } { (s) } }
                }
                p { "From " (c.account.email) " on " (date(c.created_at.date_naive())) ": “" (c.statement) "”" }
                (decide(token, &format!("/moderate/claims/{}", c.id)))
            }
        }
        h2 { (copy::EDITS) }
        @if q.edits.is_empty() { p { (copy::NOTHING) } }
        @for (e, current) in q.edits {
            section.card {
                h3 { a href={ "/projects/" (e.project) } { (e.project) } " — by " (e.account.email) }
                table {
                    thead { tr { th scope="col" { "Field" } th scope="col" { "Now" } th scope="col" { "Proposed" } } }
                    tbody {
                        @for (field, old, new) in edit_rows(e, current.as_ref()) {
                            tr { th scope="row" { (field) } td { (short(&old)) } td { (short(&new)) } }
                        }
                    }
                }
                (decide(token, &format!("/moderate/edits/{}", e.id)))
            }
        }
        h2 { (copy::REPORTS) }
        @if q.reports.is_empty() { p { (copy::NOTHING) } }
        @for r in q.reports {
            section.card {
                h3 { a href={ "/projects/" (r.project) } { (r.project) } ": " (r.kind.label()) }
                p { (r.detail) }
                form method="post" action={ "/moderate/reports/" (r.id) } {
                    (csrf(token))
                    (textarea("note", "What you did", "", ""))
                    button type="submit" { "Mark as dealt with" }
                }
            }
        }
        h2 { (copy::REVIEWS) }
        @if q.reviews.is_empty() { p { (copy::NOTHING) } }
        @for r in q.reviews {
            section.card {
                h3 { (r.reviewer_name) " reviewed " a href={ "/projects/" (r.reviewed) } { (r.reviewed) } }
                @if r.hidden { p { "Hidden: " (r.hidden_reason.as_deref().unwrap_or("")) } } @else {
                    form method="post" action={ "/moderate/reviews/" (r.id) "/hide" } {
                        (csrf(token))
                        (text("reason", "Why hide it", "", "text", "off"))
                        button.button.secondary type="submit" { "Hide this review" }
                    }
                }
            }
        }
        h2 { (copy::LINKS) }
        p { (copy::LINKS_INTRO) }
        form method="post" action="/moderate/sign-in-links" {
            (csrf(token))
            (text("email", "Their email address", "", "email", "off"))
            button.button.secondary type="submit" { "Make a one-time sign-in link" }
        }
        h2 { (copy::HISTORY) }
        table {
            thead { tr { th scope="col" { "When" } th scope="col" { "Listing" } th scope="col" { "Who" } th scope="col" { "Field" } th scope="col" { "Before" } th scope="col" { "After" } } }
            tbody {
                @for (slug, h) in q.history {
                    tr {
                        td { (h.at.format("%-d %b %Y %H:%M")) }
                        td { a href={ "/projects/" (slug) } { (slug) } }
                        td { (h.actor) }
                        td { (h.field) }
                        td { (short(&h.old_value)) }
                        td { (short(&h.new_value)) }
                    }
                }
            }
        }
    };
    page(copy::TITLE, chrome, body)
}

/// The fields a queued edit changes (from the listing it was made from), each with its
/// value on the listing now and the value proposed.
fn edit_rows(
    e: &PendingEdit,
    current: Option<&crate::domain::Project>,
) -> Vec<(String, Option<String>, Option<String>)> {
    let now: std::collections::HashMap<String, Option<String>> = current
        .map(|c| field_changes(None, c))
        .unwrap_or_default()
        .into_iter()
        .map(|(field, _, value)| (field, value))
        .collect();
    field_changes(e.base.as_ref().or(current), &e.proposal)
        .into_iter()
        .map(|(field, _, proposed)| {
            let value_now = now.get(&field).cloned().flatten();
            (field, value_now, proposed)
        })
        .collect()
}
