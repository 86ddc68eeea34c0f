//! Rows as the database returns them, and their assembly into domain projects.

use super::{StoreError, Stored};
use crate::domain::{
    Age, Contact, Eligibility, FactSource, HistoryEntry, Project, Reflection, Session, Site, Slug,
};
use chrono::{NaiveDate, NaiveTime};
use std::collections::HashMap;
use std::str::FromStr;

#[derive(Debug, sqlx::FromRow)]
pub struct ProjectRow {
    pub id: i64,
    pub slug: String,
    pub name: String,
    pub organisation: String,
    pub summary: String,
    pub description: String,
    pub cost: Option<String>,
    pub website: Option<String>,
    pub email: Option<String>,
    pub phone: Option<String>,
    pub schedule_note: Option<String>,
    pub elig_pregnancy: Option<bool>,
    pub elig_after_birth: Option<String>,
    pub elig_min_age: Option<i32>,
    pub elig_max_age: Option<i32>,
    pub elig_note: Option<String>,
    pub status: String,
    pub verified: bool,
    pub last_confirmed: Option<NaiveDate>,
    pub source: String,
    pub created_at: chrono::DateTime<chrono::Utc>,
    pub name_cy: Option<String>,
    pub summary_cy: Option<String>,
    pub description_cy: Option<String>,
}

/// A published listing's slug and the dates its age is counted from.
#[derive(Debug, sqlx::FromRow)]
pub struct AgeRow {
    pub slug: String,
    pub last_confirmed: Option<NaiveDate>,
    pub created_at: chrono::DateTime<chrono::Utc>,
}

impl AgeRow {
    /// The slug (as stored) and the listing's age.
    pub fn into_age(self) -> (String, Option<Age>) {
        let listed_on = crate::domain::freshness::london_date(self.created_at);
        let age = Age::of(self.last_confirmed, Some(listed_on));
        (self.slug, age)
    }
}

#[derive(Debug, sqlx::FromRow)]
pub struct TagRow {
    pub project_id: i64,
    pub kind: String,
    pub value: String,
}

#[derive(Debug, sqlx::FromRow)]
pub struct SiteRow {
    pub project_id: i64,
    pub label: String,
    pub lat: f64,
    pub lon: f64,
    pub loc_precision: String,
    pub radius_km: Option<f64>,
    pub nation: String,
}

#[derive(Debug, sqlx::FromRow)]
pub struct SessionRow {
    pub project_id: i64,
    pub site_label: Option<String>,
    pub frequency: String,
    pub repeat_interval: i32,
    pub day: String,
    pub week_of_month: Option<i32>,
    pub opens: NaiveTime,
    pub closes: NaiveTime,
    pub valid_from: Option<NaiveDate>,
    pub valid_until: Option<NaiveDate>,
    pub note: Option<String>,
}

#[derive(Debug, sqlx::FromRow)]
pub struct ReflectionRow {
    pub project_id: i64,
    pub principle: String,
    pub status: String,
    pub how: String,
    pub evidence: String,
    pub next_steps: String,
    pub published_on: Option<NaiveDate>,
}

#[derive(Debug, sqlx::FromRow)]
pub struct FactSourceRow {
    pub project_id: i64,
    pub fact: String,
    pub url: String,
}

#[derive(Debug, sqlx::FromRow)]
pub struct HistoryRow {
    pub at: chrono::DateTime<chrono::Utc>,
    pub actor: String,
    pub field: String,
    pub old_value: Option<String>,
    pub new_value: Option<String>,
}

impl From<HistoryRow> for HistoryEntry {
    fn from(r: HistoryRow) -> Self {
        HistoryEntry {
            at: r.at,
            actor: r.actor,
            field: r.field,
            old_value: r.old_value,
            new_value: r.new_value,
        }
    }
}

/// The tag kinds of `project_tags`, one per multi-valued vocabulary.
pub mod kind {
    pub const NEED: &str = "need";
    pub const FORMAT: &str = "format";
    pub const DELIVERY: &str = "delivery";
    pub const LANGUAGE: &str = "language";
    pub const NATION: &str = "nation";
    pub const REFERRAL: &str = "referral";
    pub const ATTENDEE: &str = "attendee";
    /// A served area, as [`crate::domain::ServedArea::to_stored`]: its code, a space, its name.
    pub const AREA: &str = "area";
}

