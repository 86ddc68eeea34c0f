//! Support between projects: the finder (`/toolkit/support`), a project's form for what
//! it offers (`/manage/{slug}/support`), and asking to connect.

use super::forms::{csrf, error_summary, text_checked, textarea_checked};
use super::layout::{Chrome, page};
use super::parts::{in_english, message_with, own_name};
use super::search_form::label_in;
use crate::domain::Project;
use crate::domain::check::FieldError;
use crate::domain::support::{FoundOffer, SupportKind, SupportOffer};
use crate::i18n::{Arg, Lang};
use maud::{Markup, html};

/// A kind of support in `lang`: "Peer supporter training".
pub fn kind_label(lang: Lang, kind: SupportKind) -> String {
    label_in(lang, "support-kind", kind.slug(), kind.label())
}

/// A distance in kilometres, one decimal: "12.3 km".
fn km(lang: Lang, m: f64) -> String {
    format!("{} km", lang.decimal(m / 1000.0, 1))
}

/// One offer found.
fn found(lang: Lang, f: &FoundOffer, kind: SupportKind) -> Markup {
    let project = lang.path(&format!("/projects/{}", f.project));
    let connect = lang.path(&format!(
        "/toolkit/support/{}/connect?need={}",
        f.project,
        kind.slug()
    ));
    html! {
        li.offer {
            a href=(project) { (in_english(lang, &f.name)) }
            @if let (Some(d), Some(p)) = (f.distance_m, &f.offer.place) {
                ", " (message_with(lang, "support-away", "place", in_english(lang, &p.label), &[("distance", Arg::from(km(lang, d)))]))
            }
            " · " a href=(connect) { (lang.t("support-ask")) }
        }
    }
}

/// The finder, with what was asked and what it found (`None` before a search).
pub fn finder(
    chrome: Chrome<'_>,
    kind: Option<SupportKind>,
    place: &str,
    found_offers: Option<&(Vec<FoundOffer>, Vec<FoundOffer>)>,
    errors: &[FieldError],
) -> Markup {
    let lang = chrome.lang;
    let title = lang.t("support-title");
    let body = html! {
        (error_summary(errors))
        h1 { (title) }
        p.lead { (lang.t("support-lead")) }
        form method="get" action=(lang.path("/toolkit/support")) {
            fieldset {
                legend { (lang.t("support-need")) }
                @for k in SupportKind::ALL {
                    div.check {
                        input type="radio" id={ "need-" (k.slug()) } name="need" value=(k.slug()) checked[kind == Some(k)];
                        label for={ "need-" (k.slug()) } { (kind_label(lang, k)) }
                    }
                }
            }
            (text_checked(errors, "where", &lang.t("support-where"), place, "text", "postal-code"))
            button.button type="submit" { (lang.t("support-find")) }
        }
        @if let (Some((near, online)), Some(k)) = (found_offers, kind) {
            h2 { (lang.t("support-near")) }
            @if near.is_empty() { p { (lang.t("support-none-near")) } }
            ol.offers-near { @for f in near { (found(lang, f, k)) } }
            h2 { (lang.t("support-online")) }
            @if online.is_empty() { p { (lang.t("support-none-online")) } }
            ul.offers-online { @for f in online { (found(lang, f, k)) } }
        }
    };
    page(&title, chrome, body)
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
    errors: &[FieldError],
    saved: bool,
) -> Markup {
    let lang = chrome.lang;
    let title = lang.t("support-offer-title");
    let body = html! {
        (error_summary(errors))
        @if saved { div.notice.ok role="status" { p { strong { (lang.t("support-saved")) } } } }
        h1 { (title) ": " (own_name(lang, p)) }
        p { (lang.t("support-offer-lead")) }
        form method="post" action=(lang.path(&format!("/manage/{}/support", p.slug))) novalidate {
            (csrf(token))
            @for (k, f) in fields {
                @let place = format!("place_{}", k.slug());
                fieldset.offer {
                    legend { h2 { (kind_label(lang, *k)) } }
                    (super::forms::checkbox(&format!("offer_{}", k.slug()), "yes", &lang.t("support-offers"), f.offered))
                    (text_checked(errors, &place, &lang.t("support-place"), &f.place, "text", "off"))
                    (super::forms::checkbox(&format!("online_{}", k.slug()), "yes", &lang.t("support-online-too"), f.online))
                }
            }
            button.button type="submit" { (lang.t("support-save")) }
        }
    };
    page(&title, chrome, body)
}

/// The form to ask `offering` to connect about `kind`, as one of `own` projects.
pub fn connect_form(
    chrome: Chrome<'_>,
    token: &str,
    offering: &Project,
    kind: SupportKind,
    own: &[(crate::domain::Slug, String)],
    message: &str,
    errors: &[FieldError],
) -> Markup {
    let lang = chrome.lang;
    let title = lang.t("support-connect-title");
    let en = (lang != Lang::En).then_some("en");
    let body = html! {
        (error_summary(errors))
        h1 { (title) ": " (own_name(lang, offering)) }
        p { (lang.t("support-connect-lead")) }
        p { strong { (kind_label(lang, kind)) } }
        @if own.is_empty() {
            p { (lang.t("support-no-project")) }
        } @else {
            form method="post" action=(lang.path(&format!("/toolkit/support/{}/connect", offering.slug))) novalidate {
                (csrf(token))
                input type="hidden" name="need" value=(kind.slug());
                label.block for="from" { (lang.t("support-as")) }
                select #from name="from" {
                    @for (slug, name) in own { option value=(slug) lang=[en] { (name) } }
                }
                (textarea_checked(errors, "message", (&lang.t("support-message"), ""), message, Some(2_000)))
                button.button type="submit" { (lang.t("support-send")) }
            }
        }
        p { a href=(lang.path(&format!("/toolkit/support?need={}", kind.slug()))) { (lang.t("support-back")) } }
    };
    page(&title, chrome, body)
}

/// After a message is sent.
pub fn connect_sent(chrome: Chrome<'_>, offering: &Project) -> Markup {
    let lang = chrome.lang;
    let title = lang.t("support-sent");
    let body = html! {
        div.notice.ok role="status" { h1 { (title) } }
        p { (lang.t("support-sent-body")) }
        p { a href=(lang.path(&format!("/projects/{}", offering.slug))) { (own_name(lang, offering)) } }
        p { a href=(lang.path("/toolkit/support")) { (lang.t("support-back")) } }
    };
    page(&title, chrome, body)
}
