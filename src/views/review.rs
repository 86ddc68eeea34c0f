//! Peer reviews of a listing's published reflection by another project: the form, the
//! preview of what will be published, and the confirmation after.

use super::forms::{csrf, described_by, error_summary, field_error, has_error, invalid};
use super::layout::{Chrome, page};
use super::project::review_items;
use crate::domain::check::FieldError;
use crate::domain::community::{NOT_REVIEWED, Review, ReviewAnswer};
use crate::domain::{Project, Slug};
use chrono::{DateTime, Utc};
use maud::{Markup, html};

use crate::i18n::{Arg, Lang};

/// `Some("en")` on a page not in English: for words that stay in English there.
fn en(lang: Lang) -> Option<&'static str> {
    (lang != Lang::En).then_some("en")
}

/// A review form as it stands: for a new review, or to change one.
pub struct ReviewForm<'a> {
    pub project: &'a Project,
    /// Where the form posts.
    pub action: &'a str,
    /// The projects the account can review as (only the one that wrote it, when changing).
    pub reviewers: &'a [(Slug, String)],
    /// The one chosen.
    pub reviewer: &'a str,
    pub answers: &'a [ReviewAnswer],
    pub errors: &'a [FieldError],
    /// Where to change the review that stands in the way of a new one, while that can be done.
    pub change_link: Option<&'a str>,
    /// Changing a published review rather than writing a new one.
    pub changing: bool,
}

fn choice(name: &str, value: &str, label: &str, chosen: Option<&str>) -> Markup {
    let id = format!("{name}-{value}");
    html! {
        div.check {
            input type="radio" id=(id) name=(name) value=(value) checked[chosen == Some(value)];
            label for=(id) { (label) }
        }
    }
}

fn answer_fields(lang: Lang, f: &ReviewForm<'_>, a: &ReviewAnswer) -> Markup {
    let slug = a.principle.slug();
    let verdict = format!("verdict_{slug}");
    let comment = format!("comment_{slug}");
    let reflection = f
        .project
        .reflections
        .iter()
        .find(|r| r.principle == a.principle);
    let errors = f.errors;
    let chosen = a.choice.as_deref();
    html! {
        div.field-group.field-error[has_error(errors, &verdict) || has_error(errors, &comment)] {
            fieldset aria-describedby=[described_by(errors, &verdict, None)] {
                legend { h2 { (super::principles::short(lang, a.principle)) } }
                p.statement { (lang.ta("manage-principle-n", &[("n", Arg::from(a.principle.number()))])) " " (super::principles::statement(lang, a.principle)) }
                p.muted { (lang.t("review-questions")) }
                (super::toolkit::principle_questions_in(lang, a.principle))
                @if let Some(r) = reflection {
                    div.their-reflection {
                        p { strong { (lang.t("review-they-say")) " " (super::search_form::label_in(lang, "manage-reflection", r.status.slug(), r.status.label())) } }
                        @for ((title, _), answer) in super::manage::columns(lang).into_iter().zip([&r.how, &r.evidence, &r.next_steps]) {
                            h3 { (title) }
                            @if answer.is_empty() { p.muted { (lang.t("review-not-written")) } } @else { p lang=[en(lang)] { (answer) } }
                        }
                    }
                }
                (field_error(errors, &verdict))
                (choice(&verdict, "recognise", &lang.t("review-recognise"), chosen))
                (choice(&verdict, "ask", &lang.t("review-ask"), chosen))
                (choice(&verdict, NOT_REVIEWED, &lang.t("review-not-reviewed"), chosen))
            }
            label.block for=(comment) { (lang.t("review-comment")) }
            p.muted id={ (comment) "-hint" } { (lang.t("review-comment-hint")) }
            (field_error(errors, &comment))
            textarea id=(comment) name=(comment) rows="4" maxlength=(crate::domain::community::COMMENT_MAX)
                aria-invalid=[invalid(errors, &comment)]
                aria-describedby=[described_by(errors, &comment, Some(&format!("{comment}-hint")))] { (a.comment) }
        }
    }
}

