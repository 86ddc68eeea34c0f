//! Our vocabularies as ORUK taxonomies: each term's `term` is our slug, and its id a
//! version 5 UUID of the vocabulary's slug and the term's ([`super::ids::term`]).

use super::ids;
use super::model::{Taxonomy, Term};
use crate::domain::{
    AfterBirth, Attendee, Delivery, Format, Precision, Principle, Referral, ReflectionStatus,
    Taxonomy as Needs,
};

/// Our vocabularies, by slug.
pub const NEEDS: &str = "needs";
pub const FORMATS: &str = "formats";
pub const DELIVERY: &str = "delivery";
pub const REFERRAL: &str = "referral";
pub const WHO: &str = "who-may-come";
pub const STAGE: &str = "perinatal-stage";
pub const PRECISION: &str = "location-precision";
pub const VERIFICATION: &str = "verification";
pub const REFLECTIONS: &str = "principle-reflections";
pub const PEER: &str = "peer-recognition";
pub const FRESHNESS: &str = "listing-freshness";

/// The terms of [`PEER`]: the directory's filters "has a published self-assessment",
/// "peer reviewed" and "peer-assured", for the feed's `taxonomy_term_id`.
pub const SELF_ASSESSED: &str = "self-assessment-published";
pub const PEER_REVIEWED: &str = "peer-reviewed";
pub const PEER_ASSURED: &str = "peer-assured";

/// The terms of [`FRESHNESS`]: a listing not confirmed for 12 months, marked as possibly
/// out of date everywhere, and one not confirmed for 18, out of search too.
pub const STALE: &str = "stale";
pub const OUT_OF_SEARCH: &str = "out-of-search";

/// The term "pregnant" of [`STAGE`] (the others are the after-birth stages).
pub const PREGNANT: &str = "pregnant";
/// The terms of [`VERIFICATION`].
pub const VERIFIED: &str = "verified";
pub const UNVERIFIED: &str = "not-verified";

/// A reflection's term: the principle's slug and the project's status on it.
pub fn reflection_term(principle: Principle, status: ReflectionStatus) -> String {
    format!("{}/{}", principle.slug(), status.slug())
}

/// Every vocabulary with its terms, in a fixed order.
pub fn all(needs: &Needs) -> Vec<Taxonomy> {
    let vocab = |slug: &'static str,
                 name: &str,
                 description: &str,
                 terms: Vec<(String, String, String)>| {
        let id = ids::taxonomy(slug);
        let taxonomy_terms = terms
            .into_iter()
            .map(|(term, label, desc)| Term {
                id: ids::term(slug, &term),
                term,
                name: label,
                description: desc,
                taxonomy: name.to_string(),
                taxonomy_id: id,
            })
            .collect();
        Taxonomy {
            id,
            name: name.to_string(),
            description: description.to_string(),
            taxonomy_terms,
        }
    };
    fn closed<T: Copy>(
        all: &[T],
        slug: fn(T) -> &'static str,
        label: fn(T) -> &'static str,
    ) -> Vec<(String, String, String)> {
        all.iter()
            .map(|t| {
                (
                    slug(*t).to_string(),
                    label(*t).to_string(),
                    label(*t).to_string(),
                )
            })
            .collect()
    }
    let needs_terms = needs
        .needs
        .iter()
        .map(|n| (n.slug.clone(), n.label.clone(), n.description.clone()))
        .collect();
    let mut stage = vec![(
        PREGNANT.to_string(),
        "Pregnant".to_string(),
        "Open to people who are pregnant.".to_string(),
    )];
    stage.extend(closed(AfterBirth::ALL, AfterBirth::slug, AfterBirth::label));
    let reflections = Principle::ALL
        .iter()
        .flat_map(|p| {
            ReflectionStatus::ALL.iter().map(move |s| {
                let label = format!("{}: {}", p.label(), s.label());
                (
                    reflection_term(*p, *s),
                    label.clone(),
                    format!("The project's own published reflection on this principle. {label}."),
                )
            })
        })
        .collect();
    vec![
        vocab(NEEDS, "Needs", "What a peer support project is for, in peermap's words.", needs_terms),
        vocab(FORMATS, "Formats", "Whether support is given in a group, one to one, or both.", closed(Format::ALL, Format::slug, Format::label)),
        vocab(DELIVERY, "Delivery", "How people take part: in person, online, by phone or at home.", closed(Delivery::ALL, Delivery::slug, Delivery::label)),
        vocab(REFERRAL, "Referral routes", "Who can refer someone to the project.", closed(Referral::ALL, Referral::slug, Referral::label)),
        vocab(WHO, "Who may come", "Who is welcome to come along.", closed(Attendee::ALL, Attendee::slug, Attendee::label)),
        vocab(STAGE, "Perinatal stage", "Whether the project is open in pregnancy, and how long after birth.", stage),
        vocab(PRECISION, "Location precision", "How exactly a place's coordinates are known; peermap gives no street addresses.", closed(Precision::ALL, Precision::slug, Precision::label)),
        vocab(
            VERIFICATION,
            "Verification",
            "Whether the project itself has confirmed its listing.",
            vec![
                (VERIFIED.to_string(), "Confirmed by the project".to_string(), "The project itself has confirmed this listing.".to_string()),
                (UNVERIFIED.to_string(), "Not confirmed by the project".to_string(), "The listing was compiled from public sources; the project has not confirmed it.".to_string()),
            ],
        ),
        vocab(
            REFLECTIONS,
            "Principle reflections",
            "Where a project says it stands on each of the Perinatal Peer Support Principles (Mind and McPin Foundation, 2019), in its own words. A status, never a score.",
            reflections,
        ),
        vocab(
            PEER,
            "Peer recognition",
            "What the project has published about itself on the principles, and what other projects on peermap say of it. Never a score.",
            vec![
                (SELF_ASSESSED.to_string(), "Has published a self-assessment".to_string(), "The project has published its own reflection on the Perinatal Peer Support Principles.".to_string()),
                (PEER_REVIEWED.to_string(), "Peer reviewed".to_string(), "Another project on peermap has published a review of it.".to_string()),
                (PEER_ASSURED.to_string(), "Peer-assured".to_string(), "It meets peermap's published peer-assurance criteria (see /toolkit/peer-assurance) today.".to_string()),
            ],
        ),
        vocab(
            FRESHNESS,
            "Listing freshness",
            "How long since the project last confirmed its listing (or since it was added, if never). A listing with neither term was confirmed within the last 12 months.",
            vec![
                (STALE.to_string(), "May be out of date".to_string(), "Nobody has confirmed this listing for 12 months or more: check the details with the project before relying on them.".to_string()),
                (OUT_OF_SEARCH.to_string(), "Out of search".to_string(), "Nobody has confirmed this listing for 18 months or more: it may be out of date, and peermap no longer shows it in search results, on the map or on printed sheets until the project confirms it.".to_string()),
            ],
        ),
    ]
}

/// The term `term` of the vocabulary `taxonomy`, if both exist.
pub fn find_term(all: &[Taxonomy], taxonomy: &str, term: &str) -> Option<Term> {
    let id = ids::taxonomy(taxonomy);
    all.iter()
        .find(|t| t.id == id)?
        .taxonomy_terms
        .iter()
        .find(|t| t.term == term)
        .cloned()
}
