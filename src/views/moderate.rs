//! The moderators' queue: claims and proposals, edits waiting, reports, reviews, history.

use super::forms::{csrf, described_by, error_summary, field_error, invalid};
use super::layout::nation_name;
use super::layout::{Chrome, page};
use super::project::radius_in;
use super::project_facts::rule_in;
use crate::domain::check::FieldError;
use crate::domain::community::{Claim, PendingEdit, Report, Review};
use crate::domain::{HistoryEntry, field_changes};
use crate::domain::{Precision, Project, Site, Slug};
use crate::i18n::{Arg, Lang};
use maud::{Markup, html};

/// The most a moderator's reason or note may hold, in characters.
pub const REASON_MAX: usize = 2_000;

/// A moderator's form sent back with a problem: the form (by its action, such as
/// `/moderate/claims/12`), its field, what is wrong with it, and what was typed in it.
pub struct Sent<'a> {
    pub action: &'a str,
    /// The field the problem is about: `reason`, `note` or `email`.
    pub field: &'a str,
    pub message: &'a str,
    pub typed: &'a str,
}

/// The id of field `name` of the form posting to `action`: the queue holds many forms
/// with the same fields, and each control needs an id of its own for its label.
fn field_id(name: &str, action: &str) -> String {
    let rest = action.trim_start_matches("/moderate").replace('/', "-");
    format!("{name}{rest}")
}

/// The problem of the form sent back, by its field's id.
fn sent_errors(q: &Queue<'_>) -> Vec<FieldError> {
    q.sent
        .as_ref()
        .map(|s| FieldError::new(field_id(s.field, s.action), s.message))
        .into_iter()
        .collect()
}

/// Where the form that makes a one-time sign-in link posts.
pub const SIGN_IN_LINKS: &str = "/moderate/sign-in-links";

/// The kinds of control of the queue's forms.
#[derive(Clone, Copy, PartialEq)]
enum Control {
    Line,
    Box,
    Email,
}

/// Field `name` of the form posting to `action`, with its problem and typed text when
/// that form was sent back.
fn reason_field(q: &Queue<'_>, action: &str, name: &str, label: &str, control: Control) -> Markup {
    let id = field_id(name, action);
    let sent = q.sent.as_ref().filter(|s| s.action == action);
    let errors: Vec<FieldError> = sent
        .map(|s| FieldError::new(id.clone(), s.message))
        .into_iter()
        .collect();
    let typed = sent.map_or("", |s| s.typed);
    html! {
        div.field.field-error[!errors.is_empty()] {
            label.block for=(id) { (label) }
            (field_error(&errors, &id))
            @if control == Control::Box {
                textarea #(id) name=(name) rows="5" maxlength=(REASON_MAX)
                    aria-invalid=[invalid(&errors, &id)]
                    aria-describedby=[described_by(&errors, &id, None)] { (typed) }
            } @else {
                @let (kind, max) = if control == Control::Email { ("email", 254) } else { ("text", REASON_MAX) };
                input #(id) type=(kind) name=(name) value=(typed) autocomplete="off" maxlength=(max)
                    aria-invalid=[invalid(&errors, &id)]
                    aria-describedby=[described_by(&errors, &id, None)];
            }
        }
    }
}

fn decide(lang: Lang, token: &str, q: &Queue<'_>, action: &str) -> Markup {
    html! {
        form method="post" action=(lang.path(action)) {
            (csrf(token))
            (reason_field(q, action, "reason", &lang.t("mod-reason"), Control::Line))
            button type="submit" name="decision" value="approve" { (lang.t("mod-approve")) }
            " "
            button.button.secondary type="submit" name="decision" value="reject" { (lang.t("mod-reject")) }
        }
    }
}

/// A value of the history table, cut at 300 characters (the whole is in the diff).
fn short(value: &Option<String>) -> String {
    let none = crate::i18n::here().lang.t("mod-none");
    let v = value.as_deref().unwrap_or(&none);
    if v.chars().count() > 300 {
        format!("{}…", v.chars().take(300).collect::<String>())
    } else {
        v.to_string()
    }
}

pub struct Queue<'a> {
    pub claims: &'a [Claim],
    pub edits: &'a [(PendingEdit, Option<Project>)],
    pub reports: &'a [Report],
    pub reviews: &'a [Review],
    pub history: &'a [(Slug, HistoryEntry)],
    /// The listings peer-assured now, which a moderator can withdraw.
    pub assured: &'a [Slug],
    /// A form sent back with a problem, shown with it.
    pub sent: Option<Sent<'a>>,
}

