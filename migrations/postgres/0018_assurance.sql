-- Each year's published reflection, kept beside the earlier ones: one row per project,
-- year (of publishing, UK date) and principle. A save of the listing writes its published
-- reflections here too; publishing again in the same year replaces that year's row.
CREATE TABLE reflection_years (
    project_id   BIGINT NOT NULL REFERENCES projects (id),
    year         INTEGER NOT NULL,
    principle    TEXT NOT NULL,
    status       TEXT NOT NULL,
    how          TEXT NOT NULL,
    evidence     TEXT NOT NULL,
    next_steps   TEXT NOT NULL,
    published_on DATE NOT NULL,
    PRIMARY KEY (project_id, year, principle)
);

INSERT INTO reflection_years (project_id, year, principle, status, how, evidence, next_steps, published_on)
    SELECT project_id, CAST(EXTRACT(YEAR FROM published_on) AS INTEGER), principle, status, how,
           evidence, next_steps, published_on
    FROM reflections WHERE published_on IS NOT NULL;

-- A moderator withdrawing a listing's peer assurance, with the reason. Rows are never
-- changed: assurance met again after a withdrawal stands again.
CREATE TABLE assurance_withdrawals (
    id         BIGSERIAL PRIMARY KEY,
    project_id BIGINT NOT NULL REFERENCES projects (id),
    at         TIMESTAMPTZ NOT NULL,
    actor      TEXT NOT NULL,
    reason     TEXT NOT NULL
);
CREATE INDEX assurance_withdrawals_project ON assurance_withdrawals (project_id, at);

-- The listings peer-assured today, as the registry last worked out (on a review, a reply,
-- a withdrawal, and every hour for lapses): what the directory's "peer-assured" filter
-- reads. Written whole each time it changes.
CREATE TABLE assured_listings (
    project_id BIGINT PRIMARY KEY REFERENCES projects (id)
);

-- What a project offers other projects: one row per kind of help, in person at a place
-- (its label and point), online, or both.
CREATE TABLE support_offers (
    project_id  BIGINT NOT NULL REFERENCES projects (id),
    kind        TEXT NOT NULL CHECK (kind IN ('training', 'supervision', 'mentoring', 'joint-groups')),
    place_label TEXT,
    lat         DOUBLE PRECISION,
    lon         DOUBLE PRECISION,
    online      BOOLEAN NOT NULL,
    PRIMARY KEY (project_id, kind)
);
