//! The Fluent catalogues, embedded in the binary and parsed once.

use super::Lang;
use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource};
use std::collections::HashMap;
use std::sync::LazyLock;

/// A variable of a message: a number (for plurals) or a string.
pub type Arg = fluent_bundle::FluentValue<'static>;

macro_rules! files {
    ($($lang:ident $code:literal [$($file:literal),+];)+) => {
        /// Every catalogue file: its language, its name in `locales/{code}/` and its text.
        pub const FILES: &[(Lang, &str, &str)] = &[
            $($((Lang::$lang, $file, include_str!(concat!("../../locales/", $code, "/", $file))),)+)+
        ];
    };
}

files! {
    En "en" ["meta.ftl", "core.ftl", "sheet.ftl", "pages.ftl", "accounts.ftl", "mail.ftl", "explore.ftl", "projects.ftl", "signposting.ftl", "listing.ftl"];
    Cy "cy" ["meta.ftl", "core.ftl", "sheet.ftl", "pages.ftl", "accounts.ftl", "mail.ftl", "explore.ftl", "projects.ftl", "signposting.ftl", "listing.ftl"];
    Pl "pl" ["meta.ftl", "core.ftl", "sheet.ftl"];
    Ro "ro" ["meta.ftl", "core.ftl", "sheet.ftl"];
    Pa "pa" ["meta.ftl", "core.ftl", "sheet.ftl"];
    Ur "ur" ["meta.ftl", "core.ftl", "sheet.ftl"];
    Pt "pt" ["meta.ftl", "core.ftl", "sheet.ftl"];
    Es "es" ["meta.ftl", "core.ftl", "sheet.ftl"];
    Ar "ar" ["meta.ftl", "core.ftl", "sheet.ftl"];
    Bn "bn" ["meta.ftl", "core.ftl", "sheet.ftl"];
    Ti "ti" ["meta.ftl", "core.ftl", "sheet.ftl"];
}

type Bundle = FluentBundle<FluentResource>;

static BUNDLES: LazyLock<HashMap<Lang, Bundle>> = LazyLock::new(|| {
    let mut bundles = HashMap::new();
    for lang in Lang::ALL {
        let id = lang
            .code()
            .parse()
            .unwrap_or_else(|_| panic!("{} is a language identifier", lang.code()));
        let mut bundle = Bundle::new_concurrent(vec![id]);
        // Isolating marks only where the script runs right to left, around the numbers
        // and names put into its sentences.
        bundle.set_use_isolating(lang.rtl());
        for (_, name, text) in FILES.iter().filter(|(l, _, _)| *l == lang) {
            let resource = FluentResource::try_new((*text).to_string()).unwrap_or_else(|(_, e)| {
                panic!("locales/{}/{name} does not parse: {e:?}", lang.code())
            });
            bundle.add_resource(resource).unwrap_or_else(|e| {
                panic!("locales/{}/{name} repeats a message: {e:?}", lang.code())
            });
        }
        bundles.insert(lang, bundle);
    }
    bundles
});

/// Parses every catalogue (at start-up, so a broken one stops the server at once).
pub fn catalogues() -> usize {
    BUNDLES.len()
}

/// The message ids in one file's text.
pub fn keys(text: &str) -> Vec<String> {
    use fluent_syntax::ast::Entry;
    let resource = FluentResource::try_new(text.to_string()).unwrap_or_else(|(r, _)| r);
    resource
        .entries()
        .filter_map(|e| match e {
            Entry::Message(m) => Some(m.id.name.to_string()),
            _ => None,
        })
        .collect()
}

pub(super) fn has(lang: Lang, id: &str) -> bool {
    BUNDLES.get(&lang).is_some_and(|b| b.has_message(id))
}

pub(super) fn format(lang: Lang, id: &str, args: &[(&str, Arg)]) -> String {
    let lang = if has(lang, id) { lang } else { Lang::En };
    let Some(bundle) = BUNDLES.get(&lang) else {
        return id.to_string();
    };
    let Some(pattern) = bundle.get_message(id).and_then(|m| m.value()) else {
        return id.to_string();
    };
    let mut fluent_args = FluentArgs::new();
    for (name, value) in args {
        fluent_args.set(name.to_string(), value.clone());
    }
    let mut errors = vec![];
    let text = bundle.format_pattern(pattern, Some(&fluent_args), &mut errors);
    if !errors.is_empty() {
        tracing::warn!(
            message = id,
            lang = lang.code(),
            ?errors,
            "a message did not format"
        );
    }
    text.into_owned()
}
