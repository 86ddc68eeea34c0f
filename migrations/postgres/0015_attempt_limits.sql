-- Limits on attempts (sign-ins, sign-ups, e-mailed links), shared by every process on the
-- database. One row per key: `limit_key` is an HMAC-SHA256 of what is limited (an e-mail
-- address, a client's network) under a key derived from the server's secret, so no
-- address is kept in clear; `kind` names the limit. `tat` is the key's theoretical
-- arrival time (GCRA, as `governor` computes it), in milliseconds since 1970: a row
-- whose `tat` has passed holds nothing a missing row would not, and is deleted.
CREATE TABLE attempt_limits (
    limit_key BYTEA PRIMARY KEY,
    kind      TEXT NOT NULL,
    tat       BIGINT NOT NULL
);
CREATE INDEX attempt_limits_tat ON attempt_limits (tat);
