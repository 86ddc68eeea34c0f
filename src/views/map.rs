//! The map page: an inline SVG of the UK with hexagons or markers, and the same
//! projects as an ordered list, so the map is never the only way to reach anything.

use super::layout::nation_name;
use super::layout::{Chrome, page};
use super::parts::{distance_in, is_fine, message_with, own_name};
use crate::domain::Nation;
use crate::domain::Project;
use crate::geocode::PlacePrecision;
use crate::i18n::{Arg, Lang};
use crate::map::Crumb;
use crate::map::labels::{self, LabelKind};
use crate::map::{LEVELS, MapModel, Marker, scene};
use crate::search::SearchQuery;
use maud::{Markup, html};
use std::fmt::Write;
use std::sync::Arc;

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

fn projects_phrase(lang: Lang, n: usize) -> String {
    lang.ta("map-projects", &[("n", Arg::from(n))])
}

/// The sides of a town an area can be on, as [`crate::map`] names them ("London
/// (south-east)"), and the ways the map moves.
const SIDES: [&str; 8] = [
    "north-east",
    "north-west",
    "south-east",
    "south-west",
    "north",
    "east",
    "south",
    "west",
];

/// An area's name in `lang`: the town's own name, and the side of it in `lang`.
pub fn area_name(lang: Lang, name: &str) -> String {
    if lang == Lang::En {
        return name.to_string();
    }
    if name == "this area" {
        return lang.t("map-this-area");
    }
    for side in SIDES {
        if let Some(town) = name.strip_suffix(&format!(" ({side})")) {
            return lang.ta(
                "map-side-of",
                &[
                    ("town", Arg::from(town.to_string())),
                    ("side", Arg::from(lang.t(&format!("map-side-{side}")))),
                ],
            );
        }
    }
    name.to_string()
}

