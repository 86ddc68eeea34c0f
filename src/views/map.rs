//! The map page: an inline SVG of the UK with hexagons or markers, and the same
//! projects as an ordered list, so the map is never the only way to reach anything.

use super::layout::{Chrome, page};
use super::parts::{distance, is_fine};
use crate::domain::Nation;
use crate::geocode::PlacePrecision;
use crate::map::{Area, MapModel, Marker};
use crate::search::SearchQuery;
use maud::{Markup, html};
use std::fmt::Write;

mod copy {
    pub const TITLE: &str = "Map of peer support";
    pub const AROUND: &str = "Peer support around";
    pub const INTRO: &str = "Each hexagon shows how many projects meet in person in that area. Choose a hexagon to look closer. The same projects are listed under the map.";
    pub const SVG_TITLE: &str = "Map of in-person perinatal peer support";
    pub const LIST_AREAS: &str = "Areas on this map";
    pub const LIST_SITES: &str = "Places on this map";
    pub const NONE: &str = "No project that matches your choices meets in person in this area.";
    pub const ONLINE_ONE: &str = "1 online or phone option also matches your choices.";
    pub const ONLINE_MANY: &str = "online or phone options also match your choices.";
    pub const ONLINE_LINK: &str = "See online and phone support";
    pub const YOU: &str = "You searched near";
    pub const BREADCRUMBS: &str = "Where you are on the map";
    pub const TOO_MANY: &str = "Too many projects meet in this view to list them all here. Choose an area to see its projects, or";
    pub const DIRECTORY_LINK: &str = "see every project in the directory";
    pub const MORE_SITES: &str = "places meet in this area. The map and the list show the first";
    pub const MORE_SITES_END: &str =
        "nearest or by name. Search from a postcode to find the nearest.";
}

/// Fill shades by number of projects: lighter for fewer (text dark), darker for more
/// (text white). Each text colour has at least 4.5:1 contrast on its fill.
fn shade(count: usize) -> (&'static str, &'static str) {
    match count {
        0..=1 => ("#a9cdee", "#212b32"),
        2..=3 => ("#6aa6dc", "#212b32"),
        4..=9 => ("#1f6bb5", "#ffffff"),
        10..=49 => ("#0b4f96", "#ffffff"),
        _ => ("#002f5c", "#ffffff"),
    }
}

/// A label size that fits a hexagon whose corners are `radius` SVG units from its centre.
fn font_size(radius: f64) -> f64 {
    (radius * 0.7).clamp(16.0, 64.0)
}

fn projects_phrase(n: usize) -> String {
    if n == 1 {
        "1 project".to_string()
    } else {
        format!("{n} projects")
    }
}

fn hex_points(model: &MapModel, area: &Area) -> String {
    boundary_points(model, area.cell)
}

fn boundary_points(model: &MapModel, cell: h3o::CellIndex) -> String {
    let mut out = String::new();
    for ll in cell.boundary().iter() {
        let (x, y) = model.viewport.project(ll.lat(), ll.lng());
        let _ = write!(out, "{:.1},{:.1} ", x, y);
    }
    out.trim_end().to_string()
}

/// A marker in words. `fine_origin`: the searched place is known to within about a
/// kilometre, so a distance from it may be shown to a tenth of a mile.
fn marker_label(m: &Marker, fine_origin: bool) -> String {
    let site = &m.project.sites[m.site];
    match (m.rank, m.distance_m) {
        (Some(r), Some(d)) => format!(
            "{r}. {} at {}, {}",
            m.project.name,
            site.label,
            distance(d, fine_origin && is_fine(site.precision))
        ),
        _ => format!("{} at {}", m.project.name, site.label),
    }
}

/// Whether the map's searched place is known to within about a kilometre.
fn fine_origin(model: &MapModel) -> bool {
    model.origin.as_ref().is_some_and(|p| p.precision.is_fine())
}

/// The SVG: land, then hexagons or markers in the same order as the list.
fn svg(model: &MapModel, q: &SearchQuery, outlines: &[(Nation, String)]) -> Markup {
    let h = model.viewport.height;
    let desc = if model.marker_view {
        format!("{} places shown as markers.", model.markers.len())
    } else {
        format!(
            "{} areas shown as hexagons, each with its number of projects.",
            model.areas.len()
        )
    };
    html! {
        svg.map-svg xmlns="http://www.w3.org/2000/svg" viewBox={ "0 0 1000 " (format!("{h:.0}")) }
            role="group" aria-labelledby="map-title map-desc" {
            title #map-title { (copy::SVG_TITLE) }
            desc #map-desc { (desc) }
            g.land aria-hidden="true" {
                @for (nation, d) in outlines { path d=(d) data-nation=(nation.slug()) {} }
            }
            @if let Some(cell) = model.cell {
                polygon.current aria-hidden="true" points=(boundary_points(model, cell)) {}
            }
            @for area in &model.areas {
                @let (fill, text) = shade(area.count);
                @let centre = h3o::LatLng::from(area.cell);
                @let (cx, cy) = model.viewport.project(centre.lat(), centre.lng());
                @let corner = area.cell.boundary().iter().next().map(|ll| model.viewport.project(ll.lat(), ll.lng()));
                @let size = font_size(corner.map_or(20.0, |(x, y)| ((x - cx).powi(2) + (y - cy).powi(2)).sqrt()));
                a.hex href=(cell_link(q, &area.cell.to_string()))
                    aria-label={ (area.name) ": " (projects_phrase(area.count)) } {
                    polygon points=(hex_points(model, area)) fill=(fill) {}
                    text x=(format!("{cx:.1}")) y=(format!("{:.1}", cy + size * 0.35)) fill=(text) font-size=(format!("{size:.0}")) aria-hidden="true" { (area.count) }
                }
            }
            @for m in &model.markers {
                @let site = &m.project.sites[m.site];
                @let (x, y) = model.viewport.project(site.lat, site.lon);
                a.marker href={ "/projects/" (m.project.slug) } aria-label=(marker_label(m, fine_origin(model))) {
                    circle cx=(format!("{x:.1}")) cy=(format!("{y:.1}")) r="14" {}
                    @if let Some(r) = m.rank {
                        text x=(format!("{x:.1}")) y=(format!("{:.1}", y + 6.0)) aria-hidden="true" { (r) }
                    }
                }
            }
            @if let Some(place) = model.origin.as_ref().filter(|p| p.precision != PlacePrecision::Nation) {
                @let (x, y) = model.viewport.project(place.location.lat(), place.location.lon());
                g.origin role="img" aria-label={ (copy::YOU) " " (place.label) } {
                    path d=(format!("M{x:.1} {:.1}l14 18h-28z", y - 24.0)) {}
                    text x=(format!("{:.1}", x + 20.0)) y=(format!("{y:.1}")) { (place.label) }
                }
            }
        }
    }
}

