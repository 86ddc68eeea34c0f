//! A maintainer's forms for their listing: every field, the principles reflection, and
//! replies to peer reviews.

use super::forms::{checkbox, csrf, error_summary, text, textarea};
use super::layout::{Chrome, page};
use crate::domain::community::Review;
use crate::domain::{
    AfterBirth, Attendee, Day, Delivery, Format, Frequency, Nation, Precision, Principle, Project,
    Referral, ReflectionStatus, Status, Taxonomy,
};
use maud::{Markup, html};

mod copy {
    pub const EDIT: &str = "Update your listing";
    pub const WAITS: &str = "As a new maintainer, your first changes are checked by a moderator before they are shown. After that, your changes show at once.";
    pub const SAVE: &str = "Save changes";
    pub const STILL: &str = "Nothing has changed: the listing is still accurate";
    pub const UNCONFIRMED: &str = "Your project has not confirmed this listing yet, so it says it is not yet confirmed by the project. Check every detail below, correct what is wrong, then confirm it is accurate.";
    pub const ARCHIVE: &str = "Archive this listing (it has closed)";
    pub const ARCHIVE_TITLE: &str = "Archive";
    pub const ARCHIVE_MEANS: &str = "Archive it only if the project has closed. It will no longer be found in search, the directory, the map or signposting sheets. Nothing is deleted, and a moderator can restore it.";
    pub const ARCHIVE_YES: &str = "Yes, archive this listing";
    pub const ARCHIVE_NO: &str = "No, go back to the listing";
    pub const ARCHIVED: &str = "This listing is archived: it is not shown anywhere.";
    pub const ASK_RESTORE: &str = "If the project is running again, ask a moderator to restore it.";
    pub const RESTORE: &str = "Restore this listing";
    pub const REFLECT: &str = "Your reflection on the Perinatal Peer Support Principles";
    pub const REFLECT_INTRO: &str = "Say in your own words how your project works with each principle. This is your project's own account: it is never scored or ranked. Drafts are only seen by your project and moderators.";
    pub const DRAFT: &str = "Save as draft";
    pub const PUBLISH: &str = "Publish on our listing";
    pub const REVIEWS: &str = "Peer reviews of your reflection";
    pub const REPLY: &str = "Reply (you can reply once)";
}

/// Prompts for each principle, in our own words, after the self-reflection grid's questions.
pub fn prompts(p: Principle) -> [&'static str; 3] {
    match p {
        Principle::SafeNurturing => [
            "How do you keep mums, babies and peer supporters safe, and help people feel welcome?",
            "What shows this: training, supervision, safeguarding steps, what people tell you?",
            "What would you like to do next?",
        ],
        Principle::AccessibleInclusive => [
            "Who is your support for, and what do you do so that they can reach it?",
            "What shows this: who comes, languages, places and times, feedback?",
            "Who is not reaching you yet, and what could you try?",
        ],
        Principle::ComplementsClinical => [
            "How does your support sit alongside NHS and other services, without copying them?",
            "What shows this: links with perinatal teams, referrals, shared work?",
            "What would make those links stronger?",
        ],
        Principle::LivedExperience => [
            "How do people with lived experience shape and lead your project?",
            "What shows this: roles, decisions, co-production?",
            "What would you like to change or grow?",
        ],
        Principle::BenefitsEveryone => [
            "How does taking part benefit your peer supporters as well as the mums you support?",
            "What shows this: training, supervision, wellbeing support, what supporters say?",
            "What would you like to do next?",
        ],
    }
}

fn opt(v: &Option<String>) -> &str {
    v.as_deref().unwrap_or("")
}

