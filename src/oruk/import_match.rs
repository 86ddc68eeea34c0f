//! Whether an imported listing is one we have: the same website domain, e-mail address,
//! phone number, or name with a place within [`NEAR_M`]. The facts a feed carries are
//! compared with [`same_facts`], so reading a feed again finds nothing new.

use crate::domain::Project;

/// How close two places of listings with the same name must be to be one listing.
pub const NEAR_M: f64 = 10_000.0;

/// Hosts many unrelated projects share: a match on them says nothing.
const SHARED_HOSTS: &[&str] = &[
    "facebook.com",
    "instagram.com",
    "linktr.ee",
    "twitter.com",
    "x.com",
    "nhs.uk",
    "gov.uk",
    "eventbrite.co.uk",
];

fn domain(url: &str) -> Option<String> {
    let rest = url.split_once("://").map_or(url, |(_, r)| r);
    let host = rest.split(['/', '?', '#']).next()?.to_lowercase();
    let host = host.strip_prefix("www.").unwrap_or(&host).to_string();
    (!host.is_empty() && !SHARED_HOSTS.contains(&host.as_str())).then_some(host)
}

fn digits(phone: &str) -> Option<String> {
    let d: String = phone.chars().filter(char::is_ascii_digit).collect();
    let d = match d.strip_prefix("44") {
        Some(rest) if phone.trim_start().starts_with('+') => format!("0{rest}"),
        _ => d,
    };
    (d.len() >= 10).then_some(d)
}

fn name(p: &Project) -> String {
    p.name
        .to_lowercase()
        .chars()
        .filter(|c| c.is_alphanumeric())
        .collect()
}

/// Whether `a` and `b` meet within [`NEAR_M`] of each other, or both meet nowhere.
pub fn same_place(a: &Project, b: &Project) -> bool {
    if a.sites.is_empty() && b.sites.is_empty() {
        return true;
    }
    a.sites.iter().filter_map(|s| s.location()).any(|x| {
        b.sites
            .iter()
            .filter_map(|s| s.location())
            .any(|y| x.distance_m(y) <= NEAR_M)
    })
}

/// What identifies a listing besides its name: its website's domain, its e-mail address
/// and its phone number, each marked with its kind.
pub fn keys(p: &Project) -> Vec<String> {
    let c = &p.contact;
    let mut out = Vec::new();
    out.extend(
        c.website
            .as_deref()
            .and_then(domain)
            .map(|d| format!("web:{d}")),
    );
    out.extend(
        c.email
            .as_deref()
            .map(|e| format!("mail:{}", e.trim().to_lowercase())),
    );
    out.extend(
        c.phone
            .as_deref()
            .and_then(digits)
            .map(|d| format!("tel:{d}")),
    );
    out
}

/// Whether `a` and `b` are the same project: the same name at the same place, or at the
/// same place a website domain, e-mail address or phone number that `unique` says
/// belongs to one listing only (one charity's projects often share its website and phone
/// line, and sometimes its town: a shared one identifies none of them).
pub fn same_project(a: &Project, b: &Project, unique: impl Fn(&str) -> bool) -> bool {
    if !same_place(a, b) {
        return false;
    }
    if name(a) == name(b) {
        return true;
    }
    let theirs = keys(b);
    keys(a).iter().any(|k| theirs.contains(k) && unique(k))
}

/// `ours` with the facts an imported listing carries taken from `theirs`.
pub fn overlay(ours: &Project, theirs: &Project) -> Project {
    let mut p = ours.clone();
    p.name = theirs.name.clone();
    p.organisation = theirs.organisation.clone();
    p.summary = theirs.summary.clone();
    p.description = theirs.description.clone();
    p.formats = theirs.formats.clone();
    p.delivery = theirs.delivery.clone();
    p.needs = theirs.needs.clone();
    p.languages = theirs.languages.clone();
    p.sites = theirs.sites.clone();
    p.nations = theirs.nations.clone();
    p.areas = theirs.areas.clone();
    p.referral = theirs.referral.clone();
    p.cost = theirs.cost.clone();
    p.contact = theirs.contact.clone();
    p.eligibility = theirs.eligibility.clone();
    // A feed without schedules says nothing of them: ours stand.
    if !theirs.sessions.is_empty() || theirs.schedule_note.is_some() {
        p.sessions = theirs.sessions.clone();
        p.schedule_note = theirs.schedule_note.clone();
    }
    // A feed says only who may come; "not in pregnancy" travels as nothing.
    if theirs.eligibility.pregnancy.is_none() {
        p.eligibility.pregnancy = ours.eligibility.pregnancy.filter(|p| !p);
    }
    p
}

/// Whether two versions state the same facts a feed carries (where they came from, and
/// who confirmed them, aside).
pub fn same_facts(a: &Project, b: &Project) -> bool {
    overlay(a, b) == *a
}
