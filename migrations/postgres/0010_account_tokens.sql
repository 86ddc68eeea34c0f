-- E-mail verification and password resets. An account is verified once its owner opened a
-- link e-mailed to its address; accounts made before this migration count as verified.
ALTER TABLE accounts ADD COLUMN verified_at TIMESTAMPTZ;
UPDATE accounts SET verified_at = created_at;

-- One-time links e-mailed to an account's address ('verify' or 'reset'). Only a SHA-256
-- hash of each link's secret is kept. `next_path` is the local page to return to.
CREATE TABLE account_tokens (
    token_hash  TEXT PRIMARY KEY,
    account_id  BIGINT NOT NULL REFERENCES accounts (id),
    purpose     TEXT NOT NULL CHECK (purpose IN ('verify', 'reset')),
    next_path   TEXT,
    created_at  TIMESTAMPTZ NOT NULL,
    expires_at  TIMESTAMPTZ NOT NULL,
    used_at     TIMESTAMPTZ
);
CREATE INDEX account_tokens_account ON account_tokens (account_id);

-- Which account a web session is of, so that a password change or reset can end the
-- account's other sessions.
ALTER TABLE web_sessions ADD COLUMN account_id BIGINT;
-- Sessions open at the migration: their account, from the record tower-sessions keeps.
UPDATE web_sessions SET account_id = (data::jsonb -> 'data' ->> 'account')::BIGINT;
CREATE INDEX web_sessions_account ON web_sessions (account_id);
