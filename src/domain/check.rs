//! What can be wrong with a listing as sent, each problem as data: which check failed
//! and about what. Pages word them in their language (`views::checks`); `Display` gives
//! the English, for the import command, the logs and the API.

use super::{LatLngError, Principle};
use chrono::NaiveTime;

/// A text field of a listing that a check names.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Field {
    Name,
    Organisation,
    Summary,
    Description,
    Source,
    Cost,
    ScheduleNote,
    EligibilityNote,
    Website,
    Email,
    Phone,
    FactSource,
    Reflection,
    ReflectionEvidence,
    ReflectionNextSteps,
}

impl Field {
    /// Its name in an English sentence: "summary", "a fact's source".
    pub fn label(self) -> &'static str {
        match self {
            Field::Name => "name",
            Field::Organisation => "organisation",
            Field::Summary => "summary",
            Field::Description => "description",
            Field::Source => "source",
            Field::Cost => "cost",
            Field::ScheduleNote => "schedule note",
            Field::EligibilityNote => "eligibility note",
            Field::Website => "website",
            Field::Email => "email",
            Field::Phone => "phone",
            Field::FactSource => "a fact's source",
            Field::Reflection => "reflection",
            Field::ReflectionEvidence => "reflection evidence",
            Field::ReflectionNextSteps => "reflection next steps",
        }
    }

    /// Its identifier, for the catalogues: `schedule-note`.
    pub fn slug(self) -> &'static str {
        match self {
            Field::FactSource => "fact-source",
            Field::ScheduleNote => "schedule-note",
            Field::EligibilityNote => "eligibility-note",
            Field::ReflectionEvidence => "reflection-evidence",
            Field::ReflectionNextSteps => "reflection-next-steps",
            other => other.label(),
        }
    }
}

/// A problem with one field of a form: the field's name (its control's id), what to do
/// in words, and, when the summary should link elsewhere (the first radio button of a
/// group), the id of that control.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FieldError {
    pub field: String,
    pub message: String,
    pub link: Option<String>,
}

impl FieldError {
    pub fn new(field: impl Into<String>, message: impl Into<String>) -> FieldError {
        FieldError {
            field: field.into(),
            message: message.into(),
            link: None,
        }
    }

    /// The same problem, linked from the summary to the control `id`.
    #[must_use]
    pub fn linked_to(mut self, id: impl Into<String>) -> FieldError {
        self.link = Some(id.into());
        self
    }

    /// The control the error summary links to.
    pub fn anchor(&self) -> &str {
        self.link.as_deref().unwrap_or(&self.field)
    }
}

/// One problem with a listing.
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
pub enum Check {
    #[error("{} is missing", .0.label())]
    Missing(Field),
    #[error("{} is {len} characters long; the most is {max}", .field.label())]
    TooLong {
        field: Field,
        len: usize,
        max: usize,
    },
    #[error("{} contains control characters", .0.label())]
    ControlCharacters(Field),
    #[error("“{need}” is not a known need; use one of: {}", .known.join(", "))]
    UnknownNeed { need: String, known: Vec<String> },
    #[error("“{0}” is not a language code we know (use ISO 639-1, like pl or ur)")]
    UnknownLanguage(String),
    #[error("website “{0}” must start with https://")]
    WebsiteScheme(String),
    #[error("email “{0}” does not look like an e-mail address")]
    EmailShape(String),
    #[error("“{fact}” is not a fact a source can be given for; use one of: {}", .known.join(", "))]
    UnknownFact {
        fact: String,
        known: Vec<&'static str>,
    },
    #[error(
        "the source “{url}” of the {fact} must be a web address starting with https:// or http://"
    )]
    SourceNotWeb { url: String, fact: String },
    #[error("a site has no label")]
    SiteUnlabelled,
    #[error("two sites are both called “{0}”")]
    SiteRepeated(String),
    #[error("site “{site}”: {error}")]
    SitePoint { site: String, error: LatLngError },
    #[error("site “{site}”: radius_km must be between 0 and {max}")]
    SiteRadius { site: String, max: f64 },
    #[error("a session meets at “{0}”, which is not one of the sites")]
    SessionSite(String),
    #[error(transparent)]
    Session(#[from] SessionCheck),
    #[error("two reflections on the principle “{}”", .0.label())]
    ReflectionRepeated(Principle),
    #[error("minimum age {min} is above maximum age {max}")]
    Ages { min: u8, max: u8 },
}

/// A session whose rule cannot happen.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum SessionCheck {
    #[error("A session must happen every 1 or more weeks or months.")]
    NoInterval,
    #[error("A session ends ({}) before it starts ({}).", .closes.format("%H:%M"), .opens.format("%H:%M"))]
    EndsBeforeStart { opens: NaiveTime, closes: NaiveTime },
    #[error("Only a monthly session has a week of the month.")]
    WeekOfWeekly,
    #[error(
        "A monthly session needs the week of the month it meets in (first, second, third, fourth or last)."
    )]
    MonthlyNeedsWeek,
    #[error("The week of the month must be the first, second, third, fourth or last (not {0}).")]
    BadWeek(i8),
    #[error(
        "A session held every 2 or more weeks or months needs the date of its first session, to count from."
    )]
    NeedsFirstDate,
    #[error("A session's last date is before its first date.")]
    LastBeforeFirst,
}
