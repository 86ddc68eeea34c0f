//! Web sessions for signed-in people, kept in our own database through `tower-sessions`.
//!
//! `tower-sessions` manages the cookie and the session's life; this adapter stores each
//! session record as JSON in the `web_sessions` table of whichever backend is in use.
//! A session (and so a cookie) exists only once someone signs in. Each row also names
//! its account (`account_id`), so that a password change or reset can end the others.

use crate::store::Store;
use async_trait::async_trait;
use std::sync::Arc;
use tower_sessions::session::{Id, Record};
use tower_sessions::session_store::{Error, Result, SessionStore};

#[derive(Clone)]
pub struct DbSessions(pub Arc<dyn Store>);

impl std::fmt::Debug for DbSessions {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("DbSessions")
    }
}

fn backend(e: impl std::fmt::Display) -> Error {
    Error::Backend(e.to_string())
}

#[async_trait]
impl SessionStore for DbSessions {
    async fn create(&self, record: &mut Record) -> Result<()> {
        // A new random id until it is unused (a collision is astronomically unlikely).
        while self
            .0
            .session_load(&record.id.to_string())
            .await
            .map_err(backend)?
            .is_some()
        {
            record.id = Id::default();
        }
        self.save(record).await
    }

    async fn save(&self, record: &Record) -> Result<()> {
        let data = serde_json::to_string(record).map_err(|e| Error::Encode(e.to_string()))?;
        let expires = chrono::DateTime::from_timestamp(record.expiry_date.unix_timestamp(), 0)
            .ok_or_else(|| Error::Encode("expiry out of range".into()))?;
        // The account the session is of, so that a password change can end its others.
        let account = record
            .data
            .get(super::extract::ACCOUNT_KEY)
            .and_then(serde_json::Value::as_i64);
        self.0
            .session_save(&record.id.to_string(), &data, expires, account)
            .await
            .map_err(backend)
    }

    async fn load(&self, id: &Id) -> Result<Option<Record>> {
        match self
            .0
            .session_load(&id.to_string())
            .await
            .map_err(backend)?
        {
            None => Ok(None),
            Some(data) => serde_json::from_str(&data)
                .map(Some)
                .map_err(|e| Error::Decode(e.to_string())),
        }
    }

    async fn delete(&self, id: &Id) -> Result<()> {
        self.0
            .session_delete(&id.to_string())
            .await
            .map_err(backend)
    }
}
