//! A maintainer's forms for their listing: every field, the principles reflection, and
//! replies to peer reviews.

use super::forms::{checkbox, csrf, error_summary, text, textarea};
use super::layout::{Chrome, page};
use crate::domain::community::Review;
use crate::domain::grid::{COLUMN_HINTS, COLUMNS};
use crate::domain::{
    AfterBirth, Attendee, Day, Delivery, Format, Frequency, Nation, Principle, Project, Referral,
    ReflectionStatus, Status, Taxonomy,
};
use maud::{Markup, html};

mod copy {
    pub const EDIT: &str = "Update your listing";
    pub const WAITS: &str = "As a new maintainer, your first changes are checked by a moderator before they are shown. After that, your changes show at once.";
    pub const SAVE: &str = "Save changes";
    pub const STILL: &str = "Nothing has changed: the listing is still accurate";
    pub const UNCONFIRMED: &str = "Your project has not confirmed this listing yet, so it says it is not yet confirmed by the project. Check every detail below, correct what is wrong, then confirm it is accurate.";
    pub const ARCHIVE: &str = "Archive this listing (it has closed)";
    pub const ARCHIVE_TITLE: &str = "Archive";
    pub const ARCHIVE_MEANS: &str = "Archive it only if the project has closed. It will no longer be found in search, the directory, the map or signposting sheets. Nothing is deleted, and a moderator can restore it.";
    pub const ARCHIVE_YES: &str = "Yes, archive this listing";
    pub const ARCHIVE_NO: &str = "No, go back to the listing";
    pub const ARCHIVED: &str = "This listing is archived: it is not shown anywhere.";
    pub const ASK_RESTORE: &str = "If the project is running again, ask a moderator to restore it.";
    pub const RESTORE: &str = "Restore this listing";
    pub const REFLECT: &str = "Your reflection on the Perinatal Peer Support Principles";
    pub const QUESTIONS: &str = "Questions to think about, from the self-reflection grid:";
    pub const REFLECT_INTRO: &str = "Say in your own words how your project works with each principle: the questions under each are there to help, and you need not answer every one. This is your project's own account: it is never scored or ranked. Drafts are only seen by your project and moderators.";
    pub const DRAFT: &str = "Save as draft";
    pub const PUBLISH: &str = "Publish on our listing";
    pub const REVIEWS: &str = "Peer reviews of your reflection";
    pub const REPLY: &str = "Reply (you can reply once)";
    pub const PLACES_INTRO: &str =
        "One row a place where people meet. Leave a place empty to remove it.";
    pub const PLACE: &str = "Town, city or postcode";
    pub const PLACE_HINT: &str = "Such as Preston, PR1 2 or PR1 2HE. Give the postcode if you can: a town puts the place at its centre. A council area, such as Cheshire East, says only that it meets somewhere in it.";
    pub const MILES: &str = "How far people may travel to it, in miles (optional)";
    pub const MILES_HINT: &str = "Only if the project says so, such as 10 for “people within 10 miles”. Leave it empty if not.";
    pub const WEEK: &str = "If it meets once a month: which week of the month";
    pub const EVERY_WEEK: &str = "It does not meet monthly";
}

/// What was wrong with the listing form as sent: the message, and the place rows as
/// typed when a place was the problem (otherwise the rows show the listing's places).
#[derive(Debug, Clone, Copy)]
pub struct FormError<'a> {
    pub message: &'a str,
    pub places: Option<&'a [PlaceRow]>,
}

/// One place row of the listing form, as shown: what was typed (or the saved place's
/// name), the distance it serves in miles, how exactly the saved place is known, and
/// what is wrong with it.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct PlaceRow {
    pub typed: String,
    pub miles: String,
    /// How exactly a saved place is known, such as "town or city, England".
    pub found: Option<String>,
    pub error: Option<String>,
}

/// The saved sites as form rows.
pub fn place_rows(p: &Project) -> Vec<PlaceRow> {
    p.sites
        .iter()
        .map(|s| PlaceRow {
            typed: s.label.clone(),
            miles: miles_text(s.radius_km),
            found: Some(format!("{}, {}", s.precision.label(), s.nation.label())),
            error: None,
        })
        .collect()
}

