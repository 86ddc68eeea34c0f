-- The language of the page an account signed up on ('cy', 'en', …), so that its e-mail
-- is written in that language; NULL (English) for accounts made before, or by an operator.
ALTER TABLE accounts ADD COLUMN language TEXT;

-- A listing's own words in Welsh, when its project gives them (shown on Welsh pages).
ALTER TABLE projects ADD COLUMN name_cy TEXT;
ALTER TABLE projects ADD COLUMN summary_cy TEXT;
ALTER TABLE projects ADD COLUMN description_cy TEXT;
