//! The checks on a listing and on a review form ([`Check`], [`ReviewCheck`]), in the
//! page's language. English reads as the checks' own words.

use super::search_form::label_in;
use crate::domain::check::FieldError;
use crate::domain::check::{Check, Field, SessionCheck};
use crate::domain::community::{ReviewCheck, ReviewProblem};
use crate::domain::{LatLngError, Principle};
use crate::i18n::{Arg, Lang};

fn field(lang: Lang, f: Field) -> String {
    label_in(lang, "check-field", f.slug(), f.label())
}

fn principle(lang: Lang, p: Principle) -> String {
    match lang {
        Lang::En => p.label().to_string(),
        _ => label_in(lang, "principle-short", p.slug(), p.label()),
    }
}

fn text(s: impl ToString) -> Arg {
    Arg::from(s.to_string())
}

/// A listing's problem in `lang`.
pub fn words(lang: Lang, check: &Check) -> String {
    let say = |id: &str, args: &[(&str, Arg)]| lang.ta(id, args);
    match check {
        Check::Missing(f) => say("check-missing", &[("field", text(field(lang, *f)))]),
        Check::TooLong { field: f, len, max } => say(
            "check-too-long",
            &[
                ("field", text(field(lang, *f))),
                ("len", text(len)),
                ("max", text(max)),
            ],
        ),
        Check::ControlCharacters(f) => say("check-control", &[("field", text(field(lang, *f)))]),
        Check::UnknownNeed { need, known } => say(
            "check-need",
            &[("need", text(need)), ("known", text(known.join(", ")))],
        ),
        Check::UnknownLanguage(code) => say("check-language", &[("code", text(code))]),
        Check::WebsiteScheme(site) => say("check-website", &[("site", text(site))]),
        Check::EmailShape(email) => say("check-email", &[("email", text(email))]),
        Check::UnknownFact { fact, known } => say(
            "check-fact",
            &[("fact", text(fact)), ("known", text(known.join(", ")))],
        ),
        Check::SourceNotWeb { url, fact } => say(
            "check-source-web",
            &[("url", text(url)), ("fact", text(fact))],
        ),
        Check::SiteUnlabelled => say("check-site-unlabelled", &[]),
        Check::SiteRepeated(site) => say("check-site-repeated", &[("site", text(site))]),
        Check::SitePoint { site, error } => {
            let (id, value) = match error {
                LatLngError::Latitude(v) => ("check-latitude", v),
                LatLngError::Longitude(v) => ("check-longitude", v),
            };
            say(id, &[("site", text(site)), ("value", text(value))])
        }
        Check::SiteRadius { site, max } => say(
            "check-site-radius",
            &[("site", text(site)), ("max", text(max))],
        ),
        Check::SessionSite(site) => say("check-session-site", &[("site", text(site))]),
        Check::Session(s) => session_words(lang, s),
        Check::ReflectionRepeated(p) => say(
            "check-reflection-repeated",
            &[("principle", text(principle(lang, *p)))],
        ),
        Check::Ages { min, max } => say("check-ages", &[("min", text(min)), ("max", text(max))]),
    }
}

/// A session's problem in `lang`.
pub fn session_words(lang: Lang, check: &SessionCheck) -> String {
    match check {
        SessionCheck::NoInterval => lang.t("check-session-interval"),
        SessionCheck::EndsBeforeStart { opens, closes } => lang.ta(
            "check-session-ends",
            &[
                ("opens", text(opens.format("%H:%M"))),
                ("closes", text(closes.format("%H:%M"))),
            ],
        ),
        SessionCheck::WeekOfWeekly => lang.t("check-session-weekly-week"),
        SessionCheck::MonthlyNeedsWeek => lang.t("check-session-monthly-week"),
        SessionCheck::BadWeek(n) => lang.ta("check-session-bad-week", &[("week", text(n))]),
        SessionCheck::NeedsFirstDate => lang.t("check-session-first-date"),
        SessionCheck::LastBeforeFirst => lang.t("check-session-last-date"),
    }
}

/// A listing's problems in `lang`, as one text.
pub fn all_words(lang: Lang, checks: &[Check]) -> String {
    checks
        .iter()
        .map(|c| words(lang, c))
        .collect::<Vec<_>>()
        .join(" ")
}

/// A review form's problem in `lang`.
pub fn review_words(lang: Lang, check: &ReviewCheck) -> String {
    match check {
        ReviewCheck::CommentNeeded(p) => lang.ta(
            "check-review-comment",
            &[("principle", text(principle(lang, *p)))],
        ),
        ReviewCheck::VerdictNeeded(p) => lang.ta(
            "check-review-verdict",
            &[("principle", text(principle(lang, *p)))],
        ),
        ReviewCheck::NoneReviewed => lang.t("check-review-none"),
    }
}

/// A review form's problems as the form shows them, each by its field, in `lang`.
pub fn review_errors(lang: Lang, problems: &[ReviewProblem]) -> Vec<FieldError> {
    problems
        .iter()
        .map(|p| {
            let error = FieldError::new(p.field.clone(), review_words(lang, &p.check));
            // A choice links to its first radio button.
            if p.field.starts_with("verdict_") {
                let first = format!("{}-recognise", p.field);
                error.linked_to(first)
            } else {
                error
            }
        })
        .collect()
}

#[cfg(test)]
mod tests;
