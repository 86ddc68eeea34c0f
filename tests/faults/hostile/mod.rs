//! Hostile values in every query parameter of every page and API, in every path
//! parameter, and in every field of every form, each sent as the role that can reach it:
//! no answer is a 5xx, every 4xx carries a message, no markup sent comes back unescaped
//! (nor a `javascript:` link), and no CRLF makes a header. Driven in-process, many
//! requests at a time.

mod routes;
mod values;

use crate::support::form::encode;
use crate::support::{Page, TestApp, db};
use crate::world::{CIP, OTHER, Who, World};
use routes::{PATHS, filled, form_pages, pages};
use std::collections::{BTreeSet, VecDeque};
use std::sync::{Arc, Mutex};
use values::{MARKUP, hostile, short, variants};

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn hostile_values_everywhere_get_no_5xx_a_message_with_every_4xx_and_nothing_unescaped() {
    crate::log_errors();
    let w = World::over(db::seeded_sqlite().await).await;
    let values = hostile();
    let addresses = address_jobs(&w, &values).await;
    let (n_addresses, mut wrong) = (addresses.len(), run(addresses).await);
    let forms = form_jobs(&w, &values).await;
    let n_forms = forms.len();
    wrong.extend(run(forms).await);
    wrong.extend(run(kept_markup(&w).await).await);
    assert!(
        n_addresses > 5_000 && n_forms > 5_000,
        "{n_addresses} requests to addresses and {n_forms} form posts"
    );
    assert!(
        wrong.is_empty(),
        "{} of {} requests went wrong, among them:\n{}",
        wrong.len(),
        n_addresses + n_forms,
        wrong
            .iter()
            .take(40)
            .cloned()
            .collect::<Vec<_>>()
            .join("\n")
    );
}

/// `who`'s session for the barrage.
fn session(w: &World, who: Who) -> Session {
    match who {
        Who::Anyone => Session::Fresh(Arc::new(w.app.visitor())),
        who => Session::Kept(Arc::new(w.session(who, &w.app))),
    }
}

/// Every hostile value in every query parameter and path parameter.
async fn address_jobs(w: &World, values: &[String]) -> Vec<Job> {
    // An address is at most 64 KB (the `http` crate's limit, and well over any server's):
    // the 100 KB value goes in form bodies, 30 KB of it (twice over in some) in addresses.
    let in_address: Vec<String> = values
        .iter()
        .map(|v| {
            if v.len() > 30_000 {
                v[..30_000].to_string()
            } else {
                v.clone()
            }
        })
        .collect();
    let session = |who| session(w, who);
    // Query parameters.
    let mut jobs = Vec::new();
    for (who, path, keys) in pages() {
        let s = session(who);
        for key in keys {
            for v in &in_address {
                for q in variants(key, v) {
                    jobs.push(Job {
                        label: format!("GET {path} ?{}", short(&q)),
                        session: s.clone(),
                        post: None,
                        uri: format!("{path}?{q}"),
                    });
                }
            }
        }
        for v in &in_address {
            jobs.push(Job {
                label: format!("GET {path} ?{}", short(v)),
                session: s.clone(),
                post: None,
                uri: format!("{path}?{v}"),
            });
        }
    }
    // Path parameters: each value as a path segment (percent-escapes and all), and a few
    // raw ones.
    let mut segments = in_address.clone();
    segments.extend(["..", "../../etc/passwd", "-1", "99999999999999999999"].map(str::to_string));
    for (who, pattern, post) in PATHS {
        let s = session(who);
        let token_page = match who {
            Who::Anyone => "/account/login",
            _ => "/account",
        };
        let token = client(&s).get(token_page).await.csrf();
        for seg in &segments {
            let uri = pattern.replace("{}", seg);
            jobs.push(Job {
                label: format!("{} {}", if post { "POST" } else { "GET" }, short(&uri)),
                session: s.clone(),
                post: post.then(|| encode(&[("csrf", token.as_str())])),
                uri,
            });
        }
    }
    jobs
}

/// Every hostile value in every field of every form, the form otherwise as a person fills
/// it in.
async fn form_jobs(w: &World, values: &[String]) -> Vec<Job> {
    let session = |who| session(w, who);
    // Form fields.
    let mut jobs = Vec::new();
    let mut sent_forms = BTreeSet::new();
    for (who, page) in form_pages(w) {
        let s = session(who);
        let got = client(&s).get(&page).await;
        assert_eq!(got.status, 200, "GET {page}: {}", got.excerpt());
        let mut actions = got.attrs("form[method=post]", "action");
        actions.sort_by_key(|a| a.ends_with("/archive") || a.ends_with("/logout"));
        for action in actions {
            let kind: String = action
                .split('/')
                .map(|p| {
                    if p.bytes().any(|b| b.is_ascii_digit()) {
                        "N"
                    } else {
                        p
                    }
                })
                .collect();
            if !sent_forms.insert(kind) {
                continue;
            }
            let mut form = got.form(&action);
            for (k, v) in filled(&action) {
                form.set(k, v);
            }
            let names: Vec<String> = form.controls().map(str::to_string).collect();
            for name in names {
                let mut rest = form.clone();
                rest.remove(&name);
                let others = rest.encode();
                let sep = if others.is_empty() { "" } else { "&" };
                for v in values {
                    for (i, field) in variants(&name, v).into_iter().enumerate() {
                        let body = if i == 1 {
                            // Array-style: the form's own value stays, the hostile one beside it.
                            format!("{}&{field}", form.encode())
                        } else {
                            format!("{others}{sep}{field}")
                        };
                        jobs.push(Job {
                            label: format!("POST {action} {name}={}", short(v)),
                            session: s.clone(),
                            post: Some(body),
                            uri: action.clone(),
                        });
                    }
                }
            }
        }
    }
    jobs
}

