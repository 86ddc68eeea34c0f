//! Small pieces several views share.

use crate::domain::{Precision, Project, Site, Taxonomy};
use crate::search::METRES_PER_MILE;
use chrono::NaiveDate;
use maud::{Markup, html};

mod copy {
    pub const UNVERIFIED: &str = "Not yet confirmed by the project";
    pub const VERIFIED: &str = "Confirmed by the project";
    pub const KEPT: &str = "Kept by the project, not yet confirmed by it";
    pub const ONLINE_ONLY: &str = "Online or by phone";
    pub const NO_PLACE: &str = "Place not yet known";
}

/// A date as people write it in the UK: "3 March 2026".
pub fn date(d: NaiveDate) -> String {
    d.format("%-d %B %Y").to_string()
}

/// Metres in a kilometre.
const METRES_PER_KM: f64 = 1000.0;

/// A straight-line distance as every page shows it (the JSON API keeps the numbers).
///
/// `fine` says whether both ends are known to within about a kilometre (a site at an
/// exact address or postcode, and a searcher at coordinates or a postcode sector; see
/// [`is_fine`]). Then: "2.4 miles (3.9 km)", "12 miles (19 km)", and "less than 0.1
/// miles" below that. Otherwise the distance is only approximate and says so: "under a
/// mile" below one mile, "about 3 miles (5 km)" to the nearest mile up to 20 miles, then
/// "about 45 miles (70 km)" to the nearest 5. Never "0.0 miles".
pub fn distance(metres: f64, fine: bool) -> String {
    let mi = metres / METRES_PER_MILE;
    let km = metres / METRES_PER_KM;
    if fine {
        if mi < 0.05 {
            "less than 0.1 miles".to_string()
        } else if mi < 10.0 {
            format!("{mi:.1} miles ({km:.1} km)")
        } else {
            format!("{mi:.0} miles ({km:.0} km)")
        }
    } else if mi < 1.0 {
        "under a mile".to_string()
    } else {
        let round = |x: f64| {
            if x < 20.0 {
                x.round()
            } else {
                (x / 5.0).round() * 5.0
            }
        };
        let (mi, km) = (round(mi), round(km));
        let unit = if mi == 1.0 { "mile" } else { "miles" };
        format!("about {mi:.0} {unit} ({km:.0} km)")
    }
}

/// Whether a site's point is known to within about a kilometre (an exact address or a
/// postcode), as [`distance`] needs at that end.
pub fn is_fine(p: Precision) -> bool {
    matches!(p, Precision::Exact | Precision::Postcode)
}

/// Where a site is, as precisely as it is known: "at 12 High Street", "in PR1 2
/// (postcode area; the exact place is not given)", "in Preston (town centre; the exact
/// place is not given)".
pub fn site_place(site: &Site) -> String {
    let note = match site.precision {
        Precision::Exact => return format!("at {}", site.label),
        Precision::Postcode => "postcode area; the exact place is not given",
        Precision::Town => "town centre; the exact place is not given",
        Precision::Region => "somewhere in this area; the exact place is not given",
    };
    format!("in {} ({note})", site.label)
}

/// The trust badge of a listing: "Confirmed by the project" (on the date it did) only
/// when the project itself confirmed its details.
pub fn status_badge(p: &Project) -> Markup {
    html! {
        @if p.verified {
            span.status.verified {
                (copy::VERIFIED)
                @if let Some(d) = p.last_confirmed { " on " (date(d)) }
            }
        } @else {
            span.status.unverified { (copy::UNVERIFIED) }
        }
    }
}

/// The trust badge on a listing's own page, which knows whether anyone keeps it: a
/// listing the project keeps but has not confirmed says so.
pub fn status_badge_kept(p: &Project, kept: bool) -> Markup {
    html! {
        @if !p.verified && kept {
            span.status.unverified { (copy::KEPT) }
        } @else {
            (status_badge(p))
        }
    }
}

/// "May be out of date: last confirmed on …" for a listing 12 months or more from its
/// last confirmation (or, never confirmed, from the day it was added); nothing otherwise.
pub fn freshness_note(p: &Project, today: chrono::NaiveDate) -> Markup {
    html! {
        @if p.freshness(today).is_stale() {
            @if let Some(age) = p.age() {
                p.stale {
                    strong {
                        @if age.confirmed { "May be out of date: last confirmed on " (date(age.since)) "." }
                        @else { "May be out of date: added on " (date(age.since)) " and not confirmed since." }
                    }
                }
            }
        }
    }
}

/// Where a project meets, in a few words.
pub fn places(p: &Project) -> String {
    if p.sites.is_empty() {
        if p.nations.is_empty() {
            copy::NO_PLACE.to_string()
        } else {
            copy::ONLINE_ONLY.to_string()
        }
    } else {
        p.sites
            .iter()
            .map(|s| s.label.as_str())
            .collect::<Vec<_>>()
            .join("; ")
    }
}

/// A project in a list: name, organisation, summary, needs, places and trust.
pub fn project_card(
    p: &Project,
    taxonomy: &Taxonomy,
    heading_level: u8,
    today: chrono::NaiveDate,
) -> Markup {
    let link = html! { a href={ "/projects/" (p.slug) } { (p.name) } };
    html! {
        li.card {
            @if heading_level == 2 { h2 { (link) } } @else { h3 { (link) } }
            @if p.organisation != p.name { p.org { (p.organisation) } }
            p { (p.summary) }
            ul.tags aria-label="Support for" {
                @for need in &p.needs { li { (taxonomy.need_label(need)) } }
            }
            p.muted { "Where: " (places(p)) }
            (status_badge(p))
            (freshness_note(p, today))
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::Nation;

    fn site(label: &str, precision: Precision) -> Site {
        Site {
            label: label.into(),
            lat: 53.76,
            lon: -2.70,
            precision,
            radius_km: None,
            nation: Nation::England,
        }
    }

    #[test]
    fn approximate_distances_are_rounded_and_say_so() {
        assert_eq!(distance(0.0, false), "under a mile");
        assert_eq!(distance(1_500.0, false), "under a mile");
        assert_eq!(distance(1_700.0, false), "about 1 mile (2 km)");
        assert_eq!(distance(4_900.0, false), "about 3 miles (5 km)");
        assert_eq!(distance(72_000.0, false), "about 45 miles (70 km)");
    }

    #[test]
    fn fine_distances_keep_a_tenth_of_a_mile_but_never_zero() {
        assert_eq!(distance(0.0, true), "less than 0.1 miles");
        assert_eq!(distance(3_900.0, true), "2.4 miles (3.9 km)");
        assert_eq!(distance(19_000.0, true), "12 miles (19 km)");
    }

    #[test]
    fn a_site_says_how_precisely_its_place_is_known() {
        assert_eq!(
            site_place(&site("Preston", Precision::Town)),
            "in Preston (town centre; the exact place is not given)"
        );
        assert_eq!(
            site_place(&site("Lancashire", Precision::Region)),
            "in Lancashire (somewhere in this area; the exact place is not given)"
        );
        assert_eq!(
            site_place(&site("12 Fishergate", Precision::Exact)),
            "at 12 Fishergate"
        );
    }
}
