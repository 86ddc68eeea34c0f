//! What a project offers other projects (training, supervision, mentoring, joint groups),
//! in person somewhere or online, so that a small initiative can find help near it.

use super::LatLng;
use serde::{Deserialize, Serialize};

/// A kind of help one project gives others.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum SupportKind {
    Training,
    Supervision,
    Mentoring,
    JointGroups,
}

impl SupportKind {
    pub const ALL: [SupportKind; 4] = [
        SupportKind::Training,
        SupportKind::Supervision,
        SupportKind::Mentoring,
        SupportKind::JointGroups,
    ];

    pub fn slug(self) -> &'static str {
        match self {
            SupportKind::Training => "training",
            SupportKind::Supervision => "supervision",
            SupportKind::Mentoring => "mentoring",
            SupportKind::JointGroups => "joint-groups",
        }
    }

    pub fn label(self) -> &'static str {
        match self {
            SupportKind::Training => "Peer supporter training",
            SupportKind::Supervision => "Supervision or reflective practice",
            SupportKind::Mentoring => "Mentoring for new groups",
            SupportKind::JointGroups => "Joint groups",
        }
    }

    pub fn parse(s: &str) -> Option<SupportKind> {
        SupportKind::ALL.into_iter().find(|k| k.slug() == s)
    }

    /// Its bit in the offers' search index.
    pub fn bit(self) -> u128 {
        1u128 << (self as u32)
    }
}

/// Where an in-person offer is given.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct OfferPlace {
    /// The place as the project named it (a town or postcode).
    pub label: String,
    pub location: LatLng,
}

/// One kind of help a project offers: in person at a place, online, or both.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct SupportOffer {
    pub kind: SupportKind,
    pub place: Option<OfferPlace>,
    pub online: bool,
}

/// An offer found for a need, with the project that makes it.
#[derive(Debug, Clone, PartialEq)]
pub struct FoundOffer {
    pub project: super::Slug,
    pub name: String,
    pub offer: SupportOffer,
    /// From the place searched, for an in-person offer.
    pub distance_m: Option<f64>,
}