pub fn review(chrome: Chrome<'_>, token: &str, f: &ReviewForm<'_>) -> Markup {
    let p = f.project;
    let lang = chrome.lang;
    let title = lang.t(if f.changing {
        "review-change"
    } else {
        "review-review"
    });
    let body = html! {
        (error_summary(f.errors))
        h1 { (title) ": " span lang=[en(lang)] { (p.name) } }
        p { (lang.t("review-intro")) }
        form method="post" action=(lang.path(f.action)) novalidate {
            (csrf(token))
            div.field-group.field-error[has_error(f.errors, "reviewer")] {
                @if f.changing || f.reviewers.len() == 1 {
                    @let name = f.reviewers.iter().find(|(s, _)| s.as_str() == f.reviewer).map_or(f.reviewer, |(_, n)| n.as_str());
                    p #reviewer { (lang.t("review-as")) " " strong lang=[en(lang)] { (name) } }
                    input type="hidden" name="reviewer" value=(f.reviewer);
                } @else {
                    label.block for="reviewer" { (lang.t("review-as")) }
                    select #reviewer name="reviewer" aria-invalid=[invalid(f.errors, "reviewer")] aria-describedby=[described_by(f.errors, "reviewer", None)] {
                        @for (slug, name) in f.reviewers { option value=(slug) selected[slug.as_str() == f.reviewer] { (name) } }
                    }
                }
                (field_error(f.errors, "reviewer"))
                @if let Some(link) = f.change_link {
                    p { a href=(lang.path(link)) { (lang.t("review-change-earlier")) } }
                }
            }
            @for a in f.answers { (answer_fields(lang, f, a)) }
            button type="submit" name="action" value="preview" { (lang.t("review-continue")) }
        }
    };
    page(&title, chrome, body)
}

/// What will be published, with every typed value carried in hidden fields so that
/// "Change it" brings the form back as it was.
pub fn preview(
    chrome: Chrome<'_>,
    token: &str,
    f: &ReviewForm<'_>,
    review: &Review,
    left_out: &[&str],
) -> Markup {
    let lang = chrome.lang;
    let title = lang.t("review-preview");
    let body = html! {
        h1 { (title) }
        p { (lang.t("review-preview-intro")) }
        section.card.preview {
            h3 { (lang.t("manage-from")) " " span lang=[en(lang)] { (review.reviewer_name) } ", " (lang.date(review.created_at.date_naive())) }
            div { (review_items(lang, review)) }
        }
        @if !left_out.is_empty() {
            p {
                strong { (lang.t("review-not-reviewed")) ": " }
                @if lang == Lang::En { (left_out.join(", ")) } @else { span lang="en" { (left_out.join(", ")) } }
            }
        }
        form method="post" action=(lang.path(f.action)) {
            (csrf(token))
            input type="hidden" name="reviewer" value=(f.reviewer);
            @for a in f.answers {
                @if let Some(c) = &a.choice {
                    input type="hidden" name={ "verdict_" (a.principle.slug()) } value=(c);
                }
                input type="hidden" name={ "comment_" (a.principle.slug()) } value=(a.comment);
            }
            button type="submit" name="action" value="publish" { (lang.t("review-publish")) }
            " "
            button.button.secondary type="submit" name="action" value="change" { (lang.t("review-change-it")) }
        }
    };
    page(&title, chrome, body)
}

/// After publishing or changing a review: what happens next.
pub fn published(
    chrome: Chrome<'_>,
    p: &Project,
    review: &Review,
    until: DateTime<Utc>,
    changed: bool,
) -> Markup {
    let lang = chrome.lang;
    let title = lang.t(if changed {
        "review-changed"
    } else {
        "review-published"
    });
    let edit = lang.path(&format!("/projects/{}/reviews/{}/edit", p.slug, review.id));
    let name = || Arg::from(p.name.clone());
    let body = html! {
        div.notice.ok { h1 { (title) } }
        h2 { (lang.t("review-next")) }
        p { (lang.ta("review-next-mailed", &[("name", name())])) }
        p { (lang.ta("review-next-until", &[("date", Arg::from(lang.date(until.date_naive())))])) }
        p { a href=(edit) { (lang.t("review-change")) } }
        p { a href=(lang.path(&format!("/projects/{}", p.slug))) { (lang.ta("review-see-it", &[("name", name())])) } }
    };
    page(&title, chrome, body)
}
