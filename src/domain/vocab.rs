//! Closed vocabularies of the registry: formats, delivery modes, nations and the like.
//!
//! Each is a Rust enum with a stable kebab-case slug (used in URLs, JSON and the
//! database) and a plain-English label (used on pages). Parsing a slug that is not
//! in the vocabulary gives a [`VocabError`] that names the value and the accepted ones.

use serde::{Deserialize, Serialize};
use std::fmt;

/// A value that is not in a closed vocabulary.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("“{value}” is not a known {what}; use one of: {}", accepted.join(", "))]
pub struct VocabError {
    pub what: &'static str,
    pub value: String,
    pub accepted: Vec<&'static str>,
}

/// Declares a closed vocabulary: an enum with slug, label, `ALL`, `FromStr` and serde.
macro_rules! vocab {
    ($(#[$meta:meta])* $name:ident, $what:literal { $($variant:ident => $slug:literal, $label:literal;)+ }) => {
        $(#[$meta])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
        #[serde(try_from = "String", into = "&'static str")]
        pub enum $name { $($variant),+ }

        impl $name {
            /// Every value, in display order.
            pub const ALL: &'static [$name] = &[$($name::$variant),+];
            /// What one value of this vocabulary is called, for messages.
            pub const WHAT: &'static str = $what;

            /// The stable slug used in URLs, JSON and storage.
            pub fn slug(self) -> &'static str {
                match self { $($name::$variant => $slug),+ }
            }

            /// A plain-English label for pages.
            pub fn label(self) -> &'static str {
                match self { $($name::$variant => $label),+ }
            }
        }

        impl std::str::FromStr for $name {
            type Err = VocabError;
            fn from_str(s: &str) -> Result<Self, VocabError> {
                match s.trim() {
                    $($slug => Ok($name::$variant),)+
                    other => Err(VocabError {
                        what: $what,
                        value: other.to_string(),
                        accepted: $name::ALL.iter().map(|v| v.slug()).collect(),
                    }),
                }
            }
        }

        impl TryFrom<String> for $name {
            type Error = VocabError;
            fn try_from(s: String) -> Result<Self, VocabError> { s.parse() }
        }

        impl From<$name> for &'static str {
            fn from(v: $name) -> &'static str { v.slug() }
        }

        impl fmt::Display for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result { f.write_str(self.slug()) }
        }

        /// In OpenAPI: a string, one of the slugs.
        impl utoipa::PartialSchema for $name {
            fn schema() -> utoipa::openapi::RefOr<utoipa::openapi::schema::Schema> {
                utoipa::openapi::schema::ObjectBuilder::new()
                    .schema_type(utoipa::openapi::schema::Type::String)
                    .enum_values(Some([$($slug),+]))
                    .description(Some($what))
                    .into()
            }
        }

        impl utoipa::ToSchema for $name {}
    };
}

vocab!(
    /// How support is given: in a group, one to one, or both.
    Format, "format" {
        Group => "group", "Group";
        OneToOne => "one-to-one", "One to one";
    }
);

vocab!(
    /// Where or how support reaches people.
    Delivery, "delivery" {
        InPerson => "in-person", "In person";
        Online => "online", "Online (video, forum or chat)";
        Phone => "phone", "By phone";
        HomeVisit => "home-visit", "Home visits";
    }
);

vocab!(
    /// The four nations of the UK.
    Nation, "nation" {
        England => "england", "England";
        Scotland => "scotland", "Scotland";
        Wales => "wales", "Wales";
        NorthernIreland => "northern-ireland", "Northern Ireland";
    }
);

vocab!(
    /// Who can refer someone to a project.
    Referral, "referral route" {
        SelfReferral => "self", "You can refer yourself";
        Professional => "professional", "Through a health or care professional";
    }
);

vocab!(
    /// How exactly a site's coordinates are known.
    Precision, "location precision" {
        Exact => "exact", "exact address";
        Postcode => "postcode", "postcode area";
        Town => "town", "town or city";
        Region => "region", "region";
    }
);