/// Every (kind, value) tag of a project.
pub fn tags_of(p: &Project) -> Vec<(&'static str, String)> {
    let mut out = Vec::new();
    out.extend(p.needs.iter().map(|v| (kind::NEED, v.clone())));
    out.extend(
        p.formats
            .iter()
            .map(|v| (kind::FORMAT, v.slug().to_string())),
    );
    out.extend(
        p.delivery
            .iter()
            .map(|v| (kind::DELIVERY, v.slug().to_string())),
    );
    out.extend(p.languages.iter().map(|v| (kind::LANGUAGE, v.clone())));
    out.extend(
        p.nations
            .iter()
            .map(|v| (kind::NATION, v.slug().to_string())),
    );
    out.extend(p.areas.iter().map(|a| (kind::AREA, a.to_stored())));
    out.extend(
        p.referral
            .iter()
            .map(|v| (kind::REFERRAL, v.slug().to_string())),
    );
    out.extend(
        p.eligibility
            .who
            .iter()
            .map(|v| (kind::ATTENDEE, v.slug().to_string())),
    );
    out
}

fn parse<T: FromStr>(value: &str, what: &str) -> Result<T, StoreError>
where
    T::Err: std::fmt::Display,
{
    value
        .parse()
        .map_err(|e: T::Err| StoreError::Corrupt(format!("{what}: {e}")))
}

fn small(value: Option<i32>, what: &str) -> Result<Option<u8>, StoreError> {
    value
        .map(|v| {
            u8::try_from(v).map_err(|_| StoreError::Corrupt(format!("{what} {v} out of range")))
        })
        .transpose()
}

/// The child rows of a set of projects, as loaded in bulk.
#[derive(Default)]
pub struct Children {
    pub tags: Vec<TagRow>,
    pub sites: Vec<SiteRow>,
    pub sessions: Vec<SessionRow>,
    pub reflections: Vec<ReflectionRow>,
    /// In each project's order.
    pub sources: Vec<FactSourceRow>,
}

/// Builds domain projects from rows, keeping the order of `projects`.
pub fn assemble(projects: Vec<ProjectRow>, children: Children) -> Result<Vec<Stored>, StoreError> {
    let mut by_id: HashMap<i64, Project> = HashMap::with_capacity(projects.len());
    let mut order = Vec::with_capacity(projects.len());
    for row in projects {
        order.push(row.id);
        by_id.insert(row.id, project_of(row)?);
    }
    for t in children.tags {
        if let Some(p) = by_id.get_mut(&t.project_id) {
            add_tag(p, t)?;
        }
    }
    for s in children.sites {
        if let Some(p) = by_id.get_mut(&s.project_id) {
            p.sites.push(site_of(s)?);
        }
    }
    for s in children.sessions {
        if let Some(p) = by_id.get_mut(&s.project_id) {
            p.sessions.push(session_of(s)?);
        }
    }
    for r in children.reflections {
        if let Some(p) = by_id.get_mut(&r.project_id) {
            p.reflections.push(reflection_of(r)?);
        }
    }
    for s in children.sources {
        if let Some(p) = by_id.get_mut(&s.project_id) {
            p.sources.push(source_of(s));
        }
    }
    order
        .into_iter()
        .map(|id| {
            let mut project = by_id.remove(&id).expect("every id was inserted above");
            project.reflections.sort_by_key(|r| r.principle);
            Ok(Stored { id, project })
        })
        .collect()
}

/// Projects assembled from rows streamed one table at a time: first the projects, in
/// ascending id, then each child table, every row attached to its project as it arrives
/// (rows of projects not loaded are skipped). Nothing but the projects themselves is held.
#[derive(Default)]
pub struct Assembly {
    projects: Vec<Stored>,
}

impl Assembly {
    /// Adds a project; rows must come in ascending id.
    pub fn project(&mut self, row: ProjectRow) -> Result<(), StoreError> {
        if self.projects.last().is_some_and(|p| p.id >= row.id) {
            return Err(StoreError::Corrupt(format!(
                "project {} out of order in a bulk load",
                row.id
            )));
        }
        let id = row.id;
        self.projects.push(Stored {
            id,
            project: project_of(row)?,
        });
        Ok(())
    }

    fn get(&mut self, id: i64) -> Option<&mut Project> {
        let at = self.projects.binary_search_by_key(&id, |p| p.id).ok()?;
        Some(&mut self.projects[at].project)
    }

    pub fn tag(&mut self, t: TagRow) -> Result<(), StoreError> {
        match self.get(t.project_id) {
            Some(p) => add_tag(p, t),
            None => Ok(()),
        }
    }

    pub fn site(&mut self, s: SiteRow) -> Result<(), StoreError> {
        if let Some(p) = self.get(s.project_id) {
            p.sites.push(site_of(s)?);
        }
        Ok(())
    }

    pub fn session(&mut self, s: SessionRow) -> Result<(), StoreError> {
        if let Some(p) = self.get(s.project_id) {
            p.sessions.push(session_of(s)?);
        }
        Ok(())
    }

    pub fn reflection(&mut self, r: ReflectionRow) -> Result<(), StoreError> {
        if let Some(p) = self.get(r.project_id) {
            p.reflections.push(reflection_of(r)?);
        }
        Ok(())
    }

