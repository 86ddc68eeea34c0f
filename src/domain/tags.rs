//! [`TagSet`]: the few short strings a listing is tagged with (need slugs, language
//! codes), as a sorted vector.
//!
//! A `BTreeSet<String>` allocates a whole B-tree leaf (eleven slots, about 290 bytes)
//! for its first element; a listing holds one to four tags of each kind, and the search
//! index holds every published listing, so at 250,000 listings the two sets cost about
//! 140 MB as B-trees and a tenth of it as vectors. Membership is a binary search, the
//! order (and so every page, feed and serialisation) is the same as the B-tree's.

use serde::{Deserialize, Deserializer, Serialize};

/// An ordered set of strings without repeats, kept as a sorted `Vec`.
#[derive(Debug, Clone, Default, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(transparent)]
pub struct TagSet(Vec<String>);

impl TagSet {
    pub fn new() -> Self {
        TagSet(Vec::new())
    }

    /// Adds `tag`; `false` if it was already there.
    pub fn insert(&mut self, tag: String) -> bool {
        match self.0.binary_search(&tag) {
            Ok(_) => false,
            Err(at) => {
                self.0.insert(at, tag);
                true
            }
        }
    }

    /// Removes `tag`; `false` if it was not there.
    pub fn remove(&mut self, tag: &str) -> bool {
        match self.position(tag) {
            Some(at) => {
                self.0.remove(at);
                true
            }
            None => false,
        }
    }

    pub fn contains(&self, tag: &str) -> bool {
        self.position(tag).is_some()
    }

    fn position(&self, tag: &str) -> Option<usize> {
        self.0.binary_search_by(|t| t.as_str().cmp(tag)).ok()
    }

    /// The tags in order.
    pub fn iter(&self) -> std::slice::Iter<'_, String> {
        self.0.iter()
    }

    pub fn len(&self) -> usize {
        self.0.len()
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    /// The tags of `self` that `other` does not hold, in order.
    pub fn difference<'a>(&'a self, other: &'a TagSet) -> impl Iterator<Item = &'a String> + 'a {
        self.0.iter().filter(|t| !other.contains(t))
    }
}

impl FromIterator<String> for TagSet {
    fn from_iter<I: IntoIterator<Item = String>>(tags: I) -> Self {
        let mut all: Vec<String> = tags.into_iter().collect();
        all.sort_unstable();
        all.dedup();
        all.shrink_to_fit();
        TagSet(all)
    }
}

impl<const N: usize> From<[String; N]> for TagSet {
    fn from(tags: [String; N]) -> Self {
        tags.into_iter().collect()
    }
}

impl From<Vec<String>> for TagSet {
    fn from(tags: Vec<String>) -> Self {
        tags.into_iter().collect()
    }
}

impl Extend<String> for TagSet {
    fn extend<I: IntoIterator<Item = String>>(&mut self, tags: I) {
        for tag in tags {
            self.insert(tag);
        }
    }
}

impl IntoIterator for TagSet {
    type Item = String;
    type IntoIter = std::vec::IntoIter<String>;
    fn into_iter(self) -> Self::IntoIter {
        self.0.into_iter()
    }
}

impl<'a> IntoIterator for &'a TagSet {
    type Item = &'a String;
    type IntoIter = std::slice::Iter<'a, String>;
    fn into_iter(self) -> Self::IntoIter {
        self.0.iter()
    }
}

impl<'de> Deserialize<'de> for TagSet {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        Vec::<String>::deserialize(d).map(TagSet::from)
    }
}

impl utoipa::PartialSchema for TagSet {
    fn schema() -> utoipa::openapi::RefOr<utoipa::openapi::schema::Schema> {
        utoipa::openapi::schema::ArrayBuilder::new()
            .items(String::schema())
            .unique_items(true)
            .into()
    }
}

impl utoipa::ToSchema for TagSet {}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keeps_the_order_and_no_repeats_however_it_is_made() {
        let words = ["pl", "en", "cy", "en"].map(String::from);
        let mut built = TagSet::new();
        for w in words.clone() {
            built.insert(w);
        }
        let collected: TagSet = words.clone().into_iter().collect();
        let tree: std::collections::BTreeSet<String> = words.into_iter().collect();
        assert_eq!(built, collected);
        assert_eq!(
            built.iter().collect::<Vec<_>>(),
            tree.iter().collect::<Vec<_>>()
        );
        assert!(built.contains("cy") && !built.contains("ar"));
        assert!(!built.insert("pl".into()));
        assert!(built.remove("pl") && !built.remove("pl"));
        assert_eq!(serde_json::to_string(&built).unwrap(), r#"["cy","en"]"#);
        let back: TagSet = serde_json::from_str(r#"["en","cy","en"]"#).unwrap();
        assert_eq!(back, built);
    }
}
