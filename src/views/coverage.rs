//! Coverage: a map of how far each part of the UK is from in-person peer support for a
//! need, the towns furthest from it, and the online options that reach everyone.

use super::layout::{Chrome, nation_name, page};
use super::search_form::label_in;
use crate::coverage::{Band, Coverage, RESOLUTION};
use crate::domain::ListingFilter;
use crate::domain::{Format, Nation, Taxonomy};
use crate::i18n::{Arg, Lang};
use crate::map::Viewport;
use crate::map::labels::{Label, LabelKind};
use crate::search::METRES_PER_MILE;
use maud::{Markup, html};
use std::fmt::Write;

fn miles(lang: Lang, m: Option<f64>) -> String {
    match m {
        None => lang.t("band-no-site"),
        Some(m) => lang.ta(
            "distance-fine",
            &[
                ("mi", Arg::from(lang.decimal(m / METRES_PER_MILE, 0))),
                ("km", Arg::from(lang.decimal(m / 1000.0, 0))),
            ],
        ),
    }
}

/// A band's words for the legend, in `lang`.
fn band_label(lang: Lang, band: Band) -> String {
    label_in(lang, "band", band.slug(), band.label())
}

/// SVG path data of every cell in `band`, on whole units: each hexagon starts at an
/// absolute point and goes on by relative steps (`l`, repeated implicitly), which keeps
/// the page small; the steps are taken between rounded points, so nothing drifts.
fn band_path(coverage: &Coverage, band: Band, view: &Viewport) -> String {
    let mut d = String::new();
    for c in coverage.cells.iter().filter(|c| c.band == band) {
        let mut last = (0i64, 0i64);
        for (i, ll) in c.cell.boundary().iter().enumerate() {
            let (x, y) = view.project(ll.lat(), ll.lng());
            let here = (x.round() as i64, y.round() as i64);
            let _ = match i {
                0 => write!(d, "M{} {}", here.0, here.1),
                1 => write!(d, "l{} {}", here.0 - last.0, here.1 - last.1),
                _ => write!(d, " {} {}", here.0 - last.0, here.1 - last.1),
            };
            last = here;
        }
        d.push('z');
    }
    d
}

/// The texture laid over each band's colour, so the bands differ without colour too:
/// none for the nearest, then dots, lines, a cross-hatch and bars as support gets
/// further away.
fn pattern_of(band: Band) -> Option<&'static str> {
    match band {
        Band::Under10 => None,
        Band::From10To25 => Some("tex-dots"),
        Band::From25To50 => Some("tex-lines"),
        Band::Over50 => Some("tex-cross"),
        Band::NoSite => Some("tex-bars"),
    }
}

fn patterns() -> Markup {
    html! {
        pattern #tex-dots width="8" height="8" patternUnits="userSpaceOnUse" {
            circle cx="4" cy="4" r="1.8" fill="#212b32" {}
        }
        pattern #tex-lines width="8" height="8" patternUnits="userSpaceOnUse" patternTransform="rotate(45)" {
            rect width="2.5" height="8" fill="#212b32" {}
        }
        pattern #tex-cross width="8" height="8" patternUnits="userSpaceOnUse" {
            path d="M0 0L8 8M8 0L0 8" stroke="#ffffff" stroke-width="1.6" {}
        }
        pattern #tex-bars width="8" height="8" patternUnits="userSpaceOnUse" {
            rect width="8" height="3" fill="#ffffff" {}
        }
    }
}

/// What is drawn under and over the coverage: the nations' outlines and the place names.
pub struct Layers<'a> {
    pub outlines: &'a [(Nation, String)],
    pub labels: &'a [Label],
}

/// The nations' and towns' names, as on the map.
fn place_names(labels: &[Label]) -> Markup {
    html! {
        g.labels aria-hidden="true" {
            @for l in labels {
                @if let Some((x, y)) = l.dot { circle.dot cx=(format!("{x:.1}")) cy=(format!("{y:.1}")) r="6" {} }
                text class=(if l.kind == LabelKind::Nation { "nation" } else { "town" })
                    x=(format!("{:.1}", l.x)) y=(format!("{:.1}", l.y)) text-anchor=(l.anchor.svg()) font-size=(format!("{:.1}", l.size)) { (l.text) }
            }
        }
    }
}

fn online_sentence(lang: Lang, coverage: &Coverage) -> String {
    let counts: Vec<usize> = coverage.online.iter().map(|(_, n)| *n).collect();
    if counts.windows(2).all(|w| w[0] == w[1]) {
        lang.ta("coverage-online-uk", &[("n", Arg::from(counts[0]))])
    } else {
        coverage
            .online
            .iter()
            .map(|(nation, n)| {
                lang.ta(
                    "coverage-online-nation",
                    &[
                        ("n", Arg::from(*n)),
                        ("nation", Arg::from(nation_name(lang, *nation))),
                    ],
                )
            })
            .collect::<Vec<_>>()
            .join(" ")
    }
}

