//! A use case's refusals in the page's language: under `/cy/` in Welsh (and not marked
//! as English), under English in the words they have always had.

use crate::i18n::{assert_in, assert_no_english};
use crate::support::{Page, TestApp};
use axum::http::StatusCode;
use peermap::i18n::Lang;

const APP: &str = "action-on-postpartum-psychosis";
const QUARRIERS: &str = "quarriers";

/// The refusal on `page`, at `uri`, says `detail` in `lang` and nothing in English.
fn refused_in(page: &Page, uri: &str, lang: Lang, status: StatusCode, detail: &str) {
    assert_eq!(page.status, status, "{uri}: {}", page.excerpt());
    assert_eq!(page.texts("p.lead"), vec![detail.to_string()], "{uri}");
    // In the page's own language, so not marked as English.
    assert!(page.attrs("p.lead", "lang").is_empty(), "{uri}");
    if lang == Lang::Cy {
        assert_in(page, uri, Lang::Cy);
        assert_no_english(page, uri, Some("listing.ftl"));
        assert_no_english(page, uri, None);
        // The same address in English, one tap away.
        let english = uri.strip_prefix("/cy").unwrap();
        assert_eq!(
            page.attrs("a.other-language", "href"),
            vec![english.to_string()],
            "{uri}"
        );
    }
}

#[tokio::test]
async fn deciding_a_decided_claim_is_refused_in_the_pages_language() {
    let app = TestApp::seeded().await;
    let asker = app.sign_up("asker@example.test").await;
    let id = app.claimed(&asker, QUARRIERS).await;
    app.approve_claim(id).await;
    let moderator = app.moderator().await;
    let decide = [("decision", "approve"), ("reason", "Wedi ffonio")];

    let uri = format!("/cy/moderate/claims/{id}");
    let welsh = moderator.post_fields(&uri, "/cy/moderate", &decide).await;
    refused_in(
        &welsh,
        &uri,
        Lang::Cy,
        StatusCode::CONFLICT,
        "Mae penderfyniad eisoes wedi’i wneud ar y cais hwn.",
    );

    let uri = format!("/moderate/claims/{id}");
    let english = moderator.post_fields(&uri, "/moderate", &decide).await;
    refused_in(
        &english,
        &uri,
        Lang::En,
        StatusCode::CONFLICT,
        "This request has already been decided.",
    );
}

#[tokio::test]
async fn a_one_click_link_that_is_not_right_is_refused_in_the_pages_language() {
    let app = TestApp::seeded().await;
    let uri = format!("/cy/still-accurate/{APP}?token=not-a-token");
    let welsh = app.get(&uri).await;
    refused_in(
        &welsh,
        &uri,
        Lang::Cy,
        StatusCode::FORBIDDEN,
        "Nid yw’r ddolen hon yn gywir: efallai ei bod wedi’i thorri’n fyr neu wedi’i newid. \
         Copïwch y ddolen gyfan o’r e-bost, neu mewngofnodwch a chadarnhewch y rhestriad \
         o’r dudalen lle rydych chi’n ei gadw.",
    );

    let uri = format!("/still-accurate/{APP}?token=not-a-token");
    let english = app.get(&uri).await;
    refused_in(
        &english,
        &uri,
        Lang::En,
        StatusCode::FORBIDDEN,
        "This link is not right: it may have been cut short or changed. Copy the whole link \
         from the e-mail, or sign in and confirm the listing from the page where you keep it.",
    );
}
