//! A maintainer's forms for their listing: every field, the principles reflection, and
//! replies to peer reviews.

use super::forms::{
    checkbox, csrf, described_by, error_summary, field_error, has_error, invalid, text_checked,
    textarea_checked,
};
use super::layout::{Chrome, page};
use crate::domain::check::FieldError;
use crate::domain::community::{COMMENT_MAX, Review};
use crate::domain::grid::{COLUMN_HINTS, COLUMNS};
use crate::domain::validate::TEXT_MAX;
use crate::domain::{
    AfterBirth, Attendee, Day, Delivery, Format, Frequency, Nation, Principle, Project, Referral,
    ReflectionStatus, Session, Status, Taxonomy,
};
use crate::i18n::{Arg, Lang};
use chrono::NaiveTime;
use maud::{Markup, html};

/// A label of one of the form's choices in `lang`: `{what}-{slug}` from the catalogue,
/// else the English label.
fn choice(lang: Lang, what: &str, slug: &str, english: &str) -> String {
    super::search_form::label_in(lang, what, slug, english)
}

/// What was wrong with the listing form as sent: the problems by field, the text typed
/// into fields whose value the listing cannot hold (a number that is not one), and the
/// place rows as typed when a place was the problem (otherwise the rows show the
/// listing's places).
#[derive(Debug, Clone, Copy, Default)]
pub struct Problems<'a> {
    pub errors: &'a [FieldError],
    pub typed: &'a [(String, String)],
    pub places: Option<&'a [PlaceRow]>,
}

impl Problems<'_> {
    /// What `name` shows: what was typed into it when the listing cannot hold that, else `value`.
    fn value(&self, name: &str, value: String) -> String {
        self.typed
            .iter()
            .find(|(k, _)| k == name)
            .map_or(value, |(_, v)| v.clone())
    }

    /// A one-line control with its problem by it.
    fn text(&self, name: &str, label: &str, value: String, kind: &str) -> Markup {
        let autocomplete = match kind {
            "url" | "email" | "tel" => kind,
            _ => "off",
        };
        text_checked(
            self.errors,
            name,
            label,
            &self.value(name, value),
            kind,
            autocomplete,
        )
    }

    /// A group of boxes (`id` is its name) with its problem by it.
    fn group(&self, name: &str, legend: &str, boxes: Markup) -> Markup {
        html! {
            fieldset.field-error[has_error(self.errors, name)] id=(name) aria-describedby=[described_by(self.errors, name, None)] {
                legend { (legend) }
                (field_error(self.errors, name))
                (boxes)
            }
        }
    }
}

/// The id of the listing form, where a problem about no one of its fields is shown.
pub const LISTING_FORM: &str = "listing";

/// One place row of the listing form, as shown: what was typed (or the saved place's
/// name), the distance it serves in miles, how exactly the saved place is known, and
/// what is wrong with it.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct PlaceRow {
    pub typed: String,
    pub miles: String,
    /// How exactly a saved place is known, such as "town or city, England".
    pub found: Option<String>,
}

