//! One listing: everything known, how current it is, and where the facts came from.

use super::layout::nation_name;
use super::layout::{Chrome, page};
use super::parts::{freshness_note_in, in_english, message_with, own_lang, status_badge_kept_in};
use super::search_form::label_in;
use super::urgent::emergency_advice_in;
use crate::domain::assurance::Standing;
use crate::domain::community::Review;
use crate::domain::{AfterBirth, Frequency, Precision, Project, Session, Taxonomy, schedule};
use crate::i18n::{Arg, Lang};
use chrono::DateTime;
use chrono_tz::Tz;
use maud::{Markup, html};

fn or_not_stated(items: Vec<String>) -> String {
    or_not_stated_in(Lang::En, items)
}

fn or_not_stated_in(lang: Lang, items: Vec<String>) -> String {
    if items.is_empty() {
        lang.t("project-not-stated")
    } else {
        items.join(", ")
    }
}

/// How precisely a site is shown, in `lang`.
fn precision_note_in(lang: Lang, p: Precision) -> String {
    match p {
        Precision::Exact => String::new(),
        _ => format!(" ({})", lang.t(&format!("project-precision-{}", p.slug()))),
    }
}

/// How far a site serves people, `km` kilometres: "Serves people within about 6 miles
/// (10 km)", in `lang`.
pub fn radius_in(lang: Lang, km: f64) -> String {
    lang.ta(
        "project-radius",
        &[
            ("miles", Arg::from(format!("{:.0}", km / 1.609_344))),
            ("km", Arg::from(format!("{km:.0}"))),
        ],
    )
}

/// When a session starts: "Tuesday 3 March 2026, 10:00" (`year`), in `lang`.
fn when(lang: Lang, starts: DateTime<Tz>, year: bool) -> String {
    use chrono::Datelike;
    if lang == Lang::En {
        let format = if year {
            "%A %-d %B %Y, %H:%M"
        } else {
            "%A %-d %B, %H:%M"
        };
        return starts.format(format).to_string();
    }
    let day = lang.t(&format!(
        "weekday-{}",
        starts.weekday().number_from_monday()
    ));
    let month = lang.t(&format!("month-{}", starts.month()));
    let year = if year {
        format!(" {}", starts.year())
    } else {
        String::new()
    };
    format!(
        "{day} {} {month}{year}, {}",
        starts.day(),
        starts.format("%H:%M")
    )
}

/// Who may come, in plain words ("Not stated yet" when the listing does not say).
pub fn who(p: &Project) -> String {
    let e = &p.eligibility;
    let mut parts = Vec::new();
    match e.pregnancy {
        Some(true) => parts.push("During pregnancy".to_string()),
        Some(false) => parts.push("Not during pregnancy".to_string()),
        None => {}
    }
    if let Some(a) = e.after_birth
        && a != AfterBirth::None
    {
        parts.push(a.label().to_string());
    }
    parts.extend(e.who.iter().map(|w| w.label().to_string()));
    match (e.min_age, e.max_age) {
        (Some(lo), Some(hi)) => parts.push(format!("Ages {lo} to {hi}")),
        (Some(lo), None) => parts.push(format!("Aged {lo} or over")),
        (None, Some(hi)) => parts.push(format!("Aged up to {hi}")),
        (None, None) => {}
    }
    if let Some(note) = &e.note {
        parts.push(note.clone());
    }
    or_not_stated(parts)
}

pub fn rule(s: &Session) -> String {
    let every = match (s.frequency, s.interval) {
        (Frequency::Weekly, 1) => format!("Every {}", s.day.label()),
        (Frequency::Weekly, n) => format!("Every {n} weeks on {}", s.day.label()),
        (Frequency::Monthly, n) => {
            let nth = match s.week_of_month {
                Some(-1) => "last".to_string(),
                Some(1) => "1st".into(),
                Some(2) => "2nd".into(),
                Some(3) => "3rd".into(),
                Some(w) => format!("{w}th"),
                None => String::new(),
            };
            let months = if n == 1 {
                "each month".to_string()
            } else {
                format!("every {n} months")
            };
            format!("The {nth} {} {months}", s.day.label())
        }
    };
    format!(
        "{every}, {} to {}",
        s.opens.format("%H:%M"),
        s.closes.format("%H:%M")
    )
}

