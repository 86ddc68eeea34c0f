//! The messages peermap sends, in plain words: a plain-text body and the same in simple
//! HTML, with no images, no tracking and no links but our own (absolute, from the
//! configured origin).

use crate::domain::community::Decision;
use crate::i18n::{Arg, Lang};
use crate::store::Mail;

/// A message being written: a subject, paragraphs, and at most one link to act on.
#[derive(Debug, Clone)]
pub struct Letter {
    pub subject: String,
    pub paragraphs: Vec<String>,
    /// What to do (“Open the moderation queue”) and the absolute address to do it at.
    pub action: Option<(String, String)>,
    /// The language it is written in: its greeting and sign-off are in it too.
    pub lang: Lang,
}

impl Letter {
    /// The message for `to`, at most once per `dedupe_key`.
    pub fn to(&self, to: &str, dedupe_key: &str) -> Mail {
        Mail {
            to: to.to_string(),
            subject: self.subject.clone(),
            text: self.text(),
            html: self.html(),
            dedupe_key: Some(format!("{dedupe_key}:{to}")),
        }
    }

    fn text(&self) -> String {
        let mut out = format!("{}\n\n", self.lang.t("mail-hello"));
        for p in &self.paragraphs {
            out.push_str(p);
            out.push_str("\n\n");
        }
        if let Some((label, url)) = &self.action {
            out.push_str(&format!("{label}:\n{url}\n\n"));
        }
        out.push_str(&self.lang.t("mail-sign-off"));
        out.push('\n');
        out
    }

    fn html(&self) -> String {
        maud::html! {
            (maud::DOCTYPE)
            html lang=(self.lang.html_lang()) {
                head { meta charset="utf-8"; title { (self.subject) } }
                body {
                    p { (self.lang.t("mail-hello")) }
                    @for p in &self.paragraphs { p { (p) } }
                    @if let Some((label, url)) = &self.action {
                        p { a href=(url) { (label) } }
                    }
                    p { small { (self.lang.t("mail-sign-off")) } }
                }
            }
        }
        .into_string()
    }
}

/// `path` made absolute with `origin` (none: the path alone, as the best we can say).
pub fn link(origin: Option<&str>, path: &str) -> String {
    format!("{}{path}", origin.unwrap_or(""))
}

/// To every moderator at once, each in their own language: a safeguarding concern about
/// a listing. The report's words stay on the site, behind sign-in.
pub fn safeguarding_report(origin: Option<&str>, listing: &str, lang: Lang) -> Letter {
    let name = || [("listing", Arg::from(listing.to_string()))];
    Letter {
        lang,
        subject: lang.ta("mail-safeguarding-subject", &name()),
        paragraphs: vec![
            lang.ta("mail-safeguarding-reported", &name()),
            lang.t("mail-safeguarding-today"),
        ],
        action: Some((
            lang.t("mail-safeguarding-action"),
            link(origin, &lang.path("/moderate")),
        )),
    }
}

/// To moderators: someone asks to maintain a listing, or proposes a new one.
pub fn claim_received(origin: Option<&str>, listing: &str, proposal: bool) -> Letter {
    let what = if proposal {
        format!("Someone has proposed a new listing, “{listing}”.")
    } else {
        format!("Someone has asked to maintain the listing “{listing}”.")
    };
    Letter {
        lang: Lang::En,
        subject: format!("A request to decide: {listing}"),
        paragraphs: vec![
            what,
            "Another moderator than the person who asked must decide it.".into(),
        ],
        action: Some((
            "Decide it in the moderation queue".into(),
            link(origin, "/moderate"),
        )),
    }
}

/// To moderators: a maintainer's change to a listing waits to be checked.
pub fn edit_waiting(origin: Option<&str>, listing: &str) -> Letter {
    Letter {
        lang: Lang::En,
        subject: format!("A change to check: {listing}"),
        paragraphs: vec![
            format!(
                "A maintainer of “{listing}” has changed the listing. The change shows only once a moderator has checked it."
            ),
            "Another moderator than the person who made it must decide it.".into(),
        ],
        action: Some((
            "Check it in the moderation queue".into(),
            link(origin, "/moderate"),
        )),
    }
}

/// To the person who asked, in their language: their claim or proposal was decided.
pub fn claim_decided(
    origin: Option<&str>,
    listing: &str,
    decision: Decision,
    reason: Option<&str>,
    lang: Lang,
) -> Letter {
    let name = || [("listing", Arg::from(listing.to_string()))];
    let approved = decision == Decision::Approved;
    let mut paragraphs = vec![if approved {
        lang.ta("mail-claim-approved", &name())
    } else {
        lang.ta("mail-claim-rejected", &name())
    }];
    if let Some(reason) = reason.filter(|r| !r.trim().is_empty()) {
        paragraphs.push(lang.ta(
            "mail-moderator-wrote",
            &[("reason", Arg::from(reason.to_string()))],
        ));
    }
    Letter {
        lang,
        subject: if approved {
            lang.ta("mail-claim-approved-subject", &name())
        } else {
            lang.ta("mail-claim-rejected-subject", &name())
        },
        paragraphs,
        action: Some((
            lang.t("mail-see-account"),
            link(origin, &lang.path("/account")),
        )),
    }
}

