//! Starting from a copy of the index: a process reads the listings its search index holds
//! from one row (`crate::store::Snapshots`) and the change feed after it, instead of
//! every listing's rows from six tables (16 s at 250,000 listings on SQLite, 3.1 s from the copy).
//!
//! What the copy holds: the projects in the index (published and not retired for age) in
//! postcard's compact encoding (a third of the size of JSON, and quicker to read), the H3
//! key of each of their sites (working out a million sites' cells was a fifth of a
//! start-up; the index checks a sample of them), and the last change of the feed the index had applied when it was taken. The
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

use super::{Registry, in_search, with_assured};
use crate::domain::{Project, Slug};
use crate::search::{Builder, MaskLayout, SearchIndex};
use crate::store::{Snapshot, Store, StoreError};
use chrono::NaiveDate;
use std::collections::HashSet;

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
        format!("index-postcard-2 site-keys-h3-12 project-shape-{hex}")
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
    let seq = snapshot.seq;
    if snapshot.format != format() || snapshot.taken_on().is_none_or(|day| day > today) {
        tracing::info!(format = %snapshot.format, "the kept index copy is not for this build or day");
        return Ok(None);
    }
    if store.changes_after(seq, 1).await?.pruned_through > seq {
        tracing::info!(seq, "the kept index copy is older than the change feed");
        return Ok(None);
    }
    let reviewed = store.reviewed_slugs().await?.into_iter().collect();
    let layout = layout.clone();
    let read = tokio::task::spawn_blocking(move || {
        read_copy(snapshot.data.into(), layout, reviewed, today)
    })
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

/// The index from a copy's bytes: postcard's encoding of the listings (`Vec<Project>`)
/// and then of their sites' H3 keys (`Vec<u64>`). The listings are read one at a time
/// and each is held as the bytes it was read from, so the index never holds them all
/// decoded; those retired for age on `today` are left out, with their keys. Each listing
/// kept holds its bytes as a slice of `data` (no copy made: the copy's buffer is held while
/// any listing read from it is, a few megabytes more than the listings themselves).
fn read_copy(
    data: bytes::Bytes,
    layout: MaskLayout,
    reviewed: HashSet<Slug>,
    today: NaiveDate,
) -> postcard::Result<SearchIndex> {
    let (count, mut rest) = postcard::take_from_bytes::<usize>(&data)?;
    let mut builder = Builder::new(layout, reviewed);
    // Room for them all at once (no growing vectors left behind as holes in the heap),
    // but no more than the bytes could hold: a listing's encoding takes more than 16.
    builder.reserve(count.min(data.len() / 16));
    for _ in 0..count {
        let (project, after) = postcard::take_from_bytes::<Project>(rest)?;
        if in_search(&project, today) {
            let start = data.len() - rest.len();
            let packed = data.slice(start..data.len() - after.len());
            builder.push(&project, Some(packed));
        } else {
            builder.skip(project.sites.len());
        }
        rest = after;
    }
    let keys: Vec<u64> = postcard::from_bytes(rest)?;
    Ok(builder.finish(Some(keys)))
}

/// Most bytes of one site's key in postcard's encoding (a varint of a `u64`).
const KEY_BYTES_AT_MOST: usize = 10;

/// A copy's bytes (as [`read_copy`] reads them): `data` (the count of listings, then each
/// listing's encoding) followed by the keys of the sites at `points`, as the index holds
/// them. `data` is extended in place (room for the keys was made with it), so the copy is
/// held once while it is written.
fn with_keys(data: Vec<u8>, points: &[(f64, f64)]) -> postcard::Result<Vec<u8>> {
    let keys: Vec<u64> = points
        .iter()
        .map(|&(lat, lon)| crate::index::site_key(lat, lon))
        .collect();
    postcard::to_extend(&keys, data)
}

impl Registry {
    /// Keeps a copy of the index as of the last change it has applied, unless the copy
    /// kept already holds it. Whether one was written.
    pub async fn keep_snapshot(&self) -> Result<bool, StoreError> {
        // Before the projects are taken: the index holds at least this change.
        let seen = self.last_seen();
        if let Some((seq, kept)) = self.store.snapshot_seq().await?
            && seq >= seen
            && kept == format()
        {
            return Ok(false);
        }
        // Copied under the read lock (a memory copy, into room made for it at once); the
        // keys are worked out after.
        let (data, points) = {
            let index = self.search();
            let (count, length) = index
                .packed()
                .fold((0usize, 0usize), |(n, len), (bytes, _)| {
                    (n + 1, len + bytes.len())
                });
            let mut data = postcard::to_stdvec(&count)
                .map_err(|e| StoreError::Corrupt(format!("the index copy does not write: {e}")))?;
            data.reserve_exact(length + KEY_BYTES_AT_MOST * (index.sites() + 1));
            let mut points = Vec::with_capacity(index.sites());
            for (bytes, sites) in index.packed() {
                data.extend_from_slice(bytes);
                points.extend(sites);
            }
            (data, points)
        };
        let data = tokio::task::spawn_blocking(move || with_keys(data, &points))
            .await
            .map_err(|e| StoreError::Corrupt(format!("writing the index copy failed: {e}")))?
            .map_err(|e| StoreError::Corrupt(format!("the index copy does not write: {e}")))?;
        let snapshot = Snapshot {
            seq: seen,
            format: format().to_string(),
            taken_on: self.clock.today().to_string(),
            data,
        };
        self.store.write_snapshot(snapshot).await
    }
}
