//! `/projects/{slug}/sessions.ics`: a group's sessions as a calendar file, linked beside
//! "next session", so that a mum can add the group to her phone.

use crate::oruk::fixtures::{self, GROUP};
use crate::support::TestApp;
use icalendar::{Calendar, CalendarComponent, CalendarDateTime, Component, DatePerhapsTime};
use peermap::domain::Session;
use std::collections::BTreeMap;

/// The listing's calendar, read by the icalendar crate's parser.
async fn calendar(app: &TestApp) -> Calendar {
    let ics = app.get(&format!("/projects/{GROUP}/sessions.ics")).await;
    assert_eq!(ics.status, 200, "{}", ics.excerpt());
    ics.body
        .parse::<Calendar>()
        .unwrap_or_else(|e| panic!("{e}: {}", ics.body))
}

/// Each event's UID by its RRULE and start time.
fn uids(calendar: &Calendar) -> BTreeMap<String, String> {
    calendar
        .components
        .iter()
        .filter_map(CalendarComponent::as_event)
        .map(|e| {
            let start = match e.get_start() {
                Some(DatePerhapsTime::DateTime(CalendarDateTime::WithTimezone {
                    date_time,
                    tzid,
                })) => format!("{tzid} {}", date_time.time()),
                other => panic!("a session starts at {other:?}"),
            };
            let rule = e.property_value("RRULE").unwrap();
            (format!("{rule} {start}"), e.get_uid().unwrap().to_string())
        })
        .collect()
}

#[tokio::test]
async fn the_calendar_parses_with_its_zone_and_keeps_event_ids_when_a_session_is_added() {
    let app = fixtures::sqlite_app().await;
    let before = calendar(&app).await;
    let zones: Vec<_> = before
        .components
        .iter()
        .filter_map(|c| match c {
            CalendarComponent::Other(o) if o.component_kind() == "VTIMEZONE" => Some(o),
            _ => None,
        })
        .collect();
    assert_eq!(zones.len(), 1);
    assert_eq!(zones[0].property_value("TZID"), Some("Europe/London"));
    let kinds: Vec<String> = zones[0]
        .components()
        .iter()
        .map(|c| c.component_kind())
        .collect();
    assert_eq!(kinds, ["DAYLIGHT", "STANDARD"]);
    let first = uids(&before);
    assert_eq!(first.len(), 2, "{first:?}");
    assert!(
        first.keys().all(|k| k.contains(" Europe/London ")),
        "{first:?}"
    );

    // A new session before the others: theirs keep their ids, and it has its own.
    let mut p = app.project(GROUP).await;
    let added: Session = serde_json::from_value(serde_json::json!({
        "site": "Leeds", "frequency": "weekly", "day": "friday",
        "opens": "13:00:00", "closes": "14:30:00"
    }))
    .unwrap();
    p.sessions.insert(0, added);
    app.save_project(&p).await;
    let after = uids(&calendar(&app).await);
    assert_eq!(after.len(), 3, "{after:?}");
    for (rule, uid) in &first {
        assert_eq!(after.get(rule), Some(uid), "{rule}: {after:?}");
    }
    let new: Vec<_> = after
        .values()
        .filter(|u| !first.values().any(|f| f == *u))
        .collect();
    assert_eq!(new.len(), 1, "{after:?}");

    // Another listing with the same session has other ids.
    let mut twin = p.clone();
    twin.slug = peermap::domain::Slug::parse("oruk-test-group-twin").unwrap();
    twin.name = "Oruk Test Group Twin".into();
    app.save_project(&twin).await;
    let ics = app.get("/projects/oruk-test-group-twin/sessions.ics").await;
    let theirs = uids(&ics.body.parse::<Calendar>().unwrap());
    assert!(
        theirs.values().all(|u| !after.values().any(|a| a == u)),
        "{theirs:?} {after:?}"
    );
}

#[tokio::test]
async fn a_groups_sessions_are_a_calendar_to_add_to_a_phone() {
    let app = fixtures::sqlite_app().await;
    let page = app.get(&format!("/projects/{GROUP}")).await;
    let links = page.attrs("a.calendar", "href");
    assert_eq!(links, [format!("/projects/{GROUP}/sessions.ics")]);

    let ics = app.get(&links[0]).await;
    assert_eq!(ics.status, 200);
    assert!(
        ics.content_type.starts_with("text/calendar"),
        "{}",
        ics.content_type
    );
    let body = ics.body.replace("\r\n", "\n");
    assert!(
        body.starts_with("BEGIN:VCALENDAR\n") && body.trim_end().ends_with("END:VCALENDAR"),
        "{body}"
    );
    assert_eq!(body.matches("BEGIN:VEVENT").count(), 2, "{body}");
    assert!(
        body.contains("RRULE:FREQ=WEEKLY;INTERVAL=1;BYDAY=TU\n"),
        "{body}"
    );
    assert!(
        body.contains("RRULE:FREQ=MONTHLY;INTERVAL=1;BYDAY=2TH\n"),
        "{body}"
    );
    // UK local times, from the next session on.
    let events = &body[body.find("BEGIN:VEVENT").unwrap()..];
    let starts: Vec<&str> = events
        .lines()
        .filter(|l| l.starts_with("DTSTART"))
        .collect();
    assert_eq!(starts.len(), 2);
    assert!(
        starts[0].starts_with("DTSTART;TZID=Europe/London:") && starts[0].ends_with("T100000"),
        "{starts:?}"
    );
    assert!(starts[1].ends_with("T183000"), "{starts:?}");
    assert!(body.contains("LOCATION:Horsforth"), "{body}");
    // The zone the times are in travels with them.
    assert_eq!(body.matches("BEGIN:VTIMEZONE").count(), 1, "{body}");
    assert!(body.contains("TZID:Europe/London\n"), "{body}");
    assert!(
        body.find("BEGIN:VTIMEZONE") < body.find("BEGIN:VEVENT"),
        "{body}"
    );

    // Nothing to add: a listing without sessions, an archived one, an unknown one.
    for slug in ["acacia-bame-project", fixtures::ARCHIVED, "no-such-listing"] {
        let page = app.get(&format!("/projects/{slug}/sessions.ics")).await;
        assert_eq!(page.status, 404, "{slug}");
    }
}
