//! The peer-assurance route with the clock moved: a listing becomes "Peer-assured" after
//! its self-assessment and reviews by two other projects, lapses 12 months on, and a
//! moderator's withdrawal is kept in its history; each year's reflection stays readable.

use crate::support::{TestApp, TestClock, db};
use axum::http::StatusCode;
use peermap::domain::Principle;

const CIP: &str = "community-intercultural-programme";
const QUARRIERS: &str = "quarriers";
const ACACIA: &str = "acacia-family-support";

/// The reflection form's fields for every principle, each answer naming `words`.
fn whole_reflection(words: &str) -> Vec<(String, String)> {
    let mut fields = Vec::new();
    for p in Principle::ALL {
        let s = p.slug();
        fields.push((format!("status_{s}"), "we-do-this".to_string()));
        fields.push((format!("how_{s}"), format!("{words}: how for {s}.")));
        fields.push((format!("evidence_{s}"), format!("{words}: shown for {s}.")));
    }
    fields.push(("action".to_string(), "publish".to_string()));
    fields
}

/// `keeper` publishes a reflection on all five principles of `slug`.
async fn publish_reflection(keeper: &TestApp, slug: &str, words: &str) {
    let form = format!("/manage/{slug}/reflection");
    let fields = whole_reflection(words);
    let fields: Vec<(&str, &str)> = fields
        .iter()
        .map(|(k, v)| (k.as_str(), v.as_str()))
        .collect();
    let done = keeper.submit(&form, &form, &fields).await;
    assert_eq!(done.status, StatusCode::SEE_OTHER, "{}", done.excerpt());
}

/// `keeper` of project `by` publishes a review of `CIP` recognising all five principles.
async fn review_all(app: &TestApp, keeper: &TestApp, by: &str) -> i64 {
    let form = format!("/projects/{CIP}/review");
    let mut fields: Vec<(String, String)> = vec![("reviewer".into(), by.into())];
    for p in Principle::ALL {
        fields.push((format!("verdict_{}", p.slug()), "recognise".into()));
        fields.push((
            format!("comment_{}", p.slug()),
            format!("{by} works the same way."),
        ));
    }
    fields.push(("action".into(), "publish".into()));
    let fields: Vec<(&str, &str)> = fields
        .iter()
        .map(|(k, v)| (k.as_str(), v.as_str()))
        .collect();
    let done = keeper.submit(&form, &form, &fields).await;
    assert_eq!(done.status, StatusCode::SEE_OTHER, "{}", done.excerpt());
    app.reviews_of(CIP).await[0]
}

/// What the public page of CIP says about peer assurance.
async fn assurance_box(app: &TestApp) -> String {
    let page = app.visitor().get(&format!("/projects/{CIP}")).await;
    page.texts(".assurance").join(" ")
}

/// CIP publishes its self-assessment; Quarriers and Acacia review it. Returns CIP's
/// keeper and the two review ids.
async fn assured(app: &TestApp) -> (TestApp, i64, i64) {
    let alice = app.maintainer_of(CIP).await;
    app.set_trusted(CIP, alice.email()).await;
    publish_reflection(&alice, CIP, "Our first year").await;
    assert_eq!(assurance_box(app).await, "");
    let needs = alice.get("/account").await.texts("ul.recommendations li");
    assert_eq!(needs.len(), 1, "{needs:?}");
    assert!(
        needs[0].starts_with("2 more projects' reviews"),
        "{needs:?}"
    );

    let bob = app.maintainer_of(QUARRIERS).await;
    let first = review_all(app, &bob, QUARRIERS).await;
    // One project's review, even twice over, is not two projects.
    assert_eq!(assurance_box(app).await, "");
    let needs = alice.get("/account").await.texts("ul.recommendations li");
    assert!(
        needs[0].starts_with("One more project's review"),
        "{needs:?}"
    );

    let carol = app.maintainer_of(ACACIA).await;
    let second = review_all(app, &carol, ACACIA).await;
    (alice, first, second)
}

