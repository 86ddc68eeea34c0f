//! The listing form read back into a project: every field a maintainer can change.

use super::query::{Params, not_known};
use crate::domain::check::{Check, Field, FieldError, SessionCheck};
use crate::domain::{
    Contact, Day, Eligibility, Frequency, Precision, Project, Session, Site, Taxonomy, VocabError,
};
use crate::geocode::{Geocoder, Place, PlacePrecision};
use crate::i18n::{Arg, here};
use crate::views::checks::{session_words, words};
use crate::views::forms::{has_error, message_of};
use crate::views::manage::{PlaceRow, miles_text};
use chrono::NaiveTime;
use std::collections::BTreeSet;
use std::str::FromStr;

/// The label `id` in the language of the page the form was sent from.
fn t(id: &str) -> String {
    here().lang.t(id)
}

/// The listing form as read: the project as edited, what is wrong with the form by field,
/// and the text typed into the fields whose value the project cannot hold (a number that
/// is not one), so the form is shown again as typed.
#[derive(Debug)]
pub struct Read {
    pub project: Project,
    pub errors: Vec<FieldError>,
    pub typed: Vec<(String, String)>,
}

/// Reads the form's fields, keeping every problem (by field) rather than stopping at the first.
struct Reader<'a> {
    params: &'a Params,
    errors: Vec<FieldError>,
    typed: Vec<(String, String)>,
}

impl Reader<'_> {
    fn text(&mut self, key: &str, label: &str, max: usize) -> String {
        self.params
            .text_checked(key, &t(label), max, &mut self.errors)
    }

    fn opt(&mut self, key: &str, label: &str, max: usize) -> Option<String> {
        let v = self.text(key, label, max);
        (!v.is_empty()).then_some(v)
    }

    fn set<T: FromStr<Err = VocabError> + Ord + PartialEq>(&mut self, key: &str) -> BTreeSet<T> {
        self.params
            .vocab_checked::<T>(key, &mut self.errors)
            .into_iter()
            .collect()
    }

    /// One vocabulary term, or `None` (with its problem) when it is not one.
    fn term<T: FromStr<Err = VocabError>>(&mut self, key: &str, text: &str) -> Option<T> {
        match text.parse() {
            Ok(v) => Some(v),
            Err(e) => {
                self.errors.push(FieldError::new(key, not_known(key, &e)));
                None
            }
        }
    }

    /// A number typed into `key`, `None` when empty; when it is not a number, its problem
    /// and what was typed are kept.
    fn number<T: FromStr>(&mut self, key: &str, label: &str, max: usize) -> Option<T> {
        let text = self.text(key, label, max);
        if text.is_empty() {
            return None;
        }
        let n = text.parse().ok();
        if n.is_none() {
            let message = here().lang.ta(
                "manage-not-a-number",
                &[
                    ("label", Arg::from(t(label))),
                    ("text", Arg::from(text.clone())),
                ],
            );
            self.errors.push(FieldError::new(key, message));
            self.typed.push((key.to_string(), text));
        }
        n
    }

    /// A time of day typed into `key`; when it is not one, its problem and what was typed
    /// are kept (and midnight stands in).
    fn time(&mut self, key: &str, label: &str) -> NaiveTime {
        let text = self.text(key, label, 8);
        NaiveTime::parse_from_str(&text, "%H:%M")
            .or_else(|_| NaiveTime::parse_from_str(&text, "%H:%M:%S"))
            .unwrap_or_else(|_| {
                let message = here()
                    .lang
                    .ta("manage-not-a-time", &[("label", Arg::from(t(label)))]);
                self.errors.push(FieldError::new(key, message));
                self.typed.push((key.to_string(), text));
                NaiveTime::MIN
            })
    }

    /// The session in the form's row `i`, if it has a day.
    fn session(&mut self, i: usize) -> Option<Session> {
        let key = |f: &str| format!("session_{f}_{i}");
        let day = self.text(&key("day"), "manage-day", 20);
        if day.is_empty() {
            return None;
        }
        let site = self.text(&key("site"), "manage-session-site", 200);
        let frequency = self.text(&key("frequency"), "manage-frequency", 20);
        Some(Session {
            site: (!site.is_empty()).then_some(site),
            frequency: self
                .term(&key("frequency"), &frequency)
                .unwrap_or(Frequency::Weekly),
            interval: self
                .number(&key("interval"), "manage-interval", 4)
                .unwrap_or(1),
            day: self.term(&key("day"), &day).unwrap_or(Day::Monday),
            week_of_month: self.number(&key("week"), "manage-week", 4),
            opens: self.time(&key("opens"), "manage-opens"),
            closes: self.time(&key("closes"), "manage-closes"),
            valid_from: None,
            valid_until: None,
            note: None,
        })
    }

    /// The problems and typed text of the fields ending `_{from}` from `errors` and `typed`
    /// on, named for row `to` instead (the row a session is shown in once rows without a
    /// day are left out).
    fn renumber(&mut self, (errors, typed): (usize, usize), from: usize, to: usize) {
        let (old, new) = (format!("_{from}"), format!("_{to}"));
        let rename = |name: &mut String| {
            if let Some(stem) = name.strip_suffix(&old) {
                *name = format!("{stem}{new}");
            }
        };
        self.errors[errors..]
            .iter_mut()
            .for_each(|e| rename(&mut e.field));
        self.typed[typed..].iter_mut().for_each(|(k, _)| rename(k));
    }
}

