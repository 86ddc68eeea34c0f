//! One ORUK 3.0 service (a feed's JSON) read as a peermap listing: their taxonomy
//! through the crosswalk (`data/oruk-crosswalk.json`), their places as our sites at the
//! coordinates they give, and their service areas as the nations and council areas we
//! serve. Whatever cannot be read is a reason the record is refused.

use crate::domain::{AreaCode, LatLng, Project, Slug, Taxonomy as Needs};
use crate::geocode::Geocoder;
use crate::store::FeedIds;
use serde::Deserialize;
use serde_json::{Map, Value, json};
use std::collections::{BTreeMap, BTreeSet, HashMap};
use uuid::Uuid;

/// The crosswalk bundled in `data/`.
pub const BUNDLED_CROSSWALK: &str = include_str!("../../data/oruk-crosswalk.json");

/// How their taxonomies map to our vocabularies.
#[derive(Debug, Clone, Deserialize)]
pub struct Crosswalk {
    pub taxonomies: BTreeMap<String, TaxonomyMap>,
    /// Two lists of words: a service is in scope when its text has one of each.
    pub keep_when_text_has: Vec<Vec<String>>,
}

#[derive(Debug, Clone, Deserialize)]
pub struct TaxonomyMap {
    /// Their terms are our slugs in this vocabulary.
    #[serde(default)]
    pub vocabulary: Option<String>,
    /// Their term (lower case) to our `vocabulary/slug` pairs.
    #[serde(default)]
    pub terms: BTreeMap<String, Vec<String>>,
    #[serde(default)]
    pub in_scope: bool,
}

impl Crosswalk {
    pub fn bundled() -> Crosswalk {
        Crosswalk::parse(BUNDLED_CROSSWALK)
            .unwrap_or_else(|e| unreachable!("the bundled crosswalk is valid: {e}"))
    }

    pub fn parse(text: &str) -> Result<Crosswalk, String> {
        serde_json::from_str(text).map_err(|e| format!("the crosswalk is not valid: {e}"))
    }

    /// Our (vocabulary, slug) pairs for their term, and whether the term puts the service
    /// in scope by its taxonomy.
    fn map(&self, taxonomy: &str, term: &str) -> (Vec<(String, String)>, bool) {
        let Some(t) = self.taxonomies.get(taxonomy) else {
            return (Vec::new(), false);
        };
        if let Some(v) = &t.vocabulary {
            return (vec![(v.clone(), term.to_string())], t.in_scope);
        }
        let pairs = t
            .terms
            .get(&term.to_lowercase())
            .into_iter()
            .flatten()
            .filter_map(|p| p.split_once('/'))
            .map(|(v, s)| (v.to_string(), s.to_string()))
            .collect();
        (pairs, t.in_scope)
    }
}

/// What became of one record.
#[derive(Debug)]
pub enum Read {
    /// A listing to queue, with their id and the ids of it and its places.
    Listing {
        id: String,
        project: Box<Project>,
        ids: FeedIds,
    },
    /// Not ours to list: the reason.
    Skipped { id: String, reason: String },
}

fn str_of<'a>(v: &'a Value, key: &str) -> Option<&'a str> {
    v.get(key)
        .and_then(Value::as_str)
        .map(str::trim)
        .filter(|s| !s.is_empty())
}

fn list<'a>(v: &'a Value, key: &str) -> &'a [Value] {
    v.get(key)
        .and_then(Value::as_array)
        .map_or(&[], Vec::as_slice)
}

/// The summary (at most the validator's limit, cut at a sentence or word) and the rest.
fn split_description(text: &str) -> (String, String) {
    let max = crate::domain::validate::SUMMARY_MAX;
    let (first, rest) = match text.split_once("\n\n") {
        Some((a, b)) => (a.trim(), b.trim()),
        None => (text.trim(), ""),
    };
    if first.chars().count() <= max {
        return (first.to_string(), rest.to_string());
    }
    let cut: String = first.chars().take(max - 1).collect();
    let at = cut.rfind(". ").map(|i| i + 1).or_else(|| cut.rfind(' '));
    let summary = match at {
        Some(i) => format!("{}…", cut[..i].trim_end()),
        None => format!("{cut}…"),
    };
    (summary, text.trim().to_string())
}

