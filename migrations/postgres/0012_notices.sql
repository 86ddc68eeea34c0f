-- A message the SMTP server refused for good (a 5xx answer, such as "no such mailbox")
-- is marked `failed_at` with its error and never tried again.
ALTER TABLE outbox ADD COLUMN failed_at TIMESTAMPTZ;

-- The moderators' daily digest of what is waiting: one row per day it was queued, taken
-- in the same transaction as its e-mails, so two processes or a restart never send the
-- same day's digest twice.
CREATE TABLE moderator_digests (
    day     DATE PRIMARY KEY,
    sent_at TIMESTAMPTZ NOT NULL
);