/// To a listing's maintainers, 11 months after it was last confirmed (or added): is it
/// still right? At 12 months it is marked as possibly out of date. `one_click` is the
/// signed link that confirms it without signing in.
pub fn still_right(origin: Option<&str>, listing: &str, slug: &str, one_click: &str) -> Letter {
    Letter {
        lang: Lang::En,
        subject: format!("Is the listing for {listing} still right?"),
        paragraphs: vec![
            format!(
                "It is nearly a year since “{listing}” was last confirmed on peermap. Mums, \
                 partners and the professionals who signpost them rely on it being right."
            ),
            "Please check it. If nothing has changed, open the link below and press \
             “Yes, it is still accurate”: you do not need to sign in, and the link works \
             for this listing only. A month from now, a listing nobody has confirmed is \
             marked as possibly out of date."
                .into(),
            format!(
                "If something has changed, sign in and correct it here: {}",
                link(origin, &format!("/manage/{slug}"))
            ),
        ],
        action: Some(("Yes, it is still accurate".into(), one_click.to_string())),
    }
}

/// To a listing's maintainers: another project reviewed theirs.
pub fn review_received(origin: Option<&str>, reviewed: &str, slug: &str, reviewer: &str) -> Letter {
    Letter {
        lang: Lang::En,
        subject: format!("A peer review of {reviewed}"),
        paragraphs: vec![
            format!("{reviewer} has published a peer review of “{reviewed}”."),
            "You can read it on your listing's page and reply to it from the page where you \
             keep the listing."
                .into(),
        ],
        action: Some((
            "Read the review".into(),
            link(origin, &format!("/projects/{slug}")),
        )),
    }
}

/// To the maintainer who wrote a change that waited for a moderator: it was decided.
pub fn edit_decided(
    origin: Option<&str>,
    listing: &str,
    slug: &str,
    decision: Decision,
    reason: Option<&str>,
) -> Letter {
    let approved = decision == Decision::Approved;
    let mut paragraphs = vec![if approved {
        format!(
            "Your change to “{listing}” was approved and shows on the listing now. Your later changes show at once."
        )
    } else {
        format!("Your change to “{listing}” was not approved, so the listing is as it was.")
    }];
    if let Some(reason) = reason.filter(|r| !r.trim().is_empty()) {
        paragraphs.push(format!("The moderator wrote: {reason}"));
    }
    Letter {
        lang: Lang::En,
        subject: if approved {
            format!("Change approved: {listing}")
        } else {
            format!("Change not approved: {listing}")
        },
        paragraphs,
        action: Some((
            "See the listing".into(),
            link(origin, &format!("/projects/{slug}")),
        )),
    }
}

/// To the maintainers of the project that wrote a review: the reviewed project replied.
pub fn reply_received(origin: Option<&str>, reviewed: &str, slug: &str) -> Letter {
    Letter {
        lang: Lang::En,
        subject: format!("{reviewed} replied to your peer review"),
        paragraphs: vec![
            format!("“{reviewed}” has replied to the peer review your project wrote of it."),
            "The reply shows under your review on their listing's page.".into(),
        ],
        action: Some((
            "Read the reply".into(),
            link(origin, &format!("/projects/{slug}")),
        )),
    }
}

/// To a listing's maintainers: a project changed the review it published of theirs.
pub fn review_changed(origin: Option<&str>, reviewed: &str, slug: &str, reviewer: &str) -> Letter {
    Letter {
        lang: Lang::En,
        subject: format!("A peer review of {reviewed} was changed"),
        paragraphs: vec![
            format!("{reviewer} has changed the peer review it published of “{reviewed}”."),
            "You can read it as it is now on your listing's page. What it said before is kept \
             in the listing's history."
                .into(),
        ],
        action: Some((
            "Read the review".into(),
            link(origin, &format!("/projects/{slug}")),
        )),
    }
}

/// To a listing's maintainers: someone reported a problem with it (not a safeguarding
/// concern: that goes to moderators only). Moderators see it in their queue too.
pub fn problem_reported(
    origin: Option<&str>,
    listing: &str,
    slug: &str,
    what: &str,
    detail: &str,
) -> Letter {
    let mut paragraphs = vec![format!(
        "Someone has reported a problem with your listing “{listing}”: {}.",
        what.to_lowercase()
    )];
    if !detail.trim().is_empty() {
        paragraphs.push(format!("They wrote: {}", detail.trim()));
    }
    paragraphs.push(
        "If the listing needs correcting, please correct it. A moderator will also look at \
         the report."
            .into(),
    );
    Letter {
        lang: Lang::En,
        subject: format!("A problem reported with {listing}"),
        paragraphs,
        action: Some((
            "Correct the listing".into(),
            link(origin, &format!("/manage/{slug}")),
        )),
    }
}

