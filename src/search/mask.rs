//! Project attributes as bits of an index [`Mask`], and search filters as bit groups.
//!
//! Layout of the 128 bits: needs from bit 0 (in taxonomy order, at most 32), formats
//! from 32, delivery from 34, stage from 38, languages from 40 (at most 84), then
//! "has published a reflection" (124) and "peer reviewed" (125). A site's
//! mask is its project's attributes, plus in-person delivery: meeting at a site is
//! being in person, whether or not the listing says so in words.

use crate::domain::{AfterBirth, Delivery, Format, Project, Stage, Taxonomy};
use crate::index::{Filter, Mask};

const NEED_BASE: u32 = 0;
const NEED_MAX: usize = 32;
const FORMAT_BASE: u32 = 32;
const DELIVERY_BASE: u32 = 34;
const STAGE_BASE: u32 = 38;
const LANG_BASE: u32 = 40;
const LANG_MAX: usize = 84;
/// Set when the project has published its reflection on the principles.
const REFLECTED_BIT: u32 = 124;
/// Set when another project has peer reviewed it.
const REVIEWED_BIT: u32 = 125;

/// Maps attributes to bits for one taxonomy.
#[derive(Debug, Clone)]
pub struct MaskLayout {
    needs: Vec<String>,
    languages: Vec<String>,
}

/// What a search asks for, already checked against the vocabularies.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Wanted {
    pub needs: Vec<String>,
    pub formats: Vec<Format>,
    pub delivery: Vec<Delivery>,
    pub languages: Vec<String>,
    pub stage: Option<Stage>,
    /// Only projects that have published their reflection on the principles.
    pub reflected: bool,
    /// Only projects another project has peer reviewed.
    pub reviewed: bool,
}

fn bit(base: u32, i: usize) -> Mask {
    1u128 << (base + i as u32)
}

fn position<T: PartialEq>(all: &[T], x: &T) -> usize {
    all.iter().position(|a| a == x).unwrap_or(usize::MAX)
}

impl MaskLayout {
    pub fn new(taxonomy: &Taxonomy) -> Self {
        Self {
            needs: taxonomy
                .needs
                .iter()
                .take(NEED_MAX)
                .map(|n| n.slug.clone())
                .collect(),
            languages: taxonomy
                .languages
                .iter()
                .take(LANG_MAX)
                .map(|l| l.code.clone())
                .collect(),
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

    /// The attributes of a project, as its online offer would carry them.
    pub fn project_mask(&self, p: &Project) -> Mask {
        let mut m = 0;
        m |= p
            .needs
            .iter()
            .map(|n| self.need_bit(n))
            .fold(0, |a, b| a | b);
        m |= p
            .languages
            .iter()
            .map(|l| self.language_bit(l))
            .fold(0, |a, b| a | b);
        m |= p
            .formats
            .iter()
            .map(|f| Self::format_bit(*f))
            .fold(0, |a, b| a | b);
        m |= p
            .delivery
            .iter()
            .map(|d| Self::delivery_bit(*d))
            .fold(0, |a, b| a | b);
        // A stage the listing does not rule out is open to the searcher.
        if p.eligibility.pregnancy != Some(false) {
            m |= Self::stage_bit(Stage::Pregnant);
        }
        if p.eligibility.after_birth != Some(AfterBirth::None) {
            m |= Self::stage_bit(Stage::AfterBirth);
        }
        if p.reflections.iter().any(|r| r.published_on.is_some()) {
            m |= 1u128 << REFLECTED_BIT;
        }
        m
    }

    /// The "peer reviewed" bit, for projects another project has reviewed.
    pub fn reviewed_bit() -> Mask {
        1u128 << REVIEWED_BIT
    }

    /// The attributes of one of a project's sites.
    pub fn site_mask(&self, p: &Project) -> Mask {
        self.project_mask(p) | Self::delivery_bit(Delivery::InPerson)
    }

    /// The index filter for a search: one group per facet the searcher chose.
    pub fn filter(&self, wanted: &Wanted) -> Filter {
        let mut groups = Vec::new();
        let mut group = |m: Mask| groups.push(m);
        if !wanted.needs.is_empty() {
            group(
                wanted
                    .needs
                    .iter()
                    .map(|n| self.need_bit(n))
                    .fold(0, |a, b| a | b),
            );
        }
        if !wanted.formats.is_empty() {
            group(
                wanted
                    .formats
                    .iter()
                    .map(|f| Self::format_bit(*f))
                    .fold(0, |a, b| a | b),
            );
        }
        if !wanted.delivery.is_empty() {
            group(
                wanted
                    .delivery
                    .iter()
                    .map(|d| Self::delivery_bit(*d))
                    .fold(0, |a, b| a | b),
            );
        }
        if !wanted.languages.is_empty() {
            group(
                wanted
                    .languages
                    .iter()
                    .map(|l| self.language_bit(l))
                    .fold(0, |a, b| a | b),
            );
        }
        if let Some(s) = wanted.stage {
            group(Self::stage_bit(s));
        }
        if wanted.reflected {
            group(1u128 << REFLECTED_BIT);
        }
        if wanted.reviewed {
            group(Self::reviewed_bit());
        }
        Filter { groups }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::data::BUNDLED_PROJECTS;

    fn projects() -> Vec<Project> {
        serde_json::from_str(BUNDLED_PROJECTS).unwrap()
    }

    #[test]
    fn filters_match_exactly_the_projects_with_those_attributes() {
        let t = Taxonomy::bundled();
        let layout = MaskLayout::new(&t);
        let wanted = Wanted {
            needs: vec!["postpartum-psychosis".into()],
            ..Default::default()
        };
        let f = layout.filter(&wanted);
        let hits: Vec<_> = projects()
            .into_iter()
            .filter(|p| f.passes(layout.project_mask(p)))
            .map(|p| p.slug.to_string())
            .collect();
        assert_eq!(hits, ["action-on-postpartum-psychosis"]);
    }

    #[test]
    fn sites_are_in_person_and_unknown_stages_stay_open() {
        let t = Taxonomy::bundled();
        let layout = MaskLayout::new(&t);
        let cip = projects()
            .into_iter()
            .find(|p| p.slug.as_str() == "mrang")
            .unwrap();
        let in_person = layout.filter(&Wanted {
            delivery: vec![Delivery::InPerson],
            ..Default::default()
        });
        assert!(in_person.passes(layout.site_mask(&cip)));
        let pregnant = layout.filter(&Wanted {
            stage: Some(Stage::Pregnant),
            ..Default::default()
        });
        assert!(pregnant.passes(layout.project_mask(&cip)));
        let mut not_pregnant = cip.clone();
        not_pregnant.eligibility.pregnancy = Some(false);
        assert!(!pregnant.passes(layout.project_mask(&not_pregnant)));
    }

    #[test]
    fn facets_combine_with_and_and_values_with_or() {
        let t = Taxonomy::bundled();
        let layout = MaskLayout::new(&t);
        let wanted = Wanted {
            needs: vec!["postpartum-psychosis".into(), "perinatal-ocd".into()],
            languages: vec!["pl".into()],
            ..Default::default()
        };
        let f = layout.filter(&wanted);
        assert_eq!(f.groups.len(), 2);
        let app = projects()
            .into_iter()
            .find(|p| p.slug.as_str() == "action-on-postpartum-psychosis")
            .unwrap();
        assert!(!f.passes(layout.project_mask(&app)), "APP lists no Polish");
        let mut polish = app.clone();
        polish.languages.insert("pl".into());
        assert!(f.passes(layout.project_mask(&polish)));
    }
}