/// A distance in kilometres as the form shows it in miles, to a tenth: "10", "6.2".
pub fn miles_text(km: Option<f64>) -> String {
    km.map(|km| {
        let miles = (km / 1.609_344 * 10.0).round() / 10.0;
        if miles.fract() == 0.0 {
            format!("{miles:.0}")
        } else {
            format!("{miles:.1}")
        }
    })
    .unwrap_or_default()
}

fn place_row(i: usize, row: &PlaceRow) -> Markup {
    let name = format!("site_place_{i}");
    let hint = format!("{name}-hint");
    let error_id = format!("{name}-error");
    let described = if row.error.is_some() {
        format!("{hint} {error_id}")
    } else {
        hint.clone()
    };
    let miles = format!("site_miles_{i}");
    let miles_hint = format!("{miles}-hint");
    html! {
        fieldset.row {
            legend { "Place " (i + 1) }
            div.field-group.field-error[row.error.is_some()] {
                label.block for=(name) { (copy::PLACE) }
                p.muted id=(hint) { (copy::PLACE_HINT) }
                @if let Some(message) = &row.error {
                    p.error-message id=(error_id) { span.visually-hidden { "Error: " } (message) }
                }
                input id=(name) type="text" name=(name) value=(row.typed) autocomplete="off"
                    aria-describedby=(described) aria-invalid=[row.error.as_ref().map(|_| "true")];
                @if let Some(found) = &row.found { p.muted { "Saved as: " (found) } }
            }
            label.block for=(miles) { (copy::MILES) }
            p.muted id=(miles_hint) { (copy::MILES_HINT) }
            input id=(miles) type="text" inputmode="decimal" name=(miles) value=(row.miles) autocomplete="off" aria-describedby=(miles_hint);
        }
    }
}

/// Which week of the month a monthly session meets, as words.
fn week_choice(i: usize, week: Option<i8>) -> Markup {
    const WEEKS: [(i8, &str); 5] = [
        (1, "First week"),
        (2, "Second week"),
        (3, "Third week"),
        (4, "Fourth week"),
        (-1, "Last week"),
    ];
    let name = format!("session_week_{i}");
    html! {
        label.block for=(name) { (copy::WEEK) }
        select id=(name) name=(name) {
            option value="" selected[week.is_none()] { (copy::EVERY_WEEK) }
            @for (n, label) in WEEKS { option value=(n) selected[week == Some(n)] { (label) } }
            @if let Some(other) = week.filter(|w| !WEEKS.iter().any(|(n, _)| n == w)) {
                option value=(other) selected { "Week " (other) }
            }
        }
    }
}

fn opt(v: &Option<String>) -> &str {
    v.as_deref().unwrap_or("")
}

