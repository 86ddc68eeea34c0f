//! The open data feed's reads, and the public identifiers they carry: a UUID per project,
//! given when it is created, and a UUID per site, kept by the site's label in
//! `site_uuids` (a listing's site rows are rewritten on every save; its identifiers are
//! not). Neither ever changes once given.

use super::StoreError;
use crate::domain::{Project, Slug};
use async_trait::async_trait;
use chrono::{DateTime, Utc};
use uuid::Uuid;

/// A listing as the open data feed publishes it: real (not synthetic), published or
/// archived, with its public identifiers.
#[derive(Debug, Clone, PartialEq)]
pub struct FeedListing {
    pub uuid: Uuid,
    /// When the listing was last changed.
    pub modified: DateTime<Utc>,
    pub project: Project,
    /// The UUID of each of `project.sites`, in the same order.
    pub site_uuids: Vec<Uuid>,
    /// What other projects say of it (kept apart from the listing; the store leaves
    /// these unset and the feed's cache fills them in from the search index).
    pub marks: PeerMarks,
}

/// A listing's recognition by other projects, as the feed's vocabulary "peer
/// recognition" states it.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct PeerMarks {
    /// Another project has published a review of it.
    pub reviewed: bool,
    /// It meets the peer-assurance criteria today.
    pub assured: bool,
}

/// A listing of the feed without its content: what the lists order and page by, small
/// enough to keep for the whole feed (the content of a page's listings is read by
/// [`Feed::feed_listings`]).
#[derive(Debug, Clone, PartialEq)]
pub struct FeedKey {
    /// The row's id, for reading the listing.
    pub id: i64,
    pub uuid: Uuid,
    pub slug: Slug,
    pub name: String,
    /// When the listing was last changed.
    pub modified: DateTime<Utc>,
    pub archived: bool,
}

#[async_trait]
pub trait Feed: Send + Sync {
    /// Every listing of the feed (real, published or archived), oldest first. Reads
    /// everything: for the command line's export and import, never for a request.
    async fn feed(&self) -> Result<Vec<FeedListing>, StoreError>;
    /// The listing of the feed with this id, if any: one row read by its index, not
    /// the whole feed.
    async fn feed_listing(&self, uuid: Uuid) -> Result<Option<FeedListing>, StoreError>;
    /// Every listing of the feed without its content, in no order.
    async fn feed_keys(&self) -> Result<Vec<FeedKey>, StoreError>;
    /// The listings of the feed among those with these slugs, without their content, in
    /// no order: each looked up by its slug.
    async fn feed_keys_of(&self, slugs: &[Slug]) -> Result<Vec<FeedKey>, StoreError>;
    /// The listings of these keys, read by their ids, in the order given (one that has
    /// left the feed since is left out).
    async fn feed_listings(&self, keys: &[FeedKey]) -> Result<Vec<FeedListing>, StoreError>;
    /// The UUIDs of the sites of the listings with these row ids.
    async fn feed_site_ids(&self, ids: &[i64]) -> Result<SiteIds, StoreError>;
    /// The id of the feed's listing that has the site with this id, if any.
    async fn feed_site_owner(&self, site: Uuid) -> Result<Option<Uuid>, StoreError>;
    /// The feed's id of the listing with this slug, if it is in the feed.
    async fn feed_uuid(&self, slug: &Slug) -> Result<Option<Uuid>, StoreError>;
}

/// Every listing of the feed, without content.
pub(crate) const FEED_KEYS: &str = "SELECT p.id, p.uuid, p.slug, p.name, p.updated_at, p.status \
    FROM projects p \
    WHERE p.synthetic = FALSE AND p.status IN ('published', 'archived') AND p.uuid IS NOT NULL";

/// The feed's listings among some slugs, without content (followed by the slugs, a
/// `)` and [`FEED_AMONG`]).
pub(crate) const FEED_KEYS_OF: &str = "SELECT p.id, p.uuid, p.slug, p.name, p.updated_at, \
    p.status FROM projects p WHERE p.slug IN (";

