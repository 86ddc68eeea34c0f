//! Welsh and the community languages: the catalogues are complete where they must be,
//! and pages under `/cy/`, `/ur/` … are wholly in that language, link to the others and
//! set no cookie.
//!
//! Pages converted so far (all of their own words and the frame's): the front page, the
//! search form and results (with next steps and emergency advice), the error pages, the
//! About page, the directory, the list of languages, and the printed part of the sheet.

use crate::support::{Page, TestApp};
use axum::http::StatusCode;
use peermap::i18n::{FILES, Lang, keys};
use std::collections::BTreeSet;

/// The message ids of `lang`'s `file` (or of all its files).
pub(crate) fn ids(lang: Lang, file: Option<&str>) -> BTreeSet<String> {
    FILES
        .iter()
        .filter(|(l, f, _)| *l == lang && file.is_none_or(|want| want == *f))
        .flat_map(|(_, _, text)| keys(text))
        .collect()
}

#[test]
fn every_english_message_is_in_welsh() {
    let english = ids(Lang::En, None);
    let welsh = ids(Lang::Cy, None);
    let missing: Vec<_> = english.difference(&welsh).collect();
    assert!(english.len() > 150, "{} English messages", english.len());
    assert!(missing.is_empty(), "missing from Welsh: {missing:?}");
}

#[test]
fn every_message_of_the_moment_of_need_is_in_every_community_language() {
    for file in ["core.ftl", "sheet.ftl"] {
        let english = ids(Lang::En, Some(file));
        assert!(!english.is_empty(), "{file}");
        for lang in Lang::ALL.into_iter().filter(|l| l.is_community()) {
            let theirs = ids(lang, Some(file));
            let missing: Vec<_> = english.difference(&theirs).collect();
            assert!(
                missing.is_empty(),
                "missing from {lang}/{file}: {missing:?}"
            );
        }
    }
    for lang in Lang::ALL.into_iter().filter(|l| l.is_community()) {
        // Written for the language, not copied from English.
        assert_ne!(lang.t("home-title"), Lang::En.t("home-title"), "{lang}");
        assert_ne!(lang.t("exit"), Lang::En.t("exit"), "{lang}");
    }
}

#[test]
fn every_catalogue_says_whether_a_fluent_speaker_reviewed_it() {
    for lang in Lang::ALL {
        assert!(lang.has("catalogue-reviewed"), "{lang}");
        let said = lang.t("catalogue-reviewed");
        assert!(said == "yes" || said == "no", "{lang}: {said}");
    }
    // Nobody has checked them yet; the About page must not say otherwise.
    assert!(!Lang::Cy.reviewed() && !Lang::Ur.reviewed());
}

/// The English messages of `file` a page in another language must not show: whole
/// sentences and phrases of three words or more, with no variables.
pub(crate) fn english_phrases(file: Option<&str>) -> Vec<(String, String)> {
    ids(Lang::En, file)
        .into_iter()
        .filter(|id| !id.starts_with("catalogue-"))
        .map(|id| {
            let text = Lang::En.t(&id);
            (id, text)
        })
        .filter(|(_, text)| !text.contains('{') && text.split_whitespace().count() >= 3)
        .collect()
}

/// The text a page shows in its own language: everything but what is marked as English
/// (a listing's own words, the name of English among the languages).
pub(crate) fn own_text(html: &str) -> String {
    fn walk(element: scraper::ElementRef<'_>, out: &mut String) {
        let e = element.value();
        let english = e.attr("lang").is_some_and(|l| l.starts_with("en")) && e.name() != "html";
        if english || matches!(e.name(), "script" | "style") {
            return;
        }
        for child in element.children() {
            if let Some(text) = child.value().as_text() {
                out.push_str(text);
            } else if let Some(inner) = scraper::ElementRef::wrap(child) {
                walk(inner, out);
            }
        }
        out.push(' ');
    }
    let doc = scraper::Html::parse_document(html);
    let mut out = String::new();
    walk(doc.root_element(), &mut out);
    out
}

pub(crate) fn assert_no_english(page: &Page, uri: &str, file: Option<&str>) {
    let text = own_text(&page.body);
    let left: Vec<_> = english_phrases(file)
        .into_iter()
        .filter(|(_, english)| text.contains(english.as_str()))
        .collect();
    assert!(left.is_empty(), "{uri} shows English: {left:?}");
}

