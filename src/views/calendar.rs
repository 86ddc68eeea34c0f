//! A listing's group sessions as an iCalendar file (RFC 5545), so that someone can add
//! the group to her phone's calendar: one repeating event per session, from its next
//! date, at UK local time.

use crate::domain::{Day, Frequency, Project, Session, schedule::uk_time};
use chrono::{DateTime, Utc};
use chrono_tz::Tz;
use icalendar::{Calendar, CalendarDateTime, Component, Event, EventLike, Property};

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
/// when none has.
pub fn sessions(p: &Project, now: DateTime<Tz>) -> Option<String> {
    let mut calendar = Calendar::new();
    calendar.name(&p.name);
    let mut any = false;
    for (i, s) in p.sessions.iter().enumerate() {
        let Some(next) = s.next_after(now) else {
            continue;
        };
        let at = |t: DateTime<Tz>| CalendarDateTime::WithTimezone {
            date_time: t.naive_local(),
            tzid: TZID.to_string(),
        };
        let place = s
            .site
            .clone()
            .unwrap_or_else(|| "Online or by phone".to_string());
        let mut event = Event::new();
        event
            .uid(&format!("{}-session-{i}@peermap", p.slug))
            .timestamp(now.with_timezone(&Utc))
            .summary(&p.name)
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
    any.then(|| calendar.done().to_string())
}
