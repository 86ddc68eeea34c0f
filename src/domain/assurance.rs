//! The peer-assurance route: published criteria a listing meets or not, never a score.
//!
//! A listing is peer-assured on the day it first met every criterion, and stays so for
//! [`ASSURANCE_MONTHS`] from that day unless it meets them again (renewal, which moves
//! the day on) or a moderator withdraws it. The criteria, on a day D:
//!
//! 1. a published self-assessment of every one of the five principles, each published in
//!    the [`ASSURANCE_MONTHS`] up to D;
//! 2. peer reviews by at least [`REVIEWS_NEEDED`] other projects, each published in that
//!    time and still shown, that review all five principles, with every principle either
//!    recognised or, where the reviewer asked about it, answered in the project's reply
//!    (given by D).
//!
//! [`assess`] is the whole rule, over what is stored: the listing's reflections, its
//! reviews and any withdrawals.

use super::community::{Review, Verdict};
use super::{Principle, Reflection, Slug};
use chrono::{DateTime, Months, NaiveDate, Utc};
use chrono_tz::Europe::London;

/// How long a self-assessment and reviews count, and how long assurance stands, in months.
pub const ASSURANCE_MONTHS: u32 = 12;

/// How many other projects must have reviewed the listing.
pub const REVIEWS_NEEDED: usize = 2;

/// One year's published reflection of a listing, kept beside the earlier years'.
#[derive(Debug, Clone, PartialEq)]
pub struct ReflectionYear {
    pub year: i32,
    /// One per principle published that year, in the principles' order.
    pub reflections: Vec<Reflection>,
}

/// A moderator's withdrawal of a listing's peer assurance.
#[derive(Debug, Clone, PartialEq)]
pub struct Withdrawal {
    pub at: DateTime<Utc>,
    pub actor: String,
    pub reason: String,
}

/// A review that counts towards assurance.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CountedReview {
    pub id: i64,
    pub reviewer: Slug,
    pub reviewer_name: String,
    pub on: NaiveDate,
}

/// What a listing still needs, as a recommendation in words.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Need {
    /// Publish a self-assessment of these principles (never published, or published more
    /// than [`ASSURANCE_MONTHS`] ago).
    SelfAssessment(Vec<Principle>),
    /// Ask other projects for this many more peer reviews.
    Reviews(usize),
    /// Reply to this review, answering what its reviewer asked.
    Reply { review: i64, reviewer_name: String },
    /// This review left principles out: a review of all five counts.
    WholeReview { review: i64, reviewer_name: String },
}

/// Where a listing stands on the route today.
#[derive(Debug, Clone, PartialEq)]
pub enum Standing {
    /// It met the criteria on `since`; assured until `until` unless renewed.
    Assured {
        since: NaiveDate,
        until: NaiveDate,
        reviews: Vec<CountedReview>,
    },
    /// It met them on `since`, and a moderator withdrew it afterwards.
    Withdrawn {
        since: NaiveDate,
        withdrawal: Withdrawal,
        needs: Vec<Need>,
    },
    /// Not assured: it never met them, or its assurance lapsed on `lapsed` (when given).
    NotYet {
        lapsed: Option<NaiveDate>,
        needs: Vec<Need>,
    },
}

impl Standing {
    pub fn is_assured(&self) -> bool {
        matches!(self, Standing::Assured { .. })
    }

    /// What the listing still needs (nothing when assured).
    pub fn needs(&self) -> &[Need] {
        match self {
            Standing::Assured { .. } => &[],
            Standing::Withdrawn { needs, .. } | Standing::NotYet { needs, .. } => needs,
        }
    }
}

/// The UK date of a moment.
fn day(at: DateTime<Utc>) -> NaiveDate {
    at.with_timezone(&London).date_naive()
}

