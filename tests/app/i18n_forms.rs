//! Problems with a form said in Welsh on a Welsh page, by their fields (issue 17): none
//! of them in English.

use crate::community::reviews::{FORM, good, world};
use crate::i18n::assert_no_english;
use crate::support::TestApp;
use axum::http::StatusCode;

/// A report with no reason chosen and too long, a proposal whose name has no letters,
/// and a review blocked by one the same project wrote lately: each in Welsh.
#[tokio::test]
async fn form_problems_on_welsh_pages_are_in_welsh() {
    let app = TestApp::seeded().await;

    let visitor = app.visitor();
    let uri = "/cy/projects/quarriers/report";
    let long = "D".repeat(5_001);
    let page = visitor.submit(uri, uri, &[("detail", &long)]).await;
    assert_eq!(page.status, StatusCode::BAD_REQUEST, "{}", page.excerpt());
    let kind = page.texts("#kind-error").concat();
    assert!(
        kind.contains("Dewiswch beth sydd o’i le ar y rhestriad."),
        "{kind}"
    );
    let detail = page.field_problem("detail");
    assert!(
        detail.contains("Mae eich adroddiad yn 5001 nod o hyd"),
        "{detail}"
    );
    assert_eq!(page.form(uri).value("detail"), Some(long.as_str()));
    assert_no_english(&page, uri, None);

    let me = app.sign_up("cynigydd@example.test").await;
    let uri = "/cy/account/propose";
    let fields = [("name", "★ ★ ★"), ("statement", "Fi sy’n rhedeg y grŵp.")];
    let page = me.submit(uri, uri, &fields).await;
    assert_eq!(page.status, StatusCode::BAD_REQUEST, "{}", page.excerpt());
    let name = page.field_problem("name");
    assert!(name.contains("o leiaf 2 lythyren"), "{name}");
    assert_eq!(page.form(uri).value("name"), Some("★ ★ ★"));
    assert_no_english(&page, uri, None);

    let (_alice, bob) = world(&app).await;
    let mut fields = good();
    fields.push(("action", "publish"));
    let published = bob.submit(FORM, FORM, &fields).await;
    assert_eq!(published.status, StatusCode::SEE_OTHER);
    let uri = format!("/cy{FORM}");
    let page = bob.submit(&uri, &uri, &good()).await;
    assert_eq!(page.status, StatusCode::CONFLICT, "{}", page.excerpt());
    let reviewer = page.texts("#reviewer-error").concat();
    assert!(
        reviewer.contains("Adolygodd Quarriers y prosiect hwn ar"),
        "{reviewer}"
    );
    assert!(
        reviewer.contains("gallwch newid yr adolygiad hwnnw o hyd tan"),
        "{reviewer}"
    );
    assert_no_english(&page, &uri, None);
}
