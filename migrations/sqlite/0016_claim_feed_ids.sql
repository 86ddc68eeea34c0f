-- The public identifiers an imported proposal came with (the feed's service id and each
-- place's id, by the site's label), as JSON: kept with the proposal so that approving
-- it gives the new listing those same ids when no other listing has them.

ALTER TABLE claims ADD COLUMN feed_ids TEXT;
