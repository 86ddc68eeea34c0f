//! The 11-month reminder carries a signed one-click "still accurate" link: with the clock
//! moved, the listing leaves search at 18 months, and following the link once (a GET
//! that only asks, then one press) brings it back without signing in. A changed,
//! borrowed, used or expired link is refused with a page that says why.

use super::{ORIGIN, sender, to};
use crate::support::smtp::SmtpSink;
use crate::support::{TestApp, TestClock, db};
use axum::http::StatusCode;

const APP: &str = "action-on-postpartum-psychosis";
const CIP: &str = "community-intercultural-programme";
const SEARCH_API: &str = "/api/v1/search?where=CV1&need=postpartum-psychosis";

async fn in_search(app: &TestApp) -> bool {
    let page = app.get(SEARCH_API).await;
    assert_eq!(page.status, StatusCode::OK, "{}", page.excerpt());
    page.body.contains(&format!("\"slug\":\"{APP}\""))
}

/// The app on a clock the test moves, APP kept by a maintainer, and the reminder sent
/// 11 months on through `sink`: the app, its clock, and the path of the one-click link.
async fn reminded(sink: &SmtpSink) -> (TestApp, TestClock, String) {
    let clock = TestClock::default();
    let app = TestApp::over_with(db::seeded_sqlite().await, |c| {
        c.clock = clock.clock();
        c.public_origin = Some(ORIGIN.into());
    })
    .await;
    let keeper = app.maintainer_of(APP).await;
    clock.advance_months(11);
    assert_eq!(app.state.registry.send_reminders().await.unwrap(), 1);
    sender(app.state.store.clone(), sink)
        .deliver_due()
        .await
        .unwrap();
    let got = sink.received();
    let asked: Vec<_> = to(&got, keeper.email())
        .into_iter()
        .filter(|m| m.subject.contains("still right"))
        .collect();
    assert_eq!(asked.len(), 1, "{got:?}");
    let text = asked[0].text.as_deref().unwrap();
    let prefix = format!("{ORIGIN}/still-accurate/{APP}?token=");
    let link = text
        .split_whitespace()
        .find(|w| w.starts_with(&prefix))
        .unwrap_or_else(|| panic!("no one-click link in: {text}"));
    assert!(text.contains(&format!("{ORIGIN}/manage/{APP}")), "{text}");
    let html = asked[0].html.as_deref().unwrap();
    assert!(
        html.contains(&format!("href=\"{}\"", link.replace('&', "&amp;"))),
        "{html}"
    );
    (app, clock, link.trim_start_matches(ORIGIN).to_string())
}

#[tokio::test]
async fn the_reminders_link_brings_a_retired_listing_back_with_one_press() {
    let Some(sink) = SmtpSink::start() else {
        return;
    };
    let (app, clock, link) = reminded(&sink).await;
    clock.advance_months(7);
    assert!(!in_search(&app).await, "out of search at 18 months");

    // Opening the link asks, and changes nothing: no cookie, still out of search.
    let visitor = app.visitor();
    let page = visitor.get(&link).await;
    assert_eq!(page.status, StatusCode::OK, "{}", page.excerpt());
    assert!(!page.set_cookie);
    assert_eq!(
        page.headers["cache-control"], "no-store",
        "it holds the token"
    );
    let action = format!("/still-accurate/{APP}");
    let buttons = page.texts(&format!("form[action='{action}'] button"));
    assert_eq!(buttons, vec!["Yes, it is still accurate"]);
    assert!(!in_search(&app).await, "a GET changes nothing");
    assert_ne!(
        app.project(APP).await.last_confirmed,
        Some(clock.today()),
        "a GET changes nothing"
    );

    // One press, without signing in: confirmed by the project today, back in search.
    let done = visitor.send_form(&page.form(&action)).await;
    assert_eq!(done.status, StatusCode::OK, "{}", done.excerpt());
    assert!(
        done.body.contains("the listing is confirmed"),
        "{}",
        done.excerpt()
    );
    assert!(in_search(&app).await, "back in search");
    let project = app.project(APP).await;
    assert_eq!(project.last_confirmed, Some(clock.today()));
    assert!(project.verified, "confirmed by the project");

    // Used once: the same link now says there is nothing more to do.
    let again = visitor.get(&link).await;
    assert_eq!(again.status, StatusCode::CONFLICT, "{}", again.excerpt());
    assert!(
        again.body.contains("confirmed since this link was sent"),
        "{}",
        again.excerpt()
    );
}

#[tokio::test]
async fn a_changed_or_borrowed_link_is_refused() {
    let Some(sink) = SmtpSink::start() else {
        return;
    };
    let (app, _clock, link) = reminded(&sink).await;
    let last = link.chars().last().unwrap();
    let flipped = if last == '0' { '1' } else { '0' };
    let tampered = format!("{}{flipped}", &link[..link.len() - 1]);
    let borrowed = link.replace(APP, CIP);
    let cut = link[..link.len() - 10].to_string();
    for bad in [
        tampered,
        borrowed.clone(),
        cut,
        format!("/still-accurate/{APP}"),
    ] {
        let page = app.visitor().get(&bad).await;
        assert_eq!(
            page.status,
            StatusCode::FORBIDDEN,
            "{bad}: {}",
            page.excerpt()
        );
        assert!(
            page.body.contains("This link is not right"),
            "{}",
            page.excerpt()
        );
    }
    // Posting a borrowed token with a good form token confirms nothing either.
    let good = app.visitor().get(&link).await;
    let mut form = good.form(&format!("/still-accurate/{APP}"));
    form.action = format!("/still-accurate/{CIP}");
    let refused = app.visitor().send_form(&form).await;
    assert_eq!(
        refused.status,
        StatusCode::FORBIDDEN,
        "{}",
        refused.excerpt()
    );
    assert_eq!(app.project(CIP).await.last_confirmed, None);
    assert_eq!(app.project(APP).await.last_confirmed, None);
}

#[tokio::test]
async fn an_expired_link_is_refused() {
    let Some(sink) = SmtpSink::start() else {
        return;
    };
    let (app, clock, link) = reminded(&sink).await;
    clock.advance_months(9);
    let page = app.visitor().get(&link).await;
    assert_eq!(page.status, StatusCode::FORBIDDEN, "{}", page.excerpt());
    assert!(
        page.body.contains("This link has expired"),
        "{}",
        page.excerpt()
    );
    assert_eq!(app.project(APP).await.last_confirmed, None);
}
