//! Every form shows its problems in the GOV.UK manner (issue 12): answered 400 (401 for a
//! failed sign-in), a summary at the top linking to each field with a problem, the
//! message by the field (`FIELD-error`), `aria-invalid` on it, and what was typed still
//! in it. Each case here was an error page, or a form drawn again from the saved listing
//! or with the typed text gone.

use crate::community::reviews::{FORM, good, world};
use crate::community::{CIP, QUARRIERS};
use crate::support::app::PASSWORD;
use crate::support::{Page, TestApp};
use axum::http::StatusCode;

const MANAGE: &str = "/manage/community-intercultural-programme";

fn problem(page: &Page, field: &str, status: StatusCode) -> String {
    assert_eq!(page.status, status, "{}", page.excerpt());
    page.field_problem(field)
}

/// The listing form's empty session row, for adding one.
fn empty_session_row(form: &crate::support::form::Form) -> usize {
    (0..)
        .find(|i| form.value(&format!("session_day_{i}")) == Some(""))
        .unwrap()
}

/// The listing form: a number, a time, a long name and a choice that cannot be read are
/// each said by their field, and the form shows what was typed, not the saved listing.
#[tokio::test]
async fn the_listing_form_keeps_what_was_typed_with_each_problem_by_its_field() {
    let app = TestApp::seeded().await;
    let keeper = app.maintainer_of(CIP).await;
    let before = app.project(CIP).await;
    let mut form = keeper.form(MANAGE, MANAGE).await;
    let row = empty_session_row(&form);
    let long_name = "N".repeat(201);
    form.set("name", &long_name)
        .set("summary", "A summary typed just now.")
        .set("min_age", "eighteen")
        .set("after_birth", "sometime")
        .set(&format!("session_day_{row}"), "tuesday")
        .set(&format!("session_opens_{row}"), "25:99")
        .set(&format!("session_closes_{row}"), "12:00");
    let page = keeper.send_form(&form).await;

    let status = StatusCode::BAD_REQUEST;
    assert!(problem(&page, "name", status).contains("201 characters"));
    assert!(problem(&page, "min_age", status).contains("“eighteen”"));
    assert!(problem(&page, "after_birth", status).contains("“sometime”"));
    let opens = format!("session_opens_{row}");
    assert!(problem(&page, &opens, status).contains("give a time like 10:30"));

    let again = page.form(MANAGE);
    assert_eq!(again.value("name"), Some(long_name.as_str()));
    assert_eq!(again.value("summary"), Some("A summary typed just now."));
    assert_eq!(again.value("min_age"), Some("eighteen"));
    assert_eq!(again.value(&opens), Some("25:99"));
    assert_eq!(again.value(&format!("session_day_{row}")), Some("tuesday"));
    assert_eq!(app.project(CIP).await, before, "nothing saved");
}

/// A listing's own check (here the ages the wrong way round) is by the field too.
#[tokio::test]
async fn a_listing_check_is_shown_by_its_field() {
    let app = TestApp::seeded().await;
    let keeper = app.maintainer_of(CIP).await;
    let mut form = keeper.form(MANAGE, MANAGE).await;
    form.set("min_age", "40").set("max_age", "18");
    let page = keeper.send_form(&form).await;
    let message = problem(&page, "min_age", StatusCode::BAD_REQUEST);
    assert!(message.contains("40"), "{message}");
    assert_eq!(page.form(MANAGE).value("max_age"), Some("18"));
}

/// A proposal whose town cannot be found, is a whole nation, or whose name is taken, or
/// with a field too long, is shown on the form with what was typed.
#[tokio::test]
async fn a_proposal_with_problems_is_shown_on_the_form_as_typed() {
    let app = TestApp::seeded().await;
    let me = app.sign_up("proposer@example.test").await;
    let uri = "/account/propose";
    let long = "O".repeat(201);
    let fields = [
        ("name", "Community Intercultural Programme"),
        ("organisation", long.as_str()),
        ("town", "Nowhere At All Xyz"),
        ("statement", "I run the group."),
    ];
    let page = me.submit(uri, uri, &fields).await;
    let status = StatusCode::BAD_REQUEST;
    assert!(problem(&page, "name", status).contains("already exists"));
    assert!(problem(&page, "organisation", status).contains("201 characters"));
    assert!(!problem(&page, "town", status).is_empty());
    let again = page.form(uri);
    assert_eq!(again.value("town"), Some("Nowhere At All Xyz"));
    assert_eq!(again.value("organisation"), Some(long.as_str()));
    assert_eq!(again.value("statement"), Some("I run the group."));

    let fields = [
        ("name", "A New Group"),
        ("town", "Wales"),
        ("statement", "I run the group."),
    ];
    let page = me.submit(uri, uri, &fields).await;
    assert!(problem(&page, "town", status).contains("whole nation"));
    assert_eq!(page.form(uri).value("town"), Some("Wales"));
    assert_eq!(page.form(uri).value("name"), Some("A New Group"));
    assert_eq!(page.attrs("textarea#statement", "maxlength"), ["2000"]);
}