/// The directory with the same filters.
fn directory_link(q: &SearchQuery) -> String {
    q.link("/projects", "")
        .replace("where=&", "")
        .replace("?where=", "?")
}

/// A link to the map of `cell` with the same filters.
fn cell_link(q: &SearchQuery, cell: &str) -> String {
    let mut link = q.link("/map", q.place.as_deref().unwrap_or(""));
    link.push_str("&cell=");
    link.push_str(cell);
    link.replace("where=&", "")
}

pub fn map(
    chrome: Chrome<'_>,
    q: &SearchQuery,
    model: &MapModel,
    outlines: &[(Nation, String)],
) -> Markup {
    let title = match (&model.origin, model.crumbs.last()) {
        (_, Some(c)) if model.cell.is_some() => format!("{} {}", copy::AROUND, c.name),
        (Some(place), _) if place.precision == PlacePrecision::Nation => {
            format!("Peer support in {}", place.label)
        }
        (Some(place), _) => format!("Peer support near {}", place.label),
        _ => copy::TITLE.to_string(),
    };
    let online_link = match q.place.as_deref() {
        Some(p) => q.link("/search", p),
        None => {
            let mut link = q.link("/projects", "");
            link.push_str("&delivery=online&delivery=phone");
            link.replace("where=&", "")
        }
    };
    let body = html! {
        nav.breadcrumbs aria-label=(copy::BREADCRUMBS) {
            ol {
                @for (i, crumb) in model.crumbs.iter().enumerate() {
                    li {
                        @if i + 1 == model.crumbs.len() && (model.cell.is_some() || model.origin.is_none()) {
                            span aria-current="page" { (crumb.name) }
                        } @else {
                            @let link = match (crumb.cell, crumb.nation) {
                                (Some(c), _) => cell_link(q, &c.to_string()),
                                (None, Some(n)) => q.link("/map", n.label()),
                                (None, None) => q.link("/map", "").replace("where=&", "").replace("?where=", "?"),
                            };
                            a href=(link) { (crumb.name) }
                        }
                    }
                }
            }
        }
        h1 { (title) }
        (super::urgent::emergency_advice(&q.filter.needs))
        p { (copy::INTRO) }
        div.map-layout {
            figure.map-figure {
                (svg(model, q, outlines))
                figcaption {
                    @match model.online {
                        0 => {},
                        1 => { (copy::ONLINE_ONE) " " a href=(online_link) { (copy::ONLINE_LINK) } },
                        n => { (n) " " (copy::ONLINE_MANY) " " a href=(online_link) { (copy::ONLINE_LINK) } },
                    }
                }
            }
            div.map-list {
                @if model.areas.is_empty() && model.markers.is_empty() {
                    p { (copy::NONE) }
                }
                @if !model.areas.is_empty() {
                    h2 { (copy::LIST_AREAS) }
                    @if model.areas.iter().all(|a| a.projects.is_empty()) {
                        p { (copy::TOO_MANY) " " a href=(directory_link(q)) { (copy::DIRECTORY_LINK) } "." }
                    }
                    ol.areas {
                        @for area in &model.areas {
                            li {
                                a href=(cell_link(q, &area.cell.to_string())) { (area.name) }
                                " — " (projects_phrase(area.count))
                                @if !area.projects.is_empty() {
                                    ul {
                                        @for p in &area.projects { li { a href={ "/projects/" (p.slug) } { (p.name) } } }
                                    }
                                }
                            }
                        }
                    }
                }
                @if !model.markers.is_empty() {
                    h2 { (copy::LIST_SITES) }
                    @if model.sites_total > model.markers.len() {
                        p { (model.sites_total) " " (copy::MORE_SITES) " " (model.markers.len()) ", " (copy::MORE_SITES_END) }
                    }
                    ol.sites {
                        @for m in &model.markers {
                            li { a href={ "/projects/" (m.project.slug) } { (marker_label(m, fine_origin(model))) } }
                        }
                    }
                }
            }
        }
    };
    page(&title, chrome, body)
}