/// Every (vocabulary, slug) the service's attributes map to, and whether one of them puts
/// it in scope.
fn terms(service: &Value, cw: &Crosswalk) -> (BTreeSet<(String, String)>, bool) {
    let mut out = BTreeSet::new();
    let mut in_scope = false;
    for a in list(service, "attributes") {
        let Some(t) = a.get("taxonomy_term") else {
            continue;
        };
        let taxonomy = str_of(t, "taxonomy")
            .or_else(|| t.get("taxonomy_detail").and_then(|d| str_of(d, "name")))
            .unwrap_or("");
        let Some(term) = str_of(t, "term").or_else(|| str_of(t, "name")) else {
            continue;
        };
        let (pairs, scope) = cw.map(taxonomy, term);
        in_scope |= scope;
        out.extend(pairs);
    }
    (out, in_scope)
}

fn slugs(terms: &BTreeSet<(String, String)>, vocabulary: &str) -> Vec<String> {
    terms
        .iter()
        .filter(|(v, _)| v == vocabulary)
        .map(|(_, s)| s.clone())
        .collect()
}

fn in_scope_by_text(service: &Value, cw: &Crosswalk) -> bool {
    let text = format!(
        "{} {}",
        str_of(service, "name").unwrap_or(""),
        str_of(service, "description").unwrap_or("")
    )
    .to_lowercase();
    !cw.keep_when_text_has.is_empty()
        && cw
            .keep_when_text_has
            .iter()
            .all(|words| words.iter().any(|w| text.contains(w.as_str())))
}

/// The places of a service: its physical locations as sites (with the reach its service
/// areas state for them, as we write it), and whether it has a virtual one.
fn places(
    service: &Value,
    geocoder: &Geocoder,
    terms: &BTreeSet<(String, String)>,
    reasons: &mut Vec<String>,
) -> Vec<Value> {
    let mut sites = Vec::new();
    let reach: BTreeMap<String, f64> = list(service, "service_areas")
        .iter()
        .filter_map(|a| {
            let name = str_of(a, "name")?.strip_prefix("Within ")?;
            let (km, label) = name.split_once(" km of ")?;
            Some((label.to_string(), km.parse().ok()?))
        })
        .collect();
    let default_precision = slugs(terms, "location-precision")
        .first()
        .cloned()
        .unwrap_or_else(|| "town".to_string());
    for sal in list(service, "service_at_locations") {
        let Some(loc) = sal.get("location") else {
            continue;
        };
        if str_of(loc, "location_type") == Some("virtual") {
            continue;
        }
        let label = place_label(loc);
        let (lat, lon) = (
            loc.get("latitude").and_then(Value::as_f64),
            loc.get("longitude").and_then(Value::as_f64),
        );
        let (Some(lat), Some(lon)) = (lat, lon) else {
            reasons.push(format!("the place “{label}” has no coordinates"));
            continue;
        };
        let Ok(at) = LatLng::new(lat, lon) else {
            reasons.push(format!(
                "the place “{label}” has coordinates off the map ({lat}, {lon})"
            ));
            continue;
        };
        let (nation, metres) = geocoder.nearest_nation(at);
        if metres > 50_000.0 {
            reasons.push(format!(
                "the place “{label}” ({lat}, {lon}) is not in the UK"
            ));
            continue;
        }
        let precision = list(loc, "attributes")
            .iter()
            .filter_map(|a| a.get("taxonomy_term"))
            .find(|t| str_of(t, "taxonomy") == Some("Location precision"))
            .and_then(|t| str_of(t, "term"))
            .map_or(default_precision.clone(), str::to_string);
        let mut site = json!({"label": label, "lat": lat, "lon": lon,
            "precision": precision, "nation": nation.slug()});
        if let Some(km) = reach.get(label) {
            site["radius_km"] = json!(km);
        }
        sites.push(site);
    }
    sites
}

