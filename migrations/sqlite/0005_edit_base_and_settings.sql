-- A queued edit keeps the listing as it was when the edit was made, so approving it
-- later applies only the fields it changed (and refuses ones changed since).
ALTER TABLE pending_edits ADD COLUMN base TEXT;

-- Values the application keeps for itself, such as the form-signing secret when none
-- is configured.
CREATE TABLE settings (
    name  TEXT PRIMARY KEY,
    value TEXT NOT NULL
);