    pub fn source(&mut self, s: FactSourceRow) {
        if let Some(p) = self.get(s.project_id) {
            p.sources.push(source_of(s));
        }
    }

    /// The projects, in id order, each one's vectors trimmed to their length.
    pub fn finish(mut self) -> Vec<Stored> {
        for s in &mut self.projects {
            let p = &mut s.project;
            p.reflections.sort_by_key(|r| r.principle);
            p.sites.shrink_to_fit();
            p.sessions.shrink_to_fit();
            p.reflections.shrink_to_fit();
            p.sources.shrink_to_fit();
        }
        self.projects
    }
}

fn add_tag(p: &mut Project, t: TagRow) -> Result<(), StoreError> {
    match t.kind.as_str() {
        kind::NEED => drop(p.needs.insert(t.value)),
        kind::FORMAT => drop(p.formats.insert(parse(&t.value, "format")?)),
        kind::DELIVERY => drop(p.delivery.insert(parse(&t.value, "delivery")?)),
        kind::LANGUAGE => drop(p.languages.insert(t.value)),
        kind::NATION => drop(p.nations.insert(parse(&t.value, "nation")?)),
        kind::REFERRAL => drop(p.referral.insert(parse(&t.value, "referral")?)),
        kind::ATTENDEE => drop(p.eligibility.who.insert(parse(&t.value, "attendee")?)),
        kind::AREA => drop(
            p.areas.insert(
                crate::domain::ServedArea::from_stored(&t.value)
                    .map_err(|e| StoreError::Corrupt(format!("area: {e}")))?,
            ),
        ),
        other => return Err(StoreError::Corrupt(format!("unknown tag kind {other}"))),
    }
    Ok(())
}

fn site_of(s: SiteRow) -> Result<Site, StoreError> {
    Ok(Site {
        label: s.label,
        lat: s.lat,
        lon: s.lon,
        precision: parse(&s.loc_precision, "precision")?,
        radius_km: s.radius_km,
        nation: parse(&s.nation, "nation")?,
    })
}

fn session_of(s: SessionRow) -> Result<Session, StoreError> {
    Ok(Session {
        site: s.site_label,
        frequency: parse(&s.frequency, "frequency")?,
        interval: small(Some(s.repeat_interval), "interval")?.unwrap_or(1),
        day: parse(&s.day, "day")?,
        week_of_month: s
            .week_of_month
            .map(|w| i8::try_from(w).map_err(|_| StoreError::Corrupt(format!("week_of_month {w}"))))
            .transpose()?,
        opens: s.opens,
        closes: s.closes,
        valid_from: s.valid_from,
        valid_until: s.valid_until,
        note: s.note,
    })
}

pub(crate) fn reflection_of(r: ReflectionRow) -> Result<Reflection, StoreError> {
    Ok(Reflection {
        principle: parse(&r.principle, "principle")?,
        status: parse(&r.status, "reflection status")?,
        how: r.how,
        evidence: r.evidence,
        next_steps: r.next_steps,
        published_on: r.published_on,
    })
}

fn source_of(s: FactSourceRow) -> FactSource {
    FactSource {
        fact: s.fact,
        url: s.url,
    }
}

fn project_of(row: ProjectRow) -> Result<Project, StoreError> {
    Ok(Project {
        slug: Slug::parse(&row.slug).map_err(|e| StoreError::Corrupt(e.to_string()))?,
        name: row.name,
        organisation: row.organisation,
        summary: row.summary,
        description: row.description,
        name_cy: row.name_cy,
        summary_cy: row.summary_cy,
        description_cy: row.description_cy,
        formats: Default::default(),
        delivery: Default::default(),
        needs: Default::default(),
        languages: Default::default(),
        sites: Vec::new(),
        nations: Default::default(),
        areas: Default::default(),
        referral: Default::default(),
        cost: row.cost,
        contact: Contact {
            website: row.website,
            email: row.email,
            phone: row.phone,
        },
        sessions: Vec::new(),
        schedule_note: row.schedule_note,
        eligibility: Eligibility {
            pregnancy: row.elig_pregnancy,
            after_birth: row
                .elig_after_birth
                .as_deref()
                .map(|v| parse(v, "after_birth"))
                .transpose()?,
            who: Default::default(),
            min_age: small(row.elig_min_age, "min_age")?,
            max_age: small(row.elig_max_age, "max_age")?,
            note: row.elig_note,
        },
        status: parse(&row.status, "status")?,
        verified: row.verified,
        last_confirmed: row.last_confirmed,
        listed_on: Some(crate::domain::freshness::london_date(row.created_at)),
        source: row.source,
        sources: Vec::new(),
        reflections: Vec::new(),
    })
}
