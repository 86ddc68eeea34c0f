//! The community storage (accounts, sessions, claims, maintainers, edits, reports,
//! reviews) on both backends.

use super::fixtures::{seed, slug};
use crate::support::TestDb;
use chrono::{Duration, Utc};
use peermap::domain::Principle;
use peermap::domain::community::{Decision, ReportKind, ReviewItem, Role, Verdict};

on_both_backends!(
    accounts_and_sessions,
    one_time_sign_in_links,
    account_tokens_and_sessions_of_an_account,
    claims_maintainers_and_edits,
    reports_and_reviews
);

/// Sign-up makes an unverified account (an operator's is verified); an e-mailed link is
/// for one purpose, works once and not after it expires; a password change can end every
/// session of the account but one.
async fn account_tokens_and_sessions_of_an_account(db: TestDb) {
    use peermap::store::TokenPurpose::{Reset, Verify};
    let s = &db.store;
    let made = s
        .create_account("op@x.test", "h", Role::Maintainer)
        .await
        .unwrap()
        .unwrap();
    assert!(
        s.is_verified(made.id).await.unwrap(),
        "an operator's account"
    );
    let a = s.sign_up_account("a@x.test", "h").await.unwrap().unwrap();
    assert!(s.sign_up_account("a@x.test", "h").await.unwrap().is_none());
    assert!(!s.is_verified(a.id).await.unwrap());
    let now = Utc::now();
    let later = now + Duration::hours(1);
    s.create_account_token(a.id, "v1", Verify, Some("/projects/x/claim"), later)
        .await
        .unwrap();
    s.create_account_token(a.id, "r1", Reset, None, later)
        .await
        .unwrap();
    s.create_account_token(a.id, "old", Reset, None, Utc::now() - Duration::seconds(1))
        .await
        .unwrap();
    assert!(
        s.account_token("v1", Reset, now).await.unwrap().is_none(),
        "one purpose"
    );
    assert_eq!(
        s.account_token("r1", Reset, now).await.unwrap().unwrap().id,
        a.id
    );
    assert!(
        s.account_token("old", Reset, now).await.unwrap().is_none(),
        "expired"
    );
    let after = now + Duration::hours(2);
    assert!(
        s.account_token("r1", Reset, after).await.unwrap().is_none(),
        "expired at the time asked about"
    );
    assert!(
        s.use_account_token("r1", Reset, after)
            .await
            .unwrap()
            .is_none()
    );
    assert!(
        s.use_account_token("old", Reset, now)
            .await
            .unwrap()
            .is_none()
    );
    assert_eq!(
        s.use_account_token("v1", Verify, now).await.unwrap(),
        Some((a.id, Some("/projects/x/claim".to_string())))
    );
    assert!(
        s.use_account_token("v1", Verify, now)
            .await
            .unwrap()
            .is_none(),
        "once"
    );
    s.mark_verified(a.id).await.unwrap();
    assert!(s.is_verified(a.id).await.unwrap());

    let hour = Utc::now() + Duration::hours(1);
    for id in ["one", "two", "three"] {
        s.session_save(id, "{}", hour, Some(a.id)).await.unwrap();
    }
    s.session_save("theirs", "{}", hour, Some(made.id))
        .await
        .unwrap();
    s.session_save("anon", "{}", hour, None).await.unwrap();
    assert_eq!(s.end_sessions(a.id, "two").await.unwrap(), 2);
    assert!(s.session_load("one").await.unwrap().is_none());
    assert!(
        s.session_load("two").await.unwrap().is_some(),
        "the one kept"
    );
    assert!(s.session_load("theirs").await.unwrap().is_some());
    assert!(s.session_load("anon").await.unwrap().is_some());
}