/// The last day that no longer counts for day `on`: [`ASSURANCE_MONTHS`] before it.
fn window_start(on: NaiveDate) -> NaiveDate {
    on.checked_sub_months(Months::new(ASSURANCE_MONTHS))
        .unwrap_or(NaiveDate::MIN)
}

/// Whether `review`, as it stood on `on`, counts: shown, published in the window, by
/// another project, reviewing all five principles, each recognised or answered.
fn counts(review: &Review, reviewed: &Slug, on: NaiveDate) -> Result<(), Need> {
    let made = day(review.created_at);
    if review.hidden || review.reviewer == *reviewed || made > on || made <= window_start(on) {
        return Err(Need::Reviews(1));
    }
    if Principle::ALL
        .iter()
        .any(|p| !review.items.iter().any(|i| i.principle == *p))
    {
        return Err(Need::WholeReview {
            review: review.id,
            reviewer_name: review.reviewer_name.clone(),
        });
    }
    let asked = review.items.iter().any(|i| i.verdict == Verdict::Ask);
    let answered = review.reply.is_some() && review.replied_at.is_none_or(|at| day(at) <= on);
    if asked && !answered {
        return Err(Need::Reply {
            review: review.id,
            reviewer_name: review.reviewer_name.clone(),
        });
    }
    Ok(())
}

/// What is missing on day `on`; empty when every criterion is met.
fn missing(
    reflections: &[Reflection],
    reviews: &[Review],
    reviewed: &Slug,
    on: NaiveDate,
) -> (Vec<Need>, Vec<CountedReview>) {
    let mut needs = Vec::new();
    let from = window_start(on);
    let stale: Vec<Principle> = Principle::ALL
        .iter()
        .copied()
        .filter(|p| {
            !reflections
                .iter()
                .any(|r| r.principle == *p && r.published_on.is_some_and(|d| d > from && d <= on))
        })
        .collect();
    if !stale.is_empty() {
        needs.push(Need::SelfAssessment(stale));
    }
    let mut counted: Vec<CountedReview> = Vec::new();
    let mut fixable = Vec::new();
    // Newest first: a project's newest review that counts is the one shown.
    let mut newest_first: Vec<&Review> = reviews.iter().collect();
    newest_first.sort_by_key(|r| std::cmp::Reverse(r.created_at));
    for r in newest_first {
        if counted.iter().any(|c| c.reviewer == r.reviewer) {
            continue;
        }
        match counts(r, reviewed, on) {
            Ok(()) => counted.push(CountedReview {
                id: r.id,
                reviewer: r.reviewer.clone(),
                reviewer_name: r.reviewer_name.clone(),
                on: day(r.created_at),
            }),
            Err(need @ (Need::Reply { .. } | Need::WholeReview { .. })) => fixable.push(need),
            Err(_) => {}
        }
    }
    if counted.len() < REVIEWS_NEEDED {
        needs.extend(fixable);
        needs.push(Need::Reviews(REVIEWS_NEEDED - counted.len()));
    }
    (needs, counted)
}

/// The days on which the listing may have come to meet the criteria: each publishing of
/// a reflection, each review and each reply, up to `today`.
fn event_days(reflections: &[Reflection], reviews: &[Review], today: NaiveDate) -> Vec<NaiveDate> {
    let mut days: Vec<NaiveDate> = reflections
        .iter()
        .filter_map(|r| r.published_on)
        .chain(reviews.iter().map(|r| day(r.created_at)))
        .chain(reviews.iter().filter_map(|r| r.replied_at.map(day)))
        .filter(|d| *d <= today)
        .collect();
    days.sort_unstable();
    days.dedup();
    days
}

/// The last day up to `today` the listing met the criteria, and the reviews that counted.
fn last_met(
    reviewed: &Slug,
    reflections: &[Reflection],
    reviews: &[Review],
    today: NaiveDate,
) -> Option<(NaiveDate, Vec<CountedReview>)> {
    event_days(reflections, reviews, today)
        .into_iter()
        .rev()
        .find_map(|d| {
            let (needs, counted) = missing(reflections, reviews, reviewed, d);
            needs.is_empty().then_some((d, counted))
        })
}