/// A claim's statement over 2,000 characters is shown by it, kept.
#[tokio::test]
async fn a_claim_statement_too_long_is_kept_with_its_problem() {
    let app = TestApp::seeded().await;
    let me = app.sign_up("claimer@example.test").await;
    let uri = format!("/projects/{QUARRIERS}/claim");
    let form = me.get(&uri).await;
    assert_eq!(form.attrs("textarea#statement", "maxlength"), ["2000"]);
    let long = "S".repeat(2_001);
    let page = me.submit(&uri, &uri, &[("statement", &long)]).await;
    let message = problem(&page, "statement", StatusCode::BAD_REQUEST);
    assert!(message.contains("2001 characters"), "{message}");
    assert_eq!(page.form(&uri).value("statement"), Some(long.as_str()));
}

/// A review's comment over 2,000 characters is shown by it, with everything kept.
#[tokio::test]
async fn a_review_comment_too_long_is_kept_with_its_problem() {
    let app = TestApp::seeded().await;
    let (_alice, bob) = world(&app).await;
    let field = "comment_safe-and-nurturing";
    let long = "C".repeat(2_001);
    let mut fields = good();
    fields.retain(|(k, _)| *k != field);
    fields.push((field, &long));
    let page = bob.submit(FORM, FORM, &fields).await;
    let message = problem(&page, field, StatusCode::BAD_REQUEST);
    assert!(message.contains("2001 characters"), "{message}");
    let again = page.form(FORM);
    assert_eq!(again.value(field), Some(long.as_str()));
    assert_eq!(again.value("verdict_safe-and-nurturing"), Some("recognise"));
    assert_eq!(
        page.attrs(&format!("textarea#{field}"), "maxlength"),
        ["2000"]
    );
}

/// An empty reply to a review, or one too long, is shown by the reply box.
#[tokio::test]
async fn a_reply_empty_or_too_long_is_shown_by_its_box() {
    let app = TestApp::seeded().await;
    let (alice, bob) = world(&app).await;
    let mut fields = good();
    fields.push(("action", "publish"));
    let published = bob.submit(FORM, FORM, &fields).await;
    assert_eq!(published.status, StatusCode::SEE_OTHER);
    let to = published.headers["location"].to_str().unwrap().to_string();
    let id: i64 = to.split('/').nth(4).unwrap().parse().unwrap();
    let reflection = format!("/manage/{CIP}/reflection");
    let action = format!("/manage/{CIP}/reviews/{id}/reply");
    let field = format!("reply-{id}");

    let page = alice.submit(&reflection, &action, &[("reply", "")]).await;
    let message = problem(&page, &field, StatusCode::BAD_REQUEST);
    assert!(message.contains("Write a reply first"), "{message}");

    let long = "R".repeat(2_001);
    let page = alice
        .submit(&reflection, &action, &[("reply", &long)])
        .await;
    let message = problem(&page, &field, StatusCode::BAD_REQUEST);
    assert!(message.contains("2001 characters"), "{message}");
    assert_eq!(page.form(&action).value("reply"), Some(long.as_str()));
    assert_eq!(
        page.attrs(&format!("textarea#{field}"), "maxlength"),
        ["2000"]
    );
}

/// Sign-up, sign-in and "Forgot your password?" say a problem by its field and keep
/// the address as typed, even one that is not an address.
#[tokio::test]
async fn account_forms_keep_the_address_typed_with_the_problem_by_it() {
    let app = TestApp::seeded().await;
    let visitor = app.visitor();
    let status = StatusCode::BAD_REQUEST;
    let uri = "/account/signup";
    let fields = [("email", "Not-An-Address"), ("password", "short")];
    let page = visitor.submit(uri, uri, &fields).await;
    assert!(problem(&page, "email", status).contains("like name@example.org"));
    assert!(problem(&page, "password", status).contains("at least"));
    assert_eq!(page.form(uri).value("email"), Some("Not-An-Address"));

    app.sign_up("known@example.test").await;
    let uri = "/account/login";
    let fields = [("email", "Known@example.test"), ("password", "wrong guess")];
    let page = visitor.submit(uri, uri, &fields).await;
    let message = problem(&page, "email", StatusCode::UNAUTHORIZED);
    assert!(message.contains("is not right"), "{message}");
    assert_eq!(page.form(uri).value("email"), Some("Known@example.test"));

    let uri = "/account/forgot";
    let page = visitor
        .submit(uri, uri, &[("email", "nobody-at-all")])
        .await;
    assert!(problem(&page, "email", status).contains("like name@example.org"));
    assert_eq!(page.form(uri).value("email"), Some("nobody-at-all"));
}

