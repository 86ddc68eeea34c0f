//! Text helpers: folding names to comparable keys, edit distance, and English lists.

/// Folds a name to the key used for matching: lower case, Latin diacritics removed
/// (`Ynys Môn` → `ynys mon`), apostrophes dropped (`King's` → `kings`), `&` read as `and`,
/// the word `saint` shortened to `st`, and every other run of punctuation or space turned
/// into one space. The result has no leading or trailing space.
pub(crate) fn fold(text: &str) -> String {
    let mut words: Vec<String> = Vec::new();
    let mut word = String::new();
    let end_word = |word: &mut String, words: &mut Vec<String>| {
        if !word.is_empty() {
            let done = std::mem::take(word);
            words.push(if done == "saint" {
                "st".to_string()
            } else {
                done
            });
        }
    };
    for c in text.chars() {
        if is_apostrophe(c) {
            continue;
        }
        if c == '&' {
            end_word(&mut word, &mut words);
            words.push("and".to_string());
            continue;
        }
        for lower in c.to_lowercase() {
            if lower.is_alphanumeric() {
                match strip_diacritic(lower) {
                    Base::Char(b) => word.push(b),
                    Base::Str(s) => word.push_str(s),
                }
            } else {
                end_word(&mut word, &mut words);
            }
        }
    }
    end_word(&mut word, &mut words);
    words.join(" ")
}

fn is_apostrophe(c: char) -> bool {
    matches!(c, '\'' | '’' | '‘' | '`' | 'ʼ' | '´')
}

/// The plain letters a lower-case letter is compared as.
enum Base {
    Char(char),
    Str(&'static str),
}

fn strip_diacritic(c: char) -> Base {
    let b = match c {
        'à' | 'á' | 'â' | 'ã' | 'ä' | 'å' | 'ā' | 'ă' | 'ą' => 'a',
        'ç' | 'ć' | 'ĉ' | 'ċ' | 'č' => 'c',
        'ď' | 'đ' | 'ð' => 'd',
        'è' | 'é' | 'ê' | 'ë' | 'ē' | 'ĕ' | 'ė' | 'ę' | 'ě' => 'e',
        'ĝ' | 'ğ' | 'ġ' | 'ģ' => 'g',
        'ĥ' | 'ħ' => 'h',
        'ì' | 'í' | 'î' | 'ï' | 'ĩ' | 'ī' | 'ĭ' | 'į' | 'ı' => 'i',
        'ĵ' => 'j',
        'ķ' => 'k',
        'ĺ' | 'ļ' | 'ľ' | 'ŀ' | 'ł' => 'l',
        'ñ' | 'ń' | 'ņ' | 'ň' => 'n',
        'ò' | 'ó' | 'ô' | 'õ' | 'ö' | 'ø' | 'ō' | 'ŏ' | 'ő' => 'o',
        'ŕ' | 'ŗ' | 'ř' => 'r',
        'ś' | 'ŝ' | 'ş' | 'š' | 'ș' => 's',
        'ţ' | 'ť' | 'ŧ' | 'ț' => 't',
        'ù' | 'ú' | 'û' | 'ü' | 'ũ' | 'ū' | 'ŭ' | 'ů' | 'ű' | 'ų' => 'u',
        'ŵ' => 'w',
        'ý' | 'ÿ' | 'ŷ' => 'y',
        'ź' | 'ż' | 'ž' => 'z',
        'ß' => return Base::Str("ss"),
        'æ' => return Base::Str("ae"),
        'œ' => return Base::Str("oe"),
        'þ' => return Base::Str("th"),
        other => other,
    };
    Base::Char(b)
}

/// Optimal-string-alignment edit distance between `a` and `b` (insertions, deletions,
/// substitutions and swaps of two neighbouring characters each cost 1), or `None` when it
/// exceeds `max`. Stops early once every alignment is already over `max`.
pub(crate) fn edit_distance_within(a: &[char], b: &[char], max: usize) -> Option<usize> {
    if a.len().abs_diff(b.len()) > max {
        return None;
    }
    let width = b.len() + 1;
    let mut before: Vec<usize> = vec![0; width];
    let mut prev: Vec<usize> = (0..width).collect();
    let mut row: Vec<usize> = vec![0; width];
    for i in 1..=a.len() {
        row[0] = i;
        let mut row_min = row[0];
        for j in 1..width {
            let cost = usize::from(a[i - 1] != b[j - 1]);
            let mut best = (prev[j] + 1).min(row[j - 1] + 1).min(prev[j - 1] + cost);
            if i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] {
                best = best.min(before[j - 2] + 1);
            }
            row[j] = best;
            row_min = row_min.min(best);
        }
        if row_min > max {
            return None;
        }
        std::mem::swap(&mut before, &mut prev);
        std::mem::swap(&mut prev, &mut row);
    }
    Some(prev[width - 1]).filter(|d| *d <= max)
}

/// Joins items as English: `A`, `A or B`, `A, B or C`.
pub(crate) fn join_or(items: &[String]) -> String {
    match items {
        [] => String::new(),
        [one] => one.clone(),
        [rest @ .., last] => format!("{} or {last}", rest.join(", ")),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn dist(a: &str, b: &str, max: usize) -> Option<usize> {
        let a: Vec<char> = a.chars().collect();
        let b: Vec<char> = b.chars().collect();
        edit_distance_within(&a, &b, max)
    }

    #[test]
    fn folds_case_punctuation_and_diacritics() {
        assert_eq!(fold("  St. Albans "), "st albans");
        assert_eq!(fold("Saint Albans"), "st albans");
        assert_eq!(fold("Newcastle-upon-Tyne"), "newcastle upon tyne");
        assert_eq!(fold("King’s Lynn"), "kings lynn");
        assert_eq!(fold("Bo’ness"), "boness");
        assert_eq!(fold("Ynys Môn"), "ynys mon");
        assert_eq!(fold("Telford & Wrekin"), "telford and wrekin");
        assert_eq!(fold("Derry / Londonderry"), "derry londonderry");
        assert_eq!(fold("STRAẞE"), "strasse");
        assert_eq!(fold(" ,;- "), "");
    }

    #[test]
    fn edit_distance_counts_swaps_once() {
        assert_eq!(dist("brimingham", "birmingham", 3), Some(1));
        assert_eq!(dist("glasgw", "glasgow", 2), Some(1));
        assert_eq!(dist("cardiff", "cardiff", 0), Some(0));
        assert_eq!(dist("kitten", "sitting", 3), Some(3));
        assert_eq!(dist("kitten", "sitting", 2), None);
        assert_eq!(dist("", "abc", 3), Some(3));
        assert_eq!(dist("york", "birmingham", 3), None);
    }

    #[test]
    fn joins_lists_in_english() {
        let s = |v: &[&str]| v.iter().map(|x| x.to_string()).collect::<Vec<_>>();
        assert_eq!(join_or(&s(&[])), "");
        assert_eq!(join_or(&s(&["A"])), "A");
        assert_eq!(join_or(&s(&["A", "B"])), "A or B");
        assert_eq!(join_or(&s(&["A", "B", "C"])), "A, B or C");
    }
}