/// What waits for the moderators today, counted.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Waiting {
    pub claims: usize,
    pub changes: usize,
    pub reports: usize,
    pub stale: usize,
}

impl Waiting {
    pub fn is_empty(&self) -> bool {
        *self == Waiting::default()
    }
}

/// "1 request", "3 requests".
fn count(n: usize, one: &str, many: &str) -> String {
    format!("{n} {}", if n == 1 { one } else { many })
}

/// To every moderator, once a day when something waits: what is waiting.
pub fn digest(origin: Option<&str>, waiting: Waiting) -> Letter {
    let mut paragraphs = vec!["This is what is waiting for a moderator today:".to_string()];
    let lines = [
        (
            waiting.claims,
            count(
                waiting.claims,
                "request to maintain or add a listing",
                "requests to maintain or add a listing",
            ),
        ),
        (
            waiting.changes,
            count(
                waiting.changes,
                "change to a listing to check",
                "changes to listings to check",
            ),
        ),
        (
            waiting.reports,
            count(waiting.reports, "problem report", "problem reports"),
        ),
        (
            waiting.stale,
            count(
                waiting.stale,
                "listing not confirmed for a year or more",
                "listings not confirmed for a year or more",
            ),
        ),
    ];
    paragraphs.extend(
        lines
            .into_iter()
            .filter(|(n, _)| *n > 0)
            .map(|(_, line)| format!("- {line}")),
    );
    if waiting.stale > 0 {
        paragraphs.push(format!(
            "The listings not confirmed are listed at {}",
            link(origin, "/moderate/stale")
        ));
    }
    Letter {
        lang: Lang::En,
        subject: "Waiting for a moderator today".into(),
        paragraphs,
        action: Some((
            "Open the moderation queue".into(),
            link(origin, "/moderate"),
        )),
    }
}

/// To someone who just made an account: confirm the address with a one-time link, in
/// the language of the page she signed up on.
pub fn confirm_address(origin: Option<&str>, path: &str, hours: i64, lang: Lang) -> Letter {
    Letter {
        lang,
        subject: lang.t("mail-confirm-subject"),
        paragraphs: vec![
            lang.t("mail-confirm-thanks"),
            lang.ta("mail-confirm-once", &[("hours", Arg::from(hours))]),
        ],
        action: Some((lang.t("mail-confirm-action"), link(origin, path))),
    }
}

/// To someone who asked to set a new password: a one-time link, in her account's language.
pub fn reset_password(origin: Option<&str>, path: &str, lang: Lang) -> Letter {
    Letter {
        lang,
        subject: lang.t("mail-reset-subject"),
        paragraphs: vec![lang.t("mail-reset-asked"), lang.t("mail-reset-not-you")],
        action: Some((lang.t("mail-reset-action"), link(origin, path))),
    }
}

/// To the maintainers of a project that offers help to others: another project asks to
/// connect, with its message. Their address is given so they can answer; ours is not
/// shown to them, and theirs was never shown to the sender.
pub fn connect_asked(
    origin: Option<&str>,
    offering: &str,
    asking: &str,
    asking_slug: &str,
    kind: &str,
    message: &str,
    reply_to: &str,
) -> Letter {
    Letter {
        lang: Lang::En,
        subject: format!("{asking} asks to connect about {}", kind.to_lowercase()),
        paragraphs: vec![
            format!(
                "{asking} found “{offering}” on peermap's support finder and asks to connect about: {kind}."
            ),
            format!("Their message: {message}"),
            format!(
                "To answer, write to {reply_to}. Nobody else has this message, and we have not given them your address."
            ),
        ],
        action: Some((
            format!("See {asking}'s listing"),
            link(origin, &format!("/projects/{asking_slug}")),
        )),
    }
}

/// To a listing's maintainers: a moderator withdrew its peer assurance, and why.
pub fn assurance_withdrawn(origin: Option<&str>, listing: &str, reason: &str) -> Letter {
    Letter {
        lang: Lang::En,
        subject: format!("Peer assurance of {listing} withdrawn"),
        paragraphs: vec![
            format!("A moderator has withdrawn the peer assurance of “{listing}”."),
            format!("Their reason: {reason}"),
            "The route starts again: publish your self-assessment and ask other projects for \
             new reviews. Your account page lists what is needed."
                .into(),
        ],
        action: Some(("Open your account page".into(), link(origin, "/account"))),
    }
}
