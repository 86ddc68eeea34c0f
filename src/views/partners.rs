//! Partner finder: who could widen a project's offer, nearby or online, and what the
//! offers together would cover.

use super::layout::nation_name;
use super::layout::{Chrome, page};
use super::parts::{distance_in, is_fine, status_badge_in};
use crate::domain::{Project, Taxonomy};
use crate::i18n::{Arg, Lang};
use crate::search::partners::{Offer, Partners};
use maud::{Markup, html};

/// "Adds support for postpartum psychosis; online (video, forum or chat), by phone."
pub fn adds_sentence(lang: Lang, taxonomy: &Taxonomy, adds: &Offer) -> String {
    if adds.is_empty() {
        lang.t("partners-nothing-new")
    } else {
        let what = adds.phrases(taxonomy).join("; ");
        lang.ta("partners-adds", &[("what", Arg::from(what))])
    }
}

/// [`adds_sentence`] on a page: the phrases, English for now, marked so.
fn adds_markup(lang: Lang, taxonomy: &Taxonomy, adds: &Offer) -> Markup {
    let en = (lang != Lang::En).then_some("en");
    html! {
        @if adds.is_empty() { (lang.t("partners-nothing-new")) }
        @else {
            @let what = adds.phrases(taxonomy).join("; ");
            (lang.t("partners-adds-label")) " "
            @if let Some(l) = en { span lang=(l) { (what) } } @else { (what) }
            "."
        }
    }
}

fn offer_list(lang: Lang, taxonomy: &Taxonomy, offer: &Offer) -> Markup {
    let phrases = offer.phrases(taxonomy);
    let en = (lang != Lang::En).then_some("en");
    html! {
        @if phrases.is_empty() { p { (lang.t("partners-not-stated")) } }
        @else { ul lang=[en] { @for p in phrases { li { (p) } } } }
    }
}

/// Sites closer than this are in the same place, as far as the listings' town-level
/// locations can tell.
const SAME_PLACE_M: f64 = 100.0;

pub fn partners(
    chrome: Chrome<'_>,
    taxonomy: &Taxonomy,
    project: &Project,
    within: u32,
    found: &Partners,
) -> Markup {
    let lang = chrome.lang;
    let en = (lang != Lang::En).then_some("en");
    let to = |slug: &str, rest: &str| lang.path(&format!("/projects/{slug}{rest}"));
    let title = lang.ta(
        "partners-title",
        &[("name", Arg::from(project.name.clone()))],
    );
    let new = found.combined.minus(&found.own);
    let body = html! {
        h1 { (title) }
        p.lead { (lang.t("partners-intro")) }
        form.search method="get" action=(to(project.slug.as_str(), "/partners")) {
            label.block for="within" { (lang.t("partners-within")) }
            select #within name="within" {
                @for m in [5u32, 10, 25, 50, 100] {
                    option value=(m) selected[m == within] { (lang.ta("distance-fine", &[("mi", Arg::from(m.to_string())), ("km", Arg::from(lang.decimal(f64::from(m) * 1.609_344, 0)))])) }
                }
            }
            " " button type="submit" { (lang.t("partners-show")) }
        }
        h2 { (lang.t("partners-own")) }
        (offer_list(lang, taxonomy, &found.own))
        h2 { (lang.t("partners-combined")) }
        (offer_list(lang, taxonomy, &found.combined))
        @if !new.is_empty() { p { strong { (lang.t("partners-new")) } " " span lang=[en] { (new.phrases(taxonomy).join("; ")) } } }
        h2 { (lang.t("partners-list")) }
        @if found.partners.is_empty() { p { (lang.t("partners-none")) } }
        ol.cards {
            @for p in &found.partners {
                li.card {
                    h3 lang=[en] { a href=(to(p.project.slug.as_str(), "")) { (p.project.name) } }
                    p { strong { (adds_markup(lang, taxonomy, &p.adds)) } }
                    @if let (Some(d), Some(site), Some(near)) = (p.distance_m, p.site, p.near) {
                        @if d < SAME_PLACE_M {
                            p { (lang.ta("partners-also-meets", &[("place", Arg::from(p.project.sites[site].label.clone()))])) }
                        } @else {
                            @let (theirs, ours) = (&p.project.sites[site], &project.sites[near]);
                            p { (lang.ta("partners-meets", &[("place", Arg::from(theirs.label.clone())), ("distance", Arg::from(distance_in(lang, d, is_fine(theirs.precision) && is_fine(ours.precision)))), ("ours", Arg::from(ours.label.clone()))])) }
                        }
                    }
                    @if !p.remote_nations.is_empty() {
                        p { (lang.ta("project-remote", &[("nations", Arg::from(p.remote_nations.iter().map(|n| nation_name(lang, *n)).collect::<Vec<_>>().join(", ")))])) }
                    }
                    (status_badge_in(lang, &p.project))
                }
            }
        }
        p.muted { (lang.t("partners-unverified")) }
        p { a href=(to(project.slug.as_str(), "")) { (lang.t("years-back")) } }
    };
    page(&title, chrome, body)
}
