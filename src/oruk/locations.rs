//! Where a service is offered: each site a physical location at the coordinates we hold
//! (a town or region, never a street address), and online or phone support one virtual
//! location; and the sessions as RFC 5545 schedules.

use super::ids;
use super::model::{Attribute, Location, Schedule, ServiceAtLocation, text};
use super::service::{Context, status, summary};
use super::vocab::{self, find_term};
use crate::domain::{Day, Delivery, Frequency, Project, Session};
use crate::store::FeedListing;
use uuid::Uuid;

/// The virtual location's service_at_location id.
fn virtual_id(l: &FeedListing) -> Uuid {
    virtual_id_of(l.uuid)
}

/// The id of the online and phone service_at_location of the listing with id `service`.
pub fn virtual_id_of(service: Uuid) -> Uuid {
    ids::part(service, "virtual/service_at_location")
}

/// Whether the listing offers support online or by phone.
pub fn is_remote(p: &Project) -> bool {
    let d = &p.delivery;
    d.contains(&Delivery::Online) || d.contains(&Delivery::Phone)
}

/// One place a service is offered: the index of its site, or `None` for online and phone.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Place {
    Site(usize),
    Remote,
}

/// Every place of a listing, sites first.
pub fn places(l: &FeedListing) -> Vec<Place> {
    let mut out: Vec<Place> = (0..l.project.sites.len()).map(Place::Site).collect();
    if is_remote(&l.project) {
        out.push(Place::Remote);
    }
    out
}

/// The id of the service_at_location of `place`.
pub fn place_id(l: &FeedListing, place: Place) -> Uuid {
    match place {
        Place::Site(i) => l.site_uuids[i],
        Place::Remote => virtual_id(l),
    }
}

fn location(l: &FeedListing, place: Place, cx: Option<&Context<'_>>) -> Location {
    let p = &l.project;
    match place {
        Place::Site(i) => {
            let site = &p.sites[i];
            let id = ids::part(l.site_uuids[i], "location");
            let attributes = cx
                .and_then(|cx| find_term(cx.taxonomies, vocab::PRECISION, site.precision.slug()))
                .map(|t| Attribute {
                    id: ids::part(id, "attribute/precision"),
                    link_id: id,
                    link_type: "location",
                    taxonomy_term_id: t.id,
                    taxonomy_term: t,
                })
                .into_iter()
                .collect();
            Location {
                id,
                location_type: "physical",
                name: text(site.label.clone()),
                description: Some(format!(
                    "Meets in {}. The position is of the {}; no street address is published.",
                    site.label,
                    site.precision.label()
                )),
                latitude: Some(site.lat),
                longitude: Some(site.lon),
                url: None,
                attributes,
            }
        }
        Place::Remote => {
            let online = p.delivery.contains(&Delivery::Online);
            let phone = p.delivery.contains(&Delivery::Phone);
            let name = match (online, phone) {
                (true, true) => "Online and by phone",
                (true, false) => "Online",
                _ => "By phone",
            };
            Location {
                id: ids::part(l.uuid, "virtual/location"),
                location_type: "virtual",
                name: Some(name.to_string()),
                description: Some(format!("{name}, from home.")),
                latitude: None,
                longitude: None,
                url: p.contact.website.clone().and_then(text),
                attributes: Vec::new(),
            }
        }
    }
}

/// A list's item: the place with its location and the service's own fields.
pub fn item(l: &FeedListing, place: Place) -> ServiceAtLocation {
    let location = location(l, place, None);
    ServiceAtLocation {
        id: place_id(l, place),
        service_id: l.uuid,
        location_id: location.id,
        name: None,
        status: None,
        location,
        service: Some(Box::new(summary(l))),
        schedules: Vec::new(),
    }
}

/// Everything about one place (`/service_at_locations/{id}`), with the service's name
/// and status as the service schema it is checked against requires.
pub fn full(l: &FeedListing, place: Place, cx: &Context<'_>) -> ServiceAtLocation {
    let location = location(l, place, Some(cx));
    let id = place_id(l, place);
    ServiceAtLocation {
        id,
        service_id: l.uuid,
        location_id: location.id,
        name: Some(l.project.name.clone()),
        status: Some(status(&l.project)),
        location,
        service: Some(Box::new(summary(l))),
        schedules: schedules(l)
            .into_iter()
            .filter(|s| s.service_at_location_id == Some(id))
            .collect(),
    }
}

/// Every place of a listing with its location (in a full service).
pub fn all(l: &FeedListing, cx: &Context<'_>) -> Vec<ServiceAtLocation> {
    places(l)
        .into_iter()
        .map(|place| {
            let mut s = full(l, place, cx);
            s.service = None;
            s.name = None;
            s.status = None;
            s.schedules = Vec::new();
            s
        })
        .collect()
}

/// RFC 5545's two-letter day.
pub fn day_code(day: Day) -> &'static str {
    match day {
        Day::Monday => "MO",
        Day::Tuesday => "TU",
        Day::Wednesday => "WE",
        Day::Thursday => "TH",
        Day::Friday => "FR",
        Day::Saturday => "SA",
        Day::Sunday => "SU",
    }
}

fn schedule(l: &FeedListing, i: usize, s: &Session) -> Schedule {
    let p = &l.project;
    let at = match &s.site {
        Some(label) => p
            .sites
            .iter()
            .position(|site| &site.label == label)
            .map(|i| l.site_uuids[i]),
        None => is_remote(p).then(|| virtual_id(l)),
    };
    let byday = match s.week_of_month {
        Some(n) => format!("{n}{}", day_code(s.day)),
        None => day_code(s.day).to_string(),
    };
    let date = |d: chrono::NaiveDate| d.format("%Y-%m-%d").to_string();
    Schedule {
        id: ids::part(l.uuid, &format!("schedule/{i}")),
        service_id: l.uuid,
        service_at_location_id: at,
        valid_from: s.valid_from.map(date),
        valid_to: s.valid_until.map(date),
        dtstart: s.valid_from.map(date),
        freq: Some(match s.frequency {
            Frequency::Weekly => "WEEKLY",
            Frequency::Monthly => "MONTHLY",
        }),
        interval: Some(s.interval),
        byday: Some(byday),
        description: None,
        opens_at: Some(s.opens.format("%H:%M").to_string()),
        closes_at: Some(s.closes.format("%H:%M").to_string()),
        attending_type: Some(if s.site.is_some() {
            "in person"
        } else {
            "online or by phone"
        }),
        notes: s.note.clone().and_then(text),
    }
}

/// The listing's sessions, and its note on irregular arrangements.
pub fn schedules(l: &FeedListing) -> Vec<Schedule> {
    let p = &l.project;
    let mut out: Vec<Schedule> = p
        .sessions
        .iter()
        .enumerate()
        .map(|(i, s)| schedule(l, i, s))
        .collect();
    if let Some(note) = p.schedule_note.clone().and_then(text) {
        out.push(Schedule {
            id: ids::part(l.uuid, "schedule/note"),
            service_id: l.uuid,
            service_at_location_id: None,
            valid_from: None,
            valid_to: None,
            dtstart: None,
            freq: None,
            interval: None,
            byday: None,
            description: Some(note),
            opens_at: None,
            closes_at: None,
            attending_type: None,
            notes: None,
        });
    }
    out
}
