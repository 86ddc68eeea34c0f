//! Suggestions for a search that resolved to nothing.
//!
//! [`NameIndex::suggest`] offers up to [`MAX_SUGGESTIONS`] labels: names within 1 edit
//! (3–4 letters), 2 (5–8) or 3 (longer), counting a swap of neighbours as one edit; names
//! that start with the text (4 letters or more); the longest leading words that are a
//! name; and for text with a digit, postcode districts one edit away.
//!
//! Names are ranked by closeness (leading words first, then fewest edits, a name the text
//! begins counting as one edit), then by population (head counts), largest first;
//! postcode districts come after names. Each label can be searched as it stands.
//! Suggesting cannot fail; it may offer nothing.

use super::NameIndex;
use crate::geocode::tables::{Named, Tables};
use crate::geocode::text::{edit_distance_within, fold};

/// Most suggestions returned for a search that found nothing.
pub(crate) const MAX_SUGGESTIONS: usize = 5;

impl NameIndex {
    /// Close matches for text that resolved to nothing: names within a small edit distance,
    /// names the text begins or that begin with it, and (for text with a digit) postcode
    /// districts. Labels that can be searched as they stand, best first.
    pub(crate) fn suggest(&self, t: &Tables, text: &str) -> Vec<String> {
        let key = fold(text);
        let query: Vec<char> = key.chars().collect();
        // (closeness, population, label): lower closeness first, then larger population.
        let mut found: Vec<(usize, u64, String)> = Vec::new();
        let mut offer = |rank: usize, n: Named| {
            found.push((rank, t.population(n), t.label(n).to_string()));
        };

        let words: Vec<&str> = key.split(' ').collect();
        for split in (1..words.len()).rev() {
            let leading = self.candidates(t, &words[..split].join(" "));
            if !leading.is_empty() {
                leading.into_iter().for_each(|n| offer(0, n));
                break;
            }
        }
        let max = max_edits(query.len());
        for name in self.by_key.keys() {
            let rank = if query.len() >= 4 && name.starts_with(key.as_str()) {
                Some(1)
            } else if name.chars().count().abs_diff(query.len()) > max {
                None
            } else {
                let chars: Vec<char> = name.chars().collect();
                edit_distance_within(&query, &chars, max)
            };
            if let Some(rank) = rank {
                self.candidates(t, name)
                    .into_iter()
                    .for_each(|n| offer(rank, n));
            }
        }

        let mut suggestions = rank_labels(found);
        if text.chars().any(|c| c.is_ascii_digit()) {
            suggestions.extend(self.suggest_districts(t, text));
        }
        suggestions.truncate(MAX_SUGGESTIONS);
        suggestions
    }

    /// Postcode districts one edit away from the first word of `text` (upper-cased).
    pub(crate) fn suggest_districts(&self, t: &Tables, text: &str) -> Vec<String> {
        let first = text
            .split(|c: char| !c.is_alphanumeric())
            .find(|w| !w.is_empty())
            .unwrap_or("");
        let code: Vec<char> = first.to_uppercase().chars().collect();
        if code.len() > 6 {
            return Vec::new();
        }
        let mut near: Vec<(usize, &str)> = t
            .districts
            .keys()
            .filter_map(|d| {
                let chars: Vec<char> = d.chars().collect();
                edit_distance_within(&code, &chars, 1)
                    .filter(|&e| e > 0)
                    .map(|e| (e, d.as_str()))
            })
            .collect();
        near.sort();
        near.into_iter()
            .map(|(_, d)| d.to_string())
            .take(MAX_SUGGESTIONS)
            .collect()
    }
}

/// Most edits a suggestion may be from typed text of `len` characters.
fn max_edits(len: usize) -> usize {
    match len {
        0..=2 => 0,
        3..=4 => 1,
        5..=8 => 2,
        _ => 3,
    }
}

/// Sorts (closeness, population, label) and keeps each label once, best first.
fn rank_labels(mut found: Vec<(usize, u64, String)>) -> Vec<String> {
    found.sort_by(|a, b| a.0.cmp(&b.0).then(b.1.cmp(&a.1)).then(a.2.cmp(&b.2)));
    let mut labels: Vec<String> = Vec::new();
    for (_, _, label) in found {
        if !labels.contains(&label) {
            labels.push(label);
        }
        if labels.len() == MAX_SUGGESTIONS {
            break;
        }
    }
    labels
}
