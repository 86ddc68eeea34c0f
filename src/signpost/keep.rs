//! The listings ticked on a sheet, checked before they are kept as a shortlist.

use super::MAX_SHORTLIST;
use crate::domain::Slug;
use crate::search::SearchIndex;
use crate::store::{Shortlist, Shortlists, StoreError};

/// Why the ticked listings cannot be kept, in words for the clinician, shown on the sheet.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum KeepError {
    #[error("Tick at least one listing to keep, then make the shortlist again.")]
    NoneTicked,
    #[error(
        "A shortlist can keep up to {MAX_SHORTLIST} listings; {0} were ticked. Untick some, then make the shortlist again."
    )]
    TooMany(usize),
    /// Not a listing we publish (closed since the sheet was made, or never one).
    #[error(
        "“{0}” is not a published listing: it may have closed since the sheet was made. Make the shortlist from the listings below."
    )]
    Unknown(String),
}

/// The ticked `values` as slugs, in order and without repeats, when each is a published
/// listing and there are from 1 to [`MAX_SHORTLIST`] of them.
pub fn kept_slugs<'a>(
    index: &SearchIndex,
    values: impl IntoIterator<Item = &'a str>,
) -> Result<Vec<Slug>, KeepError> {
    let unknown = |v: &str| KeepError::Unknown(v.chars().take(80).collect());
    let mut slugs: Vec<Slug> = Vec::new();
    for value in values {
        let slug = Slug::parse(value).map_err(|_| unknown(value))?;
        if !slugs.contains(&slug) {
            slugs.push(slug);
        }
    }
    if slugs.is_empty() {
        return Err(KeepError::NoneTicked);
    }
    if slugs.len() > MAX_SHORTLIST {
        return Err(KeepError::TooMany(slugs.len()));
    }
    match slugs.iter().find(|s| index.by_slug(s).is_none()) {
        Some(missing) => Err(unknown(missing.as_str())),
        None => Ok(slugs),
    }
}

/// Stores `list` at a new random code and returns the code; `None` when five codes in a
/// row were taken (a clash among 31⁸ codes is all but impossible).
pub async fn keep<S: Shortlists + ?Sized>(
    store: &S,
    mut list: Shortlist,
) -> Result<Option<String>, StoreError> {
    for _ in 0..5 {
        list.code = super::code::new_code();
        if store.create_shortlist(&list).await? {
            return Ok(Some(list.code));
        }
    }
    Ok(None)
}