/// The project as edited: the form's fields over `base` (which keeps its slug, status,
/// trust fields, source and reflections, and the fact sources of the facts left as they were),
/// with every problem of the form as typed. Its places are `base`'s until [`places`] reads them.
pub fn read(params: &Params, base: &Project) -> Read {
    let mut r = Reader {
        params,
        errors: Vec::new(),
        typed: Vec::new(),
    };
    let mut sessions = Vec::new();
    for i in 0..100 {
        if params.list(&format!("session_day_{i}")).is_empty() {
            break;
        }
        let from = (r.errors.len(), r.typed.len());
        if let Some(session) = r.session(i) {
            r.renumber(from, i, sessions.len());
            sessions.push(session);
        }
    }
    let pregnancy = match r.text("pregnancy", "manage-pregnancy", 3).as_str() {
        "yes" => Some(true),
        "no" => Some(false),
        _ => None,
    };
    let after_birth = r.text("after_birth", "manage-after-birth", 20);
    let after_birth = if after_birth.is_empty() {
        None
    } else {
        r.term("after_birth", &after_birth)
    };
    let mut edited = Project {
        slug: base.slug.clone(),
        name: r.text("name", "manage-name", 200),
        organisation: r.text("organisation", "manage-organisation", 200),
        summary: r.text("summary", "manage-summary", 300),
        description: r.text("description", "manage-description", 10_000),
        name_cy: r.opt("name_cy", "manage-name-cy", 200),
        summary_cy: r.opt("summary_cy", "manage-summary-cy", 300),
        description_cy: r.opt("description_cy", "manage-description-cy", 10_000),
        formats: r.set("format"),
        delivery: r.set("delivery"),
        needs: params.all("need").map(str::to_string).collect(),
        languages: params.all("lang").map(str::to_string).collect(),
        // Resolved by the geocoder in the handler ([`places`]).
        sites: base.sites.clone(),
        nations: r.set("nation"),
        // The areas already served that are still ticked; new ones are resolved by the
        // geocoder in the handler ([`add_area`]).
        areas: base
            .areas
            .iter()
            .filter(|a| params.all("area").any(|c| c == a.code.as_str()))
            .cloned()
            .collect(),
        referral: r.set("referral"),
        cost: r.opt("cost", "manage-cost", 1_000),
        contact: Contact {
            website: r.opt("website", "manage-website", 1_000),
            email: r.opt("email", "manage-email", 1_000),
            phone: r.opt("phone", "manage-phone", 1_000),
        },
        sessions,
        schedule_note: r.opt("schedule_note", "manage-schedule-note", 1_000),
        eligibility: Eligibility {
            pregnancy,
            after_birth,
            who: r.set("who"),
            min_age: r.number("min_age", "manage-min-age", 3),
            max_age: r.number("max_age", "manage-max-age", 3),
            note: r.opt("eligibility_note", "manage-eligibility-note", 1_000),
        },
        status: base.status,
        verified: base.verified,
        last_confirmed: base.last_confirmed,
        listed_on: base.listed_on,
        source: base.source.clone(),
        sources: Vec::new(),
        reflections: base.reflections.clone(),
    };
    edited.sources = edited.sources_kept_from(base);
    Read {
        project: edited,
        errors: r.errors,
        typed: r.typed,
    }
}

/// The form control a listing's field is typed into, when the listing form has one.
fn field_control(field: Field) -> Option<&'static str> {
    Some(match field {
        Field::Name => "name",
        Field::Organisation => "organisation",
        Field::Summary => "summary",
        Field::Description => "description",
        Field::Cost => "cost",
        Field::ScheduleNote => "schedule_note",
        Field::EligibilityNote => "eligibility_note",
        Field::Website => "website",
        Field::Email => "email",
        Field::Phone => "phone",
        _ => return None,
    })
}

/// The control of the listing form (and of the proposal form, which shares its names) that
/// `check` is about, when there is one.
pub fn control(check: &Check) -> Option<&'static str> {
    match check {
        Check::Missing(f) | Check::ControlCharacters(f) | Check::TooLong { field: f, .. } => {
            field_control(*f)
        }
        Check::UnknownNeed { .. } => Some("need"),
        Check::UnknownLanguage(_) => Some("lang"),
        Check::WebsiteScheme(_) => Some("website"),
        Check::EmailShape(_) => Some("email"),
        Check::Ages { .. } => Some("min_age"),
        _ => None,
    }
}

