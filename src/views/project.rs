//! One listing: everything known, how current it is, and where the facts came from.

use super::layout::{Chrome, page};
use super::parts::{date, freshness_note, status_badge_kept};
use super::urgent::emergency_advice;
use crate::domain::assurance::Standing;
use crate::domain::community::Review;
use crate::domain::grid::COLUMNS;
use crate::domain::{AfterBirth, Frequency, Precision, Project, Session, Taxonomy, schedule};
use chrono::DateTime;
use chrono_tz::Tz;
use maud::{Markup, html};

mod copy {
    pub const ADD_TO_CALENDAR: &str = "Add the sessions to your calendar";
    pub const UNVERIFIED_TITLE: &str = "This listing has not been confirmed by the project yet";
    pub const UNVERIFIED_BODY: &str = "We built it from published reports and public web pages. Details may be out of date: check with the project before you travel or share it.";
    pub const VERIFIED_BODY: &str = "The project has confirmed these details.";
    pub const KEPT_TITLE: &str =
        "The project keeps this listing but has not confirmed these details yet";
    pub const KEPT_BODY: &str = "Until the project confirms them, details may be out of date: check with the project before you travel or share it.";
    pub const RETIRED_TITLE: &str = "This listing is not shown in search results";
    pub const RETIRED_BODY: &str = "Nobody has confirmed these details for 18 months, so we have taken the listing out of search results, the map and printed sheets. It stays on this page. If you run this project, sign in and choose \"Nothing has changed: the listing is still accurate\", or update the details, and it will be back in search results at once.";
    pub const OFFER: &str = "What it offers";
    pub const NEEDS: &str = "Support for";
    pub const FORMATS: &str = "Group or one to one";
    pub const DELIVERY: &str = "How you take part";
    pub const LANGUAGES: &str = "Languages";
    pub const WHO: &str = "Who can come";
    pub const REFERRAL: &str = "How to join";
    pub const COST: &str = "Cost";
    pub const NOT_STATED: &str = "Not stated yet";
    pub const WHERE: &str = "Where it meets";
    pub const NO_SITES: &str = "It does not list a place where it meets in person.";
    pub const REMOTE: &str = "Online or by phone for people in";
    pub const AREAS: &str = "Says it serves people in";
    pub const WHEN: &str = "When it meets";
    pub const NO_TIMES: &str = "Meeting times are not confirmed yet. Contact the project to ask.";
    pub const NEXT: &str = "Next:";
    pub const CONTACT: &str = "How to get in touch";
    pub const CONTACT_FROM_PAGES: &str = "Taken from public web pages (listed under “Where this came from” below); the project has not confirmed them yet.";
    pub const NO_CONTACT: &str = "Contact details are not confirmed yet. We publish a website, phone number or e-mail address only when the project gives it to us or a public page we can name states it. Your GP, midwife, health visitor or perinatal team may be able to put you in touch.";
    pub const REFLECTION: &str =
        "The project's reflection on the Perinatal Peer Support Principles";
    pub const REFLECTION_YEARS: &str = "Every year's reflection, to read side by side or print";
    pub const REFLECTION_NOTE: &str =
        "This is the project's own account, in its own words. It is not a score or a rating.";
    pub const SOURCE: &str = "Where this came from";
    pub const SOURCE_PAGES: &str = "The public page each fact was taken from:";
    pub const ARCHIVED: &str = "This listing is archived: the project may have closed.";
    pub const BACK: &str = "Back to the directory";
    pub const SAVED: &str = "Your changes are saved and show on this page now.";
    pub const DRAFT_SAVED: &str = "Your draft is saved. It is not public: only the people who keep this listing can see it, until you publish it.";
    pub const DRAFT_CONTINUE: &str = "Carry on with your reflection";
    pub const WAITING: &str =
        "Thank you. A moderator will check your changes before they show here.";
    pub const REVIEWS: &str = "Peer reviews from other projects";
    pub const REFLECTION_QUESTIONS: &str =
        "The questions the self-reflection grid asks about this principle:";
    pub const REVIEWS_NOTE: &str = "Other peer support projects read this project's reflection and said what they recognise and what they would ask about. These are conversations between peers, not ratings.";
    pub const ACT: &str = "Is this your project, or is something wrong?";
    pub const CLAIM: &str = "This is our project: ask to keep this listing up to date";
    pub const REVIEW: &str = "Review this project's reflection (for other peer support projects)";
    pub const REPORT: &str = "Report a problem with this listing";
    pub const PARTNERS: &str = "Working with others";
    pub const PARTNERS_LINK: &str = "Find projects nearby or online whose offer adds to this one";
}

