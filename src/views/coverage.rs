//! Coverage: a map of how far each part of the UK is from in-person peer support for a
//! need, the towns furthest from it, and the online options that reach everyone.

use super::layout::{Chrome, page};
use crate::coverage::{Band, Coverage, RESOLUTION};
use crate::domain::ListingFilter;
use crate::domain::{Format, Nation, Taxonomy};
use crate::map::Viewport;
use crate::map::labels::{Label, LabelKind};
use crate::search::METRES_PER_MILE;
use maud::{Markup, html};
use std::fmt::Write;

mod copy {
    pub const TITLE: &str = "Where in-person peer support is out of reach";
    pub const INTRO: &str = "Each hexagon (about 17 km across) is shaded by the straight-line distance from its middle to the nearest place that meets in person for what you chose. Travel by road or public transport is usually further.";
    pub const NEED: &str = "Support for";
    pub const ANY_NEED: &str = "Any kind of support";
    pub const FORMAT: &str = "Group or one to one";
    pub const EITHER: &str = "Either";
    pub const SHOW: &str = "Show coverage";
    pub const MAP_TITLE: &str = "Distance to in-person peer support across the UK";
    pub const LEGEND: &str = "Key: distance from the middle of each hexagon";
    pub const AREAS: &str = "hexagons";
    pub const ONLINE: &str = "Online and by phone";
    pub const TOWNS: &str = "Towns furthest from in-person support";
    pub const TOWNS_NOTE: &str =
        "Towns and cities of 5,000 people or more (GeoNames), furthest first.";
    pub const TOWN: &str = "Town";
    pub const NATION: &str = "Nation";
    pub const PEOPLE: &str = "People";
    pub const DISTANCE: &str = "Distance to the nearest";
    pub const NO_SITE: &str = "No in-person support anywhere";
    pub const DOWNLOAD: &str = "Download the hexagons";
    pub const CSV: &str = "CSV (spreadsheet)";
    pub const GEOJSON: &str = "GeoJSON (for mapping software)";
    pub const UNVERIFIED: &str = "Built from the listings in peermap, most not yet confirmed by their project: a gap here may be a gap in our data.";
}

fn miles(m: Option<f64>) -> String {
    match m {
        None => copy::NO_SITE.to_string(),
        Some(m) => format!("{:.0} miles ({:.0} km)", m / METRES_PER_MILE, m / 1000.0),
    }
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

fn online_sentence(coverage: &Coverage) -> String {
    let counts: Vec<usize> = coverage.online.iter().map(|(_, n)| *n).collect();
    let options = |n: usize| {
        if n == 1 {
            "1 online or phone option serves".to_string()
        } else {
            format!("{n} online or phone options serve")
        }
    };
    if counts.windows(2).all(|w| w[0] == w[1]) {
        format!("{} everyone in the UK.", options(counts[0]))
    } else {
        coverage
            .online
            .iter()
            .map(|(nation, n)| format!("{} everyone in {}.", options(*n), nation.label()))
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
    let (outlines, labels) = (layers.outlines, layers.labels);
    let counts = coverage.band_counts();
    let h = view.height;
    let suffix = if query.is_empty() {
        String::new()
    } else {
        format!("?{query}")
    };
    let body = html! {
        h1 { (copy::TITLE) }
        p.lead { (copy::INTRO) }
        form.search method="get" action="/coverage" {
            label.block for="need" { (copy::NEED) }
            select #need name="need" {
                option value="" { (copy::ANY_NEED) }
                @for need in &taxonomy.needs {
                    option value=(need.slug) selected[filters.needs.contains(&need.slug)] { (need.label) }
                }
            }
            label.block for="format" { (copy::FORMAT) }
            select #format name="format" {
                option value="" { (copy::EITHER) }
                @for f in Format::ALL { option value=(f.slug()) selected[filters.formats.contains(f)] { (f.label()) } }
            }
            p {}
            button type="submit" { (copy::SHOW) }
        }
        p { (coverage.sites) " in-person places match what you chose." }
        p.muted { (copy::UNVERIFIED) }
        svg.map-svg.coverage-map xmlns="http://www.w3.org/2000/svg" viewBox={ "0 0 1000 " (format!("{h:.0}")) }
            role="img" aria-labelledby="coverage-title coverage-desc" data-resolution=(RESOLUTION.to_string()) {
            title #coverage-title { (copy::MAP_TITLE) }
            desc #coverage-desc {
                @for (band, n) in &counts { (band.label()) ": " (n) " " (copy::AREAS) ". " }
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
        h2 #legend { (copy::LEGEND) }
        ul.legend aria-labelledby="legend" {
            @for (band, n) in &counts {
                li data-band=(band.slug()) {
                    svg width="28" height="28" viewBox="0 0 28 28" aria-hidden="true" {
                        rect width="28" height="28" fill=(band.colour()) stroke="#212b32" {}
                        @if let Some(p) = pattern_of(*band) { rect width="28" height="28" fill={ "url(#" (p) ")" } {} }
                    }
                    " " (band.label()) ": " span.count { (n) } " " (copy::AREAS)
                }
            }
        }
        h2 { (copy::ONLINE) }
        p.online-note { (online_sentence(coverage)) }
        h2 { (copy::TOWNS) }
        p.muted { (copy::TOWNS_NOTE) }
        // Focusable, so the table can be scrolled sideways from the keyboard.
        div.table-wrap role="region" aria-label=(copy::TOWNS) tabindex="0" {
            table.towns {
                thead { tr { th scope="col" { "#" } th scope="col" { (copy::TOWN) } th scope="col" { (copy::NATION) } th scope="col" { (copy::PEOPLE) } th scope="col" { (copy::DISTANCE) } } }
                tbody {
                    @for (i, t) in coverage.towns.iter().enumerate() {
                        tr { td { (i + 1) } th scope="row" { (t.name) } td { (t.nation.label()) } td { (t.population) } td { (miles(t.distance_m)) } }
                    }
                }
            }
        }
        h2 { (copy::DOWNLOAD) }
        ul {
            li { a href={ "/coverage.csv" (suffix) } download { (copy::CSV) } }
            li { a href={ "/coverage.geojson" (suffix) } download { (copy::GEOJSON) } }
        }
    };
    page(copy::TITLE, chrome, body)
}
