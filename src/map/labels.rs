//! Place names on the map: the nations at the coarse views and the largest towns in every
//! view, placed on the server so that no two labels, and no label and a count or marker,
//! ever overlap.
//!
//! Sizes are given in CSS pixels at the smallest the map is drawn, and turned into SVG
//! units by [`Viewport::unit_per_px`].

use super::towns::{Town, Towns};
use super::viewport::{Viewport, WIDTH};
use crate::domain::Nation;

/// Town label text size, CSS px.
pub const TOWN_PX: f64 = 13.0;
/// Nation label text size, CSS px.
pub const NATION_PX: f64 = 15.0;
/// Radius of a town's dot, CSS px.
pub const DOT_PX: f64 = 2.0;
/// How far from its point a town under a marker is named, CSS px (past a marker).
const COVERED_GAP_PX: f64 = 16.0;
/// The most town labels a view carries.
const TOWNS_AT_MOST: usize = 18;
/// How many of the largest towns in view are tried.
const TRIED_AT_MOST: usize = 80;

/// A box in SVG units: left, top, right, bottom.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Rect {
    pub x0: f64,
    pub y0: f64,
    pub x1: f64,
    pub y1: f64,
}

impl Rect {
    /// The square around a circle.
    pub fn around(x: f64, y: f64, r: f64) -> Rect {
        Rect {
            x0: x - r,
            y0: y - r,
            x1: x + r,
            y1: y + r,
        }
    }

    fn overlaps(&self, o: &Rect) -> bool {
        self.x0 < o.x1 && o.x0 < self.x1 && self.y0 < o.y1 && o.y0 < self.y1
    }

    fn within(&self, width: f64, height: f64) -> bool {
        self.x0 >= 0.0 && self.y0 >= 0.0 && self.x1 <= width && self.y1 <= height
    }
}

/// How a label's text sits on its point.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Anchor {
    Start,
    Middle,
    End,
}

impl Anchor {
    pub fn svg(self) -> &'static str {
        match self {
            Anchor::Start => "start",
            Anchor::Middle => "middle",
            Anchor::End => "end",
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LabelKind {
    Nation,
    Town,
}

/// One placed label: its text's anchor point (baseline), and for a town its dot.
#[derive(Debug, Clone)]
pub struct Label {
    pub text: String,
    pub kind: LabelKind,
    pub x: f64,
    pub y: f64,
    pub anchor: Anchor,
    pub size: f64,
    pub dot: Option<(f64, f64)>,
}

/// The names labels are written in: each nation's, and whether towns in Wales take
/// their Welsh names (a map drawn in Welsh).
#[derive(Debug, Clone)]
pub struct Names {
    pub nations: Vec<(Nation, String)>,
    pub welsh: bool,
}

impl Default for Names {
    /// English: the nations and towns as the bundled data names them.
    fn default() -> Self {
        Names {
            nations: Nation::ALL
                .iter()
                .map(|n| (*n, n.label().to_string()))
                .collect(),
            welsh: false,
        }
    }
}

impl Names {
    fn nation(&self, nation: Nation) -> &str {
        self.nations
            .iter()
            .find(|(n, _)| *n == nation)
            .map_or(nation.label(), |(_, name)| name.as_str())
    }

    fn town<'a>(&self, town: &'a Town) -> &'a str {
        match town.name_cy {
            Some(cy) if self.welsh => cy,
            _ => &town.name,
        }
    }
}