fn or_not_stated(items: Vec<String>) -> String {
    if items.is_empty() {
        copy::NOT_STATED.to_string()
    } else {
        items.join(", ")
    }
}

fn precision_note(p: Precision) -> &'static str {
    match p {
        Precision::Exact => "",
        Precision::Postcode => " (shown at postcode area level)",
        Precision::Town => " (shown at town level: the exact venue is not confirmed)",
        Precision::Region => " (shown at region level: the exact venue is not confirmed)",
    }
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
    let body = html! {
        @match after {
            Some(AfterChange::Saved) => div.notice.ok role="status" { p { strong { (copy::SAVED) } } },
            Some(AfterChange::Draft) => div.notice.ok role="status" {
                p { strong { (copy::DRAFT_SAVED) } }
                p { a href={ "/manage/" (p.slug) "/reflection" } { (copy::DRAFT_CONTINUE) } }
            },
            Some(AfterChange::Waiting) => div.notice role="status" { p { strong { (copy::WAITING) } } },
            None => {},
        }
        h1 { (p.name) }
        (emergency_advice(&p.needs))
        @if p.organisation != p.name { p.lead { (p.organisation) } }
        (status_badge_kept(p, kept))
        @if p.status == crate::domain::Status::Archived {
            div.notice { p { strong { (copy::ARCHIVED) } } }
        }
        @if p.verified {
            div.notice.ok {
                p { (copy::VERIFIED_BODY) }
                @if let Some(d) = p.last_confirmed { p { "Last confirmed on " (date(d)) "." } }
            }
        } @else if kept {
            div.notice {
                h2 { (copy::KEPT_TITLE) }
                p { (copy::KEPT_BODY) }
                @if let Some(d) = p.last_confirmed { p { "Details last checked on " (date(d)) "." } }
            }
        } @else {
            div.notice {
                h2 { (copy::UNVERIFIED_TITLE) }
                p { (copy::UNVERIFIED_BODY) }
                @if let Some(d) = p.last_confirmed { p { "Details last checked on " (date(d)) "." } }
            }
        }
        (freshness_note(p, now.date_naive()))
        @if freshness.is_retired() && p.status == crate::domain::Status::Published {
            div.notice.retired {
                h2 { (copy::RETIRED_TITLE) }
                p { (copy::RETIRED_BODY) }
            }
        }
        p.lead { (p.summary) }
        @for para in p.description.split("\n\n").filter(|s| !s.trim().is_empty()) {
            p { (para) }
        }

        h2 { (copy::OFFER) }
        dl.summary {
            dt { (copy::NEEDS) }
            dd { (or_not_stated(p.needs.iter().map(|n| taxonomy.need_label(n).to_string()).collect())) }
            dt { (copy::FORMATS) }
            dd { (or_not_stated(p.formats.iter().map(|f| f.label().to_string()).collect())) }
            dt { (copy::DELIVERY) }
            dd { (or_not_stated(p.delivery.iter().map(|d| d.label().to_string()).collect())) }
            dt { (copy::LANGUAGES) }
            dd { (or_not_stated(p.languages.iter().map(|l| taxonomy.language_name(l).to_string()).collect())) }
            dt { (copy::WHO) }
            dd { (who(p)) }
            dt { (copy::REFERRAL) }
            dd { (or_not_stated(p.referral.iter().map(|r| r.label().to_string()).collect())) }
            dt { (copy::COST) }
            dd { (p.cost.clone().unwrap_or_else(|| copy::NOT_STATED.to_string())) }
        }

        h2 { (copy::WHERE) }
        @if p.sites.is_empty() {
            p { (copy::NO_SITES) }
        } @else {
            ul {
                @for s in &p.sites {
                    li {
                        (s.label) ", " (s.nation.label()) (precision_note(s.precision))
                        @if let Some(r) = s.radius_km { ". Serves people within about " (format!("{:.0}", r / 1.609_344)) " miles (" (format!("{r:.0}")) " km)" }
                    }
                }
            }
        }
        @if !p.areas.is_empty() {
            p { (copy::AREAS) " " (p.areas.iter().map(|a| a.name.as_str()).collect::<Vec<_>>().join(", ")) "." }
        }
        @if !p.nations.is_empty() {
            p { (copy::REMOTE) " " (p.nations.iter().map(|n| n.label()).collect::<Vec<_>>().join(", ")) "." }
        }

        h2 { (copy::WHEN) }
        @if p.sessions.is_empty() && p.schedule_note.is_none() {
            p { (copy::NO_TIMES) }
        }
        @if !p.sessions.is_empty() {
            ul {
                @for s in &p.sessions {
                    li {
                        (rule(s))
                        @if let Some(site) = &s.site { " at " (site) } @else { " (online or by phone)" }
                        @if let Some(note) = &s.note { ". " (note) }
                        @if let Some(next) = s.next_after(now) {
                            br; strong { (copy::NEXT) } " " (next.starts.format("%A %-d %B %Y, %H:%M"))
                        }
                    }
                }
            }
            @if let Some((_, next)) = schedule::next_of(&p.sessions, now) {
                p { strong { "Next session: " (next.starts.format("%A %-d %B, %H:%M")) } }
                p { a.calendar href={ "/projects/" (p.slug) "/sessions.ics" } { (copy::ADD_TO_CALENDAR) } }
            }
        }
        @if let Some(note) = &p.schedule_note { p { (note) } }

        h2 { (copy::CONTACT) }
        @if p.contact.is_empty() {
            p { (copy::NO_CONTACT) }
        } @else {
            @if !p.verified { p.muted { (copy::CONTACT_FROM_PAGES) } }
            ul {
                @if let Some(w) = &p.contact.website { li { "Website: " a href=(w) rel="noreferrer noopener" { (w) } } }
                @if let Some(e) = &p.contact.email { li { "Email: " a href={ "mailto:" (e) } { (e) } } }
                @if let Some(t) = &p.contact.phone { li { "Phone: " a href={ "tel:" (t.replace(' ', "")) } { (t) } } }
            }
        }

        (super::assurance::standing(p, assurance))
        (reflection_and_reviews(p, reviews))
        h2 { (copy::PARTNERS) }
        p { a href={ "/projects/" (p.slug) "/partners" } { (copy::PARTNERS_LINK) } }

        h2 { (copy::SOURCE) }
        p { (p.source) }
        @if !p.sources.is_empty() {
            p { (copy::SOURCE_PAGES) }
            ul.sources {
                @for s in &p.sources {
                    li { (s.label().unwrap_or(&s.fact)) ": " a href=(s.url) rel="noreferrer noopener" { (s.url) } }
                }
            }
        }
        h2 { (copy::ACT) }
        ul {
            @if !p.verified && !kept { li { a href={ "/projects/" (p.slug) "/claim" } { (copy::CLAIM) } } }
            @if p.has_published_reflection() {
                li { a href={ "/projects/" (p.slug) "/review" } { (copy::REVIEW) } }
            }
            li { a href={ "/projects/" (p.slug) "/report" } { (copy::REPORT) } }
        }
        p { a href="/projects" { (copy::BACK) } }
    };
    page(&p.name, chrome, body)
}

