-- The change feed: one row per committed write that the processes' in-memory state
-- mirrors (a listing saved, reviews shown or hidden), written in the same transaction as
-- the write. Each process applies the rows after the last one it saw (src/registry/follow.rs).
-- Writers take one advisory lock before their rows and hold it to commit, so the rows
-- become visible in `seq` order and a reader never steps over one still to commit.
CREATE TABLE changes (
    seq  BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    kind TEXT NOT NULL CHECK (kind IN ('listing', 'reviews', 'all')),
    slug TEXT,
    at   TIMESTAMPTZ NOT NULL
);
