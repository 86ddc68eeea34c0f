//! How current a listing is, from the day it was last confirmed, and the clock that says
//! what day it is.
//!
//! A listing ages from the day its project last confirmed it (`last_confirmed`); one never
//! confirmed ages from the day it was added to peermap (`listed_on`, the database's
//! `created_at`), so the starting listings from `data/projects.json` age from the day they
//! were loaded, not from a date we do not know. A listing with neither date (one not yet
//! stored) counts as fresh.

use super::Project;
use chrono::{DateTime, Months, NaiveDate, Utc};
use chrono_tz::Europe::London;
use serde::Serialize;
use std::fmt;
use std::sync::Arc;

/// Months after which the project is asked whether the listing is still right.
pub const REMINDER_MONTHS: u32 = 11;
/// Months after which the listing is marked as possibly out of date.
pub const STALE_MONTHS: u32 = 12;
/// Months after which the listing leaves search results, the map and sheets.
pub const RETIRED_MONTHS: u32 = 18;

/// What time it is: the system clock, or one a test moves.
#[derive(Clone)]
pub struct Clock(Arc<dyn Fn() -> DateTime<Utc> + Send + Sync>);

impl Clock {
    /// The system clock.
    pub fn system() -> Self {
        Clock(Arc::new(Utc::now))
    }

    /// A clock that asks `now` for the time.
    pub fn from_fn(now: impl Fn() -> DateTime<Utc> + Send + Sync + 'static) -> Self {
        Clock(Arc::new(now))
    }

    pub fn now(&self) -> DateTime<Utc> {
        (self.0)()
    }

    /// Today in the UK.
    pub fn today(&self) -> NaiveDate {
        london_date(self.now())
    }
}

impl Default for Clock {
    fn default() -> Self {
        Clock::system()
    }
}

impl fmt::Debug for Clock {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "Clock({})", self.now())
    }
}

/// The UK date of an instant.
pub fn london_date(at: DateTime<Utc>) -> NaiveDate {
    at.with_timezone(&London).date_naive()
}

/// How current a listing is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, utoipa::ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum Freshness {
    /// Confirmed (or added) less than 11 months ago.
    Fresh,
    /// 11 months or more: the project should be asked whether it is still right.
    ReminderDue,
    /// 12 months or more: shown as possibly out of date.
    Stale,
    /// 18 months or more: kept, but out of search results, the map and sheets.
    Retired,
}

impl Freshness {
    /// Marked "may be out of date" wherever it appears.
    pub fn is_stale(self) -> bool {
        self >= Freshness::Stale
    }

    pub fn is_retired(self) -> bool {
        self == Freshness::Retired
    }
}

/// Where a listing's age is counted from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Age {
    /// The day it was last confirmed, or added.
    pub since: NaiveDate,
    /// Whether `since` is a confirmation (otherwise it is the day it was added).
    pub confirmed: bool,
}

/// How current a listing is, as the API says it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, utoipa::ToSchema)]
pub struct FreshnessReport {
    pub state: Freshness,
    /// Marked "may be out of date" (12 months or more).
    pub stale: bool,
    /// Out of search results, the map and sheets (18 months or more).
    pub retired: bool,
    /// The day it was last confirmed, if ever.
    pub last_confirmed: Option<NaiveDate>,
    /// The day its age is counted from: its last confirmation, or the day it was added.
    pub since: Option<NaiveDate>,
}

impl Project {
    /// [`Project::freshness`] with the dates it is counted from.
    pub fn freshness_report(&self, today: NaiveDate) -> FreshnessReport {
        let state = self.freshness(today);
        FreshnessReport {
            state,
            stale: state.is_stale(),
            retired: state.is_retired(),
            last_confirmed: self.last_confirmed,
            since: self.age().map(|a| a.since),
        }
    }

    /// The day this listing's age is counted from.
    pub fn age(&self) -> Option<Age> {
        Age::of(self.last_confirmed, self.listed_on)
    }

    /// How current this listing is on `today`.
    pub fn freshness(&self, today: NaiveDate) -> Freshness {
        self.age()
            .map_or(Freshness::Fresh, |age| age.freshness(today))
    }
}

impl Age {
    /// A listing's age from its last confirmation, or else the day it was added; `None`
    /// with neither (a listing not yet stored).
    pub fn of(last_confirmed: Option<NaiveDate>, listed_on: Option<NaiveDate>) -> Option<Age> {
        match (last_confirmed, listed_on) {
            (Some(since), _) => Some(Age {
                since,
                confirmed: true,
            }),
            (None, Some(since)) => Some(Age {
                since,
                confirmed: false,
            }),
            (None, None) => None,
        }
    }

    /// How current a listing of this age is on `today`.
    pub fn freshness(self, today: NaiveDate) -> Freshness {
        let reached = |months| {
            self.since
                .checked_add_months(Months::new(months))
                .is_some_and(|limit| limit <= today)
        };
        if reached(RETIRED_MONTHS) {
            Freshness::Retired
        } else if reached(STALE_MONTHS) {
            Freshness::Stale
        } else if reached(REMINDER_MONTHS) {
            Freshness::ReminderDue
        } else {
            Freshness::Fresh
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }

    #[test]
    fn a_listing_ages_from_its_confirmation_or_else_the_day_it_was_added() {
        let mut p = crate::domain::validate::tests::sample();
        p.listed_on = Some(d(2025, 1, 10));
        assert_eq!(p.freshness(d(2025, 12, 9)), Freshness::Fresh);
        assert_eq!(p.freshness(d(2025, 12, 10)), Freshness::ReminderDue);
        assert_eq!(p.freshness(d(2026, 1, 10)), Freshness::Stale);
        assert_eq!(p.freshness(d(2026, 7, 9)), Freshness::Stale);
        assert_eq!(p.freshness(d(2026, 7, 10)), Freshness::Retired);
        p.last_confirmed = Some(d(2026, 7, 1));
        assert_eq!(p.freshness(d(2026, 7, 10)), Freshness::Fresh);
        assert!(p.age().is_some_and(|a| a.confirmed));
        p.last_confirmed = None;
        p.listed_on = None;
        assert_eq!(p.freshness(d(2040, 1, 1)), Freshness::Fresh);
    }
}