pub fn edit(
    chrome: Chrome<'_>,
    token: &str,
    taxonomy: &Taxonomy,
    p: &Project,
    trusted: bool,
    restorable: bool,
    error: Option<FormError<'_>>,
) -> Markup {
    let e = &p.eligibility;
    let places = error.and_then(|e| e.places);
    let error = error.map(|e| e.message);
    let body = html! {
        (error_summary(error))
        h1 { (copy::EDIT) ": " (p.name) }
        @if !trusted { div.notice { p { (copy::WAITS) } } }
        p { a href={ "/manage/" (p.slug) "/reflection" } { (copy::REFLECT) } }
        @if !p.verified { p { (copy::UNCONFIRMED) } }
        form method="post" action={ "/manage/" (p.slug) "/confirm" } {
            (csrf(token))
            button.button.secondary type="submit" { (copy::STILL) }
        }
        form method="post" action={ "/manage/" (p.slug) } {
            (csrf(token))
            (text("name", "Name", &p.name, "text", "organization"))
            (text("organisation", "Organisation", &p.organisation, "text", "organization"))
            (textarea("summary", "Summary", "Plain English, up to 300 characters.", &p.summary))
            (textarea("description", "Description", "", &p.description))
            fieldset { legend { "Support for" }
                @for n in &taxonomy.needs { (checkbox("need", &n.slug, &n.label, p.needs.contains(&n.slug))) } }
            fieldset { legend { "Group or one to one" }
                @for f in Format::ALL { (checkbox("format", f.slug(), f.label(), p.formats.contains(f))) } }
            fieldset { legend { "How people take part" }
                @for d in Delivery::ALL { (checkbox("delivery", d.slug(), d.label(), p.delivery.contains(d))) } }
            fieldset { legend { "Languages" }
                @for l in &taxonomy.languages { (checkbox("lang", &l.code, &l.name, p.languages.contains(&l.code))) } }
            fieldset { legend { "Areas you serve" }
                p.hint { "A search from inside an area you serve finds this listing, even with no place to meet. Untick an area to remove it." }
                @for a in &p.areas { (checkbox("area", a.code.as_str(), &a.name, true)) }
                (text("add_area", "Add an area you serve: a council area or a nation, such as Cheshire East or Wales", "", "text", "off")) }
            fieldset { legend { "Nations served online or by phone" }
                @for n in Nation::ALL { (checkbox("nation", n.slug(), n.label(), p.nations.contains(n))) } }
            fieldset { legend { "How people join" }
                @for r in Referral::ALL { (checkbox("referral", r.slug(), r.label(), p.referral.contains(r))) } }
            (text("cost", "Cost", opt(&p.cost), "text", "off"))
            h2 { "How to get in touch" }
            (text("website", "Website", opt(&p.contact.website), "url", "url"))
            (text("email", "Email", opt(&p.contact.email), "email", "email"))
            (text("phone", "Phone", opt(&p.contact.phone), "tel", "tel"))
            h2 { "Who can come" }
            label.block for="pregnancy" { "During pregnancy" }
            select #pregnancy name="pregnancy" {
                option value="" selected[e.pregnancy.is_none()] { "Not stated" }
                option value="yes" selected[e.pregnancy == Some(true)] { "Yes" }
                option value="no" selected[e.pregnancy == Some(false)] { "No" }
            }
            label.block for="after_birth" { "After birth" }
            select #after_birth name="after_birth" {
                option value="" selected[e.after_birth.is_none()] { "Not stated" }
                @for a in AfterBirth::ALL { option value=(a.slug()) selected[e.after_birth == Some(*a)] { (a.label()) } }
            }
            fieldset { legend { "Who may come" }
                @for a in Attendee::ALL { (checkbox("who", a.slug(), a.label(), e.who.contains(a))) } }
            (text("min_age", "Youngest age (years, optional)", &e.min_age.map(|v| v.to_string()).unwrap_or_default(), "number", "off"))
            (text("max_age", "Oldest age (years, optional)", &e.max_age.map(|v| v.to_string()).unwrap_or_default(), "number", "off"))
            (text("eligibility_note", "Anything else about who can come", opt(&e.note), "text", "off"))
            h2 { "Where it meets" }
            p.muted { (copy::PLACES_INTRO) }
            @let rows = places.map(<[PlaceRow]>::to_vec).unwrap_or_else(|| place_rows(p));
            @for (i, row) in rows.iter().chain([&PlaceRow::default()]).enumerate() {
                (place_row(i, row))
            }
            h2 { "When it meets" }
            p.muted { "One row a regular session. Leave the day empty to remove one." }
            @for (i, s) in p.sessions.iter().map(Some).chain([None]).enumerate() {
                fieldset.row {
                    legend { "Session " (i + 1) }
                    (text(&format!("session_site_{i}"), "Where: the place as written under “Where it meets” (leave empty for online or phone)", s.and_then(|s| s.site.as_deref()).unwrap_or(""), "text", "off"))
                    label.block for={ "session_day_" (i) } { "Day" }
                    select id={ "session_day_" (i) } name={ "session_day_" (i) } {
                        option value="" { "No session" }
                        @for d in Day::ALL { option value=(d.slug()) selected[s.is_some_and(|s| s.day == *d)] { (d.label()) } }
                    }
                    label.block for={ "session_frequency_" (i) } { "How often" }
                    select id={ "session_frequency_" (i) } name={ "session_frequency_" (i) } {
                        @for f in Frequency::ALL { option value=(f.slug()) selected[s.is_some_and(|s| s.frequency == *f)] { (f.label()) } }
                    }
                    (text(&format!("session_interval_{i}"), "It meets every how many weeks or months (1 if every week or every month)", &s.map_or("1".to_string(), |s| s.interval.to_string()), "number", "off"))
                    (week_choice(i, s.and_then(|s| s.week_of_month)))
                    (text(&format!("session_opens_{i}"), "Start time, such as 10:30", &s.map(|s| s.opens.format("%H:%M").to_string()).unwrap_or_default(), "time", "off"))
                    (text(&format!("session_closes_{i}"), "End time, such as 12:00", &s.map(|s| s.closes.format("%H:%M").to_string()).unwrap_or_default(), "time", "off"))
                }
            }
            (text("schedule_note", "Anything else about when it meets", opt(&p.schedule_note), "text", "off"))
            p {}
            button type="submit" { (copy::SAVE) }
        }
        @if p.status == Status::Archived {
            @if restorable {
                form method="post" action={ "/manage/" (p.slug) "/restore" } {
                    (csrf(token))
                    p { (copy::ARCHIVED) }
                    button.button.secondary type="submit" { (copy::RESTORE) }
                }
            } @else {
                p { (copy::ARCHIVED) " " (copy::ASK_RESTORE) }
            }
        } @else {
            p { a.button.secondary href={ "/manage/" (p.slug) "/archive" } { (copy::ARCHIVE) } }
        }
    };
    page(copy::EDIT, chrome, body)
}

