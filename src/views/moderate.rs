//! The moderators' queue: claims and proposals, edits waiting, reports, reviews, history.

use super::forms::{csrf, text, textarea};
use super::layout::{Chrome, page};
use super::parts::date;
use super::project::rule;
use crate::domain::community::{Claim, PendingEdit, Report, Review};
use crate::domain::{HistoryEntry, field_changes};
use crate::domain::{Project, Slug};
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
    pub const ASSURED: &str = "Peer-assured listings";
    pub const NO_ASSURED: &str = "No listing is peer-assured now.";
    pub const WITHDRAW: &str = "Withdraw peer assurance";
    pub const LINKS_INTRO: &str = "Most people can use “Forgot your password?” on the sign-in page, which e-mails them a link. For someone who cannot (for example, they no longer reach that inbox), make a one-time sign-in link here and pass it on yourself, once you are sure who is asking.";
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
    pub edits: &'a [(PendingEdit, Option<Project>)],
    pub reports: &'a [Report],
    pub reviews: &'a [Review],
    pub history: &'a [(Slug, HistoryEntry)],
    /// The listings peer-assured now, which a moderator can withdraw.
    pub assured: &'a [Slug],
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
                dl.changes {
                    @for (field, old, new) in edit_rows(e, current.as_ref()) {
                        div.change {
                            dt { (field) }
                            dd { span.label { "Now: " } (short(&old)) }
                            dd { span.label { "Proposed: " } (short(&new)) }
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
        h2 { (copy::ASSURED) }
        @if q.assured.is_empty() { p { (copy::NO_ASSURED) } }
        ul.assured {
            @for slug in q.assured {
                li { a href={ "/projects/" (slug) } { (slug) } " · " a href={ "/moderate/assurance/" (slug) } { (copy::WITHDRAW) } }
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
        div.table-wrap { table {
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
        } }
    };
    page(copy::TITLE, chrome, body)
}

/// The fields a queued edit changes (from the listing it was made from), each with its
/// value on the listing now and the value proposed, as plain words.
fn edit_rows(
    e: &PendingEdit,
    current: Option<&Project>,
) -> Vec<(String, Option<String>, Option<String>)> {
    field_changes(e.base.as_ref().or(current), &e.proposal)
        .into_iter()
        .map(|(field, _, _)| {
            let now = current.map(|c| plain(c, &field));
            let proposed = Some(plain(&e.proposal, &field));
            (field.replace('_', " "), now, proposed)
        })
        .collect()
}

/// One field of a listing as a person reads it: lists comma-separated, sites by their
/// place, sessions in words; never JSON.
fn plain(p: &Project, field: &str) -> String {
    let words = match field {
        "sites" => join(p.sites.iter().map(|s| s.label.clone()), ", "),
        "sessions" => join(
            p.sessions.iter().map(|s| match &s.site {
                Some(site) => format!("{} at {site}", rule(s)),
                None => format!("{} (online or by phone)", rule(s)),
            }),
            "; ",
        ),
        "areas" => join(p.areas.iter().map(|a| a.name.clone()), ", "),
        "reflections" => join(
            p.reflections
                .iter()
                .map(|r| format!("{}: {}", r.principle.label(), r.status.label())),
            "; ",
        ),
        _ => serde_json::to_value(p)
            .ok()
            .and_then(|v| v.get(field).map(value_text))
            .unwrap_or_default(),
    };
    if words.is_empty() {
        "(none)".into()
    } else {
        words
    }
}

fn join(items: impl Iterator<Item = String>, by: &str) -> String {
    items.collect::<Vec<_>>().join(by)
}

/// A JSON value in words: strings as they are, lists comma-separated, records as
/// "name: value" pairs, nothing for an empty value.
fn value_text(v: &serde_json::Value) -> String {
    use serde_json::Value;
    match v {
        Value::Null => String::new(),
        Value::Bool(true) => "yes".into(),
        Value::Bool(false) => "no".into(),
        Value::Number(n) => n.to_string(),
        Value::String(s) => s.clone(),
        Value::Array(items) => join(items.iter().map(value_text).filter(|t| !t.is_empty()), ", "),
        Value::Object(fields) => join(
            fields.iter().filter_map(|(k, v)| {
                let t = value_text(v);
                (!t.is_empty()).then(|| format!("{}: {t}", k.replace('_', " ")))
            }),
            "; ",
        ),
    }
}
