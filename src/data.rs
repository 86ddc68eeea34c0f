//! The data bundled in `data/`: crisis routes, the starting directory, and imports.

use crate::domain::{Nation, Project, Taxonomy};
use serde::{Deserialize, Serialize};
use serde_json::Value;
use std::collections::HashSet;

/// A way to get urgent help, shown on every page.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CrisisLine {
    pub name: String,
    /// The number as people say it ("116 123").
    pub number: String,
    /// The number for a `tel:` (or `sms:`) link ("116123").
    pub tel: String,
    /// For a text service, the word to send ("SHOUT"); the link is then `sms:`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub text: Option<String>,
    /// What to do once through, in a few words ("Call 111 and press 2.").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub how: Option<String>,
    pub detail: String,
    /// The emergency number: always shown first.
    #[serde(default)]
    pub emergency: bool,
    /// Where it applies; empty means everywhere in the UK.
    pub nations: Vec<Nation>,
}

impl CrisisLine {
    /// The link that calls it (`tel:999`) or opens a text to it (`sms:85258`).
    pub fn href(&self) -> String {
        match self.text {
            Some(_) => format!("sms:{}", self.tel),
            None => format!("tel:{}", self.tel),
        }
    }

    /// The line in a few words: "Samaritans 116 123", "Text SHOUT to 85258".
    pub fn short(&self) -> String {
        match &self.text {
            Some(word) => format!("Text {word} to {}", self.number),
            None if self.name.ends_with(&self.number) => self.name.clone(),
            None => format!("{} {}", self.name, self.number),
        }
    }