/// Changing a password with the wrong current one, and a reset to one too short, say so
/// by the field.
#[tokio::test]
async fn password_forms_show_the_problem_by_its_field() {
    let app = TestApp::seeded().await;
    let me = app.sign_up("changer@example.test").await;
    let uri = "/account/password";
    let fields = [
        ("current", "not my password"),
        ("password", "a new long passphrase"),
    ];
    let page = me.submit(uri, uri, &fields).await;
    let message = problem(&page, "current", StatusCode::BAD_REQUEST);
    assert!(
        message.contains("current password is not right"),
        "{message}"
    );

    let visitor = app.visitor();
    let forgot = "/account/forgot";
    let sent = visitor
        .submit(forgot, forgot, &[("email", "changer@example.test")])
        .await;
    assert_eq!(sent.status, StatusCode::OK, "{}", sent.excerpt());
    let link = app
        .mailed_link("changer@example.test", "/account/reset/")
        .await;
    let page = visitor.submit(&link, &link, &[("password", "short")]).await;
    let message = problem(&page, "password", StatusCode::BAD_REQUEST);
    assert!(message.contains("at least"), "{message}");
}

/// In Welsh, the same pattern with the Welsh message.
#[tokio::test]
async fn a_welsh_form_says_its_problem_in_welsh_by_the_field() {
    let app = TestApp::seeded().await;
    let visitor = app.visitor();
    let uri = "/cy/account/signup";
    let fields = [("email", "dim-cyfeiriad"), ("password", PASSWORD)];
    let page = visitor.submit(uri, uri, &fields).await;
    let message = problem(&page, "email", StatusCode::BAD_REQUEST);
    assert!(
        message.contains("Rhowch gyfeiriad e-bost fel enw@example.org."),
        "{message}"
    );
    assert_eq!(page.form(uri).value("email"), Some("dim-cyfeiriad"));
}

/// The reflection form: an answer over 10,000 characters is said by its box, and every
/// answer typed (on any principle) is kept, with the status chosen.
#[tokio::test]
async fn the_reflection_form_keeps_every_answer_with_its_problem_by_the_box() {
    let app = TestApp::seeded().await;
    let keeper = app.maintainer_of(CIP).await;
    let uri = format!("{MANAGE}/reflection");
    let form = keeper.get(&uri).await;
    assert_eq!(
        form.attrs("textarea#how_safe-and-nurturing", "maxlength"),
        ["10000"]
    );
    let before = app.project(CIP).await;
    let long = "H".repeat(10_001);
    let fields = [
        ("status_safe-and-nurturing", "we-do-this"),
        ("how_safe-and-nurturing", long.as_str()),
        ("evidence_safe-and-nurturing", "Our feedback forms."),
        ("status_benefits-everyone", "working-towards"),
        ("next_benefits-everyone", "Train two more volunteers."),
        ("action", "publish"),
    ];
    let page = keeper.submit(&uri, &uri, &fields).await;
    let message = problem(&page, "how_safe-and-nurturing", StatusCode::BAD_REQUEST);
    assert!(message.contains("10001 characters"), "{message}");
    let again = page.form(&uri);
    for (name, value) in &fields[..5] {
        assert_eq!(again.value(name), Some(*value), "{name}");
    }
    assert_eq!(app.project(CIP).await, before, "nothing saved");
}

/// A proposal whose name has no letters or numbers to make its address from says so by
/// the name, in words (not the listing id's rules), with the name kept.
#[tokio::test]
async fn a_proposal_name_of_only_symbols_is_said_by_the_name() {
    let app = TestApp::seeded().await;
    let me = app.sign_up("symbols@example.test").await;
    let uri = "/account/propose";
    let fields = [("name", "★ ★ ★"), ("statement", "I run the group.")];
    let page = me.submit(uri, uri, &fields).await;
    let message = problem(&page, "name", StatusCode::BAD_REQUEST);
    assert!(message.contains("at least 2 letters"), "{message}");
    assert!(!message.contains("listing id"), "{message}");
    assert_eq!(page.form(uri).value("name"), Some("★ ★ ★"));
}

