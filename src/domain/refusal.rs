//! Why a use case refused, as data: one reason per sentence, with what the sentence
//! names. `Display` gives the English sentence (for logs, the CLI and English pages);
//! the views word it in the page's language (`views::refusal`).

use super::community::REVIEW_EDIT_DAYS;
use super::support::SupportKind;
use chrono::NaiveDate;
use std::fmt;

/// The field named when a queued edit cannot be read back as a listing at all.
pub const WHOLE_LISTING: &str = "the listing as a whole";

/// One reason a use case gives for not doing what was asked.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Refusal {
    NoSuchListing,
    NoSuchReview,
    NoSuchVisibleReview,
    NoSuchRequest,
    NoSuchChange,
    ListingGone,
    /// A one-click link that does not verify.
    LinkInvalid,
    LinkExpired,
    /// A one-click link for a listing that is not published.
    LinkListingHidden,
    /// A one-click link for a listing confirmed since it was sent.
    LinkAlreadyUsed,
    AlreadyReplied,
    OnlyModeratorWithdraws,
    NotAssured,
    RequestDecided,
    ChangeDecided,
    /// A moderator deciding their own claim, proposal or change.
    OwnRequest,
    /// A proposal whose listing's address is taken.
    ListingExists {
        slug: String,
    },
    RequestNamesNoListing,
    /// A queued edit to fields changed since (top-level field names).
    ChangeConflicts {
        fields: Vec<String>,
    },
    NotOffered {
        name: String,
        kind: SupportKind,
    },
    NobodyKeeps {
        name: String,
    },
    /// A review past its days for changing.
    TooLate {
        published: NaiveDate,
        again: NaiveDate,
    },
    OnlyWritersChange,
    /// A moderator hiding a review they wrote.
    OwnReview,
}

impl fmt::Display for Refusal {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let text = match self {
            Refusal::NoSuchListing => "There is no such listing.",
            Refusal::NoSuchReview => "There is no such review.",
            Refusal::NoSuchVisibleReview => "There is no such visible review.",
            Refusal::NoSuchRequest => "There is no such request.",
            Refusal::NoSuchChange => "There is no such change.",
            Refusal::ListingGone => "The listing has gone.",
            Refusal::LinkInvalid => {
                "This link is not right: it may have been cut short or changed. Copy the whole \
                 link from the e-mail, or sign in and confirm the listing from the page where \
                 you keep it."
            }
            Refusal::LinkExpired => {
                "This link has expired. Sign in and confirm the listing from the page where you \
                 keep it."
            }
            Refusal::LinkListingHidden => {
                "This listing is not shown at the moment, so it cannot be confirmed from this \
                 link. Sign in to see it."
            }
            Refusal::LinkAlreadyUsed => {
                "This listing has been confirmed since this link was sent, so there is nothing \
                 more to do."
            }
            Refusal::AlreadyReplied => "You have already replied to this review.",
            Refusal::OnlyModeratorWithdraws => "Only a moderator can withdraw peer assurance.",
            Refusal::NotAssured => {
                "This listing is not peer-assured, so there is nothing to withdraw. Nothing has \
                 changed."
            }
            Refusal::RequestDecided => "This request has already been decided.",
            Refusal::ChangeDecided => "This change has already been decided.",
            Refusal::OwnRequest => {
                "You made this request, so another moderator must decide it. Nothing has changed."
            }
            Refusal::ListingExists { slug } => {
                return write!(
                    f,
                    "A listing “{slug}” exists already: reject this and ask them to claim it."
                );
            }
            Refusal::RequestNamesNoListing => "This request names no listing.",
            Refusal::ChangeConflicts { fields } => {
                return write!(
                    f,
                    "This change cannot be applied: {} changed since it was made. Reject it \
                     with a note and ask the maintainer to make it again.",
                    fields.join(", ")
                );
            }
            Refusal::NotOffered { name, kind } => {
                return write!(f, "{name} does not offer “{}”.", kind.label());
            }
            Refusal::NobodyKeeps { name } => {
                return write!(
                    f,
                    "Nobody keeps the listing of {name} on peermap yet, so we cannot pass your \
                     message on. Nothing was sent."
                );
            }
            Refusal::TooLate { published, again } => {
                return write!(
                    f,
                    "A review can be changed for {REVIEW_EDIT_DAYS} days after it is published. \
                     This one was published on {}, so it stays as it is. Your project can \
                     review this one again from {}.",
                    published.format("%-d %B %Y"),
                    again.format("%-d %B %Y"),
                );
            }
            Refusal::OnlyWritersChange => {
                "Only the people who keep the project that wrote a review can change it."
            }
            Refusal::OwnReview => {
                "You wrote this review, so another moderator must decide whether to hide it. \
                 Nothing has changed."
            }
        };
        f.write_str(text)
    }
}