/// The feed's listing with a site, by the site's id.
pub(crate) const FEED_SITE_OWNER: &str = "SELECT p.uuid FROM site_uuids u \
    JOIN projects p ON p.id = u.project_id \
    WHERE u.uuid = $1 AND p.synthetic = FALSE AND p.status IN ('published', 'archived') \
    AND p.uuid IS NOT NULL";

/// The feed's id of a listing, by its slug.
pub(crate) const FEED_UUID_OF: &str = "SELECT p.uuid FROM projects p WHERE p.slug = $1 \
    AND p.synthetic = FALSE AND p.status IN ('published', 'archived') AND p.uuid IS NOT NULL";

/// The feed's listings among ids already chosen (after `WHERE p.id IN (…)`), written as
/// expressions so that no index on status can serve them: SQLite, without statistics,
/// would otherwise walk an index on status through every listed row instead of looking
/// the few ids up by key (as `listing_sql::LISTED_AMONG` explains).
pub(crate) const FEED_AMONG: &str = "AND COALESCE(p.synthetic, TRUE) = FALSE \
    AND COALESCE(p.status, '') IN ('published', 'archived') AND p.uuid IS NOT NULL";

/// Ids read in one statement (well under either backend's limit of bound values).
pub(crate) const IDS_AT_ONCE: usize = 1000;

#[derive(Debug, sqlx::FromRow)]
pub(crate) struct FeedKeyRow {
    pub id: i64,
    pub uuid: String,
    pub slug: String,
    pub name: String,
    pub updated_at: DateTime<Utc>,
    pub status: String,
}

impl TryFrom<FeedKeyRow> for FeedKey {
    type Error = StoreError;

    fn try_from(r: FeedKeyRow) -> Result<Self, StoreError> {
        Ok(FeedKey {
            id: r.id,
            uuid: parse_uuid(&r.uuid)?,
            slug: Slug::parse(&r.slug).map_err(|e| StoreError::Corrupt(e.to_string()))?,
            name: r.name,
            modified: r.updated_at,
            archived: r.status == "archived",
        })
    }
}

/// The identifiers and change time of the feed's project with one UUID.
pub(crate) const FEED_ID_BY_UUID: &str = "SELECT p.id, p.uuid, p.updated_at FROM projects p \
    WHERE p.uuid = $1 AND p.synthetic = FALSE AND p.status IN ('published', 'archived')";

/// The site identifiers of one project.
pub(crate) const SITES_OF: &str =
    "SELECT u.project_id, u.label, u.uuid FROM site_uuids u WHERE u.project_id = $1";

/// Which projects the feed holds, from `projects p`.
pub(crate) const FEED_WHERE: &str =
    "WHERE p.synthetic = FALSE AND p.status IN ('published', 'archived') AND p.uuid IS NOT NULL";

/// The identifiers and change time of the feed's projects.
pub(crate) const FEED_IDS: &str = "SELECT p.id, p.uuid, p.updated_at FROM projects p \
    WHERE p.synthetic = FALSE AND p.status IN ('published', 'archived') AND p.uuid IS NOT NULL \
    ORDER BY p.id";

/// The site identifiers of the feed's projects.
pub(crate) const FEED_SITES: &str = "SELECT u.project_id, u.label, u.uuid FROM site_uuids u \
    JOIN projects p ON p.id = u.project_id \
    WHERE p.synthetic = FALSE AND p.status IN ('published', 'archived') AND p.uuid IS NOT NULL";

/// Gives a project its UUID, unless it has one.
pub(crate) const GIVE_PROJECT_UUID: &str =
    "UPDATE projects SET uuid = $1 WHERE id = $2 AND uuid IS NULL";

/// Gives each site of a project (by label) a UUID, unless it has one; appended with
/// `push_values` and [`GIVE_SITE_UUIDS_END`].
pub(crate) const GIVE_SITE_UUIDS: &str = "INSERT INTO site_uuids (project_id, label, uuid) ";
pub(crate) const GIVE_SITE_UUIDS_END: &str = " ON CONFLICT (project_id, label) DO NOTHING";

