-- One-time sign-in links that a moderator makes and passes on (peermap sends no e-mail).
-- Only a SHA-256 hash of each link's secret is kept.
CREATE TABLE sign_in_links (
    token_hash  TEXT PRIMARY KEY,
    account_id  INTEGER NOT NULL REFERENCES accounts (id),
    created_by  INTEGER NOT NULL REFERENCES accounts (id),
    created_at  TEXT NOT NULL,
    expires_at  TEXT NOT NULL,
    used_at     TEXT
);
