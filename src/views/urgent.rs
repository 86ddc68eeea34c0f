//! Advice for an emergency, shown before anything else on the pages for it: postpartum
//! psychosis is a psychiatric emergency, and peer support is not the first help for it.

use crate::domain::EMERGENCY_NEED;
use maud::{Markup, html};

mod copy {
    pub const TITLE: &str = "Postpartum psychosis is an emergency";
    pub const CALL: &str = "Call 999";
    pub const NOW: &str = " or go to A&E now";
    pub const IF: &str = " if a mother has symptoms such as confusion, seeing or hearing things that are not there (hallucinations), or thoughts of harming herself or her baby.";
    pub const SAME_DAY: &str = "If you are worried she may have postpartum psychosis, contact her perinatal mental health team, midwife or GP the same day, or the local crisis team straight away.";
    pub const NOT_PEER: &str =
        "Do not wait for peer support. It can help alongside treatment, not instead of it.";
}

/// Whether a page for these needs opens with the emergency advice.
pub fn needs_emergency_advice<'a>(needs: impl IntoIterator<Item = &'a String>) -> bool {
    needs.into_iter().any(|n| n == EMERGENCY_NEED)
}

/// The advice, when `needs` include the emergency need; nothing otherwise.
pub fn emergency_advice<'a>(needs: impl IntoIterator<Item = &'a String>) -> Markup {
    html! {
        @if needs_emergency_advice(needs) {
            section.emergency #emergency aria-labelledby="emergency-title" {
                h2 #emergency-title { (copy::TITLE) }
                p { strong { a href="tel:999" { (copy::CALL) } (copy::NOW) } (copy::IF) }
                p { (copy::SAME_DAY) }
                p { (copy::NOT_PEER) }
            }
        }
    }
}
