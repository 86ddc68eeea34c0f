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

/// A transaction shared by the calls of one use case.
pub(crate) struct SharedTx<DB: Database>(pub Mutex<Transaction<'static, DB>>);

impl<DB: Database> SharedTx<DB> {
    pub async fn scope(&self) -> Scope<'_, DB> {
        Scope::Shared(self.0.lock().await)
    }
}
