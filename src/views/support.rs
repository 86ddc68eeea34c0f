//! Support between projects: the finder (`/toolkit/support`), a project's form for what
//! it offers (`/manage/{slug}/support`), and asking to connect.

use super::account::{errors_summary, textarea_checked};
use super::forms::{csrf, text};
use super::layout::{Chrome, page};
use crate::domain::Project;
use crate::domain::support::{FoundOffer, SupportKind, SupportOffer};
use maud::{Markup, html};

mod copy {
    pub const TITLE: &str = "Find help from other projects";
    pub const LEAD: &str = "Projects on peermap that offer other projects training, supervision or reflective practice, mentoring for new groups, or joint groups. Choose what you need and say where you are: the nearest in-person offers come first, then those online.";
    pub const NEED: &str = "What you need";
    pub const WHERE: &str = "Your town or postcode";
    pub const FIND: &str = "Find offers";
    pub const NEAR: &str = "In person, nearest first";
    pub const ONLINE: &str = "Online, from anywhere";
    pub const NONE_NEAR: &str = "No project offers this in person yet.";
    pub const NONE_ONLINE: &str = "No project offers this online yet.";
    pub const ASK: &str = "Ask to connect";
    pub const OFFER_TITLE: &str = "What you offer other projects";
    pub const OFFER_LEAD: &str = "Tick what your project can offer other peer support projects, and say where (a town or postcode) or whether you can do it online. Other projects find it on the support finder and can ask to connect: we pass their message on by e-mail, and never show your address.";
    pub const OFFERS: &str = "We offer this";
    pub const PLACE: &str = "In person at (town or postcode)";
    pub const ONLINE_TOO: &str = "Online";
    pub const SAVE: &str = "Save what we offer";
    pub const SAVED: &str = "Saved. Other projects can find what you offer on the support finder.";
    pub const CONNECT_TITLE: &str = "Ask to connect";
    pub const CONNECT_LEAD: &str = "Write to the people who keep this listing. We send your message by e-mail with your address, so they can answer you directly. Their address is not shown.";
    pub const AS: &str = "Asking for";
    pub const MESSAGE: &str = "Your message";
    pub const SEND: &str = "Send your message";
    pub const SENT: &str = "Your message is sent";
    pub const SENT_BODY: &str = "We have e-mailed your message to the people who keep this listing. They will answer you at your e-mail address.";
    pub const NO_PROJECT: &str = "To ask to connect, first keep your project's listing on peermap: sign in and claim or propose it.";
    pub const BACK: &str = "Back to the support finder";
}

fn km(m: f64) -> String {
    format!("{:.1} km", m / 1000.0)
}

/// One offer found.
fn found(f: &FoundOffer, kind: SupportKind) -> Markup {
    html! {
        li.offer {
            a href={ "/projects/" (f.project) } { (f.name) }
            @if let (Some(d), Some(p)) = (f.distance_m, &f.offer.place) { ", " (p.label) " (" (km(d)) " away)" }
            " · " a href={ "/toolkit/support/" (f.project) "/connect?need=" (kind.slug()) } { (copy::ASK) }
        }
    }
}

/// The finder, with what was asked and what it found (`None` before a search).
pub fn finder(
    chrome: Chrome<'_>,
    kind: Option<SupportKind>,
    place: &str,
    found_offers: Option<&(Vec<FoundOffer>, Vec<FoundOffer>)>,
    errors: &[(&str, String)],
) -> Markup {
    let body = html! {
        (errors_summary(errors))
        h1 { (copy::TITLE) }
        p.lead { (copy::LEAD) }
        form method="get" action="/toolkit/support" {
            fieldset {
                legend { (copy::NEED) }
                @for k in SupportKind::ALL {
                    div.check {
                        input type="radio" id={ "need-" (k.slug()) } name="need" value=(k.slug()) checked[kind == Some(k)];
                        label for={ "need-" (k.slug()) } { (k.label()) }
                    }
                }
            }
            div.field.field-error[errors.iter().any(|(f, _)| *f == "where")] {
                (super::account::field_error(errors, "where"))
                (text("where", copy::WHERE, place, "text", "postal-code"))
            }
            button.button type="submit" { (copy::FIND) }
        }
        @if let (Some((near, online)), Some(k)) = (found_offers, kind) {
            h2 { (copy::NEAR) }
            @if near.is_empty() { p { (copy::NONE_NEAR) } }
            ol.offers-near { @for f in near { (found(f, k)) } }
            h2 { (copy::ONLINE) }
            @if online.is_empty() { p { (copy::NONE_ONLINE) } }
            ul.offers-online { @for f in online { (found(f, k)) } }
        }
    };
    page(copy::TITLE, chrome, body)
}

