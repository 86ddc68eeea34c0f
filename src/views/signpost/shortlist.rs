//! A kept shortlist at `/s/{code}`: its title says what it is for, its link is ready to
//! copy or to send from the device's own e-mail or messages app.

use super::super::layout::{Chrome, page};
use super::super::urgent::emergency_advice_in;
use super::{copy, crisis, sections};
use crate::domain::{Slug, Taxonomy};
use crate::geocode::PlacePrecision;
use crate::signpost::{Ask, Sheet, qr, share};
use chrono::DateTime;
use chrono_tz::Tz;
use maud::{Markup, PreEscaped, html};

mod words {
    pub const PEER_SUPPORT: &str = "Peer support";
    pub const MADE: &str = "Shortlist made";
    pub const MADE_NEXT: &str = "Copy its link below, or send it by e-mail or text message. It keeps only the area and the listings you ticked.";
    pub const SEND: &str = "Send this shortlist";
    pub const LINK: &str = "Link to this shortlist";
    pub const LINK_HINT: &str = "Select the link to copy it, or send it from this device:";
    pub const EMAIL: &str = "Send by e-mail";
    pub const TEXT: &str = "Send by text message";
}

/// Need labels that open with a name or initials, and keep their capital in a sentence.
const NAMES: [&str; 1] = ["Black"];

/// A need's label inside a sentence: "Postpartum psychosis" → "postpartum psychosis",
/// but "LGBT+ parents" and "Black, Asian and minority ethnic communities" as they are.
fn in_sentence(label: &str) -> String {
    let first = label.split([' ', ',']).next().unwrap_or_default();
    let letters: Vec<char> = first.chars().filter(|c| c.is_alphabetic()).collect();
    let initials = letters.len() > 1 && letters.iter().all(|c| c.is_uppercase());
    let mut chars = label.chars();
    match chars.next() {
        Some(c) if !initials && !NAMES.contains(&first) => c.to_lowercase().chain(chars).collect(),
        _ => label.to_string(),
    }
}

/// "Peer support for postpartum psychosis near B15 2"; "… in Wales" for a whole nation;
/// "Peer support near B15 2" when no need was chosen (or the shortlist is older than that).
pub fn title(taxonomy: &Taxonomy, ask: &Ask, sheet: &Sheet) -> String {
    let needs: Vec<String> = ask
        .query
        .filter
        .needs
        .iter()
        .map(|n| in_sentence(taxonomy.need_label(n)))
        .collect();
    let near = if sheet.precision == Some(PlacePrecision::Nation) {
        "in"
    } else {
        "near"
    };
    let mut out = words::PEER_SUPPORT.to_string();
    if !needs.is_empty() {
        out.push_str(&format!(" for {}", needs.join(" or ")));
    }
    format!("{out} {near} {}", sheet.place)
}

/// The link, in a box to copy it from, with links that start an e-mail or a text message
/// holding it.
fn send(url: &str, title: &str) -> Markup {
    let link_qr = qr::svg(url, &format!("QR code for this shortlist: {url}"));
    let body = format!("{title}: {url}");
    html! {
        section.shortlist-link aria-labelledby="send-title" {
            @if let Some(svg) = link_qr { (PreEscaped(svg)) }
            div.send {
                h2.no-print #send-title { (words::SEND) }
                label.block for="shortlist-url" { (words::LINK) }
                p.muted.no-print #shortlist-url-hint { (words::LINK_HINT) }
                input #shortlist-url type="text" readonly value=(url) spellcheck="false"
                    aria-describedby="shortlist-url-hint";
                ul.send-links.no-print {
                    li { a href=(share::mailto(title, &body)) { (words::EMAIL) } }
                    li { a href=(share::sms(&body)) { (words::TEXT) } }
                }
            }
        }
    }
}

/// A kept shortlist as found at its address.
#[derive(Debug, Clone, Copy)]
pub struct Kept<'a> {
    pub sheet: &'a Sheet,
    /// Kept listings no longer published.
    pub gone: &'a [Slug],
    /// The shortlist's full address.
    pub url: &'a str,
    /// The clinician has just made it, so the page says so first.
    pub made: bool,
}

/// A kept shortlist: the listings ticked on the sheet, for what the sheet was asked for.
pub fn shortlist(
    chrome: Chrome<'_>,
    taxonomy: &Taxonomy,
    ask: &Ask,
    kept: &Kept<'_>,
    base: &str,
    now: DateTime<Tz>,
) -> Markup {
    let Kept {
        sheet,
        gone,
        url,
        made,
    } = *kept;
    let title = title(taxonomy, ask, sheet);
    let body = html! {
        @if made {
            div.notice.ok.no-print role="status" aria-labelledby="made-title" {
                h2 #made-title { (words::MADE) }
                p { (words::MADE_NEXT) }
            }
        }
        div.sheet {
            h1 { (title) }
            (emergency_advice_in(chrome.lang, &ask.query.filter.needs))
            p.muted { "peermap, " (chrome.lang.date(now.date_naive())) ". " (chrome.lang.t("sheet-intro")) }
            p { (chrome.lang.t("sheet-check")) }
            (send(url, &title))
            (crisis(&chrome, sheet.nation))
            (sections(chrome.lang, sheet, None, base, now, None))
            @if !gone.is_empty() {
                p { (copy::GONE) " " (gone.iter().map(|s| s.as_str()).collect::<Vec<_>>().join(", ")) }
            }
            p.muted.no-print lang=[(chrome.lang != crate::i18n::Lang::En).then_some("en")] { (copy::PRINT_HINT) }
        }
    };
    page(&title, chrome, body)
}