/// A link signs in once: looking it up does not use it; using it does; an expired one
/// signs nobody in.
async fn one_time_sign_in_links(db: TestDb) {
    let s = &db.store;
    let moderator = s
        .create_account("m@x.test", "h", Role::Moderator)
        .await
        .unwrap()
        .unwrap();
    let person = s
        .create_account("p@x.test", "h", Role::Maintainer)
        .await
        .unwrap()
        .unwrap();
    let now = Utc::now();
    let later = now + Duration::hours(1);
    assert!(
        s.create_sign_in_link("p@x.test", "fresh", moderator.id, later)
            .await
            .unwrap()
    );
    assert!(
        !s.create_sign_in_link("nobody@x.test", "x", moderator.id, later)
            .await
            .unwrap()
    );
    let after = now + Duration::hours(2);
    assert!(
        s.sign_in_link("fresh", after).await.unwrap().is_none(),
        "expired at the time asked about"
    );
    assert!(s.use_sign_in_link("fresh", after).await.unwrap().is_none());
    for _ in 0..2 {
        let found = s.sign_in_link("fresh", now).await.unwrap().unwrap();
        assert_eq!(found.id, person.id, "looking it up leaves it unused");
    }
    assert_eq!(
        s.use_sign_in_link("fresh", now).await.unwrap().unwrap().id,
        person.id
    );
    assert!(s.sign_in_link("fresh", now).await.unwrap().is_none());
    assert!(
        s.use_sign_in_link("fresh", now).await.unwrap().is_none(),
        "once only"
    );
    let earlier = Utc::now() - Duration::hours(1);
    assert!(
        s.create_sign_in_link("p@x.test", "stale", moderator.id, earlier)
            .await
            .unwrap()
    );
    assert!(s.sign_in_link("stale", now).await.unwrap().is_none());
    assert!(s.use_sign_in_link("stale", now).await.unwrap().is_none());
    assert!(s.sign_in_link("unknown", now).await.unwrap().is_none());
}

async fn accounts_and_sessions(db: TestDb) {
    let s = &db.store;
    let a = s
        .create_account("a@x.test", "$argon2id$hash", Role::Maintainer)
        .await
        .unwrap()
        .unwrap();
    assert!(
        s.create_account("a@x.test", "other", Role::Maintainer)
            .await
            .unwrap()
            .is_none(),
        "e-mail is unique"
    );
    let (found, hash) = s.login_lookup("a@x.test").await.unwrap().unwrap();
    assert_eq!(
        (found.id, hash.as_str(), found.role),
        (a.id, "$argon2id$hash", Role::Maintainer)
    );
    assert!(s.set_role("a@x.test", Role::Moderator).await.unwrap());
    assert!(!s.set_role("nobody@x.test", Role::Moderator).await.unwrap());
    assert_eq!(
        s.account(a.id).await.unwrap().unwrap().role,
        Role::Moderator
    );

    s.session_save("sid", "{\"v\":1}", Utc::now() + Duration::hours(1), None)
        .await
        .unwrap();
    s.session_save("sid", "{\"v\":2}", Utc::now() + Duration::hours(1), None)
        .await
        .unwrap();
    assert_eq!(
        s.session_load("sid").await.unwrap().as_deref(),
        Some("{\"v\":2}")
    );
    s.session_save("old", "{}", Utc::now() - Duration::seconds(1), None)
        .await
        .unwrap();
    assert!(
        s.session_load("old").await.unwrap().is_none(),
        "expired sessions do not load"
    );
    s.session_delete("sid").await.unwrap();
    assert!(s.session_load("sid").await.unwrap().is_none());
}

async fn claims_maintainers_and_edits(db: TestDb) {
    let s = &db.store;
    seed(&db).await;
    let a = s
        .create_account("a@x.test", "h", Role::Maintainer)
        .await
        .unwrap()
        .unwrap();
    let m = s
        .create_account("m@x.test", "h", Role::Moderator)
        .await
        .unwrap()
        .unwrap();
    let cip = slug("community-intercultural-programme");
    let claim = s
        .create_claim(a.id, Some(&cip), None, "I run it")
        .await
        .unwrap();
    let mut proposal = s.get(&cip).await.unwrap().unwrap().project;
    proposal.slug = slug("a-new-one");
    let propose = s
        .create_claim(a.id, None, Some(&proposal), "New")
        .await
        .unwrap();
    let pending = s.claims(true).await.unwrap();
    assert_eq!(
        pending.iter().map(|c| c.id).collect::<Vec<_>>(),
        [propose, claim]
    );
    assert_eq!(
        pending[0].proposal.as_ref().unwrap().slug.as_str(),
        "a-new-one"
    );
    assert_eq!(pending[1].project.as_ref(), Some(&cip));
    assert!(
        s.decide_claim(claim, Decision::Approved, None, m.id, None)
            .await
            .unwrap()
    );
    assert!(
        !s.decide_claim(claim, Decision::Rejected, Some("late"), m.id, None)
            .await
            .unwrap(),
        "decided once"
    );
    assert_eq!(
        s.claims_of(a.id)
            .await
            .unwrap()
            .iter()
            .find(|c| c.id == claim)
            .unwrap()
            .status,
        Decision::Approved
    );

    assert_eq!(s.maintainer_of(&cip, a.id).await.unwrap(), None);
    s.add_maintainer(&cip, a.id).await.unwrap();
    s.add_maintainer(&cip, a.id).await.unwrap();
    assert_eq!(s.maintainer_of(&cip, a.id).await.unwrap(), Some(false));
    s.set_trusted(&cip, a.id).await.unwrap();
    assert_eq!(s.maintainer_of(&cip, a.id).await.unwrap(), Some(true));
    let name = s.get(&cip).await.unwrap().unwrap().project.name;
    assert_eq!(s.projects_of(a.id).await.unwrap(), [(cip.clone(), name)]);

    let base = s.get(&cip).await.unwrap().unwrap().project;
    let mut edited = base.clone();
    edited.summary = "Edited".into();
    let e = s.submit_edit(&cip, a.id, &edited, &base).await.unwrap();
    let waiting = s.pending_edits().await.unwrap();
    assert_eq!(waiting.len(), 1);
    assert_eq!(waiting[0].proposal, edited);
    assert_eq!(
        waiting[0].base.as_ref(),
        Some(&base),
        "the edit keeps what it was made from"
    );
    assert!(
        s.decide_edit(e, Decision::Rejected, Some("No"), m.id)
            .await
            .unwrap()
    );
    assert!(s.pending_edits().await.unwrap().is_empty());
    assert_eq!(
        s.pending_edit(e).await.unwrap().unwrap().status,
        Decision::Rejected
    );
}

