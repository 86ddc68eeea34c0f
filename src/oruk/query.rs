//! The query of a list: paging and the filters, read from the query string. A value that
//! cannot be read is refused with a sentence saying what to send instead; unknown keys
//! are ignored.

use crate::domain::Day;
use chrono::{DateTime, NaiveDate, NaiveDateTime, NaiveTime, Utc};
use uuid::Uuid;

/// Items per page when `per_page` is not given.
pub const DEFAULT_PER_PAGE: u64 = 50;
/// The most items a page holds: a larger `per_page` is read as this.
pub const MAX_PER_PAGE: u64 = 500;

/// A list's query. In OpenAPI, the parameters of `/service_at_locations`, which reads
/// them all ([`ServiceListParams`] and the others name what the other lists read).
#[derive(Debug, Clone, PartialEq, utoipa::IntoParams)]
#[into_params(parameter_in = Query)]
pub struct Query {
    /// The page asked for, from 1.
    #[param(required = false, minimum = 1, default = 1)]
    pub page: u64,
    /// Items a page: 50 unless given; more than 500 is read as 500.
    #[param(required = false, minimum = 1, default = 50)]
    pub per_page: u64,
    /// Words that must all appear (in any case) in a service's name, organisation or
    /// description.
    #[param(example = "postnatal")]
    pub search: Option<String>,
    /// Only services linked to this taxonomy term.
    #[param(value_type = Option<String>, format = "uuid")]
    pub taxonomy_term_id: Option<Uuid>,
    /// Only services linked to a term of this taxonomy (on `/taxonomy_terms`: only its
    /// terms).
    #[param(value_type = Option<String>, format = "uuid")]
    pub taxonomy_id: Option<Uuid>,
    /// Only services changed at or after this time (a date alone is read as its
    /// midnight, UTC); archived services are then listed too, with `status: inactive`.
    #[param(value_type = Option<String>, format = DateTime, example = "2026-01-31T09:00:00Z")]
    pub modified_after: Option<DateTime<Utc>>,
    /// Only services whose youngest age is at least this (years).
    #[param(minimum = 0)]
    pub minimum_age: Option<f64>,
    /// Only services whose oldest age is at most this (years).
    #[param(minimum = 0)]
    pub maximum_age: Option<f64>,
    /// Only services with a session on this day: its RFC 5545 code (`MO`) or its name
    /// (`monday`), in any case.
    #[param(schema_with = day_schema)]
    pub day: Option<Day>,
    /// Only services with a session starting at or after this time (UK local time).
    #[param(value_type = Option<String>, pattern = r"^[0-2][0-9]:[0-5][0-9](:[0-5][0-9])?$", example = "09:30")]
    pub start_time: Option<NaiveTime>,
    /// Only services with a session ending at or before this time (UK local time).
    #[param(value_type = Option<String>, pattern = r"^[0-2][0-9]:[0-5][0-9](:[0-5][0-9])?$", example = "17:00")]
    pub end_time: Option<NaiveTime>,
    /// A postcode (or a town): only places serving it, or with `proximity` only places
    /// within that distance of its centre, nearest first.
    #[param(example = "B15 2TT")]
    pub postcode: Option<String>,
    /// Metres from the postcode's centre (send `postcode` as well).
    #[param(exclusive_minimum = 0, example = 5000)]
    pub proximity: Option<f64>,
}

/// In OpenAPI: a day's RFC 5545 code.
fn day_schema() -> utoipa::openapi::schema::Object {
    utoipa::openapi::schema::ObjectBuilder::new()
        .schema_type(utoipa::openapi::schema::Type::String)
        .enum_values(Some(
            Day::ALL.iter().map(|d| super::locations::day_code(*d)),
        ))
        .build()
}

/// The parameters of [`Query`] named `names`, in its order.
fn only(
    names: &[&str],
    parameter_in: impl Fn() -> Option<utoipa::openapi::path::ParameterIn>,
) -> Vec<utoipa::openapi::path::Parameter> {
    <Query as utoipa::IntoParams>::into_params(parameter_in)
        .into_iter()
        .filter(|p| names.contains(&p.name.as_str()))
        .collect()
}