/// A breadcrumb's name in `lang`: the UK, a nation, an English region or an area.
fn crumb_name(lang: Lang, crumb: &Crumb) -> String {
    match (crumb.cell, crumb.nation) {
        (None, Some(n)) => nation_name(lang, n),
        (None, None) if crumb.plain => {
            let slug = crumb.name.to_lowercase().replace(' ', "-");
            super::search_form::label_in(lang, "region", &slug, &crumb.name)
        }
        (None, None) => lang.t("map-uk"),
        (Some(_), _) => area_name(lang, &crumb.name),
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
fn marker_text(lang: Lang, m: &Marker, fine_origin: bool) -> String {
    let site = &m.project.sites[m.site];
    let args = |distance: String| {
        [
            ("name", Arg::from(m.project.name_in(lang).0.to_string())),
            ("place", Arg::from(site.label.clone())),
            ("distance", Arg::from(distance)),
        ]
    };
    match m.distance_m {
        Some(d) => lang.ta(
            "map-marker-far",
            &args(distance_in(lang, d, fine_origin && is_fine(site.precision))),
        ),
        None => lang.ta("map-marker", &args(String::new())),
    }
}

/// [`marker_text`] as markup, the listing's name marked with its own language.
fn marker_words(lang: Lang, m: &Marker, fine_origin: bool) -> Markup {
    let site = &m.project.sites[m.site];
    let name = own_name(lang, &m.project);
    let place = ("place", Arg::from(site.label.clone()));
    match m.distance_m {
        Some(d) => {
            let distance = distance_in(lang, d, fine_origin && is_fine(site.precision));
            message_with(
                lang,
                "map-marker-far",
                "name",
                name,
                &[place, ("distance", Arg::from(distance))],
            )
        }
        None => message_with(lang, "map-marker", "name", name, &[place]),
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
/// The names the drawing's labels are written in on a page in `lang`: the nations as
/// the catalogue names them, and in Welsh the towns of Wales by their Welsh names.
pub fn label_names(lang: Lang) -> labels::Names {
    let nations = crate::domain::Nation::ALL
        .iter()
        .map(|n| (*n, super::layout::nation_name(lang, *n)))
        .collect();
    labels::Names {
        nations,
        welsh: lang == Lang::Cy,
    }
}

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
fn markers(lang: Lang, model: &MapModel) -> Markup {
    let fine = fine_origin(model);
    let r = scene::marker_r(model);
    html! {
        @for g in &model.groups {
            @if let [only] = g.members.as_slice() {
                @let m = &model.markers[*only];
                a.marker href=(lang.path(&format!("/projects/{}", m.project.slug))) aria-label={ (only + 1) ". " (marker_text(lang, m, fine)) } {
                    circle cx=(n1(g.x)) cy=(n1(g.y)) r=(n1(r)) {}
                    text x=(n1(g.x)) y=(n1(g.y + r * 0.36)) font-size=(n1(r)) aria-hidden="true" { (only + 1) }
                }
            } @else {
                @let names: Vec<String> = g.members.iter().map(|i| format!("{}. {}", i + 1, marker_text(lang, &model.markers[*i], fine))).collect();
                a.marker.group href="#places" aria-label={ (lang.ta("map-group", &[("n", Arg::from(g.members.len()))])) ": " (names.join("; ")) } {
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
    lang: Lang,
    model: &MapModel,
    q: &SearchQuery,
    outlines: &[(Nation, String)],
    health_areas: &[(String, String)],
) -> Markup {
    let h = model.viewport.height;
    let desc = if model.marker_view {
        lang.ta("map-svg-markers", &[("n", Arg::from(model.markers.len()))])
    } else {
        lang.ta("map-svg-areas", &[("n", Arg::from(model.areas.len()))])
    };
    html! {
        svg.map-svg #map-svg xmlns="http://www.w3.org/2000/svg" viewBox={ "0 0 1000 " (format!("{h:.0}")) }
            role="group" aria-labelledby="map-title map-desc" {
            title #map-title { (lang.t("map-svg-title")) }
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
                a.hex href=(cell_link(lang, q, &area.cell.to_string()))
                    aria-label={ (area_name(lang, &area.name)) ": " (projects_phrase(lang, area.count)) } {
                    polygon points=(boundary_points(model, area.cell)) fill=(fill) {}
                    text x=(n1(cx)) y=(n1(cy + size * 0.35)) fill=(text) font-size=(format!("{size:.0}")) aria-hidden="true" { (area.count) }
                }
            }
            (labels(model))
            (markers(lang, model))
            @if let (Some((x, y, _)), Some(place)) = (scene::origin_at(model), model.origin.as_ref()) {
                g.origin role="img" aria-label=(lang.ta("map-you", &[("place", Arg::from(place.label.clone()))])) {
                    path d=(format!("M{x:.1} {y:.1}l-20 -36h40z")) {}
                    text x=(n1(x + 26.0)) y=(n1(y - 4.0)) font-size=(n1(scene::origin_size(model))) { (place.label) }
                }
            }
        }
    }
}

/// The words above the map, for what this view shows.
fn intro(lang: Lang, model: &MapModel) -> String {
    if model.marker_view {
        lang.t("map-intro-sites")
    } else if !model.markers.is_empty() {
        lang.t("map-intro-place")
    } else {
        lang.t("map-intro")
    }
}

/// The nearest towns, with how far they are from the middle of the view.
fn nearby(lang: Lang, model: &MapModel) -> String {
    model
        .nearby
        .iter()
        .map(|(name, km)| format!("{name} ({})", distance_in(lang, km * 1000.0, false)))
        .collect::<Vec<_>>()
        .join(", ")
}

/// The directory with the same filters.
fn directory_link(lang: Lang, q: &SearchQuery) -> String {
    lang.path(
        &q.link("/projects", "")
            .replace("where=&", "")
            .replace("?where=", "?"),
    )
}

/// A link to the map of `cell` with the same filters.
fn cell_link(lang: Lang, q: &SearchQuery, cell: &str) -> String {
    let mut link = q.link("/map", q.place.as_deref().unwrap_or(""));
    link.push_str("&cell=");
    link.push_str(cell);
    lang.path(&link.replace("where=&", ""))
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
fn place_box(lang: Lang, q: &SearchQuery, problem: Option<&str>) -> Markup {
    let en = (lang != Lang::En).then_some("en");
    html! {
        form.map-place method="get" action=(lang.path("/map")) role="search" aria-label=(lang.t("map-place-form")) {
            div.field-group.field-error[problem.is_some()] {
                label.block for="where" { (lang.t("form-where")) }
                p.muted #where-hint { (lang.t("form-where-hint")) }
                @if let Some(message) = problem {
                    p.error-message #where-error { span.visually-hidden { (lang.t("form-error-prefix")) " " } span lang=[en] { (message) } }
                }
                input #where type="text" name="where" value=[q.place.as_deref()] autocomplete="postal-code"
                    aria-describedby=(if problem.is_some() { "where-hint where-error" } else { "where-hint" })
                    aria-invalid=[problem.map(|_| "true")] spellcheck="false";
            }
            @for (name, value) in q.filter.pairs().into_iter().filter(|(k, _)| *k != "nation") {
                input type="hidden" name=(name) value=(value);
            }
            button.button type="submit" { (lang.t("map-show-place")) }
        }
    }
}

/// The online and phone options, which have no place on the map.
fn online_list(lang: Lang, q: &SearchQuery, view: &MapView<'_>) -> Markup {
    let model = view.model;
    let online_link = match q.place.as_deref().filter(|_| view.problem.is_none()) {
        Some(p) => lang.path(&q.link("/search", p)),
        None => {
            let mut link = q.link("/projects", "");
            link.push_str("&delivery=online&delivery=phone");
            lang.path(&link.replace("where=&", ""))
        }
    };
    let en = (lang != Lang::En).then_some("en");
    let nation = model.origin.as_ref().map(|p| p.nation);
    html! {
        @if !view.online.is_empty() {
            section.map-online aria-labelledby="online-title" {
                h2 #online-title {
                    @match nation {
                        Some(n) => { (lang.ta("map-online-in", &[("nation", Arg::from(nation_name(lang, n)))])) },
                        None => { (lang.t("map-online-title")) },
                    }
                }
                p { (lang.ta("map-online-count", &[("n", Arg::from(view.online.len()))])) }
                ul {
                    @for p in view.online.iter().take(ONLINE_LISTED) {
                        li { a href=(lang.path(&format!("/projects/{}", p.slug))) lang=[en] { (p.name) } }
                    }
                }
                p { a href=(online_link) { (lang.t("map-online-link")) } }
            }
        }
    }
}

/// The links that move the map: a wider view, and the views beside this one. They are
/// plain links, and the pan-and-zoom script follows them for its keys and gestures.
fn moves(lang: Lang, q: &SearchQuery, model: &MapModel) -> Markup {
    let uk = q
        .link("/map", "")
        .replace("where=&", "")
        .replace("?where=", "?");
    let uk = lang.path(uk.strip_suffix('?').unwrap_or(&uk));
    let out = match model.cell {
        Some(c) => {
            let level = LEVELS
                .iter()
                .position(|r| *r == c.resolution())
                .unwrap_or(0);
            match level.checked_sub(1).and_then(|i| c.parent(LEVELS[i])) {
                Some(parent) => Some(cell_link(lang, q, &parent.to_string())),
                None => Some(uk),
            }
        }
        None if model.origin.is_some() => Some(uk),
        None => None,
    };
    html! {
        @if out.is_some() || !model.beside.is_empty() {
            nav.map-moves aria-label=(lang.t("map-moves")) {
                ul {
                    @if let Some(out) = out { li { a href=(out) data-move="out" { (lang.t("map-zoom-out")) } } }
                    @for (way, cell) in &model.beside {
                        li { a href=(cell_link(lang, q, &cell.to_string())) data-move=(way.slug()) { (lang.t(&format!("map-move-{}", way.slug()))) } }
                    }
                }
            }
        }
    }
}

/// Online and phone options listed by name beside the map, at most.
const ONLINE_LISTED: usize = 12;

/// Where the view is: the UK, its nation and region, then each level's area.
fn breadcrumbs(lang: Lang, q: &SearchQuery, model: &MapModel) -> Markup {
    html! {
        nav.breadcrumbs aria-label=(lang.t("map-breadcrumbs")) {
            ol {
                @for (i, crumb) in model.crumbs.iter().enumerate() {
                    @let name = crumb_name(lang, crumb);
                    li {
                        @if i + 1 == model.crumbs.len() && (model.cell.is_some() || model.origin.is_none()) {
                            span aria-current="page" { (name) }
                        } @else if crumb.plain {
                            span { (name) }
                        } @else {
                            @let link = match (crumb.cell, crumb.nation) {
                                (Some(c), _) => cell_link(lang, q, &c.to_string()),
                                (None, Some(n)) => lang.path(&q.link("/map", n.label())),
                                (None, None) => lang.path(&q.link("/map", "").replace("where=&", "").replace("?where=", "?")),
                            };
                            a href=(link) { (name) }
                        }
                    }
                }
            }
        }
    }
}

/// What went wrong with the place typed, at the top of the page.
fn error_summary(lang: Lang, message: Option<&str>) -> Markup {
    let en = super::place_problem::english(lang);
    html! {
        @if let Some(m) = message {
            div.notice role="alert" aria-labelledby="error-title" {
                h2 #error-title { (lang.t("search-problem-title")) }
                p lang=[en] { (m) }
            }
        }
    }
}

/// The areas and places on the map, as lists.
fn lists(lang: Lang, q: &SearchQuery, view: &MapView<'_>) -> Markup {
    let model = view.model;
    let en = (lang != Lang::En).then_some("en");
    let project = |slug: &str| lang.path(&format!("/projects/{slug}"));
    html! {
        (online_list(lang, q, view))
        @if model.areas.is_empty() && model.markers.is_empty() {
            p { (lang.t("map-none")) }
        }
        @if !model.areas.is_empty() {
            h2 { (lang.t("map-list-areas")) }
            @if model.areas.iter().all(|a| a.projects.is_empty()) {
                p { (lang.t("map-too-many")) " " a href=(directory_link(lang, q)) { (lang.t("map-directory-link")) } "." }
            }
            ol.areas {
                @for area in &model.areas {
                    li {
                        a href=(cell_link(lang, q, &area.cell.to_string())) { (area_name(lang, &area.name)) }
                        " — " (projects_phrase(lang, area.count))
                        @if !area.projects.is_empty() {
                            ul {
                                @for p in &area.projects { li { a href=(project(p.slug.as_str())) lang=[en] { (p.name) } } }
                            }
                        }
                    }
                }
            }
        }
        @if !model.markers.is_empty() {
            h2 { (lang.t("map-list-sites")) }
            @if model.sites_total > model.markers.len() {
                p { (lang.ta("map-more-sites", &[("total", Arg::from(model.sites_total)), ("shown", Arg::from(model.markers.len()))])) }
            }
            ol.sites #places {
                @for m in &model.markers {
                    li { a href=(project(m.project.slug.as_str())) { (marker_words(lang, m, fine_origin(model))) } }
                }
            }
        }
    }
}

pub fn map(chrome: Chrome<'_>, q: &SearchQuery, view: &MapView<'_>) -> Markup {
    let lang = chrome.lang;
    let (model, outlines) = (view.model, view.outlines);
    let place = |id: &str, name: String| lang.ta(id, &[("place", Arg::from(name))]);
    let title = match (&model.origin, model.crumbs.last()) {
        (_, Some(c)) if model.cell.is_some() => place("map-around", crumb_name(lang, c)),
        (Some(p), _) if p.precision == PlacePrecision::Nation => {
            place("map-in", nation_name(lang, p.nation))
        }
        (Some(p), _) => place("search-near-title", p.label.clone()),
        _ => lang.t("map-title"),
    };
    let en = (lang != Lang::En).then_some("en");
    let body = html! {
        (breadcrumbs(lang, q, model))
        (error_summary(lang, view.problem))
        h1 { (title) }
        (super::urgent::emergency_advice_in(lang, &q.filter.needs))
        p { (intro(lang, model)) }
        (place_box(lang, q, view.problem))
        div.map-layout {
            figure.map-figure {
                (svg(lang, model, q, outlines, view.health_areas))
                (moves(lang, q, model))
                figcaption {
                    @if !model.nearby.is_empty() {
                        p.nearby { (lang.t("map-nearby")) " " (nearby(lang, model)) "." }
                    }
                    @if let Some(area) = view.health_area {
                        p.health-area { (lang.t("map-health-area")) " " span lang=[en] { (area) } "." }
                    }
                }
            }
            div.map-list { (lists(lang, q, view)) }
        }
    };
    let body = html! {
        (body)
        script src="/assets/map.js" defer {}
    };
    let title = match view.problem {
        Some(_) => lang.ta("search-error-title", &[("title", Arg::from(title))]),
        None => title,
    };
    page(&title, chrome, body)
}
