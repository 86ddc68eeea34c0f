-- Projects keep their own listing: accounts, sessions, claims, maintainers, edits waiting
-- for a moderator, problem reports and peer reviews.

CREATE TABLE accounts (
    id            INTEGER PRIMARY KEY,
    email         TEXT NOT NULL UNIQUE,
    password_hash TEXT NOT NULL,
    role          TEXT NOT NULL CHECK (role IN ('maintainer', 'moderator')),
    created_at    TEXT NOT NULL
);

CREATE TABLE web_sessions (
    id         TEXT PRIMARY KEY,
    data       TEXT NOT NULL,
    expires_at TEXT NOT NULL
);

-- A request to keep an existing listing (claim) or to add a new one (propose).
CREATE TABLE claims (
    id          INTEGER PRIMARY KEY,
    kind        TEXT NOT NULL CHECK (kind IN ('claim', 'propose')),
    account_id  INTEGER NOT NULL REFERENCES accounts (id),
    project_id  INTEGER REFERENCES projects (id),
    proposal    TEXT,
    statement   TEXT NOT NULL,
    status      TEXT NOT NULL CHECK (status IN ('pending', 'approved', 'rejected')),
    reason      TEXT,
    created_at  TEXT NOT NULL,
    decided_at  TEXT,
    decided_by  INTEGER REFERENCES accounts (id)
);

CREATE TABLE maintainers (
    project_id  INTEGER NOT NULL REFERENCES projects (id),
    account_id  INTEGER NOT NULL REFERENCES accounts (id),
    trusted     BOOLEAN NOT NULL DEFAULT FALSE,
    approved_at TEXT NOT NULL,
    PRIMARY KEY (project_id, account_id)
);

-- A newly approved maintainer's edits wait here for a moderator.
CREATE TABLE pending_edits (
    id          INTEGER PRIMARY KEY,
    project_id  INTEGER NOT NULL REFERENCES projects (id),
    account_id  INTEGER NOT NULL REFERENCES accounts (id),
    proposal    TEXT NOT NULL,
    status      TEXT NOT NULL CHECK (status IN ('pending', 'approved', 'rejected')),
    reason      TEXT,
    created_at  TEXT NOT NULL,
    decided_at  TEXT,
    decided_by  INTEGER REFERENCES accounts (id)
);

CREATE TABLE reports (
    id          INTEGER PRIMARY KEY,
    project_id  INTEGER NOT NULL REFERENCES projects (id),
    kind        TEXT NOT NULL,
    detail      TEXT NOT NULL,
    status      TEXT NOT NULL CHECK (status IN ('open', 'resolved')),
    note        TEXT,
    created_at  TEXT NOT NULL,
    resolved_at TEXT,
    resolved_by INTEGER REFERENCES accounts (id)
);

CREATE TABLE reviews (
    id          INTEGER PRIMARY KEY,
    reviewer_id INTEGER NOT NULL REFERENCES projects (id),
    reviewed_id INTEGER NOT NULL REFERENCES projects (id),
    account_id  INTEGER NOT NULL REFERENCES accounts (id),
    items       TEXT NOT NULL,
    reply       TEXT,
    replied_at  TEXT,
    hidden      BOOLEAN NOT NULL DEFAULT FALSE,
    hidden_reason TEXT,
    hidden_by   INTEGER REFERENCES accounts (id),
    created_at  TEXT NOT NULL
);
CREATE INDEX reviews_reviewed ON reviews (reviewed_id, created_at);
