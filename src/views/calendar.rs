//! A listing's group sessions as an iCalendar file (RFC 5545), so that someone can add
//! the group to her phone's calendar: one repeating event per session, from its next
//! date, at UK local time (`TZID=Europe/London`, with the zone's rules in a VTIMEZONE so
//! that a calendar without a time zone database places it right).
//!
//! Sessions have no stored id: they are rows rewritten on every save. So an event's UID
//! is derived from the listing's public id and the session's own rule (a version 5 UUID):
//! it stays the same while that session is unchanged, whatever is added, removed or
//! reordered around it, and a changed session is a new event.

use crate::domain::{Day, Frequency, Project, Session, schedule::uk_time};
use crate::i18n::Lang;
use chrono::{DateTime, Utc};
use chrono_tz::Tz;
use icalendar::{Calendar, CalendarDateTime, Component, Event, EventLike, Property};
use uuid::Uuid;

/// The time zone every session's times are in.
const TZID: &str = "Europe/London";

fn day_code(day: Day) -> &'static str {
    match day {
        Day::Monday => "MO",
        Day::Tuesday => "TU",
        Day::Wednesday => "WE",
        Day::Thursday => "TH",
        Day::Friday => "FR",
        Day::Saturday => "SA",
        Day::Sunday => "SU",
    }
}

/// Europe/London since 1996: summer time (BST, +0100) from 01:00 GMT on the last Sunday
/// of March, back to GMT from 02:00 BST on the last Sunday of October (RFC 5545 3.6.5).
/// Written as text: the calendar crate would give any component of its own a DTSTAMP
/// and UID, which a VTIMEZONE must not have.
const VTIMEZONE: &str = "BEGIN:VTIMEZONE\r\n\
TZID:Europe/London\r\n\
BEGIN:DAYLIGHT\r\n\
TZOFFSETFROM:+0000\r\n\
TZOFFSETTO:+0100\r\n\
TZNAME:BST\r\n\
DTSTART:19970330T010000\r\n\
RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU\r\n\
END:DAYLIGHT\r\n\
BEGIN:STANDARD\r\n\
TZOFFSETFROM:+0100\r\n\
TZOFFSETTO:+0000\r\n\
TZNAME:GMT\r\n\
DTSTART:19961027T020000\r\n\
RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU\r\n\
END:STANDARD\r\n\
END:VTIMEZONE\r\n";

/// What makes a session the one it is: where, how often, which day, when it starts and
/// from when. Its note and its last date may change and it is still the same session.
fn identity(s: &Session) -> String {
    format!(
        "{}|{}|{}|{}|{}|{}|{}|{}",
        s.site.as_deref().unwrap_or(""),
        s.frequency.slug(),
        s.interval,
        s.day.slug(),
        s.week_of_month.map(|n| n.to_string()).unwrap_or_default(),
        s.opens.format("%H:%M"),
        s.closes.format("%H:%M"),
        s.valid_from.map(|d| d.to_string()).unwrap_or_default()
    )
}

/// The UID of the `nth` (from 0) session of the listing `listing` with `s`'s identity.
fn uid(listing: Uuid, s: &Session, nth: usize) -> String {
    let key = format!("session/{}/{nth}", identity(s));
    format!("{}@peermap", Uuid::new_v5(&listing, key.as_bytes()))
}

/// The session's repetition as an RRULE value.
fn rule(s: &Session) -> String {
    let freq = match s.frequency {
        Frequency::Weekly => "WEEKLY",
        Frequency::Monthly => "MONTHLY",
    };
    let week = s.week_of_month.map(|n| n.to_string()).unwrap_or_default();
    let mut rule = format!(
        "FREQ={freq};INTERVAL={};BYDAY={week}{}",
        s.interval,
        day_code(s.day)
    );
    if let Some(until) = s.valid_until {
        let last = uk_time(until, s.closes).with_timezone(&Utc);
        rule.push_str(&format!(";UNTIL={}", last.format("%Y%m%dT%H%M%SZ")));
    }
    rule
}

