//! What a visitor asks for: one [`ListingFilter`] for the directory, the search, the map
//! and coverage, and the [`Page`] of results they want.
//!
//! [`ListingFilter::matches`] is the executable specification of every facet. The SQL of
//! the directory (`store`) and the bit masks of the search index (`search::mask`) are two
//! implementations of it, and the tests hold both to it.

use super::{AfterBirth, Delivery, Format, Nation, Project, Stage};

/// Listings per directory page unless `per_page` says otherwise.
pub const DIRECTORY_PAGE_SIZE: u32 = 20;
/// The most listings one page or API call returns.
pub const MAX_PAGE_SIZE: u32 = 500;

/// The need of a listing for any mental health difficulty in pregnancy or after birth: it
/// counts for every specific need (ranked after the listings that name that need).
pub const GENERAL_NEED: &str = "perinatal-mental-health";

/// Which listings are wanted. Every facet that is not empty must match; within a facet,
/// a listing matches when it has any of the values asked for.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct ListingFilter {
    /// Need slugs from the taxonomy. A listing for general perinatal mental health
    /// ([`GENERAL_NEED`]) matches any of them.
    pub needs: Vec<String>,
    pub formats: Vec<Format>,
    /// How support reaches people; see [`Project::delivers`] for what "in person" means.
    pub delivery: Vec<Delivery>,
    /// Nations served; see [`Project::serves`].
    pub nations: Vec<Nation>,
    /// ISO 639-1 codes from the taxonomy.
    pub languages: Vec<String>,
    /// The searcher's stage; see [`Project::open_to`].
    pub stage: Option<Stage>,
    /// `reflection=published`: only listings that have published a reflection.
    pub reflected: bool,
    /// `reviewed=yes`: only listings another project has peer reviewed.
    pub reviewed: bool,
}

impl ListingFilter {
    /// Whether `project` passes. `peer_reviewed` says whether another project has a
    /// visible review of it (reviews are kept apart from the listing).
    pub fn matches(&self, project: &Project, peer_reviewed: bool) -> bool {
        let any = |wanted: &[String], has: &crate::domain::TagSet| {
            wanted.is_empty() || wanted.iter().any(|w| has.contains(w))
        };
        (any(&self.needs, &project.needs) || project.needs.contains(GENERAL_NEED))
            && any(&self.languages, &project.languages)
            && (self.formats.is_empty() || self.formats.iter().any(|f| project.formats.contains(f)))
            && (self.delivery.is_empty() || self.delivery.iter().any(|d| project.delivers(*d)))
            && (self.nations.is_empty() || self.nations.iter().any(|n| project.serves(*n)))
            && self.stage.is_none_or(|s| project.open_to(s))
            && (!self.reflected || project.has_published_reflection())
            && (!self.reviewed || peer_reviewed)
    }

    /// Whether `project` names one of the needs asked for itself, rather than matching
    /// them as general support. True when no need was asked for.
    pub fn names_need(&self, project: &Project) -> bool {
        self.needs.is_empty() || self.needs.iter().any(|w| project.needs.contains(w))
    }

    pub fn is_empty(&self) -> bool {
        *self == ListingFilter::default()
    }

    /// The filter as query pairs, in the order the query string takes them, for links
    /// that keep it (paging, widening a search).
    pub fn pairs(&self) -> Vec<(&'static str, String)> {
        let mut out = Vec::new();
        out.extend(self.needs.iter().map(|v| ("need", v.clone())));
        out.extend(
            self.formats
                .iter()
                .map(|v| ("format", v.slug().to_string())),
        );
        out.extend(
            self.delivery
                .iter()
                .map(|v| ("delivery", v.slug().to_string())),
        );
        out.extend(
            self.nations
                .iter()
                .map(|v| ("nation", v.slug().to_string())),
        );
        out.extend(self.languages.iter().map(|v| ("lang", v.clone())));
        if let Some(s) = self.stage {
            out.push(("stage", s.slug().to_string()));
        }
        if self.reflected {
            out.push(("reflection", "published".to_string()));
        }
        if self.reviewed {
            out.push(("reviewed", "yes".to_string()));
        }
        out
    }
}