/// The saved sites as form rows.
pub fn place_rows(p: &Project) -> Vec<PlaceRow> {
    p.sites
        .iter()
        .map(|s| PlaceRow {
            typed: s.label.clone(),
            miles: miles_text(s.radius_km),
            found: Some(format!("{}, {}", s.precision.label(), s.nation.label())),
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

fn place_row(lang: Lang, errors: &[FieldError], i: usize, row: &PlaceRow) -> Markup {
    let name = format!("site_place_{i}");
    let hint = format!("{name}-hint");
    let miles = format!("site_miles_{i}");
    let miles_hint = format!("{miles}-hint");
    html! {
        fieldset.row {
            legend { (lang.ta("manage-place-n", &[("n", Arg::from(i + 1))])) }
            div.field-group.field-error[has_error(errors, &name)] {
                label.block for=(name) { (lang.t("manage-place")) }
                p.muted id=(hint) { (lang.t("manage-place-hint")) }
                (field_error(errors, &name))
                input id=(name) type="text" name=(name) value=(row.typed) autocomplete="off"
                    aria-describedby=[described_by(errors, &name, Some(&hint))] aria-invalid=[invalid(errors, &name)];
                @if let Some(found) = &row.found { p.muted { (lang.t("manage-saved-as")) " " span lang=[(lang != Lang::En).then_some("en")] { (found) } } }
            }
            div.field-group.field-error[has_error(errors, &miles)] {
                label.block for=(miles) { (lang.t("manage-miles")) }
                p.muted id=(miles_hint) { (lang.t("manage-miles-hint")) }
                (field_error(errors, &miles))
                input id=(miles) type="text" inputmode="decimal" name=(miles) value=(row.miles) autocomplete="off"
                    aria-describedby=[described_by(errors, &miles, Some(&miles_hint))] aria-invalid=[invalid(errors, &miles)];
            }
        }
    }
}

/// Which week of the month a monthly session meets, as words.
fn week_choice(lang: Lang, f: &Problems<'_>, i: usize, week: Option<i8>) -> Markup {
    const WEEKS: [(i8, &str); 5] = [
        (1, "manage-week-1"),
        (2, "manage-week-2"),
        (3, "manage-week-3"),
        (4, "manage-week-4"),
        (-1, "manage-week-last"),
    ];
    let name = format!("session_week_{i}");
    html! {
        div.field.field-error[has_error(f.errors, &name)] {
            label.block for=(name) { (lang.t("manage-week")) }
            (field_error(f.errors, &name))
            select id=(name) name=(name) aria-invalid=[invalid(f.errors, &name)] aria-describedby=[described_by(f.errors, &name, None)] {
                option value="" selected[week.is_none()] { (lang.t("manage-every-week")) }
                @for (n, label) in WEEKS { option value=(n) selected[week == Some(n)] { (lang.t(label)) } }
                @if let Some(other) = week.filter(|w| !WEEKS.iter().any(|(n, _)| n == w)) {
                    option value=(other) selected { (lang.ta("manage-week-n", &[("n", Arg::from(other))])) }
                }
            }
        }
    }
}

fn opt(v: &Option<String>) -> String {
    v.clone().unwrap_or_default()
}

/// The listing's own words, in English and (optionally) in Welsh.
fn words_fields(lang: Lang, f: &Problems<'_>, p: &Project) -> Markup {
    let area = |name: &str, label: &str, hint: &str, value: &str, max: usize| {
        textarea_checked(f.errors, name, (label, hint), value, Some(max))
    };
    html! {
        (f.text("name", &lang.t("manage-name"), p.name.clone(), "text"))
        (f.text("organisation", &lang.t("manage-organisation"), p.organisation.clone(), "text"))
        (area("summary", &lang.t("manage-summary"), &lang.t("acct-summary-hint"), &p.summary, 300))
        (area("description", &lang.t("manage-description"), "", &p.description, 10_000))
        fieldset {
            legend { (lang.t("manage-welsh")) }
            p.hint { (lang.t("manage-welsh-hint")) }
            (f.text("name_cy", &lang.t("manage-name-cy"), opt(&p.name_cy), "text"))
            (area("summary_cy", &lang.t("manage-summary-cy"), "", &opt(&p.summary_cy), 300))
            (area("description_cy", &lang.t("manage-description-cy"), "", &opt(&p.description_cy), 10_000))
        }
    }
}

/// What is offered, to whom, where in the UK, and how to get in touch.
fn offer_fields(lang: Lang, f: &Problems<'_>, taxonomy: &Taxonomy, p: &Project) -> Markup {
    html! {
        (f.group("need", &lang.t("acct-support-for"), html! {
            @for n in &taxonomy.needs { (checkbox("need", &n.slug, &choice(lang, "need", &n.slug, &n.label), p.needs.contains(&n.slug))) } }))
        (f.group("format", &lang.t("manage-format"), html! {
            @for x in Format::ALL { (checkbox("format", x.slug(), &choice(lang, "format", x.slug(), x.label()), p.formats.contains(x))) } }))
        (f.group("delivery", &lang.t("manage-delivery"), html! {
            @for d in Delivery::ALL { (checkbox("delivery", d.slug(), &choice(lang, "delivery", d.slug(), d.label()), p.delivery.contains(d))) } }))
        (f.group("lang", &lang.t("manage-languages"), html! {
            @for l in &taxonomy.languages { (checkbox("lang", &l.code, &l.name, p.languages.contains(&l.code))) } }))
        fieldset { legend { (lang.t("manage-areas")) }
            p.hint { (lang.t("manage-areas-hint")) }
            @for a in &p.areas { (checkbox("area", a.code.as_str(), &a.name, true)) }
            (f.text("add_area", &lang.t("manage-add-area"), String::new(), "text")) }
        (f.group("nation", &lang.t("manage-nations"), html! {
            @for n in Nation::ALL { (checkbox("nation", n.slug(), &choice(lang, "nation", n.slug(), n.label()), p.nations.contains(n))) } }))
        (f.group("referral", &lang.t("manage-referral"), html! {
            @for r in Referral::ALL { (checkbox("referral", r.slug(), &choice(lang, "referral", r.slug(), r.label()), p.referral.contains(r))) } }))
        (f.text("cost", &lang.t("manage-cost"), opt(&p.cost), "text"))
        h2 { (lang.t("manage-contact")) }
        (f.text("website", &lang.t("manage-website"), opt(&p.contact.website), "url"))
        (f.text("email", &lang.t("manage-email"), opt(&p.contact.email), "email"))
        (f.text("phone", &lang.t("manage-phone"), opt(&p.contact.phone), "tel"))
    }
}

/// A choice of one, with its problem by it.
fn select(f: &Problems<'_>, name: &str, label: &str, options: Markup) -> Markup {
    html! {
        div.field.field-error[has_error(f.errors, name)] {
            label.block for=(name) { (label) }
            (field_error(f.errors, name))
            select id=(name) name=(name) aria-invalid=[invalid(f.errors, name)] aria-describedby=[described_by(f.errors, name, None)] { (options) }
        }
    }
}

/// Who can come.
fn eligibility_fields(lang: Lang, f: &Problems<'_>, p: &Project) -> Markup {
    let e = &p.eligibility;
    let age = |a: Option<u8>| a.map(|v| v.to_string()).unwrap_or_default();
    html! {
        h2 { (lang.t("manage-who-can-come")) }
        (select(f, "pregnancy", &lang.t("manage-pregnancy"), html! {
            option value="" selected[e.pregnancy.is_none()] { (lang.t("manage-not-stated")) }
            option value="yes" selected[e.pregnancy == Some(true)] { (lang.t("manage-yes")) }
            option value="no" selected[e.pregnancy == Some(false)] { (lang.t("manage-no")) }
        }))
        (select(f, "after_birth", &lang.t("manage-after-birth"), html! {
            option value="" selected[e.after_birth.is_none()] { (lang.t("manage-not-stated")) }
            @for a in AfterBirth::ALL { option value=(a.slug()) selected[e.after_birth == Some(*a)] { (choice(lang, "manage-after-birth", a.slug(), a.label())) } }
        }))
        (f.group("who", &lang.t("manage-who"), html! {
            @for a in Attendee::ALL { (checkbox("who", a.slug(), &choice(lang, "manage-who", a.slug(), a.label()), e.who.contains(a))) } }))
        (f.text("min_age", &lang.t("manage-min-age"), age(e.min_age), "numeric"))
        (f.text("max_age", &lang.t("manage-max-age"), age(e.max_age), "numeric"))
        (f.text("eligibility_note", &lang.t("manage-eligibility-note"), opt(&e.note), "text"))
    }
}

/// One session's row (`None`: the empty row to add one).
fn session_row(lang: Lang, f: &Problems<'_>, i: usize, s: Option<&Session>) -> Markup {
    let time = |t: Option<NaiveTime>| t.map(|t| t.format("%H:%M").to_string()).unwrap_or_default();
    html! {
        fieldset.row {
            legend { (lang.ta("manage-session-n", &[("n", Arg::from(i + 1))])) }
            (f.text(&format!("session_site_{i}"), &lang.t("manage-session-site"), s.and_then(|s| s.site.clone()).unwrap_or_default(), "text"))
            (select(f, &format!("session_day_{i}"), &lang.t("manage-day"), html! {
                option value="" { (lang.t("manage-no-session")) }
                @for d in Day::ALL { option value=(d.slug()) selected[s.is_some_and(|s| s.day == *d)] { (choice(lang, "manage-day", d.slug(), d.label())) } }
            }))
            (select(f, &format!("session_frequency_{i}"), &lang.t("manage-frequency"), html! {
                @for x in Frequency::ALL { option value=(x.slug()) selected[s.is_some_and(|s| s.frequency == *x)] { (choice(lang, "manage-frequency", x.slug(), x.label())) } }
            }))
            (f.text(&format!("session_interval_{i}"), &lang.t("manage-interval"), s.map_or("1".to_string(), |s| s.interval.to_string()), "numeric"))
            (week_choice(lang, f, i, s.and_then(|s| s.week_of_month)))
            (f.text(&format!("session_opens_{i}"), &lang.t("manage-opens"), time(s.map(|s| s.opens)), "time"))
            (f.text(&format!("session_closes_{i}"), &lang.t("manage-closes"), time(s.map(|s| s.closes)), "time"))
        }
    }
}

/// When it meets: a row a session, and one empty row to add one.
fn session_fields(lang: Lang, f: &Problems<'_>, p: &Project) -> Markup {
    html! {
        h2 { (lang.t("manage-when")) }
        p.muted { (lang.t("manage-when-intro")) }
        @for (i, s) in p.sessions.iter().map(Some).chain([None]).enumerate() {
            (session_row(lang, f, i, s))
        }
        (f.text("schedule_note", &lang.t("manage-schedule-note"), opt(&p.schedule_note), "text"))
    }
}

pub fn edit(
    chrome: Chrome<'_>,
    token: &str,
    taxonomy: &Taxonomy,
    p: &Project,
    (trusted, restorable): (bool, bool),
    f: &Problems<'_>,
) -> Markup {
    let lang = chrome.lang;
    let en = (lang != Lang::En).then_some("en");
    let manage = |rest: &str| lang.path(&format!("/manage/{}{rest}", p.slug));
    let title = lang.t("manage-edit");
    let body = html! {
        (error_summary(f.errors))
        h1 { (title) ": " span lang=[en] { (p.name) } }
        @if !trusted { div.notice { p { (lang.t("manage-waits")) } } }
        p { a href=(manage("/reflection")) { (lang.t("manage-reflect")) } }
        @if !p.verified { p { (lang.t("manage-unconfirmed")) } }
        form method="post" action=(manage("/confirm")) {
            (csrf(token))
            button.button.secondary type="submit" { (lang.t("manage-still")) }
        }
        form #(LISTING_FORM) method="post" action=(manage("")) novalidate {
            (csrf(token))
            (field_error(f.errors, LISTING_FORM))
            (words_fields(lang, f, p))
            (offer_fields(lang, f, taxonomy, p))
            (eligibility_fields(lang, f, p))
            h2 { (lang.t("manage-where")) }
            p.muted { (lang.t("manage-places-intro")) }
            @let rows = f.places.map(<[PlaceRow]>::to_vec).unwrap_or_else(|| place_rows(p));
            @for (i, row) in rows.iter().chain([&PlaceRow::default()]).enumerate() {
                (place_row(lang, f.errors, i, row))
            }
            (session_fields(lang, f, p))
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

/// A reply to a review as typed, when it is shown again with its problem (by the field
/// `reply-{id}`).
#[derive(Debug, Default)]
pub struct Reply<'a> {
    pub to: Option<i64>,
    pub text: &'a str,
    pub errors: &'a [FieldError],
}

/// The reflection form as sent, when it is shown again with its problems: what was
/// typed into each control (`status_{principle}`, `how_…`, `evidence_…`, `next_…`) and
/// the problems by control. `None` answers show the saved reflection.
#[derive(Debug, Default)]
pub struct ReflectionTyped<'a> {
    pub answers: Option<&'a [(String, String)]>,
    pub errors: &'a [FieldError],
}

impl ReflectionTyped<'_> {
    /// What control `name` shows: what was typed into it, else the saved `value`.
    fn value<'v>(&'v self, name: &str, saved: &'v str) -> &'v str {
        match self.answers {
            Some(answers) => answers
                .iter()
                .find(|(k, _)| k == name)
                .map_or("", |(_, v)| v.as_str()),
            None => saved,
        }
    }
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
    reply: &Reply<'_>,
    typed: &ReflectionTyped<'_>,
) -> Markup {
    let lang = chrome.lang;
    let en = (lang != Lang::En).then_some("en");
    let title = lang.t("manage-reflect");
    let errors: Vec<FieldError> = typed.errors.iter().chain(reply.errors).cloned().collect();
    let body = html! {
        (error_summary(&errors))
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
                @let status_id = format!("status_{}", pr.slug());
                @let status = typed.value(&status_id, current.map_or("", |c| c.status.slug()));
                fieldset {
                    legend { h2 { (lang.ta("manage-principle-n", &[("n", Arg::from(pr.number()))])) " " span lang=[en] { (pr.statement()) } } }
                    p { (lang.t("manage-questions")) }
                    div lang=[en] { (super::toolkit::principle_questions(*pr)) }
                    div.field.field-error[has_error(typed.errors, &status_id)] {
                        label.block for=(status_id) { (lang.t("manage-where-you-are")) }
                        (field_error(typed.errors, &status_id))
                        select id=(status_id) name=(status_id)
                            aria-invalid=[invalid(typed.errors, &status_id)]
                            aria-describedby=[described_by(typed.errors, &status_id, None)] {
                            option value="" { (lang.t("manage-not-answered")) }
                            @for st in ReflectionStatus::ALL { option value=(st.slug()) selected[status == st.slug()] { (choice(lang, "manage-reflection", st.slug(), st.label())) } }
                        }
                    }
                    @for ((field, saved), (title, hint)) in answers.into_iter().zip(columns(lang)) {
                        @let name = format!("{field}_{}", pr.slug());
                        (textarea_checked(typed.errors, &name, (&title, &hint), typed.value(&name, saved), Some(TEXT_MAX)))
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
                        @let id = format!("reply-{}", r.id);
                        @let typed = if reply.to == Some(r.id) { reply.text } else { "" };
                        div.field.field-error[has_error(reply.errors, &id)] {
                            label.block for=(id) { (lang.t("manage-reply")) }
                            (field_error(reply.errors, &id))
                            textarea id=(id) name="reply" rows="5" maxlength=(COMMENT_MAX)
                                aria-invalid=[invalid(reply.errors, &id)] aria-describedby=[described_by(reply.errors, &id, None)] { (typed) }
                        }
                        button type="submit" { (lang.t("manage-send-reply")) }
                    }
                } @else if let Some(reply) = &r.reply { p { (lang.t("manage-your-reply")) " " span lang=[en] { (reply) } } }
            }
        }
    };
    page(&title, chrome, body)
}
