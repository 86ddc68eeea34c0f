//! Peer reviews and reports without traps: a preview before publishing, an answer for
//! every principle, changes for 14 days, a duplicate or a reason-less report shown on
//! the form with the typed text kept.

use super::{CIP, QUARRIERS, public};
use crate::support::{Page, TestApp, TestClock, db};
use axum::http::StatusCode;

const SAFE: &str = "safe-and-nurturing";
const OPEN: &str = "accessible-and-inclusive";
pub(crate) const FORM: &str = "/projects/community-intercultural-programme/review";

/// CIP publishes a reflection on two principles; Bob keeps Quarriers, which reviews it.
pub(crate) async fn world(app: &TestApp) -> (TestApp, TestApp) {
    let alice = app
        .reflected(
            CIP,
            &format!("/manage/{CIP}/reflection"),
            &[
                ("status_safe-and-nurturing", "we-do-this"),
                ("how_safe-and-nurturing", "Two trained facilitators."),
                ("status_accessible-and-inclusive", "we-do-this"),
                ("how_accessible-and-inclusive", "Step-free rooms."),
            ],
        )
        .await;
    let bob = app.maintainer_of(QUARRIERS).await;
    (alice, bob)
}

/// A whole, good review: a verdict and comment for one principle, the other not reviewed.
pub(crate) fn good() -> Vec<(&'static str, &'static str)> {
    vec![
        ("reviewer", QUARRIERS),
        ("verdict_safe-and-nurturing", "recognise"),
        (
            "comment_safe-and-nurturing",
            "We work the same way, two to a group.",
        ),
        ("verdict_accessible-and-inclusive", "not-reviewed"),
    ]
}

/// The messages queued for `to` whose subject starts with `subject`.
async fn mail_to(app: &TestApp, to: &str, subject: &str) -> Vec<String> {
    app.state
        .store
        .outbox()
        .await
        .unwrap()
        .into_iter()
        .filter(|m| m.to == to && m.subject.starts_with(subject))
        .map(|m| m.text)
        .collect()
}

/// Sends `page`'s form posting to `action` with the button `value` pressed.
async fn press(who: &TestApp, page: &Page, action: &str, value: &str) -> Page {
    let mut form = page.form(action);
    form.set("action", value);
    who.send_form(&form).await
}

#[tokio::test]
async fn a_review_is_previewed_and_only_published_when_asked() {
    let app = TestApp::seeded().await;
    let (alice, bob) = world(&app).await;
    let preview = bob.submit(FORM, FORM, &good()).await;
    assert_eq!(preview.status, StatusCode::OK, "{}", preview.excerpt());
    assert_eq!(
        preview.texts("h1"),
        ["Check your review before it is published"]
    );
    let shown = preview.texts("section.preview ul.review li");
    assert_eq!(
        shown,
        ["Safe and nurturing: We recognise this. We work the same way, two to a group."]
    );
    assert!(
        preview
            .body
            .contains("Not reviewed: </strong>Accessible and inclusive")
    );
    assert_eq!(
        preview.texts("button[value=publish]"),
        ["Publish this review"]
    );
    assert_eq!(preview.texts("button[value=change]"), ["Change it"]);
    // Nothing is stored, and nobody is told, before "Publish".
    assert!(app.reviews_of(CIP).await.is_empty());
    assert!(
        mail_to(&app, alice.email(), "A peer review")
            .await
            .is_empty()
    );

    // "Change it" brings the form back with every value as typed.
    let again = press(&bob, &preview, FORM, "change").await;
    assert_eq!(again.status, StatusCode::OK);
    let form = again.form(FORM);
    assert_eq!(form.value("verdict_safe-and-nurturing"), Some("recognise"));
    assert_eq!(
        form.value("comment_safe-and-nurturing"),
        Some("We work the same way, two to a group.")
    );
    assert_eq!(
        form.value("verdict_accessible-and-inclusive"),
        Some("not-reviewed")
    );
    assert!(app.reviews_of(CIP).await.is_empty());

    // Publishing stores it, tells the project, and says what happens next.
    let preview = press(&bob, &again, FORM, "preview").await;
    let done = press(&bob, &preview, FORM, "publish").await;
    assert_eq!(done.status, StatusCode::SEE_OTHER, "{}", done.excerpt());
    let ids = app.reviews_of(CIP).await;
    assert_eq!(ids.len(), 1);
    let to = done.location.unwrap();
    assert_eq!(to, format!("/projects/{CIP}/reviews/{}/published", ids[0]));
    let thanks = bob.get(&to).await;
    assert_eq!(thanks.status, StatusCode::OK);
    assert_eq!(thanks.texts("h1"), ["Your review is published"]);
    let said = thanks.texts("main p").join(" ");
    assert!(
        said.contains("We have e-mailed the people who keep"),
        "{said}"
    );
    assert!(said.contains("14 days"), "{said}");
    assert_eq!(mail_to(&app, alice.email(), "A peer review").await.len(), 1);
    let page = public(&app, CIP).await;
    assert!(page.contains("We work the same way, two to a group."));
}

