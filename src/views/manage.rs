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
use crate::i18n::{Arg, Lang};
use maud::{Markup, html};

/// A label of one of the form's choices in `lang`: `{what}-{slug}` from the catalogue,
/// else the English label.
fn choice(lang: Lang, what: &str, slug: &str, english: &str) -> String {
    super::search_form::label_in(lang, what, slug, english)
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

fn place_row(lang: Lang, i: usize, row: &PlaceRow) -> Markup {
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
            legend { (lang.ta("manage-place-n", &[("n", Arg::from(i + 1))])) }
            div.field-group.field-error[row.error.is_some()] {
                label.block for=(name) { (lang.t("manage-place")) }
                p.muted id=(hint) { (lang.t("manage-place-hint")) }
                @if let Some(message) = &row.error {
                    p.error-message id=(error_id) { span.visually-hidden { (lang.t("form-error-prefix")) " " } (message) }
                }
                input id=(name) type="text" name=(name) value=(row.typed) autocomplete="off"
                    aria-describedby=(described) aria-invalid=[row.error.as_ref().map(|_| "true")];
                @if let Some(found) = &row.found { p.muted { (lang.t("manage-saved-as")) " " span lang=[(lang != Lang::En).then_some("en")] { (found) } } }
            }
            label.block for=(miles) { (lang.t("manage-miles")) }
            p.muted id=(miles_hint) { (lang.t("manage-miles-hint")) }
            input id=(miles) type="text" inputmode="decimal" name=(miles) value=(row.miles) autocomplete="off" aria-describedby=(miles_hint);
        }
    }
}

/// Which week of the month a monthly session meets, as words.
fn week_choice(lang: Lang, i: usize, week: Option<i8>) -> Markup {
    const WEEKS: [(i8, &str); 5] = [
        (1, "manage-week-1"),
        (2, "manage-week-2"),
        (3, "manage-week-3"),
        (4, "manage-week-4"),
        (-1, "manage-week-last"),
    ];
    let name = format!("session_week_{i}");
    html! {
        label.block for=(name) { (lang.t("manage-week")) }
        select id=(name) name=(name) {
            option value="" selected[week.is_none()] { (lang.t("manage-every-week")) }
            @for (n, label) in WEEKS { option value=(n) selected[week == Some(n)] { (lang.t(label)) } }
            @if let Some(other) = week.filter(|w| !WEEKS.iter().any(|(n, _)| n == w)) {
                option value=(other) selected { (lang.ta("manage-week-n", &[("n", Arg::from(other))])) }
            }
        }
    }
}

fn opt(v: &Option<String>) -> &str {
    v.as_deref().unwrap_or("")
}

/// The listing's own words, in English and (optionally) in Welsh.
fn words_fields(lang: Lang, p: &Project) -> Markup {
    html! {
        (text("name", &lang.t("manage-name"), &p.name, "text", "organization"))
        (text("organisation", &lang.t("manage-organisation"), &p.organisation, "text", "organization"))
        (textarea("summary", &lang.t("manage-summary"), &lang.t("acct-summary-hint"), &p.summary))
        (textarea("description", &lang.t("manage-description"), "", &p.description))
        fieldset {
            legend { (lang.t("manage-welsh")) }
            p.hint { (lang.t("manage-welsh-hint")) }
            (text("name_cy", &lang.t("manage-name-cy"), opt(&p.name_cy), "text", "off"))
            (textarea("summary_cy", &lang.t("manage-summary-cy"), "", opt(&p.summary_cy)))
            (textarea("description_cy", &lang.t("manage-description-cy"), "", opt(&p.description_cy)))
        }
    }
}