/// The calendar of `p`'s sessions that still have a date to come after `now`; `None`
/// when none has. `listing` is the listing's public id. Its words (the listing's name, a
/// session's place when it has none) are in `lang`, the listing's own Welsh name on a
/// Welsh calendar when it has one.
pub fn sessions(lang: Lang, p: &Project, listing: Uuid, now: DateTime<Tz>) -> Option<String> {
    let (name, _) = p.name_in(lang);
    let mut calendar = Calendar::new();
    calendar.name(name);
    let mut any = false;
    for (i, s) in p.sessions.iter().enumerate() {
        let nth = p.sessions[..i]
            .iter()
            .filter(|o| identity(o) == identity(s))
            .count();
        let Some(next) = s.next_after(now) else {
            continue;
        };
        let at = |t: DateTime<Tz>| CalendarDateTime::WithTimezone {
            date_time: t.naive_local(),
            tzid: TZID.to_string(),
        };
        let place = s.site.clone().unwrap_or_else(|| lang.t("cal-online"));
        let mut event = Event::new();
        event
            .uid(&uid(listing, s, nth))
            .timestamp(now.with_timezone(&Utc))
            .summary(name)
            .location(&place)
            .starts(at(next.starts))
            .ends(at(next.ends))
            .append_property(Property::new("RRULE", rule(s)));
        if let Some(note) = &s.note {
            event.description(note);
        }
        calendar.push(event.done());
        any = true;
    }
    if !any {
        return None;
    }
    let text = calendar.done().to_string();
    // The zone goes before the events that name it.
    Some(match text.find("BEGIN:VEVENT") {
        Some(at) => format!("{}{VTIMEZONE}{}", &text[..at], &text[at..]),
        None => text,
    })
}

#[cfg(test)]
mod tests {
    use super::VTIMEZONE;
    use chrono::{Datelike, Duration, NaiveDate, NaiveDateTime, Offset, TimeZone, Utc, Weekday};
    use chrono_tz::Europe::London;

    /// The offset (in seconds) a line `KEY:+HHMM` of `block` states.
    fn offset(block: &str, key: &str) -> i64 {
        let v = block
            .lines()
            .find_map(|l| l.strip_prefix(key))
            .unwrap_or_else(|| panic!("no {key}"));
        let sign = if v.starts_with('-') { -1 } else { 1 };
        let h: i64 = v[1..3].parse().unwrap();
        let m: i64 = v[3..5].parse().unwrap();
        sign * (h * 3600 + m * 60)
    }

    /// Each observance of the VTIMEZONE, checked against the time zone database: in
    /// every year from 1997 to 2060, on the last Sunday of its month, at its local start
    /// time, the clocks change from its TZOFFSETFROM to its TZOFFSETTO.
    #[test]
    fn the_london_zone_states_the_rules_the_database_has() {
        let text = VTIMEZONE.replace("\r\n", "\n");
        for kind in ["DAYLIGHT", "STANDARD"] {
            let block = text
                .split(&format!("BEGIN:{kind}\n"))
                .nth(1)
                .and_then(|b| b.split(&format!("END:{kind}")).next())
                .unwrap();
            let (from, to) = (offset(block, "TZOFFSETFROM:"), offset(block, "TZOFFSETTO:"));
            let start = block
                .lines()
                .find_map(|l| l.strip_prefix("DTSTART:"))
                .unwrap();
            let start = NaiveDateTime::parse_from_str(start, "%Y%m%dT%H%M%S").unwrap();
            let month: u32 = block
                .lines()
                .find_map(|l| l.strip_prefix("RRULE:FREQ=YEARLY;BYMONTH="))
                .and_then(|r| r.strip_suffix(";BYDAY=-1SU"))
                .unwrap()
                .parse()
                .unwrap();
            assert_eq!(start.month(), month, "{kind}");
            for year in 1997..=2060 {
                let next = NaiveDate::from_ymd_opt(year, month + 1, 1).unwrap();
                let mut day = next - Duration::days(1);
                while day.weekday() != Weekday::Sun {
                    day -= Duration::days(1);
                }
                let local = day.and_time(start.time());
                let at = Utc.from_utc_datetime(&(local - Duration::seconds(from)));
                let before =
                    London.offset_from_utc_datetime(&(at - Duration::seconds(1)).naive_utc());
                let after = London.offset_from_utc_datetime(&at.naive_utc());
                assert_eq!(before.fix().local_minus_utc() as i64, from, "{kind} {year}");
                assert_eq!(after.fix().local_minus_utc() as i64, to, "{kind} {year}");
            }
        }
    }
}