/// A place name too long, after a place row left empty, is said by the row it is shown
/// in (as every place problem is), and not looked up as a place as well.
#[tokio::test]
async fn a_place_too_long_is_said_by_the_row_it_is_shown_in() {
    let app = TestApp::seeded().await;
    let keeper = app.maintainer_of(CIP).await;
    let before = app.project(CIP).await;
    let mut form = keeper.form(MANAGE, MANAGE).await;
    let long = "P".repeat(201);
    form.set("site_place_0", "").set("site_place_1", &long);
    let page = keeper.send_form(&form).await;
    let message = problem(&page, "site_place_0", StatusCode::BAD_REQUEST);
    assert!(message.contains("Place 1: "), "{message}");
    assert!(message.contains("201 characters"), "{message}");
    assert_eq!(page.texts("p.error-message").len(), 1, "{}", page.body);
    assert_eq!(page.form(MANAGE).value("site_place_0"), Some(long.as_str()));
    assert_eq!(app.project(CIP).await, before, "nothing saved");
}

/// Every problem of the listing form is shown at once: the fields that cannot be read
/// (a name too long, a time that is not one) and the listing's own checks on what could
/// be (a website that is not a web address, the ages the wrong way round), so fixing one round of
/// problems never shows a second. A session row that cannot be read is not checked as
/// well (its time stands in as midnight).
#[tokio::test]
async fn the_listing_form_shows_every_problem_at_once() {
    let app = TestApp::seeded().await;
    let keeper = app.maintainer_of(CIP).await;
    let before = app.project(CIP).await;
    let mut form = keeper.form(MANAGE, MANAGE).await;
    let row = empty_session_row(&form);
    let closes = format!("session_closes_{row}");
    form.set("name", &"N".repeat(201))
        .set("website", "cip.example.org")
        .set("min_age", "40")
        .set("max_age", "18")
        .set(&format!("session_day_{row}"), "tuesday")
        .set(&format!("session_opens_{row}"), "10:00")
        .set(&closes, "9.30pm");
    let page = keeper.send_form(&form).await;

    let status = StatusCode::BAD_REQUEST;
    assert!(problem(&page, "name", status).contains("201 characters"));
    assert!(problem(&page, "website", status).contains("https://"));
    assert!(problem(&page, "min_age", status).contains("40"));
    let time = problem(&page, &closes, status);
    assert!(time.contains("give a time like 10:30"), "{time}");
    assert!(!time.contains("before it starts"), "{time}");
    assert_eq!(page.form(MANAGE).value(&closes), Some("9.30pm"));
    assert_eq!(app.project(CIP).await, before, "nothing saved");
}

/// The moderators' queue: a rejection with no reason and a reason too long are said by
/// that form's own field (each form's field has an id of its own), with the typed text
/// kept and the queue around it.
#[tokio::test]
async fn the_moderation_queue_says_a_problem_by_the_form_it_is_in() {
    let app = TestApp::seeded().await;
    let asker = app.sign_up("asker@example.test").await;
    let id = app.claimed(&asker, QUARRIERS).await;
    let moderator = app.moderator().await;
    let action = format!("/moderate/claims/{id}");
    let field = format!("reason-claims-{id}");

    let refused = moderator
        .submit("/moderate", &action, &[("decision", "reject")])
        .await;
    let message = problem(&refused, &field, StatusCode::BAD_REQUEST);
    assert!(message.contains("reason"), "{message}");
    assert_eq!(
        refused.texts("h1"),
        ["Moderation"],
        "the queue is shown again"
    );

    let long = "Not this group. ".repeat(200);
    let refused = moderator
        .submit(
            "/moderate",
            &action,
            &[("decision", "reject"), ("reason", long.as_str())],
        )
        .await;
    problem(&refused, &field, StatusCode::BAD_REQUEST);
    assert_eq!(
        refused.attrs(&format!("#{field}"), "value"),
        [long.trim()],
        "the typed reason is kept"
    );
    assert_eq!(refused.attrs(&format!("#{field}"), "maxlength"), ["2000"]);
    // Still waiting: nothing was decided.
    assert_eq!(app.pending_claim("asker@example.test", QUARRIERS).await, id);

    // A one-time sign-in link for an address with no account: said by the address.
    let unknown = moderator
        .submit(
            "/moderate",
            "/moderate/sign-in-links",
            &[("email", "Nobody@Example.test")],
        )
        .await;
    let message = problem(&unknown, "email-sign-in-links", StatusCode::BAD_REQUEST);
    assert!(message.contains("nobody@example.test"), "{message}");
    assert_eq!(
        unknown.attrs("#email-sign-in-links", "value"),
        ["Nobody@Example.test"]
    );
}
