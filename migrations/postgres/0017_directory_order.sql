-- The directory's order (published, real listings by name) read from an index alone:
-- its ids in order, and its count, without visiting every row of the table.
CREATE INDEX projects_listed_order ON projects (status, synthetic, name, id);
