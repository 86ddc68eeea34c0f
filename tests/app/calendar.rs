//! `/projects/{slug}/sessions.ics`: a group's sessions as a calendar file, linked beside
//! "next session", so that a mum can add the group to her phone.

use crate::oruk::fixtures::{self, GROUP};

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
    let starts: Vec<&str> = body.lines().filter(|l| l.starts_with("DTSTART")).collect();
    assert_eq!(starts.len(), 2);
    assert!(
        starts[0].starts_with("DTSTART;TZID=Europe/London:") && starts[0].ends_with("T100000"),
        "{starts:?}"
    );
    assert!(starts[1].ends_with("T183000"), "{starts:?}");
    assert!(body.contains("LOCATION:Horsforth"), "{body}");
    assert!(
        body.contains("UID:oruk-test-group-session-0@peermap"),
        "{body}"
    );

    // Nothing to add: a listing without sessions, an archived one, an unknown one.
    for slug in ["acacia-bame-project", fixtures::ARCHIVED, "no-such-listing"] {
        let page = app.get(&format!("/projects/{slug}/sessions.ics")).await;
        assert_eq!(page.status, 404, "{slug}");
    }
}
