//! The messages peermap sends, in plain words: a plain-text body and the same in simple
//! HTML, with no images, no tracking and no links but our own (absolute, from the
//! configured origin).

use crate::domain::community::{Decision, ReportKind};
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
pub fn claim_received(origin: Option<&str>, listing: &str, proposal: bool, lang: Lang) -> Letter {
    let name = [("listing", Arg::from(listing.to_string()))];
    let what = if proposal {
        "mail-claim-received-proposal"
    } else {
        "mail-claim-received-claim"
    };
    Letter {
        lang,
        subject: lang.ta("mail-claim-received-subject", &name),
        paragraphs: vec![lang.ta(what, &name), lang.t("mail-claim-received-other")],
        action: Some((
            lang.t("mail-claim-received-action"),
            link(origin, &lang.path("/moderate")),
        )),
    }
}

/// To moderators: a maintainer's change to a listing waits to be checked.
pub fn edit_waiting(origin: Option<&str>, listing: &str, lang: Lang) -> Letter {
    let name = [("listing", Arg::from(listing.to_string()))];
    Letter {
        lang,
        subject: lang.ta("mail-edit-waiting-subject", &name),
        paragraphs: vec![
            lang.ta("mail-edit-waiting", &name),
            lang.t("mail-edit-waiting-other"),
        ],
        action: Some((
            lang.t("mail-edit-waiting-action"),
            link(origin, &lang.path("/moderate")),
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
pub fn still_right(
    origin: Option<&str>,
    listing: &str,
    slug: &str,
    one_click: &str,
    lang: Lang,
) -> Letter {
    let name = [("listing", Arg::from(listing.to_string()))];
    let edit = link(origin, &lang.path(&format!("/manage/{slug}")));
    Letter {
        lang,
        subject: lang.ta("mail-still-right-subject", &name),
        paragraphs: vec![
            lang.ta("mail-still-right-year", &name),
            lang.t("mail-still-right-check"),
            lang.ta("mail-still-right-correct", &[("link", Arg::from(edit))]),
        ],
        action: Some((lang.t("mail-still-right-action"), one_click.to_string())),
    }
}

/// To a listing's maintainers: another project reviewed theirs.
pub fn review_received(
    origin: Option<&str>,
    reviewed: &str,
    slug: &str,
    reviewer: &str,
    lang: Lang,
) -> Letter {
    let names = [
        ("reviewed", Arg::from(reviewed.to_string())),
        ("reviewer", Arg::from(reviewer.to_string())),
    ];
    Letter {
        lang,
        subject: lang.ta("mail-review-received-subject", &names),
        paragraphs: vec![
            lang.ta("mail-review-received", &names),
            lang.t("mail-review-received-where"),
        ],
        action: Some((
            lang.t("mail-read-review"),
            link(origin, &lang.path(&format!("/projects/{slug}"))),
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
    lang: Lang,
) -> Letter {
    let name = [("listing", Arg::from(listing.to_string()))];
    let approved = decision == Decision::Approved;
    let mut paragraphs = vec![if approved {
        lang.ta("mail-edit-approved", &name)
    } else {
        lang.ta("mail-edit-rejected", &name)
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
            lang.ta("mail-edit-approved-subject", &name)
        } else {
            lang.ta("mail-edit-rejected-subject", &name)
        },
        paragraphs,
        action: Some((
            lang.t("mail-see-listing"),
            link(origin, &lang.path(&format!("/projects/{slug}"))),
        )),
    }
}

/// To the maintainers of the project that wrote a review: the reviewed project replied.
pub fn reply_received(origin: Option<&str>, reviewed: &str, slug: &str, lang: Lang) -> Letter {
    let name = [("reviewed", Arg::from(reviewed.to_string()))];
    Letter {
        lang,
        subject: lang.ta("mail-reply-subject", &name),
        paragraphs: vec![lang.ta("mail-reply", &name), lang.t("mail-reply-where")],
        action: Some((
            lang.t("mail-reply-action"),
            link(origin, &lang.path(&format!("/projects/{slug}"))),
        )),
    }
}

/// To a listing's maintainers: a project changed the review it published of theirs.
pub fn review_changed(
    origin: Option<&str>,
    reviewed: &str,
    slug: &str,
    reviewer: &str,
    lang: Lang,
) -> Letter {
    let names = [
        ("reviewed", Arg::from(reviewed.to_string())),
        ("reviewer", Arg::from(reviewer.to_string())),
    ];
    Letter {
        lang,
        subject: lang.ta("mail-review-changed-subject", &names),
        paragraphs: vec![
            lang.ta("mail-review-changed", &names),
            lang.t("mail-review-changed-where"),
        ],
        action: Some((
            lang.t("mail-read-review"),
            link(origin, &lang.path(&format!("/projects/{slug}"))),
        )),
    }
}

/// To a listing's maintainers: someone reported a problem with it (not a safeguarding
/// concern: that goes to moderators only). Moderators see it in their queue too.
pub fn problem_reported(
    origin: Option<&str>,
    listing: &str,
    slug: &str,
    kind: ReportKind,
    detail: &str,
    lang: Lang,
) -> Letter {
    let what = lang
        .t(&format!("report-kind-{}", kind.slug()))
        .to_lowercase();
    let name = || Arg::from(listing.to_string());
    let mut paragraphs = vec![lang.ta(
        "mail-problem",
        &[("listing", name()), ("what", Arg::from(what))],
    )];
    if !detail.trim().is_empty() {
        paragraphs.push(lang.ta(
            "mail-problem-wrote",
            &[("detail", Arg::from(detail.trim().to_string()))],
        ));
    }
    paragraphs.push(lang.t("mail-problem-correct"));
    Letter {
        lang,
        subject: lang.ta("mail-problem-subject", &[("listing", name())]),
        paragraphs,
        action: Some((
            lang.t("mail-problem-action"),
            link(origin, &lang.path(&format!("/manage/{slug}"))),
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

pub fn digest(origin: Option<&str>, waiting: Waiting, lang: Lang) -> Letter {
    let mut paragraphs = vec![lang.t("mail-digest-intro")];
    let lines = [
        (waiting.claims, "mail-digest-claims"),
        (waiting.changes, "mail-digest-changes"),
        (waiting.reports, "mail-digest-reports"),
        (waiting.stale, "mail-digest-stale"),
    ];
    paragraphs.extend(
        lines
            .into_iter()
            .filter(|(n, _)| *n > 0)
            .map(|(n, id)| format!("- {}", lang.ta(id, &[("n", Arg::from(n))]))),
    );
    if waiting.stale > 0 {
        let at = link(origin, &lang.path("/moderate/stale"));
        paragraphs.push(lang.ta("mail-digest-stale-at", &[("link", Arg::from(at))]));
    }
    Letter {
        lang,
        subject: lang.t("mail-digest-subject"),
        paragraphs,
        action: Some((
            lang.t("mail-digest-action"),
            link(origin, &lang.path("/moderate")),
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
#[allow(clippy::too_many_arguments)]
pub fn connect_asked(
    origin: Option<&str>,
    offering: &str,
    asking: &str,
    asking_slug: &str,
    kind: &str,
    message: &str,
    reply_to: &str,
    lang: Lang,
) -> Letter {
    let arg = |v: &str| Arg::from(v.to_string());
    let names = [
        ("asking", arg(asking)),
        ("offering", arg(offering)),
        ("kind", arg(kind)),
    ];
    let about = [("asking", arg(asking)), ("kind", arg(&kind.to_lowercase()))];
    Letter {
        lang,
        subject: lang.ta("mail-connect-subject", &about),
        paragraphs: vec![
            lang.ta("mail-connect", &names),
            lang.ta("mail-connect-message", &[("message", arg(message))]),
            lang.ta("mail-connect-answer", &[("reply", arg(reply_to))]),
        ],
        action: Some((
            lang.ta("mail-connect-action", &[("asking", arg(asking))]),
            link(origin, &lang.path(&format!("/projects/{asking_slug}"))),
        )),
    }
}

/// To a listing's maintainers: a moderator withdrew its peer assurance, and why.
pub fn assurance_withdrawn(
    origin: Option<&str>,
    listing: &str,
    reason: &str,
    lang: Lang,
) -> Letter {
    let name = [("listing", Arg::from(listing.to_string()))];
    Letter {
        lang,
        subject: lang.ta("mail-withdrawn-subject", &name),
        paragraphs: vec![
            lang.ta("mail-withdrawn", &name),
            lang.ta(
                "mail-withdrawn-reason",
                &[("reason", Arg::from(reason.to_string()))],
            ),
            lang.t("mail-withdrawn-again"),
        ],
        action: Some((
            lang.t("mail-withdrawn-action"),
            link(origin, &lang.path("/account")),
        )),
    }
}