/// `page` (at `uri`, under `/cy/`) is wholly in Welsh and links to the same page in English.
pub(crate) fn assert_welsh(page: &Page, uri: &str) {
    assert_in(page, uri, Lang::Cy);
    assert_no_english(page, uri, None);
    let english = uri.strip_prefix("/cy").unwrap();
    assert_eq!(
        page.attrs("a.other-language", "href"),
        vec![english.to_string()],
        "{uri}"
    );
    assert!(page.body.contains(">English</a>"), "{uri}");
}

pub(crate) fn assert_in(page: &Page, uri: &str, lang: Lang) {
    let html = page.attrs("html", "lang");
    assert_eq!(html, vec![lang.html_lang().to_string()], "{uri}");
    assert_eq!(
        page.attrs("html", "dir"),
        vec![lang.dir().to_string()],
        "{uri}"
    );
    assert!(!page.set_cookie, "{uri} set a cookie");
}

/// The pages converted to the catalogues, with the status each answers.
const WELSH_PAGES: &[(&str, StatusCode)] = &[
    ("/cy/", StatusCode::OK),
    ("/cy/search", StatusCode::OK),
    ("/cy/search?where=Caerdydd", StatusCode::OK),
    (
        "/cy/search?where=Caerdydd&need=postpartum-psychosis",
        StatusCode::OK,
    ),
    (
        "/cy/search?where=Portadown&need=refugee-migrant-women",
        StatusCode::OK,
    ),
    (
        "/cy/search?where=Nowhere%20At%20All%20Xyz",
        StatusCode::BAD_REQUEST,
    ),
    ("/cy/about", StatusCode::OK),
    ("/cy/projects", StatusCode::OK),
    ("/cy/professionals", StatusCode::OK),
    (
        "/cy/projects/community-intercultural-programme/report",
        StatusCode::OK,
    ),
    (
        "/cy/projects/community-intercultural-programme",
        StatusCode::OK,
    ),
    (
        "/cy/projects/action-on-postpartum-psychosis",
        StatusCode::OK,
    ),
    (
        "/cy/projects?nation=wales&need=perinatal-mental-health",
        StatusCode::OK,
    ),
    ("/cy/languages", StatusCode::OK),
    ("/cy/no-such-page", StatusCode::NOT_FOUND),
];

#[tokio::test]
async fn welsh_pages_are_in_welsh_and_link_to_english() {
    let app = TestApp::seeded().await;
    for (uri, status) in WELSH_PAGES {
        let page = app.get(uri).await;
        assert_eq!(page.status, *status, "{uri}");
        assert_in(&page, uri, Lang::Cy);
        assert_no_english(&page, uri, None);
        // The same page in English, one tap away.
        let english = match uri.strip_prefix("/cy").unwrap() {
            "" => "/".to_string(),
            p if p.starts_with('?') => format!("/{p}"),
            p => p.to_string(),
        };
        let links = page.attrs("a.other-language", "href");
        assert_eq!(links, vec![english], "{uri}");
        assert!(page.body.contains(">English</a>"), "{uri}");
        // And every language from the header.
        assert_eq!(
            page.attrs("a.more-languages", "href"),
            vec!["/cy/languages"],
            "{uri}"
        );
        // Search engines find each language's version.
        let alternates = page.attrs("link[rel=alternate][hreflang=en]", "href");
        assert_eq!(alternates.len(), 1, "{uri}");
    }
}

#[tokio::test]
async fn links_and_forms_on_a_welsh_page_stay_in_welsh() {
    let app = TestApp::seeded().await;
    let page = app.get("/cy/").await;
    for href in page.attrs("nav a", "href") {
        assert!(href.starts_with("/cy/"), "{href}");
    }
    assert_eq!(page.attrs("form.search", "action"), vec!["/cy/search"]);
    let results = app.get("/cy/search?where=Caerdydd").await;
    let cards = results.attrs("li.card h3 a", "href");
    assert!(!cards.is_empty());
    assert!(
        cards.iter().all(|h| h.starts_with("/cy/projects/")),
        "{cards:?}"
    );
    // A listing's own words are its project's, in English, and marked so.
    assert!(
        results
            .attrs("li.card h3", "lang")
            .iter()
            .all(|l| l == "en")
    );
    // English pages are as they were: no prefix, English.
    let english = app.get("/search?where=Cardiff").await;
    assert_in(&english, "/search", Lang::En);
    assert!(
        english
            .attrs("nav a", "href")
            .iter()
            .all(|h| !h.starts_with("/cy"))
    );
    assert_eq!(
        english.attrs("a.other-language", "href"),
        vec!["/cy/search?where=Cardiff"]
    );
}

