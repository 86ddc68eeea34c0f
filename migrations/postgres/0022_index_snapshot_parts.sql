-- The kept copy of the search index in parts of a few megabytes (src/store/snapshots.rs):
-- one row of 100 MB or more is held twice in memory while it is read (the database's
-- buffer and the reader's copy), parts only a part at a time. A copy's bytes are its row's
-- `data` (empty from now on) and then its parts in order; all are written in one
-- transaction, so a copy is never read half written.
CREATE TABLE index_snapshot_parts (
    name  TEXT NOT NULL REFERENCES index_snapshots (name) ON DELETE CASCADE,
    part  INTEGER NOT NULL,
    data  BYTEA NOT NULL,
    PRIMARY KEY (name, part)
);
