//! The map page: an inline SVG of the UK with hexagons or markers, and the same
//! projects as an ordered list, so the map is never the only way to reach anything.

use super::layout::{Chrome, page};
use super::parts::{distance, is_fine};
use crate::domain::Nation;
use crate::domain::Project;
use crate::geocode::PlacePrecision;
use crate::map::labels::{self, LabelKind};
use crate::map::{LEVELS, MapModel, Marker, scene};
use crate::search::SearchQuery;
use maud::{Markup, html};
use std::fmt::Write;
use std::sync::Arc;

mod copy {
    pub const TITLE: &str = "Map of peer support";
    pub const INTRO_SITES: &str = "Each red circle is a place where a project meets; a circle with a white ring holds several places close together. The numbers match the list of places under the map. Choose a circle to see its project.";
    pub const INTRO_PLACE: &str = "The black marker is the place you searched for, and the numbered red circles are the nearest projects, listed under the map. Each hexagon shows how many projects meet in person in that area; choose one to look closer.";
    pub const GROUP: &str = "places close together, listed under the map";
    pub const NEARBY: &str = "Nearest towns:";
    pub const HEALTH_AREA: &str = "NHS area (dashed lines on the map):";
    pub const AROUND: &str = "Peer support around";
    pub const INTRO: &str = "Each hexagon shows how many projects meet in person in that area. Choose a hexagon to look closer. The same projects are listed under the map.";
    pub const SVG_TITLE: &str = "Map of in-person perinatal peer support";
    pub const LIST_AREAS: &str = "Areas on this map";
    pub const LIST_SITES: &str = "Places on this map";
    pub const NONE: &str = "No project that matches your choices meets in person in this area.";
    pub const ONLINE_ONE: &str = "1 online or phone option also matches your choices.";
    pub const ONLINE_MANY: &str = "online or phone options also match your choices.";
    pub const ONLINE_LINK: &str = "See online and phone support";
    pub const ONLINE_TITLE: &str = "Online and by phone";
    pub const ONLINE_FOR: &str = "in";
    pub const PLACE_FORM: &str = "Find a place on the map";
    pub const WHERE: &str = "Postcode, town or city";
    pub const WHERE_HINT: &str = "For example, B15 2TT, Preston or Portadown";
    pub const SHOW_PLACE: &str = "Show on the map";
    pub const MOVES: &str = "Move the map";
    pub const ZOOM_OUT: &str = "Zoom out: a wider view";
    pub const MOVE: &str = "Move";
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

fn projects_phrase(n: usize) -> String {
    if n == 1 {
        "1 project".to_string()
    } else {
        format!("{n} projects")
    }
}

fn boundary_points(model: &MapModel, cell: h3o::CellIndex) -> String {
    let mut out = String::new();
    for ll in cell.boundary().iter() {
        let (x, y) = model.viewport.project(ll.lat(), ll.lng());
        let _ = write!(out, "{:.1},{:.1} ", x, y);
    }
    out.trim_end().to_string()
}

/// A marker in words, without its number. `fine_origin`: the searched place is known to
/// within about a kilometre, so a distance from it may be shown to a tenth of a mile.
fn marker_text(m: &Marker, fine_origin: bool) -> String {
    let site = &m.project.sites[m.site];
    match m.distance_m {
        Some(d) => format!(
            "{} at {}, {}",
            m.project.name,
            site.label,
            distance(d, fine_origin && is_fine(site.precision))
        ),
        None => format!("{} at {}", m.project.name, site.label),
    }
}

/// Whether the map's searched place is known to within about a kilometre.
fn fine_origin(model: &MapModel) -> bool {
    model.origin.as_ref().is_some_and(|p| p.precision.is_fine())
}

fn n1(v: f64) -> String {
    format!("{v:.1}")
}

/// The place names, under the markers and above the hexagons.
fn labels(model: &MapModel) -> Markup {
    html! {
        g.labels aria-hidden="true" {
            @for l in &model.labels {
                @if let Some((x, y)) = l.dot { circle.dot cx=(n1(x)) cy=(n1(y)) r=(n1(labels::DOT_PX * model.viewport.unit_per_px())) {} }
                text class=(if l.kind == LabelKind::Nation { "nation" } else { "town" })
                    x=(n1(l.x)) y=(n1(l.y)) text-anchor=(l.anchor.svg()) font-size=(n1(l.size)) { (l.text) }
            }
        }
    }
}

/// The site markers: one circle per group, numbered as in the list (a group of several,
/// ringed, says how many places it holds and leads to them in the list).
fn markers(model: &MapModel) -> Markup {
    let fine = fine_origin(model);
    let r = scene::marker_r(model);
    html! {
        @for g in &model.groups {
            @if let [only] = g.members.as_slice() {
                @let m = &model.markers[*only];
                a.marker href={ "/projects/" (m.project.slug) } aria-label={ (only + 1) ". " (marker_text(m, fine)) } {
                    circle cx=(n1(g.x)) cy=(n1(g.y)) r=(n1(r)) {}
                    text x=(n1(g.x)) y=(n1(g.y + r * 0.36)) font-size=(n1(r)) aria-hidden="true" { (only + 1) }
                }
            } @else {
                @let names: Vec<String> = g.members.iter().map(|i| format!("{}. {}", i + 1, marker_text(&model.markers[*i], fine))).collect();
                a.marker.group href="#places" aria-label={ (g.members.len()) " " (copy::GROUP) ": " (names.join("; ")) } {
                    circle cx=(n1(g.x)) cy=(n1(g.y)) r=(n1(r)) {}
                    circle.ring cx=(n1(g.x)) cy=(n1(g.y)) r=(n1(r * 0.78)) {}
                    text x=(n1(g.x)) y=(n1(g.y + r * 0.36)) font-size=(n1(r)) aria-hidden="true" { (g.members.len()) }
                }
            }
        }
    }
}

/// The SVG: land, hexagons, place names, then markers in the same order as the list.
fn svg(
    model: &MapModel,
    q: &SearchQuery,
    outlines: &[(Nation, String)],
    health_areas: &[(String, String)],
) -> Markup {
    let h = model.viewport.height;
    let desc = if model.marker_view {
        format!("{} places shown as markers.", model.markers.len())
    } else {
        match model.areas.len() {
            1 => "1 area shown as a hexagon, with its number of projects.".to_string(),
            n => format!("{n} areas shown as hexagons, each with its number of projects."),
        }
    };
    html! {
        svg.map-svg #map-svg xmlns="http://www.w3.org/2000/svg" viewBox={ "0 0 1000 " (format!("{h:.0}")) }
            role="group" aria-labelledby="map-title map-desc" {
            title #map-title { (copy::SVG_TITLE) }
            desc #map-desc { (desc) }
            g.land aria-hidden="true" {
                @for (nation, d) in outlines { path d=(d) data-nation=(nation.slug()) {} }
            }
            @if !health_areas.is_empty() {
                g.health-areas aria-hidden="true" {
                    @for (_, d) in health_areas { path d=(d) {} }
                }
            }
            @if let Some(cell) = model.cell {
                polygon.current aria-hidden="true" points=(boundary_points(model, cell)) {}
            }
            @for area in &model.areas {
                @let (fill, text) = shade(area.count);
                @let (cx, cy, size) = scene::count_at(model, area);
                a.hex href=(cell_link(q, &area.cell.to_string()))
                    aria-label={ (area.name) ": " (projects_phrase(area.count)) } {
                    polygon points=(boundary_points(model, area.cell)) fill=(fill) {}
                    text x=(n1(cx)) y=(n1(cy + size * 0.35)) fill=(text) font-size=(format!("{size:.0}")) aria-hidden="true" { (area.count) }
                }
            }
            (labels(model))
            (markers(model))
            @if let (Some((x, y, _)), Some(place)) = (scene::origin_at(model), model.origin.as_ref()) {
                g.origin role="img" aria-label={ (copy::YOU) " " (place.label) } {
                    path d=(format!("M{x:.1} {y:.1}l-20 -36h40z")) {}
                    text x=(n1(x + 26.0)) y=(n1(y - 4.0)) font-size=(n1(scene::origin_size(model))) { (place.label) }
                }
            }
        }
    }
}

/// The words above the map, for what this view shows.
fn intro(model: &MapModel) -> &'static str {
    if model.marker_view {
        copy::INTRO_SITES
    } else if !model.markers.is_empty() {
        copy::INTRO_PLACE
    } else {
        copy::INTRO
    }
}

