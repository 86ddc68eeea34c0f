//! Partner finder: projects near a project's sites, and online or phone projects serving
//! its nations, ranked by what they would add to its offer, then by distance.

use super::registry::{METRES_PER_MILE, SearchIndex};
use crate::domain::{Delivery, Format, Nation, Project, Slug, TagSet, Taxonomy};
use crate::index::Filter;
use serde::Serialize;
use std::collections::{BTreeSet, HashMap};
use std::sync::Arc;

/// What a project offers: the facets a partner could widen.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, utoipa::ToSchema)]
pub struct Offer {
    pub needs: TagSet,
    pub formats: BTreeSet<Format>,
    pub delivery: BTreeSet<Delivery>,
    pub languages: TagSet,
}

impl Offer {
    /// A project's offer; meeting at a site counts as offering in-person support.
    pub fn of(p: &Project) -> Self {
        let mut delivery = p.delivery.clone();
        if !p.sites.is_empty() {
            delivery.insert(Delivery::InPerson);
        }
        Offer {
            needs: p.needs.clone(),
            formats: p.formats.clone(),
            delivery,
            languages: p.languages.clone(),
        }
    }

    /// What `self` has that `other` does not.
    pub fn minus(&self, other: &Offer) -> Offer {
        Offer {
            needs: self.needs.difference(&other.needs).cloned().collect(),
            formats: self.formats.difference(&other.formats).copied().collect(),
            delivery: self.delivery.difference(&other.delivery).copied().collect(),
            languages: self
                .languages
                .difference(&other.languages)
                .cloned()
                .collect(),
        }
    }

    pub fn extend(&mut self, other: &Offer) {
        self.needs.extend(other.needs.iter().cloned());
        self.formats.extend(other.formats.iter().copied());
        self.delivery.extend(other.delivery.iter().copied());
        self.languages.extend(other.languages.iter().cloned());
    }

    /// How many items the offer holds.
    pub fn len(&self) -> usize {
        self.needs.len() + self.formats.len() + self.delivery.len() + self.languages.len()
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// The offer in plain words, one phrase per facet, e.g. "support for Postpartum
    /// psychosis", "online (video, forum or chat)". Need and language names keep their
    /// capitals ("Perinatal OCD").
    pub fn phrases(&self, taxonomy: &Taxonomy) -> Vec<String> {
        let mut out = Vec::new();
        let list = |items: Vec<String>| items.join(", ");
        if !self.needs.is_empty() {
            out.push(format!(
                "support for {}",
                list(
                    self.needs
                        .iter()
                        .map(|n| taxonomy.need_label(n).to_string())
                        .collect()
                )
            ));
        }
        if !self.formats.is_empty() {
            out.push(list(
                self.formats
                    .iter()
                    .map(|f| format!("{} support", f.label().to_lowercase()))
                    .collect(),
            ));
        }
        if !self.delivery.is_empty() {
            out.push(list(
                self.delivery
                    .iter()
                    .map(|d| d.label().to_lowercase())
                    .collect(),
            ));
        }
        if !self.languages.is_empty() {
            out.push(format!(
                "support in {}",
                list(
                    self.languages
                        .iter()
                        .map(|l| taxonomy.language_name(l).to_string())
                        .collect()
                )
            ));
        }
        out
    }
}

/// One possible partner.
#[derive(Debug, Clone)]
pub struct Partner {
    pub project: Arc<Project>,
    /// Nearest distance between one of its sites and one of ours, metres, when within
    /// the chosen distance.
    pub distance_m: Option<f64>,
    /// Its site nearest to one of ours (index into `project.sites`).
    pub site: Option<usize>,
    /// Our site it is nearest to (index into our `sites`).
    pub near: Option<usize>,
    /// The nations it serves online or by phone that we also serve.
    pub remote_nations: BTreeSet<Nation>,
    /// What it offers that we do not.
    pub adds: Offer,
}

/// The partners of one project.
#[derive(Debug, Clone)]
pub struct Partners {
    pub own: Offer,
    /// Our offer together with every partner's.
    pub combined: Offer,
    /// The nations we serve: those of our sites and those we serve remotely.
    pub nations: BTreeSet<Nation>,
    pub within_m: f64,
    pub partners: Vec<Partner>,
}

fn is_remote(p: &Project) -> bool {
    p.delivery.contains(&Delivery::Online) || p.delivery.contains(&Delivery::Phone)
}

/// Partners of `project` with a site within `within_m` metres of one of its sites, or
/// serving one of its nations online or by phone. It is never its own partner.
pub fn find(index: &SearchIndex, project: &Project, within_m: f64) -> Partners {
    let own = Offer::of(project);
    let nations: BTreeSet<Nation> = project
        .sites
        .iter()
        .map(|s| s.nation)
        .chain(project.nations.iter().copied())
        .collect();
    let mut near: HashMap<u32, (f64, usize, usize)> = HashMap::new();
    let all = Filter::default();
    let k = index.projects().max(1);
    for (ours, site) in project.sites.iter().enumerate() {
        for hit in index
            .nearest_index()
            .nearest(site.lat, site.lon, k, &all, Some(within_m))
        {
            let Some((number, theirs)) = index.site_owner(hit.site) else {
                continue;
            };
            let entry = near.entry(number).or_insert((f64::INFINITY, theirs, ours));
            if hit.distance_m < entry.0 {
                *entry = (hit.distance_m, theirs, ours);
            }
        }
    }
    let mut partners: HashMap<Slug, Partner> = HashMap::new();
    for (number, (d, theirs, ours)) in near {
        let Some(p) = index.project(number) else {
            continue;
        };
        partners.insert(
            p.slug.clone(),
            Partner {
                project: p.clone(),
                distance_m: Some(d),
                site: Some(theirs),
                near: Some(ours),
                remote_nations: BTreeSet::new(),
                adds: Offer::default(),
            },
        );
    }
    for p in index.remote_projects().filter(|p| is_remote(p)) {
        let shared: BTreeSet<Nation> = p.nations.intersection(&nations).copied().collect();
        if shared.is_empty() {
            continue;
        }
        partners
            .entry(p.slug.clone())
            .or_insert_with(|| Partner {
                project: p.clone(),
                distance_m: None,
                site: None,
                near: None,
                remote_nations: BTreeSet::new(),
                adds: Offer::default(),
            })
            .remote_nations = shared;
    }
    let mut combined = own.clone();
    let mut partners: Vec<Partner> = partners
        .into_values()
        .filter(|p| p.project.slug != project.slug)
        .map(|mut p| {
            let theirs = Offer::of(&p.project);
            p.adds = theirs.minus(&own);
            combined.extend(&theirs);
            p
        })
        .collect();
    partners.sort_by(|a, b| {
        b.adds
            .len()
            .cmp(&a.adds.len())
            .then(
                a.distance_m
                    .unwrap_or(f64::INFINITY)
                    .total_cmp(&b.distance_m.unwrap_or(f64::INFINITY)),
            )
            .then(a.project.name.cmp(&b.project.name))
    });
    Partners {
        own,
        combined,
        nations,
        within_m,
        partners,
    }
}

/// Miles as metres.
pub fn miles_to_m(miles: u32) -> f64 {
    f64::from(miles) * METRES_PER_MILE
}
