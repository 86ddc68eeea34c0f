//! Peer assurance in storage, on both backends: each year's published reflection kept
//! beside the earlier ones, a withdrawal with its history entry in one write, and the
//! recorded peer-assured set the directory's filter reads.

use super::fixtures::{d, seed, slug};
use crate::support::TestDb;
use peermap::domain::community::{ReviewItem, Role, Verdict};
use peermap::domain::{Principle, Reflection, ReflectionStatus};

on_both_backends!(
    each_years_reflection_is_kept,
    withdrawals_and_the_assured_set,
    support_offers_are_replaced_and_kept_in_the_history
);

async fn support_offers_are_replaced_and_kept_in_the_history(db: TestDb) {
    use peermap::domain::LatLng;
    use peermap::domain::support::{OfferPlace, SupportKind, SupportOffer};
    let s = &db.store;
    seed(&db).await;
    let q = slug("quarriers");
    let blackpool = SupportOffer {
        kind: SupportKind::Supervision,
        place: Some(OfferPlace {
            label: "Blackpool".into(),
            location: LatLng::new(53.8175, -3.0357).unwrap(),
        }),
        online: true,
    };
    let online = SupportOffer {
        kind: SupportKind::Mentoring,
        place: None,
        online: true,
    };
    let at = chrono::Utc::now();
    s.set_support_offers(&q, &[blackpool.clone(), online.clone()], "k@x.test", at)
        .await
        .unwrap();
    // By kind, as stored.
    let mut stored = s.support_offers_of(&q).await.unwrap();
    stored.sort_by_key(|o| o.kind);
    assert_eq!(stored, [blackpool.clone(), online.clone()]);
    s.set_support_offers(&q, std::slice::from_ref(&online), "k@x.test", at)
        .await
        .unwrap();
    assert_eq!(
        s.support_offers_of(&q).await.unwrap(),
        std::slice::from_ref(&online)
    );
    let all = s.all_support_offers().await.unwrap();
    assert_eq!(all.len(), 1);
    assert_eq!(
        (all[0].0.as_str(), all[0].1.as_str()),
        ("quarriers", "Quarriers")
    );
    let changes: Vec<_> = s
        .history(&q)
        .await
        .unwrap()
        .into_iter()
        .filter(|h| h.field == "support offers")
        .collect();
    assert_eq!(changes.len(), 2);
    assert!(
        changes[1]
            .old_value
            .as_deref()
            .unwrap()
            .contains("Blackpool")
    );
    assert_eq!(changes[1].actor, "k@x.test");
}

fn reflection(p: Principle, how: &str, on: chrono::NaiveDate) -> Reflection {
    Reflection {
        principle: p,
        status: ReflectionStatus::WorkingTowards,
        how: how.to_string(),
        evidence: String::new(),
        next_steps: "More training.".to_string(),
        published_on: Some(on),
    }
}

async fn each_years_reflection_is_kept(db: TestDb) {
    let s = &db.store;
    seed(&db).await;
    let q = slug("quarriers");
    let mut project = s.get(&q).await.unwrap().unwrap().project;
    project.reflections = vec![reflection(Principle::SafeNurturing, "Then.", d(2025, 3, 1))];
    s.save(&project, "test", false).await.unwrap();
    // Changed the same year: that year's is replaced.
    project.reflections = vec![reflection(
        Principle::SafeNurturing,
        "Then, again.",
        d(2025, 6, 1),
    )];
    s.save(&project, "test", false).await.unwrap();
    // The next year's, and a draft, which is not kept.
    project.reflections = vec![
        reflection(Principle::SafeNurturing, "Now.", d(2026, 3, 1)),
        Reflection {
            published_on: None,
            ..reflection(Principle::BenefitsEveryone, "Draft.", d(2026, 3, 1))
        },
    ];
    s.save(&project, "test", false).await.unwrap();
    let years = s.reflection_years(&q).await.unwrap();
    let shown: Vec<(i32, Vec<&str>)> = years
        .iter()
        .map(|y| {
            (
                y.year,
                y.reflections.iter().map(|r| r.how.as_str()).collect(),
            )
        })
        .collect();
    assert_eq!(shown, [(2026, vec!["Now."]), (2025, vec!["Then, again."])]);
    assert_eq!(years[1].reflections[0].published_on, Some(d(2025, 6, 1)));
    assert_eq!(years[1].reflections[0].next_steps, "More training.");
}

async fn withdrawals_and_the_assured_set(db: TestDb) {
    let s = &db.store;
    seed(&db).await;
    let cip = slug("community-intercultural-programme");
    let m = s
        .create_account("m@x.test", "h", Role::Moderator)
        .await
        .unwrap()
        .unwrap();
    let before = s.last_change().await.unwrap();
    let at = chrono::Utc::now();
    let tx = s.begin().await.unwrap();
    assert!(
        tx.withdraw_assurance(&cip, &m, "Concern raised.", at)
            .await
            .unwrap()
    );
    drop(tx);
    // Rolled back: neither the withdrawal nor its history entry.
    assert!(s.withdrawals_of(&cip).await.unwrap().is_empty());
    assert!(
        !s.history(&cip)
            .await
            .unwrap()
            .iter()
            .any(|h| h.field == "peer assurance withdrawn")
    );
    assert!(
        s.withdraw_assurance(&cip, &m, "Concern raised.", at)
            .await
            .unwrap()
    );
    let kept = s.withdrawals_of(&cip).await.unwrap();
    assert_eq!(kept.len(), 1);
    assert_eq!(
        (kept[0].actor.as_str(), kept[0].reason.as_str()),
        ("m@x.test", "Concern raised.")
    );
    let entry = s
        .history(&cip)
        .await
        .unwrap()
        .into_iter()
        .find(|h| h.field == "peer assurance withdrawn")
        .unwrap();
    assert!(entry.new_value.unwrap().contains("Concern raised."));
    assert!(
        s.last_change().await.unwrap() > before,
        "in the change feed"
    );
    assert!(
        !s.withdraw_assurance(&slug("no-such-listing"), &m, "x", at)
            .await
            .unwrap()
    );

    // The recorded set is replaced whole.
    let q = slug("quarriers");
    s.set_assured(&[cip.clone(), q.clone()]).await.unwrap();
    assert_eq!(s.assured_slugs().await.unwrap(), [cip.clone(), q.clone()]);
    s.set_assured(std::slice::from_ref(&q)).await.unwrap();
    assert_eq!(s.assured_slugs().await.unwrap(), [q]);
    // Replies are in the change feed too (they can complete assurance).
    let a = s
        .create_account("a@x.test", "h", Role::Maintainer)
        .await
        .unwrap()
        .unwrap();
    let items = [ReviewItem {
        principle: Principle::SafeNurturing,
        verdict: Verdict::Ask,
        comment: "How?".into(),
    }];
    let id = s
        .create_review(&slug("quarriers"), &cip, a.id, &items)
        .await
        .unwrap();
    let before = s.last_change().await.unwrap();
    assert!(s.reply_review(id, "Like this.").await.unwrap());
    assert!(s.last_change().await.unwrap() > before);
    assert!(s.review(id).await.unwrap().unwrap().replied_at.is_some());
}
