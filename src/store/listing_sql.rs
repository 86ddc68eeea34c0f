//! The listing statements both backends run, written once, and the helpers that build
//! the ones whose shape depends on the request (filters, lists of ids).

/// The columns of a [`ProjectRow`](super::rows::ProjectRow), from `projects p`.
pub(crate) const PROJECT_COLUMNS: &str = "p.id, p.slug, p.name, p.organisation, p.summary, \
    p.description, p.cost, p.website, p.email, p.phone, p.schedule_note, p.elig_pregnancy, \
    p.elig_after_birth, p.elig_min_age, p.elig_max_age, p.elig_note, p.status, p.verified, \
    p.last_confirmed, p.source, p.created_at, p.name_cy, p.summary_cy, p.description_cy";

pub(crate) const PROJECT_BY_SLUG: &str = "SELECT p.id, p.slug, p.name, p.organisation, p.summary, \
    p.description, p.cost, p.website, p.email, p.phone, p.schedule_note, p.elig_pregnancy, \
    p.elig_after_birth, p.elig_min_age, p.elig_max_age, p.elig_note, p.status, p.verified, \
    p.last_confirmed, p.source, p.created_at, p.name_cy, p.summary_cy, p.description_cy FROM projects p WHERE p.slug = $1";

pub(crate) const ID_BY_SLUG: &str = "SELECT id FROM projects WHERE slug = $1";

pub(crate) const INSERT_PROJECT: &str = "INSERT INTO projects (slug, name, organisation, summary, \
    description, cost, website, email, phone, schedule_note, elig_pregnancy, elig_after_birth, \
    elig_min_age, elig_max_age, elig_note, status, verified, last_confirmed, source, synthetic, \
    updated_at, created_at, name_cy, summary_cy, description_cy) VALUES ($1, $2, $3, $4, $5, $6, \
    $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21, $21, $22, $23, $24) \
    RETURNING id";

pub(crate) const UPDATE_PROJECT: &str = "UPDATE projects SET slug = $1, name = $2, organisation = $3, \
    summary = $4, description = $5, cost = $6, website = $7, email = $8, phone = $9, \
    schedule_note = $10, elig_pregnancy = $11, elig_after_birth = $12, elig_min_age = $13, \
    elig_max_age = $14, elig_note = $15, status = $16, verified = $17, last_confirmed = $18, \
    source = $19, synthetic = $20, updated_at = $21, name_cy = $23, summary_cy = $24, \
    description_cy = $25 WHERE id = $22";

/// The child tables a project's rows are replaced in, each keyed by `project_id`.
pub(crate) const DELETE_CHILDREN: [&str; 5] = [
    "DELETE FROM project_tags WHERE project_id = $1",
    "DELETE FROM sites WHERE project_id = $1",
    "DELETE FROM sessions WHERE project_id = $1",
    "DELETE FROM reflections WHERE project_id = $1",
    "DELETE FROM fact_sources WHERE project_id = $1",
];

pub(crate) const HISTORY_OF: &str = "SELECT h.at, h.actor, h.field, h.old_value, h.new_value \
    FROM project_history h JOIN projects p ON p.id = h.project_id WHERE p.slug = $1 ORDER BY h.id";

pub(crate) const COUNTS: &str = "SELECT COALESCE(SUM(CASE WHEN synthetic THEN 0 ELSE 1 END), 0) AS real, \
    COALESCE(SUM(CASE WHEN synthetic THEN 1 ELSE 0 END), 0) AS synthetic FROM projects";

/// The directory's listings among ids already chosen (after `WHERE p.id IN (…)`). The
/// two tests are written as expressions so that no index on status can serve them:
/// without statistics SQLite would otherwise walk `projects_listed_order` through every
/// listed row (a third of a second at 250,000) instead of looking up the few ids by key.
pub(crate) const LISTED_AMONG: &str =
    "AND COALESCE(p.status, '') = 'published' AND COALESCE(p.synthetic, TRUE) = FALSE";

/// Every published listing's slug and the dates its age counts from.
pub(crate) const PUBLISHED_AGES: &str =
    "SELECT slug, last_confirmed, created_at FROM projects WHERE status = 'published' ORDER BY id";

/// The directory's listings: published and real.
pub(crate) const LISTED: &str =
    "FROM projects p WHERE p.status = 'published' AND p.synthetic = FALSE";