vocab!(
    /// Whether a listing is shown in the directory.
    Status, "listing status" {
        Published => "published", "Published";
        Pending => "pending", "Waiting for review";
        Archived => "archived", "Archived";
    }
);

vocab!(
    /// How long after birth a project supports families.
    AfterBirth, "after-birth stage" {
        None => "none", "Not after birth";
        UpToOneYear => "up-to-1-year", "Up to 1 year after birth";
        UpToTwoYears => "up-to-2-years", "Up to 2 years after birth";
        Any => "any", "Any time after birth";
    }
);

vocab!(
    /// Who may come along.
    Attendee, "attendee" {
        Mums => "mums", "Mums and birthing parents";
        Partners => "partners", "Partners";
        BabiesWelcome => "babies-welcome", "Babies welcome";
        OlderChildrenWelcome => "older-children-welcome", "Older children welcome";
    }
);

vocab!(
    /// Where a project stands on one principle, in its own words.
    ReflectionStatus, "reflection status" {
        WeDoThis => "we-do-this", "In place";
        WorkingTowards => "working-towards", "Working on it";
        NotYet => "not-yet", "Not yet";
        DoesNotApply => "does-not-apply", "Does not apply to us";
    }
);

vocab!(
    /// The life stage a searcher is at (a search filter).
    Stage, "stage" {
        Pregnant => "pregnant", "Pregnant";
        AfterBirth => "after-birth", "After birth";
    }
);

vocab!(
    /// The five Perinatal Peer Support Principles (Mind and McPin Foundation, 2019).
    Principle, "principle" {
        SafeNurturing => "safe-and-nurturing", "Safe and nurturing";
        AccessibleInclusive => "accessible-and-inclusive", "Accessible and inclusive";
        ComplementsClinical => "complements-clinical-services", "Complements rather than replicates clinical mental health services";
        LivedExperience => "lived-experience-and-peer-leadership", "Meaningful involvement of people with lived experience and peer leadership";
        BenefitsEveryone => "benefits-everyone", "Benefits everyone involved, including peer supporters";
    }
);

vocab!(
    /// How often a recurring session repeats (RFC 5545 FREQ).
    Frequency, "frequency" {
        Weekly => "weekly", "Every week";
        Monthly => "monthly", "Every month";
    }
);

vocab!(
    /// A day of the week (RFC 5545 BYDAY).
    Day, "day of the week" {
        Monday => "monday", "Monday";
        Tuesday => "tuesday", "Tuesday";
        Wednesday => "wednesday", "Wednesday";
        Thursday => "thursday", "Thursday";
        Friday => "friday", "Friday";
        Saturday => "saturday", "Saturday";
        Sunday => "sunday", "Sunday";
    }
);

impl Day {
    /// The same day as a `chrono::Weekday`.
    pub fn weekday(self) -> chrono::Weekday {
        use chrono::Weekday as W;
        match self {
            Day::Monday => W::Mon,
            Day::Tuesday => W::Tue,
            Day::Wednesday => W::Wed,
            Day::Thursday => W::Thu,
            Day::Friday => W::Fri,
            Day::Saturday => W::Sat,
            Day::Sunday => W::Sun,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn slugs_round_trip() {
        for d in Delivery::ALL {
            assert_eq!(d.slug().parse::<Delivery>().unwrap(), *d);
        }
        assert_eq!(
            "northern-ireland".parse::<Nation>().unwrap(),
            Nation::NorthernIreland
        );
    }

    #[test]
    fn unknown_value_names_the_accepted_ones() {
        let err = "zoom".parse::<Delivery>().unwrap_err();
        let msg = err.to_string();
        assert!(msg.contains("“zoom”"), "{msg}");
        assert!(
            msg.contains("in-person, online, phone, home-visit"),
            "{msg}"
        );
    }

    #[test]
    fn serde_uses_slugs() {
        let json = serde_json::to_string(&Format::OneToOne).unwrap();
        assert_eq!(json, "\"one-to-one\"");
        let bad: Result<Format, _> = serde_json::from_str("\"couples\"");
        assert!(bad.unwrap_err().to_string().contains("couples"));
    }
}
