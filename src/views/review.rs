//! The form another project uses to review a listing's published reflection.

use super::forms::{csrf, error_summary, radio, textarea};
use super::layout::{Chrome, page};
use crate::domain::{Project, Slug};
use maud::{Markup, html};

mod copy {
    pub const REVIEW: &str = "Review this project's reflection";
    pub const REVIEW_INTRO: &str = "Say, for each principle, whether you recognise what the project describes or would ask about it. This is a conversation between peers, not a score.";
    pub const AS: &str = "Reviewing as";
}

pub fn review(
    chrome: Chrome<'_>,
    token: &str,
    p: &Project,
    reviewers: &[(Slug, String)],
    error: Option<&str>,
) -> Markup {
    let body = html! {
        (error_summary(error))
        h1 { (copy::REVIEW) ": " (p.name) }
        p { (copy::REVIEW_INTRO) }
        form method="post" action={ "/projects/" (p.slug) "/review" } {
            (csrf(token))
            label.block for="reviewer" { (copy::AS) }
            select #reviewer name="reviewer" {
                @for (slug, name) in reviewers { option value=(slug) { (name) } }
            }
            @for r in p.reflections.iter().filter(|r| r.published_on.is_some()) {
                fieldset {
                    legend { h2 { (r.principle.label()) } }
                    p { strong { "They say: " (r.status.label()) } }
                    @if !r.how.is_empty() { p { (r.how) } }
                    (radio(&format!("verdict_{}", r.principle.slug()), "recognise", "We recognise this", false))
                    (radio(&format!("verdict_{}", r.principle.slug()), "ask", "We would ask about this", false))
                    (textarea(&format!("comment_{}", r.principle.slug()), "Your comment", "", ""))
                }
            }
            button type="submit" { "Publish review" }
        }
    };
    page(copy::REVIEW, chrome, body)
}