#[tokio::test]
async fn caerdydd_finds_cardiff_and_a_welsh_search_shows_welsh_crisis_routes() {
    let app = TestApp::seeded().await;
    let page = app.get("/cy/search?where=Caerdydd").await;
    assert_eq!(page.status, StatusCode::OK);
    let title = page.texts("h1").join(" ");
    assert!(title.contains("Cardiff"), "{title}");
    assert!(
        title.starts_with("Cymorth gan gymheiriaid yn agos at"),
        "{title}"
    );
    // Wales is known, so its own route comes first, in Welsh, with the same number.
    let strip = page.texts(".crisis-strip").join(" ");
    assert!(
        strip.contains("GIG 111 Cymru: ffoniwch 111 a phwyswch 2"),
        "{strip}"
    );
    let crisis = page.texts("aside.crisis").join(" ");
    for welsh in [
        "Angen help nawr?",
        "Argyfwng: 999",
        "Ffoniwch 111 a phwyswch 2.",
        "Mewn rhannau eraill o’r DU",
        "Yr Alban",
    ] {
        assert!(crisis.contains(welsh), "{welsh} not in {crisis}");
    }
    // Abertawe and Casnewydd too.
    for (welsh, english) in [("Abertawe", "Swansea"), ("Casnewydd", "Newport")] {
        let page = app.get(&format!("/cy/search?where={welsh}")).await;
        assert!(page.texts("h1").join(" ").contains(english), "{welsh}");
    }
}

#[tokio::test]
async fn arabic_and_urdu_pages_run_right_to_left() {
    let app = TestApp::seeded().await;
    for uri in [
        "/ar/",
        "/ur/",
        "/ur/search?where=Portadown&need=refugee-migrant-women",
        "/ar/languages",
    ] {
        let page = app.get(uri).await;
        assert_eq!(page.status, StatusCode::OK, "{uri}");
        let lang = if uri.starts_with("/ar") {
            Lang::Ar
        } else {
            Lang::Ur
        };
        assert_in(&page, uri, lang);
        assert_eq!(page.attrs("html", "dir"), vec!["rtl"]);
    }
}

/// The moment of need in every community language: the question, the search form and
/// results, the next steps, the crisis box and the quick exit.
#[tokio::test]
async fn community_language_pages_show_the_moment_of_need_in_that_language() {
    let app = TestApp::seeded().await;
    for lang in Lang::ALL.into_iter().filter(|l| l.is_community()) {
        for path in [
            "/",
            "/search?where=Portadown&need=refugee-migrant-women",
            "/search?where=Preston&need=postpartum-psychosis&within=2",
            "/languages",
            "/no-such-page",
        ] {
            let uri = lang.path(path);
            let page = app.get(&uri).await;
            assert_in(&page, &uri, lang);
            assert_no_english(&page, &uri, Some("core.ftl"));
            assert!(page.body.contains(&lang.t("exit")), "{uri}");
            assert!(page.body.contains(&lang.t("urgent-title")), "{uri}");
            assert!(page.body.contains(&lang.t("layout-languages")), "{uri}");
            // The way back to English is there, named in English.
            assert!(page.body.contains(">English</a>"), "{uri}");
        }
    }
}

#[tokio::test]
async fn the_list_of_languages_names_each_in_its_own_script() {
    let app = TestApp::seeded().await;
    let page = app.get("/languages").await;
    assert_eq!(page.status, StatusCode::OK);
    let names = page.texts("ul.language-list a").join(" ");
    for own in [
        "Cymraeg",
        "Polski",
        "Română",
        "ਪੰਜਾਬੀ",
        "اردو",
        "Português",
        "Español",
        "العربية",
        "বাংলা",
        "ትግርኛ",
    ] {
        assert!(names.contains(own), "{own} not in {names}");
    }
    assert!(
        page.attrs("ul.language-list a", "href")
            .contains(&"/ur/".to_string())
    );
    // Every page's header links to it.
    let home = app.get("/").await;
    assert_eq!(home.attrs("a.more-languages", "href"), vec!["/languages"]);
    assert_eq!(
        home.texts("a.more-languages"),
        vec!["Need this in another language?"]
    );
    // The language filter names each language in its own script and in English.
    let options = home.texts("select#lang option").join("|");
    assert!(options.contains("Polski (Polish)"), "{options}");
    assert!(options.contains("اردو (Urdu)"), "{options}");
}

