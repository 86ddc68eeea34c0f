//! Filling an empty database from `data/`, and `peermap import FILE`.

use crate::data::{BUNDLED_PROJECTS, BadRecord, read_import};
use crate::domain::Taxonomy;
use crate::store::{SaveOutcome, Store, StoreError};

/// What an import did, record by record.
#[derive(Debug, Default)]
pub struct ImportReport {
    pub created: usize,
    pub updated: usize,
    pub unchanged: usize,
    pub bad: Vec<BadRecord>,
}

impl ImportReport {
    /// A few lines for the terminal.
    pub fn lines(&self) -> Vec<String> {
        let mut out = vec![format!(
            "{} created, {} updated, {} unchanged, {} not loaded",
            self.created,
            self.updated,
            self.unchanged,
            self.bad.len()
        )];
        for b in &self.bad {
            let who = b
                .slug
                .as_deref()
                .map(|s| format!(" ({s})"))
                .unwrap_or_default();
            out.push(format!(
                "record {}{who}: {}",
                b.record,
                b.reasons.join("; ")
            ));
        }
        out
    }
}

/// Loads a JSON array of projects: upserts the good records by slug, reports the bad.
pub async fn import(
    store: &dyn Store,
    text: &str,
    taxonomy: &Taxonomy,
    actor: &str,
) -> Result<ImportReport, ImportError> {
    let batch = read_import(text, taxonomy).map_err(ImportError::File)?;
    let outcomes = store.save_many(&batch.good, actor, false).await?;
    let mut report = ImportReport {
        bad: batch.bad,
        ..Default::default()
    };
    for o in outcomes {
        match o {
            SaveOutcome::Created => report.created += 1,
            SaveOutcome::Updated { .. } => report.updated += 1,
            SaveOutcome::Unchanged => report.unchanged += 1,
        }
    }
    Ok(report)
}

/// Fills an empty database with the starting directory; leaves any other alone.
pub async fn seed_if_empty(
    store: &dyn Store,
    taxonomy: &Taxonomy,
) -> Result<Option<ImportReport>, ImportError> {
    let counts = store.counts().await?;
    if counts.real + counts.synthetic > 0 {
        return Ok(None);
    }
    import(store, BUNDLED_PROJECTS, taxonomy, "peermap starting data")
        .await
        .map(Some)
}

#[derive(Debug, thiserror::Error)]
pub enum ImportError {
    #[error("{0}")]
    File(String),
    #[error(transparent)]
    Store(#[from] StoreError),
}