    /// Whether it applies everywhere in the UK.
    pub fn everywhere(&self) -> bool {
        self.nations.is_empty()
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct CrisisLines {
    pub lines: Vec<CrisisLine>,
}

impl CrisisLines {
    /// The crisis routes built into the binary from `data/crisis.json`.
    pub fn bundled() -> Self {
        serde_json::from_str(include_str!("../data/crisis.json"))
            .expect("data/crisis.json is valid (checked by a unit test)")
    }

    /// The lines that apply in `nation`, in the order to show them: the emergency
    /// number, then the nation's own lines, then those for the whole UK. With no nation,
    /// the emergency number, the UK-wide lines, then every nation's own lines.
    pub fn for_nation(&self, nation: Option<Nation>) -> Vec<&CrisisLine> {
        let emergency = self.lines.iter().filter(|l| l.emergency);
        let own = self
            .lines
            .iter()
            .filter(|l| !l.emergency && !l.everywhere())
            .filter(|l| nation.is_none_or(|n| l.nations.contains(&n)));
        let uk = self.lines.iter().filter(|l| !l.emergency && l.everywhere());
        match nation {
            Some(_) => emergency.chain(own).chain(uk).collect(),
            None => emergency.chain(uk).chain(own).collect(),
        }
    }

    /// The lines for the whole UK (the emergency number first).
    pub fn everywhere(&self) -> Vec<&CrisisLine> {
        let emergency = self.lines.iter().filter(|l| l.emergency);
        let uk = self.lines.iter().filter(|l| !l.emergency && l.everywhere());
        emergency.chain(uk).collect()
    }

    /// Each nation's own lines, by nation, leaving out `except`.
    pub fn by_nation(&self, except: Option<Nation>) -> Vec<(Nation, Vec<&CrisisLine>)> {
        Nation::ALL
            .iter()
            .filter(|n| Some(**n) != except)
            .map(|n| {
                let lines = self
                    .lines
                    .iter()
                    .filter(|l| !l.emergency && l.nations.contains(n))
                    .collect::<Vec<_>>();
                (*n, lines)
            })
            .filter(|(_, lines)| !lines.is_empty())
            .collect()
    }
}

/// The text of the starting directory, `data/projects.json`.
pub const BUNDLED_PROJECTS: &str = include_str!("../data/projects.json");

/// A record of an import file that was not loaded, and why.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct BadRecord {
    /// 1-based position in the file.
    pub record: usize,
    pub slug: Option<String>,
    pub reasons: Vec<String>,
}

/// The result of reading an import file: the records fit to store and the others.
#[derive(Debug, Default)]
pub struct ImportBatch {
    pub good: Vec<Project>,
    pub bad: Vec<BadRecord>,
}

/// Reads a JSON array of projects, checking each record on its own so that one bad
/// record never stops the good ones. Fails only if the text is not a JSON array.
pub fn read_import(text: &str, taxonomy: &Taxonomy) -> Result<ImportBatch, String> {
    let records: Vec<Value> = serde_json::from_str(text)
        .map_err(|e| format!("the file is not a JSON array of projects: {e}"))?;
    let mut batch = ImportBatch::default();
    let mut seen = HashSet::new();
    for (i, record) in records.into_iter().enumerate() {
        let slug = record
            .get("slug")
            .and_then(Value::as_str)
            .map(str::to_string);
        let bad = |reasons| BadRecord {
            record: i + 1,
            slug: slug.clone(),
            reasons,
        };
        match serde_json::from_value::<Project>(record) {
            Err(e) => batch.bad.push(bad(vec![e.to_string()])),
            Ok(project) => {
                let mut reasons = project.problems(taxonomy);
                if !seen.insert(project.slug.clone()) {
                    reasons.push(format!(
                        "the slug “{}” appears earlier in the file",
                        project.slug
                    ));
                }
                if reasons.is_empty() {
                    batch.good.push(project);
                } else {
                    batch.bad.push(bad(reasons));
                }
            }
        }
    }
    Ok(batch)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bundled_projects_are_all_valid_and_unverified() {
        let batch = read_import(BUNDLED_PROJECTS, &Taxonomy::bundled()).unwrap();
        assert!(batch.bad.is_empty(), "{:?}", batch.bad);
        let published: Vec<_> = batch
            .good
            .iter()
            .filter(|p| p.status == crate::domain::Status::Published)
            .collect();
        assert!(published.len() >= 70, "{} published", published.len());
        for p in &batch.good {
            assert!(!p.verified, "{} must start unverified", p.slug);
            assert!(p.last_confirmed.is_none(), "{} was never confirmed", p.slug);
            assert!(
                p.reflections.is_empty(),
                "{} has invented reflections",
                p.slug
            );
            assert!(!p.source.is_empty());
            // The evidence names towns and areas, never an address.
            for site in &p.sites {
                use crate::domain::Precision::{Region, Town};
                assert!(
                    matches!(site.precision, Town | Region),
                    "{} {}: towns or areas only",
                    p.slug,
                    site.label
                );
            }
        }
    }

    /// Every website, phone number and e-mail address in the starting directory was taken
    /// from a public page, and names it; most listings have at least one of them.
    #[test]
    fn bundled_contact_details_each_name_the_page_they_came_from() {
        let batch = read_import(BUNDLED_PROJECTS, &Taxonomy::bundled()).unwrap();
        let mut reachable = 0;
        for p in &batch.good {
            let c = &p.contact;
            for (fact, value) in [
                ("website", &c.website),
                ("phone", &c.phone),
                ("email", &c.email),
            ] {
                if value.is_none() {
                    continue;
                }
                let pages: Vec<_> = p.sources.iter().filter(|s| s.fact == fact).collect();
                assert!(!pages.is_empty(), "{}: its {fact} has no source", p.slug);
                for s in pages {
                    assert!(
                        s.url.starts_with("https://") || s.url.starts_with("http://"),
                        "{}: {fact} source {}",
                        p.slug,
                        s.url
                    );
                }
            }
            if let Some(site) = &c.website {
                assert!(site.starts_with("https://") || site.starts_with("http://"));
            }
            // A page is given only for a fact the listing states.
            for s in &p.sources {
                let e = &p.eligibility;
                let stated = match s.fact.as_str() {
                    "website" => c.website.is_some(),
                    "phone" => c.phone.is_some(),
                    "email" => c.email.is_some(),
                    "place" => !(p.sites.is_empty() && p.nations.is_empty() && p.areas.is_empty()),
                    "formats" => !p.formats.is_empty(),
                    "delivery" => !p.delivery.is_empty(),
                    "needs" => !p.needs.is_empty(),
                    "languages" => !p.languages.is_empty(),
                    "referral" => !p.referral.is_empty(),
                    "who" => *e != crate::domain::Eligibility::default(),
                    _ => true,
                };
                assert!(
                    stated,
                    "{}: a page for its {}, which it does not state",
                    p.slug, s.fact
                );
            }
            if !c.is_empty() {
                reachable += 1;
            }
        }
        let all = batch.good.len();
        assert!(
            reachable * 5 >= all * 4,
            "only {reachable} of {all} listings give a way to get in touch"
        );
    }

    #[test]
    fn bundled_served_areas_are_real_council_areas_or_nations_by_their_names() {
        let batch = read_import(BUNDLED_PROJECTS, &Taxonomy::bundled()).unwrap();
        let geocoder = crate::geocode::Geocoder::bundled().unwrap();
        let mut serving = 0;
        for p in &batch.good {
            for a in &p.areas {
                if a.code.is_nation() {
                    assert_eq!(a, &crate::domain::ServedArea::nation(a.code.nation()));
                } else {
                    assert_eq!(
                        geocoder.council_named(&a.code).as_ref(),
                        Some(a),
                        "{}",
                        p.slug
                    );
                }
            }
            serving += usize::from(!p.areas.is_empty());
        }
        // Relate Cymru (Wales), MindWise (Northern Ireland), the Greater Manchester and
        // Cheshire and Merseyside services, among others.
        assert!(serving >= 10, "only {serving} listings state an area");
    }

    #[test]
    fn crisis_lines_cover_each_nation() {
        let lines = CrisisLines::bundled();
        let names = |n| {
            lines
                .for_nation(Some(n))
                .iter()
                .map(|l| l.short())
                .collect::<Vec<_>>()
        };
        assert_eq!(
            names(Nation::England),
            [
                "Emergency 999",
                "NHS 111",
                "Samaritans 116 123",
                "Text SHOUT to 85258"
            ]
        );
        assert_eq!(
            names(Nation::Wales),
            [
                "Emergency 999",
                "NHS 111 Wales 111",
                "Samaritans 116 123",
                "Text SHOUT to 85258"
            ]
        );
        assert_eq!(
            names(Nation::Scotland),
            [
                "Emergency 999",
                "NHS 24 111",
                "Breathing Space 0800 83 85 87",
                "Samaritans 116 123",
                "Text SHOUT to 85258"
            ]
        );
        assert_eq!(
            names(Nation::NorthernIreland),
            [
                "Emergency 999",
                "Lifeline 0808 808 8000",
                "Samaritans 116 123",
                "Text SHOUT to 85258"
            ]
        );
        // With no nation: every line, the UK-wide ones before each nation's own.
        let all: Vec<_> = lines.for_nation(None).iter().map(|l| l.short()).collect();
        assert_eq!(all.len(), lines.lines.len());
        assert_eq!(
            all[..3],
            ["Emergency 999", "Samaritans 116 123", "Text SHOUT to 85258"]
        );
        let elsewhere: Vec<_> = lines
            .by_nation(Some(Nation::Wales))
            .into_iter()
            .map(|(n, l)| (n, l.len()))
            .collect();
        assert_eq!(
            elsewhere,
            [
                (Nation::England, 1),
                (Nation::Scotland, 2),
                (Nation::NorthernIreland, 1)
            ]
        );
        let shout = lines.lines.iter().find(|l| l.name == "Shout").unwrap();
        assert_eq!(shout.href(), "sms:85258");
        assert_eq!(lines.lines[0].href(), "tel:999");
    }

    #[test]
    fn bad_records_are_reported_and_good_ones_kept() {
        let text = r#"[
          {"slug": "good-one", "name": "Good", "organisation": "Org", "summary": "Fine.", "source": "test"},
          {"slug": "Bad Slug", "name": "Bad", "organisation": "Org", "summary": "x", "source": "t"},
          {"slug": "bad-need", "name": "B", "organisation": "O", "summary": "x", "source": "t", "needs": ["astrology"]},
          {"slug": "good-one", "name": "Again", "organisation": "Org", "summary": "Fine.", "source": "test"},
          42
        ]"#;
        let batch = read_import(text, &Taxonomy::bundled()).unwrap();
        assert_eq!(batch.good.len(), 1);
        let records: Vec<_> = batch.bad.iter().map(|b| b.record).collect();
        assert_eq!(records, [2, 3, 4, 5]);
        assert!(batch.bad[0].reasons[0].contains("Bad Slug"));
        assert!(batch.bad[1].reasons[0].contains("astrology"));
        assert!(batch.bad[2].reasons[0].contains("appears earlier"));
        assert!(read_import("{}", &Taxonomy::bundled()).is_err());
    }
}