pub fn edit(
    chrome: Chrome<'_>,
    token: &str,
    taxonomy: &Taxonomy,
    p: &Project,
    trusted: bool,
    restorable: bool,
    error: Option<&str>,
) -> Markup {
    let e = &p.eligibility;
    let body = html! {
        (error_summary(error))
        h1 { (copy::EDIT) ": " (p.name) }
        @if !trusted { div.notice { p { (copy::WAITS) } } }
        p { a href={ "/manage/" (p.slug) "/reflection" } { (copy::REFLECT) } }
        @if !p.verified { p { (copy::UNCONFIRMED) } }
        form method="post" action={ "/manage/" (p.slug) "/confirm" } {
            (csrf(token))
            button.button.secondary type="submit" { (copy::STILL) }
        }
        form method="post" action={ "/manage/" (p.slug) } {
            (csrf(token))
            (text("name", "Name", &p.name, "text", "organization"))
            (text("organisation", "Organisation", &p.organisation, "text", "organization"))
            (textarea("summary", "Summary", "Plain English, up to 300 characters.", &p.summary))
            (textarea("description", "Description", "", &p.description))
            fieldset { legend { "Support for" }
                @for n in &taxonomy.needs { (checkbox("need", &n.slug, &n.label, p.needs.contains(&n.slug))) } }
            fieldset { legend { "Group or one to one" }
                @for f in Format::ALL { (checkbox("format", f.slug(), f.label(), p.formats.contains(f))) } }
            fieldset { legend { "How people take part" }
                @for d in Delivery::ALL { (checkbox("delivery", d.slug(), d.label(), p.delivery.contains(d))) } }
            fieldset { legend { "Languages" }
                @for l in &taxonomy.languages { (checkbox("lang", &l.code, &l.name, p.languages.contains(&l.code))) } }
            fieldset { legend { "Areas you serve" }
                p.hint { "A search from inside an area you serve finds this listing, even with no place to meet. Untick an area to remove it." }
                @for a in &p.areas { (checkbox("area", a.code.as_str(), &a.name, true)) }
                (text("add_area", "Add an area you serve: a council area or a nation, such as Cheshire East or Wales", "", "text", "off")) }
            fieldset { legend { "Nations served online or by phone" }
                @for n in Nation::ALL { (checkbox("nation", n.slug(), n.label(), p.nations.contains(n))) } }
            fieldset { legend { "How people join" }
                @for r in Referral::ALL { (checkbox("referral", r.slug(), r.label(), p.referral.contains(r))) } }
            (text("cost", "Cost", opt(&p.cost), "text", "off"))
            h2 { "How to get in touch" }
            (text("website", "Website", opt(&p.contact.website), "url", "url"))
            (text("email", "Email", opt(&p.contact.email), "email", "email"))
            (text("phone", "Phone", opt(&p.contact.phone), "tel", "tel"))
            h2 { "Who can come" }
            label.block for="pregnancy" { "During pregnancy" }
            select #pregnancy name="pregnancy" {
                option value="" selected[e.pregnancy.is_none()] { "Not stated" }
                option value="yes" selected[e.pregnancy == Some(true)] { "Yes" }
                option value="no" selected[e.pregnancy == Some(false)] { "No" }
            }
            label.block for="after_birth" { "After birth" }
            select #after_birth name="after_birth" {
                option value="" selected[e.after_birth.is_none()] { "Not stated" }
                @for a in AfterBirth::ALL { option value=(a.slug()) selected[e.after_birth == Some(*a)] { (a.label()) } }
            }
            fieldset { legend { "Who may come" }
                @for a in Attendee::ALL { (checkbox("who", a.slug(), a.label(), e.who.contains(a))) } }
            (text("min_age", "Youngest age (years, optional)", &e.min_age.map(|v| v.to_string()).unwrap_or_default(), "number", "off"))
            (text("max_age", "Oldest age (years, optional)", &e.max_age.map(|v| v.to_string()).unwrap_or_default(), "number", "off"))
            (text("eligibility_note", "Anything else about who can come", opt(&e.note), "text", "off"))
            h2 { "Where it meets" }
            p.muted { "One row a place. Leave the label empty to remove a place." }
            @for (i, s) in p.sites.iter().map(Some).chain([None]).enumerate() {
                fieldset.row {
                    legend { "Place " (i + 1) }
                    (text(&format!("site_label_{i}"), "Label", s.map_or("", |s| &s.label), "text", "off"))
                    (text(&format!("site_lat_{i}"), "Latitude", &s.map(|s| s.lat.to_string()).unwrap_or_default(), "text", "off"))
                    (text(&format!("site_lon_{i}"), "Longitude", &s.map(|s| s.lon.to_string()).unwrap_or_default(), "text", "off"))
                    label.block for={ "site_precision_" (i) } { "How exact" }
                    select id={ "site_precision_" (i) } name={ "site_precision_" (i) } {
                        @for pr in Precision::ALL { option value=(pr.slug()) selected[s.is_some_and(|s| s.precision == *pr) || (s.is_none() && *pr == Precision::Town)] { (pr.label()) } }
                    }
                    (text(&format!("site_radius_{i}"), "Serves people within (km, optional)", &s.and_then(|s| s.radius_km).map(|r| r.to_string()).unwrap_or_default(), "text", "off"))
                    label.block for={ "site_nation_" (i) } { "Nation" }
                    select id={ "site_nation_" (i) } name={ "site_nation_" (i) } {
                        @for n in Nation::ALL { option value=(n.slug()) selected[s.is_some_and(|s| s.nation == *n)] { (n.label()) } }
                    }
                }
            }
            h2 { "When it meets" }
            p.muted { "One row a regular session. Leave the day empty to remove one." }
            @for (i, s) in p.sessions.iter().map(Some).chain([None]).enumerate() {
                fieldset.row {
                    legend { "Session " (i + 1) }
                    (text(&format!("session_site_{i}"), "Place label (empty for online or phone)", s.and_then(|s| s.site.as_deref()).unwrap_or(""), "text", "off"))
                    label.block for={ "session_day_" (i) } { "Day" }
                    select id={ "session_day_" (i) } name={ "session_day_" (i) } {
                        option value="" { "No session" }
                        @for d in Day::ALL { option value=(d.slug()) selected[s.is_some_and(|s| s.day == *d)] { (d.label()) } }
                    }
                    label.block for={ "session_frequency_" (i) } { "How often" }
                    select id={ "session_frequency_" (i) } name={ "session_frequency_" (i) } {
                        @for f in Frequency::ALL { option value=(f.slug()) selected[s.is_some_and(|s| s.frequency == *f)] { (f.label()) } }
                    }
                    (text(&format!("session_interval_{i}"), "Every how many weeks or months", &s.map_or("1".to_string(), |s| s.interval.to_string()), "number", "off"))
                    (text(&format!("session_week_{i}"), "For monthly: which week (1 to 4, or -1 for the last)", &s.and_then(|s| s.week_of_month).map(|w| w.to_string()).unwrap_or_default(), "text", "off"))
                    (text(&format!("session_opens_{i}"), "Starts (HH:MM)", &s.map(|s| s.opens.format("%H:%M").to_string()).unwrap_or_default(), "time", "off"))
                    (text(&format!("session_closes_{i}"), "Ends (HH:MM)", &s.map(|s| s.closes.format("%H:%M").to_string()).unwrap_or_default(), "time", "off"))
                }
            }
            (text("schedule_note", "Anything else about when it meets", opt(&p.schedule_note), "text", "off"))
            p {}
            button type="submit" { (copy::SAVE) }
        }
        @if p.status == Status::Archived {
            @if restorable {
                form method="post" action={ "/manage/" (p.slug) "/restore" } {
                    (csrf(token))
                    p { (copy::ARCHIVED) }
                    button.button.secondary type="submit" { (copy::RESTORE) }
                }
            } @else {
                p { (copy::ARCHIVED) " " (copy::ASK_RESTORE) }
            }
        } @else {
            p { a.button.secondary href={ "/manage/" (p.slug) "/archive" } { (copy::ARCHIVE) } }
        }
    };
    page(copy::EDIT, chrome, body)
}

