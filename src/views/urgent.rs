//! Advice for an emergency, shown before anything else on the pages for it: postpartum
//! psychosis is a psychiatric emergency, and peer support is not the first help for it.

use crate::domain::EMERGENCY_NEED;
use crate::i18n::Lang;
use maud::{Markup, html};

/// Whether a page for these needs opens with the emergency advice.
pub fn needs_emergency_advice<'a>(needs: impl IntoIterator<Item = &'a String>) -> bool {
    needs.into_iter().any(|n| n == EMERGENCY_NEED)
}

/// The advice, when `needs` include the emergency need; nothing otherwise.
pub fn emergency_advice<'a>(needs: impl IntoIterator<Item = &'a String>) -> Markup {
    emergency_advice_in(Lang::En, needs)
}

/// [`emergency_advice`] in `lang`.
pub fn emergency_advice_in<'a>(lang: Lang, needs: impl IntoIterator<Item = &'a String>) -> Markup {
    html! {
        @if needs_emergency_advice(needs) {
            section.emergency #emergency aria-labelledby="emergency-title" {
                h2 #emergency-title { (lang.t("emergency-title")) }
                p { strong { a href="tel:999" { (lang.t("emergency-call")) } (lang.t("emergency-now")) } (lang.t("emergency-if")) }
                p { (lang.t("emergency-same-day")) }
                p { (lang.t("emergency-not-peer")) }
            }
        }
    }
}
