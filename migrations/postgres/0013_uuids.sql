-- Stable public identifiers (UUIDs) for the open data feed: one per project, and one per
-- site kept by the site's label, so re-saving a listing (which rewrites its site rows)
-- never changes them. Existing rows get a random (version 4) UUID here; new ones get
-- theirs from the application when they are created. Kept as text, as on SQLite.

ALTER TABLE projects ADD COLUMN uuid TEXT;

UPDATE projects SET uuid = gen_random_uuid()::text WHERE uuid IS NULL;

CREATE UNIQUE INDEX projects_uuid ON projects (uuid);

CREATE TABLE site_uuids (
    project_id BIGINT NOT NULL REFERENCES projects (id),
    label      TEXT NOT NULL,
    uuid       TEXT NOT NULL UNIQUE,
    PRIMARY KEY (project_id, label)
);

INSERT INTO site_uuids (project_id, label, uuid)
SELECT project_id, label, gen_random_uuid()::text FROM (SELECT DISTINCT project_id, label FROM sites) s;