#[derive(Debug, sqlx::FromRow)]
pub(crate) struct FeedIdRow {
    pub id: i64,
    pub uuid: String,
    pub updated_at: DateTime<Utc>,
}

#[derive(Debug, sqlx::FromRow)]
pub(crate) struct SiteUuidRow {
    pub project_id: i64,
    pub label: String,
    pub uuid: String,
}

/// Reads a stored UUID.
pub(crate) fn parse_uuid(text: &str) -> Result<Uuid, StoreError> {
    Uuid::parse_str(text).map_err(|e| StoreError::Corrupt(format!("uuid {text:?}: {e}")))
}

/// The UUIDs of sites, by their project's id and their label.
pub type SiteIds = std::collections::HashMap<(i64, String), Uuid>;

/// [`SiteUuidRow`]s as [`SiteIds`].
pub(crate) fn site_ids(sites: Vec<SiteUuidRow>) -> Result<SiteIds, StoreError> {
    sites
        .into_iter()
        .map(|s| Ok(((s.project_id, s.label), parse_uuid(&s.uuid)?)))
        .collect()
}

/// A listing of the feed: `project` (row `id`) with its identifiers; each of its sites
/// must have one in `sites`.
pub fn feed_listing(
    id: i64,
    uuid: Uuid,
    modified: DateTime<Utc>,
    project: Project,
    sites: &SiteIds,
) -> Result<FeedListing, StoreError> {
    let site_uuids = project
        .sites
        .iter()
        .map(|s| {
            sites
                .get(&(id, s.label.clone()))
                .copied()
                .ok_or_else(|| StoreError::Corrupt(format!("site {:?} has no uuid", s.label)))
        })
        .collect::<Result<Vec<_>, _>>()?;
    Ok(FeedListing {
        uuid,
        modified,
        project,
        site_uuids,
        marks: PeerMarks::default(),
    })
}

/// Joins the stored listings with their identifiers, in the order of `ids`.
pub(crate) fn assemble(
    ids: Vec<FeedIdRow>,
    stored: Vec<super::Stored>,
    sites: Vec<SiteUuidRow>,
) -> Result<Vec<FeedListing>, StoreError> {
    use std::collections::HashMap;
    let mut projects: HashMap<i64, Project> =
        stored.into_iter().map(|s| (s.id, s.project)).collect();
    let sites = site_ids(sites)?;
    let mut out = Vec::with_capacity(ids.len());
    for row in ids {
        let Some(project) = projects.remove(&row.id) else {
            continue;
        };
        let uuid = parse_uuid(&row.uuid)?;
        out.push(feed_listing(row.id, uuid, row.updated_at, project, &sites)?);
    }
    Ok(out)
}

