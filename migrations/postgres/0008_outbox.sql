-- Every e-mail peermap sends is written here first, in the same transaction as the change
-- it tells of, and a background sender delivers it (see src/mail). A message is due once
-- `next_attempt_at` has come and it is not sent; a sender claims it for a while
-- (`claimed_until`, with its own `claim_token`) so that two senders never send it both.
-- `dedupe_key`, when set, keeps the same notice from being queued twice.
CREATE TABLE outbox (
    id               BIGSERIAL PRIMARY KEY,
    recipient        TEXT NOT NULL,
    subject          TEXT NOT NULL,
    body_text        TEXT NOT NULL,
    body_html        TEXT NOT NULL,
    dedupe_key       TEXT UNIQUE,
    created_at       TIMESTAMPTZ NOT NULL,
    attempts         BIGINT NOT NULL DEFAULT 0,
    next_attempt_at  TIMESTAMPTZ NOT NULL,
    claimed_until    TIMESTAMPTZ,
    claim_token      TEXT,
    sent_at          TIMESTAMPTZ,
    last_error       TEXT
);
CREATE INDEX outbox_unsent ON outbox (next_attempt_at) WHERE sent_at IS NULL;