/// Keeps markup where it is accepted, and asks for every page that shows it.
async fn kept_markup(w: &World) -> Vec<Job> {
    let session = |who| session(w, who);
    // Markup kept (where it is accepted) is shown escaped wherever it is shown.
    let owner = w.session(Who::Owner, &w.app);
    let path = format!("/manage/{CIP}");
    let mut form = owner.form(&path, &path).await;
    form.set("summary", MARKUP[0])
        .set("description", MARKUP[1])
        .set("organisation", MARKUP[2]);
    let kept = owner.send_form(&form).await;
    assert_eq!(kept.status, 303, "{}", kept.excerpt());
    let path = format!("/manage/{CIP}/reflection");
    let kept = owner
        .submit(
            &path,
            &path,
            &[
                ("status_safe-and-nurturing", "we-do-this"),
                ("how_safe-and-nurturing", MARKUP[0]),
                ("action", "publish"),
            ],
        )
        .await;
    assert_eq!(kept.status, 303, "{}", kept.excerpt());
    let path = format!("/projects/{CIP}/report");
    let kept = w
        .app
        .visitor()
        .submit(&path, &path, &[("kind", "other"), ("detail", MARKUP[1])])
        .await;
    assert_eq!(kept.status, 200, "{}", kept.excerpt());
    let mut jobs = Vec::new();
    for (who, path) in [
        (Who::Anyone, format!("/projects/{CIP}")),
        (Who::Anyone, "/projects".into()),
        (Who::Anyone, "/search?where=Portadown".into()),
        (Who::Anyone, "/api/v1/projects?per_page=100".into()),
        (Who::Anyone, format!("/api/v1/projects/{CIP}")),
        (Who::Anyone, "/api/v1/search?where=Portadown".into()),
        (Who::Anyone, "/signpost?where=Portadown".into()),
        (Who::Anyone, "/map?where=Portadown".into()),
        (Who::Anyone, "/coverage.geojson".into()),
        (Who::Anyone, format!("/projects/{OTHER}/partners")),
        (Who::Owner, format!("/manage/{CIP}")),
        (Who::Owner, format!("/manage/{CIP}/reflection")),
        (Who::Newcomer, "/account".into()),
        (Who::Moderator, "/moderate".into()),
    ] {
        jobs.push(Job {
            label: format!("GET {path} afterwards"),
            session: session(who),
            post: None,
            uri: path,
        });
    }
    jobs
}

/// One request of the barrage.
struct Job {
    label: String,
    session: Session,
    post: Option<String>,
    uri: String,
}

#[derive(Clone)]
enum Session {
    /// A new visitor for each request.
    Fresh(Arc<TestApp>),
    /// The same signed-in session throughout.
    Kept(Arc<TestApp>),
}

/// The session's visitor: a new one, or the kept one.
fn client(s: &Session) -> TestApp {
    match s {
        Session::Fresh(app) => app.visitor(),
        Session::Kept(c) => c.moved_to(c),
    }
}

/// What is wrong with an answer, if anything.
fn judge(label: &str, page: &Page) -> Option<String> {
    let status = page.status;
    if status.is_server_error() {
        return Some(format!("{label}: {status} {}", page.excerpt()));
    }
    if page.headers.contains_key("x-injected") {
        return Some(format!("{label}: a header was injected"));
    }
    for m in MARKUP {
        if page.body.contains(m) {
            return Some(format!("{label}: {m} came back unescaped"));
        }
    }
    let html = page.content_type.starts_with("text/html");
    if html && page.body.to_ascii_lowercase().contains("javascript:") {
        for attr in ["href", "src", "action", "formaction"] {
            for v in page.attrs(&format!("[{attr}]"), attr) {
                if v.trim().to_ascii_lowercase().starts_with("javascript:") {
                    return Some(format!("{label}: a {attr} of {v}"));
                }
            }
        }
    }
    if status.is_client_error() {
        let said = if html {
            page.texts("h1").iter().any(|t| !t.is_empty())
        } else if page.content_type.contains("json") {
            page.json()["detail"]
                .as_str()
                .is_some_and(|d| !d.trim().is_empty())
        } else {
            false
        };
        if !said {
            return Some(format!(
                "{label}: {status} ({}) without a message: {:?}",
                page.content_type,
                page.excerpt()
            ));
        }
    }
    None
}

/// Runs every job, a few at a time; returns what was wrong.
async fn run(jobs: Vec<Job>) -> Vec<String> {
    let queue = Arc::new(Mutex::new(VecDeque::from(jobs)));
    let wrong = Arc::new(Mutex::new(Vec::new()));
    let workers: Vec<_> = (0..4)
        .map(|_| {
            let (queue, wrong) = (queue.clone(), wrong.clone());
            tokio::spawn(async move {
                loop {
                    let Some(job) = queue.lock().unwrap().pop_front() else {
                        return;
                    };
                    let c = client(&job.session);
                    let page = match &job.post {
                        None => c.get(&job.uri).await,
                        Some(body) => c.post(&job.uri, body).await,
                    };
                    if let Some(w) = judge(&job.label, &page) {
                        wrong.lock().unwrap().push(w);
                    }
                }
            })
        })
        .collect();
    for w in workers {
        w.await.unwrap();
    }
    let wrong = wrong.lock().unwrap();
    wrong.clone()
}
