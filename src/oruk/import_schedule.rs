//! A feed's schedules read back as our session rules, the reverse of
//! [`super::locations::schedules`]: `freq` WEEKLY or MONTHLY, `interval`, `byday` (`TU`,
//! `2TH`, `-1FR`, or several days), `opens_at`/`closes_at` in UK local time, `valid_from`
//! (or `dtstart`) and `valid_to`, `notes`; the place from `service_at_location_id`. A
//! schedule that only describes (a `description`, no rule), or whose rule we cannot hold
//! (another frequency, month days, counts), is kept as words in the schedule note; one we
//! can neither hold nor describe is a reason the record is refused.

use super::locations::day_code;
use crate::domain::{Day, Frequency, Session};
use chrono::{NaiveDate, NaiveTime};
use serde_json::Value;
use std::collections::HashMap;

/// What a service's schedules become.
#[derive(Debug, Default)]
pub struct Read {
    pub sessions: Vec<Session>,
    /// The words of schedules that are not rules we hold, one paragraph each.
    pub note: Option<String>,
}

fn str_of<'a>(v: &'a Value, key: &str) -> Option<&'a str> {
    v.get(key)
        .and_then(Value::as_str)
        .map(str::trim)
        .filter(|s| !s.is_empty())
}

fn time(text: &str) -> Option<NaiveTime> {
    NaiveTime::parse_from_str(text, "%H:%M:%S")
        .or_else(|_| NaiveTime::parse_from_str(text, "%H:%M"))
        .ok()
}

fn date(text: &str) -> Option<NaiveDate> {
    NaiveDate::parse_from_str(text.get(..10).unwrap_or(text), "%Y-%m-%d").ok()
}

/// One BYDAY entry: the week of the month (if any) and the day.
fn by_day(entry: &str) -> Option<(Option<i8>, Day)> {
    let entry = entry.trim();
    let at = entry.len().checked_sub(2)?;
    let (week, code) = entry.split_at_checked(at)?;
    let day = Day::ALL
        .iter()
        .copied()
        .find(|d| day_code(*d).eq_ignore_ascii_case(code))?;
    let week = match week {
        "" => None,
        w => Some(w.trim_start_matches('+').parse::<i8>().ok()?),
    };
    Some((week, day))
}

/// Where a schedule's place is: `Some(label)` for a site, `None` for online or phone;
/// the outer `None` when it cannot be told.
type Places = HashMap<String, Option<String>>;

/// The rule(s) of one schedule, or why it is not one we hold.
fn rules(
    s: &Value,
    places: &Places,
    only: Option<&Option<String>>,
) -> Result<Vec<Session>, String> {
    let frequency = match str_of(s, "freq").map(str::to_ascii_uppercase).as_deref() {
        Some("WEEKLY") => Frequency::Weekly,
        Some("MONTHLY") => Frequency::Monthly,
        Some(other) => return Err(format!("it repeats {other}, which we cannot hold")),
        None => return Err("it has no frequency".into()),
    };
    for key in [
        "bymonthday",
        "byweekno",
        "byyearday",
        "count",
        "wkst",
        "until",
    ] {
        if s.get(key).is_some_and(|v| !v.is_null()) {
            return Err(format!("it uses {key}, which we cannot hold"));
        }
    }
    let interval = match s.get("interval") {
        None | Some(Value::Null) => 1,
        Some(v) => v
            .as_u64()
            .and_then(|n| u8::try_from(n).ok())
            .ok_or_else(|| format!("its interval {v} is not a number of weeks or months"))?,
    };
    let opens = str_of(s, "opens_at").and_then(time);
    let closes = str_of(s, "closes_at").and_then(time);
    let (Some(opens), Some(closes)) = (opens, closes) else {
        return Err("it has no opening and closing times".into());
    };
    let site = match str_of(s, "service_at_location_id") {
        Some(id) => places
            .get(id)
            .cloned()
            .ok_or_else(|| format!("its place {id} is not one of the service's"))?,
        None => only
            .cloned()
            .ok_or("it does not say at which of the service's places it meets")?,
    };
    let days = str_of(s, "byday").ok_or("it has no day")?;
    let valid_from = str_of(s, "valid_from")
        .or_else(|| str_of(s, "dtstart"))
        .and_then(date);
    let valid_until = str_of(s, "valid_to").and_then(date);
    days.split(',')
        .map(|entry| {
            let (week_of_month, day) =
                by_day(entry).ok_or_else(|| format!("its day “{entry}” is not a day"))?;
            Ok(Session {
                site: site.clone(),
                frequency,
                interval,
                day,
                week_of_month,
                opens,
                closes,
                valid_from,
                valid_until,
                note: str_of(s, "notes").map(str::to_string),
            })
        })
        .collect()
}

/// The service's schedules; `places` maps each of its service_at_location ids to the
/// site label it became (or `None` for its virtual one), and `only` is its one place,
/// when it has just one, for schedules that name none.
pub fn read(
    service: &Value,
    places: &Places,
    only: Option<&Option<String>>,
) -> Result<Read, String> {
    let mut out = Read::default();
    let mut words: Vec<String> = Vec::new();
    let schedules = service
        .get("schedules")
        .and_then(Value::as_array)
        .map_or(&[][..], Vec::as_slice);
    for (i, s) in schedules.iter().enumerate() {
        let description = str_of(s, "description").map(str::to_string);
        let has_rule = s.get("freq").is_some_and(|v| !v.is_null());
        if !has_rule && let Some(d) = &description {
            words.push(d.clone());
            continue;
        }
        match rules(s, places, only) {
            Ok(sessions) => {
                out.sessions.extend(sessions);
                words.extend(description);
            }
            Err(why) => match description {
                Some(d) => words.push(d),
                None => return Err(format!("schedule {} cannot be read: {why}", i + 1)),
            },
        }
    }
    out.note = (!words.is_empty()).then(|| words.join("\n\n"));
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn byday_entries_read_back() {
        assert_eq!(by_day("TU"), Some((None, Day::Tuesday)));
        assert_eq!(by_day("2TH"), Some((Some(2), Day::Thursday)));
        assert_eq!(by_day("-1FR"), Some((Some(-1), Day::Friday)));
        assert_eq!(by_day("XX"), None);
        assert_eq!(by_day("T"), None);
    }

    #[test]
    fn a_rule_we_cannot_hold_keeps_its_words_or_is_a_reason() {
        let places = Places::new();
        let only = Some(None);
        let described = json!({"schedules": [{"freq": "DAILY", "opens_at": "10:00",
            "closes_at": "11:00", "byday": "MO", "description": "Every day but Sunday."}]});
        let r = read(&described, &places, only.as_ref()).unwrap();
        assert!(r.sessions.is_empty());
        assert_eq!(r.note.as_deref(), Some("Every day but Sunday."));
        let bare =
            json!({"schedules": [{"freq": "DAILY", "opens_at": "10:00", "closes_at": "11:00"}]});
        let why = read(&bare, &places, only.as_ref()).unwrap_err();
        assert!(why.contains("DAILY"), "{why}");
    }
}