#[tokio::test]
async fn the_about_page_says_which_translations_are_reviewed() {
    let app = TestApp::seeded().await;
    let page = app.get("/about").await;
    let section = page
        .body
        .split("id=\"translations\"")
        .nth(1)
        .unwrap_or_default();
    assert!(section.contains("Not yet checked by a fluent speaker"));
    assert!(section.contains("Cymraeg"));
    assert!(section.contains("Report a problem with this listing"));
}

#[tokio::test]
async fn no_language_sets_a_cookie() {
    let app = TestApp::seeded().await;
    for lang in Lang::ALL {
        for path in ["/", "/search?where=Cardiff", "/about", "/languages"] {
            let uri = lang.path(path);
            let page = app.visitor().get(&uri).await;
            assert_eq!(page.status, StatusCode::OK, "{uri}");
            assert!(!page.set_cookie, "{uri} set a cookie");
            assert!(page.headers.get("set-cookie").is_none(), "{uri}");
        }
    }
}

#[tokio::test]
async fn the_sheet_is_printed_in_the_language_chosen_on_it() {
    let app = TestApp::seeded().await;
    let english = app
        .get("/signpost?where=CV1&need=postpartum-psychosis")
        .await;
    // Chosen on the sheet: the same sheet in every language.
    let choices = english.attrs(".sheet-languages a", "href");
    assert!(
        choices.contains(&"/ur/signpost?where=CV1&need=postpartum-psychosis".to_string()),
        "{choices:?}"
    );
    assert_eq!(choices.len(), Lang::ALL.len() - 1);
    let page = app
        .get("/ur/signpost?where=CV1&need=postpartum-psychosis")
        .await;
    assert_eq!(page.status, StatusCode::OK);
    assert_in(&page, "/ur/signpost", Lang::Ur);
    let crisis = page.texts("section.sheet-crisis").join(" ");
    for urdu in [
        "اگر آپ کو ابھی مدد چاہیے",
        "ایمرجنسی",
        "ابھی کال کریں اگر آپ یا کوئی اور خطرے میں ہے",
    ] {
        assert!(crisis.contains(urdu), "{urdu} not in {crisis}");
    }
    assert!(
        crisis.contains("999") && crisis.contains("116 123"),
        "{crisis}"
    );
    // The printed part is in Urdu; each listing keeps its QR code, to its page in Urdu.
    let printed: Vec<_> = english_phrases(Some("sheet.ftl"))
        .into_iter()
        .filter(|(_, e)| own_text(&page.body).contains(e.as_str()))
        .collect();
    assert!(printed.is_empty(), "{printed:?}");
    assert!(page.outer("figure.qr-code svg").len() > 1);
    let links = page.attrs("a.qr-url", "href");
    assert!(
        links.iter().all(|l| l.contains("/ur/projects/")),
        "{links:?}"
    );
}

#[tokio::test]
async fn a_redirect_keeps_the_language() {
    let app = TestApp::seeded().await;
    let english = app.visitor().get("/account").await;
    assert_eq!(english.location.as_deref(), Some("/account/login"));
    let welsh = app.visitor().get("/cy/account").await;
    assert_eq!(welsh.location.as_deref(), Some("/cy/account/login"));
    assert!(!welsh.set_cookie);
}

#[tokio::test]
async fn a_problem_reported_in_welsh_is_thanked_in_welsh() {
    let app = TestApp::seeded().await;
    let path = "/cy/projects/community-intercultural-programme/report";
    let form = app.visitor().get(path).await;
    assert_eq!(form.attrs("form[method=post]", "action"), vec![path]);
    let sent = app
        .visitor()
        .submit(
            path,
            path,
            &[("kind", "closed"), ("detail", "Mae’r neuadd ar gau.")],
        )
        .await;
    assert_eq!(sent.status, StatusCode::OK, "{}", sent.excerpt());
    assert_in(&sent, path, Lang::Cy);
    assert_eq!(sent.texts("h1"), vec!["Diolch, mae eich adroddiad gennym"]);
    assert_no_english(&sent, path, None);
}
