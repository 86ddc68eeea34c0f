//! Recurring session times and the "next session" computed from them.
//!
//! The fields map onto RFC 5545 recurrence rules: `frequency` is FREQ, `interval` is
//! INTERVAL, `day` with `week_of_month` is BYDAY (`2MO` is the 2nd Monday, `-1FR` the
//! last Friday), `valid_from` is DTSTART's date and `valid_until` is UNTIL. Times are
//! wall-clock times in the UK (Europe/London), so a 10:00 group stays at 10:00 across
//! the clocks changing.

use super::check::SessionCheck;
use super::{Day, Frequency};
use chrono::{
    DateTime, Datelike, Duration, LocalResult, NaiveDate, NaiveDateTime, NaiveTime, TimeZone,
};
use chrono_tz::{Europe::London, Tz};
use serde::{Deserialize, Serialize};

/// When a group or drop-in meets, repeating.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, utoipa::ToSchema)]
#[serde(deny_unknown_fields)]
pub struct Session {
    /// The label of the project's site where it meets; `None` for an online or phone session.
    #[serde(default)]
    pub site: Option<String>,
    pub frequency: Frequency,
    /// Every `interval` weeks or months (1 = every one).
    #[serde(default = "one")]
    pub interval: u8,
    pub day: Day,
    /// For monthly sessions: which `day` of the month, 1 to 4, or -1 for the last.
    #[serde(default)]
    pub week_of_month: Option<i8>,
    /// Opening time, UK wall-clock.
    pub opens: NaiveTime,
    /// Closing time, UK wall-clock, after `opens` on the same day.
    pub closes: NaiveTime,
    /// First date the pattern applies (and the anchor for intervals above 1).
    #[serde(default)]
    pub valid_from: Option<NaiveDate>,
    /// Last date the pattern applies.
    #[serde(default)]
    pub valid_until: Option<NaiveDate>,
    #[serde(default)]
    pub note: Option<String>,
}

fn one() -> u8 {
    1
}

/// One occurrence of a session, as UK times.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Occurrence {
    pub starts: DateTime<Tz>,
    pub ends: DateTime<Tz>,
}

/// How far ahead to look for the next session, in days.
const HORIZON_DAYS: i64 = 800;

impl Session {
    /// Checks the fields make a rule that can happen, in English words.
    pub fn problems(&self) -> Vec<String> {
        self.checks().iter().map(ToString::to_string).collect()
    }

    /// What keeps the fields from making a rule that can happen.
    pub fn checks(&self) -> Vec<SessionCheck> {
        let mut out = Vec::new();
        if self.interval == 0 {
            out.push(SessionCheck::NoInterval);
        }
        if self.closes <= self.opens {
            out.push(SessionCheck::EndsBeforeStart {
                opens: self.opens,
                closes: self.closes,
            });
        }
        match (self.frequency, self.week_of_month) {
            (Frequency::Weekly, Some(_)) => out.push(SessionCheck::WeekOfWeekly),
            (Frequency::Monthly, None) => out.push(SessionCheck::MonthlyNeedsWeek),
            (Frequency::Monthly, Some(n)) if !(n == -1 || (1..=4).contains(&n)) => {
                out.push(SessionCheck::BadWeek(n))
            }
            _ => {}
        }
        if self.interval > 1 && self.valid_from.is_none() {
            out.push(SessionCheck::NeedsFirstDate);
        }
        if let (Some(from), Some(until)) = (self.valid_from, self.valid_until)
            && until < from
        {
            out.push(SessionCheck::LastBeforeFirst);
        }
        out
    }