/// The nearest towns, with how far they are from the middle of the view.
fn nearby(model: &MapModel) -> String {
    model
        .nearby
        .iter()
        .map(|(name, km)| format!("{name} ({})", distance(km * 1000.0, false)))
        .collect::<Vec<_>>()
        .join(", ")
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

/// What a map page shows: the model, the nations' outlines, the online and phone options
/// for the visitor's nation, and why a place typed in could not be used.
pub struct MapView<'a> {
    pub model: &'a MapModel,
    pub outlines: &'a [(Nation, String)],
    /// At the closer levels, the NHS health areas' outlines in view, and the one the
    /// view's middle is in.
    pub health_areas: &'a [(String, String)],
    pub health_area: Option<&'a str>,
    pub online: &'a [Arc<Project>],
    pub problem: Option<&'a str>,
}

/// The place box: the same geocoder as the search, keeping the other choices.
fn place_box(q: &SearchQuery, problem: Option<&str>) -> Markup {
    html! {
        form.map-place method="get" action="/map" role="search" aria-label=(copy::PLACE_FORM) {
            div.field-group.field-error[problem.is_some()] {
                label.block for="where" { (copy::WHERE) }
                p.muted #where-hint { (copy::WHERE_HINT) }
                @if let Some(message) = problem {
                    p.error-message #where-error { span.visually-hidden { "Error: " } (message) }
                }
                input #where type="text" name="where" value=[q.place.as_deref()] autocomplete="postal-code"
                    aria-describedby=(if problem.is_some() { "where-hint where-error" } else { "where-hint" })
                    aria-invalid=[problem.map(|_| "true")] spellcheck="false";
            }
            @for (name, value) in q.filter.pairs().into_iter().filter(|(k, _)| *k != "nation") {
                input type="hidden" name=(name) value=(value);
            }
            button.button type="submit" { (copy::SHOW_PLACE) }
        }
    }
}