/// Claims, proposals and edits waiting for a decision.
fn requests(lang: Lang, token: &str, q: &Queue<'_>) -> Markup {
    let en = (lang != Lang::En).then_some("en");
    let listing = |slug: &Slug| lang.path(&format!("/projects/{slug}"));
    html! {
        h2 { (lang.t("mod-claims")) }
        @if q.claims.is_empty() { p { (lang.t("mod-nothing")) } }
        @for c in q.claims {
            section.card {
                @if let Some(p) = &c.proposal {
                    h3 { (lang.t("mod-new-listing")) " " span lang=[en] { (p.name) } }
                    p lang=[en] { (p.summary) }
                } @else if let Some(s) = &c.project {
                    h3 { (lang.t("acct-claim-of")) " " a href=(listing(s)) { (s) } }
                }
                p { (lang.ta("mod-from-on", &[("email", Arg::from(c.account.email.clone())), ("date", Arg::from(lang.date(c.created_at.date_naive())))])) " “" span lang=[en] { (c.statement) } "”" }
                (decide(lang, token, q, &format!("/moderate/claims/{}", c.id)))
            }
        }
        h2 { (lang.t("mod-edits")) }
        @if q.edits.is_empty() { p { (lang.t("mod-nothing")) } }
        @for (e, current) in q.edits {
            section.card {
                h3 { a href=(listing(&e.project)) { (e.project) } " — " (lang.ta("mod-by", &[("email", Arg::from(e.account.email.clone()))])) }
                dl.changes {
                    @for (field, old, new) in edit_rows(lang, e, current.as_ref()) {
                        div.change {
                            dt { (field) }
                            dd { span.label { (lang.t("mod-now")) " " } span.value lang=[en] { (old.unwrap_or_else(|| lang.t("mod-none"))) } }
                            dd { span.label { (lang.t("mod-proposed")) " " } span.value lang=[en] { (new) } }
                        }
                    }
                }
                (decide(lang, token, q, &format!("/moderate/edits/{}", e.id)))
            }
        }
    }
}

/// Reports, reviews and peer assurance.
fn concerns(lang: Lang, token: &str, q: &Queue<'_>) -> Markup {
    let en = (lang != Lang::En).then_some("en");
    let listing = |slug: &Slug| lang.path(&format!("/projects/{slug}"));
    html! {
        h2 { (lang.t("mod-reports")) }
        @if q.reports.is_empty() { p { (lang.t("mod-nothing")) } }
        @for r in q.reports {
            section.card {
                h3 { a href=(listing(&r.project)) { (r.project) } ": " (super::search_form::label_in(lang, "report-kind", r.kind.slug(), r.kind.label())) }
                p lang=[en] { (r.detail) }
                @let action = format!("/moderate/reports/{}", r.id);
                form method="post" action=(lang.path(&action)) {
                    (csrf(token))
                    (reason_field(q, &action, "note", &lang.t("mod-what-you-did"), Control::Box))
                    button type="submit" { (lang.t("mod-dealt-with")) }
                }
            }
        }
        h2 { (lang.t("mod-reviews")) }
        @if q.reviews.is_empty() { p { (lang.t("mod-nothing")) } }
        @for r in q.reviews {
            section.card {
                h3 { (lang.ta("mod-reviewed", &[("reviewer", Arg::from(r.reviewer_name.clone()))])) " " a href=(listing(&r.reviewed)) { (r.reviewed) } }
                @if r.hidden { p { (lang.t("mod-hidden")) " " (r.hidden_reason.as_deref().unwrap_or("")) } } @else {
                    @let action = format!("/moderate/reviews/{}/hide", r.id);
                    form method="post" action=(lang.path(&action)) {
                        (csrf(token))
                        (reason_field(q, &action, "reason", &lang.t("mod-why-hide"), Control::Line))
                        button.button.secondary type="submit" { (lang.t("mod-hide")) }
                    }
                }
            }
        }
        h2 { (lang.t("mod-assured")) }
        @if q.assured.is_empty() { p { (lang.t("mod-no-assured")) } }
        ul.assured {
            @for slug in q.assured {
                li { a href=(listing(slug)) { (slug) } " · " a href=(lang.path(&format!("/moderate/assurance/{slug}"))) { (lang.t("mod-withdraw")) } }
            }
        }
    }
}