/// The bulk load of every published project ([`Listings::all_published`](super::Listings)):
/// one statement per table, each streamed in project order.
pub(crate) mod published {
    pub(crate) const PROJECTS: &str = "SELECT p.id, p.slug, p.name, p.organisation, p.summary, \
        p.description, p.cost, p.website, p.email, p.phone, p.schedule_note, p.elig_pregnancy, \
        p.elig_after_birth, p.elig_min_age, p.elig_max_age, p.elig_note, p.status, p.verified, \
        p.last_confirmed, p.source, p.created_at, p.name_cy, p.summary_cy, p.description_cy FROM projects p WHERE p.status = 'published' ORDER BY p.id";
    pub(crate) const TAGS: &str = "SELECT project_id, kind, value FROM project_tags \
        WHERE project_id IN (SELECT id FROM projects WHERE status = 'published') \
        ORDER BY project_id, kind, value";
    pub(crate) const SITES: &str = "SELECT project_id, label, lat, lon, loc_precision, radius_km, nation \
        FROM sites WHERE project_id IN (SELECT id FROM projects WHERE status = 'published') \
        ORDER BY project_id, ord";
    pub(crate) const SESSIONS: &str = "SELECT project_id, site_label, frequency, repeat_interval, day, \
        week_of_month, opens, closes, valid_from, valid_until, note FROM sessions \
        WHERE project_id IN (SELECT id FROM projects WHERE status = 'published') ORDER BY project_id, ord";
    pub(crate) const REFLECTIONS: &str = "SELECT project_id, principle, status, how, evidence, next_steps, \
        published_on FROM reflections \
        WHERE project_id IN (SELECT id FROM projects WHERE status = 'published') ORDER BY project_id, principle";
    pub(crate) const SOURCES: &str = "SELECT project_id, fact, url FROM fact_sources \
        WHERE project_id IN (SELECT id FROM projects WHERE status = 'published') ORDER BY project_id, ord";
}

