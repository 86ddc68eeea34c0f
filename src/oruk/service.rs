//! A listing as an ORUK service: the project is the service, run by an organization of
//! its own; its vocabularies travel as attributes, its sessions as schedules and the
//! areas it serves as service areas. Peer reviews stay out.

use super::ids;
use super::locations;
use super::model::{
    Attribute, CostOption, Language, Organization, Phone, Service, ServiceArea, Taxonomy, text,
};
use super::vocab::{self, find_term};
use crate::domain::{Freshness, Project, Status, Taxonomy as Needs};
use crate::store::{FeedListing, PeerMarks};
use chrono::{NaiveDate, SecondsFormat};
use uuid::Uuid;

/// What mapping a listing needs besides the listing.
pub struct Context<'a> {
    pub taxonomies: &'a [Taxonomy],
    pub needs: &'a Needs,
    /// Today in the UK, which the listing's freshness is counted to.
    pub today: NaiveDate,
}

/// `active`, or `inactive` for an archived listing.
pub fn status(p: &Project) -> &'static str {
    match p.status {
        Status::Archived => "inactive",
        _ => "active",
    }
}

/// The service's own fields and its organization (a list's item).
pub fn summary(l: &FeedListing) -> Service {
    let p = &l.project;
    let description = match text(p.description.clone()) {
        Some(more) => format!("{}\n\n{more}", p.summary),
        None => p.summary.clone(),
    };
    let organization_id = ids::part(l.uuid, "organization");
    Service {
        id: l.uuid,
        organization_id,
        name: p.name.clone(),
        description: text(description),
        url: p.contact.website.clone().and_then(text),
        email: p.contact.email.clone().and_then(text),
        status: status(p),
        minimum_age: p.eligibility.min_age,
        maximum_age: p.eligibility.max_age,
        assured_date: p.last_confirmed.map(|d| d.format("%Y-%m-%d").to_string()),
        last_modified: l.modified.to_rfc3339_opts(SecondsFormat::Secs, true),
        eligibility_description: p.eligibility.note.clone().and_then(text),
        application_process: text(
            p.referral
                .iter()
                .map(|r| format!("{}.", r.label()))
                .collect::<Vec<_>>()
                .join(" "),
        ),
        organization: Organization {
            id: organization_id,
            name: p.organisation.clone(),
            description: format!("The organisation that runs {}.", p.name),
        },
        schedules: Vec::new(),
        service_areas: Vec::new(),
        service_at_locations: Vec::new(),
        languages: Vec::new(),
        phones: Vec::new(),
        cost_options: Vec::new(),
        attributes: Vec::new(),
    }
}

/// Everything about the service (`/services/{id}`).
pub fn full(l: &FeedListing, cx: &Context<'_>) -> Service {
    let p = &l.project;
    let mut s = summary(l);
    s.schedules = locations::schedules(l);
    s.service_areas = service_areas(l);
    s.service_at_locations = locations::all(l, cx);
    s.languages = p
        .languages
        .iter()
        .map(|code| Language {
            id: ids::part(l.uuid, &format!("language/{code}")),
            service_id: l.uuid,
            name: cx.needs.language_name(code).to_string(),
            code: code.clone(),
        })
        .collect();
    s.phones = p
        .contact
        .phone
        .iter()
        .filter_map(|n| text(n.clone()))
        .map(|number| Phone {
            id: ids::part(l.uuid, "phone"),
            service_id: l.uuid,
            number,
        })
        .collect();
    s.cost_options = p
        .cost
        .iter()
        .filter_map(|c| text(c.clone()))
        .map(|amount_description| CostOption {
            id: ids::part(l.uuid, "cost"),
            service_id: l.uuid,
            amount_description,
        })
        .collect();
    s.attributes = attributes(l, cx);
    s
}

