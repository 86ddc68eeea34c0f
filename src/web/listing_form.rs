//! The listing form read back into a project: every field a maintainer can change.

use super::query::Params;
use crate::domain::{Contact, Eligibility, Precision, Project, Session, Site, VocabError};
use crate::geocode::{Geocoder, Place, PlacePrecision};
use crate::views::manage::{PlaceRow, miles_text};
use crate::web::error::AppError;
use chrono::NaiveTime;
use std::collections::BTreeSet;
use std::str::FromStr;

fn opt(params: &Params, key: &str, label: &str) -> Result<Option<String>, AppError> {
    let v = params.text(key, label, 1_000)?;
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
    text.parse()
        .map(Some)
        .map_err(|_| AppError::bad_request(format!("{label}: “{text}” is not a number.")))
}

fn time(text: &str, label: &str) -> Result<NaiveTime, AppError> {
    NaiveTime::parse_from_str(text, "%H:%M")
        .or_else(|_| NaiveTime::parse_from_str(text, "%H:%M:%S"))
        .map_err(|_| AppError::bad_request(format!("{label}: give a time like 10:30.")))
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
        let day = params.text(&key("day"), "Day", 20)?;
        if day.is_empty() {
            continue;
        }
        let site = params.text(&key("site"), "Place label", 200)?;
        sessions.push(Session {
            site: (!site.is_empty()).then_some(site),
            frequency: params
                .text(&key("frequency"), "How often", 20)?
                .parse()
                .map_err(|e: VocabError| AppError::bad_request(e.to_string()))?,
            interval: number(&params.text(&key("interval"), "Interval", 4)?, "Interval")?
                .unwrap_or(1),
            day: day
                .parse()
                .map_err(|e: VocabError| AppError::bad_request(e.to_string()))?,
            week_of_month: number(
                &params.text(&key("week"), "Week of the month", 4)?,
                "Week of the month",
            )?,
            opens: time(&params.text(&key("opens"), "Start", 8)?, "Start")?,
            closes: time(&params.text(&key("closes"), "End", 8)?, "End")?,
            valid_from: None,
            valid_until: None,
            note: None,
        });
    }
    let pregnancy = match params.text("pregnancy", "Pregnancy", 3)?.as_str() {
        "yes" => Some(true),
        "no" => Some(false),
        _ => None,
    };
    let after_birth = params.text("after_birth", "After birth", 20)?;
    let mut edited = Project {
        slug: base.slug.clone(),
        name: params.text("name", "The name", 200)?,
        organisation: params.text("organisation", "The organisation", 200)?,
        summary: params.text("summary", "The summary", 300)?,
        description: params.text("description", "The description", 10_000)?,
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
        cost: opt(params, "cost", "Cost")?,
        contact: Contact {
            website: opt(params, "website", "Website")?,
            email: opt(params, "email", "Email")?,
            phone: opt(params, "phone", "Phone")?,
        },
        sessions,
        schedule_note: opt(params, "schedule_note", "Schedule note")?,
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
            min_age: number(&params.text("min_age", "Youngest age", 3)?, "Youngest age")?,
            max_age: number(&params.text("max_age", "Oldest age", 3)?, "Oldest age")?,
            note: opt(params, "eligibility_note", "Eligibility note")?,
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
    let typed = params.text("add_area", "The area you serve", 200)?;
    if typed.is_empty() {
        return Ok(());
    }
    let place = geocoder
        .lookup(&typed)
        .map_err(|e| AppError::bad_request(format!("The area you serve: {e}")))?;
    let area = match (place.precision, place.council) {
        (PlacePrecision::Nation, _) => crate::domain::ServedArea::nation(place.nation),
        (PlacePrecision::Authority, Some(council)) => council,
        (_, Some(council)) => {
            return Err(AppError::bad_request(format!(
                "The area you serve: “{typed}” is a place, not an area. Give its council area (“{}”) or a nation.",
                council.name
            )));
        }
        (_, None) => {
            return Err(AppError::bad_request(format!(
                "The area you serve: give a council area or a nation, not “{typed}”."
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
        let typed = params.text(&place_key, "Town, city or postcode", 200)?;
        let miles = params.text(&miles_key, "How far people may travel", 20)?;
        if typed.is_empty() {
            continue;
        }
        let saved = base.sites.iter().find(|s| s.label == typed);
        let found = match saved {
            Some(s) => Ok(s.clone()),
            None => geocoder
                .lookup(&typed)
                .map_err(|e| e.to_string())
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
            (Err(e), _) | (_, Err(e)) => Some(format!("Place {}: {e}", rows.len() + 1)),
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
            return Err(format!(
                "“{typed}” is a whole nation, not a place to meet. Give the town or postcode \
                 where it meets; to say it serves all of {}, add it under “Areas you serve”.",
                place.nation.label()
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
        _ => Err(format!(
            "how far people may travel: give a number of miles, such as 10, not “{miles}”."
        )),
    }
}
