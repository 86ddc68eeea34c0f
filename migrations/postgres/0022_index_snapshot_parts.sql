-- The kept copy of the search index in parts of a few megabytes (src/store/snapshots.rs),
-- so that neither the process writing it nor the one reading it holds the whole copy as
-- one value a second or third time (SQLite's record, the bound copy, ours). Each part
-- stands alone: a count of listings, their encodings, then their sites' keys.
CREATE TABLE index_snapshot_parts (
    name  TEXT NOT NULL REFERENCES index_snapshots (name) ON DELETE CASCADE,
    -- The parts are read in this order, from 0.
    part  INTEGER NOT NULL,
    data  BYTEA NOT NULL,
    PRIMARY KEY (name, part)
);
-- Copies kept in one row are of the format before parts: the next round writes one anew.
DELETE FROM index_snapshots;
