//! What peermap is, where its data comes from, and the attribution licences require.

use super::layout::{Chrome, page};
use crate::i18n::Lang;
use maud::{Markup, html};

/// Where the published Perinatal Peer Support Principles can be read.
pub const PRINCIPLES_URL: &str = "https://maternalmentalhealthalliance.org/psp/";

/// Titles of the sources and the data's attributions, quoted as their owners wrote them
/// (in English, and marked so on other pages): not our words, so not in the catalogues.
mod quoted {
    pub const REPORTS: &[&str] = &[
        "Mind and McPin Foundation, “Maternal Mental Health Peer Support Quality Assurance Principles”, final report (November 2019)",
        "Maternal Mental Health Alliance, “What are the Perinatal Peer Support Principles?”",
        "Mind and Health Education England, “Peer Workers in NHS perinatal mental health services: a values-based approach”",
        "Mind, “Perinatal peer support”",
    ];
    pub const ATTRIBUTION: &[&str] = &[
        "Contains OS data © Crown copyright and database right 2025. Contains Royal Mail data © Royal Mail copyright and database right 2025. Source: Office for National Statistics, licensed under the Open Government Licence v3.0. (Postcode districts and sectors, and local authorities; ONS Postcode Directory, November 2025.)",
        "Contains data from GeoNames (https://www.geonames.org/), licensed under CC BY 4.0. (Place names.)",
        "Made with Natural Earth (public domain). (Outlines of the nations.)",
        "Source: Office for National Statistics, licensed under the Open Government Licence v3.0. (NHS area outlines.)",
        "Northern Ireland local government district names: © countrystatecity / dr5hn, ODbL 1.0.",
    ];
}

pub fn about(chrome: Chrome<'_>) -> Markup {
    let lang = chrome.lang;
    let en = (lang != Lang::En).then_some("en");
    let title = lang.t("about-title");
    let body = html! {
        h1 { (title) }
        p.lead { (lang.tm("about-what")) }
        p { (lang.tm("about-why")) }
        p { a href=(PRINCIPLES_URL) rel="noreferrer noopener" { (lang.tm("about-principles")) } }
        h2 { (lang.tm("about-listings-title")) }
        p { (lang.tm("about-listings")) }
        ul lang=[en] { @for r in quoted::REPORTS { li { (r) } } }
        p #open-data { (lang.tm("about-open-data")) }
        h2 { (lang.tm("about-privacy-title")) }
        p { (lang.tm("about-privacy")) }
        (translations(lang))
        h2 #data-sources { (lang.tm("about-geo-title")) }
        p { (lang.tm("about-geo")) }
        ul lang=[en] { @for a in quoted::ATTRIBUTION { li { (a) } } }
        p { (lang.tm("about-ni-note")) }
    };
    page(&title, chrome, body)
}

/// Which translations a fluent speaker has checked, and how to offer a correction.
fn translations(lang: Lang) -> Markup {
    let (reviewed, not_yet): (Vec<Lang>, Vec<Lang>) = Lang::ALL
        .into_iter()
        .filter(|l| *l != Lang::En)
        .partition(|l| l.reviewed());
    let names = |ls: &[Lang]| {
        html! {
            ul { @for l in ls { li { a href=(l.path("/")) lang=(l.code()) { (l.own_name()) } " (" (l.english_name()) ")" } } }
        }
    };
    html! {
        h2 #translations { (lang.tm("about-translations-title")) }
        p { (lang.tm("about-translations")) }
        h3 { (lang.tm("about-reviewed")) }
        @if reviewed.is_empty() { p { (lang.tm("about-reviewed-none")) } } @else { (names(&reviewed)) }
        h3 { (lang.tm("about-not-reviewed")) }
        (names(&not_yet))
        p { (lang.tm("about-correction")) }
    }
}