    /// Whether the rule puts a session on `date` (ignoring the time of day).
    pub fn occurs_on(&self, date: NaiveDate) -> bool {
        if date.weekday() != self.day.weekday() || self.interval == 0 {
            return false;
        }
        if self.valid_from.is_some_and(|f| date < f) || self.valid_until.is_some_and(|u| date > u) {
            return false;
        }
        let interval = i64::from(self.interval);
        match self.frequency {
            Frequency::Weekly => match self.valid_from {
                None => true,
                Some(from) => {
                    // Whole weeks between the Mondays of the two weeks.
                    let monday = |d: NaiveDate| {
                        d - Duration::days(d.weekday().num_days_from_monday().into())
                    };
                    ((monday(date) - monday(from)).num_days() / 7) % interval == 0
                }
            },
            Frequency::Monthly => {
                let Some(n) = self.week_of_month else {
                    return false;
                };
                let nth_ok = if n == -1 {
                    (date + Duration::days(7)).month() != date.month()
                } else {
                    (date.day0() / 7) as i8 + 1 == n
                };
                let month_ok = match self.valid_from {
                    None => true,
                    Some(from) => {
                        let months =
                            |d: NaiveDate| i64::from(d.year()) * 12 + i64::from(d.month0());
                        (months(date) - months(from)) % interval == 0
                    }
                };
                nth_ok && month_ok
            }
        }
    }

    /// The first occurrence that has not yet ended at `now`, within about two years.
    pub fn next_after(&self, now: DateTime<Tz>) -> Option<Occurrence> {
        if !self.problems().is_empty() {
            return None;
        }
        let today = now.with_timezone(&London).date_naive();
        (0..HORIZON_DAYS)
            .map(|i| today + Duration::days(i))
            .filter(|d| self.occurs_on(*d))
            .map(|d| Occurrence {
                starts: uk_time(d, self.opens),
                ends: uk_time(d, self.closes),
            })
            .find(|o| o.ends > now)
    }
}

/// A UK wall-clock date and time as an instant. A time skipped when the clocks go
/// forward is read with the offset before the change (RFC 5545, 3.3.5): 01:30 on the
/// last Sunday in March is 02:30 BST. A repeated time when they go back is the first.
pub fn uk_time(date: NaiveDate, time: NaiveTime) -> DateTime<Tz> {
    let naive = NaiveDateTime::new(date, time);
    match London.from_local_datetime(&naive) {
        LocalResult::Single(t) => t,
        LocalResult::Ambiguous(first, _) => first,
        LocalResult::None => {
            let before = London.from_local_datetime(&(naive - Duration::hours(1)));
            before
                .earliest()
                .map(|t| t + Duration::hours(1))
                .unwrap_or_else(|| London.from_utc_datetime(&naive))
        }
    }
}