pub fn coverage(
    chrome: Chrome<'_>,
    taxonomy: &Taxonomy,
    filters: &ListingFilter,
    query: &str,
    coverage: &Coverage,
    view: &Viewport,
    layers: &Layers<'_>,
) -> Markup {
    let lang = chrome.lang;
    let title = lang.t("coverage-title");
    let (outlines, labels) = (layers.outlines, layers.labels);
    let counts = coverage.band_counts();
    let h = view.height;
    let suffix = if query.is_empty() {
        String::new()
    } else {
        format!("?{query}")
    };
    let body = html! {
        h1 { (title) }
        p.lead { (lang.t("coverage-intro")) }
        form.search method="get" action=(lang.path("/coverage")) {
            label.block for="need" { (lang.t("form-need")) }
            select #need name="need" {
                option value="" { (lang.t("form-any-need")) }
                @for need in &taxonomy.needs {
                    option value=(need.slug) selected[filters.needs.contains(&need.slug)] { (label_in(lang, "need", &need.slug, &need.label)) }
                }
            }
            label.block for="format" { (lang.t("form-format")) }
            select #format name="format" {
                option value="" { (lang.t("form-either")) }
                @for f in Format::ALL { option value=(f.slug()) selected[filters.formats.contains(f)] { (label_in(lang, "format", f.slug(), f.label())) } }
            }
            p {}
            button type="submit" { (lang.t("coverage-show")) }
        }
        p { (lang.ta("coverage-sites", &[("n", Arg::from(coverage.sites))])) }
        p.muted { (lang.t("coverage-unverified")) }
        svg.map-svg.coverage-map xmlns="http://www.w3.org/2000/svg" viewBox={ "0 0 1000 " (format!("{h:.0}")) }
            role="img" aria-labelledby="coverage-title coverage-desc" data-resolution=(RESOLUTION.to_string()) {
            title #coverage-title { (lang.t("coverage-map-title")) }
            desc #coverage-desc {
                @for (band, n) in &counts { (band_label(lang, *band)) ": " (lang.ta("coverage-hexagons", &[("n", Arg::from(*n))])) ". " }
            }
            g.land aria-hidden="true" {
                @for (nation, d) in outlines { path d=(d) data-nation=(nation.slug()) {} }
            }
            defs {
                (patterns())
                @for (band, n) in &counts {
                    @if *n > 0 { path id={ "band-" (band.slug()) } d=(band_path(coverage, *band, view)) {} }
                }
            }
            g.cells aria-hidden="true" {
                @for (band, n) in &counts {
                    @if *n > 0 {
                        use href={ "#band-" (band.slug()) } fill=(band.colour()) data-band=(band.slug()) {}
                        @if let Some(p) = pattern_of(*band) {
                            use.texture href={ "#band-" (band.slug()) } fill={ "url(#" (p) ")" } {}
                        }
                    }
                }
            }
            (place_names(labels))
        }
        h2 #legend { (lang.t("coverage-legend")) }
        ul.legend aria-labelledby="legend" {
            @for (band, n) in &counts {
                li data-band=(band.slug()) {
                    svg width="28" height="28" viewBox="0 0 28 28" aria-hidden="true" {
                        rect width="28" height="28" fill=(band.colour()) stroke="#212b32" {}
                        @if let Some(p) = pattern_of(*band) { rect width="28" height="28" fill={ "url(#" (p) ")" } {} }
                    }
                    " " (band_label(lang, *band)) ": " span.count { (n) } " " (lang.ta("coverage-hexagons-word", &[("n", Arg::from(*n))]))
                }
            }
        }
        h2 { (lang.t("map-online-title")) }
        p.online-note { (online_sentence(lang, coverage)) }
        h2 { (lang.t("coverage-towns")) }
        p.muted { (lang.t("coverage-towns-note")) }
        // Focusable, so the table can be scrolled sideways from the keyboard.
        div.table-wrap role="region" aria-label=(lang.t("coverage-towns")) tabindex="0" {
            table.towns {
                thead { tr { th scope="col" { "#" } th scope="col" { (lang.t("coverage-town")) } th scope="col" { (lang.t("directory-nation")) } th scope="col" { (lang.t("coverage-people")) } th scope="col" { (lang.t("coverage-distance")) } } }
                tbody {
                    @for (i, t) in coverage.towns.iter().enumerate() {
                        tr { td { (i + 1) } th scope="row" { (t.name) } td { (nation_name(lang, t.nation)) } td { (t.population) } td { (miles(lang, t.distance_m)) } }
                    }
                }
            }
        }
        h2 { (lang.t("coverage-download")) }
        ul {
            li { a href={ "/coverage.csv" (suffix) } download { (lang.t("coverage-csv")) } }
            li { a href={ "/coverage.geojson" (suffix) } download { (lang.t("coverage-geojson")) } }
        }
    };
    page(&title, chrome, body)
}
