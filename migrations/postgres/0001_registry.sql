-- The registry: projects, what they offer, where they meet, and an append-only history.

CREATE TABLE projects (
    id               BIGSERIAL PRIMARY KEY,
    slug             TEXT NOT NULL UNIQUE,
    name             TEXT NOT NULL,
    organisation     TEXT NOT NULL,
    summary          TEXT NOT NULL,
    description      TEXT NOT NULL DEFAULT '',
    cost             TEXT,
    website          TEXT,
    email            TEXT,
    phone            TEXT,
    schedule_note    TEXT,
    elig_pregnancy   BOOLEAN,
    elig_after_birth TEXT,
    elig_min_age     INTEGER,
    elig_max_age     INTEGER,
    elig_note        TEXT,
    status           TEXT NOT NULL CHECK (status IN ('published', 'pending', 'archived')),
    verified         BOOLEAN NOT NULL DEFAULT FALSE,
    last_confirmed   DATE,
    source           TEXT NOT NULL,
    synthetic        BOOLEAN NOT NULL DEFAULT FALSE,
    created_at       TIMESTAMPTZ NOT NULL,
    updated_at       TIMESTAMPTZ NOT NULL
);
CREATE INDEX projects_status_name ON projects (status, name);

-- Multi-valued vocabularies: need, format, delivery, language, nation, referral, attendee.
CREATE TABLE project_tags (
    project_id BIGINT NOT NULL REFERENCES projects (id),
    kind       TEXT NOT NULL,
    value      TEXT NOT NULL,
    PRIMARY KEY (project_id, kind, value)
);
CREATE INDEX project_tags_kind_value ON project_tags (kind, value, project_id);

CREATE TABLE sites (
    id         BIGSERIAL PRIMARY KEY,
    project_id BIGINT NOT NULL REFERENCES projects (id),
    ord   INTEGER NOT NULL,
    label      TEXT NOT NULL,
    lat        DOUBLE PRECISION NOT NULL,
    lon        DOUBLE PRECISION NOT NULL,
    loc_precision TEXT NOT NULL,
    radius_km  DOUBLE PRECISION,
    nation     TEXT NOT NULL,
    UNIQUE (project_id, ord)
);
CREATE INDEX sites_nation ON sites (nation, project_id);

CREATE TABLE sessions (
    id            BIGSERIAL PRIMARY KEY,
    project_id    BIGINT NOT NULL REFERENCES projects (id),
    ord      INTEGER NOT NULL,
    site_label    TEXT,
    frequency     TEXT NOT NULL,
    repeat_interval      INTEGER NOT NULL,
    day           TEXT NOT NULL,
    week_of_month INTEGER,
    opens         TIME NOT NULL,
    closes        TIME NOT NULL,
    valid_from    DATE,
    valid_until   DATE,
    note          TEXT,
    UNIQUE (project_id, ord)
);

CREATE TABLE reflections (
    project_id   BIGINT NOT NULL REFERENCES projects (id),
    principle    TEXT NOT NULL,
    status       TEXT NOT NULL,
    how          TEXT NOT NULL,
    evidence     TEXT NOT NULL,
    next_steps   TEXT NOT NULL,
    published_on DATE,
    PRIMARY KEY (project_id, principle)
);

-- Every change, field by field, as JSON text. Rows are never updated or deleted.
CREATE TABLE project_history (
    id         BIGSERIAL PRIMARY KEY,
    project_id BIGINT NOT NULL REFERENCES projects (id),
    at         TIMESTAMPTZ NOT NULL,
    actor      TEXT NOT NULL,
    field      TEXT NOT NULL,
    old_value  TEXT,
    new_value  TEXT
);
CREATE INDEX project_history_project ON project_history (project_id, id);

CREATE FUNCTION refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION '% is append-only: % refused', TG_TABLE_NAME, TG_OP;
END;
$$;
CREATE TRIGGER project_history_append_only BEFORE UPDATE OR DELETE ON project_history
    FOR EACH ROW EXECUTE FUNCTION refuse_change();
CREATE TRIGGER projects_no_delete BEFORE DELETE ON projects
    FOR EACH ROW EXECUTE FUNCTION refuse_change();