#[tokio::test]
async fn a_listing_is_peer_assured_after_its_self_assessment_and_two_reviews_and_lapses_a_year_on()
{
    let (app, clock): (TestApp, TestClock) = TestApp::over_clock(db::seeded_sqlite().await).await;
    let (alice, first, second) = assured(&app).await;
    let today = clock.today().format("%-d %B %Y").to_string();
    let shown = assurance_box(&app).await;
    assert!(
        shown.starts_with(&format!("Peer-assured since {today}")),
        "{shown}"
    );
    let page = app.visitor().get(&format!("/projects/{CIP}")).await;
    let links = page.attrs(".assurance a", "href");
    for id in [first, second] {
        let link = format!("/projects/{CIP}#review-{id}");
        assert!(links.contains(&link), "no {link} in {links:?}");
        assert_eq!(page.attrs(&format!("#review-{id}"), "id").len(), 1);
    }
    assert!(links.contains(&"/toolkit/peer-assurance".to_string()));
    let account = alice.get("/account").await;
    assert!(account.texts("ul.recommendations li").is_empty());
    assert!(
        account
            .texts(".assurance-needs p")
            .concat()
            .contains("This project is peer-assured")
    );

    // Eleven months on it stands; twelve months on, without renewal, it has lapsed.
    clock.advance_months(11);
    assert!(assurance_box(&app).await.starts_with("Peer-assured"));
    clock.advance_months(1);
    assert_eq!(assurance_box(&app).await, "");
    let account = alice.get("/account").await;
    let said = account.texts(".assurance-needs").concat();
    assert!(said.contains("Peer assurance lapsed"), "{said}");
    let needs = account.texts("ul.recommendations li");
    assert!(
        needs[0].starts_with("Publish your self-assessment of principle 1"),
        "{needs:?}"
    );
    assert!(
        needs
            .iter()
            .any(|n| n.starts_with("2 more projects' reviews"))
    );
}

#[tokio::test]
async fn a_moderator_withdraws_peer_assurance_with_a_reason_kept_in_the_history() {
    let (app, _clock): (TestApp, TestClock) = TestApp::over_clock(db::seeded_sqlite().await).await;
    let (alice, _, _) = assured(&app).await;
    let form = format!("/moderate/assurance/{CIP}");
    // Only a moderator.
    assert_eq!(alice.get(&form).await.status, StatusCode::FORBIDDEN);
    let moderator = app.moderator().await;
    let queue = moderator.get("/moderate").await;
    assert!(
        queue.attrs("ul.assured a", "href").contains(&form),
        "the queue links to it"
    );
    let page = moderator.get(&form).await;
    assert_eq!(page.status, StatusCode::OK, "{}", page.excerpt());
    let fed = app.state.store.last_change().await.unwrap();
    // No reason: the form again, with the error, and nothing changed.
    let bad = moderator.submit(&form, &form, &[("reason", "")]).await;
    assert_eq!(bad.status, StatusCode::BAD_REQUEST);
    assert_eq!(bad.texts(".error-summary li").len(), 1);
    assert!(assurance_box(&app).await.starts_with("Peer-assured"));
    let reason = "A safeguarding concern is being looked into.";
    let done = moderator.submit(&form, &form, &[("reason", reason)]).await;
    assert_eq!(done.status, StatusCode::SEE_OTHER, "{}", done.excerpt());
    let shown = assurance_box(&app).await;
    assert!(shown.starts_with("Peer assurance withdrawn"), "{shown}");
    // The reason is not on the public page: its keepers see it, with what to do next.
    assert!(!shown.contains(reason), "{shown}");
    let account = alice.get("/account").await;
    let said = account.texts(".assurance-needs").concat();
    assert!(said.contains(reason), "{said}");
    let told: Vec<_> = app
        .state
        .store
        .outbox()
        .await
        .unwrap()
        .into_iter()
        .filter(|m| m.to == alice.email() && m.subject.starts_with("Peer assurance of"))
        .collect();
    assert_eq!(told.len(), 1);
    assert!(told[0].text.contains(reason), "{}", told[0].text);
    let needs = account.texts("ul.recommendations li");
    assert!(
        needs[0].starts_with("Publish your self-assessment of principle 1"),
        "{needs:?}"
    );
    let entry = app
        .history(CIP)
        .await
        .into_iter()
        .find(|h| h.field == "peer assurance withdrawn")
        .expect("the withdrawal is in the history");
    assert!(entry.new_value.unwrap().contains(reason));
    assert_eq!(entry.actor, "mod@peermap.test");
    // Through the change feed, as other writes.
    assert!(app.state.store.last_change().await.unwrap() > fed);
    // A second withdrawal has nothing to withdraw.
    let page = moderator.get(&form).await;
    assert!(page.body.contains("This listing is not peer-assured"));
    let again = moderator
        .post_fields(&form, "/moderate", &[("reason", reason)])
        .await;
    assert_eq!(again.status, StatusCode::CONFLICT, "{}", again.excerpt());
}

