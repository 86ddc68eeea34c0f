//! A use case's refusal ([`Refusal`]) in the page's language, in words from
//! `listing.ftl`. English reads as the refusal's own `Display`.

use crate::domain::Refusal;
use crate::domain::community::REVIEW_EDIT_DAYS;
use crate::domain::refusal::WHOLE_LISTING;
use crate::i18n::{Arg, Lang};

/// The message id of each reason that names nothing.
fn plain_id(r: &Refusal) -> Option<&'static str> {
    Some(match r {
        Refusal::NoSuchListing => "refusal-no-such-listing",
        Refusal::NoSuchReview => "refusal-no-such-review",
        Refusal::NoSuchVisibleReview => "refusal-no-such-visible-review",
        Refusal::NoSuchRequest => "refusal-no-such-request",
        Refusal::NoSuchChange => "refusal-no-such-change",
        Refusal::ListingGone => "refusal-listing-gone",
        Refusal::LinkInvalid => "refusal-link-invalid",
        Refusal::LinkExpired => "refusal-link-expired",
        Refusal::LinkListingHidden => "refusal-link-listing-hidden",
        Refusal::LinkAlreadyUsed => "refusal-link-already-used",
        Refusal::AlreadyReplied => "refusal-already-replied",
        Refusal::OnlyModeratorWithdraws => "refusal-only-moderator-withdraws",
        Refusal::NotAssured => "refusal-not-assured",
        Refusal::RequestDecided => "refusal-request-decided",
        Refusal::ChangeDecided => "refusal-change-decided",
        Refusal::OwnRequest => "refusal-own-request",
        Refusal::RequestNamesNoListing => "refusal-request-names-no-listing",
        Refusal::OnlyWritersChange => "refusal-only-writers-change",
        Refusal::OwnReview => "refusal-own-review",
        _ => return None,
    })
}

fn text(name: &str, value: impl Into<String>) -> (&str, Arg) {
    (name, Arg::from(value.into()))
}

/// The message for `r` in `lang` (English when `lang`'s catalogue lacks it).
pub fn message(lang: Lang, r: &Refusal) -> String {
    if let Some(id) = plain_id(r) {
        return lang.t(id);
    }
    match r {
        Refusal::ListingExists { slug } => {
            lang.ta("refusal-listing-exists", &[text("slug", slug.as_str())])
        }
        Refusal::ChangeConflicts { fields } => {
            let named: Vec<String> = fields.iter().map(|f| field(lang, f)).collect();
            lang.ta(
                "refusal-change-conflicts",
                &[text("fields", named.join(", "))],
            )
        }
        Refusal::NotOffered { name, kind } => {
            let kind = lang.t(&format!("support-kind-{}", kind.slug()));
            lang.ta(
                "refusal-not-offered",
                &[text("name", name.as_str()), text("kind", kind)],
            )
        }
        Refusal::NobodyKeeps { name } => {
            lang.ta("refusal-nobody-keeps", &[text("name", name.as_str())])
        }
        Refusal::TooLate { published, again } => lang.ta(
            "refusal-too-late",
            &[
                ("days", Arg::from(REVIEW_EDIT_DAYS)),
                text("published", lang.date(*published)),
                text("again", lang.date(*again)),
            ],
        ),
        _ => r.to_string(),
    }
}

/// A listing's field as a moderator reads it: in English its own name, in another
/// language the name the checks on a listing give it, where they have one.
fn field(lang: Lang, name: &str) -> String {
    if lang == Lang::En {
        return name.to_string();
    }
    if name == WHOLE_LISTING {
        return lang.t("refusal-whole-listing");
    }
    let id = format!("check-field-{}", name.replace('_', "-"));
    if lang.has(&id) {
        lang.t(&id)
    } else {
        name.to_string()
    }
}

#[cfg(test)]
mod tests;
