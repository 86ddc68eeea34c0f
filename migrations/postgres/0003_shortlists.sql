-- Shortlists a clinician made from a signposting sheet, kept at a short random code.
-- No account and no visitor identity: only where the sheet was for, and the listings kept.

CREATE TABLE shortlists (
    code       TEXT PRIMARY KEY,
    created_at TIMESTAMPTZ NOT NULL,
    place      TEXT NOT NULL,
    nation     TEXT NOT NULL,
    -- The kept listings' slugs, as a JSON array of text, in the order shown.
    slugs      TEXT NOT NULL
);