/// "Are you sure?" before a listing is archived: what it means, and the way back.
pub fn archive(chrome: Chrome<'_>, token: &str, p: &Project) -> Markup {
    let body = html! {
        h1 { (copy::ARCHIVE_TITLE) " " (p.name) "?" }
        p { (copy::ARCHIVE_MEANS) }
        form method="post" action={ "/manage/" (p.slug) "/archive" } {
            (csrf(token))
            input type="hidden" name="confirm" value="yes";
            button.button.warning type="submit" { (copy::ARCHIVE_YES) }
        }
        p { a href={ "/manage/" (p.slug) } { (copy::ARCHIVE_NO) } }
    };
    page(
        &format!("{} {}?", copy::ARCHIVE_TITLE, p.name),
        chrome,
        body,
    )
}

pub fn reflection(
    chrome: Chrome<'_>,
    token: &str,
    p: &Project,
    reviews: &[Review],
    error: Option<&str>,
) -> Markup {
    let body = html! {
        (error_summary(error))
        h1 { (copy::REFLECT) }
        p { (copy::REFLECT_INTRO) " " a href=(super::about::PRINCIPLES_URL) rel="noreferrer noopener" { "Read the principles" } }
        form method="post" action={ "/manage/" (p.slug) "/reflection" } {
            (csrf(token))
            @for pr in Principle::ALL {
                @let current = p.reflections.iter().find(|r| r.principle == *pr);
                @let answers = [
                    ("how", current.map_or("", |c| c.how.as_str())),
                    ("evidence", current.map_or("", |c| c.evidence.as_str())),
                    ("next", current.map_or("", |c| c.next_steps.as_str())),
                ];
                fieldset {
                    legend { h2 { "Principle " (pr.number()) ": " (pr.statement()) } }
                    p { (copy::QUESTIONS) }
                    (super::toolkit::principle_questions(*pr))
                    label.block for={ "status_" (pr.slug()) } { "Where you are" }
                    select id={ "status_" (pr.slug()) } name={ "status_" (pr.slug()) } {
                        option value="" { "Not answered yet" }
                        @for st in ReflectionStatus::ALL { option value=(st.slug()) selected[current.is_some_and(|c| c.status == *st)] { (st.label()) } }
                    }
                    @for (((field, value), title), hint) in answers.into_iter().zip(COLUMNS).zip(COLUMN_HINTS) {
                        (textarea(&format!("{field}_{}", pr.slug()), title, hint, value))
                    }
                }
            }
            button.button.secondary type="submit" name="action" value="draft" { (copy::DRAFT) }
            " "
            button type="submit" name="action" value="publish" { (copy::PUBLISH) }
        }
        @if !reviews.is_empty() {
            h2 { (copy::REVIEWS) }
            @for r in reviews {
                h3 { "From " (r.reviewer_name) }
                // The review itself, so the reply answers what it says.
                (super::project::review_items(r))
                @if r.reply.is_none() && !r.hidden {
                    form method="post" action={ "/manage/" (p.slug) "/reviews/" (r.id) "/reply" } {
                        (csrf(token))
                        (textarea("reply", copy::REPLY, "", ""))
                        button type="submit" { "Send reply" }
                    }
                } @else if let Some(reply) = &r.reply { p { "Your reply: " (reply) } }
            }
        }
    };
    page(copy::REFLECT, chrome, body)
}