/// Where each nation's name may go, (latitude, longitude), best first: inland, clear of
/// the others. The first that touches no count or marker is used.
const NATION_POINTS: [(Nation, [(f64, f64); 6]); 4] = [
    (
        Nation::England,
        [
            (52.9, -1.2),
            (53.9, -1.6),
            (52.1, -0.6),
            (51.3, -1.5),
            (52.2, -2.4),
            (53.2, -0.4),
        ],
    ),
    (
        Nation::Scotland,
        [
            (57.3, -4.3),
            (56.7, -3.9),
            (57.8, -4.6),
            (55.5, -3.6),
            (58.2, -4.9),
            (57.0, -3.2),
        ],
    ),
    (
        Nation::Wales,
        [
            (52.35, -3.75),
            (52.7, -3.6),
            (51.9, -3.9),
            (53.0, -3.6),
            (52.1, -3.3),
            (52.6, -4.0),
        ],
    ),
    (
        Nation::NorthernIreland,
        [
            (54.85, -6.75),
            (54.5, -6.9),
            (54.3, -6.5),
            (55.0, -7.0),
            (54.6, -6.3),
            (54.4, -7.3),
        ],
    ),
];

/// The box a text of `size` takes with its baseline at `y`, anchored at `x`. Widths are
/// reckoned generously (0.62 of the size per character, bold system fonts being
/// narrower) so that the box holds the drawn text.
fn text_box(text: &str, x: f64, y: f64, size: f64, anchor: Anchor) -> Rect {
    let width = text.chars().count() as f64 * size * 0.62 + size * 0.3;
    let x0 = match anchor {
        Anchor::Start => x - size * 0.15,
        Anchor::Middle => x - width / 2.0,
        Anchor::End => x - width + size * 0.15,
    };
    Rect {
        x0,
        y0: y - size * 0.95,
        x1: x0 + width,
        y1: y + size * 0.3,
    }
}

/// Labels for `view`, written in `names`: the nations when `nations`, then the largest
/// towns in view that fit without touching any placed label or `obstacles` (counts,
/// markers).
pub fn place(
    view: &Viewport,
    towns: &Towns,
    names: &Names,
    nations: bool,
    obstacles: &[Rect],
) -> Vec<Label> {
    let (width, height) = (WIDTH, view.height);
    let u = view.unit_per_px();
    let (nation_size, town_size, dot_r) = (NATION_PX * u, TOWN_PX * u, DOT_PX * u);
    let mut taken: Vec<Rect> = obstacles.to_vec();
    let mut out = Vec::new();
    if nations {
        for (nation, points) in NATION_POINTS {
            let text = names.nation(nation);
            let fit = points.into_iter().find_map(|(lat, lon)| {
                if !view.bounds.contains(lat, lon) {
                    return None;
                }
                let (x, y) = view.project(lat, lon);
                let b = text_box(text, x, y, nation_size, Anchor::Middle);
                (b.within(width, height) && !taken.iter().any(|t| t.overlaps(&b)))
                    .then_some((x, y, b))
            });
            if let Some((x, y, b)) = fit {
                taken.push(b);
                out.push(Label {
                    text: text.to_string(),
                    kind: LabelKind::Nation,
                    x,
                    y,
                    anchor: Anchor::Middle,
                    size: nation_size,
                    dot: None,
                });
            }
        }
    }
    let mut placed = 0;
    let in_view = towns
        .all()
        .iter()
        .filter(|t| view.bounds.contains(t.lat, t.lon))
        .take(TRIED_AT_MOST);
    for town in in_view {
        if placed >= TOWNS_AT_MOST {
            break;
        }
        let (x, y) = view.project(town.lat, town.lon);
        let dot = Rect::around(x, y, dot_r);
        // A town under a marker or count is named beside it, without a dot of its own.
        let covered = taken.iter().any(|t| t.overlaps(&dot));
        let s = town_size;
        let gap = if covered {
            COVERED_GAP_PX * u
        } else {
            dot_r + s * 0.25
        };
        let tries = [
            (x + gap, y + s * 0.33, Anchor::Start),
            (x - gap, y + s * 0.33, Anchor::End),
            (x, y - gap, Anchor::Middle),
            (x, y + gap + s * 0.9, Anchor::Middle),
            (x + gap * 0.7, y - gap * 0.7, Anchor::Start),
            (x + gap * 0.7, y + gap * 0.7 + s * 0.7, Anchor::Start),
            (x - gap * 0.7, y - gap * 0.7, Anchor::End),
            (x - gap * 0.7, y + gap * 0.7 + s * 0.7, Anchor::End),
        ];
        let fit = tries.into_iter().find_map(|(tx, ty, anchor)| {
            let b = text_box(names.town(town), tx, ty, s, anchor);
            (b.within(width, height) && !taken.iter().any(|t| t.overlaps(&b)))
                .then_some((tx, ty, anchor, b))
        });
        if let Some((tx, ty, anchor, b)) = fit {
            taken.push(b);
            if !covered {
                taken.push(dot);
            }
            placed += 1;
            out.push(Label {
                text: names.town(town).to_string(),
                kind: LabelKind::Town,
                x: tx,
                y: ty,
                anchor,
                size: s,
                dot: (!covered).then_some((x, y)),
            });
        }
    }
    if placed == 0 {
        out.extend(pointer(view, towns, names, &taken));
    }
    out
}

