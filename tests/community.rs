//! Projects keep their own listing: sign up, claim, moderation, edits, reflection, peer
//! review, reports; every mutating route checked for who may use it.

mod common;

use axum::http::StatusCode;
use common::client::Client;
use common::seeded_state;
use peermap::AppState;
use peermap::domain::Slug;
use peermap::domain::community::Role;

const CIP: &str = "community-intercultural-programme";
const QUARRIERS: &str = "quarriers";

async fn moderator(state: &AppState) -> Client {
    let c = Client::sign_up(state, "mod@peermap.test").await;
    assert!(
        state
            .store
            .set_role("mod@peermap.test", Role::Moderator)
            .await
            .unwrap()
    );
    c
}

/// The first pending claim's id, as the moderation queue shows it.
async fn first_pending_claim(state: &AppState) -> i64 {
    state
        .store
        .claims(true)
        .await
        .unwrap()
        .last()
        .expect("a pending claim")
        .id
}

/// Signs up `email`, claims `slug`, and has `moderator` approve it.
async fn maintainer_of(
    state: &AppState,
    moderator: &mut Client,
    email: &str,
    slug: &str,
) -> Client {
    let mut c = Client::sign_up(state, email).await;
    let claim = c
        .submit(
            &format!("/projects/{slug}/claim"),
            &format!("/projects/{slug}/claim"),
            &[("statement", "I coordinate the group.")],
        )
        .await;
    assert_eq!(claim.status, StatusCode::SEE_OTHER, "{}", claim.body);
    let id = first_pending_claim(state).await;
    let ok = moderator
        .submit(
            "/moderate",
            &format!("/moderate/claims/{id}"),
            &[("decision", "approve"), ("reason", "Checked by phone")],
        )
        .await;
    assert_eq!(ok.status, StatusCode::SEE_OTHER, "{}", ok.body);
    c
}

/// The listing form's fields as they stand, ready to post back with changes.
fn listing_fields(html: &str, slug: &str) -> Vec<(String, String)> {
    let mut out = Vec::new();
    let form_start = html
        .find(&format!("action=\"/manage/{slug}\""))
        .expect("the listing form");
    let form = &html[form_start..];
    let form = &form[..form.find("</form>").unwrap()];
    let attr = |el: &str, name: &str| {
        let key = format!("{name}=\"");
        el.find(&key).map(|i| {
            let rest = &el[i + key.len()..];
            rest[..rest.find('"').unwrap()]
                .replace("&amp;", "&")
                .replace("&quot;", "\"")
                .replace("&lt;", "<")
                .replace("&gt;", ">")
        })
    };
    for (i, _) in form.match_indices("<input") {
        let el = &form[i..i + form[i..].find('>').unwrap()];
        let (Some(name), kind) = (attr(el, "name"), attr(el, "type").unwrap_or_default()) else {
            continue;
        };
        if kind == "checkbox" || kind == "radio" {
            if el.contains(" checked") {
                out.push((name, attr(el, "value").unwrap_or_default()));
            }
        } else {
            out.push((name, attr(el, "value").unwrap_or_default()));
        }
    }
    for (i, _) in form.match_indices("<textarea") {
        let el = &form[i..];
        let name = attr(&el[..el.find('>').unwrap()], "name").unwrap();
        let text = &el[el.find('>').unwrap() + 1..el.find("</textarea>").unwrap()];
        out.push((
            name,
            text.replace("&amp;", "&")
                .replace("&quot;", "\"")
                .replace("&lt;", "<")
                .replace("&gt;", ">"),
        ));
    }
    for (i, _) in form.match_indices("<select") {
        let el = &form[i..];
        let name = attr(&el[..el.find('>').unwrap()], "name").unwrap();
        let select = &el[..el.find("</select>").unwrap()];
        let chosen = select
            .match_indices("<option")
            .map(|(j, _)| &select[j..j + select[j..].find('>').unwrap()])
            .find(|o| o.contains(" selected"))
            .and_then(|o| attr(o, "value"))
            .unwrap_or_default();
        out.push((name, chosen));
    }
    out
}

async fn edit(
    c: &mut Client,
    slug: &str,
    change: impl Fn(&mut Vec<(String, String)>),
) -> common::client::Page {
    let page = c.get(&format!("/manage/{slug}")).await;
    assert_eq!(page.status, StatusCode::OK, "{}", page.body);
    let mut fields = listing_fields(&page.body, slug);
    change(&mut fields);
    let pairs: Vec<(&str, &str)> = fields
        .iter()
        .map(|(k, v)| (k.as_str(), v.as_str()))
        .collect();
    c.post(&format!("/manage/{slug}"), &pairs).await
}

