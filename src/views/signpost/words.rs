//! Why the ticked listings could not be kept as a shortlist, in the page's language.

use crate::i18n::{Arg, Lang};
use crate::signpost::{KeepError, MAX_SHORTLIST};

/// The message for `e` in `lang`.
pub fn keep_problem(lang: Lang, e: &KeepError) -> String {
    match e {
        KeepError::NoneTicked => lang.t("sp-keep-none"),
        KeepError::TooMany(n) => lang.ta(
            "sp-keep-too-many",
            &[
                ("most", Arg::from(MAX_SHORTLIST)),
                ("ticked", Arg::from(*n)),
            ],
        ),
        KeepError::Unknown(slug) => {
            lang.ta("sp-keep-unknown", &[("slug", Arg::from(slug.clone()))])
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn english_reads_as_the_shortlist_check_words_it() {
        for e in [
            KeepError::NoneTicked,
            KeepError::TooMany(MAX_SHORTLIST + 3),
            KeepError::Unknown("closed-project".into()),
        ] {
            assert_eq!(keep_problem(Lang::En, &e), e.to_string());
            assert_ne!(keep_problem(Lang::Cy, &e), e.to_string());
        }
    }
}
