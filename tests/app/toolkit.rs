//! The toolkit: the five principles with every question of the self-reflection grid, what
//! helps, training and supervision for small groups, and the blank workbook, with no score.

use crate::support::TestApp;
use axum::http::StatusCode;
use peermap::domain::Principle;

/// How many questions the 2019 grid asks under each principle, in order.
const GRID: [usize; 5] = [4, 3, 3, 3, 4];

#[tokio::test]
async fn the_toolkit_asks_every_question_of_the_grid_under_its_principle() {
    let app = TestApp::seeded().await;
    let page = app.get("/toolkit").await;
    assert_eq!(page.status, StatusCode::OK);
    let headings = page.texts("section.principle h3");
    assert_eq!(headings.len(), 5, "{headings:?}");
    assert_eq!(
        headings[0],
        "Principle 1: Good perinatal peer support is safe and nurturing"
    );
    for (n, count) in GRID.iter().enumerate() {
        let css = format!("#principle-{} + ol.grid-questions > li", n + 1);
        assert_eq!(page.texts(&css).len(), *count, "principle {}", n + 1);
    }
    // The letters are the grid's: A to D under principle 1.
    let letters = page.attrs("section.principle:first-of-type ol > li", "value");
    assert_eq!(letters, ["1", "2", "3", "4"]);
    let safeguarding = &page.texts("#principle-1 + ol > li")[1];
    assert!(safeguarding.contains("safeguarding lead"), "{safeguarding}");
    let supervision = &page.texts("#principle-5 + ol > li")[3];
    assert!(
        supervision.contains("clinical supervision"),
        "{supervision}"
    );
}

#[tokio::test]
async fn the_toolkit_says_how_a_small_group_finds_training_and_supervision() {
    let app = TestApp::seeded().await;
    let page = app.get("/toolkit").await;
    let small = page.texts("#small-groups ~ dl.helps dt");
    for way in [
        "Training",
        "Supervision through a larger organisation",
        "Peer-to-peer supervision",
        "In pairs or as a group",
        "Clinical supervision",
    ] {
        assert!(small.iter().any(|t| t == way), "no “{way}” in {small:?}");
    }
    let links = page.attrs("main a", "href");
    for href in [
        "/toolkit/workbook",
        "https://maternalmentalhealthalliance.org/psp/",
    ] {
        assert!(links.iter().any(|l| l == href), "no link to {href}");
    }
    let home = app.get("/").await;
    assert!(
        home.attrs("footer a", "href")
            .contains(&"/toolkit".to_string())
    );
}

#[tokio::test]
async fn the_workbook_has_the_three_columns_to_write_in_under_every_principle() {
    let app = TestApp::seeded().await;
    let page = app.get("/toolkit/workbook").await;
    assert_eq!(page.status, StatusCode::OK);
    let sections = page.texts("section.workbook-principle h2");
    assert_eq!(sections.len(), 5, "{sections:?}");
    for (n, p) in Principle::ALL.iter().enumerate() {
        let css = format!("section.workbook-principle:nth-of-type({}) li", n + 1);
        let asked = page.texts(&css);
        assert_eq!(asked.len(), GRID[n], "{asked:?}");
        assert!(asked[0].starts_with("A. "), "{asked:?}");
        assert!(sections[n].contains(p.statement()), "{sections:?}");
    }
    let columns = page.texts(".grid-cell .column-title");
    assert_eq!(columns.len(), 5 * 3);
    assert_eq!(
        &columns[..3],
        [
            "How we do this, or plan to",
            "How we show it",
            "What we will do next"
        ]
    );
}

#[tokio::test]
async fn no_toolkit_page_scores_or_ranks() {
    let app = TestApp::seeded().await;
    for uri in ["/toolkit", "/toolkit/workbook"] {
        let text = app.get(uri).await.texts("main").join(" ").to_lowercase();
        for word in ["score", "rank", "%", "out of 5", "rating"] {
            assert!(!text.contains(word), "{uri} says “{word}”");
        }
    }
}