/// "Are you sure?" before a listing is archived: what it means, and the way back.
pub fn archive(chrome: Chrome<'_>, token: &str, p: &Project) -> Markup {
    let body = html! {
        h1 { (copy::ARCHIVE_TITLE) " " (p.name) "?" }
        p { (copy::ARCHIVE_MEANS) }
        form method="post" action={ "/manage/" (p.slug) "/archive" } {
            (csrf(token))
            input type="hidden" name="confirm" value="yes";
            button.button.warning type="submit" { (copy::ARCHIVE_YES) }
        }
        p { a href={ "/manage/" (p.slug) } { (copy::ARCHIVE_NO) } }
    };
    page(
        &format!("{} {}?", copy::ARCHIVE_TITLE, p.name),
        chrome,
        body,
    )
}

pub fn reflection(
    chrome: Chrome<'_>,
    token: &str,
    p: &Project,
    reviews: &[Review],
    error: Option<&str>,
) -> Markup {
    let body = html! {
        (error_summary(error))
        h1 { (copy::REFLECT) }
        p { (copy::REFLECT_INTRO) " " a href=(super::about::PRINCIPLES_URL) rel="noreferrer noopener" { "Read the principles" } }
        form method="post" action={ "/manage/" (p.slug) "/reflection" } {
            (csrf(token))
            @for pr in Principle::ALL {
                @let current = p.reflections.iter().find(|r| r.principle == *pr);
                @let [how, shows, next] = prompts(*pr);
                fieldset {
                    legend { h2 { (pr.label()) } }
                    label.block for={ "status_" (pr.slug()) } { "Where you are" }
                    select id={ "status_" (pr.slug()) } name={ "status_" (pr.slug()) } {
                        option value="" { "Not answered yet" }
                        @for st in ReflectionStatus::ALL { option value=(st.slug()) selected[current.is_some_and(|c| c.status == *st)] { (st.label()) } }
                    }
                    (textarea(&format!("how_{}", pr.slug()), how, "", current.map_or("", |c| &c.how)))
                    (textarea(&format!("evidence_{}", pr.slug()), shows, "", current.map_or("", |c| &c.evidence)))
                    (textarea(&format!("next_{}", pr.slug()), next, "", current.map_or("", |c| &c.next_steps)))
                }
            }
            button.button.secondary type="submit" name="action" value="draft" { (copy::DRAFT) }
            " "
            button type="submit" name="action" value="publish" { (copy::PUBLISH) }
        }
        @if !reviews.is_empty() {
            h2 { (copy::REVIEWS) }
            @for r in reviews {
                h3 { "From " (r.reviewer_name) }
                // The review itself, so the reply answers what it says.
                (super::project::review_items(r))
                @if r.reply.is_none() && !r.hidden {
                    form method="post" action={ "/manage/" (p.slug) "/reviews/" (r.id) "/reply" } {
                        (csrf(token))
                        (textarea("reply", copy::REPLY, "", ""))
                        button type="submit" { "Send reply" }
                    }
                } @else if let Some(reply) = &r.reply { p { "Your reply: " (reply) } }
            }
        }
    };
    page(copy::REFLECT, chrome, body)
}