#[tokio::test]
async fn every_published_principle_needs_an_answer_and_the_text_is_kept() {
    let app = TestApp::seeded().await;
    let (_alice, bob) = world(&app).await;
    // A verdict without its comment, and a principle left with no answer at all.
    let missing = bob
        .submit(
            FORM,
            FORM,
            &[
                ("reviewer", QUARRIERS),
                ("verdict_safe-and-nurturing", "ask"),
                ("comment_accessible-and-inclusive", "Half-written thought"),
            ],
        )
        .await;
    assert_eq!(
        missing.status,
        StatusCode::BAD_REQUEST,
        "{}",
        missing.excerpt()
    );
    assert_eq!(
        missing.texts("div.notice[role=alert] h2"),
        ["There is a problem"]
    );
    let links = missing.attrs("ul.error-summary a", "href");
    assert_eq!(
        links,
        [
            format!("#comment_{SAFE}"),
            format!("#verdict_{OPEN}-recognise")
        ]
    );
    // Each message by its field, and what was typed kept.
    assert_eq!(missing.texts(&format!("#comment_{SAFE}-error")).len(), 1);
    assert_eq!(missing.texts(&format!("#verdict_{OPEN}-error")).len(), 1);
    let form = missing.form(FORM);
    assert_eq!(form.value("verdict_safe-and-nurturing"), Some("ask"));
    assert_eq!(
        form.value("comment_accessible-and-inclusive"),
        Some("Half-written thought")
    );
    // Everything "not reviewed" is not a review.
    let nothing = bob
        .submit(
            FORM,
            FORM,
            &[
                ("reviewer", QUARRIERS),
                ("verdict_safe-and-nurturing", "not-reviewed"),
                ("verdict_accessible-and-inclusive", "not-reviewed"),
            ],
        )
        .await;
    assert_eq!(nothing.status, StatusCode::BAD_REQUEST);
    assert!(
        nothing
            .texts("ul.error-summary a")
            .iter()
            .any(|m| m.contains("Review at least one principle"))
    );
    // Not even a direct "publish" skips the checks.
    let forced = bob
        .submit(
            FORM,
            FORM,
            &[
                ("reviewer", QUARRIERS),
                ("verdict_safe-and-nurturing", "recognise"),
                ("comment_safe-and-nurturing", "Yes."),
                ("action", "publish"),
            ],
        )
        .await;
    assert_eq!(forced.status, StatusCode::BAD_REQUEST);
    assert!(app.reviews_of(CIP).await.is_empty());
}

/// Bob publishes [`good`] and returns the review's id.
async fn publish(app: &TestApp, bob: &TestApp) -> i64 {
    let mut fields = good();
    fields.push(("action", "publish"));
    let done = bob.submit(FORM, FORM, &fields).await;
    assert_eq!(done.status, StatusCode::SEE_OTHER, "{}", done.excerpt());
    app.reviews_of(CIP).await[0]
}