/// The slugs of every term the listing has, by vocabulary.
pub fn terms_of(p: &Project, marks: PeerMarks) -> Vec<(&'static str, String)> {
    let mut out: Vec<(&'static str, String)> = Vec::new();
    out.extend(p.needs.iter().map(|n| (vocab::NEEDS, n.clone())));
    out.extend(
        p.formats
            .iter()
            .map(|f| (vocab::FORMATS, f.slug().to_string())),
    );
    out.extend(
        p.delivery
            .iter()
            .map(|d| (vocab::DELIVERY, d.slug().to_string())),
    );
    out.extend(
        p.referral
            .iter()
            .map(|r| (vocab::REFERRAL, r.slug().to_string())),
    );
    out.extend(
        p.eligibility
            .who
            .iter()
            .map(|w| (vocab::WHO, w.slug().to_string())),
    );
    if p.eligibility.pregnancy == Some(true) {
        out.push((vocab::STAGE, vocab::PREGNANT.to_string()));
    }
    if let Some(a) = p.eligibility.after_birth {
        out.push((vocab::STAGE, a.slug().to_string()));
    }
    let verified = if p.verified {
        vocab::VERIFIED
    } else {
        vocab::UNVERIFIED
    };
    out.push((vocab::VERIFICATION, verified.to_string()));
    // Only what the project has published: a draft reflection is private.
    for r in p.reflections.iter().filter(|r| r.published_on.is_some()) {
        out.push((
            vocab::REFLECTIONS,
            vocab::reflection_term(r.principle, r.status),
        ));
    }
    let recognised = [
        (
            p.reflections.iter().any(|r| r.published_on.is_some()),
            vocab::SELF_ASSESSED,
        ),
        (marks.reviewed, vocab::PEER_REVIEWED),
        (marks.assured, vocab::PEER_ASSURED),
    ];
    out.extend(
        recognised
            .into_iter()
            .filter(|(has, _)| *has)
            .map(|(_, term)| (vocab::PEER, term.to_string())),
    );
    out
}

/// The term of [`vocab::FRESHNESS`] a listing has on `today`: none while it was confirmed
/// (or added) within 12 months.
pub fn freshness_term(p: &Project, today: NaiveDate) -> Option<(&'static str, String)> {
    let term = match p.freshness(today) {
        Freshness::Retired => vocab::OUT_OF_SEARCH,
        f if f.is_stale() => vocab::STALE,
        _ => return None,
    };
    Some((vocab::FRESHNESS, term.to_string()))
}

/// The listing's terms, and its freshness on the day, as attributes of the service.
fn attributes(l: &FeedListing, cx: &Context<'_>) -> Vec<Attribute> {
    terms_of(&l.project, l.marks)
        .into_iter()
        .chain(freshness_term(&l.project, cx.today))
        .filter_map(|(taxonomy, term)| find_term(cx.taxonomies, taxonomy, &term))
        .map(|t| Attribute {
            id: ids::part(l.uuid, &format!("attribute/{}", t.id)),
            link_id: l.uuid,
            link_type: "service",
            taxonomy_term_id: t.id,
            taxonomy_term: t,
        })
        .collect()
}

/// Where the GSS code `code` is described, as a persistent URI.
fn area_uri(code: &str) -> String {
    format!("http://statistics.data.gov.uk/id/statistical-geography/{code}")
}

/// The nations served remotely, the areas the listing says it serves, and each site's
/// stated reach.
fn service_areas(l: &FeedListing) -> Vec<ServiceArea> {
    let p = &l.project;
    let area =
        |key: String, name: String, description: Option<String>, uri: Option<String>| ServiceArea {
            id: ids::part(l.uuid, &format!("service_area/{key}")),
            service_id: l.uuid,
            name,
            description,
            uri,
        };
    let mut out: Vec<ServiceArea> = p
        .nations
        .iter()
        .map(|n| {
            let code = crate::domain::AreaCode::of_nation(*n);
            area(
                format!("remote/{}", n.slug()),
                n.label().to_string(),
                Some(format!("Online or by phone, anywhere in {}.", n.label())),
                Some(area_uri(code.as_str())),
            )
        })
        .collect();
    out.extend(p.areas.iter().map(|a| {
        area(
            format!("area/{}", a.code),
            a.name.clone(),
            Some(format!("Says it serves {}.", a.name)),
            Some(area_uri(a.code.as_str())),
        )
    }));
    for (site, uuid) in p.sites.iter().zip(&l.site_uuids) {
        if let Some(km) = site.radius_km {
            out.push(area(
                format!("site/{uuid}"),
                format!("Within {km} km of {}", site.label),
                Some(format!(
                    "Meets people in person within {km} km of {}.",
                    site.label
                )),
                None,
            ));
        }
    }
    out
}

/// The term ids and taxonomy ids of a listing, for the `taxonomy_term_id` and
/// `taxonomy_id` filters.
pub fn term_ids(p: &Project, marks: PeerMarks) -> Vec<(Uuid, Uuid)> {
    terms_of(p, marks)
        .into_iter()
        .map(|(taxonomy, term)| (ids::term(taxonomy, &term), ids::taxonomy(taxonomy)))
        .collect()
}
