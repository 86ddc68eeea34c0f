-- The public page each fact of a listing was taken from (a website, a phone number, a
-- place), in the listing's order. Replaced with the listing's other child rows on save.
CREATE TABLE fact_sources (
    project_id BIGINT NOT NULL REFERENCES projects (id),
    ord        INTEGER NOT NULL,
    fact       TEXT NOT NULL,
    url        TEXT NOT NULL,
    PRIMARY KEY (project_id, ord)
);
