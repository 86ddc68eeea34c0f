//! The connection one store call runs on: a transaction of its own (calls on the store),
//! or the caller's shared transaction (calls on a [`Tx`](super::Tx)).

use sqlx::{Database, Transaction};
use std::ops::{Deref, DerefMut};
use tokio::sync::{Mutex, MutexGuard};

/// A connection inside a transaction, for one call.
pub(crate) enum Scope<'a, DB: Database> {
    /// Begun for this call; [`Scope::done`] commits it.
    Own(Transaction<'static, DB>),
    /// The caller's; [`Scope::done`] leaves it open for the caller to commit.
    Shared(MutexGuard<'a, Transaction<'static, DB>>),
}

impl<DB: Database> Scope<'_, DB> {
    /// Ends the call: commits a transaction of its own, and reports the commit's failure.
    pub async fn done(self) -> Result<(), sqlx::Error> {
        match self {
            Scope::Own(tx) => tx.commit().await,
            Scope::Shared(_) => Ok(()),
        }
    }
}

impl<DB: Database> Deref for Scope<'_, DB> {
    type Target = DB::Connection;
    fn deref(&self) -> &DB::Connection {
        match self {
            Scope::Own(tx) => tx,
            Scope::Shared(guard) => guard,
        }
    }
}

impl<DB: Database> DerefMut for Scope<'_, DB> {
    fn deref_mut(&mut self) -> &mut DB::Connection {
        match self {
            Scope::Own(tx) => tx,
            Scope::Shared(guard) => guard,
        }
    }
}

/// A transaction shared by the calls of one use case, with the change-feed rows its
/// writes made, written at commit (see [`super::changes`]).
pub(crate) struct SharedTx<DB: Database>(
    pub Mutex<Transaction<'static, DB>>,
    pub std::sync::Mutex<Vec<super::changes::Note>>,
);

impl<DB: Database> SharedTx<DB> {
    pub fn new(tx: Transaction<'static, DB>) -> Self {
        SharedTx(Mutex::new(tx), Default::default())
    }

    /// Keeps change-feed rows for the commit.
    pub fn note(&self, notes: Vec<super::changes::Note>) {
        self.1
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .extend(notes);
    }

    /// The transaction and the change-feed rows to write before committing it.
    pub fn into_parts(self) -> (Transaction<'static, DB>, Vec<super::changes::Note>) {
        let notes = self.1.into_inner().unwrap_or_else(|e| e.into_inner());
        (self.0.into_inner(), notes)
    }

    pub async fn scope(&self) -> Scope<'_, DB> {
        Scope::Shared(self.0.lock().await)
    }
}