/// Defines, for one backend, the helpers that read listings: `push_filter` (the SQL
/// implementation of `ListingFilter::matches`), `load` (child rows in bulk) and `find`.
macro_rules! listing_reads {
    ($db:ty) => {
        use crate::domain::{Delivery, ListingFilter, Stage};
        use crate::store::listing_sql::PROJECT_BY_SLUG;
        use crate::store::rows::{
            self, Children, FactSourceRow, ProjectRow, ReflectionRow, SessionRow, SiteRow, TagRow,
        };
        use crate::store::{StoreError, Stored};
        use sqlx::QueryBuilder;

        /// The needs asked for, and general support, which matches any of them.
        fn with_general(needs: &[String]) -> Vec<String> {
            let mut out = needs.to_vec();
            if !out.is_empty() {
                out.push(crate::domain::GENERAL_NEED.to_string());
            }
            out
        }

        /// Appends ` AND …` for each facet of `filter` that is not empty.
        pub(crate) fn push_filter(q: &mut QueryBuilder<$db>, filter: &ListingFilter) {
            let tag = |q: &mut QueryBuilder<$db>, kind: &'static str, values: Vec<String>| {
                q.push("EXISTS (SELECT 1 FROM project_tags t WHERE t.project_id = p.id AND t.kind = ");
                q.push_bind(kind).push(" AND t.value IN (");
                let mut list = q.separated(", ");
                for v in values {
                    list.push_bind(v);
                }
                q.push("))");
            };
            let facets = [
                // General perinatal support counts for every specific need.
                (rows::kind::NEED, with_general(&filter.needs)),
                (rows::kind::FORMAT, filter.formats.iter().map(|f| f.slug().to_string()).collect()),
                (rows::kind::LANGUAGE, filter.languages.clone()),
            ];
            for (kind, values) in facets.into_iter().filter(|(_, v)| !v.is_empty()) {
                q.push(" AND ");
                tag(q, kind, values);
            }
            if !filter.delivery.is_empty() {
                q.push(" AND (");
                tag(q, rows::kind::DELIVERY, filter.delivery.iter().map(|d| d.slug().to_string()).collect());
                if filter.delivery.contains(&Delivery::InPerson) {
                    // Meeting somewhere and stating no delivery is meeting in person.
                    q.push(" OR (NOT EXISTS (SELECT 1 FROM project_tags t WHERE t.project_id = p.id AND t.kind = ");
                    q.push_bind(rows::kind::DELIVERY);
                    q.push(") AND EXISTS (SELECT 1 FROM sites s WHERE s.project_id = p.id))");
                }
                q.push(")");
            }
            if !filter.nations.is_empty() {
                // Served remotely in the nation, meeting there, or serving an area in it
                // (an area's code starts with its nation's letter).
                let nations: Vec<String> = filter.nations.iter().map(|n| n.slug().to_string()).collect();
                q.push(" AND (");
                tag(q, rows::kind::NATION, nations.clone());
                q.push(" OR EXISTS (SELECT 1 FROM sites s WHERE s.project_id = p.id AND s.nation IN (");
                let mut list = q.separated(", ");
                for n in nations {
                    list.push_bind(n);
                }
                q.push("))");
                q.push(" OR EXISTS (SELECT 1 FROM project_tags t WHERE t.project_id = p.id AND t.kind = ");
                q.push_bind(rows::kind::AREA);
                q.push(" AND substr(t.value, 1, 1) IN (");
                let mut list = q.separated(", ");
                for n in &filter.nations {
                    list.push_bind(crate::domain::AreaCode::of_nation(*n).as_str()[..1].to_string());
                }
                q.push(")))");
            }
            match filter.stage {
                None => {}
                Some(Stage::Pregnant) => drop(q.push(" AND (p.elig_pregnancy IS NULL OR p.elig_pregnancy = TRUE)")),
                Some(Stage::AfterBirth) => drop(q.push(" AND (p.elig_after_birth IS NULL OR p.elig_after_birth <> 'none')")),
            }
            if filter.reflected {
                q.push(" AND EXISTS (SELECT 1 FROM reflections r WHERE r.project_id = p.id AND r.published_on IS NOT NULL)");
            }
            if filter.reviewed {
                q.push(" AND EXISTS (SELECT 1 FROM reviews v WHERE v.reviewed_id = p.id AND v.hidden = FALSE)");
            }
            if filter.assured {
                q.push(" AND EXISTS (SELECT 1 FROM assured_listings a WHERE a.project_id = p.id)");
            }
        }

        /// Loads the child rows of `projects` in bulk and assembles them, in order.
        pub(crate) async fn load(
            conn: &mut <$db as sqlx::Database>::Connection,
            projects: Vec<ProjectRow>,
        ) -> Result<Vec<Stored>, StoreError> {
            let mut children = Children::default();
            // Batches keep the number of binds well under both databases' limits.
            for chunk in projects.chunks(5_000) {
                let select = |sql: &'static str, order: &'static str| {
                    let mut q = QueryBuilder::<$db>::new(sql);
                    q.push(" WHERE project_id IN (");
                    let mut list = q.separated(", ");
                    for p in chunk {
                        list.push_bind(p.id);
                    }
                    q.push(") ORDER BY ").push(order);
                    q
                };
                let tags = "SELECT project_id, kind, value FROM project_tags";
                let sites = "SELECT project_id, label, lat, lon, loc_precision, radius_km, nation FROM sites";
                let sessions = "SELECT project_id, site_label, frequency, repeat_interval, day, week_of_month, \
                    opens, closes, valid_from, valid_until, note FROM sessions";
                let reflections = "SELECT project_id, principle, status, how, evidence, next_steps, \
                    published_on FROM reflections";
                let sources = "SELECT project_id, fact, url FROM fact_sources";
                let mut q = select(tags, "project_id, kind, value");
                children.tags.extend(q.build_query_as::<TagRow>().fetch_all(&mut *conn).await?);
                let mut q = select(sites, "project_id, ord");
                children.sites.extend(q.build_query_as::<SiteRow>().fetch_all(&mut *conn).await?);
                let mut q = select(sessions, "project_id, ord");
                children.sessions.extend(q.build_query_as::<SessionRow>().fetch_all(&mut *conn).await?);
                let mut q = select(reflections, "project_id, principle");
                children.reflections.extend(q.build_query_as::<ReflectionRow>().fetch_all(&mut *conn).await?);
                let mut q = select(sources, "project_id, ord");
                children.sources.extend(q.build_query_as::<FactSourceRow>().fetch_all(&mut *conn).await?);
            }
            rows::assemble(projects, children)
        }

        /// Every published project with its child rows: one query per table, each row
        /// streamed and attached to its project as it arrives (no table is held whole).
        pub(crate) async fn load_published(
            conn: &mut <$db as sqlx::Database>::Connection,
        ) -> Result<Vec<Stored>, StoreError> {
            use crate::store::listing_sql::published;
            use futures_util::TryStreamExt;
            let mut all = rows::Assembly::default();
            let mut found = sqlx::query_as::<_, ProjectRow>(published::PROJECTS).fetch(&mut *conn);
            while let Some(row) = found.try_next().await? {
                all.project(row)?;
            }
            drop(found);
            let mut found = sqlx::query_as::<_, TagRow>(published::TAGS).fetch(&mut *conn);
            while let Some(row) = found.try_next().await? {
                all.tag(row)?;
            }
            drop(found);
            let mut found = sqlx::query_as::<_, SiteRow>(published::SITES).fetch(&mut *conn);
            while let Some(row) = found.try_next().await? {
                all.site(row)?;
            }
            drop(found);
            let mut found = sqlx::query_as::<_, SessionRow>(published::SESSIONS).fetch(&mut *conn);
            while let Some(row) = found.try_next().await? {
                all.session(row)?;
            }
            drop(found);
            let mut found = sqlx::query_as::<_, ReflectionRow>(published::REFLECTIONS).fetch(&mut *conn);
            while let Some(row) = found.try_next().await? {
                all.reflection(row)?;
            }
            drop(found);
            let mut found = sqlx::query_as::<_, FactSourceRow>(published::SOURCES).fetch(&mut *conn);
            while let Some(row) = found.try_next().await? {
                all.source(row);
            }
            drop(found);
            Ok(all.finish())
        }

        pub(crate) async fn find(
            conn: &mut <$db as sqlx::Database>::Connection,
            slug: &str,
        ) -> Result<Option<Stored>, StoreError> {
            let row: Option<ProjectRow> =
                sqlx::query_as(PROJECT_BY_SLUG).bind(slug).fetch_optional(&mut *conn).await?;
            match row {
                None => Ok(None),
                Some(row) => Ok(load(conn, vec![row]).await?.pop()),
            }
        }
    };
}

pub(crate) use listing_reads;