/// The project's published reflection on the principles, and other projects' reviews of it.
fn reflection_and_reviews(p: &Project, reviews: &[Review]) -> Markup {
    html! {
        @let published: Vec<_> = p.reflections.iter().filter(|r| r.published_on.is_some()).collect();
        @if !published.is_empty() {
            h2 { (copy::REFLECTION) }
            p.muted { (copy::REFLECTION_NOTE) }
            @for r in published {
                section.reflection {
                    h3 { "Principle " (r.principle.number()) ": " (r.principle.statement()) }
                    p.muted { (copy::REFLECTION_QUESTIONS) }
                    (super::toolkit::principle_questions(r.principle))
                    p { "Where the project is: " strong { (r.status.label()) } }
                    @for (answer, title) in [&r.how, &r.evidence, &r.next_steps].into_iter().zip(COLUMNS) {
                        @if !answer.is_empty() { h4 { (title) } p { (answer) } }
                    }
                    @if let Some(d) = r.published_on { p.muted { "Published " (date(d)) } }
                }
            }
            p { a href={ "/projects/" (p.slug) "/reflections" } { (copy::REFLECTION_YEARS) } }
        }

        @if !reviews.is_empty() {
            h2 { (copy::REVIEWS) }
            p.muted { (copy::REVIEWS_NOTE) }
            @for r in reviews {
                section.card id={ "review-" (r.id) } {
                    h3 { "From " a href={ "/projects/" (r.reviewer) } { (r.reviewer_name) } ", " (date(r.created_at.date_naive())) }
                    (review_items(r))
                    @if let Some(reply) = &r.reply { p { strong { "Reply from " (p.name) ": " } (reply) } }
                }
            }
        }
    }
}

/// What a review says, principle by principle.
pub fn review_items(r: &Review) -> Markup {
    html! {
        ul.review {
            @for item in &r.items {
                li { strong { (item.principle.label()) ": " (item.verdict.label()) "." } " " (item.comment) }
            }
        }
    }
}