/// Implements [`Feed`] for each `$t` over `$db`, and defines `give_uuids`, which
/// `save_in` calls; `listing_reads!` must be in scope.
macro_rules! impl_feed {
    ($db:ty: $($t:ty),+) => {
        /// Gives project `id` its UUID (when `created`) and each of its sites theirs.
        pub(crate) async fn give_uuids(
            conn: &mut <$db as sqlx::Database>::Connection,
            id: i64,
            p: &Project,
            created: bool,
        ) -> Result<(), StoreError> {
            use crate::store::feed::{GIVE_PROJECT_UUID, GIVE_SITE_UUIDS, GIVE_SITE_UUIDS_END};
            if created {
                sqlx::query(GIVE_PROJECT_UUID)
                    .bind(uuid::Uuid::new_v4().to_string())
                    .bind(id)
                    .execute(&mut *conn)
                    .await?;
            }
            if !p.sites.is_empty() {
                let mut q = QueryBuilder::<$db>::new(GIVE_SITE_UUIDS);
                q.push_values(p.sites.iter(), |mut b, s| {
                    b.push_bind(id).push_bind(s.label.clone()).push_bind(uuid::Uuid::new_v4().to_string());
                });
                q.push(GIVE_SITE_UUIDS_END);
                q.build().execute(&mut *conn).await?;
            }
            Ok(())
        }

        $(
        #[async_trait::async_trait]
        impl crate::store::feed::Feed for $t {
            #[tracing::instrument(skip_all)]
            async fn feed(&self) -> Result<Vec<crate::store::feed::FeedListing>, StoreError> {
                use crate::store::feed::{FeedIdRow, SiteUuidRow, FEED_IDS, FEED_SITES, FEED_WHERE};
                use crate::store::listing_sql::PROJECT_COLUMNS;
                let mut c = self.read().await?;
                let ids: Vec<FeedIdRow> = sqlx::query_as(FEED_IDS).fetch_all(&mut *c).await?;
                let sql = format!("SELECT {PROJECT_COLUMNS} FROM projects p {FEED_WHERE} ORDER BY p.id");
                let found = QueryBuilder::<$db>::new(sql).build_query_as::<ProjectRow>().fetch_all(&mut *c).await?;
                let stored = load(&mut c, found).await?;
                let sites: Vec<SiteUuidRow> = sqlx::query_as(FEED_SITES).fetch_all(&mut *c).await?;
                c.done().await?;
                crate::store::feed::assemble(ids, stored, sites)
            }

            #[tracing::instrument(skip_all)]
            async fn feed_listing(&self, uuid: uuid::Uuid) -> Result<Option<crate::store::feed::FeedListing>, StoreError> {
                use crate::store::feed::{FeedIdRow, SiteUuidRow, FEED_ID_BY_UUID, SITES_OF};
                use crate::store::listing_sql::PROJECT_COLUMNS;
                let mut c = self.read().await?;
                let Some(row): Option<FeedIdRow> =
                    sqlx::query_as(FEED_ID_BY_UUID).bind(uuid.to_string()).fetch_optional(&mut *c).await?
                else {
                    c.done().await?;
                    return Ok(None);
                };
                let mut q = QueryBuilder::<$db>::new(format!("SELECT {PROJECT_COLUMNS} FROM projects p WHERE p.id = "));
                q.push_bind(row.id);
                let found = q.build_query_as::<ProjectRow>().fetch_all(&mut *c).await?;
                let stored = load(&mut c, found).await?;
                let sites: Vec<SiteUuidRow> = sqlx::query_as(SITES_OF).bind(row.id).fetch_all(&mut *c).await?;
                c.done().await?;
                Ok(crate::store::feed::assemble(vec![row], stored, sites)?.pop())
            }

            #[tracing::instrument(skip_all)]
            async fn feed_keys(&self) -> Result<Vec<crate::store::feed::FeedKey>, StoreError> {
                use crate::store::feed::{FeedKeyRow, FEED_KEYS};
                let mut c = self.read().await?;
                let rows: Vec<FeedKeyRow> = sqlx::query_as(FEED_KEYS).fetch_all(&mut *c).await?;
                c.done().await?;
                rows.into_iter().map(TryInto::try_into).collect()
            }

            #[tracing::instrument(skip_all, fields(n = slugs.len()))]
            async fn feed_keys_of(&self, slugs: &[crate::domain::Slug]) -> Result<Vec<crate::store::feed::FeedKey>, StoreError> {
                use crate::store::feed::{FeedKeyRow, FEED_AMONG, FEED_KEYS_OF, IDS_AT_ONCE};
                let mut rows: Vec<FeedKeyRow> = Vec::with_capacity(slugs.len());
                let mut c = self.read().await?;
                for part in slugs.chunks(IDS_AT_ONCE) {
                    let mut q = QueryBuilder::<$db>::new(FEED_KEYS_OF);
                    let mut list = q.separated(", ");
                    for slug in part {
                        list.push_bind(slug.as_str());
                    }
                    q.push(") ").push(FEED_AMONG);
                    rows.extend(q.build_query_as::<FeedKeyRow>().fetch_all(&mut *c).await?);
                }
                c.done().await?;
                rows.into_iter().map(TryInto::try_into).collect()
            }

            #[tracing::instrument(skip_all, fields(n = keys.len()))]
            async fn feed_listings(&self, keys: &[crate::store::feed::FeedKey]) -> Result<Vec<crate::store::feed::FeedListing>, StoreError> {
                use crate::store::feed::{FeedIdRow, SiteUuidRow, FEED_AMONG, IDS_AT_ONCE};
                use crate::store::listing_sql::PROJECT_COLUMNS;
                let mut out = Vec::with_capacity(keys.len());
                let mut c = self.read().await?;
                for part in keys.chunks(IDS_AT_ONCE) {
                    let mut q = QueryBuilder::<$db>::new(format!("SELECT {PROJECT_COLUMNS} FROM projects p WHERE p.id IN ("));
                    let mut list = q.separated(", ");
                    for k in part {
                        list.push_bind(k.id);
                    }
                    q.push(") ").push(FEED_AMONG);
                    let found = q.build_query_as::<ProjectRow>().fetch_all(&mut *c).await?;
                    let stored = load(&mut c, found).await?;
                    let mut q = QueryBuilder::<$db>::new("SELECT u.project_id, u.label, u.uuid FROM site_uuids u WHERE u.project_id IN (");
                    let mut list = q.separated(", ");
                    for k in part {
                        list.push_bind(k.id);
                    }
                    q.push(")");
                    let sites: Vec<SiteUuidRow> = q.build_query_as().fetch_all(&mut *c).await?;
                    let ids = part
                        .iter()
                        .map(|k| FeedIdRow { id: k.id, uuid: k.uuid.to_string(), updated_at: k.modified })
                        .collect();
                    out.extend(crate::store::feed::assemble(ids, stored, sites)?);
                }
                c.done().await?;
                Ok(out)
            }

            #[tracing::instrument(skip_all, fields(n = ids.len()))]
            async fn feed_site_ids(&self, ids: &[i64]) -> Result<crate::store::feed::SiteIds, StoreError> {
                use crate::store::feed::{SiteUuidRow, IDS_AT_ONCE};
                let mut rows = Vec::new();
                let mut c = self.read().await?;
                for part in ids.chunks(IDS_AT_ONCE) {
                    let mut q = QueryBuilder::<$db>::new("SELECT u.project_id, u.label, u.uuid FROM site_uuids u WHERE u.project_id IN (");
                    let mut list = q.separated(", ");
                    for id in part {
                        list.push_bind(*id);
                    }
                    q.push(")");
                    let found: Vec<SiteUuidRow> = q.build_query_as().fetch_all(&mut *c).await?;
                    rows.extend(found);
                }
                c.done().await?;
                crate::store::feed::site_ids(rows)
            }

            #[tracing::instrument(skip_all)]
            async fn feed_site_owner(&self, site: uuid::Uuid) -> Result<Option<uuid::Uuid>, StoreError> {
                use crate::store::feed::{parse_uuid, FEED_SITE_OWNER};
                let mut c = self.read().await?;
                let found: Option<(String,)> =
                    sqlx::query_as(FEED_SITE_OWNER).bind(site.to_string()).fetch_optional(&mut *c).await?;
                c.done().await?;
                found.map(|(u,)| parse_uuid(&u)).transpose()
            }

            #[tracing::instrument(skip_all)]
            async fn feed_uuid(&self, slug: &crate::domain::Slug) -> Result<Option<uuid::Uuid>, StoreError> {
                use crate::store::feed::{parse_uuid, FEED_UUID_OF};
                let mut c = self.read().await?;
                let found: Option<(String,)> =
                    sqlx::query_as(FEED_UUID_OF).bind(slug.to_string()).fetch_optional(&mut *c).await?;
                c.done().await?;
                found.map(|(u,)| parse_uuid(&u)).transpose()
            }
        }
        )+
    };
}

pub(crate) use impl_feed;