/// The control of session row `i` a session's problem is about.
fn session_control(check: &SessionCheck, i: usize) -> String {
    let field = match check {
        SessionCheck::EndsBeforeStart { .. } => "closes",
        SessionCheck::WeekOfWeekly | SessionCheck::MonthlyNeedsWeek | SessionCheck::BadWeek(_) => {
            "week"
        }
        SessionCheck::NoInterval | SessionCheck::NeedsFirstDate | SessionCheck::LastBeforeFirst => {
            "interval"
        }
    };
    format!("session_{field}_{i}")
}

/// The listing's own checks, each by the control it is about (a session's by its row).
fn checks(project: &Project, taxonomy: &Taxonomy) -> Vec<FieldError> {
    let lang = here().lang;
    let mut errors = Vec::new();
    for (i, session) in project.sessions.iter().enumerate() {
        if let Some(site) = &session.site
            && !project.sites.iter().any(|s| &s.label == site)
        {
            let message = words(lang, &Check::SessionSite(site.clone()));
            errors.push(FieldError::new(format!("session_site_{i}"), message));
        }
        for check in session.checks() {
            let message = session_words(lang, &check);
            errors.push(FieldError::new(session_control(&check, i), message));
        }
    }
    for check in project.checks(taxonomy) {
        if matches!(check, Check::Session(_) | Check::SessionSite(_)) {
            continue;
        }
        let field = control(&check).unwrap_or(crate::views::manage::LISTING_FORM);
        errors.push(FieldError::new(field, words(lang, &check)));
    }
    errors
}

/// The listing's own checks that can run on what was read, added to the form's problems
/// so that all are shown at once: none about a control that has a problem already (it
/// could not be read), none about a session row with a problem (its times or rule stand
/// in), and none about where sessions meet when the places could not be read.
pub fn add_checks(read: &mut Read, places_read: bool, taxonomy: &Taxonomy) {
    let row_of = |field: &str| {
        let rest = field.strip_prefix("session_")?;
        rest.rsplit_once('_').map(|(_, row)| row.to_string())
    };
    let unread_rows: BTreeSet<String> = read
        .errors
        .iter()
        .filter_map(|e| row_of(&e.field))
        .collect();
    let found = checks(&read.project, taxonomy);
    let can_show = |e: &FieldError| {
        !has_error(&read.errors, &e.field)
            && row_of(&e.field).is_none_or(|row| !unread_rows.contains(&row))
            && (places_read || !e.field.starts_with("session_site_"))
    };
    let shown: Vec<FieldError> = found.into_iter().filter(can_show).collect();
    read.errors.extend(shown);
}

/// The area typed into "Add an area you serve", resolved by the geocoder: a council area
/// or a whole nation. A town, postcode or coordinates is refused with the council area it
/// is in, so a listing never claims more (or less) than it says. A problem is kept by the
/// field, with what was typed.
pub fn add_area(params: &Params, geocoder: &Geocoder, read: &mut Read) {
    let before = read.errors.len();
    let typed = params.text_checked("add_area", &t("manage-area-label"), 200, &mut read.errors);
    if typed.is_empty() {
        return;
    }
    let lang = here().lang;
    let area = match geocoder.lookup(&typed) {
        Err(e) => Err(lang.ta(
            "manage-area-problem",
            &[(
                "problem",
                Arg::from(crate::views::place_problem::message(lang, &e)),
            )],
        )),
        Ok(place) => match (place.precision, place.council) {
            (PlacePrecision::Nation, _) => Ok(crate::domain::ServedArea::nation(place.nation)),
            (PlacePrecision::Authority, Some(council)) => Ok(council),
            (_, Some(council)) => Err(lang.ta(
                "manage-area-is-place",
                &[
                    ("typed", Arg::from(typed.clone())),
                    ("council", Arg::from(council.name.clone())),
                ],
            )),
            (_, None) => Err(lang.ta(
                "manage-area-not-area",
                &[("typed", Arg::from(typed.clone()))],
            )),
        },
    };
    match area {
        Ok(area) if read.errors.len() == before => {
            read.project.areas.insert(area);
        }
        Ok(_) => read.typed.push(("add_area".to_string(), typed)),
        Err(message) => {
            read.errors.push(FieldError::new("add_area", message));
            read.typed.push(("add_area".to_string(), typed));
        }
    }
}

