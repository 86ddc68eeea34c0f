//! The listing form read back into a project: every field a maintainer can change.

use super::query::Params;
use crate::domain::{Contact, Eligibility, Precision, Project, Session, Site, VocabError};
use crate::geocode::{Geocoder, Place, PlacePrecision};
use crate::i18n::{Arg, here};
use crate::views::manage::{PlaceRow, miles_text};
use crate::web::error::AppError;
use chrono::NaiveTime;
use std::collections::BTreeSet;
use std::str::FromStr;

/// The label `id` in the language of the page the form was sent from.
fn t(id: &str) -> String {
    here().lang.t(id)
}

fn opt(params: &Params, key: &str, label: &str) -> Result<Option<String>, AppError> {
    opt_up_to(params, key, label, 1_000)
}

fn opt_up_to(
    params: &Params,
    key: &str,
    label: &str,
    max: usize,
) -> Result<Option<String>, AppError> {
    let v = params.text(key, &t(label), max)?;
    Ok((!v.is_empty()).then_some(v))
}

fn set<T: FromStr<Err = VocabError> + Ord + PartialEq>(
    params: &Params,
    key: &str,
) -> Result<BTreeSet<T>, AppError> {
    Ok(params.vocab::<T>(key)?.into_iter().collect())
}

fn number<T: FromStr>(text: &str, label: &str) -> Result<Option<T>, AppError> {
    if text.is_empty() {
        return Ok(None);
    }
    text.parse().map(Some).map_err(|_| {
        AppError::bad_request(here().lang.ta(
            "manage-not-a-number",
            &[
                ("label", Arg::from(t(label))),
                ("text", Arg::from(text.to_string())),
            ],
        ))
    })
}

fn time(text: &str, label: &str) -> Result<NaiveTime, AppError> {
    NaiveTime::parse_from_str(text, "%H:%M")
        .or_else(|_| NaiveTime::parse_from_str(text, "%H:%M:%S"))
        .map_err(|_| {
            AppError::bad_request(
                here()
                    .lang
                    .ta("manage-not-a-time", &[("label", Arg::from(t(label)))]),
            )
        })
}