/// What a physical place is called: its name, or its address's town.
fn place_label(loc: &Value) -> &str {
    str_of(loc, "name")
        .or_else(|| {
            list(loc, "addresses")
                .first()
                .and_then(|a| str_of(a, "city"))
        })
        .unwrap_or("")
}

/// Each service_at_location id of a service and the site label it became (`None` for a
/// virtual place), its one place when it has only one, and the ids it had.
type Places = (
    HashMap<String, Option<String>>,
    Option<Option<String>>,
    Vec<(String, Uuid)>,
);

fn place_ids(service: &Value, sites: &[Value]) -> Places {
    let labels: Vec<&str> = sites.iter().filter_map(|s| s["label"].as_str()).collect();
    let (mut map, mut ids) = (HashMap::new(), Vec::<(String, Uuid)>::new());
    let mut distinct: BTreeSet<Option<String>> = BTreeSet::new();
    for sal in list(service, "service_at_locations") {
        let Some(loc) = sal.get("location") else {
            continue;
        };
        let place = if str_of(loc, "location_type") == Some("virtual") {
            None
        } else {
            let label = place_label(loc);
            if !labels.contains(&label) {
                continue;
            }
            Some(label.to_string())
        };
        distinct.insert(place.clone());
        let Some(id) = str_of(sal, "id") else {
            continue;
        };
        map.insert(id.to_string(), place.clone());
        if let (Some(label), Ok(uuid)) = (place, Uuid::parse_str(id))
            && !ids.iter().any(|(l, _)| *l == label)
        {
            ids.push((label, uuid));
        }
    }
    let only = match distinct.len() {
        0 if labels.is_empty() => Some(None),
        1 => distinct.into_iter().next(),
        _ => None,
    };
    (map, only, ids)
}

/// The nations served remotely and the council areas served, from the service areas'
/// GSS codes.
fn areas(service: &Value) -> (Vec<String>, Vec<Value>) {
    let (mut nations, mut areas) = (Vec::new(), Vec::new());
    for a in list(service, "service_areas") {
        let code = str_of(a, "uri")
            .and_then(|u| u.rsplit('/').next())
            .and_then(|c| AreaCode::parse(c).ok());
        let Some(code) = code else { continue };
        let remote = str_of(a, "description").is_some_and(|d| d.starts_with("Online or by phone"));
        if code.is_nation() && remote {
            nations.push(code.nation().slug().to_string());
        } else {
            let name = str_of(a, "name").unwrap_or(code.as_str());
            areas.push(json!({"code": code.as_str(), "name": name}));
        }
    }
    (nations, areas)
}

/// Where the listing came from, with the day the feed says its record was last checked
/// (`assured_date`): kept as provenance, never as our "confirmed", which only the project
/// itself can give.
fn source(provenance: &str, service: &Value) -> String {
    match str_of(service, "assured_date") {
        Some(day) => format!("{provenance}; the feed says its record was checked on {day}"),
        None => provenance.to_string(),
    }
}

