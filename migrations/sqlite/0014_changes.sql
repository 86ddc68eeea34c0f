-- The change feed: one row per committed write that the processes' in-memory state
-- mirrors (a listing saved, reviews shown or hidden), written in the same transaction as
-- the write. Each process applies the rows after the last one it saw (src/registry/follow.rs).
-- AUTOINCREMENT: a number is never given twice, even after old rows are pruned.
CREATE TABLE changes (
    seq  INTEGER PRIMARY KEY AUTOINCREMENT,
    kind TEXT NOT NULL CHECK (kind IN ('listing', 'reviews', 'all')),
    slug TEXT,
    at   TEXT NOT NULL
);
