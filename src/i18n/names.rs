//! Each language's name in its own script, for the language filter and the list of
//! languages ("Polski", "اردو").

/// The name of the language with ISO 639-1 `code` in that language, when we know it.
pub fn endonym(code: &str) -> Option<&'static str> {
    Some(match code {
        "en" => "English",
        "cy" => "Cymraeg",
        "gd" => "Gàidhlig",
        "ga" => "Gaeilge",
        "pl" => "Polski",
        "ro" => "Română",
        "lt" => "Lietuvių",
        "pt" => "Português",
        "es" => "Español",
        "fr" => "Français",
        "it" => "Italiano",
        "bg" => "Български",
        "ru" => "Русский",
        "uk" => "Українська",
        "tr" => "Türkçe",
        "ku" => "Kurdî",
        "ar" => "العربية",
        "fa" => "فارسی",
        "ps" => "پښتو",
        "ur" => "اردو",
        "pa" => "ਪੰਜਾਬੀ",
        "bn" => "বাংলা",
        "gu" => "ગુજરાતી",
        "hi" => "हिन्दी",
        "ta" => "தமிழ்",
        "ne" => "नेपाली",
        "zh" => "中文",
        "so" => "Soomaali",
        "ti" => "ትግርኛ",
        "am" => "አማርኛ",
        "sw" => "Kiswahili",
        "yo" => "Yorùbá",
        "sq" => "Shqip",
        "vi" => "Tiếng Việt",
        _ => return None,
    })
}

/// The language filter's label: its own name, and the English one when they differ
/// ("Polski (Polish)").
pub fn filter_label(code: &str, english: &str) -> String {
    match endonym(code) {
        Some(own) if own != english => format!("{own} ({english})"),
        _ => english.to_string(),
    }
}