/// Reads one service. `provenance` says where it came from (the listing's `source`);
/// `fact_url` is its http(s) address, when it has one, kept as the source of its facts.
pub fn read(
    service: &Value,
    cw: &Crosswalk,
    needs: &Needs,
    geocoder: &Geocoder,
    provenance: &str,
    fact_url: Option<&str>,
) -> Result<Read, Vec<String>> {
    match service {
        Value::Object(_) => {}
        _ => return Err(vec!["it is not a JSON object".to_string()]),
    }
    let id = str_of(service, "id").unwrap_or("").to_string();
    let mut reasons = Vec::new();
    if id.is_empty() {
        reasons.push("it has no id".to_string());
    }
    let Some(name) = str_of(service, "name") else {
        reasons.push("it has no name".to_string());
        return Err(reasons);
    };
    if str_of(service, "status").is_some_and(|s| s != "active") {
        let reason = "it is not active".to_string();
        return Ok(Read::Skipped { id, reason });
    }
    let (terms, scoped) = terms(service, cw);
    let perinatal = terms
        .iter()
        .any(|(v, _)| v == "needs" || v == "perinatal-stage");
    if !(scoped || perinatal || in_scope_by_text(service, cw)) {
        let reason = "it is not perinatal mental health peer support".to_string();
        return Ok(Read::Skipped { id, reason });
    }
    let organisation = service
        .get("organization")
        .and_then(|o| str_of(o, "name"))
        .unwrap_or(name);
    let (summary, description) = split_description(str_of(service, "description").unwrap_or(""));
    let sites = places(service, geocoder, &terms, &mut reasons);
    let (place_map, only, site_ids) = place_ids(service, &sites);
    let schedules = super::import_schedule::read(service, &place_map, only.as_ref())
        .unwrap_or_else(|why| {
            reasons.push(why);
            super::import_schedule::Read::default()
        });
    let (nations, areas) = areas(service);
    let stage = slugs(&terms, "perinatal-stage");
    let after_birth = stage.iter().find(|s| *s != super::vocab::PREGNANT);
    let phone = list(service, "phones")
        .iter()
        .chain(
            list(service, "contacts")
                .iter()
                .flat_map(|c| list(c, "phones")),
        )
        .find_map(|p| str_of(p, "number"));
    let mut eligibility = Map::new();
    if stage.iter().any(|s| s == super::vocab::PREGNANT) {
        eligibility.insert("pregnancy".into(), json!(true));
    }
    eligibility.insert("after_birth".into(), json!(after_birth));
    eligibility.insert("who".into(), json!(slugs(&terms, super::vocab::WHO)));
    for (ours, theirs) in [("min_age", "minimum_age"), ("max_age", "maximum_age")] {
        if let Some(age) = service.get(theirs).and_then(Value::as_f64) {
            match u8::try_from(age.round() as i64) {
                Ok(a) => eligibility.insert(ours.into(), json!(a)),
                Err(_) => {
                    reasons.push(format!("{theirs} {age} is not an age"));
                    None
                }
            };
        }
    }
    eligibility.insert(
        "note".into(),
        json!(str_of(service, "eligibility_description")),
    );
    let slug = match Slug::from_name(name) {
        Ok(s) => s,
        Err(e) => {
            reasons.push(format!("no address can be made from its name: {e}"));
            return Err(reasons);
        }
    };
    let sources: Vec<Value> = fact_url
        .map(|url| {
            ["name", "website", "email", "phone", "place", "needs"]
                .iter()
                .map(|f| json!({"fact": f, "url": url}))
                .collect()
        })
        .unwrap_or_default();
    let record = json!({
        "slug": slug.as_str(), "name": name, "organisation": organisation,
        "summary": summary, "description": description,
        "formats": slugs(&terms, super::vocab::FORMATS),
        "delivery": slugs(&terms, super::vocab::DELIVERY),
        "needs": slugs(&terms, super::vocab::NEEDS),
        "languages": list(service, "languages").iter().filter_map(|l| str_of(l, "code")).collect::<Vec<_>>(),
        "sites": sites, "nations": nations, "areas": areas,
        "referral": slugs(&terms, super::vocab::REFERRAL),
        "cost": list(service, "cost_options").iter().find_map(|c| str_of(c, "amount_description")),
        "contact": {"website": str_of(service, "url"), "email": str_of(service, "email"), "phone": phone},
        "eligibility": eligibility,
        "sessions": schedules.sessions, "schedule_note": schedules.note,
        "status": "published", "verified": false,
        "source": source(provenance, service), "sources": sources,
    });
    if !reasons.is_empty() {
        return Err(reasons);
    }
    let project: Project = serde_json::from_value(record).map_err(|e| vec![e.to_string()])?;
    let problems = project.problems(needs);
    if !problems.is_empty() {
        return Err(problems);
    }
    let ids = FeedIds {
        service: Uuid::parse_str(&id).ok(),
        sites: site_ids,
    };
    Ok(Read::Listing {
        id,
        project: Box::new(project),
        ids,
    })
}
