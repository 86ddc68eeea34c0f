//! A project: one listing in the directory, with everything known about it.

use super::{
    AfterBirth, Attendee, Delivery, Format, LatLng, Nation, Precision, Principle, Referral,
    ReflectionStatus, ServedArea, Session, Slug, Status, TagSet,
};
use crate::i18n::Lang;
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use std::collections::BTreeSet;

/// One peer support listing.
///
/// Sets are ordered so that a project serialises the same way every time; an empty set
/// means "not stated" (the sources did not say), never "none".
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, utoipa::ToSchema)]
#[serde(deny_unknown_fields)]
pub struct Project {
    pub slug: Slug,
    pub name: String,
    pub organisation: String,
    /// Plain English, at most [`Project::SUMMARY_MAX`] characters.
    pub summary: String,
    #[serde(default)]
    pub description: String,
    /// The name in Welsh, when the project gives one (shown on Welsh pages).
    #[serde(default)]
    pub name_cy: Option<String>,
    /// The summary in Welsh, when the project gives one.
    #[serde(default)]
    pub summary_cy: Option<String>,
    /// The description in Welsh, when the project gives one.
    #[serde(default)]
    pub description_cy: Option<String>,
    #[serde(default)]
    pub formats: BTreeSet<Format>,
    #[serde(default)]
    pub delivery: BTreeSet<Delivery>,
    /// Need slugs from the taxonomy in `data/taxonomy.json`.
    #[serde(default)]
    pub needs: TagSet,
    /// ISO 639-1 language codes from the taxonomy.
    #[serde(default)]
    pub languages: TagSet,
    /// Places it meets; none means online or phone only.
    #[serde(default)]
    pub sites: Vec<Site>,
    /// Nations served remotely (online, by phone).
    #[serde(default)]
    pub nations: BTreeSet<Nation>,
    /// Areas it says it serves (a nation, a council area), met or not at a site there.
    #[serde(default)]
    pub areas: BTreeSet<ServedArea>,
    #[serde(default)]
    pub referral: BTreeSet<Referral>,
    #[serde(default)]
    pub cost: Option<String>,
    #[serde(default)]
    pub contact: Contact,
    #[serde(default)]
    pub sessions: Vec<Session>,
    /// Irregular arrangements that recurrence fields cannot express.
    #[serde(default)]
    pub schedule_note: Option<String>,
    #[serde(default)]
    pub eligibility: Eligibility,
    #[serde(default = "default_status")]
    pub status: Status,
    /// Confirmed by the project itself.
    #[serde(default)]
    pub verified: bool,
    #[serde(default)]
    pub last_confirmed: Option<NaiveDate>,
    /// The day the listing was added to peermap (the database's `created_at`, London
    /// time): how a listing never confirmed ages. Set by the store from its own column,
    /// and never written by it, whatever a file or a form says; `None` for a listing not
    /// yet stored.
    #[serde(default)]
    pub listed_on: Option<NaiveDate>,
    /// Where the facts came from, in words.
    pub source: String,
    /// The public page each fact was taken from, one entry per fact and page.
    #[serde(default)]
    pub sources: Vec<FactSource>,
    #[serde(default)]
    pub reflections: Vec<Reflection>,
}

/// `welsh` when the page is Welsh and the project gave it, else `english`: with the
/// language the text is in, so that a page can mark English shown among Welsh.
fn in_lang<'a>(lang: Lang, english: &'a str, welsh: Option<&'a String>) -> (&'a str, Lang) {
    match welsh.map(|w| w.trim()).filter(|w| !w.is_empty()) {
        Some(w) if lang == Lang::Cy => (w, Lang::Cy),
        _ => (english, Lang::En),
    }
}

impl Project {
    /// The name to show on a page in `lang`, and the language it is in.
    pub fn name_in(&self, lang: Lang) -> (&str, Lang) {
        in_lang(lang, &self.name, self.name_cy.as_ref())
    }

    /// The summary to show on a page in `lang`, and the language it is in.
    pub fn summary_in(&self, lang: Lang) -> (&str, Lang) {
        in_lang(lang, &self.summary, self.summary_cy.as_ref())
    }

    /// The description to show on a page in `lang`, and the language it is in.
    pub fn description_in(&self, lang: Lang) -> (&str, Lang) {
        in_lang(lang, &self.description, self.description_cy.as_ref())
    }

    /// The one nation it serves, when its sites and remote offer are all in one.
    pub fn only_nation(&self) -> Option<Nation> {
        let mut nations = self
            .sites
            .iter()
            .map(|s| s.nation)
            .chain(self.nations.iter().copied());
        let first = nations.next()?;
        nations.all(|n| n == first).then_some(first)
    }
}