/// What just happened to a maintainer's change, shown at the top of the listing.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AfterChange {
    Saved,
    Waiting,
    /// A draft reflection was saved: it is not public.
    Draft,
}

/// What other projects said of a listing: their visible reviews, and where it stands on
/// the peer-assurance route.
#[derive(Clone, Copy)]
pub struct Peers<'a> {
    pub reviews: &'a [Review],
    pub assurance: &'a Standing,
}

/// A listing's page. `kept`: someone keeps the listing for the project (a claim or
/// proposal of it was approved); that alone does not make it confirmed.
pub fn project(
    chrome: Chrome<'_>,
    taxonomy: &Taxonomy,
    p: &Project,
    kept: bool,
    peers: Peers<'_>,
    after: Option<AfterChange>,
    now: DateTime<Tz>,
) -> Markup {
    let Peers { reviews, assurance } = peers;
    let freshness = p.freshness(now.date_naive());
    let lang = chrome.lang;
    // The project's own words are English; so, for now, are its reflection and reviews.
    let en = (lang != Lang::En).then_some("en");
    let link = |path: String| lang.path(&path);
    let not_stated = |items: Vec<String>| or_not_stated_in(lang, items);
    let ((name, name_lang), (summary, summary_lang)) = (p.name_in(lang), p.summary_in(lang));
    let (description, description_lang) = p.description_in(lang);
    let body = html! {
        @match after {
            Some(AfterChange::Saved) => div.notice.ok role="status" { p { strong { (lang.t("project-saved")) } } },
            Some(AfterChange::Draft) => div.notice.ok role="status" {
                p { strong { (lang.t("project-draft-saved")) } }
                p { a href=(link(format!("/manage/{}/reflection", p.slug))) { (lang.t("project-draft-continue")) } }
            },
            Some(AfterChange::Waiting) => div.notice role="status" { p { strong { (lang.t("project-waiting")) } } },
            None => {},
        }
        h1 lang=[own_lang(lang, name_lang)] { (name) }
        (emergency_advice_in(chrome.lang, &p.needs))
        @if p.organisation != p.name { p.lead lang=[en] { (p.organisation) } }
        (status_badge_kept_in(lang, p, kept))
        @if p.status == crate::domain::Status::Archived {
            div.notice { p { strong { (lang.t("project-archived")) } } }
        }
        @if p.verified {
            div.notice.ok {
                p { (lang.t("project-verified-body")) }
                @if let Some(d) = p.last_confirmed { p { (lang.ta("project-last-confirmed", &[("date", Arg::from(lang.date(d)))])) } }
            }
        } @else if kept {
            div.notice {
                h2 { (lang.t("project-kept-title")) }
                p { (lang.t("project-kept-body")) }
                @if let Some(d) = p.last_confirmed { p { (lang.ta("project-last-checked", &[("date", Arg::from(lang.date(d)))])) } }
            }
        } @else {
            div.notice {
                h2 { (lang.t("project-unverified-title")) }
                p { (lang.t("project-unverified-body")) }
                @if let Some(d) = p.last_confirmed { p { (lang.ta("project-last-checked", &[("date", Arg::from(lang.date(d)))])) } }
            }
        }
        (freshness_note_in(lang, p, now.date_naive()))
        @if freshness.is_retired() && p.status == crate::domain::Status::Published {
            div.notice.retired {
                h2 { (lang.t("project-retired-title")) }
                p { (lang.t("project-retired-body")) }
            }
        }
        p.lead lang=[own_lang(lang, summary_lang)] { (summary) }
        @for para in description.split("\n\n").filter(|s| !s.trim().is_empty()) {
            p lang=[own_lang(lang, description_lang)] { (para) }
        }

        h2 { (lang.t("project-offer")) }
        dl.summary {
            dt { (lang.t("form-need")) }
            dd { (not_stated(p.needs.iter().map(|n| label_in(lang, "need", n, taxonomy.need_label(n))).collect())) }
            dt { (lang.t("form-format")) }
            dd { (not_stated(p.formats.iter().map(|f| label_in(lang, "format", f.slug(), f.label())).collect())) }
            dt { (lang.t("directory-delivery")) }
            dd { (not_stated(p.delivery.iter().map(|d| label_in(lang, "delivery", d.slug(), d.label())).collect())) }
            dt { (lang.t("project-languages")) }
            dd { (not_stated(p.languages.iter().map(|l| crate::i18n::filter_label(l, taxonomy.language_name(l))).collect())) }
            dt { (lang.t("sheet-who")) }
            dd { (super::project_facts::who_in(lang, p)) }
            dt { (lang.t("sheet-referral")) }
            dd { (not_stated(p.referral.iter().map(|r| label_in(lang, "referral", r.slug(), r.label())).collect())) }
            dt { (lang.t("project-cost")) }
            dd lang=[en.filter(|_| p.cost.is_some())] { (p.cost.clone().unwrap_or_else(|| lang.t("project-not-stated"))) }
        }

        h2 { (lang.t("project-where")) }
        @if p.sites.is_empty() {
            p { (lang.t("project-no-sites")) }
        } @else {
            ul {
                @for s in &p.sites {
                    li {
                        @if let Some(l) = en { span lang=(l) { (s.label) } } @else { (s.label) } ", " (nation_name(lang, s.nation)) (precision_note_in(lang, s.precision))
                        @if let Some(r) = s.radius_km { ". " (radius_in(lang, r)) }
                    }
                }
            }
        }
        @if !p.areas.is_empty() {
            p { (lang.ta("project-areas", &[("areas", Arg::from(p.areas.iter().map(|a| a.name.as_str()).collect::<Vec<_>>().join(", ")))])) }
        }
        @if !p.nations.is_empty() {
            p { (lang.ta("project-remote", &[("nations", Arg::from(p.nations.iter().map(|n| nation_name(lang, *n)).collect::<Vec<_>>().join(", ")))])) }
        }

        h2 { (lang.t("project-when")) }
        @if p.sessions.is_empty() && p.schedule_note.is_none() {
            p { (lang.t("project-no-times")) }
        }
        @if !p.sessions.is_empty() {
            ul {
                @for s in &p.sessions {
                    li {
                        (super::project_facts::session_in(lang, s))
                        @if let Some(next) = s.next_after(now) {
                            br; strong { (lang.t("project-next")) } " " (when(lang, next.starts, true))
                        }
                    }
                }
            }
            @if let Some((_, next)) = schedule::next_of(&p.sessions, now) {
                p { strong { (lang.ta("project-next-session", &[("when", Arg::from(when(lang, next.starts, false)))])) } }
                p { a.calendar href=(link(format!("/projects/{}/sessions.ics", p.slug))) { (lang.t("project-add-to-calendar")) } }
            }
        }
        @if let Some(note) = &p.schedule_note { p lang=[en] { (note) } }

        h2 { (lang.t("project-contact")) }
        @if p.contact.is_empty() {
            p { (lang.t("project-no-contact")) }
        } @else {
            @if !p.verified { p.muted { (lang.t("project-contact-from-pages")) } }
            ul {
                @if let Some(w) = &p.contact.website { li { (lang.t("project-website")) " " a href=(w) rel="noreferrer noopener" { (w) } } }
                @if let Some(e) = &p.contact.email { li { (lang.t("project-email")) " " a href={ "mailto:" (e) } { (e) } } }
                @if let Some(t) = &p.contact.phone { li { (lang.t("project-phone")) " " a href={ "tel:" (t.replace(' ', "")) } { (t) } } }
            }
        }

        div {
            (super::assurance::standing(lang, p, assurance))
            (reflection_and_reviews(lang, p, reviews))
        }
        h2 { (lang.t("project-partners")) }
        p { a href=(link(format!("/projects/{}/partners", p.slug))) { (lang.t("project-partners-link")) } }

        h2 { (lang.t("project-source")) }
        p lang=[en] { (p.source) }
        @if !p.sources.is_empty() {
            p { (lang.t("project-source-pages")) }
            ul.sources {
                @for s in &p.sources {
                    li { @if let Some(l) = en { span lang=(l) { (s.label().unwrap_or(&s.fact)) } } @else { (s.label().unwrap_or(&s.fact)) } ": " a href=(s.url) rel="noreferrer noopener" { (s.url) } }
                }
            }
        }
        h2 { (lang.t("project-act")) }
        ul {
            @if !p.verified && !kept { li { a href=(link(format!("/projects/{}/claim", p.slug))) { (lang.t("project-claim")) } } }
            @if p.has_published_reflection() {
                li { a href=(link(format!("/projects/{}/review", p.slug))) { (lang.t("project-review")) } }
            }
            li { a href=(link(format!("/projects/{}/report", p.slug))) { (lang.t("project-report")) } }
        }
        p { a href=(link("/projects".to_string())) { (lang.t("project-back")) } }
    };
    page(name, chrome, body)
}