/// The earliest next occurrence among `sessions`.
pub fn next_of<'a>(
    sessions: impl IntoIterator<Item = &'a Session>,
    now: DateTime<Tz>,
) -> Option<(&'a Session, Occurrence)> {
    sessions
        .into_iter()
        .filter_map(|s| s.next_after(now).map(|o| (s, o)))
        .min_by_key(|(_, o)| o.starts)
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::Utc;

    fn t(h: u32, m: u32) -> NaiveTime {
        NaiveTime::from_hms_opt(h, m, 0).unwrap()
    }
    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }
    fn weekly(day: Day, opens: NaiveTime) -> Session {
        Session {
            site: None,
            frequency: Frequency::Weekly,
            interval: 1,
            day,
            week_of_month: None,
            opens,
            closes: opens + Duration::hours(2),
            valid_from: None,
            valid_until: None,
            note: None,
        }
    }
    fn monthly(day: Day, n: i8) -> Session {
        Session {
            frequency: Frequency::Monthly,
            week_of_month: Some(n),
            ..weekly(day, t(10, 0))
        }
    }
    fn at(date: NaiveDate, h: u32, m: u32) -> DateTime<Tz> {
        uk_time(date, t(h, m))
    }

    #[test]
    fn second_monday_crosses_a_month_end() {
        // After the 2nd Monday of January 2027 (11 Jan) comes the 2nd Monday of February (8 Feb).
        let s = monthly(Day::Monday, 2);
        let next = s.next_after(at(d(2027, 1, 20), 9, 0)).unwrap();
        assert_eq!(next.starts.date_naive(), d(2027, 2, 8));
    }

    #[test]
    fn last_friday_of_a_short_month() {
        let s = monthly(Day::Friday, -1);
        let next = s.next_after(at(d(2027, 2, 1), 9, 0)).unwrap();
        assert_eq!(next.starts.date_naive(), d(2027, 2, 26));
        let after = s.next_after(at(d(2027, 2, 27), 9, 0)).unwrap();
        assert_eq!(after.starts.date_naive(), d(2027, 3, 26));
    }

    #[test]
    fn weekly_across_the_year_end() {
        let s = weekly(Day::Thursday, t(13, 0));
        let next = s.next_after(at(d(2026, 12, 31), 16, 0)).unwrap();
        assert_eq!(next.starts.date_naive(), d(2027, 1, 7));
    }

    #[test]
    fn wall_clock_time_holds_when_the_clocks_go_forward() {
        // Clocks go forward on Sunday 28 March 2027. A Monday 10:00 group stays at 10:00 UK time.
        let s = weekly(Day::Monday, t(10, 0));
        let before = s.next_after(at(d(2027, 3, 20), 12, 0)).unwrap();
        let after = s.next_after(at(d(2027, 3, 27), 12, 0)).unwrap();
        assert_eq!(
            before
                .starts
                .with_timezone(&Utc)
                .format("%H:%M")
                .to_string(),
            "10:00"
        );
        assert_eq!(after.starts.date_naive(), d(2027, 3, 29));
        assert_eq!(
            after.starts.with_timezone(&Utc).format("%H:%M").to_string(),
            "09:00"
        );
        assert_eq!(after.starts.format("%H:%M").to_string(), "10:00");
    }

    #[test]
    fn a_time_skipped_by_the_clocks_is_read_as_before_the_change() {
        let s = weekly(Day::Sunday, t(1, 30));
        let next = s.next_after(at(d(2027, 3, 27), 12, 0)).unwrap();
        assert_eq!(
            next.starts.format("%Y-%m-%d %H:%M %Z").to_string(),
            "2027-03-28 02:30 BST"
        );
    }

    #[test]
    fn a_repeated_time_when_the_clocks_go_back_is_the_first() {
        // Clocks go back on Sunday 31 October 2027: 01:30 happens twice.
        let s = weekly(Day::Sunday, t(1, 30));
        let next = s.next_after(at(d(2027, 10, 30), 12, 0)).unwrap();
        assert_eq!(next.starts.format("%H:%M %Z").to_string(), "01:30 BST");
    }

    #[test]
    fn a_session_in_progress_is_still_next() {
        let s = weekly(Day::Tuesday, t(10, 0));
        let now = at(d(2026, 11, 24), 11, 0);
        assert_eq!(
            s.next_after(now).unwrap().starts.date_naive(),
            d(2026, 11, 24)
        );
        let later = at(d(2026, 11, 24), 12, 30);
        assert_eq!(
            s.next_after(later).unwrap().starts.date_naive(),
            d(2026, 12, 1)
        );
    }

    #[test]
    fn fortnightly_counts_from_valid_from_and_stops_at_valid_until() {
        let s = Session {
            interval: 2,
            valid_from: Some(d(2026, 11, 2)),
            valid_until: Some(d(2026, 12, 31)),
            ..weekly(Day::Monday, t(10, 0))
        };
        let next = s.next_after(at(d(2026, 11, 3), 9, 0)).unwrap();
        assert_eq!(next.starts.date_naive(), d(2026, 11, 16));
        assert_eq!(s.next_after(at(d(2026, 12, 29), 9, 0)), None);
    }

    #[test]
    fn bad_rules_are_explained() {
        let mut s = monthly(Day::Monday, 5);
        s.closes = t(9, 0);
        let problems = s.problems().join("; ");
        assert!(
            problems.contains("first, second, third, fourth or last (not 5)"),
            "{problems}"
        );
        assert!(
            problems.contains("ends (09:00) before it starts (10:00)"),
            "{problems}"
        );
        assert!(s.next_after(at(d(2026, 11, 1), 9, 0)).is_none());
    }
}