/// The online and phone options, which have no place on the map.
fn online_list(q: &SearchQuery, view: &MapView<'_>) -> Markup {
    let model = view.model;
    let online_link = match q.place.as_deref().filter(|_| view.problem.is_none()) {
        Some(p) => q.link("/search", p),
        None => {
            let mut link = q.link("/projects", "");
            link.push_str("&delivery=online&delivery=phone");
            link.replace("where=&", "")
        }
    };
    let nation = model.origin.as_ref().map(|p| p.nation);
    html! {
        @if !view.online.is_empty() {
            section.map-online aria-labelledby="online-title" {
                h2 #online-title {
                    (copy::ONLINE_TITLE)
                    @if let Some(n) = nation { " " (copy::ONLINE_FOR) " " (n.label()) }
                }
                p {
                    @match view.online.len() {
                        1 => { (copy::ONLINE_ONE) },
                        n => { (n) " " (copy::ONLINE_MANY) },
                    }
                }
                ul {
                    @for p in view.online.iter().take(ONLINE_LISTED) {
                        li { a href={ "/projects/" (p.slug) } { (p.name) } }
                    }
                }
                p { a href=(online_link) { (copy::ONLINE_LINK) } }
            }
        }
    }
}

/// The links that move the map: a wider view, and the views beside this one. They are
/// plain links, and the pan-and-zoom script follows them for its keys and gestures.
fn moves(q: &SearchQuery, model: &MapModel) -> Markup {
    let uk = q
        .link("/map", "")
        .replace("where=&", "")
        .replace("?where=", "?");
    let uk = uk.strip_suffix('?').unwrap_or(&uk).to_string();
    let out = match model.cell {
        Some(c) => {
            let level = LEVELS
                .iter()
                .position(|r| *r == c.resolution())
                .unwrap_or(0);
            match level.checked_sub(1).and_then(|i| c.parent(LEVELS[i])) {
                Some(parent) => Some(cell_link(q, &parent.to_string())),
                None => Some(uk),
            }
        }
        None if model.origin.is_some() => Some(uk),
        None => None,
    };
    html! {
        @if out.is_some() || !model.beside.is_empty() {
            nav.map-moves aria-label=(copy::MOVES) {
                ul {
                    @if let Some(out) = out { li { a href=(out) data-move="out" { (copy::ZOOM_OUT) } } }
                    @for (way, cell) in &model.beside {
                        li { a href=(cell_link(q, &cell.to_string())) data-move=(way.slug()) { (copy::MOVE) " " (way.slug()) } }
                    }
                }
            }
        }
    }
}

/// Online and phone options listed by name beside the map, at most.
const ONLINE_LISTED: usize = 12;

pub fn map(chrome: Chrome<'_>, q: &SearchQuery, view: &MapView<'_>) -> Markup {
    let (model, outlines) = (view.model, view.outlines);
    let title = match (&model.origin, model.crumbs.last()) {
        (_, Some(c)) if model.cell.is_some() => format!("{} {}", copy::AROUND, c.name),
        (Some(place), _) if place.precision == PlacePrecision::Nation => {
            format!("Peer support in {}", place.label)
        }
        (Some(place), _) => format!("Peer support near {}", place.label),
        _ => copy::TITLE.to_string(),
    };
    let body = html! {
        nav.breadcrumbs aria-label=(copy::BREADCRUMBS) {
            ol {
                @for (i, crumb) in model.crumbs.iter().enumerate() {
                    li {
                        @if i + 1 == model.crumbs.len() && (model.cell.is_some() || model.origin.is_none()) {
                            span aria-current="page" { (crumb.name) }
                        } @else if crumb.plain {
                            span { (crumb.name) }
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
        (super::forms::error_summary(view.problem))
        h1 { (title) }
        (super::urgent::emergency_advice(&q.filter.needs))
        p { (intro(model)) }
        (place_box(q, view.problem))
        div.map-layout {
            figure.map-figure {
                (svg(model, q, outlines, view.health_areas))
                (moves(q, model))
                figcaption {
                    @if !model.nearby.is_empty() {
                        p.nearby { (copy::NEARBY) " " (nearby(model)) "." }
                    }
                    @if let Some(area) = view.health_area {
                        p.health-area { (copy::HEALTH_AREA) " " (area) "." }
                    }
                }
            }
            div.map-list {
                (online_list(q, view))
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
                    ol.sites #places {
                        @for m in &model.markers {
                            li { a href={ "/projects/" (m.project.slug) } { (marker_text(m, fine_origin(model))) } }
                        }
                    }
                }
            }
        }
    };
    let body = html! {
        (body)
        script src="/assets/map.js" defer {}
    };
    let title = match view.problem {
        Some(_) => format!("Error: {title}"),
        None => title,
    };
    page(&title, chrome, body)
}