fn set(fields: &mut Vec<(String, String)>, key: &str, value: &str) {
    fields.retain(|(k, _)| k != key);
    fields.push((key.to_string(), value.to_string()));
}

#[tokio::test]
async fn claim_approve_edit_reflect_review_and_hide() {
    let (state, _db) = seeded_state().await;
    let mut moderator = moderator(&state).await;
    let mut alice = maintainer_of(&state, &mut moderator, "alice@cip.test", CIP).await;

    // Approval marks the listing as confirmed by the project.
    let public = Client::new(&state).get(&format!("/projects/{CIP}")).await;
    assert!(
        public.body.contains("Confirmed by the project")
            && !public.body.contains("This listing has not been confirmed")
    );

    // Alice's first edit waits for a moderator.
    let first = edit(&mut alice, CIP, |f| {
        set(
            f,
            "summary",
            "A weekly group for women new to the UK, in Portadown.",
        )
    })
    .await;
    assert_eq!(first.status, StatusCode::SEE_OTHER, "{}", first.body);
    assert!(
        !Client::new(&state)
            .get(&format!("/projects/{CIP}"))
            .await
            .body
            .contains("A weekly group for women new")
    );
    let queue = moderator.get("/moderate").await;
    assert!(
        queue.body.contains("A weekly group for women new"),
        "the moderator sees the field-level change"
    );
    let edit_id = state.store.pending_edits().await.unwrap()[0].id;
    let ok = moderator
        .submit(
            "/moderate",
            &format!("/moderate/edits/{edit_id}"),
            &[("decision", "approve")],
        )
        .await;
    assert_eq!(ok.status, StatusCode::SEE_OTHER);
    assert!(
        Client::new(&state)
            .get(&format!("/projects/{CIP}"))
            .await
            .body
            .contains("A weekly group for women new")
    );
    // The history says who changed what.
    let history = state
        .store
        .history(&Slug::parse(CIP).unwrap())
        .await
        .unwrap();
    assert!(
        history
            .iter()
            .any(|h| h.field == "summary" && h.actor == "alice@cip.test")
    );

    // Later edits publish at once, and are searchable at once.
    let later = edit(&mut alice, CIP, |f| {
        f.push(("need".into(), "perinatal-ocd".into()))
    })
    .await;
    assert_eq!(later.status, StatusCode::SEE_OTHER);
    let search = Client::new(&state)
        .get("/api/v1/search?where=Portadown&need=perinatal-ocd")
        .await;
    assert!(search.body.contains(CIP), "{}", search.body);

    // Alice publishes a reflection; drafts stay private.
    let form = format!("/manage/{CIP}/reflection");
    let draft = alice
        .submit(
            &form,
            &form,
            &[
                ("status_safe-and-nurturing", "we-do-this"),
                (
                    "how_safe-and-nurturing",
                    "Two trained facilitators at every session.",
                ),
                ("action", "draft"),
            ],
        )
        .await;
    assert_eq!(draft.status, StatusCode::SEE_OTHER);
    assert!(
        !Client::new(&state)
            .get(&format!("/projects/{CIP}"))
            .await
            .body
            .contains("Two trained facilitators")
    );
    let published = alice
        .submit(
            &form,
            &form,
            &[
                ("status_safe-and-nurturing", "we-do-this"),
                (
                    "how_safe-and-nurturing",
                    "Two trained facilitators at every session.",
                ),
                ("action", "publish"),
            ],
        )
        .await;
    assert_eq!(published.status, StatusCode::SEE_OTHER);
    let page = Client::new(&state)
        .get(&format!("/projects/{CIP}"))
        .await
        .body;
    assert!(page.contains("Two trained facilitators") && page.contains("It is not a score"));

    // A maintainer of another project reviews it; the review shows on the public page.
    let mut bob = maintainer_of(&state, &mut moderator, "bob@quarriers.test", QUARRIERS).await;
    let review = bob
        .submit(
            &format!("/projects/{CIP}/review"),
            &format!("/projects/{CIP}/review"),
            &[
                ("reviewer", QUARRIERS),
                ("verdict_safe-and-nurturing", "recognise"),
                ("comment_safe-and-nurturing", "We work the same way."),
            ],
        )
        .await;
    assert_eq!(review.status, StatusCode::SEE_OTHER, "{}", review.body);
    let page = Client::new(&state)
        .get(&format!("/projects/{CIP}"))
        .await
        .body;
    assert!(
        page.contains("From <a href=\"/projects/quarriers\">Quarriers</a>")
            && page.contains("We work the same way."),
        "{page}"
    );
    // One current review per pair.
    let again = bob
        .submit(
            &format!("/projects/{CIP}/review"),
            &format!("/projects/{CIP}/review"),
            &[
                ("reviewer", QUARRIERS),
                ("verdict_safe-and-nurturing", "ask"),
            ],
        )
        .await;
    assert_eq!(again.status, StatusCode::CONFLICT);
    // Nobody reviews their own project.
    let own = alice.get(&format!("/projects/{CIP}/review")).await;
    assert_eq!(own.status, StatusCode::FORBIDDEN);

    // The directory and search filter on both.
    let dir = Client::new(&state)
        .get("/api/v1/projects?reviewed=yes&reflection=published")
        .await
        .body;
    assert!(dir.contains(CIP) && !dir.contains(QUARRIERS), "{dir}");
    let found = Client::new(&state)
        .get("/api/v1/search?where=Portadown&reviewed=yes")
        .await
        .body;
    assert!(found.contains(CIP));

    // Alice replies once.
    let id = state
        .store
        .reviews_of(&Slug::parse(CIP).unwrap(), false)
        .await
        .unwrap()[0]
        .id;
    let reply = alice
        .submit(
            &form,
            &format!("/manage/{CIP}/reviews/{id}/reply"),
            &[("reply", "Thank you!")],
        )
        .await;
    assert_eq!(reply.status, StatusCode::SEE_OTHER);
    let twice = alice
        .submit(
            &form,
            &format!("/manage/{CIP}/reviews/{id}/reply"),
            &[("reply", "Again")],
        )
        .await;
    assert_eq!(twice.status, StatusCode::CONFLICT);

    // A moderator hides it, with a reason kept in the history.
    let hide = moderator
        .submit(
            "/moderate",
            &format!("/moderate/reviews/{id}/hide"),
            &[("reason", "Names a participant")],
        )
        .await;
    assert_eq!(hide.status, StatusCode::SEE_OTHER);
    assert!(
        !Client::new(&state)
            .get(&format!("/projects/{CIP}"))
            .await
            .body
            .contains("We work the same way.")
    );
    let history = state
        .store
        .history(&Slug::parse(CIP).unwrap())
        .await
        .unwrap();
    assert!(history.iter().any(|h| {
        h.field == "peer review hidden"
            && h.new_value
                .as_deref()
                .unwrap_or("")
                .contains("Names a participant")
    }));
    let dir = Client::new(&state)
        .get("/api/v1/projects?reviewed=yes")
        .await
        .body;
    assert!(!dir.contains(CIP));
}

