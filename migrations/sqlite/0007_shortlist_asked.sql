-- What a shortlist's sheet was for besides the place: the needs, the ways of taking part,
-- the languages and the distance looked within, as a JSON object
-- ({"needs": [...], "delivery": [...], "languages": [...], "within_miles": 25}), so that
-- the shortlist can say it in its title. Shortlists kept before this say nothing more.
ALTER TABLE shortlists ADD COLUMN asked TEXT NOT NULL DEFAULT '{}';
