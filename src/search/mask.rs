//! Listing attributes as bits of an index [`Mask`], and a [`ListingFilter`] as bit groups.
//!
//! This is the search index's implementation of [`ListingFilter::matches`]: a listing's
//! mask passes a filter's groups exactly when `matches` accepts the listing (the tests
//! hold it to that). Layout of the 128 bits: needs from bit 0 (in taxonomy order, at most
//! 32), formats from 32, delivery from 34, stage from 38, languages from 40 (at most 80),
//! nations from 120, then "has published a reflection" (124) and "peer reviewed" (125).
//! Every site of a listing carries the listing's mask: in-person delivery follows
//! [`Project::delivers`], not the mere presence of a site. Each site also carries the bit
//! of the island it is on ([`MaskLayout::island_bit`]: Great Britain 126, the island of
//! Ireland 127), which no listing filter asks for; the search adds it so that in-person
//! results never cross the sea between Great Britain and Northern Ireland.

use crate::domain::{
    Delivery, Format, GENERAL_NEED, ListingFilter, Nation, Project, Stage, Taxonomy,
};
use crate::index::{Filter, Mask};

const NEED_BASE: u32 = 0;
const NEED_MAX: usize = 32;
const FORMAT_BASE: u32 = 32;
const DELIVERY_BASE: u32 = 34;
const STAGE_BASE: u32 = 38;
const LANG_BASE: u32 = 40;
const LANG_MAX: usize = 79;
/// Set when the project is peer-assured today (after the languages, which need fewer bits).
const ASSURED_BIT: u32 = 119;
const NATION_BASE: u32 = 120;
/// Set when the project has published its reflection on the principles.
const REFLECTED_BIT: u32 = 124;
/// Set when another project has peer reviewed it.
const REVIEWED_BIT: u32 = 125;
/// Set on a site in England, Scotland or Wales.
const GREAT_BRITAIN_BIT: u32 = 126;
/// Set on a site in Northern Ireland.
const IRELAND_BIT: u32 = 127;

/// Maps attributes to bits for one taxonomy.
#[derive(Debug, Clone)]
pub struct MaskLayout {
    needs: Vec<String>,
    languages: Vec<String>,
}

fn bit(base: u32, i: usize) -> Mask {
    1u128 << (base + i as u32)
}

fn position<T: PartialEq>(all: &[T], x: &T) -> usize {
    all.iter().position(|a| a == x).unwrap_or(usize::MAX)
}

/// The union of the bits of `items`.
fn union<T>(items: impl IntoIterator<Item = T>, f: impl Fn(T) -> Mask) -> Mask {
    items.into_iter().map(f).fold(0, |a, b| a | b)
}

impl MaskLayout {
    /// The layout of `taxonomy`. Panics if it has more than 32 needs or 80 languages,
    /// which the bundled taxonomy is far from (a unit test checks it).
    pub fn new(taxonomy: &Taxonomy) -> Self {
        assert!(taxonomy.needs.len() <= NEED_MAX && taxonomy.languages.len() <= LANG_MAX);
        Self {
            needs: taxonomy.needs.iter().map(|n| n.slug.clone()).collect(),
            languages: taxonomy.languages.iter().map(|l| l.code.clone()).collect(),
        }
    }

    fn need_bit(&self, slug: &str) -> Mask {
        self.needs
            .iter()
            .position(|n| n == slug)
            .map_or(0, |i| bit(NEED_BASE, i))
    }

    fn language_bit(&self, code: &str) -> Mask {
        self.languages
            .iter()
            .position(|l| l == code)
            .map_or(0, |i| bit(LANG_BASE, i))
    }

    fn format_bit(f: Format) -> Mask {
        bit(FORMAT_BASE, position(Format::ALL, &f))
    }

    fn delivery_bit(d: Delivery) -> Mask {
        bit(DELIVERY_BASE, position(Delivery::ALL, &d))
    }

    fn stage_bit(s: Stage) -> Mask {
        bit(STAGE_BASE, position(Stage::ALL, &s))
    }

    fn nation_bit(n: Nation) -> Mask {
        bit(NATION_BASE, position(Nation::ALL, &n))
    }

    /// The "peer reviewed" bit, for projects another project has reviewed.
    pub fn assured_bit() -> Mask {
        1u128 << ASSURED_BIT
    }

    pub fn reviewed_bit() -> Mask {
        1u128 << REVIEWED_BIT
    }

    /// The bit of the island a site in `nation` is on: Great Britain (England, Scotland,
    /// Wales) or Ireland (Northern Ireland). Carried by sites only, never by a listing.
    pub fn island_bit(nation: Nation) -> Mask {
        match nation {
            Nation::NorthernIreland => 1u128 << IRELAND_BIT,
            Nation::England | Nation::Scotland | Nation::Wales => 1u128 << GREAT_BRITAIN_BIT,
        }
    }

    /// The attributes of a listing (and of each of its sites).
    pub fn project_mask(&self, p: &Project) -> Mask {
        let mut m = union(&p.needs, |n| self.need_bit(n))
            | union(&p.languages, |l| self.language_bit(l))
            | union(&p.formats, |f| Self::format_bit(*f));
        m |= union(Delivery::ALL.iter().filter(|d| p.delivers(**d)), |d| {
            Self::delivery_bit(*d)
        });
        m |= union(Nation::ALL.iter().filter(|n| p.serves(**n)), |n| {
            Self::nation_bit(*n)
        });
        m |= union(Stage::ALL.iter().filter(|s| p.open_to(**s)), |s| {
            Self::stage_bit(*s)
        });
        if p.has_published_reflection() {
            m |= 1u128 << REFLECTED_BIT;
        }
        m
    }

    /// The needs (slugs, in taxonomy order) whose bits `mask` carries: the needs of the
    /// listing whose [`MaskLayout::project_mask`] it is.
    pub fn needs_of(&self, mask: Mask) -> impl Iterator<Item = &str> + '_ {
        self.needs
            .iter()
            .enumerate()
            .filter(move |(i, _)| mask & bit(NEED_BASE, *i) != 0)
            .map(|(_, n)| n.as_str())
    }

    /// The index filter for `filter`: one group per facet that is not empty.
    pub fn filter(&self, filter: &ListingFilter) -> Filter {
        let groups = [
            // General perinatal support counts for every specific need.
            union(&filter.needs, |n| {
                self.need_bit(n) | self.need_bit(GENERAL_NEED)
            }),
            union(&filter.formats, |f| Self::format_bit(*f)),
            union(&filter.delivery, |d| Self::delivery_bit(*d)),
            union(&filter.nations, |n| Self::nation_bit(*n)),
            union(&filter.languages, |l| self.language_bit(l)),
            filter.stage.map_or(0, Self::stage_bit),
            if filter.reflected {
                1u128 << REFLECTED_BIT
            } else {
                0
            },
            if filter.reviewed {
                Self::reviewed_bit()
            } else {
                0
            },
            if filter.assured {
                Self::assured_bit()
            } else {
                0
            },
        ];
        let asked = [
            !filter.needs.is_empty(),
            !filter.formats.is_empty(),
            !filter.delivery.is_empty(),
            !filter.nations.is_empty(),
            !filter.languages.is_empty(),
            filter.stage.is_some(),
            filter.reflected,
            filter.reviewed,
            filter.assured,
        ];
        Filter {
            groups: groups
                .into_iter()
                .zip(asked)
                .filter(|(_, asked)| *asked)
                .map(|(g, _)| g)
                .collect(),
        }
    }
}

#[cfg(test)]
mod tests;