#[tokio::test]
async fn a_review_is_changed_within_14_days_kept_in_history_and_the_project_told() {
    let (app, clock): (TestApp, TestClock) = TestApp::over_clock(db::seeded_sqlite().await).await;
    let (alice, bob) = world(&app).await;
    let id = publish(&app, &bob).await;
    let edit = format!("/projects/{CIP}/reviews/{id}/edit");
    // Another project's keeper, or the reviewed project, cannot change it.
    assert_eq!(alice.get(&edit).await.status, StatusCode::FORBIDDEN);
    // Its own project's keeper sees it as it stands.
    let form_page = bob.get(&edit).await;
    assert_eq!(form_page.status, StatusCode::OK, "{}", form_page.excerpt());
    let form = form_page.form(&edit);
    assert_eq!(form.value("verdict_safe-and-nurturing"), Some("recognise"));
    assert_eq!(
        form.value("verdict_accessible-and-inclusive"),
        Some("not-reviewed")
    );
    // The same checks.
    let bad = bob
        .submit(&edit, &edit, &[("verdict_safe-and-nurturing", "ask")])
        .await;
    assert_eq!(bad.status, StatusCode::BAD_REQUEST);
    // The same preview; nothing changes before "Publish".
    let changed = [
        ("verdict_safe-and-nurturing", "ask"),
        (
            "comment_safe-and-nurturing",
            "How do you train facilitators?",
        ),
        ("verdict_accessible-and-inclusive", "not-reviewed"),
    ];
    let preview = bob.submit(&edit, &edit, &changed).await;
    assert_eq!(preview.status, StatusCode::OK);
    assert!(
        preview
            .texts("section.preview ul.review li")
            .concat()
            .contains("How do you train facilitators?")
    );
    assert!(
        !public(&app, CIP)
            .await
            .contains("How do you train facilitators?")
    );
    let done = press(&bob, &preview, &edit, "publish").await;
    assert_eq!(done.status, StatusCode::SEE_OTHER, "{}", done.excerpt());
    let thanks = bob.get(done.location.as_deref().unwrap()).await;
    assert_eq!(thanks.texts("h1"), ["Your review is changed"]);
    let page = public(&app, CIP).await;
    assert!(page.contains("How do you train facilitators?"));
    assert!(!page.contains("We work the same way, two to a group."));
    // What it said before is in the reviewed listing's history.
    let history = app.history(CIP).await;
    let entry = history
        .iter()
        .find(|h| h.field == "peer review changed")
        .expect("the change is in the history");
    assert!(
        entry
            .old_value
            .as_deref()
            .unwrap()
            .contains("We work the same way, two to a group.")
    );
    assert!(
        entry
            .new_value
            .as_deref()
            .unwrap()
            .contains("How do you train facilitators?")
    );
    // The reviewed project is told again.
    let told = mail_to(&app, alice.email(), "A peer review of").await;
    assert_eq!(told.len(), 2, "{told:?}");
    assert!(
        told[1].contains("has changed the peer review"),
        "{}",
        told[1]
    );

    // After 14 days it stays as it is, and the page says so.
    clock.advance_months(1);
    let late = bob.get(&edit).await;
    assert_eq!(late.status, StatusCode::CONFLICT);
    assert!(
        late.body
            .contains("A review can be changed for 14 days after it is published"),
        "{}",
        late.excerpt()
    );
    let posted = bob.post_fields(&edit, FORM, &changed).await;
    assert_eq!(posted.status, StatusCode::CONFLICT);
}

#[tokio::test]
async fn a_second_review_within_a_year_is_shown_on_the_form_with_the_text_kept() {
    let (app, clock): (TestApp, TestClock) = TestApp::over_clock(db::seeded_sqlite().await).await;
    let (_alice, bob) = world(&app).await;
    let id = publish(&app, &bob).await;
    let second = [
        ("reviewer", QUARRIERS),
        ("verdict_safe-and-nurturing", "ask"),
        (
            "comment_safe-and-nurturing",
            "A second thought we typed out.",
        ),
        ("verdict_accessible-and-inclusive", "not-reviewed"),
    ];
    let again = bob.submit(FORM, FORM, &second).await;
    assert_eq!(again.status, StatusCode::CONFLICT, "{}", again.excerpt());
    assert_eq!(
        again.texts("div.notice[role=alert] h2"),
        ["There is a problem"]
    );
    let message = again.texts("#reviewer-error").concat();
    assert!(
        message.contains("Quarriers reviewed this project on"),
        "{message}"
    );
    let edit = format!("/projects/{CIP}/reviews/{id}/edit");
    assert_eq!(again.attrs(&format!("a[href='{edit}']"), "href").len(), 1);
    assert_eq!(
        again.form(FORM).value("comment_safe-and-nurturing"),
        Some("A second thought we typed out.")
    );
    // After 14 days there is no change to offer, but the text is still kept.
    clock.advance_months(1);
    let later = bob.submit(FORM, FORM, &second).await;
    assert_eq!(later.status, StatusCode::CONFLICT);
    assert!(
        later
            .texts("#reviewer-error")
            .concat()
            .contains("you can review it again from")
    );
    assert!(later.attrs(&format!("a[href='{edit}']"), "href").is_empty());
    assert_eq!(
        later.form(FORM).value("comment_safe-and-nurturing"),
        Some("A second thought we typed out.")
    );
    assert_eq!(app.reviews_of(CIP).await.len(), 1);
}

