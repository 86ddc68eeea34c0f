//! Small pieces several views share.

use crate::domain::{Precision, Project, Site, Taxonomy};
use crate::i18n::{Arg, Lang};
use crate::search::METRES_PER_MILE;
use chrono::NaiveDate;
use maud::{Markup, html};

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
    distance_in(Lang::En, metres, fine)
}

/// [`distance`] in `lang`, with its decimal mark: "2,4 mili (3,9 km)".
pub fn distance_in(lang: Lang, metres: f64, fine: bool) -> String {
    let mi = metres / METRES_PER_MILE;
    let km = metres / METRES_PER_KM;
    let say = |id: &str, mi: f64, km: f64, places: usize| {
        lang.ta(
            id,
            &[
                ("n", Arg::from(mi)),
                ("mi", Arg::from(lang.decimal(mi, places))),
                ("km", Arg::from(lang.decimal(km, places))),
            ],
        )
    };
    if fine {
        if mi < 0.05 {
            lang.ta(
                "distance-tenth",
                &[("tenth", Arg::from(lang.decimal(0.1, 1)))],
            )
        } else if mi < 10.0 {
            say("distance-fine", mi, km, 1)
        } else {
            say("distance-fine", mi.round(), km.round(), 0)
        }
    } else if mi < 1.0 {
        lang.t("distance-under-mile")
    } else {
        let round = |x: f64| {
            if x < 20.0 {
                x.round()
            } else {
                (x / 5.0).round() * 5.0
            }
        };
        say("distance-about", round(mi), round(km), 0)
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
    site_place_in(Lang::En, site)
}

/// [`site_place`] in `lang` (the place's own name as the project gave it).
pub fn site_place_in(lang: Lang, site: &Site) -> String {
    let id = match site.precision {
        Precision::Exact => "site-exact",
        Precision::Postcode => "site-postcode",
        Precision::Town => "site-town",
        Precision::Region => "site-region",
    };
    lang.ta(id, &[("place", Arg::from(site.label.clone()))])
}

/// The trust badge of a listing: "Confirmed by the project" (on the date it did) only
/// when the project itself confirmed its details.
pub fn status_badge(p: &Project) -> Markup {
    status_badge_in(Lang::En, p)
}

/// [`status_badge`] in `lang`.
pub fn status_badge_in(lang: Lang, p: &Project) -> Markup {
    html! {
        @if p.verified {
            span.status.verified {
                @if let Some(d) = p.last_confirmed {
                    (lang.ta("status-verified-on", &[("date", Arg::from(lang.date(d)))]))
                } @else {
                    (lang.t("status-verified"))
                }
            }
        } @else {
            span.status.unverified { (lang.t("status-unverified")) }
        }
    }
}

/// The trust badge on a listing's own page, which knows whether anyone keeps it: a
/// listing the project keeps but has not confirmed says so.
pub fn status_badge_kept(p: &Project, kept: bool) -> Markup {
    status_badge_kept_in(Lang::En, p, kept)
}

/// [`status_badge_kept`] in `lang`.
pub fn status_badge_kept_in(lang: Lang, p: &Project, kept: bool) -> Markup {
    html! {
        @if !p.verified && kept {
            span.status.unverified { (lang.t("status-kept")) }
        } @else {
            (status_badge_in(lang, p))
        }
    }
}

/// "May be out of date: last confirmed on …" for a listing 12 months or more from its
/// last confirmation (or, never confirmed, from the day it was added); nothing otherwise.
pub fn freshness_note(p: &Project, today: chrono::NaiveDate) -> Markup {
    freshness_note_in(Lang::En, p, today)
}

/// [`freshness_note`] in `lang`.
pub fn freshness_note_in(lang: Lang, p: &Project, today: chrono::NaiveDate) -> Markup {
    html! {
        @if p.freshness(today).is_stale() {
            @if let Some(age) = p.age() {
                @let id = if age.confirmed { "fresh-confirmed" } else { "fresh-added" };
                p.stale { strong { (lang.ta(id, &[("date", Arg::from(lang.date(age.since)))])) } }
            }
        }
    }
}

/// Where a project meets, in a few words.
pub fn places(p: &Project) -> String {
    places_in(Lang::En, p)
}

/// [`places`] in `lang` (the places' own names as the project gave them).
pub fn places_in(lang: Lang, p: &Project) -> String {
    if p.sites.is_empty() {
        if p.nations.is_empty() {
            lang.t("card-no-place")
        } else {
            lang.t("card-online-only")
        }
    } else {
        p.sites
            .iter()
            .map(|s| s.label.as_str())
            .collect::<Vec<_>>()
            .join("; ")
    }
}

/// `lang` of a listing's own words (in `text`) on a page in `page`: none when they are
/// the page's language, so Welsh words on a Welsh page are unmarked and English marked.
pub fn own_lang(page: Lang, text: Lang) -> Option<&'static str> {
    (page != text).then_some(text.code())
}

/// A listing's name on a page in `lang`: its Welsh name on a Welsh page when it has one,
/// otherwise its own, marked as English where the page is not.
pub fn own_name(lang: Lang, p: &Project) -> Markup {
    let (name, in_lang) = p.name_in(lang);
    english_or(own_lang(lang, in_lang), name)
}

/// Words that exist only in English (a project's or a person's), marked so on a page in
/// another language; unchanged on an English page.
pub fn in_english(lang: Lang, text: &str) -> Markup {
    english_or((lang != Lang::En).then_some("en"), text)
}

/// The message `id` with its variable `var` as markup (a link, a name in bold), where
/// the language's sentence puts it; `args` are its other variables.
pub fn message_with(
    lang: Lang,
    id: &str,
    var: &str,
    inner: Markup,
    args: &[(&str, Arg)],
) -> Markup {
    const MARK: &str = "\u{E000}";
    let mut all = args.to_vec();
    all.push((var, Arg::from(MARK)));
    let text = lang.ta(id, &all);
    match text.split_once(MARK) {
        Some((before, after)) => html! { (before) (inner) (after) },
        None => html! { (text) },
    }
}

fn english_or(mark: Option<&str>, text: &str) -> Markup {
    match mark {
        Some(code) => html! { span lang=(code) { (text) } },
        None => html! { (text) },
    }
}

/// A project in a list: name, organisation, summary, needs, places and trust; its own
/// words marked as English on a page in another language.
pub fn project_card(
    lang: Lang,
    p: &Project,
    taxonomy: &Taxonomy,
    heading_level: u8,
    today: chrono::NaiveDate,
) -> Markup {
    let en = (lang != Lang::En).then_some("en");
    let ((name, name_lang), (summary, summary_lang)) = (p.name_in(lang), p.summary_in(lang));
    let link = html! { a href=(lang.path(&format!("/projects/{}", p.slug))) lang=[own_lang(lang, name_lang)] { (name) } };
    html! {
        li.card {
            @if heading_level == 2 { h2 { (link) } } @else { h3 { (link) } }
            @if p.organisation != p.name { p.org lang=[en] { (p.organisation) } }
            p lang=[own_lang(lang, summary_lang)] { (summary) }
            ul.tags aria-label=(lang.t("form-need")) {
                @for need in &p.needs { li { (super::search_form::label_in(lang, "need", need, taxonomy.need_label(need))) } }
            }
            p.muted { (lang.t("card-where")) " " (places_in(lang, p)) }
            (status_badge_in(lang, p))
            (freshness_note_in(lang, p, today))
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