pub fn queue(chrome: Chrome<'_>, token: &str, q: &Queue<'_>) -> Markup {
    let lang = chrome.lang;
    let en = (lang != Lang::En).then_some("en");
    let title = lang.t("mod-title");
    let body = html! {
        (error_summary(&sent_errors(q)))
        h1 { (title) }
        p.muted { (lang.t("mod-nothing-deleted")) }
        p { a href=(lang.path("/moderate/stale")) { (lang.t("stale-title")) } }
        (requests(lang, token, q))
        (concerns(lang, token, q))
        h2 { (lang.t("mod-links")) }
        p { (lang.t("mod-links-intro")) }
        form method="post" action=(lang.path(SIGN_IN_LINKS)) {
            (csrf(token))
            (reason_field(q, SIGN_IN_LINKS, "email", &lang.t("mod-their-email"), Control::Email))
            button.button.secondary type="submit" { (lang.t("mod-make-link")) }
        }
        h2 { (lang.t("mod-history")) }
        div.table-wrap { table {
            thead { tr {
                @for head in ["mod-when", "mod-listing", "mod-who", "mod-field", "mod-before", "mod-after"] {
                    th scope="col" { (lang.t(head)) }
                }
            } }
            tbody {
                @for (slug, h) in q.history {
                    tr {
                        td { (lang.date(h.at.date_naive())) " " (h.at.format("%H:%M")) }
                        td { a href=(lang.path(&format!("/projects/{slug}"))) { (slug) } }
                        td { (h.actor) }
                        td { (field_name(lang, &h.field)) }
                        td lang=[en] { (short(&h.old_value)) }
                        td lang=[en] { (short(&h.new_value)) }
                    }
                }
            }
        } }
    };
    page(&title, chrome, body)
}

/// The fields a queued edit changes (from the listing it was made from), each by its
/// name in plain words, with its whole value on the listing now and the value proposed.
fn edit_rows(
    lang: Lang,
    e: &PendingEdit,
    current: Option<&Project>,
) -> Vec<(String, Option<String>, String)> {
    field_changes(e.base.as_ref().or(current), &e.proposal)
        .into_iter()
        .map(|(field, _, _)| {
            let now = current.map(|c| plain(lang, c, &field));
            let proposed = plain(lang, &e.proposal, &field);
            (field_name(lang, &field), now, proposed)
        })
        .collect()
}

/// A listing's field (`last_confirmed`) by its name in the catalogue ("Last confirmed").
fn field_name(lang: Lang, field: &str) -> String {
    let id = format!("mod-field-{}", field.replace('_', "-"));
    if Lang::En.has(&id) {
        lang.t(&id)
    } else {
        field.replace('_', " ")
    }
}

/// A place as a moderator checks it: where, how precisely it is known, and how far it
/// serves people, so a change of any of them shows.
fn place(lang: Lang, s: &Site) -> String {
    let precision = match s.precision {
        Precision::Exact => lang.t("mod-place-exact"),
        p => lang.t(&format!("project-precision-{}", p.slug())),
    };
    let radius = match s.radius_km {
        Some(km) => radius_in(lang, km),
        None => lang.t("mod-place-no-radius"),
    };
    format!(
        "{}, {} ({precision}). {radius}",
        s.label,
        nation_name(lang, s.nation)
    )
}

/// One field of a listing as a person reads it: lists comma-separated, sites by their
/// place, sessions in words; never JSON.
fn plain(lang: Lang, p: &Project, field: &str) -> String {
    let words = match field {
        "sites" => join(p.sites.iter().map(|s| place(lang, s)), "; "),
        "sessions" => join(
            p.sessions.iter().map(|s| match &s.site {
                Some(site) => format!(
                    "{} {}",
                    rule_in(lang, s),
                    lang.ta("project-session-at", &[("site", Arg::from(site.clone()))])
                ),
                None => format!("{} {}", rule_in(lang, s), lang.t("project-session-online")),
            }),
            "; ",
        ),
        "areas" => join(p.areas.iter().map(|a| a.name.clone()), ", "),
        "reflections" => join(
            p.reflections.iter().map(|r| {
                let principle = super::principles::short(lang, r.principle);
                format!("{principle}: {}", super::principles::status(lang, r.status))
            }),
            "; ",
        ),
        _ => serde_json::to_value(p)
            .ok()
            .and_then(|v| v.get(field).map(|v| value_text(lang, v)))
            .unwrap_or_default(),
    };
    if words.is_empty() {
        lang.t("mod-none")
    } else {
        words
    }
}

fn join(items: impl Iterator<Item = String>, by: &str) -> String {
    items.collect::<Vec<_>>().join(by)
}

/// A JSON value in words: strings as they are, lists comma-separated, records as
/// "name: value" pairs, nothing for an empty value.
fn value_text(lang: Lang, v: &serde_json::Value) -> String {
    use serde_json::Value;
    match v {
        Value::Null => String::new(),
        Value::Bool(true) => lang.t("manage-yes"),
        Value::Bool(false) => lang.t("manage-no"),
        Value::Number(n) => n.to_string(),
        Value::String(s) => s.clone(),
        Value::Array(items) => join(
            items
                .iter()
                .map(|v| value_text(lang, v))
                .filter(|t| !t.is_empty()),
            ", ",
        ),
        Value::Object(fields) => join(
            fields.iter().filter_map(|(k, v)| {
                let t = value_text(lang, v);
                (!t.is_empty()).then(|| format!("{}: {t}", k.replace('_', " ")))
            }),
            "; ",
        ),
    }
}
