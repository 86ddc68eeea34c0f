//! Files written beside their destination and moved into place only when whole.

use super::BackupError;
use std::fs::File;
use std::path::{Path, PathBuf};

/// SQLite's files beside a database: its write-ahead log, the log's index, and a
/// rollback journal. Left from another database, any of them would be applied to the one
/// now under that name and corrupt it.
pub(super) const SIDECARS: [&str; 3] = ["-wal", "-shm", "-journal"];

/// Whether anything (a file, a directory, a dangling link) stands at `path`.
pub(super) fn exists(path: &Path) -> bool {
    path.symlink_metadata().is_ok()
}

/// `path` with `suffix` appended to its file name (`peermap.db` → `peermap.db-wal`).
pub(super) fn with_suffix(path: &Path, suffix: &str) -> PathBuf {
    let mut name = path.as_os_str().to_owned();
    name.push(suffix);
    PathBuf::from(name)
}

/// Removes `path` if it is there.
pub(super) fn remove(path: &Path) -> Result<(), BackupError> {
    match std::fs::remove_file(path) {
        Ok(()) => Ok(()),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(()),
        Err(source) => Err(io("could not remove", path, source)),
    }
}

pub(super) fn io(what: &'static str, path: &Path, source: std::io::Error) -> BackupError {
    BackupError::Io {
        what,
        path: path.to_path_buf(),
        source,
    }
}

/// A file being written in the directory of its destination, under a name of its own;
/// removed (with any SQLite sidecars) if dropped before it is moved into place.
pub(super) struct Partial {
    path: PathBuf,
    placed: bool,
}

impl Partial {
    /// A fresh name beside `destination` (nothing stands there when this returns).
    pub(super) fn beside(destination: &Path, purpose: &str) -> Result<Partial, BackupError> {
        let name = destination.file_name().ok_or_else(|| {
            io(
                "not a file name:",
                destination,
                std::io::ErrorKind::InvalidInput.into(),
            )
        })?;
        let mut temp = std::ffi::OsString::from(".");
        temp.push(name);
        temp.push(format!(".{purpose}-{}.partial", std::process::id()));
        let partial = Partial {
            path: destination.with_file_name(temp),
            placed: false,
        };
        partial.clear()?;
        Ok(partial)
    }

    pub(super) fn path(&self) -> &Path {
        &self.path
    }

    /// Flushes the file to disk; its size in bytes.
    pub(super) fn sync(&self) -> Result<u64, BackupError> {
        let file = File::open(&self.path).map_err(|e| io("could not open", &self.path, e))?;
        file.sync_all()
            .map_err(|e| io("could not sync", &self.path, e))?;
        let meta = file
            .metadata()
            .map_err(|e| io("could not read", &self.path, e))?;
        Ok(meta.len())
    }

    /// Moves the file to `destination`, which must not exist: refused with
    /// [`BackupError::Exists`] if something took that name meanwhile.
    pub(super) fn publish_new(mut self, destination: &Path) -> Result<(), BackupError> {
        match std::fs::hard_link(&self.path, destination) {
            Ok(()) => {}
            Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => {
                return Err(BackupError::Exists(destination.to_path_buf()));
            }
            // A file system without hard links: check, then rename.
            Err(_) if !exists(destination) => {
                std::fs::rename(&self.path, destination)
                    .map_err(|e| io("could not write", destination, e))?;
            }
            Err(_) => return Err(BackupError::Exists(destination.to_path_buf())),
        }
        self.placed = true;
        remove(&self.path)?;
        sync_dir(destination)
    }

    /// Moves the file over `destination`, replacing whatever was there.
    pub(super) fn publish_over(mut self, destination: &Path) -> Result<(), BackupError> {
        std::fs::rename(&self.path, destination)
            .map_err(|e| io("could not move the restored database to", destination, e))?;
        self.placed = true;
        sync_dir(destination)
    }

    /// Removes the file and any SQLite sidecars of it.
    fn clear(&self) -> Result<(), BackupError> {
        remove(&self.path)?;
        self.clear_sidecars()
    }

    fn clear_sidecars(&self) -> Result<(), BackupError> {
        for suffix in SIDECARS {
            remove(&with_suffix(&self.path, suffix))?;
        }
        Ok(())
    }
}

impl Drop for Partial {
    fn drop(&mut self) {
        let _ = if self.placed {
            self.clear_sidecars()
        } else {
            self.clear()
        };
    }
}

/// Makes a rename or a new name in `path`'s directory durable.
fn sync_dir(path: &Path) -> Result<(), BackupError> {
    let dir = match path.parent() {
        Some(p) if !p.as_os_str().is_empty() => p,
        _ => Path::new("."),
    };
    #[cfg(unix)]
    File::open(dir)
        .and_then(|d| d.sync_all())
        .map_err(|e| io("could not sync the directory", dir, e))?;
    #[cfg(not(unix))]
    let _ = dir;
    Ok(())
}