/// The project's published reflection on the principles, and other projects' reviews of it:
/// our words in `lang`, the projects' own marked as English on a page that is not.
fn reflection_and_reviews(lang: Lang, p: &Project, reviews: &[Review]) -> Markup {
    use super::principles::{columns, heading, status};
    let en = (lang != Lang::En).then_some("en");
    html! {
        @let published: Vec<_> = p.reflections.iter().filter(|r| r.published_on.is_some()).collect();
        @if !published.is_empty() {
            h2 { (lang.t("project-reflection")) }
            p.muted { (lang.t("project-reflection-note")) }
            @for r in published {
                section.reflection {
                    h3 { (heading(lang, r.principle)) }
                    p.muted { (lang.t("project-reflection-questions")) }
                    (super::toolkit::principle_questions_in(lang, r.principle))
                    p { (lang.t("years-where")) " " strong { (status(lang, r.status)) } }
                    @for (answer, title) in [&r.how, &r.evidence, &r.next_steps].into_iter().zip(columns(lang)) {
                        @if !answer.is_empty() { h4 { (title) } p lang=[en] { (answer) } }
                    }
                    @if let Some(d) = r.published_on { p.muted { (lang.ta("years-published", &[("date", Arg::from(lang.date(d)))])) } }
                }
            }
            p { a href=(lang.path(&format!("/projects/{}/reflections", p.slug))) { (lang.t("project-reflection-years")) } }
        }

        @if !reviews.is_empty() {
            h2 { (lang.t("project-reviews")) }
            p.muted { (lang.t("project-reviews-note")) }
            @for r in reviews {
                section.card id={ "review-" (r.id) } {
                    @let reviewer = html! { a href=(lang.path(&format!("/projects/{}", r.reviewer))) { (in_english(lang, &r.reviewer_name)) } };
                    @let on = Arg::from(lang.date(r.created_at.date_naive()));
                    h3 { (message_with(lang, "project-review-from", "reviewer", reviewer, &[("date", on)])) }
                    (review_items(lang, r))
                    @if let Some(reply) = &r.reply {
                        @let name = Arg::from(p.name_in(lang).0.to_string());
                        p { strong { (lang.ta("project-reply-from", &[("name", name)])) " " } (in_english(lang, reply)) }
                    }
                }
            }
        }
    }
}

/// What a review says, principle by principle: our words in `lang`, the reviewer's
/// comment as written (marked as English on a page that is not).
pub fn review_items(lang: Lang, r: &Review) -> Markup {
    use crate::domain::community::Verdict;
    html! {
        ul.review {
            @for item in &r.items {
                @let verdict = lang.t(match item.verdict { Verdict::Recognise => "review-recognise", Verdict::Ask => "review-ask" });
                li { strong { (super::principles::short(lang, item.principle)) ": " (verdict) "." } " " (in_english(lang, &item.comment)) }
            }
        }
    }
}