/// Where listing `reviewed` stands on `today`: from its reflections (as stored: each
/// principle's newest), its reviews (hidden ones are ignored) and its withdrawals. After
/// a withdrawal the route starts again: only a self-assessment published, and reviews
/// made, after it count.
pub fn assess(
    reviewed: &Slug,
    reflections: &[Reflection],
    reviews: &[Review],
    withdrawals: &[Withdrawal],
    today: NaiveDate,
) -> Standing {
    let last = withdrawals.iter().max_by_key(|w| w.at);
    let (fresh_refl, fresh_reviews): (Vec<Reflection>, Vec<Review>) = match last {
        None => (reflections.to_vec(), reviews.to_vec()),
        Some(w) => (
            reflections
                .iter()
                .filter(|r| r.published_on.is_some_and(|d| d > day(w.at)))
                .cloned()
                .collect(),
            reviews
                .iter()
                .filter(|r| r.created_at > w.at)
                .cloned()
                .collect(),
        ),
    };
    let (needs, _) = missing(&fresh_refl, &fresh_reviews, reviewed, today);
    if let Some((since, counted)) = last_met(reviewed, &fresh_refl, &fresh_reviews, today) {
        let until = since
            .checked_add_months(Months::new(ASSURANCE_MONTHS))
            .unwrap_or(NaiveDate::MAX);
        if today < until {
            return Standing::Assured {
                since,
                until,
                reviews: counted,
            };
        }
        return Standing::NotYet {
            lapsed: Some(until),
            needs,
        };
    }
    if let Some(w) = last
        && let Some((since, _)) = last_met(reviewed, reflections, reviews, day(w.at))
    {
        return Standing::Withdrawn {
            since,
            withdrawal: w.clone(),
            needs,
        };
    }
    Standing::NotYet {
        lapsed: None,
        needs,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::ReflectionStatus;
    use crate::domain::community::ReviewItem;
    use chrono::TimeZone;

    fn slug(s: &str) -> Slug {
        Slug::parse(s).unwrap()
    }

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }

    fn at(on: NaiveDate) -> DateTime<Utc> {
        Utc.from_utc_datetime(&on.and_hms_opt(12, 0, 0).unwrap())
    }

    fn reflections(on: NaiveDate) -> Vec<Reflection> {
        Principle::ALL
            .iter()
            .map(|p| Reflection {
                principle: *p,
                status: ReflectionStatus::WeDoThis,
                how: "We do.".into(),
                evidence: String::new(),
                next_steps: String::new(),
                published_on: Some(on),
            })
            .collect()
    }

    fn review(id: i64, by: &str, on: NaiveDate, verdict: Verdict) -> Review {
        Review {
            id,
            reviewer: slug(by),
            reviewer_name: by.to_string(),
            reviewed: slug("ours"),
            items: Principle::ALL
                .iter()
                .map(|p| ReviewItem {
                    principle: *p,
                    verdict,
                    comment: "Seen.".into(),
                })
                .collect(),
            reply: None,
            replied_at: None,
            hidden: false,
            hidden_reason: None,
            created_at: at(on),
            account_id: 1,
        }
    }

    #[test]
    fn two_whole_reviews_by_other_projects_and_a_self_assessment_assure_for_a_year() {
        let ours = slug("ours");
        let refl = reflections(d(2026, 1, 10));
        let reviews = [
            review(1, "group-a", d(2026, 2, 1), Verdict::Recognise),
            review(2, "group-b", d(2026, 3, 1), Verdict::Recognise),
        ];
        let s = assess(&ours, &refl, &reviews, &[], d(2026, 4, 1));
        let Standing::Assured {
            since,
            until,
            reviews: counted,
        } = s
        else {
            panic!("{s:?}")
        };
        assert_eq!((since, until), (d(2026, 3, 1), d(2027, 3, 1)));
        assert_eq!(counted.len(), 2);
        // A year on, without renewal, it has lapsed.
        let later = assess(&ours, &refl, &reviews, &[], d(2027, 3, 1));
        assert!(matches!(later, Standing::NotYet { lapsed: Some(l), .. } if l == d(2027, 3, 1)));
    }

    #[test]
    fn two_reviews_by_one_project_or_an_unanswered_question_do_not_count() {
        let ours = slug("ours");
        let refl = reflections(d(2026, 1, 10));
        let same = [
            review(1, "group-a", d(2026, 2, 1), Verdict::Recognise),
            review(2, "group-a", d(2026, 3, 1), Verdict::Recognise),
        ];
        let s = assess(&ours, &refl, &same, &[], d(2026, 4, 1));
        assert_eq!(s.needs(), [Need::Reviews(1)]);
        let mut asked = [
            review(1, "group-a", d(2026, 2, 1), Verdict::Recognise),
            review(2, "group-b", d(2026, 3, 1), Verdict::Ask),
        ];
        let s = assess(&ours, &refl, &asked, &[], d(2026, 4, 1));
        assert!(s.needs().contains(&Need::Reply {
            review: 2,
            reviewer_name: "group-b".into()
        }));
        asked[1].reply = Some("We train every volunteer.".into());
        asked[1].replied_at = Some(at(d(2026, 3, 20)));
        let s = assess(&ours, &refl, &asked, &[], d(2026, 4, 1));
        assert!(matches!(s, Standing::Assured { since, .. } if since == d(2026, 3, 20)));
    }

    #[test]
    fn a_withdrawal_stands_until_the_criteria_are_met_again() {
        let ours = slug("ours");
        let refl = reflections(d(2026, 1, 10));
        let mut reviews = vec![
            review(1, "group-a", d(2026, 2, 1), Verdict::Recognise),
            review(2, "group-b", d(2026, 3, 1), Verdict::Recognise),
        ];
        let w = Withdrawal {
            at: at(d(2026, 3, 5)),
            actor: "mod".into(),
            reason: "A safeguarding concern.".into(),
        };
        let s = assess(
            &ours,
            &refl,
            &reviews,
            std::slice::from_ref(&w),
            d(2026, 4, 1),
        );
        assert!(matches!(s, Standing::Withdrawn { .. }), "{s:?}");
        // Starting again: a new review alone is not enough, the old ones no longer count.
        reviews.push(review(3, "group-c", d(2026, 6, 1), Verdict::Recognise));
        let s = assess(
            &ours,
            &refl,
            &reviews,
            std::slice::from_ref(&w),
            d(2026, 7, 1),
        );
        assert!(matches!(s, Standing::Withdrawn { .. }), "{s:?}");
        let refl = reflections(d(2026, 6, 2));
        reviews.push(review(4, "group-a", d(2026, 6, 3), Verdict::Recognise));
        let s = assess(&ours, &refl, &reviews, &[w], d(2026, 7, 1));
        assert!(
            matches!(s, Standing::Assured { since, .. } if since == d(2026, 6, 3)),
            "{s:?}"
        );
    }

    #[test]
    fn a_self_assessment_older_than_a_year_is_asked_for_again() {
        let ours = slug("ours");
        let mut refl = reflections(d(2025, 1, 10));
        refl[2].published_on = Some(d(2026, 1, 1));
        let s = assess(&ours, &refl, &[], &[], d(2026, 3, 1));
        let needs = s.needs();
        assert_eq!(
            needs[0],
            Need::SelfAssessment(vec![
                Principle::SafeNurturing,
                Principle::AccessibleInclusive,
                Principle::LivedExperience,
                Principle::BenefitsEveryone
            ])
        );
        assert_eq!(needs[1], Need::Reviews(2));
    }
}