#[tokio::test]
async fn last_years_reflection_is_still_readable_after_this_years_is_published() {
    let (app, clock): (TestApp, TestClock) = TestApp::over_clock(db::seeded_sqlite().await).await;
    let keeper = app.maintainer_of(QUARRIERS).await;
    app.set_trusted(QUARRIERS, keeper.email()).await;
    publish_reflection(&keeper, QUARRIERS, "Last year").await;
    let last_year = clock.today().format("%Y").to_string();
    clock.advance_months(12);
    publish_reflection(&keeper, QUARRIERS, "This year").await;
    let this_year = clock.today().format("%Y").to_string();

    let page = app
        .visitor()
        .get(&format!("/projects/{QUARRIERS}/reflections"))
        .await;
    assert_eq!(page.status, StatusCode::OK);
    assert_eq!(
        page.texts("section.reflection-year h2"),
        [this_year, last_year]
    );
    let older = page
        .texts("section.reflection-year:nth-of-type(2)")
        .concat();
    assert!(
        older.contains("Last year: how for safe-and-nurturing."),
        "{older}"
    );
    assert!(!older.contains("This year"), "{older}");
    let newer = page
        .texts("section.reflection-year:nth-of-type(1)")
        .concat();
    assert!(newer.contains("This year: shown for benefits-everyone."));
    // In the workbook's form: each principle's questions and the three columns.
    let asked = page.texts("section.reflection-year:nth-of-type(2) ol.grid-questions > li");
    assert_eq!(asked.len(), 4 + 3 + 3 + 3 + 4);
    assert!(asked[0].starts_with("A. "), "{asked:?}");
    assert_eq!(
        page.texts("section.reflection-year:nth-of-type(2) .column-title")
            .len(),
        15
    );
    // The listing links to it.
    let listing = app.visitor().get(&format!("/projects/{QUARRIERS}")).await;
    assert!(
        listing
            .attrs("main a", "href")
            .contains(&format!("/projects/{QUARRIERS}/reflections"))
    );
}

#[tokio::test]
async fn the_criteria_are_published_and_no_page_scores_a_project() {
    let (app, _clock): (TestApp, TestClock) = TestApp::over_clock(db::seeded_sqlite().await).await;
    let criteria = app.get("/toolkit/peer-assurance").await;
    assert_eq!(criteria.status, StatusCode::OK);
    let asks = criteria.texts("ol.criteria li");
    assert_eq!(asks.len(), 2);
    assert!(asks[0].contains("all five principles"), "{asks:?}");
    assert!(asks[1].contains("at least two other projects"), "{asks:?}");
    let (alice, _, _) = assured(&app).await;
    let visitor = app.visitor();
    let bob = app.sign_in("maintainer@quarriers.test").await;
    let pages = [
        visitor.get("/toolkit/peer-assurance").await,
        visitor.get(&format!("/projects/{CIP}")).await,
        visitor.get(&format!("/projects/{CIP}/reflections")).await,
        visitor
            .get("/toolkit/support?need=supervision&where=Preston")
            .await,
        bob.get(&format!("/projects/{CIP}/review")).await,
        alice.get("/account").await,
        visitor.get(&format!("/api/v1/projects/{CIP}")).await,
    ];
    for page in pages {
        let text = if page.body.starts_with('{') {
            page.body.to_lowercase()
        } else {
            page.texts("main").join(" ").to_lowercase()
        };
        assert_eq!(page.status, StatusCode::OK, "{}", page.excerpt());
        assert!(!text.is_empty());
        // What the pages say a project is not.
        let mut said = text.clone();
        for denial in [
            "not a score or a rating",
            "never a score",
            "not ratings",
            "not a score",
        ] {
            said = said.replace(denial, "");
        }
        for word in ["score", "rank", "out of 5", "rating", "percent"] {
            assert!(!said.contains(word), "a page says “{word}”: {said}");
        }
        let chars: Vec<char> = said.chars().collect();
        let percentage = chars
            .windows(2)
            .any(|w| w[0].is_ascii_digit() && w[1] == '%');
        assert!(!percentage, "a page gives a percentage: {said}");
    }
}