/// What is offered, to whom, where in the UK, and how to get in touch.
fn offer_fields(lang: Lang, taxonomy: &Taxonomy, p: &Project) -> Markup {
    html! {
        fieldset { legend { (lang.t("acct-support-for")) }
            @for n in &taxonomy.needs { (checkbox("need", &n.slug, &choice(lang, "need", &n.slug, &n.label), p.needs.contains(&n.slug))) } }
        fieldset { legend { (lang.t("manage-format")) }
            @for f in Format::ALL { (checkbox("format", f.slug(), &choice(lang, "format", f.slug(), f.label()), p.formats.contains(f))) } }
        fieldset { legend { (lang.t("manage-delivery")) }
            @for d in Delivery::ALL { (checkbox("delivery", d.slug(), &choice(lang, "delivery", d.slug(), d.label()), p.delivery.contains(d))) } }
        fieldset { legend { (lang.t("manage-languages")) }
            @for l in &taxonomy.languages { (checkbox("lang", &l.code, &l.name, p.languages.contains(&l.code))) } }
        fieldset { legend { (lang.t("manage-areas")) }
            p.hint { (lang.t("manage-areas-hint")) }
            @for a in &p.areas { (checkbox("area", a.code.as_str(), &a.name, true)) }
            (text("add_area", &lang.t("manage-add-area"), "", "text", "off")) }
        fieldset { legend { (lang.t("manage-nations")) }
            @for n in Nation::ALL { (checkbox("nation", n.slug(), &choice(lang, "nation", n.slug(), n.label()), p.nations.contains(n))) } }
        fieldset { legend { (lang.t("manage-referral")) }
            @for r in Referral::ALL { (checkbox("referral", r.slug(), &choice(lang, "referral", r.slug(), r.label()), p.referral.contains(r))) } }
        (text("cost", &lang.t("manage-cost"), opt(&p.cost), "text", "off"))
        h2 { (lang.t("manage-contact")) }
        (text("website", &lang.t("manage-website"), opt(&p.contact.website), "url", "url"))
        (text("email", &lang.t("manage-email"), opt(&p.contact.email), "email", "email"))
        (text("phone", &lang.t("manage-phone"), opt(&p.contact.phone), "tel", "tel"))
    }
}

/// Who can come.
fn eligibility_fields(lang: Lang, p: &Project) -> Markup {
    let e = &p.eligibility;
    html! {
        h2 { (lang.t("manage-who-can-come")) }
        label.block for="pregnancy" { (lang.t("manage-pregnancy")) }
        select #pregnancy name="pregnancy" {
            option value="" selected[e.pregnancy.is_none()] { (lang.t("manage-not-stated")) }
            option value="yes" selected[e.pregnancy == Some(true)] { (lang.t("manage-yes")) }
            option value="no" selected[e.pregnancy == Some(false)] { (lang.t("manage-no")) }
        }
        label.block for="after_birth" { (lang.t("manage-after-birth")) }
        select #after_birth name="after_birth" {
            option value="" selected[e.after_birth.is_none()] { (lang.t("manage-not-stated")) }
            @for a in AfterBirth::ALL { option value=(a.slug()) selected[e.after_birth == Some(*a)] { (choice(lang, "manage-after-birth", a.slug(), a.label())) } }
        }
        fieldset { legend { (lang.t("manage-who")) }
            @for a in Attendee::ALL { (checkbox("who", a.slug(), &choice(lang, "manage-who", a.slug(), a.label()), e.who.contains(a))) } }
        (text("min_age", &lang.t("manage-min-age"), &e.min_age.map(|v| v.to_string()).unwrap_or_default(), "number", "off"))
        (text("max_age", &lang.t("manage-max-age"), &e.max_age.map(|v| v.to_string()).unwrap_or_default(), "number", "off"))
        (text("eligibility_note", &lang.t("manage-eligibility-note"), opt(&e.note), "text", "off"))
    }
}

