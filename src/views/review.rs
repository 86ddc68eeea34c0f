//! Peer reviews of a listing's published reflection by another project: the form, the
//! preview of what will be published, and the confirmation after.

use super::forms::csrf;
use super::layout::{Chrome, page};
use super::parts::date;
use super::project::review_items;
use crate::domain::community::{FieldError, NOT_REVIEWED, Review, ReviewAnswer};
use crate::domain::grid::COLUMNS;
use crate::domain::{Project, Slug};
use chrono::{DateTime, Utc};
use maud::{Markup, html};

mod copy {
    pub const REVIEW: &str = "Review this project's reflection";
    pub const CHANGE: &str = "Change your review";
    pub const REVIEW_INTRO: &str = "For each principle the project has published, say whether you recognise what it describes or would ask about it, with a comment, or mark it “not reviewed”. Review at least one. This is a conversation between peers, not a score.";
    pub const AS: &str = "Reviewing as";
    pub const RECOGNISE: &str = "We recognise this";
    pub const ASK: &str = "We would ask about this";
    pub const NOT_REVIEWED: &str = "Not reviewed";
    pub const COMMENT: &str = "Your comment";
    pub const COMMENT_HINT: &str = "Needed when you recognise it or would ask about it.";
    pub const CONTINUE: &str = "Continue to check your review";
    pub const PREVIEW: &str = "Check your review before it is published";
    pub const PREVIEW_INTRO: &str = "This is exactly what will show on the project's page. Nothing is published until you choose “Publish this review”.";
    pub const PUBLISH: &str = "Publish this review";
    pub const CHANGE_IT: &str = "Change it";
    pub const PROBLEM: &str = "There is a problem";
    pub const PUBLISHED: &str = "Your review is published";
    pub const CHANGED: &str = "Your review is changed";
    pub const LEFT_OUT: &str = "Not reviewed";
    pub const QUESTIONS: &str = "The questions the project answered:";
    pub const THEY_SAY: &str = "Where they are: ";
    pub const NOT_WRITTEN: &str = "They have not written anything here.";
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

impl ReviewForm<'_> {
    fn error(&self, field: &str) -> Option<&str> {
        self.errors
            .iter()
            .find(|e| e.field == field)
            .map(|e| e.message.as_str())
    }
}

/// Where a field's error in the summary takes you: its first control (the first radio
/// of a group).
fn anchor(field: &str) -> String {
    if field.starts_with("verdict_") {
        format!("#{field}-recognise")
    } else if field == "kind" {
        format!(
            "#kind-{}",
            crate::domain::community::ReportKind::ALL[0].slug()
        )
    } else {
        format!("#{field}")
    }
}

/// The GOV.UK error summary: every problem, each a link to its field.
pub fn error_summary(errors: &[FieldError]) -> Markup {
    html! {
        @if !errors.is_empty() {
            div.notice role="alert" aria-labelledby="error-title" tabindex="-1" {
                h2 #error-title { (copy::PROBLEM) }
                ul.error-summary {
                    @for e in errors { li { a href=(anchor(&e.field)) { (e.message) } } }
                }
            }
        }
    }
}