#[tokio::test]
async fn a_report_with_no_reason_keeps_the_typed_detail() {
    let app = TestApp::seeded().await;
    let path = format!("/projects/{QUARRIERS}/report");
    let visitor = app.visitor();
    let missing = visitor
        .submit(
            &path,
            &path,
            &[("detail", "The Tuesday group moved to Govan.")],
        )
        .await;
    assert_eq!(
        missing.status,
        StatusCode::BAD_REQUEST,
        "{}",
        missing.excerpt()
    );
    assert_eq!(
        missing.texts("div.notice[role=alert] h2"),
        ["There is a problem"]
    );
    assert_eq!(
        missing.attrs("ul.error-summary a", "href"),
        ["#kind-closed"]
    );
    assert_eq!(
        missing.texts("#kind-error").concat(),
        "Error: Choose what is wrong with the listing."
    );
    assert_eq!(
        missing.form(&path).value("detail"),
        Some("The Tuesday group moved to Govan.")
    );
    assert!(app.open_reports().await.is_empty());
    // With a reason, a confirmation follows.
    let mut form = missing.form(&path);
    form.check("kind", "wrong-details");
    let sent = visitor.send_form(&form).await;
    assert_eq!(sent.status, StatusCode::OK);
    assert_eq!(sent.texts("h1"), ["Thank you, we have your report"]);
    assert_eq!(app.open_reports().await.len(), 1);
}

/// A maintainer whose address is not confirmed (made one by an operator, say) can read
/// but not review: the form and a direct "publish" both ask her to confirm it first, and
/// nothing is published; once confirmed, the same review goes through.
#[tokio::test]
async fn an_unconfirmed_account_cannot_publish_a_review() {
    let app = TestApp::seeded().await;
    let (_alice, _bob) = world(&app).await;
    let email = "unconfirmed@quarriers.test";
    let carol = app.sign_up_unconfirmed(email).await;
    app.add_maintainer(QUARRIERS, email).await;

    let form = carol.get(FORM).await;
    assert_eq!(form.status, StatusCode::FORBIDDEN, "{}", form.excerpt());
    assert!(
        form.body.contains("Confirm your e-mail address first"),
        "{}",
        form.excerpt()
    );
    assert!(form.attrs("form[action$=\"/review\"]", "action").is_empty());
    let mut fields = good();
    fields.push(("action", "publish"));
    let sent = carol.post_fields(FORM, "/account", &fields).await;
    assert_eq!(sent.status, StatusCode::FORBIDDEN, "{}", sent.excerpt());
    assert!(sent.body.contains("Confirm your e-mail address first"));
    assert!(app.reviews_of(CIP).await.is_empty(), "nothing is published");

    let link = app.confirmation_link(email).await;
    let confirmed = carol.submit(&link, &link, &[]).await;
    assert_eq!(confirmed.status, StatusCode::SEE_OTHER);
    let preview = carol.submit(FORM, FORM, &good()).await;
    assert_eq!(preview.status, StatusCode::OK, "{}", preview.excerpt());
    let done = press(&carol, &preview, FORM, "publish").await;
    assert_eq!(done.status, StatusCode::SEE_OTHER, "{}", done.excerpt());
    assert_eq!(app.reviews_of(CIP).await.len(), 1);
}
