//! Where the hostile values go: every page with the query parameters it reads, every
//! path parameter, every form, and what a person fills in on each.

use crate::world::{CIP, FREE, NEWCOMER, OTHER, Who, World};

const SEARCH: [&str; 11] = [
    "where",
    "within",
    "limit",
    "need",
    "lang",
    "format",
    "delivery",
    "nation",
    "stage",
    "reflection",
    "reviewed",
];
const FILTER: [&str; 8] = [
    "need",
    "lang",
    "format",
    "delivery",
    "nation",
    "stage",
    "reflection",
    "reviewed",
];

/// Every GET route with the query parameters it reads (and one it does not), as who can
/// reach it.
pub fn pages() -> Vec<(Who, String, Vec<&'static str>)> {
    use Who::*;
    let with = |keys: &[&'static str], more: &[&'static str]| {
        let mut k: Vec<&'static str> = keys.to_vec();
        k.extend_from_slice(more);
        k.push("utm_source");
        k
    };
    let none = with(&[], &[]);
    let mut out = vec![
        (Anyone, "/search".to_string(), with(&SEARCH, &[])),
        (Anyone, "/api/v1/search".into(), with(&SEARCH, &[])),
        (Anyone, "/map".into(), with(&SEARCH, &["cell"])),
        (Anyone, "/signpost".into(), with(&SEARCH, &[])),
        (Anyone, "/api/v1/geocode".into(), with(&["q"], &[])),
        (Anyone, "/coverage".into(), with(&FILTER, &[])),
        (Anyone, "/coverage.csv".into(), with(&FILTER, &[])),
        (Anyone, "/coverage.geojson".into(), with(&FILTER, &[])),
        (
            Anyone,
            "/projects".into(),
            with(&FILTER, &["page", "per_page"]),
        ),
        (
            Anyone,
            "/api/v1/projects".into(),
            with(&FILTER, &["page", "per_page"]),
        ),
        (
            Anyone,
            format!("/projects/{CIP}/partners"),
            with(&["within"], &[]),
        ),
        (
            Anyone,
            format!("/api/v1/projects/{CIP}/partners"),
            with(&["within"], &[]),
        ),
    ];
    for path in [
        "/".to_string(),
        "/about".into(),
        "/professionals".into(),
        format!("/projects/{CIP}"),
        format!("/api/v1/projects/{CIP}"),
        "/api/v1/taxonomy".into(),
        "/api/v1/version".into(),
        "/healthz".into(),
        format!("/projects/{CIP}/report"),
        "/account/signup".into(),
        "/account/login".into(),
    ] {
        out.push((Anyone, path, none.clone()));
    }
    for (who, path) in [
        (Newcomer, "/account".to_string()),
        (Newcomer, "/account/propose".into()),
        (Newcomer, "/account/password".into()),
        (Newcomer, format!("/projects/{FREE}/claim")),
        (Owner, format!("/manage/{CIP}")),
        (Owner, format!("/manage/{CIP}/reflection")),
        (Owner, format!("/projects/{OTHER}/review")),
        (Moderator, "/moderate".into()),
    ] {
        out.push((who, path, none.clone()));
    }
    out
}

/// Every route with a path parameter, `{}` where it goes.
pub const PATHS: [(Who, &str, bool); 18] = [
    (Who::Anyone, "/projects/{}", false),
    (Who::Anyone, "/projects/{}/partners", false),
    (Who::Anyone, "/api/v1/projects/{}", false),
    (Who::Anyone, "/api/v1/projects/{}/partners", false),
    (Who::Anyone, "/projects/{}/report", false),
    (Who::Anyone, "/s/{}", false),
    (Who::Anyone, "/account/once/{}", false),
    (Who::Anyone, "/account/once/{}", true),
    (Who::Anyone, "/assets/{}", false),
    (Who::Anyone, "/still-accurate/{}", false),
    (Who::Newcomer, "/projects/{}/claim", false),
    (Who::Owner, "/manage/{}", false),
    (Who::Owner, "/manage/{}/reflection", false),
    (
        Who::Owner,
        "/manage/community-intercultural-programme/reviews/{}/reply",
        true,
    ),
    (Who::Moderator, "/moderate/claims/{}", true),
    (Who::Moderator, "/moderate/edits/{}", true),
    (Who::Moderator, "/moderate/reports/{}", true),
    (Who::Moderator, "/moderate/reviews/{}/hide", true),
];

/// The fields a person fills in on the form to `action` (`{}` for an id or slug), over
/// what the form holds already.
pub fn filled(action: &str) -> Vec<(&'static str, &'static str)> {
    let pattern: String = action
        .split('/')
        .map(|s| {
            if s.bytes().all(|b| b.is_ascii_digit()) && !s.is_empty()
                || [CIP, OTHER, FREE].contains(&s)
                || s.len() == 48
            {
                "{}"
            } else {
                s
            }
        })
        .collect::<Vec<_>>()
        .join("/");
    match pattern.as_str() {
        "/projects/{}/report" => vec![("kind", "other"), ("detail", "The times changed.")],
        "/account/signup" => vec![
            ("email", "hostile@faults.test"),
            ("password", crate::support::app::PASSWORD),
        ],
        "/account/login" => vec![("email", NEWCOMER), ("password", "not the password")],
        "/projects/{}/claim" => vec![("statement", "I run it.")],
        "/account/propose" => vec![
            ("name", "Hostile Input Group"),
            ("organisation", "Org"),
            ("summary", "A group."),
            ("statement", "I run it."),
        ],
        "/account/password" => vec![("password", crate::support::app::PASSWORD)],
        "/manage/{}/reflection" => vec![
            ("status_safe-and-nurturing", "we-do-this"),
            ("action", "publish"),
        ],
        "/manage/{}/reviews/{}/reply" => vec![("reply", "Thank you.")],
        "/projects/{}/review" => vec![
            ("reviewer", CIP),
            ("verdict_safe-and-nurturing", "recognise"),
            ("comment_safe-and-nurturing", "We do the same."),
            ("action", "publish"),
        ],
        "/moderate/claims/{}" | "/moderate/edits/{}" => {
            vec![("decision", "reject"), ("reason", "Not known to them.")]
        }
        "/moderate/reports/{}" => vec![("note", "Done.")],
        "/moderate/reviews/{}/hide" => vec![("reason", "Unkind.")],
        "/moderate/sign-in-links" => vec![("email", NEWCOMER)],
        _ => vec![],
    }
}

/// Where the forms are, as who can reach them. Each form is sent once per field and value.
pub fn form_pages(w: &World) -> Vec<(Who, String)> {
    use Who::*;
    vec![
        (Anyone, format!("/projects/{CIP}/report")),
        (Anyone, "/account/signup".into()),
        (Anyone, "/account/login".into()),
        (Anyone, format!("/account/once/{}", w.link)),
        (Anyone, "/signpost?where=Glasgow".into()),
        (Newcomer, format!("/projects/{FREE}/claim")),
        (Newcomer, "/account/propose".into()),
        (Newcomer, "/account/password".into()),
        (Owner, format!("/manage/{CIP}/reflection")),
        (Owner, format!("/projects/{OTHER}/review")),
        (Moderator, "/moderate".into()),
        (Owner, format!("/manage/{CIP}")),
        (Owner, format!("/manage/{CIP}/archive")),
        (Newcomer, "/account".into()),
    ]
}