/// When it meets: a row a session, and one empty row to add one.
fn session_fields(lang: Lang, p: &Project) -> Markup {
    html! {
        h2 { (lang.t("manage-when")) }
        p.muted { (lang.t("manage-when-intro")) }
        @for (i, s) in p.sessions.iter().map(Some).chain([None]).enumerate() {
            fieldset.row {
                legend { (lang.ta("manage-session-n", &[("n", Arg::from(i + 1))])) }
                (text(&format!("session_site_{i}"), &lang.t("manage-session-site"), s.and_then(|s| s.site.as_deref()).unwrap_or(""), "text", "off"))
                label.block for={ "session_day_" (i) } { (lang.t("manage-day")) }
                select id={ "session_day_" (i) } name={ "session_day_" (i) } {
                    option value="" { (lang.t("manage-no-session")) }
                    @for d in Day::ALL { option value=(d.slug()) selected[s.is_some_and(|s| s.day == *d)] { (choice(lang, "manage-day", d.slug(), d.label())) } }
                }
                label.block for={ "session_frequency_" (i) } { (lang.t("manage-frequency")) }
                select id={ "session_frequency_" (i) } name={ "session_frequency_" (i) } {
                    @for f in Frequency::ALL { option value=(f.slug()) selected[s.is_some_and(|s| s.frequency == *f)] { (choice(lang, "manage-frequency", f.slug(), f.label())) } }
                }
                (text(&format!("session_interval_{i}"), &lang.t("manage-interval"), &s.map_or("1".to_string(), |s| s.interval.to_string()), "number", "off"))
                (week_choice(lang, i, s.and_then(|s| s.week_of_month)))
                (text(&format!("session_opens_{i}"), &lang.t("manage-opens"), &s.map(|s| s.opens.format("%H:%M").to_string()).unwrap_or_default(), "time", "off"))
                (text(&format!("session_closes_{i}"), &lang.t("manage-closes"), &s.map(|s| s.closes.format("%H:%M").to_string()).unwrap_or_default(), "time", "off"))
            }
        }
        (text("schedule_note", &lang.t("manage-schedule-note"), opt(&p.schedule_note), "text", "off"))
    }
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
    let lang = chrome.lang;
    let en = (lang != Lang::En).then_some("en");
    let places = error.and_then(|e| e.places);
    let error = error.map(|e| e.message);
    let manage = |rest: &str| lang.path(&format!("/manage/{}{rest}", p.slug));
    let title = lang.t("manage-edit");
    let body = html! {
        (error_summary(error))
        h1 { (title) ": " span lang=[en] { (p.name) } }
        @if !trusted { div.notice { p { (lang.t("manage-waits")) } } }
        p { a href=(manage("/reflection")) { (lang.t("manage-reflect")) } }
        @if !p.verified { p { (lang.t("manage-unconfirmed")) } }
        form method="post" action=(manage("/confirm")) {
            (csrf(token))
            button.button.secondary type="submit" { (lang.t("manage-still")) }
        }
        form method="post" action=(manage("")) {
            (csrf(token))
            (words_fields(lang, p))
            (offer_fields(lang, taxonomy, p))
            (eligibility_fields(lang, p))
            h2 { (lang.t("manage-where")) }
            p.muted { (lang.t("manage-places-intro")) }
            @let rows = places.map(<[PlaceRow]>::to_vec).unwrap_or_else(|| place_rows(p));
            @for (i, row) in rows.iter().chain([&PlaceRow::default()]).enumerate() {
                (place_row(lang, i, row))
            }
            (session_fields(lang, p))
            p {}
            button type="submit" { (lang.t("manage-save")) }
        }
        @if p.status == Status::Archived {
            @if restorable {
                form method="post" action=(manage("/restore")) {
                    (csrf(token))
                    p { (lang.t("manage-archived")) }
                    button.button.secondary type="submit" { (lang.t("manage-restore")) }
                }
            } @else {
                p { (lang.t("manage-archived")) " " (lang.t("manage-ask-restore")) }
            }
        } @else {
            p { a.button.secondary href=(manage("/archive")) { (lang.t("manage-archive")) } }
        }
    };
    page(&title, chrome, body)
}

