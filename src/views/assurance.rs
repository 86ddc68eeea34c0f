//! The peer-assurance route: its published criteria (`/toolkit/peer-assurance`), where a
//! listing stands ("Peer-assured" with the date and the reviews), what a project still
//! needs (as recommendations, never a score), and a moderator's withdrawal form.

use super::layout::{Chrome, page};
use super::parts::{in_english, message_with, own_name};
use crate::domain::assurance::{Need, Standing};
use crate::domain::{Principle, Project};
use crate::i18n::{Arg, Lang};
use chrono::NaiveDate;
use maud::{Markup, html};

fn date(lang: Lang, d: NaiveDate) -> Arg {
    Arg::from(lang.date(d))
}

/// "1 (Safe and nurturing), 2 (Accessible and inclusive)".
fn principles(lang: Lang, ps: &[Principle]) -> String {
    ps.iter()
        .map(|p| format!("{} ({})", p.number(), super::principles::short(lang, *p)))
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

/// The link to what peer assurance means.
fn about(lang: Lang) -> Markup {
    html! { p { a href=(lang.path("/toolkit/peer-assurance")) { (lang.t("assurance-about")) } } }
}

/// Where a listing stands, for its public page: "Peer-assured" with the date and the
/// reviews that count, or a withdrawal with its reason; nothing when not assured.
pub fn standing(lang: Lang, p: &Project, s: &Standing) -> Markup {
    html! {
        @match s {
            Standing::Assured { since, until, reviews } => {
                div.notice.ok.assurance role="status" {
                    @let assured = html! { strong { (lang.t("assurance-assured")) } };
                    p { (message_with(lang, "assurance-since", "assured", assured, &[("since", date(lang, *since)), ("until", date(lang, *until))])) }
                    p { (lang.t("assurance-reviews-by")) " "
                        @for (i, r) in reviews.iter().enumerate() {
                            @if i > 0 { ", " }
                            a href=(lang.path(&format!("/projects/{}#review-{}", p.slug, r.id))) { (in_english(lang, &r.reviewer_name)) " (" (lang.date(r.on)) ")" }
                        }
                        "."
                    }
                    (about(lang))
                }
            }
            Standing::Withdrawn { withdrawal, .. } => {
                div.notice.assurance {
                    @let withdrawn = html! { strong { (lang.t("assurance-withdrawn")) } };
                    p { (message_with(lang, "assurance-withdrawn-on", "withdrawn", withdrawn, &[("date", date(lang, withdrawal.at.date_naive()))])) " " (lang.t("assurance-withdrawn-why")) }
                    (about(lang))
                }
            }
            Standing::NotYet { .. } => {}
        }
    }
}

/// A link to a review, named for its reviewer: "Quarriers's review".
fn their_review(lang: Lang, slug: &str, review: i64, reviewer_name: &str) -> Markup {
    let name = in_english(lang, reviewer_name);
    html! {
        a href=(lang.path(&format!("/projects/{slug}#review-{review}"))) { (message_with(lang, "assurance-their-review", "name", name, &[])) }
    }
}

/// One need as a recommendation.
fn need(lang: Lang, slug: &str, n: &Need) -> Markup {
    html! {
        @match n {
            Need::SelfAssessment(ps) => li {
                @let form = html! { a href=(lang.path(&format!("/manage/{slug}/reflection"))) { (lang.t("assurance-reflection-form")) } };
                (message_with(lang, "assurance-need-self", "form", form, &[("principles", Arg::from(principles(lang, ps)))]))
            },
            Need::Reviews(k) => li {
                (lang.ta("assurance-need-reviews", &[("n", Arg::from(*k))])) " " (lang.t("assurance-ask-reviews"))
            },
            Need::Reply { review, reviewer_name } => li {
                (message_with(lang, "assurance-need-reply", "review", their_review(lang, slug, *review, reviewer_name), &[]))
            },
            Need::WholeReview { review, reviewer_name } => li {
                (message_with(lang, "assurance-need-whole", "review", their_review(lang, slug, *review, reviewer_name), &[]))
            },
        }
    }
}

/// What a project still needs, for its keepers (the account page): recommendations.
pub fn needs(lang: Lang, p: &Project, s: &Standing) -> Markup {
    let (name, _) = p.name_in(lang);
    html! {
        section.assurance-needs aria-label={ (lang.t("assurance-needs-title")) ": " (name) } {
            h3 { (own_name(lang, p)) }
            @match s {
                Standing::Assured { until, .. } => p { (lang.t("assurance-needs-none")) " " (lang.ta("assurance-lapses-on", &[("date", date(lang, *until))])) },
                _ => {
                    @if let Standing::NotYet { lapsed: Some(d), .. } = s { p { (lang.ta("assurance-lapsed-on", &[("date", date(lang, *d))])) } }
                    @if let Standing::Withdrawn { withdrawal, .. } = s { p { (lang.t("assurance-withdrawn")) ": " (withdrawal.reason) } }
                    p { (lang.t("assurance-needs-intro")) }
                    ul.recommendations { @for n in s.needs() { (need(lang, p.slug.as_str(), n)) } }
                }
            }
        }
    }
}

/// The heading and link above the account page's recommendations.
pub fn needs_heading(lang: Lang) -> Markup {
    html! {
        h2 { (lang.t("assurance-needs-title")) }
        (about(lang))
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
    let lang = chrome.lang;
    let title = lang.t("assurance-withdraw-title");
    let action = lang.path(&format!("/moderate/assurance/{}", p.slug));
    let errors: Vec<crate::domain::check::FieldError> = error
        .map(|e| crate::domain::check::FieldError::new("reason", e))
        .into_iter()
        .collect();
    let body = html! {
        (super::forms::error_summary(&errors))
        h1 { (title) ": " (own_name(lang, p)) }
        (standing(lang, p, s))
        @if s.is_assured() {
            p { (lang.t("assurance-withdraw-lead")) }
            form method="post" action=(action) novalidate {
                (super::forms::csrf(token))
                (super::forms::textarea_checked(&errors, "reason", (&lang.t("assurance-reason"), ""), reason, Some(2_000)))
                button.button.warning type="submit" { (lang.t("assurance-withdraw")) }
            }
        } @else {
            p { (lang.t("assurance-not-assured")) }
        }
        p { a href=(lang.path(&format!("/projects/{}", p.slug))) { (lang.t("assurance-back")) } }
    };
    page(&title, chrome, body)
}