impl Project {
    /// Whether the project gives support this way. A listing that meets somewhere (it
    /// has a site) and states no delivery at all is taken to meet people in person there;
    /// once a delivery is stated, only what is stated counts. Serving an area says where,
    /// not how: a listing with areas and no site or delivery is not taken to be in person.
    pub fn delivers(&self, delivery: Delivery) -> bool {
        self.delivery.contains(&delivery)
            || (delivery == Delivery::InPerson
                && self.delivery.is_empty()
                && !self.sites.is_empty())
    }

    /// Whether the project serves `nation`: remotely (its `nations`), at a site there, or
    /// in an area there.
    pub fn serves(&self, nation: Nation) -> bool {
        self.nations.contains(&nation)
            || self.sites.iter().any(|s| s.nation == nation)
            || self.areas.iter().any(|a| a.code.nation() == nation)
    }

    /// Whether someone at `stage` can come: a stage the listing does not rule out is open.
    pub fn open_to(&self, stage: Stage) -> bool {
        match stage {
            Stage::Pregnant => self.eligibility.pregnancy != Some(false),
            Stage::AfterBirth => self.eligibility.after_birth != Some(AfterBirth::None),
        }
    }

    /// Whether any reflection on the principles is published (not a draft).
    pub fn has_published_reflection(&self) -> bool {
        self.reflections.iter().any(|r| r.published_on.is_some())
    }
}

/// A page of results: 1-based page number and page size.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Page {
    pub number: u32,
    pub size: u32,
}

impl Page {
    /// Rows to skip before this page.
    pub fn offset(self) -> i64 {
        i64::from(self.number.saturating_sub(1)) * i64::from(self.size)
    }

    /// How many pages `total` results fill (at least one).
    pub fn count(self, total: u64) -> u64 {
        total.div_ceil(u64::from(self.size.max(1))).max(1)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::data::BUNDLED_PROJECTS;

    fn bundled() -> Vec<Project> {
        serde_json::from_str(BUNDLED_PROJECTS).expect("bundled projects parse")
    }

    fn slugs(filter: &ListingFilter) -> Vec<String> {
        bundled()
            .iter()
            .filter(|p| filter.matches(p, false))
            .map(|p| p.slug.to_string())
            .collect()
    }

    #[test]
    fn a_site_with_no_stated_delivery_is_in_person_and_a_stated_delivery_is_kept() {
        let in_person = ListingFilter {
            delivery: vec![Delivery::InPerson],
            ..Default::default()
        };
        let found = slugs(&in_person);
        // Acacia states no delivery and meets in Birmingham; CIP says "in person".
        assert!(
            found.contains(&"acacia-family-support".to_string()),
            "{found:?}"
        );
        assert!(found.contains(&"community-intercultural-programme".to_string()));
        // APNI has an office but says it supports people by phone.
        assert!(!found.contains(&"association-for-postnatal-illness".to_string()));
        // No site and no stated delivery: not in person, even serving an area.
        assert!(!found.contains(&"mindwise".to_string()));
        assert!(!found.contains(&"dad-matters-greater-manchester".to_string()));
    }

    #[test]
    fn nations_count_remote_service_and_sites() {
        let wales = ListingFilter {
            nations: vec![Nation::Wales],
            ..Default::default()
        };
        let found = slugs(&wales);
        // Relate Cymru serves Wales; Birth Story Listeners serves Conwy.
        assert!(found.contains(&"relate-cymru".to_string()));
        assert!(found.contains(&"birth-story-listeners".to_string()));
        assert!(!found.contains(&"acacia-family-support".to_string()));
    }

    #[test]
    fn pages_count_from_one() {
        let p = Page {
            number: 3,
            size: 20,
        };
        assert_eq!(p.offset(), 40);
        assert_eq!(p.count(0), 1);
        assert_eq!(p.count(41), 3);
    }
}
