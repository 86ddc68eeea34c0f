-- Projects keep their own listing: accounts, sessions, claims, maintainers, edits waiting
-- for a moderator, problem reports and peer reviews.

CREATE TABLE accounts (
    id            BIGSERIAL PRIMARY KEY,
    email         TEXT NOT NULL UNIQUE,
    password_hash TEXT NOT NULL,
    role          TEXT NOT NULL CHECK (role IN ('maintainer', 'moderator')),
    created_at    TIMESTAMPTZ NOT NULL
);

CREATE TABLE web_sessions (
    id         TEXT PRIMARY KEY,
    data       TEXT NOT NULL,
    expires_at TIMESTAMPTZ NOT NULL
);

-- A request to keep an existing listing (claim) or to add a new one (propose).
CREATE TABLE claims (
    id          BIGSERIAL PRIMARY KEY,
    kind        TEXT NOT NULL CHECK (kind IN ('claim', 'propose')),
    account_id  BIGINT NOT NULL REFERENCES accounts (id),
    project_id  BIGINT REFERENCES projects (id),
    proposal    TEXT,
    statement   TEXT NOT NULL,
    status      TEXT NOT NULL CHECK (status IN ('pending', 'approved', 'rejected')),
    reason      TEXT,
    created_at  TIMESTAMPTZ NOT NULL,
    decided_at  TIMESTAMPTZ,
    decided_by  BIGINT REFERENCES accounts (id)
);

CREATE TABLE maintainers (
    project_id  BIGINT NOT NULL REFERENCES projects (id),
    account_id  BIGINT NOT NULL REFERENCES accounts (id),
    trusted     BOOLEAN NOT NULL DEFAULT FALSE,
    approved_at TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (project_id, account_id)
);

-- A newly approved maintainer's edits wait here for a moderator.
CREATE TABLE pending_edits (
    id          BIGSERIAL PRIMARY KEY,
    project_id  BIGINT NOT NULL REFERENCES projects (id),
    account_id  BIGINT NOT NULL REFERENCES accounts (id),
    proposal    TEXT NOT NULL,
    status      TEXT NOT NULL CHECK (status IN ('pending', 'approved', 'rejected')),
    reason      TEXT,
    created_at  TIMESTAMPTZ NOT NULL,
    decided_at  TIMESTAMPTZ,
    decided_by  BIGINT REFERENCES accounts (id)
);

CREATE TABLE reports (
    id          BIGSERIAL PRIMARY KEY,
    project_id  BIGINT NOT NULL REFERENCES projects (id),
    kind        TEXT NOT NULL,
    detail      TEXT NOT NULL,
    status      TEXT NOT NULL CHECK (status IN ('open', 'resolved')),
    note        TEXT,
    created_at  TIMESTAMPTZ NOT NULL,
    resolved_at TIMESTAMPTZ,
    resolved_by BIGINT REFERENCES accounts (id)
);

CREATE TABLE reviews (
    id          BIGSERIAL PRIMARY KEY,
    reviewer_id BIGINT NOT NULL REFERENCES projects (id),
    reviewed_id BIGINT NOT NULL REFERENCES projects (id),
    account_id  BIGINT NOT NULL REFERENCES accounts (id),
    items       TEXT NOT NULL,
    reply       TEXT,
    replied_at  TIMESTAMPTZ,
    hidden      BOOLEAN NOT NULL DEFAULT FALSE,
    hidden_reason TEXT,
    hidden_by   BIGINT REFERENCES accounts (id),
    created_at  TIMESTAMPTZ NOT NULL
);
CREATE INDEX reviews_reviewed ON reviews (reviewed_id, created_at);
