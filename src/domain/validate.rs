//! Checks a project against the rules a person would expect, with messages they can act on.

use super::check::{Check, Field};
use super::{FactSource, LatLng, Project, Taxonomy};
use std::collections::HashSet;

/// Longest plain-English summary, in characters.
pub const SUMMARY_MAX: usize = 300;
/// Longest name or organisation, in characters.
pub const NAME_MAX: usize = 200;
/// Longest free-text field, in characters.
pub const TEXT_MAX: usize = 10_000;
/// Longest address of a fact's source page, in characters.
pub const URL_MAX: usize = 1_000;
/// Largest in-person service radius, in kilometres.
pub const RADIUS_MAX_KM: f64 = 500.0;

impl Project {
    /// Every problem with this listing, each an English sentence; empty when it is fit
    /// to store.
    pub fn problems(&self, taxonomy: &Taxonomy) -> Vec<String> {
        self.checks(taxonomy)
            .iter()
            .map(ToString::to_string)
            .collect()
    }

    /// Every problem with this listing; empty when it is fit to store.
    pub fn checks(&self, taxonomy: &Taxonomy) -> Vec<Check> {
        let mut out = self.text_checks();
        out.extend(self.vocabulary_checks(taxonomy));
        out.extend(self.contact_checks());
        out.extend(self.place_checks());
        let mut principles = HashSet::new();
        for r in &self.reflections {
            if !principles.insert(r.principle) {
                out.push(Check::ReflectionRepeated(r.principle));
            }
        }
        if let (Some(min), Some(max)) = (self.eligibility.min_age, self.eligibility.max_age)
            && min > max
        {
            out.push(Check::Ages { min, max });
        }
        out
    }

    fn text_checks(&self) -> Vec<Check> {
        let mut out = Vec::new();
        let mut text = |field: Field, value: &str, max: usize, required: bool| {
            let len = value.chars().count();
            if required && value.trim().is_empty() {
                out.push(Check::Missing(field));
            } else if len > max {
                out.push(Check::TooLong { field, len, max });
            }
            if value
                .chars()
                .any(|c| c.is_control() && c != '\n' && c != '\r' && c != '\t')
            {
                out.push(Check::ControlCharacters(field));
            }
        };
        text(Field::Name, &self.name, NAME_MAX, true);
        text(Field::Organisation, &self.organisation, NAME_MAX, true);
        text(Field::Summary, &self.summary, SUMMARY_MAX, true);
        text(Field::Description, &self.description, TEXT_MAX, false);
        text(Field::Source, &self.source, TEXT_MAX, true);
        for (field, value) in [
            (Field::Cost, &self.cost),
            (Field::ScheduleNote, &self.schedule_note),
            (Field::EligibilityNote, &self.eligibility.note),
            (Field::Website, &self.contact.website),
            (Field::Email, &self.contact.email),
            (Field::Phone, &self.contact.phone),
        ] {
            if let Some(v) = value {
                text(field, v, 1_000, true);
            }
        }
        for s in &self.sources {
            text(Field::FactSource, &s.url, URL_MAX, true);
        }
        for r in &self.reflections {
            text(Field::Reflection, &r.how, TEXT_MAX, false);
            text(Field::ReflectionEvidence, &r.evidence, TEXT_MAX, false);
            text(Field::ReflectionNextSteps, &r.next_steps, TEXT_MAX, false);
        }
        out
    }

    fn vocabulary_checks(&self, taxonomy: &Taxonomy) -> Vec<Check> {
        let mut out = Vec::new();
        for need in &self.needs {
            if taxonomy.need(need).is_none() {
                let known = taxonomy.needs.iter().map(|n| n.slug.clone()).collect();
                out.push(Check::UnknownNeed {
                    need: need.clone(),
                    known,
                });
            }
        }
        for code in &self.languages {
            if taxonomy.language(code).is_none() {
                out.push(Check::UnknownLanguage(code.clone()));
            }
        }
        out
    }

    fn contact_checks(&self) -> Vec<Check> {
        let mut out = Vec::new();
        if let Some(site) = &self.contact.website
            && !(site.starts_with("https://") || site.starts_with("http://"))
        {
            out.push(Check::WebsiteScheme(site.clone()));
        }
        if let Some(email) = &self.contact.email
            && !email
                .split_once('@')
                .is_some_and(|(a, b)| !a.is_empty() && b.contains('.'))
        {
            out.push(Check::EmailShape(email.clone()));
        }
        for s in &self.sources {
            if s.label().is_none() {
                let known = FactSource::FACTS.iter().map(|(f, _)| *f).collect();
                out.push(Check::UnknownFact {
                    fact: s.fact.clone(),
                    known,
                });
            }
            if !is_web_address(&s.url) {
                out.push(Check::SourceNotWeb {
                    url: s.url.clone(),
                    fact: s.fact.clone(),
                });
            }
        }
        out
    }