/// A field's own error message, by the field.
pub fn field_error(field: &str, message: Option<&str>) -> Markup {
    html! {
        @if let Some(m) = message {
            p.error-message id={ (field) "-error" } { span.visually-hidden { "Error: " } (m) }
        }
    }
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

fn answer_fields(f: &ReviewForm<'_>, a: &ReviewAnswer) -> Markup {
    let slug = a.principle.slug();
    let verdict = format!("verdict_{slug}");
    let comment = format!("comment_{slug}");
    let reflection = f
        .project
        .reflections
        .iter()
        .find(|r| r.principle == a.principle);
    let (verdict_error, comment_error) = (f.error(&verdict), f.error(&comment));
    let chosen = a.choice.as_deref();
    html! {
        div.field-group.field-error[verdict_error.is_some() || comment_error.is_some()] {
            fieldset aria-describedby=[verdict_error.map(|_| format!("{verdict}-error"))] {
                legend { h2 { (a.principle.label()) } }
                p.statement { "Principle " (a.principle.number()) ": " (a.principle.statement()) }
                p.muted { (copy::QUESTIONS) }
                (super::toolkit::principle_questions(a.principle))
                @if let Some(r) = reflection {
                    div.their-reflection {
                        p { strong { (copy::THEY_SAY) (r.status.label()) } }
                        @for (title, answer) in COLUMNS.iter().zip([&r.how, &r.evidence, &r.next_steps]) {
                            h3 { (title) }
                            @if answer.is_empty() { p.muted { (copy::NOT_WRITTEN) } } @else { p { (answer) } }
                        }
                    }
                }
                (field_error(&verdict, verdict_error))
                (choice(&verdict, "recognise", copy::RECOGNISE, chosen))
                (choice(&verdict, "ask", copy::ASK, chosen))
                (choice(&verdict, NOT_REVIEWED, copy::NOT_REVIEWED, chosen))
            }
            label.block for=(comment) { (copy::COMMENT) }
            p.muted id={ (comment) "-hint" } { (copy::COMMENT_HINT) }
            (field_error(&comment, comment_error))
            textarea id=(comment) name=(comment) rows="4"
                aria-describedby={ (comment) "-hint" @if comment_error.is_some() { " " (comment) "-error" } } { (a.comment) }
        }
    }
}

pub fn review(chrome: Chrome<'_>, token: &str, f: &ReviewForm<'_>) -> Markup {
    let p = f.project;
    let title = if f.changing {
        copy::CHANGE
    } else {
        copy::REVIEW
    };
    let reviewer_error = f.error("reviewer");
    let body = html! {
        (error_summary(f.errors))
        h1 { (title) ": " (p.name) }
        p { (copy::REVIEW_INTRO) }
        form method="post" action=(f.action) novalidate {
            (csrf(token))
            div.field-group.field-error[reviewer_error.is_some()] {
                @if f.changing || f.reviewers.len() == 1 {
                    @let name = f.reviewers.iter().find(|(s, _)| s.as_str() == f.reviewer).map_or(f.reviewer, |(_, n)| n.as_str());
                    p #reviewer { (copy::AS) " " strong { (name) } }
                    input type="hidden" name="reviewer" value=(f.reviewer);
                } @else {
                    label.block for="reviewer" { (copy::AS) }
                    select #reviewer name="reviewer" {
                        @for (slug, name) in f.reviewers { option value=(slug) selected[slug.as_str() == f.reviewer] { (name) } }
                    }
                }
                (field_error("reviewer", reviewer_error))
                @if let Some(link) = f.change_link {
                    p { a href=(link) { "Change your earlier review instead" } }
                }
            }
            @for a in f.answers { (answer_fields(f, a)) }
            button type="submit" name="action" value="preview" { (copy::CONTINUE) }
        }
    };
    page(title, chrome, body)
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
    let body = html! {
        h1 { (copy::PREVIEW) }
        p { (copy::PREVIEW_INTRO) }
        section.card.preview {
            h3 { "From " (review.reviewer_name) ", " (date(review.created_at.date_naive())) }
            (review_items(review))
        }
        @if !left_out.is_empty() {
            p { strong { (copy::LEFT_OUT) ": " } (left_out.join(", ")) }
        }
        form method="post" action=(f.action) {
            (csrf(token))
            input type="hidden" name="reviewer" value=(f.reviewer);
            @for a in f.answers {
                @if let Some(c) = &a.choice {
                    input type="hidden" name={ "verdict_" (a.principle.slug()) } value=(c);
                }
                input type="hidden" name={ "comment_" (a.principle.slug()) } value=(a.comment);
            }
            button type="submit" name="action" value="publish" { (copy::PUBLISH) }
            " "
            button.button.secondary type="submit" name="action" value="change" { (copy::CHANGE_IT) }
        }
    };
    page(copy::PREVIEW, chrome, body)
}

/// After publishing or changing a review: what happens next.
pub fn published(
    chrome: Chrome<'_>,
    p: &Project,
    review: &Review,
    until: DateTime<Utc>,
    changed: bool,
) -> Markup {
    let title = if changed {
        copy::CHANGED
    } else {
        copy::PUBLISHED
    };
    let edit = format!("/projects/{}/reviews/{}/edit", p.slug, review.id);
    let body = html! {
        div.notice.ok { h1 { (title) } }
        h2 { "What happens next" }
        p { "We have e-mailed the people who keep " (p.name) "'s listing to tell them. They can reply to your review once, on their listing's page." }
        p { "You can change your review until " (date(until.date_naive())) ", 14 days after it was first published. After that it stays as it is." }
        p { a href=(edit) { "Change your review" } }
        p { a href={ "/projects/" (p.slug) } { "See it on " (p.name) "'s page" } }
    };
    page(title, chrome, body)
}