/// The slugs an API answer lists.
const SELF_ASSESSED: &str = "self-assessment-published";
const PEER_REVIEWED: &str = "peer-reviewed";
const PEER_ASSURED: &str = "peer-assured";

/// The names of the services the open-data feed lists under this term of its "peer
/// recognition" vocabulary.
async fn open_data(app: &TestApp, term: &str) -> Vec<String> {
    let id = peermap::oruk::ids::term("peer-recognition", term);
    let page = app
        .visitor()
        .get(&format!(
            "/api/oruk/v3/services?taxonomy_term_id={id}&per_page=100"
        ))
        .await;
    assert_eq!(page.status, StatusCode::OK, "{}", page.body);
    let body: serde_json::Value = serde_json::from_str(&page.body).unwrap();
    body["contents"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| s["name"].as_str().unwrap().to_string())
        .collect()
}

fn listed(body: &str) -> Vec<String> {
    let mut found: Vec<String> = [CIP, QUARRIERS, ACACIA]
        .iter()
        .filter(|s| {
            body.contains(&format!("\"{s}\"")) || body.contains(&format!("/projects/{s}\""))
        })
        .map(|s| s.to_string())
        .collect();
    found.sort();
    found
}

#[tokio::test]
async fn peer_assured_filters_the_directory_search_and_api_until_it_lapses() {
    let (app, clock): (TestApp, TestClock) = TestApp::over_clock(db::seeded_sqlite().await).await;
    let visitor = app.visitor();
    let cip_name = app
        .state
        .store
        .get(&peermap::domain::Slug::parse(CIP).unwrap())
        .await
        .unwrap()
        .unwrap()
        .project
        .name;
    // Before: nobody is peer-assured.
    let api = visitor.get("/api/v1/projects?assured=yes").await;
    assert_eq!(api.status, StatusCode::OK);
    assert!(listed(&api.body).is_empty(), "{}", api.body);
    assert!(open_data(&app, PEER_ASSURED).await.is_empty());
    assured(&app).await;
    let api = visitor.get("/api/v1/projects?assured=yes").await.body;
    assert_eq!(listed(&api), [CIP], "{api}");
    // The open-data feed gives the same three filters as terms of "peer recognition".
    assert_eq!(open_data(&app, PEER_ASSURED).await, vec![cip_name.clone()]);
    assert!(open_data(&app, PEER_REVIEWED).await.contains(&cip_name));
    assert!(open_data(&app, SELF_ASSESSED).await.contains(&cip_name));
    // "Peer reviewed" alone still lists CIP; with "peer-assured" both must hold.
    let both = visitor
        .get("/api/v1/projects?assured=yes&reviewed=yes&reflection=published")
        .await
        .body;
    assert_eq!(listed(&both), [CIP]);
    let search = visitor
        .get("/api/v1/search?where=Portadown&assured=yes")
        .await
        .body;
    assert_eq!(listed(&search), [CIP], "{search}");
    let directory = visitor.get("/projects?assured=yes").await;
    let links = directory.attrs("main a", "href");
    assert!(links.contains(&format!("/projects/{CIP}")), "{links:?}");
    assert!(!links.contains(&format!("/projects/{QUARRIERS}")));
    let boxes = directory.attrs("input[name=assured]", "checked");
    assert_eq!(boxes.len(), 1, "the directory offers the filter, ticked");
    let all = visitor.get("/projects?per_page=500").await;
    assert!(
        all.attrs("main a", "href")
            .contains(&format!("/projects/{QUARRIERS}"))
    );

    // A year on, the hourly check finds it lapsed: the filters no longer list it.
    clock.advance_months(12);
    app.state.registry.refresh_assurance().await.unwrap();
    let api = visitor.get("/api/v1/projects?assured=yes").await.body;
    assert!(listed(&api).is_empty(), "{api}");
    assert!(
        open_data(&app, PEER_ASSURED).await.is_empty(),
        "lapsed in the feed too"
    );
    assert!(open_data(&app, PEER_REVIEWED).await.contains(&cip_name));
    let directory = visitor.get("/projects?assured=yes").await;
    assert!(
        !directory
            .attrs("main a", "href")
            .contains(&format!("/projects/{CIP}"))
    );
}
