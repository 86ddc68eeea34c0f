use super::*;
use crate::domain::support::SupportKind;
use chrono::NaiveDate;

/// Every reason, with what it names.
fn every() -> Vec<Refusal> {
    let day = |m, d| NaiveDate::from_ymd_opt(2026, m, d).unwrap();
    vec![
        Refusal::NoSuchListing,
        Refusal::NoSuchReview,
        Refusal::NoSuchVisibleReview,
        Refusal::NoSuchRequest,
        Refusal::NoSuchChange,
        Refusal::ListingGone,
        Refusal::LinkInvalid,
        Refusal::LinkExpired,
        Refusal::LinkListingHidden,
        Refusal::LinkAlreadyUsed,
        Refusal::AlreadyReplied,
        Refusal::OnlyModeratorWithdraws,
        Refusal::NotAssured,
        Refusal::RequestDecided,
        Refusal::ChangeDecided,
        Refusal::OwnRequest,
        Refusal::ListingExists {
            slug: "cardiff-peer-circle".into(),
        },
        Refusal::RequestNamesNoListing,
        Refusal::ChangeConflicts {
            fields: vec!["schedule_note".into(), "summary".into()],
        },
        Refusal::ChangeConflicts {
            fields: vec![WHOLE_LISTING.into()],
        },
        Refusal::NotOffered {
            name: "Cardiff Peer Circle".into(),
            kind: SupportKind::Mentoring,
        },
        Refusal::NobodyKeeps {
            name: "Cardiff Peer Circle".into(),
        },
        Refusal::TooLate {
            published: day(3, 1),
            again: day(9, 1),
        },
        Refusal::OnlyWritersChange,
        Refusal::OwnReview,
    ]
}

#[test]
fn english_reads_as_the_use_case_words_it() {
    for r in every() {
        assert_eq!(message(Lang::En, &r), r.to_string());
    }
}

#[test]
fn welsh_has_its_own_words_for_every_reason() {
    for r in every() {
        let welsh = message(Lang::Cy, &r);
        assert_ne!(welsh, r.to_string());
        for english in [" the ", "There is", "This ", "You "] {
            assert!(!welsh.contains(english), "{welsh}");
        }
    }
}

#[test]
fn welsh_keeps_what_a_refusal_names() {
    let r = Refusal::NotOffered {
        name: "Cardiff Peer Circle".into(),
        kind: SupportKind::Mentoring,
    };
    let welsh = message(Lang::Cy, &r);
    assert!(welsh.contains("Cardiff Peer Circle"), "{welsh}");
    assert!(
        welsh.contains(&Lang::Cy.t("support-kind-mentoring")),
        "{welsh}"
    );
    let late = Refusal::TooLate {
        published: NaiveDate::from_ymd_opt(2026, 3, 1).unwrap(),
        again: NaiveDate::from_ymd_opt(2026, 9, 1).unwrap(),
    };
    let welsh = message(Lang::Cy, &late);
    assert!(welsh.contains("1 Mawrth 2026"), "{welsh}");
    assert!(welsh.contains("14"), "{welsh}");
    let fields = Refusal::ChangeConflicts {
        fields: vec!["summary".into()],
    };
    assert!(message(Lang::Cy, &fields).contains(&Lang::Cy.t("check-field-summary")));
}
