-- Stable public identifiers (UUIDs) for the open data feed: one per project, and one per
-- site kept by the site's label, so re-saving a listing (which rewrites its site rows)
-- never changes them. Existing rows get a random (version 4) UUID here; new ones get
-- theirs from the application when they are created.

ALTER TABLE projects ADD COLUMN uuid TEXT;

UPDATE projects SET uuid = lower(hex(randomblob(4))) || '-' || lower(hex(randomblob(2))) || '-4'
    || substr(lower(hex(randomblob(2))), 2) || '-'
    || substr('89ab', 1 + (abs(random()) % 4), 1) || substr(lower(hex(randomblob(2))), 2) || '-'
    || lower(hex(randomblob(6)))
WHERE uuid IS NULL;

CREATE UNIQUE INDEX projects_uuid ON projects (uuid);

CREATE TABLE site_uuids (
    project_id INTEGER NOT NULL REFERENCES projects (id),
    label      TEXT NOT NULL,
    uuid       TEXT NOT NULL UNIQUE,
    PRIMARY KEY (project_id, label)
);

INSERT INTO site_uuids (project_id, label, uuid)
SELECT project_id, label, lower(hex(randomblob(4))) || '-' || lower(hex(randomblob(2))) || '-4'
    || substr(lower(hex(randomblob(2))), 2) || '-'
    || substr('89ab', 1 + (abs(random()) % 4), 1) || substr(lower(hex(randomblob(2))), 2) || '-'
    || lower(hex(randomblob(6)))
FROM (SELECT DISTINCT project_id, label FROM sites);
