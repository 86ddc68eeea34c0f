//! The peer-assurance route: its published criteria (`/toolkit/peer-assurance`), where a
//! listing stands ("Peer-assured" with the date and the reviews), what a project still
//! needs (as recommendations, never a score), and a moderator's withdrawal form.

use super::layout::{Chrome, page};
use crate::domain::assurance::{Need, Standing};
use crate::domain::{Principle, Project};
use chrono::NaiveDate;
use maud::{Markup, html};

mod copy {
    pub const ASSURED: &str = "Peer-assured";
    pub const REVIEWS_BY: &str = "Reviewed by";
    pub const ABOUT: &str = "What peer assurance means";
    pub const WITHDRAWN: &str = "Peer assurance withdrawn";
    pub const LAPSED: &str = "Peer assurance lapsed";
    pub const WITHDRAWN_WHY: &str = "The reason is kept in the listing's history, and the people who keep the listing have been told it.";
    pub const NEEDS_TITLE: &str = "Towards peer assurance";
    pub const NEEDS_NONE: &str = "This project is peer-assured. To renew it, publish your self-assessment again and ask for new reviews before it lapses.";
    pub const NEEDS_INTRO: &str = "Our suggestions for what to do next:";
    pub const ASK_REVIEWS: &str = "Ask other projects you know to read your reflection and review it (they find “Review this project's reflection” on your listing's page).";
    pub const WITHDRAW_TITLE: &str = "Withdraw peer assurance";
    pub const WITHDRAW_LEAD: &str = "The listing will no longer show “Peer-assured”. Your reason is kept in its history, and the project starts the route again.";
    pub const REASON: &str = "Why you are withdrawing it";
    pub const WITHDRAW: &str = "Withdraw peer assurance";
    pub const NOT_ASSURED: &str =
        "This listing is not peer-assured, so there is nothing to withdraw.";
    pub const CANCEL: &str = "Back to the listing";
}

fn date(d: NaiveDate) -> String {
    d.format("%-d %B %Y").to_string()
}

fn principles(ps: &[Principle]) -> String {
    ps.iter()
        .map(|p| format!("{} ({})", p.number(), p.label()))
        .collect::<Vec<_>>()
        .join(", ")
}

/// `/toolkit/peer-assurance`: the criteria, in plain words.
pub fn criteria(chrome: Chrome<'_>) -> Markup {
    let lang = chrome.lang;
    let title = lang.t("assurance-title");
    let body = html! {
        h1 { (title) }
        p.lead { (lang.t("assurance-lead")) }
        h2 #asks { (lang.t("assurance-asks-title")) }
        ol.criteria {
            li { (lang.t("assurance-self")) }
            li { (lang.t("assurance-reviews")) }
        }
        h2 { (lang.t("assurance-then-title")) }
        ul { @for i in 1..=4 { li { (lang.t(&format!("assurance-then-{i}"))) } } }
        p { a href=(lang.path("/toolkit#principles")) { (lang.t("assurance-start")) } }
    };
    page(&title, chrome, body)
}

/// Where a listing stands, for its public page: "Peer-assured" with the date and the
/// reviews that count, or a withdrawal with its reason; nothing when not assured.
pub fn standing(p: &Project, s: &Standing) -> Markup {
    html! {
        @match s {
            Standing::Assured { since, until, reviews } => {
                div.notice.ok.assurance role="status" {
                    p { strong { (copy::ASSURED) } " since " (date(*since)) ", until " (date(*until)) "." }
                    p { (copy::REVIEWS_BY) " "
                        @for (i, r) in reviews.iter().enumerate() {
                            @if i > 0 { ", " }
                            a href={ "/projects/" (p.slug) "#review-" (r.id) } { (r.reviewer_name) " (" (date(r.on)) ")" }
                        }
                        "."
                    }
                    p { a href="/toolkit/peer-assurance" { (copy::ABOUT) } }
                }
            }
            Standing::Withdrawn { withdrawal, .. } => {
                div.notice.assurance {
                    p { strong { (copy::WITHDRAWN) } " by a moderator on " (date(withdrawal.at.date_naive())) ". " (copy::WITHDRAWN_WHY) }
                    p { a href="/toolkit/peer-assurance" { (copy::ABOUT) } }
                }
            }
            Standing::NotYet { .. } => {}
        }
    }
}

/// One need as a recommendation.
fn need(slug: &str, n: &Need) -> Markup {
    html! {
        @match n {
            Need::SelfAssessment(ps) => li {
                "Publish your self-assessment of principle " (principles(ps)) ", on "
                a href={ "/manage/" (slug) "/reflection" } { "your reflection form" } "."
            },
            Need::Reviews(1) => li { "One more project's review. " (copy::ASK_REVIEWS) },
            Need::Reviews(k) => li { (k) " more projects' reviews. " (copy::ASK_REVIEWS) },
            Need::Reply { review, reviewer_name } => li {
                "Reply to " a href={ "/projects/" (slug) "#review-" (review) } { (reviewer_name) "'s review" }
                ", answering what they asked."
            },
            Need::WholeReview { review, reviewer_name } => li {
                a href={ "/projects/" (slug) "#review-" (review) } { (reviewer_name) "'s review" }
                " looked at some principles only: a review of all five counts. You could ask them to review again."
            },
        }
    }
}

/// What a project still needs, for its keepers (the account page): recommendations.
pub fn needs(p: &Project, s: &Standing) -> Markup {
    html! {
        section.assurance-needs aria-label={ (copy::NEEDS_TITLE) ": " (p.name) } {
            h3 { (p.name) }
            @match s {
                Standing::Assured { until, .. } => p { (copy::NEEDS_NONE) " It lapses on " (date(*until)) "." },
                _ => {
                    @if let Standing::NotYet { lapsed: Some(d), .. } = s { p { (copy::LAPSED) " on " (date(*d)) "." } }
                    @if let Standing::Withdrawn { withdrawal, .. } = s { p { (copy::WITHDRAWN) ": " (withdrawal.reason) } }
                    p { (copy::NEEDS_INTRO) }
                    ul.recommendations { @for n in s.needs() { (need(p.slug.as_str(), n)) } }
                }
            }
        }
    }
}

/// The heading and link above the account page's recommendations.
pub fn needs_heading() -> Markup {
    html! {
        h2 { (copy::NEEDS_TITLE) }
        p { a href="/toolkit/peer-assurance" { (copy::ABOUT) } }
    }
}

/// A moderator's form to withdraw a listing's assurance: the confirmation, with a reason
/// (kept as typed, with its error, when missing).
pub fn withdraw_form(
    chrome: Chrome<'_>,
    token: &str,
    p: &Project,
    s: &Standing,
    reason: &str,
    error: Option<&str>,
) -> Markup {
    let action = format!("/moderate/assurance/{}", p.slug);
    let errors: Vec<(&str, String)> = error
        .map(|e| ("reason", e.to_string()))
        .into_iter()
        .collect();
    let body = html! {
        (super::account::errors_summary(&errors))
        h1 { (copy::WITHDRAW_TITLE) ": " (p.name) }
        (standing(p, s))
        @if s.is_assured() {
            p { (copy::WITHDRAW_LEAD) }
            form method="post" action=(action) novalidate {
                (super::forms::csrf(token))
                (super::account::textarea_checked(&errors, "reason", copy::REASON, "", reason))
                button.button.warning type="submit" { (copy::WITHDRAW) }
            }
        } @else {
            p { (copy::NOT_ASSURED) }
        }
        p { a href={ "/projects/" (p.slug) } { (copy::CANCEL) } }
    };
    page(copy::WITHDRAW_TITLE, chrome, body)
}