#[tokio::test]
async fn the_reflection_form_asks_the_grid_and_the_published_reflection_shows_it() {
    let app = TestApp::seeded().await;
    let keeper = app.maintainer_of("quarriers").await;
    app.set_trusted("quarriers", keeper.email()).await;
    let form = "/manage/quarriers/reflection";
    let page = keeper.get(form).await;
    assert_eq!(page.status, StatusCode::OK);
    for (n, count) in GRID.iter().enumerate() {
        let css = format!("fieldset:nth-of-type({}) ol.grid-questions > li", n + 1);
        assert_eq!(page.texts(&css).len(), *count, "principle {}", n + 1);
    }
    let labels = page.texts("fieldset:first-of-type label");
    assert_eq!(
        labels,
        [
            "Where you are",
            "How we do this, or plan to",
            "How we show it",
            "What we will do next"
        ]
    );
    let statuses = page.texts("#status_safe-and-nurturing option");
    assert_eq!(
        statuses,
        [
            "Not answered yet",
            "In place",
            "Working on it",
            "Not yet",
            "Does not apply to us"
        ]
    );

    let published = keeper
        .submit(
            form,
            form,
            &[
                ("status_benefits-everyone", "working-towards"),
                ("how_benefits-everyone", "Monthly group supervision."),
                ("action", "publish"),
            ],
        )
        .await;
    assert_eq!(
        published.status,
        StatusCode::SEE_OTHER,
        "{}",
        published.excerpt()
    );
    let public = app.visitor().get("/projects/quarriers").await;
    let section = public.texts("section.reflection").join(" ");
    assert!(
        section.contains("Principle 5: Good perinatal peer support benefits everyone involved"),
        "{section}"
    );
    let asked = public.texts("section.reflection ol.grid-questions > li");
    assert_eq!(asked.len(), 4, "{asked:?}");
    assert!(asked[3].contains("clinical supervision"), "{asked:?}");
    assert!(
        section.contains("Where the project is: Working on it"),
        "{section}"
    );
    assert_eq!(
        public.texts("section.reflection h4"),
        ["How we do this, or plan to"]
    );
}

#[tokio::test]
async fn the_review_form_shows_each_principles_questions_and_all_three_answers() {
    let app = TestApp::seeded().await;
    let keeper = app.maintainer_of("quarriers").await;
    app.set_trusted("quarriers", keeper.email()).await;
    let form = "/manage/quarriers/reflection";
    let published = keeper
        .submit(
            form,
            form,
            &[
                ("status_safe-and-nurturing", "we-do-this"),
                ("how_safe-and-nurturing", "Two facilitators in every group."),
                (
                    "evidence_safe-and-nurturing",
                    "Our safeguarding policy, reviewed in May.",
                ),
                (
                    "next_safe-and-nurturing",
                    "Train a second safeguarding lead.",
                ),
                ("action", "publish"),
            ],
        )
        .await;
    assert_eq!(published.status, StatusCode::SEE_OTHER);
    let reviewer = app.maintainer_of("acacia-family-support").await;
    let page = reviewer.get("/projects/quarriers/review").await;
    assert_eq!(page.status, StatusCode::OK, "{}", page.excerpt());
    let asked = page.texts("fieldset ol.grid-questions > li");
    assert_eq!(asked.len(), GRID[0], "{asked:?}");
    assert!(asked[1].contains("safeguarding lead"), "{asked:?}");
    let theirs = page.texts("fieldset .their-reflection h3");
    assert_eq!(
        theirs,
        [
            "How we do this, or plan to",
            "How we show it",
            "What we will do next"
        ]
    );
    let said = page.texts("fieldset .their-reflection p").join(" ");
    for answer in [
        "Two facilitators in every group.",
        "Our safeguarding policy, reviewed in May.",
        "Train a second safeguarding lead.",
    ] {
        assert!(said.contains(answer), "no “{answer}” in {said}");
    }
}
