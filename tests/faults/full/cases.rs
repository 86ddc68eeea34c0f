//! Every write route, each as the role that reaches it, with what makes it need a new
//! page of the file.

use super::Case;
use crate::support::app::PASSWORD;
use crate::world::{CIP, FREE, NEWCOMER, OTHER, THIRD, Who, World};
use axum::http::StatusCode;

/// `n` four-byte characters: text that needs pages of its own (SQLite's overflow pages)
/// wherever it is stored, so storing it needs the file to grow.
fn big(n: usize) -> String {
    "🌱".repeat(n)
}

/// Every write route, each as the role that reaches it.
pub fn cases(w: &World) -> Vec<Case> {
    use Who::*;
    let (see, ok) = (StatusCode::SEE_OTHER, StatusCode::OK);
    let case = |name,
                who,
                page: Option<String>,
                action: String,
                fields: Vec<(&'static str, String)>,
                ok| Case {
        name,
        who,
        page,
        action,
        fields,
        whole: false,
        ok,
    };
    let same = |path: String| (Some(path.clone()), path);
    let moderate = |action: String| (Some("/moderate".to_string()), action);
    let s = |v: &str| v.to_string();
    let mut all = vec![];
    for (name, slug, kind) in [
        ("a safeguarding report", CIP, "safeguarding"),
        ("a report of wrong details", OTHER, "wrong-details"),
    ] {
        let (page, action) = same(format!("/projects/{slug}/report"));
        all.push(case(
            name,
            Anyone,
            page,
            action,
            vec![("kind", s(kind)), ("detail", big(4_900))],
            ok,
        ));
    }
    let (page, action) = same(format!("/projects/{FREE}/claim"));
    all.push(case(
        "a claim",
        Newcomer,
        page,
        action,
        vec![("statement", big(1_900))],
        ok,
    ));
    let (page, action) = same("/account/propose".into());
    all.push(case(
        "a proposal",
        Newcomer,
        page,
        action,
        vec![
            ("name", s("Refused Proposal Group")),
            ("organisation", s("Faults Proof")),
            ("summary", s("A group for dads.")),
            ("statement", big(1_900)),
        ],
        ok,
    ));
    for (name, who, slug) in [
        ("a queued edit", Keeper, THIRD),
        ("a published edit", Owner, CIP),
    ] {
        let (page, action) = same(format!("/manage/{slug}"));
        all.push(Case {
            whole: true,
            ..case(
                name,
                who,
                page,
                action,
                vec![("description", big(9_000))],
                see,
            )
        });
    }
    for (name, who, slug) in [
        ("a queued reflection", Keeper, THIRD),
        ("a published reflection", Owner, CIP),
    ] {
        let (page, action) = same(format!("/manage/{slug}/reflection"));
        all.push(case(
            name,
            who,
            page,
            action,
            vec![
                ("status_safe-and-nurturing", s("we-do-this")),
                ("how_safe-and-nurturing", big(9_000)),
                ("action", s("publish")),
            ],
            see,
        ));
    }
    let (page, action) = same(format!("/projects/{OTHER}/review"));
    all.push(case(
        "a peer review",
        Owner,
        page,
        action,
        vec![
            ("reviewer", s(CIP)),
            ("verdict_safe-and-nurturing", s("ask")),
            ("comment_safe-and-nurturing", big(1_900)),
            ("action", s("publish")),
        ],
        see,
    ));
    let r = w.review;
    all.push(case(
        "a reply to a review",
        Owner,
        Some(format!("/manage/{CIP}/reflection")),
        format!("/manage/{CIP}/reviews/{r}/reply"),
        vec![("reply", big(1_900))],
        see,
    ));
    for (name, id) in [
        ("a claim approved", w.claim),
        ("a proposal approved", w.proposal),
    ] {
        let (page, action) = moderate(format!("/moderate/claims/{id}"));
        all.push(case(
            name,
            Moderator,
            page,
            action,
            vec![("decision", s("approve")), ("reason", big(1_900))],
            see,
        ));
    }
    let (page, action) = moderate(format!("/moderate/edits/{}", w.edit));
    all.push(case(
        "an edit approved",
        Moderator,
        page,
        action,
        vec![("decision", s("approve")), ("reason", big(1_900))],
        see,
    ));
    let (page, action) = moderate(format!("/moderate/reports/{}", w.report));
    all.push(case(
        "a report resolved",
        Moderator,
        page,
        action,
        vec![("note", big(1_900))],
        see,
    ));
    let (page, action) = moderate(format!("/moderate/reviews/{r}/hide"));
    all.push(case(
        "a review hidden",
        Moderator,
        page,
        action,
        vec![("reason", big(1_900))],
        see,
    ));
    let (page, action) = moderate("/moderate/sign-in-links".into());
    all.push(case(
        "a one-time link made",
        Moderator,
        page,
        action,
        vec![("email", s(NEWCOMER))],
        ok,
    ));
    // Small writes: each table they add to is filled to its last byte first.
    all.push(case(
        "a shortlist",
        Anyone,
        None,
        "/shortlists".into(),
        vec![
            ("where", s("Glasgow")),
            ("keep", s(OTHER)),
            ("keep", s(CIP)),
        ],
        see,
    ));
    let (page, action) = same("/account/signup".into());
    all.push(case(
        "a sign-up",
        Anyone,
        page,
        action,
        vec![
            ("email", s("signed-up@faults.test")),
            ("password", s(PASSWORD)),
        ],
        see,
    ));
    let (page, action) = same("/account/login".into());
    all.push(case(
        "a sign-in",
        Anyone,
        page,
        action,
        vec![("email", s(NEWCOMER)), ("password", s(PASSWORD))],
        see,
    ));
    let (page, action) = same(format!("/account/once/{}", w.link));
    all.push(case(
        "a one-time link used",
        Anyone,
        page,
        action,
        vec![],
        see,
    ));
    all.push(case(
        "a listing confirmed",
        Owner,
        Some(format!("/manage/{CIP}")),
        format!("/manage/{CIP}/confirm"),
        vec![],
        see,
    ));
    // Archiving is asked on a page of its own first.
    all.push(case(
        "a listing archived",
        Owner,
        Some(format!("/manage/{CIP}/archive")),
        format!("/manage/{CIP}/archive"),
        vec![("confirm", s("yes"))],
        see,
    ));
    all
}