#[tokio::test]
async fn reports_need_no_account_and_set_no_cookie() {
    let (state, _db) = seeded_state().await;
    let mut anyone = Client::new(&state);
    let form = anyone.get(&format!("/projects/{CIP}/report")).await;
    assert_eq!(form.status, StatusCode::OK);
    assert!(!form.set_cookie, "no cookie for anonymous visitors");
    let sent = anyone
        .submit(
            &format!("/projects/{CIP}/report"),
            &format!("/projects/{CIP}/report"),
            &[("kind", "closed"), ("detail", "The hall is shut.")],
        )
        .await;
    assert_eq!(sent.status, StatusCode::OK, "{}", sent.body);
    assert!(!sent.set_cookie);
    let mut moderator = moderator(&state).await;
    assert!(
        moderator
            .get("/moderate")
            .await
            .body
            .contains("The hall is shut.")
    );
    let id = state.store.reports(true).await.unwrap()[0].id;
    let done = moderator
        .submit(
            "/moderate",
            &format!("/moderate/reports/{id}"),
            &[("note", "Called them; still open.")],
        )
        .await;
    assert_eq!(done.status, StatusCode::SEE_OTHER);
    assert!(state.store.reports(true).await.unwrap().is_empty());
}

#[tokio::test]
async fn sign_in_is_generic_rate_limited_and_passwords_are_judged_by_length_and_commonness() {
    let (state, _db) = seeded_state().await;
    let mut c = Client::new(&state);
    let weak = c
        .submit(
            "/account/signup",
            "/account/signup",
            &[("email", "a@b.test"), ("password", "password123")],
        )
        .await;
    assert_eq!(weak.status, StatusCode::BAD_REQUEST);
    assert!(weak.body.contains("most common"));
    let short = c
        .submit(
            "/account/signup",
            "/account/signup",
            &[("email", "a@b.test"), ("password", "short")],
        )
        .await;
    assert!(short.body.contains("at least 10 characters"));
    assert!(c.cookie.is_none());
    Client::sign_up(&state, "real@b.test").await;
    let mut d = Client::new(&state);
    let wrong = d
        .submit(
            "/account/login",
            "/account/login",
            &[("email", "real@b.test"), ("password", "not the right one")],
        )
        .await;
    let unknown = d
        .submit(
            "/account/login",
            "/account/login",
            &[
                ("email", "nobody@b.test"),
                ("password", "not the right one"),
            ],
        )
        .await;
    assert_eq!(wrong.status, StatusCode::UNAUTHORIZED);
    assert_eq!(unknown.status, StatusCode::UNAUTHORIZED);
    let msg = |p: &common::client::Page| {
        p.body[p.body.find("There is a problem").unwrap()..]
            .split("</p>")
            .nth(0)
            .unwrap()
            .to_string()
    };
    assert_eq!(msg(&wrong), msg(&unknown), "one generic message");
    let mut last = StatusCode::OK;
    for _ in 0..6 {
        last = d
            .submit(
                "/account/login",
                "/account/login",
                &[("email", "real@b.test"), ("password", "guess guess guess")],
            )
            .await
            .status;
    }
    assert_eq!(last, StatusCode::TOO_MANY_REQUESTS);
    let ok = Client::new(&state)
        .submit(
            "/account/login",
            "/account/login",
            &[("email", "other@b.test"), ("password", "x")],
        )
        .await;
    assert_eq!(
        ok.status,
        StatusCode::UNAUTHORIZED,
        "the limit is per address"
    );
}

