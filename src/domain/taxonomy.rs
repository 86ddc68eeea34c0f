//! The open vocabularies kept in `data/`: needs served and languages offered.

use serde::{Deserialize, Serialize};

/// The need that is a psychiatric emergency: a search for it, the sheet for it and the
/// listing of a project serving it open with emergency advice before anything else.
pub const EMERGENCY_NEED: &str = "postpartum-psychosis";

/// A need a project serves, such as `postpartum-psychosis`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, utoipa::ToSchema)]
pub struct Need {
    pub slug: String,
    pub label: String,
    pub description: String,
}

/// A language support is offered in: ISO 639-1 code and English name.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, utoipa::ToSchema)]
pub struct Language {
    pub code: String,
    pub name: String,
}

/// Needs and languages, as bundled in `data/taxonomy.json`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, utoipa::ToSchema)]
pub struct Taxonomy {
    pub needs: Vec<Need>,
    pub languages: Vec<Language>,
}

impl Taxonomy {
    /// The taxonomy built into the binary from `data/taxonomy.json`.
    pub fn bundled() -> Self {
        serde_json::from_str(include_str!("../../data/taxonomy.json"))
            .expect("data/taxonomy.json is valid (checked by a unit test)")
    }

    pub fn need(&self, slug: &str) -> Option<&Need> {
        self.needs.iter().find(|n| n.slug == slug)
    }

    pub fn language(&self, code: &str) -> Option<&Language> {
        self.languages.iter().find(|l| l.code == code)
    }

    /// The label of a need, or the slug itself if it is unknown.
    pub fn need_label<'a>(&'a self, slug: &'a str) -> &'a str {
        self.need(slug).map_or(slug, |n| n.label.as_str())
    }

    /// The name of a language, or the code itself if it is unknown.
    pub fn language_name<'a>(&'a self, code: &'a str) -> &'a str {
        self.language(code).map_or(code, |l| l.name.as_str())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bundled_taxonomy_has_the_required_needs() {
        let t = Taxonomy::bundled();
        assert!(t.need(EMERGENCY_NEED).is_some());
        for slug in [
            "perinatal-mental-health",
            "postnatal-depression-anxiety",
            "postpartum-psychosis",
            "perinatal-ocd",
            "birth-trauma",
            "baby-loss",
            "twins-multiples",
            "refugee-migrant-women",
            "minority-ethnic-communities",
            "fathers-partners",
            "disabled-parents",
            "lgbt-parents",
            "young-parents",
            "homelessness",
            "drug-alcohol-use",
            "criminal-justice",
        ] {
            let need = t
                .need(slug)
                .unwrap_or_else(|| panic!("missing need {slug}"));
            assert!(!need.label.is_empty() && !need.description.is_empty());
        }
    }

    #[test]
    fn languages_are_unique_two_letter_codes() {
        let t = Taxonomy::bundled();
        let mut codes: Vec<_> = t.languages.iter().map(|l| l.code.as_str()).collect();
        assert!(
            codes
                .iter()
                .all(|c| c.len() == 2 && c.chars().all(|ch| ch.is_ascii_lowercase()))
        );
        codes.sort();
        codes.dedup();
        assert_eq!(codes.len(), t.languages.len());
        assert_eq!(t.language_name("pl"), "Polish");
    }
}