async fn reports_and_reviews(db: TestDb) {
    let s = &db.store;
    seed(&db).await;
    let a = s
        .create_account("a@x.test", "h", Role::Maintainer)
        .await
        .unwrap()
        .unwrap();
    let m = s
        .create_account("m@x.test", "h", Role::Moderator)
        .await
        .unwrap()
        .unwrap();
    let cip = slug("community-intercultural-programme");
    let q = slug("quarriers");

    let r = s
        .create_report(&cip, ReportKind::Safeguarding, "Concern")
        .await
        .unwrap();
    assert_eq!(
        s.reports(true).await.unwrap()[0].kind,
        ReportKind::Safeguarding
    );
    assert!(s.resolve_report(r, m.id, "Passed on").await.unwrap());
    assert!(s.reports(true).await.unwrap().is_empty());
    assert_eq!(
        s.reports(false).await.unwrap()[0].note.as_deref(),
        Some("Passed on")
    );

    let items = vec![ReviewItem {
        principle: Principle::SafeNurturing,
        verdict: Verdict::Ask,
        comment: "How?".into(),
    }];
    let id = s.create_review(&q, &cip, a.id, &items).await.unwrap();
    let review = s.review(id).await.unwrap().unwrap();
    assert_eq!(
        (
            review.reviewer.as_str(),
            review.reviewed.as_str(),
            review.items.clone()
        ),
        ("quarriers", cip.as_str(), items)
    );
    assert_eq!(s.latest_review(&q, &cip).await.unwrap().unwrap().id, id);
    assert_eq!(
        s.reviewed_slugs().await.unwrap(),
        std::slice::from_ref(&cip)
    );
    assert_eq!(review.account_id, a.id);
    // A change replaces the items and keeps what it said before in the history.
    let changed = vec![ReviewItem {
        principle: Principle::SafeNurturing,
        verdict: Verdict::Ask,
        comment: "How, exactly?".into(),
    }];
    let at = chrono::Utc::now();
    assert!(s.change_review(id, &changed, "a@x.test", at).await.unwrap());
    assert!(
        !s.change_review(id + 1000, &changed, "a@x.test", at)
            .await
            .unwrap()
    );
    assert_eq!(s.review(id).await.unwrap().unwrap().items, changed);
    let history = s.recent_history(5).await.unwrap();
    assert_eq!(history[0].1.field, "peer review changed");
    assert_eq!(history[0].1.actor, "a@x.test");
    assert!(
        history[0]
            .1
            .old_value
            .as_deref()
            .unwrap()
            .contains("\"How?\"")
    );
    assert!(
        history[0]
            .1
            .new_value
            .as_deref()
            .unwrap()
            .contains("How, exactly?")
    );
    assert!(s.reply_review(id, "Like this").await.unwrap());
    assert!(!s.reply_review(id, "Again").await.unwrap(), "one reply");
    assert!(s.hide_review(id, &m, "Off topic").await.unwrap());
    assert!(!s.hide_review(id, &m, "Again").await.unwrap());
    assert!(s.reviews_of(&cip, false).await.unwrap().is_empty());
    assert_eq!(
        s.reviews_of(&cip, true).await.unwrap()[0]
            .hidden_reason
            .as_deref(),
        Some("Off topic")
    );
    assert!(s.reviewed_slugs().await.unwrap().is_empty());
    let history = s.recent_history(5).await.unwrap();
    assert_eq!(history[0].0, cip);
    assert_eq!(history[0].1.field, "peer review hidden");
    assert_eq!(history[0].1.actor, "m@x.test");
}