#[tokio::test]
async fn session_cookie_is_http_only_and_same_site() {
    let (state, _db) = seeded_state().await;
    let token = Client::new(&state).get("/account/signup").await.csrf();
    let body = serde_html_form::to_string([
        ("csrf", token.as_str()),
        ("email", "c@d.test"),
        ("password", "a long enough passphrase"),
    ])
    .unwrap();
    use tower::ServiceExt;
    let response = peermap::app(state.clone())
        .oneshot(
            axum::http::Request::post("/account/signup")
                .header("content-type", "application/x-www-form-urlencoded")
                .body(axum::body::Body::from(body))
                .unwrap(),
        )
        .await
        .unwrap();
    let cookie = response
        .headers()
        .get("set-cookie")
        .unwrap()
        .to_str()
        .unwrap()
        .to_string();
    assert!(cookie.starts_with("peermap_session="), "{cookie}");
    assert!(
        cookie.contains("HttpOnly") && cookie.contains("SameSite=Lax"),
        "{cookie}"
    );
}

#[tokio::test]
async fn a_moderator_passes_on_a_one_time_sign_in_link_that_works_once() {
    let (state, _db) = seeded_state().await;
    let mut moderator = moderator(&state).await;
    Client::sign_up(&state, "forgot@x.test").await;
    let made = moderator
        .submit(
            "/moderate",
            "/moderate/sign-in-links",
            &[("email", "forgot@x.test")],
        )
        .await;
    assert_eq!(made.status, StatusCode::OK, "{}", made.body);
    let start = made
        .body
        .find("/account/once/")
        .expect("the link is shown to pass on");
    let path = &made.body[start..start + made.body[start..].find('<').unwrap()];
    let missing = moderator
        .submit(
            "/moderate",
            "/moderate/sign-in-links",
            &[("email", "nobody@x.test")],
        )
        .await;
    assert_eq!(missing.status, StatusCode::NOT_FOUND);

    let mut person = Client::new(&state);
    let opened = person.get(path).await;
    assert_eq!(opened.status, StatusCode::OK);
    assert!(!opened.set_cookie, "opening the link alone signs nobody in");
    let used = person.submit(path, path, &[]).await;
    assert_eq!(used.location.as_deref(), Some("/account/password"));
    let set = person
        .submit(
            "/account/password",
            "/account/password",
            &[("password", "a brand new passphrase")],
        )
        .await;
    assert_eq!(set.status, StatusCode::SEE_OTHER, "{}", set.body);
    let again = Client::new(&state).submit(path, path, &[]).await;
    assert_eq!(again.status, StatusCode::BAD_REQUEST, "a link works once");
    let mut fresh = Client::new(&state);
    let login = fresh
        .submit(
            "/account/login",
            "/account/login",
            &[
                ("email", "forgot@x.test"),
                ("password", "a brand new passphrase"),
            ],
        )
        .await;
    assert_eq!(login.status, StatusCode::SEE_OTHER);
}