    fn place_checks(&self) -> Vec<Check> {
        let mut out = Vec::new();
        let mut labels = HashSet::new();
        for site in &self.sites {
            if site.label.trim().is_empty() {
                out.push(Check::SiteUnlabelled);
            } else if !labels.insert(site.label.as_str()) {
                out.push(Check::SiteRepeated(site.label.clone()));
            }
            if let Err(error) = LatLng::new(site.lat, site.lon) {
                out.push(Check::SitePoint {
                    site: site.label.clone(),
                    error,
                });
            }
            if site
                .radius_km
                .is_some_and(|r| !(r.is_finite() && (0.0..=RADIUS_MAX_KM).contains(&r)))
            {
                out.push(Check::SiteRadius {
                    site: site.label.clone(),
                    max: RADIUS_MAX_KM,
                });
            }
        }
        for session in &self.sessions {
            if let Some(label) = &session.site
                && !labels.contains(label.as_str())
            {
                out.push(Check::SessionSite(label.clone()));
            }
            out.extend(session.checks().into_iter().map(Check::Session));
        }
        out
    }
}

/// An `http(s)://` address with a host and no spaces.
fn is_web_address(url: &str) -> bool {
    let rest = url
        .strip_prefix("https://")
        .or_else(|| url.strip_prefix("http://"));
    rest.is_some_and(|r| {
        let host = r.split(['/', '?', '#']).next().unwrap_or("");
        !host.is_empty() && !r.chars().any(char::is_whitespace)
    })
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;
    use crate::domain::{Nation, Precision, Site, Slug, Status};

    pub(crate) fn sample() -> Project {
        Project {
            slug: Slug::parse("sample-project").unwrap(),
            name: "Sample".into(),
            organisation: "Sample Org".into(),
            summary: "A group.".into(),
            description: String::new(),
            name_cy: None,
            summary_cy: None,
            description_cy: None,
            formats: Default::default(),
            delivery: Default::default(),
            needs: ["postpartum-psychosis".to_string()].into(),
            languages: ["en".to_string()].into(),
            sites: vec![Site {
                label: "Preston".into(),
                lat: 53.76,
                lon: -2.70,
                precision: Precision::Town,
                radius_km: Some(30.0),
                nation: Nation::England,
            }],
            nations: Default::default(),
            areas: Default::default(),
            referral: Default::default(),
            cost: None,
            contact: Default::default(),
            sessions: vec![],
            schedule_note: None,
            eligibility: Default::default(),
            status: Status::Published,
            verified: false,
            last_confirmed: None,
            listed_on: None,
            source: "test".into(),
            sources: vec![FactSource {
                fact: "place".into(),
                url: "https://example.org/where-we-meet".into(),
            }],
            reflections: vec![],
        }
    }

    #[test]
    fn a_good_project_has_no_problems() {
        assert_eq!(
            sample().problems(&Taxonomy::bundled()),
            Vec::<String>::new()
        );
    }

    #[test]
    fn problems_name_what_is_wrong() {
        let mut p = sample();
        p.summary = "x".repeat(301);
        p.needs.insert("astrology".into());
        p.languages.insert("xx".into());
        p.sites[0].lat = 123.0;
        p.contact.email = Some("nobody".into());
        let all = p.problems(&Taxonomy::bundled()).join("\n");
        assert!(
            all.contains("summary is 301 characters long; the most is 300"),
            "{all}"
        );
        assert!(all.contains("“astrology” is not a known need"), "{all}");
        assert!(all.contains("“xx” is not a language code"), "{all}");
        assert!(all.contains("latitude 123"), "{all}");
        assert!(all.contains("email “nobody”"), "{all}");
    }

    #[test]
    fn an_edit_keeps_the_sources_of_the_facts_it_leaves_alone() {
        let mut base = sample();
        base.contact.website = Some("https://sample.example/".into());
        base.sources.push(FactSource {
            fact: "website".into(),
            url: "https://sample.example/about".into(),
        });
        let mut edit = base.clone();
        edit.summary = "A new summary.".into();
        assert_eq!(edit.sources_kept_from(&base), base.sources);
        edit.contact.website = Some("https://new.example/".into());
        let kept: Vec<_> = edit
            .sources_kept_from(&base)
            .into_iter()
            .map(|s| s.fact)
            .collect();
        assert_eq!(
            kept,
            ["place"],
            "the page for the old website no longer stands"
        );
        edit.sites[0].label = "Preston city centre".into();
        assert!(edit.sources_kept_from(&base).is_empty());
    }

    #[test]
    fn a_source_needs_a_known_fact_and_a_web_address() {
        for (fact, url, expected) in [
            ("website", "ftp://example.org/", "must be a web address"),
            ("website", "example.org", "must be a web address"),
            ("website", "https://", "must be a web address"),
            (
                "website",
                "https://example.org/a page",
                "must be a web address",
            ),
            (
                "opening hours",
                "https://example.org/",
                "“opening hours” is not a fact",
            ),
            ("phone", "", "a fact's source is missing"),
        ] {
            let mut p = sample();
            p.sources = vec![FactSource {
                fact: fact.into(),
                url: url.into(),
            }];
            let all = p.problems(&Taxonomy::bundled()).join("\n");
            assert!(all.contains(expected), "{fact} {url}: {all}");
        }
        let mut p = sample();
        p.sources.push(FactSource {
            fact: "email".into(),
            url: "http://example.org/contact?x=1#top".into(),
        });
        assert!(p.problems(&Taxonomy::bundled()).is_empty());
    }
}
