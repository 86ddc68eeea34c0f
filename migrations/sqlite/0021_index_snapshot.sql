-- A copy of the search index's listings, so a process starts by reading one row and the
-- change feed after it instead of every listing's rows (src/store/snapshots.rs). Nothing
-- here is the record: it is made from the listings and can always be made again; a copy
-- that is missing, of another format, or older than the change feed keeps is not used.
CREATE TABLE index_snapshots (
    name      TEXT PRIMARY KEY,
    -- The last change of the feed the copy holds (every change up to it, maybe some after).
    seq       INTEGER NOT NULL,
    -- What wrote it: a copy of another format is ignored.
    format    TEXT NOT NULL,
    -- The day (London) it was taken: a process whose clock is earlier does not use it.
    taken_on  TEXT NOT NULL,
    data      BLOB NOT NULL
);
