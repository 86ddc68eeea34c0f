//! The languages peermap speaks, and its words in each (Project Fluent catalogues in
//! `locales/`, embedded in the binary).
//!
//! English is the source language and the fallback: Welsh has every message, the
//! community languages the ones for the moment of need (`core.ftl`). A message missing
//! from a catalogue is read in English.

mod catalogue;
mod current;
mod names;

pub use catalogue::{Arg, FILES, catalogues, keys};
pub use current::{Here, here, scope};
pub use names::{endonym, filter_label};

use std::fmt;

/// A language a page can be read in. English pages have no prefix; every other
/// language's pages live under `/{code}/`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Default)]
pub enum Lang {
    #[default]
    En,
    Cy,
    Pl,
    Ro,
    Pa,
    Ur,
    Pt,
    Es,
    Ar,
    Bn,
    Ti,
}

impl Lang {
    /// Every language, English and Welsh first.
    pub const ALL: [Lang; 11] = [
        Lang::En,
        Lang::Cy,
        Lang::Pl,
        Lang::Ro,
        Lang::Pa,
        Lang::Ur,
        Lang::Pt,
        Lang::Es,
        Lang::Ar,
        Lang::Bn,
        Lang::Ti,
    ];

    /// The community languages: the moment of need only (`core.ftl`).
    pub fn is_community(self) -> bool {
        !matches!(self, Lang::En | Lang::Cy)
    }

    /// The BCP 47 code, as in `lang` and in the URL prefix.
    pub fn code(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::Cy => "cy",
            Lang::Pl => "pl",
            Lang::Ro => "ro",
            Lang::Pa => "pa",
            Lang::Ur => "ur",
            Lang::Pt => "pt",
            Lang::Es => "es",
            Lang::Ar => "ar",
            Lang::Bn => "bn",
            Lang::Ti => "ti",
        }
    }

    /// The `lang` attribute of a page.
    pub fn html_lang(self) -> &'static str {
        match self {
            Lang::En => "en-GB",
            other => other.code(),
        }
    }

    /// The language whose code this is.
    pub fn from_code(code: &str) -> Option<Lang> {
        Lang::ALL.into_iter().find(|l| l.code() == code)
    }

    /// Written right to left (Arabic, Urdu).
    pub fn rtl(self) -> bool {
        matches!(self, Lang::Ar | Lang::Ur)
    }

    /// `dir` of a page.
    pub fn dir(self) -> &'static str {
        if self.rtl() { "rtl" } else { "ltr" }
    }

    /// The language's name in its own script: "Cymraeg", "اردو".
    pub fn own_name(self) -> &'static str {
        endonym(self.code()).unwrap_or("English")
    }

    /// The language's name in English.
    pub fn english_name(self) -> &'static str {
        match self {
            Lang::En => "English",
            Lang::Cy => "Welsh",
            Lang::Pl => "Polish",
            Lang::Ro => "Romanian",
            Lang::Pa => "Panjabi",
            Lang::Ur => "Urdu",
            Lang::Pt => "Portuguese",
            Lang::Es => "Spanish",
            Lang::Ar => "Arabic",
            Lang::Bn => "Bengali",
            Lang::Ti => "Tigrinya",
        }
    }

    /// A local path (`/search?where=CF10`) in this language: `/cy/search?where=CF10`.
    pub fn path(self, path: &str) -> String {
        match self {
            Lang::En => path.to_string(),
            _ if path == "/" => format!("/{}/", self.code()),
            _ => format!("/{}{path}", self.code()),
        }
    }

    /// The message `id`, in this language or else in English.
    pub fn t(self, id: &str) -> String {
        catalogue::format(self, id, &[])
    }

    /// The message `id` with its variables (plurals and numbers by Fluent).
    pub fn ta(self, id: &str, args: &[(&str, Arg)]) -> String {
        catalogue::format(self, id, args)
    }

    /// Whether this language's catalogue has `id` itself (not by falling back).
    pub fn has(self, id: &str) -> bool {
        catalogue::has(self, id)
    }

    /// Whether a fluent speaker has reviewed this language's catalogue (`meta.ftl`).
    pub fn reviewed(self) -> bool {
        self == Lang::En
            || (self.has("catalogue-reviewed") && self.t("catalogue-reviewed") == "yes")
    }

    /// A number with `places` decimals, with this language's decimal mark.
    pub fn decimal(self, x: f64, places: usize) -> String {
        let s = format!("{x:.places$}");
        match self {
            Lang::Pl | Lang::Ro | Lang::Pt | Lang::Es => s.replace('.', ","),
            _ => s,
        }
    }

    /// A date as this language writes it: "3 March 2026", "3 Mawrth 2026".
    pub fn date(self, d: chrono::NaiveDate) -> String {
        use chrono::Datelike;
        let month = self.t(&format!("month-{}", d.month()));
        self.ta(
            "date-long",
            &[
                ("day", Arg::from(d.day())),
                ("month", Arg::from(month)),
                ("year", Arg::from(d.year().to_string())),
            ],
        )
    }
}

impl fmt::Display for Lang {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.code())
    }
}

impl Lang {
    /// The message `id` as markup: read in English when this language lacks it, and then
    /// marked `lang="en"` so a screen reader says it in English.
    pub fn tm(self, id: &str) -> maud::Markup {
        let text = self.t(id);
        if self == Lang::En || self.has(id) {
            maud::html! { (text) }
        } else {
            maud::html! { span lang="en" { (text) } }
        }
    }
}

#[cfg(test)]
mod tests;