/// For a view with no town in it: the nearest town that fits, named at the edge of the
/// view on its side, with an arrow pointing to it ("← Preston").
fn pointer(view: &Viewport, towns: &Towns, names: &Names, taken: &[Rect]) -> Option<Label> {
    let b = view.bounds;
    let (lat, lon) = ((b.south + b.north) / 2.0, (b.west + b.east) / 2.0);
    let (mx, my) = (WIDTH / 2.0, view.height / 2.0);
    let s = TOWN_PX * view.unit_per_px();
    towns.nearest_k(lat, lon, 4).into_iter().find_map(|town| {
        let (x, y) = view.project(town.lat, town.lon);
        let (dx, dy) = (x - mx, y - my);
        // The side it is on, scaled to the view's shape.
        let (text, tx, ty, anchor) = if dx.abs() / WIDTH >= dy.abs() / view.height {
            if dx > 0.0 {
                (
                    format!("{} →", names.town(town)),
                    WIDTH - 12.0,
                    my,
                    Anchor::End,
                )
            } else {
                (format!("← {}", names.town(town)), 12.0, my, Anchor::Start)
            }
        } else if dy > 0.0 {
            (
                format!("↓ {}", names.town(town)),
                mx,
                view.height - 12.0,
                Anchor::Middle,
            )
        } else {
            (
                format!("↑ {}", names.town(town)),
                mx,
                s + 12.0,
                Anchor::Middle,
            )
        };
        let r = text_box(&text, tx, ty, s, anchor);
        (r.within(WIDTH, view.height) && !taken.iter().any(|t| t.overlaps(&r))).then_some(Label {
            text,
            kind: LabelKind::Town,
            x: tx,
            y: ty,
            anchor,
            size: s,
            dot: None,
        })
    })
}

/// The box a placed label's text takes.
pub fn label_box(label: &Label) -> Rect {
    text_box(&label.text, label.x, label.y, label.size, label.anchor)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::geocode::Geocoder;
    use crate::map::viewport::UK;

    #[test]
    fn the_uk_view_names_nations_and_big_towns_without_overlap() {
        let towns = Towns::from_geocoder(&Geocoder::bundled().unwrap());
        let view = Viewport::new(UK);
        let labels = place(&view, &towns, &Names::default(), true, &[]);
        let names: Vec<&str> = labels.iter().map(|l| l.text.as_str()).collect();
        assert!(
            names.contains(&"London") && names.contains(&"Scotland"),
            "{names:?}"
        );
        assert!(names.contains(&"Birmingham"), "{names:?}");
        for (i, a) in labels.iter().enumerate() {
            for b in &labels[i + 1..] {
                assert!(
                    !label_box(a).overlaps(&label_box(b)),
                    "{} overlaps {}",
                    a.text,
                    b.text
                );
            }
        }
    }
}