/// What the offers form holds for one kind, as typed.
#[derive(Debug, Clone, Default)]
pub struct OfferFields {
    pub offered: bool,
    pub place: String,
    pub online: bool,
}

impl OfferFields {
    pub fn of(offers: &[SupportOffer], kind: SupportKind) -> OfferFields {
        match offers.iter().find(|o| o.kind == kind) {
            Some(o) => OfferFields {
                offered: true,
                place: o
                    .place
                    .as_ref()
                    .map(|p| p.label.clone())
                    .unwrap_or_default(),
                online: o.online,
            },
            None => OfferFields::default(),
        }
    }
}

/// A project's form for what it offers other projects.
pub fn offers_form(
    chrome: Chrome<'_>,
    token: &str,
    p: &Project,
    fields: &[(SupportKind, OfferFields)],
    errors: &[(&str, String)],
    saved: bool,
) -> Markup {
    let body = html! {
        (errors_summary(errors))
        @if saved { div.notice.ok role="status" { p { strong { (copy::SAVED) } } } }
        h1 { (copy::OFFER_TITLE) ": " (p.name) }
        p { (copy::OFFER_LEAD) }
        form method="post" action={ "/manage/" (p.slug) "/support" } novalidate {
            (csrf(token))
            @for (k, f) in fields {
                @let place = format!("place_{}", k.slug());
                fieldset.offer {
                    legend { h2 { (k.label()) } }
                    (super::forms::checkbox(&format!("offer_{}", k.slug()), "yes", copy::OFFERS, f.offered))
                    div.field.field-error[errors.iter().any(|(e, _)| *e == place)] {
                        (super::account::field_error(errors, &place))
                        (text(&place, copy::PLACE, &f.place, "text", "off"))
                    }
                    (super::forms::checkbox(&format!("online_{}", k.slug()), "yes", copy::ONLINE_TOO, f.online))
                }
            }
            button.button type="submit" { (copy::SAVE) }
        }
    };
    page(copy::OFFER_TITLE, chrome, body)
}

/// The form to ask `offering` to connect about `kind`, as one of `own` projects.
pub fn connect_form(
    chrome: Chrome<'_>,
    token: &str,
    offering: &Project,
    kind: SupportKind,
    own: &[(crate::domain::Slug, String)],
    message: &str,
    errors: &[(&str, String)],
) -> Markup {
    let body = html! {
        (errors_summary(errors))
        h1 { (copy::CONNECT_TITLE) ": " (offering.name) }
        p { (copy::CONNECT_LEAD) }
        p { strong { (kind.label()) } }
        @if own.is_empty() {
            p { (copy::NO_PROJECT) }
        } @else {
            form method="post" action={ "/toolkit/support/" (offering.slug) "/connect" } novalidate {
                (csrf(token))
                input type="hidden" name="need" value=(kind.slug());
                label.block for="from" { (copy::AS) }
                select #from name="from" {
                    @for (slug, name) in own { option value=(slug) { (name) } }
                }
                (textarea_checked(errors, "message", copy::MESSAGE, "", message))
                button.button type="submit" { (copy::SEND) }
            }
        }
        p { a href={ "/toolkit/support?need=" (kind.slug()) } { (copy::BACK) } }
    };
    page(copy::CONNECT_TITLE, chrome, body)
}

/// After a message is sent.
pub fn connect_sent(chrome: Chrome<'_>, offering: &Project) -> Markup {
    let body = html! {
        div.notice.ok role="status" { h1 { (copy::SENT) } }
        p { (copy::SENT_BODY) }
        p { a href={ "/projects/" (offering.slug) } { (offering.name) } }
        p { a href="/toolkit/support" { (copy::BACK) } }
    };
    page(copy::SENT, chrome, body)
}