/// "Are you sure?" before a listing is archived: what it means, and the way back.
pub fn archive(chrome: Chrome<'_>, token: &str, p: &Project) -> Markup {
    let lang = chrome.lang;
    let title = lang.ta(
        "manage-archive-title",
        &[("name", Arg::from(p.name.clone()))],
    );
    let body = html! {
        h1 { (title) }
        p { (lang.t("manage-archive-means")) }
        form method="post" action=(lang.path(&format!("/manage/{}/archive", p.slug))) {
            (csrf(token))
            input type="hidden" name="confirm" value="yes";
            button.button.warning type="submit" { (lang.t("manage-archive-yes")) }
        }
        p { a href=(lang.path(&format!("/manage/{}", p.slug))) { (lang.t("manage-archive-no")) } }
    };
    page(&title, chrome, body)
}

/// The grid's columns (heading, hint) in `lang`.
pub fn columns(lang: Lang) -> [(String, String); 3] {
    [1, 2, 3].map(|i| {
        (
            choice(lang, "manage-column", &i.to_string(), COLUMNS[i - 1]),
            choice(
                lang,
                "manage-column-hint",
                &i.to_string(),
                COLUMN_HINTS[i - 1],
            ),
        )
    })
}

pub fn reflection(
    chrome: Chrome<'_>,
    token: &str,
    p: &Project,
    reviews: &[Review],
    error: Option<&str>,
) -> Markup {
    let lang = chrome.lang;
    let en = (lang != Lang::En).then_some("en");
    let title = lang.t("manage-reflect");
    let body = html! {
        (error_summary(error))
        h1 { (title) }
        p { (lang.t("manage-reflect-intro")) " " a href=(super::about::PRINCIPLES_URL) rel="noreferrer noopener" { (lang.t("manage-read-principles")) } }
        form method="post" action=(lang.path(&format!("/manage/{}/reflection", p.slug))) {
            (csrf(token))
            @for pr in Principle::ALL {
                @let current = p.reflections.iter().find(|r| r.principle == *pr);
                @let answers = [
                    ("how", current.map_or("", |c| c.how.as_str())),
                    ("evidence", current.map_or("", |c| c.evidence.as_str())),
                    ("next", current.map_or("", |c| c.next_steps.as_str())),
                ];
                fieldset {
                    legend { h2 { (lang.ta("manage-principle-n", &[("n", Arg::from(pr.number()))])) " " span lang=[en] { (pr.statement()) } } }
                    p { (lang.t("manage-questions")) }
                    div lang=[en] { (super::toolkit::principle_questions(*pr)) }
                    label.block for={ "status_" (pr.slug()) } { (lang.t("manage-where-you-are")) }
                    select id={ "status_" (pr.slug()) } name={ "status_" (pr.slug()) } {
                        option value="" { (lang.t("manage-not-answered")) }
                        @for st in ReflectionStatus::ALL { option value=(st.slug()) selected[current.is_some_and(|c| c.status == *st)] { (choice(lang, "manage-reflection", st.slug(), st.label())) } }
                    }
                    @for ((field, value), (title, hint)) in answers.into_iter().zip(columns(lang)) {
                        (textarea(&format!("{field}_{}", pr.slug()), &title, &hint, value))
                    }
                }
            }
            button.button.secondary type="submit" name="action" value="draft" { (lang.t("manage-draft")) }
            " "
            button type="submit" name="action" value="publish" { (lang.t("manage-publish")) }
        }
        @if !reviews.is_empty() {
            h2 { (lang.t("manage-reviews")) }
            @for r in reviews {
                h3 { (lang.t("manage-from")) " " span lang=[en] { (r.reviewer_name) } }
                // The review itself, so the reply answers what it says.
                div { (super::project::review_items(lang, r)) }
                @if r.reply.is_none() && !r.hidden {
                    form method="post" action=(lang.path(&format!("/manage/{}/reviews/{}/reply", p.slug, r.id))) {
                        (csrf(token))
                        (textarea("reply", &lang.t("manage-reply"), "", ""))
                        button type="submit" { (lang.t("manage-send-reply")) }
                    }
                } @else if let Some(reply) = &r.reply { p { (lang.t("manage-your-reply")) " " span lang=[en] { (reply) } } }
            }
        }
    };
    page(&title, chrome, body)
}
