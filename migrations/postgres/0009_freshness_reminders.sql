-- The "is this still right?" reminders handed to the mail outbox: one per listing and per
-- day its age counts from (its last confirmation, or the day it was added), so a listing
-- is reminded once each time it comes due, never again until it is confirmed.
CREATE TABLE freshness_reminders (
    project_id BIGINT NOT NULL REFERENCES projects(id),
    since      DATE NOT NULL,
    sent_at    TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (project_id, since)
);
