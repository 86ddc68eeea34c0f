-- One-time sign-in links that a moderator makes and passes on (peermap sends no e-mail).
-- Only a SHA-256 hash of each link's secret is kept.
CREATE TABLE sign_in_links (
    token_hash  TEXT PRIMARY KEY,
    account_id  BIGINT NOT NULL REFERENCES accounts (id),
    created_by  BIGINT NOT NULL REFERENCES accounts (id),
    created_at  TIMESTAMPTZ NOT NULL,
    expires_at  TIMESTAMPTZ NOT NULL,
    used_at     TIMESTAMPTZ
);