fn default_status() -> Status {
    Status::Published
}

/// The public page one fact of a listing was taken from.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, utoipa::ToSchema)]
#[serde(deny_unknown_fields)]
pub struct FactSource {
    /// Which fact: one of [`FactSource::FACTS`].
    pub fact: String,
    /// The page that states it (http or https).
    pub url: String,
}

impl FactSource {
    /// The facts a source can be given for, with how a page names them.
    pub const FACTS: [(&'static str, &'static str); 11] = [
        ("name", "Name"),
        ("website", "Website"),
        ("phone", "Phone"),
        ("email", "Email"),
        ("place", "Where it meets"),
        ("formats", "Group or one to one"),
        ("delivery", "How you take part"),
        ("needs", "Support for"),
        ("who", "Who can come"),
        ("languages", "Languages"),
        ("referral", "How to join"),
    ];

    /// How a page names this source's fact; `None` for a fact not in [`FactSource::FACTS`].
    pub fn label(&self) -> Option<&'static str> {
        Self::FACTS
            .iter()
            .find(|(fact, _)| *fact == self.fact)
            .map(|(_, label)| *label)
    }
}

impl Project {
    /// The listing as anyone may see it: its draft reflections (not yet published) left out.
    pub fn public(mut self) -> Self {
        self.reflections.retain(|r| r.published_on.is_some());
        self
    }

    /// The sources of `base` whose facts this version still states as `base` did: a
    /// maintainer who changes the website drops the page that gave the old one.
    pub fn sources_kept_from(&self, base: &Project) -> Vec<FactSource> {
        base.sources
            .iter()
            .filter(|s| match s.fact.as_str() {
                "name" => self.name == base.name,
                "website" => self.contact.website == base.contact.website,
                "phone" => self.contact.phone == base.contact.phone,
                "email" => self.contact.email == base.contact.email,
                "place" => {
                    self.sites == base.sites
                        && self.nations == base.nations
                        && self.areas == base.areas
                }
                "formats" => self.formats == base.formats,
                "delivery" => self.delivery == base.delivery,
                "needs" => self.needs == base.needs,
                "who" => self.eligibility == base.eligibility,
                "languages" => self.languages == base.languages,
                "referral" => self.referral == base.referral,
                _ => true,
            })
            .cloned()
            .collect()
    }
}

/// A place where a project meets people in person.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, utoipa::ToSchema)]
#[serde(deny_unknown_fields)]
pub struct Site {
    pub label: String,
    pub lat: f64,
    pub lon: f64,
    pub precision: Precision,
    /// How far the site serves people in person, in kilometres; `None` when not stated.
    #[serde(default)]
    pub radius_km: Option<f64>,
    /// The nation the site is in.
    pub nation: Nation,
}

impl Site {
    /// The checked coordinate; `None` only for a site that has not been validated.
    pub fn location(&self) -> Option<LatLng> {
        LatLng::new(self.lat, self.lon).ok()
    }
}

/// How to get in touch; every field optional because nothing is invented.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, utoipa::ToSchema)]
#[serde(deny_unknown_fields)]
pub struct Contact {
    #[serde(default)]
    pub website: Option<String>,
    #[serde(default)]
    pub email: Option<String>,
    #[serde(default)]
    pub phone: Option<String>,
}

impl Contact {
    pub fn is_empty(&self) -> bool {
        self.website.is_none() && self.email.is_none() && self.phone.is_none()
    }
}

/// Who a project is for. `None` and empty sets mean the sources do not say.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, utoipa::ToSchema)]
#[serde(deny_unknown_fields)]
pub struct Eligibility {
    /// Whether people who are pregnant can come.
    #[serde(default)]
    pub pregnancy: Option<bool>,
    /// How long after birth people can come.
    #[serde(default)]
    pub after_birth: Option<AfterBirth>,
    #[serde(default)]
    pub who: BTreeSet<Attendee>,
    /// Youngest age of the parent, in years.
    #[serde(default)]
    pub min_age: Option<u8>,
    /// Oldest age of the parent, in years.
    #[serde(default)]
    pub max_age: Option<u8>,
    #[serde(default)]
    pub note: Option<String>,
}

/// A project's own reflection on one principle. Never a score.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, utoipa::ToSchema)]
#[serde(deny_unknown_fields)]
pub struct Reflection {
    pub principle: Principle,
    pub status: ReflectionStatus,
    /// How the project does it.
    #[serde(default)]
    pub how: String,
    /// How it shows it.
    #[serde(default)]
    pub evidence: String,
    /// What it plans next.
    #[serde(default)]
    pub next_steps: String,
    /// When it was published; `None` is a private draft.
    #[serde(default)]
    pub published_on: Option<NaiveDate>,
}