const PAGING: [&str; 2] = ["page", "per_page"];
const SERVICE_FILTERS: [&str; 9] = [
    "search",
    "taxonomy_term_id",
    "taxonomy_id",
    "modified_after",
    "minimum_age",
    "maximum_age",
    "day",
    "start_time",
    "end_time",
];

/// What `/services` reads: paging and the filters of a service.
pub struct ServiceListParams;

impl utoipa::IntoParams for ServiceListParams {
    fn into_params(
        parameter_in: impl Fn() -> Option<utoipa::openapi::path::ParameterIn>,
    ) -> Vec<utoipa::openapi::path::Parameter> {
        only(&[&PAGING[..], &SERVICE_FILTERS[..]].concat(), parameter_in)
    }
}

/// What `/taxonomies` reads: paging.
pub struct TaxonomyListParams;

impl utoipa::IntoParams for TaxonomyListParams {
    fn into_params(
        parameter_in: impl Fn() -> Option<utoipa::openapi::path::ParameterIn>,
    ) -> Vec<utoipa::openapi::path::Parameter> {
        only(&PAGING, parameter_in)
    }
}

/// What `/taxonomy_terms` reads: paging and `taxonomy_id`.
pub struct TermListParams;

impl utoipa::IntoParams for TermListParams {
    fn into_params(
        parameter_in: impl Fn() -> Option<utoipa::openapi::path::ParameterIn>,
    ) -> Vec<utoipa::openapi::path::Parameter> {
        only(&["page", "per_page", "taxonomy_id"], parameter_in)
    }
}

impl Query {
    /// Reads the query from `get`, which gives the value of a key (the first, if repeated).
    pub fn parse<'a>(get: impl Fn(&str) -> Option<&'a str>) -> Result<Query, String> {
        let value = |key: &str| get(key).map(str::trim).filter(|v| !v.is_empty());
        let q = Query {
            page: count(value("page"), "page", 1)?,
            per_page: count(value("per_page"), "per_page", DEFAULT_PER_PAGE)?.min(MAX_PER_PAGE),
            search: value("search").map(str::to_lowercase),
            taxonomy_term_id: value("taxonomy_term_id")
                .map(|v| uuid(v, "taxonomy_term_id"))
                .transpose()?,
            taxonomy_id: value("taxonomy_id")
                .map(|v| uuid(v, "taxonomy_id"))
                .transpose()?,
            modified_after: value("modified_after").map(datetime).transpose()?,
            minimum_age: value("minimum_age")
                .map(|v| age(v, "minimum_age"))
                .transpose()?,
            maximum_age: value("maximum_age")
                .map(|v| age(v, "maximum_age"))
                .transpose()?,
            day: value("day").map(day).transpose()?,
            start_time: value("start_time")
                .map(|v| time(v, "start_time"))
                .transpose()?,
            end_time: value("end_time").map(|v| time(v, "end_time")).transpose()?,
            postcode: value("postcode").map(str::to_string),
            proximity: value("proximity").map(proximity).transpose()?,
        };
        if q.proximity.is_some() && q.postcode.is_none() {
            return Err("proximity is measured from a postcode: send postcode as well".into());
        }
        Ok(q)
    }

    /// How many items the pages before this one hold.
    pub fn offset(&self) -> u64 {
        (self.page - 1).saturating_mul(self.per_page)
    }
}

fn count(v: Option<&str>, key: &str, default: u64) -> Result<u64, String> {
    let Some(v) = v else { return Ok(default) };
    match v.parse::<u64>() {
        Ok(n) if n >= 1 => Ok(n),
        _ => Err(format!(
            "{key} must be a whole number from 1, such as 1 or 5, not {v:?}"
        )),
    }
}

fn uuid(v: &str, key: &str) -> Result<Uuid, String> {
    Uuid::parse_str(v).map_err(|_| {
        format!("{key} must be a UUID, such as 3f7b145d-84af-42d7-8fae-eaca714b02b2, not {v:?}")
    })
}