/// The places where it meets, as typed on the form: each a town, city, postcode or
/// council area found by the geocoder search uses, with the precision it is known to
/// (postcode sector: postcode; district or town: town; a council area: only "somewhere
/// in" it). A row left as saved keeps its saved place exactly, and its distance too when
/// that is left as shown. A row left empty is removed. A session that meets at a place
/// as it was typed ("coventry") meets at the place as found ("Coventry").
///
/// When a place cannot be used, its problem is kept by its row and the rows are given
/// back as typed, to show again.
pub fn places(
    params: &Params,
    geocoder: &Geocoder,
    read: &mut Read,
    base: &Project,
) -> Option<Vec<PlaceRow>> {
    let mut sites = Vec::new();
    let mut typed_as: Vec<(String, String)> = Vec::new();
    let mut rows = Vec::new();
    let before = read.errors.len();
    let lang = here().lang;
    for i in 0..100 {
        let (place_key, miles_key) = (format!("site_place_{i}"), format!("site_miles_{i}"));
        if params.list(&place_key).is_empty() {
            break;
        }
        let mut unreadable = Vec::new();
        let typed = params.text_checked(&place_key, &t("manage-place"), 200, &mut unreadable);
        let miles = params.text_checked(&miles_key, &t("manage-miles-label"), 20, &mut unreadable);
        if typed.is_empty() {
            // The row is removed, and with it what was wrong with its distance.
            continue;
        }
        // The row as it is shown again, numbered among the rows kept.
        let n = rows.len();
        let problem = |e: String| {
            lang.ta(
                "manage-place-problem",
                &[("n", Arg::from(n + 1)), ("problem", Arg::from(e))],
            )
        };
        // A text that cannot be read is its row's problem; nothing is looked up for it.
        let cannot_read = |key: &str| message_of(&unreadable, key).map(problem);
        let saved = base.sites.iter().find(|s| s.label == typed);
        let found = cannot_read(&place_key).map_or_else(
            || match saved {
                Some(s) => Ok(s.clone()),
                None => geocoder
                    .lookup(&typed)
                    .map_err(|e| crate::views::place_problem::message(lang, &e))
                    .and_then(|place| site_at(place, &typed))
                    .map_err(problem),
            },
            Err,
        );
        let radius = cannot_read(&miles_key).map_or_else(
            || match saved {
                Some(s) if miles == miles_text(s.radius_km) => Ok(s.radius_km),
                _ => radius_km(&miles).map_err(problem),
            },
            Err,
        );
        match (found, radius) {
            (Ok(mut site), Ok(radius)) => {
                site.radius_km = radius;
                typed_as.push((typed.clone(), site.label.clone()));
                sites.push(site);
            }
            (found, radius) => {
                if let Err(e) = found {
                    read.errors
                        .push(FieldError::new(format!("site_place_{n}"), e));
                }
                if let Err(e) = radius {
                    read.errors
                        .push(FieldError::new(format!("site_miles_{n}"), e));
                }
            }
        }
        rows.push(PlaceRow {
            typed,
            miles,
            found: None,
        });
    }
    if read.errors.len() > before {
        return Some(rows);
    }
    let edited = &mut read.project;
    for session in &mut edited.sessions {
        let Some(at) = &session.site else { continue };
        let same = |typed: &str| typed.trim().eq_ignore_ascii_case(at.trim());
        if let Some((_, label)) = typed_as
            .iter()
            .find(|(typed, label)| same(typed) || same(label))
        {
            session.site = Some(label.clone());
        }
    }
    edited.sites = sites;
    None
}

/// A site at `place` (found for `typed`), known as exactly as the geocoder knows it; a
/// whole nation is not a place to meet.
fn site_at(place: Place, typed: &str) -> Result<Site, String> {
    let precision = match place.precision {
        PlacePrecision::Coordinates => Precision::Exact,
        PlacePrecision::Sector => Precision::Postcode,
        PlacePrecision::District | PlacePrecision::Place => Precision::Town,
        PlacePrecision::Authority => Precision::Region,
        PlacePrecision::Nation => {
            let lang = here().lang;
            let nation = crate::views::layout::nation_name(lang, place.nation);
            return Err(lang.ta(
                "manage-place-nation",
                &[
                    ("typed", Arg::from(typed.to_string())),
                    ("nation", Arg::from(nation)),
                ],
            ));
        }
    };
    Ok(Site {
        label: place.label,
        lat: place.location.lat(),
        lon: place.location.lon(),
        precision,
        radius_km: None,
        nation: place.nation,
    })
}

/// The distance typed in miles, in kilometres; empty is none.
fn radius_km(miles: &str) -> Result<Option<f64>, String> {
    if miles.is_empty() {
        return Ok(None);
    }
    match miles.parse::<f64>() {
        Ok(m) if m > 0.0 && m <= 1_000.0 => Ok(Some(m * 1.609_344)),
        _ => Err(here().lang.ta(
            "manage-miles-not-number",
            &[("miles", Arg::from(miles.to_string()))],
        )),
    }
}