/// The project as edited: the form's fields over `base` (which keeps its slug, status,
/// trust fields, source and reflections, and the fact sources of the facts left as they were).
/// Its places are `base`'s until [`places`] reads them.
pub fn read(params: &Params, base: &Project) -> Result<Project, AppError> {
    let mut sessions = Vec::new();
    for i in 0..100 {
        let key = |f: &str| format!("session_{f}_{i}");
        if params.list(&key("day")).is_empty() {
            break;
        }
        let day = params.text(&key("day"), &t("manage-day"), 20)?;
        if day.is_empty() {
            continue;
        }
        let site = params.text(&key("site"), &t("manage-session-site"), 200)?;
        sessions.push(Session {
            site: (!site.is_empty()).then_some(site),
            frequency: params
                .text(&key("frequency"), &t("manage-frequency"), 20)?
                .parse()
                .map_err(|e: VocabError| AppError::bad_request(e.to_string()))?,
            interval: number(
                &params.text(&key("interval"), &t("manage-interval"), 4)?,
                "manage-interval",
            )?
            .unwrap_or(1),
            day: day
                .parse()
                .map_err(|e: VocabError| AppError::bad_request(e.to_string()))?,
            week_of_month: number(
                &params.text(&key("week"), &t("manage-week"), 4)?,
                "manage-week",
            )?,
            opens: time(
                &params.text(&key("opens"), &t("manage-opens"), 8)?,
                "manage-opens",
            )?,
            closes: time(
                &params.text(&key("closes"), &t("manage-closes"), 8)?,
                "manage-closes",
            )?,
            valid_from: None,
            valid_until: None,
            note: None,
        });
    }
    let pregnancy = match params
        .text("pregnancy", &t("manage-pregnancy"), 3)?
        .as_str()
    {
        "yes" => Some(true),
        "no" => Some(false),
        _ => None,
    };
    let after_birth = params.text("after_birth", &t("manage-after-birth"), 20)?;
    let mut edited = Project {
        slug: base.slug.clone(),
        name: params.text("name", &t("manage-name"), 200)?,
        organisation: params.text("organisation", &t("manage-organisation"), 200)?,
        summary: params.text("summary", &t("manage-summary"), 300)?,
        description: params.text("description", &t("manage-description"), 10_000)?,
        name_cy: opt_up_to(params, "name_cy", "manage-name-cy", 200)?,
        summary_cy: opt_up_to(params, "summary_cy", "manage-summary-cy", 300)?,
        description_cy: opt_up_to(params, "description_cy", "manage-description-cy", 10_000)?,
        formats: set(params, "format")?,
        delivery: set(params, "delivery")?,
        needs: params.all("need").map(str::to_string).collect(),
        languages: params.all("lang").map(str::to_string).collect(),
        // Resolved by the geocoder in the handler ([`places`]).
        sites: base.sites.clone(),
        nations: set(params, "nation")?,
        // The areas already served that are still ticked; new ones are resolved by the
        // geocoder in the handler ([`add_area`]).
        areas: base
            .areas
            .iter()
            .filter(|a| params.all("area").any(|c| c == a.code.as_str()))
            .cloned()
            .collect(),
        referral: set(params, "referral")?,
        cost: opt(params, "cost", "manage-cost")?,
        contact: Contact {
            website: opt(params, "website", "manage-website")?,
            email: opt(params, "email", "manage-email")?,
            phone: opt(params, "phone", "manage-phone")?,
        },
        sessions,
        schedule_note: opt(params, "schedule_note", "manage-schedule-note")?,
        eligibility: Eligibility {
            pregnancy,
            after_birth: if after_birth.is_empty() {
                None
            } else {
                Some(
                    after_birth
                        .parse()
                        .map_err(|e: VocabError| AppError::bad_request(e.to_string()))?,
                )
            },
            who: set(params, "who")?,
            min_age: number(
                &params.text("min_age", &t("manage-min-age"), 3)?,
                "manage-min-age",
            )?,
            max_age: number(
                &params.text("max_age", &t("manage-max-age"), 3)?,
                "manage-max-age",
            )?,
            note: opt(params, "eligibility_note", "manage-eligibility-note")?,
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
    Ok(edited)
}

/// The area typed into "Add an area you serve", resolved by the geocoder: a council area
/// or a whole nation. A town, postcode or coordinates is refused with the council area it
/// is in, so a listing never claims more (or less) than it says.
pub fn add_area(
    params: &Params,
    geocoder: &crate::geocode::Geocoder,
    project: &mut Project,
) -> Result<(), AppError> {
    use crate::geocode::PlacePrecision;
    let typed = params.text("add_area", &t("manage-area-label"), 200)?;
    if typed.is_empty() {
        return Ok(());
    }
    let place = geocoder.lookup(&typed).map_err(|e| {
        AppError::bad_request(here().lang.ta(
            "manage-area-problem",
            &[(
                "problem",
                Arg::from(crate::views::place_problem::message(here().lang, &e)),
            )],
        ))
    })?;
    let area = match (place.precision, place.council) {
        (PlacePrecision::Nation, _) => crate::domain::ServedArea::nation(place.nation),
        (PlacePrecision::Authority, Some(council)) => council,
        (_, Some(council)) => {
            return Err(AppError::bad_request(here().lang.ta(
                "manage-area-is-place",
                &[
                    ("typed", Arg::from(typed.clone())),
                    ("council", Arg::from(council.name.clone())),
                ],
            )));
        }
        (_, None) => {
            return Err(AppError::bad_request(here().lang.ta(
                "manage-area-not-area",
                &[("typed", Arg::from(typed.clone()))],
            )));
        }
    };
    project.areas.insert(area);
    Ok(())
}

/// The place rows as typed, each with what was wrong with it, and the first problem in
/// words, when any place cannot be used.
#[derive(Debug)]
pub struct PlaceProblem {
    pub rows: Vec<PlaceRow>,
    pub message: String,
}

/// The places where it meets, as typed on the form: each a town, city, postcode or
/// council area found by the geocoder search uses, with the precision it is known to
/// (postcode sector: postcode; district or town: town; a council area: only "somewhere
/// in" it). A row left as saved keeps its saved place exactly, and its distance too when
/// that is left as shown. A row left empty is removed. A session that meets at a place
/// as it was typed ("coventry") meets at the place as found ("Coventry").
pub fn places(
    params: &Params,
    geocoder: &Geocoder,
    edited: &mut Project,
    base: &Project,
) -> Result<Result<(), PlaceProblem>, AppError> {
    let mut sites = Vec::new();
    let mut typed_as: Vec<(String, String)> = Vec::new();
    let mut rows = Vec::new();
    let mut first: Option<String> = None;
    for i in 0..100 {
        let (place_key, miles_key) = (format!("site_place_{i}"), format!("site_miles_{i}"));
        if params.list(&place_key).is_empty() {
            break;
        }
        let typed = params.text(&place_key, &t("manage-place"), 200)?;
        let miles = params.text(&miles_key, &t("manage-miles-label"), 20)?;
        if typed.is_empty() {
            continue;
        }
        let saved = base.sites.iter().find(|s| s.label == typed);
        let found = match saved {
            Some(s) => Ok(s.clone()),
            None => geocoder
                .lookup(&typed)
                .map_err(|e| crate::views::place_problem::message(here().lang, &e))
                .and_then(|place| site_at(place, &typed)),
        };
        let radius = match saved {
            Some(s) if miles == miles_text(s.radius_km) => Ok(s.radius_km),
            _ => radius_km(&miles),
        };
        let error = match (found, radius) {
            (Ok(mut site), Ok(radius)) => {
                site.radius_km = radius;
                typed_as.push((typed.clone(), site.label.clone()));
                sites.push(site);
                None
            }
            (Err(e), _) | (_, Err(e)) => Some(here().lang.ta(
                "manage-place-problem",
                &[("n", Arg::from(rows.len() + 1)), ("problem", Arg::from(e))],
            )),
        };
        if first.is_none() {
            first.clone_from(&error);
        }
        rows.push(PlaceRow {
            typed,
            miles,
            found: None,
            error,
        });
    }
    if let Some(message) = first {
        return Ok(Err(PlaceProblem { rows, message }));
    }
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
    Ok(Ok(()))
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