fn datetime(v: &str) -> Result<DateTime<Utc>, String> {
    if let Ok(t) = DateTime::parse_from_rfc3339(v) {
        return Ok(t.with_timezone(&Utc));
    }
    for format in [
        "%Y-%m-%dT%H:%M:%S%.f",
        "%Y-%m-%dT%H:%M",
        "%Y-%m-%d %H:%M:%S",
    ] {
        if let Ok(t) = NaiveDateTime::parse_from_str(v, format) {
            return Ok(t.and_utc());
        }
    }
    if let Ok(d) = NaiveDate::parse_from_str(v, "%Y-%m-%d") {
        return Ok(d.and_time(NaiveTime::MIN).and_utc());
    }
    Err(format!(
        "modified_after must be a date and time, such as 2026-01-31T09:00:00Z or 2026-01-31, not {v:?}"
    ))
}

fn age(v: &str, key: &str) -> Result<f64, String> {
    match v.parse::<f64>() {
        Ok(a) if a.is_finite() && a >= 0.0 => Ok(a),
        _ => Err(format!(
            "{key} must be an age in years, such as 16, not {v:?}"
        )),
    }
}

fn day(v: &str) -> Result<Day, String> {
    let lower = v.to_ascii_lowercase();
    Day::ALL
        .iter()
        .copied()
        .find(|d| d.slug() == lower || super::locations::day_code(*d).eq_ignore_ascii_case(v))
        .ok_or_else(|| format!("day must be a day of the week, such as MO or monday, not {v:?}"))
}

fn time(v: &str, key: &str) -> Result<NaiveTime, String> {
    NaiveTime::parse_from_str(v, "%H:%M:%S")
        .or_else(|_| NaiveTime::parse_from_str(v, "%H:%M"))
        .map_err(|_| format!("{key} must be a time of day, such as 09:30, not {v:?}"))
}

fn proximity(v: &str) -> Result<f64, String> {
    match v.parse::<f64>() {
        Ok(m) if m.is_finite() && m > 0.0 => Ok(m),
        _ => Err(format!(
            "proximity must be a distance in metres above 0, such as 5000, not {v:?}"
        )),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(pairs: &[(&str, &str)]) -> Result<Query, String> {
        Query::parse(|k| pairs.iter().find(|(key, _)| *key == k).map(|(_, v)| *v))
    }

    #[test]
    fn paging_defaults_and_is_clamped() {
        let q = parse(&[]).unwrap();
        assert_eq!((q.page, q.per_page), (1, DEFAULT_PER_PAGE));
        let q = parse(&[("page", "3"), ("per_page", "5000")]).unwrap();
        assert_eq!((q.page, q.per_page, q.offset()), (3, 500, 1000));
        for bad in [
            ("page", "0"),
            ("page", "-1"),
            ("per_page", "x"),
            ("per_page", "0"),
        ] {
            assert!(parse(&[bad]).unwrap_err().contains(bad.0), "{bad:?}");
        }
    }

    #[test]
    fn filters_read_their_values_or_say_what_to_send() {
        let q = parse(&[
            ("day", "TU"),
            ("start_time", "09:30"),
            ("modified_after", "2026-01-31"),
        ])
        .unwrap();
        assert_eq!(q.day, Some(Day::Tuesday));
        assert_eq!(q.start_time, NaiveTime::from_hms_opt(9, 30, 0));
        assert_eq!(
            q.modified_after.unwrap().to_rfc3339(),
            "2026-01-31T00:00:00+00:00"
        );
        for bad in [
            ("day", "someday"),
            ("start_time", "25:00"),
            ("modified_after", "yesterday"),
            ("minimum_age", "old"),
            ("taxonomy_id", "needs"),
        ] {
            assert!(parse(&[bad]).unwrap_err().contains(bad.0), "{bad:?}");
        }
        assert!(
            parse(&[("proximity", "100")])
                .unwrap_err()
                .contains("postcode")
        );
        assert!(parse(&[("proximity", "-3"), ("postcode", "B15 2TT")]).is_err());
    }
}
