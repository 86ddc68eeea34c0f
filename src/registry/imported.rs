//! Listings proposed by an import keep the ids they had in their feed: a round trip
//! through another directory gives back the same service, location and
//! service_at_location ids. An id another listing here has already is not taken from it:
//! the new listing gets a fresh one, and its provenance says which of theirs it replaces.

use crate::domain::Project;
use crate::store::{FeedIds, Moderation, StoreError};

/// The feed ids of claim `claim` that are free here (`None` for a claim not imported),
/// with `project`'s provenance noting any that are taken. Called before the listing is
/// saved; [`Moderation::adopt_feed_ids`] gives them to it after, in the same transaction.
pub(super) async fn free_feed_ids<M: Moderation + ?Sized>(
    tx: &M,
    claim: i64,
    project: &mut Project,
) -> Result<Option<FeedIds>, StoreError> {
    let Some(mut ids) = tx.feed_ids(claim).await? else {
        return Ok(None);
    };
    let taken = tx.taken_feed_ids(&ids).await?;
    if taken.is_empty() {
        return Ok(Some(ids));
    }
    let list = taken
        .iter()
        .map(ToString::to_string)
        .collect::<Vec<_>>()
        .join(", ");
    let said = if taken.len() == 1 {
        format!("Their id {list} is used by another listing here, so this one has a new id.")
    } else {
        format!("Their ids {list} are used by other listings here, so this one has new ones.")
    };
    project.source = format!("{} {said}", project.source.trim_end());
    ids.service = ids.service.filter(|u| !taken.contains(u));
    ids.sites.retain(|(_, u)| !taken.contains(u));
    Ok(Some(ids))
}
