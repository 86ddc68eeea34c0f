//! Starting from a copy of the index: a process reads the listings its search index holds
//! from the copy (`crate::store::Snapshots`) and the change feed after it, instead of
//! every listing's rows from six tables (16 s at 250,000 listings on SQLite, 3.1 s from the copy).
//!
//! What the copy holds, in parts of about a megabyte ([`parts`]): the projects in the index
//! (published and not retired for age) in postcard's compact encoding (a third of the size
//! of JSON, and quicker to read), the H3 key of each of their sites (working out a million
//! sites' cells was a fifth of a start-up; the index checks a sample of them), and the last
//! change of the feed the index had applied when it was taken. The
//! index may already hold later changes (a process shows its own write at once); applying
//! a change again does no harm (see `follow`), so the copy is never behind its number.
//! The "peer reviewed" and peer-assured marks are not in it: they are read afresh.
//!
//! When it is not used, and everything is read from the listings instead: there is none;
//! it was written for another shape of project ([`format`]); it was taken on a later day than the
//! clock says; the feed has been pruned past its number (the changes since are gone); or
//! it does not read back. Nothing is lost in any case: the copy is made from the
//! listings and is only ever a quicker way to the same index.
//!
//! When it is written: by the hourly round (its first run is just after start-up), when
//! the index has seen changes the kept copy has not.

use super::{Registry, with_assured};
use crate::domain::{Project, Slug};
use crate::search::{Builder, MaskLayout, SearchIndex};
use crate::store::{SnapshotHead, Store, StoreError};
use chrono::NaiveDate;
use std::collections::HashSet;

mod parts;
pub use parts::PART_BYTES;

/// The format of a copy: the encoding, and a digest of the projects' shape (their
/// OpenAPI schema, which names every field and its type). postcard does not describe
/// what it encodes, so a copy written for projects of another shape (a build with a field
/// more or less) is never read as this one's.
pub fn format() -> &'static str {
    static FORMAT: std::sync::LazyLock<String> = std::sync::LazyLock::new(|| {
        use sha2::Digest;
        let shape = <Project as utoipa::PartialSchema>::schema();
        let shape = serde_json::to_vec(&shape).unwrap_or_default();
        let digest = sha2::Sha256::digest(&shape);
        let hex: String = digest[..8].iter().map(|b| format!("{b:02x}")).collect();
        format!("index-postcard-3 parts site-keys-h3-12 project-shape-{hex}")
    });
    &FORMAT
}

/// The index from the kept copy and the change it holds up to, when the copy can be used
/// on `today` (see the module's notes); `None` to read the listings instead.
pub(super) async fn from_snapshot(
    store: &dyn Store,
    layout: &MaskLayout,
    today: NaiveDate,
) -> Result<Option<(SearchIndex, i64)>, StoreError> {
    let Some(snapshot) = store.read_snapshot().await? else {
        return Ok(None);
    };
    let seq = snapshot.head.seq;
    if snapshot.head.format != format() || snapshot.head.taken_on().is_none_or(|day| day > today) {
        tracing::info!(format = %snapshot.head.format, "the kept index copy is not for this build or day");
        return Ok(None);
    }
    if store.changes_after(seq, 1).await?.pruned_through > seq {
        tracing::info!(seq, "the kept index copy is older than the change feed");
        return Ok(None);
    }
    let reviewed = store.reviewed_slugs().await?.into_iter().collect();
    let layout = layout.clone();
    let read =
        tokio::task::spawn_blocking(move || read_copy(snapshot.parts, layout, reviewed, today))
            .await;
    match read {
        Ok(Ok(index)) => Ok(Some((with_assured(store, today, index).await?, seq))),
        Ok(Err(e)) => {
            tracing::warn!(error = %e, "the kept index copy does not read back; reading the listings");
            Ok(None)
        }
        Err(e) => {
            tracing::warn!(error = %e, "reading the kept index copy failed; reading the listings");
            Ok(None)
        }
    }
}

/// The index from a copy's parts ([`parts`]).
fn read_copy(
    parts: Vec<Vec<u8>>,
    layout: MaskLayout,
    reviewed: HashSet<Slug>,
    today: NaiveDate,
) -> postcard::Result<SearchIndex> {
    let mut builder = Builder::new(layout, reviewed);
    let keys = parts::read(parts, &mut builder, today)?;
    Ok(builder.finish(Some(keys)))
}

impl Registry {
    /// Keeps a copy of the index as of the last change it has applied, unless the copy
    /// kept already holds it. Whether one was written.
    pub async fn keep_snapshot(&self) -> Result<bool, StoreError> {
        self.keep_snapshot_in_parts_of(PART_BYTES).await
    }

    /// [`Registry::keep_snapshot`] with parts of about `part_bytes` of listings each
    /// (a test makes many parts of a small registry).
    pub async fn keep_snapshot_in_parts_of(&self, part_bytes: usize) -> Result<bool, StoreError> {
        // Before the projects are taken: the index holds at least this change.
        let seen = self.last_seen();
        if let Some((seq, kept)) = self.store.snapshot_seq().await?
            && seq >= seen
            && kept == format()
        {
            return Ok(false);
        }
        // Taken under the read lock: the listings' shared bytes and the sites' keys.
        let taken = parts::Taken::of(&self.search());
        let expected = taken.part_count(part_bytes);
        // Each part made on a blocking thread and written as it comes; one waits while the one before is written.
        let (send, receive) = tokio::sync::mpsc::channel(1);
        let making = tokio::task::spawn_blocking(move || {
            taken.into_parts(part_bytes, |part| send.blocking_send(part).is_ok());
        });
        let parts =
            futures_util::stream::unfold((receive, 0), move |(mut receive, made)| async move {
                let part = match receive.recv().await {
                    Some(Ok(part)) => Ok(part),
                    Some(Err(e)) => Err(StoreError::Corrupt(format!(
                        "the index copy does not write: {e}"
                    ))),
                    // Its maker stopped short (it failed): the copy is not kept.
                    None if made < expected => Err(StoreError::Corrupt(
                        "the index copy was not finished".into(),
                    )),
                    None => return None,
                };
                Some((part, (receive, made + 1)))
            });
        let head = SnapshotHead {
            seq: seen,
            format: format().to_string(),
            taken_on: self.clock.today().to_string(),
        };
        let written = self.store.write_snapshot(head, Box::pin(parts)).await;
        // The maker ends once the write has taken every part or given up.
        let _ = making.await;
        written
    }
}
