//! The statements both backends run, written once.
//!
//! SQLite and PostgreSQL accept the same SQL here; only the placeholder syntax differs, and
//! `QueryBuilder` writes that for each. The macro stamps out [`Store`](super::Store) for a
//! backend type with a `pool` field of the matching pool type.

/// Implements `Store` for `$store` (which has `pool: sqlx::Pool<$db>`).
macro_rules! impl_store {
    ($store:ident, $db:ty, $backend:literal) => {
        use super::rows::{self, Children, ProjectRow, ReflectionRow, SessionRow, SiteRow, TagRow};
        use super::{Counts, HistoryEntry, Page, ProjectFilter, SaveOutcome, Shortlist, Store, StoreError, Stored};
        use crate::domain::{Project, Slug};
        use sqlx::QueryBuilder;

        const PROJECT_COLUMNS: &str = "p.id, p.slug, p.name, p.organisation, p.summary, p.description, \
            p.cost, p.website, p.email, p.phone, p.schedule_note, p.elig_pregnancy, p.elig_after_birth, \
            p.elig_min_age, p.elig_max_age, p.elig_note, p.status, p.verified, p.last_confirmed, p.source";

        /// Appends ` AND …` conditions for each non-empty facet of `filter`.
        fn push_filter(q: &mut QueryBuilder<$db>, filter: &ProjectFilter) {
            let facets: [(&str, &Vec<String>); 4] = [
                (rows::kind::NEED, &filter.needs),
                (rows::kind::FORMAT, &filter.formats),
                (rows::kind::DELIVERY, &filter.delivery),
                (rows::kind::LANGUAGE, &filter.languages),
            ];
            for (kind, values) in facets {
                if values.is_empty() {
                    continue;
                }
                q.push(" AND EXISTS (SELECT 1 FROM project_tags t WHERE t.project_id = p.id AND t.kind = ");
                q.push_bind(kind);
                q.push(" AND t.value IN (");
                push_list(q, values);
                q.push("))");
            }
            if filter.reflected {
                q.push(" AND EXISTS (SELECT 1 FROM reflections r WHERE r.project_id = p.id AND r.published_on IS NOT NULL)");
            }
            if filter.reviewed {
                q.push(" AND EXISTS (SELECT 1 FROM reviews v WHERE v.reviewed_id = p.id AND v.hidden = FALSE)");
            }
            if !filter.nations.is_empty() {
                // Served remotely in the nation, or meeting in person there.
                q.push(" AND (EXISTS (SELECT 1 FROM project_tags t WHERE t.project_id = p.id AND t.kind = ");
                q.push_bind(rows::kind::NATION);
                q.push(" AND t.value IN (");
                push_list(q, &filter.nations);
                q.push(")) OR EXISTS (SELECT 1 FROM sites s WHERE s.project_id = p.id AND s.nation IN (");
                push_list(q, &filter.nations);
                q.push(")))");
            }
        }

        fn push_list(q: &mut QueryBuilder<$db>, values: &[String]) {
            let mut list = q.separated(", ");
            for v in values {
                list.push_bind(v.clone());
            }
        }

        fn push_ids(q: &mut QueryBuilder<$db>, ids: &[i64]) {
            let mut list = q.separated(", ");
            for id in ids {
                list.push_bind(*id);
            }
        }

        /// Loads the child rows of `ids` and assembles full projects.
        async fn load(
            conn: &mut <$db as sqlx::Database>::Connection,
            projects: Vec<ProjectRow>,
        ) -> Result<Vec<Stored>, StoreError> {
            let mut children = Children::default();
            // Batches keep the number of binds well under both databases' limits.
            for chunk in projects.chunks(5_000) {
                let ids: Vec<i64> = chunk.iter().map(|p| p.id).collect();
                let select = |sql: &'static str, order: &'static str| {
                    let mut q = QueryBuilder::<$db>::new(sql);
                    q.push(" WHERE project_id IN (");
                    push_ids(&mut q, &ids);
                    q.push(") ORDER BY ");
                    q.push(order);
                    q
                };
                children.tags.extend(
                    select("SELECT project_id, kind, value FROM project_tags", "project_id, kind, value")
                        .build_query_as::<TagRow>()
                        .fetch_all(&mut *conn)
                        .await?,
                );
                children.sites.extend(
                    select(
                        "SELECT project_id, label, lat, lon, loc_precision, radius_km, nation FROM sites",
                        "project_id, ord",
                    )
                    .build_query_as::<SiteRow>()
                    .fetch_all(&mut *conn)
                    .await?,
                );
                children.sessions.extend(
                    select(
                        "SELECT project_id, site_label, frequency, repeat_interval, day, week_of_month, opens, \
                         closes, valid_from, valid_until, note FROM sessions",
                        "project_id, ord",
                    )
                    .build_query_as::<SessionRow>()
                    .fetch_all(&mut *conn)
                    .await?,
                );
                children.reflections.extend(
                    select(
                        "SELECT project_id, principle, status, how, evidence, next_steps, published_on \
                         FROM reflections",
                        "project_id, principle",
                    )
                    .build_query_as::<ReflectionRow>()
                    .fetch_all(&mut *conn)
                    .await?,
                );
            }
            rows::assemble(projects, children)
        }

        async fn find(
            conn: &mut <$db as sqlx::Database>::Connection,
            slug: &str,
        ) -> Result<Option<Stored>, StoreError> {
            let mut q = QueryBuilder::<$db>::new(format!("SELECT {PROJECT_COLUMNS} FROM projects p WHERE p.slug = "));
            q.push_bind(slug.to_string());
            let row = q.build_query_as::<ProjectRow>().fetch_optional(&mut *conn).await?;
            match row {
                None => Ok(None),
                Some(row) => Ok(load(conn, vec![row]).await?.pop()),
            }
        }

        /// Writes the project row and replaces its child rows; returns the project id.
        async fn write(
            conn: &mut <$db as sqlx::Database>::Connection,
            id: Option<i64>,
            p: &Project,
            synthetic: bool,
            now: chrono::DateTime<chrono::Utc>,
        ) -> Result<i64, StoreError> {
            let e = &p.eligibility;
            let mut q = QueryBuilder::<$db>::new("");
            match id {
                None => q.push(
                    "INSERT INTO projects (slug, name, organisation, summary, description, cost, website, \
                     email, phone, schedule_note, elig_pregnancy, elig_after_birth, elig_min_age, elig_max_age, \
                     elig_note, status, verified, last_confirmed, source, synthetic, updated_at, created_at) VALUES (",
                ),
                Some(_) => q.push(
                    "UPDATE projects SET (slug, name, organisation, summary, description, cost, website, \
                     email, phone, schedule_note, elig_pregnancy, elig_after_birth, elig_min_age, elig_max_age, \
                     elig_note, status, verified, last_confirmed, source, synthetic, updated_at) = (",
                ),
            };
            {
                let mut v = q.separated(", ");
                v.push_bind(p.slug.to_string())
                    .push_bind(p.name.clone())
                    .push_bind(p.organisation.clone())
                    .push_bind(p.summary.clone())
                    .push_bind(p.description.clone())
                    .push_bind(p.cost.clone())
                    .push_bind(p.contact.website.clone())
                    .push_bind(p.contact.email.clone())
                    .push_bind(p.contact.phone.clone())
                    .push_bind(p.schedule_note.clone())
                    .push_bind(e.pregnancy)
                    .push_bind(e.after_birth.map(|a| a.slug().to_string()))
                    .push_bind(e.min_age.map(i32::from))
                    .push_bind(e.max_age.map(i32::from))
                    .push_bind(e.note.clone())
                    .push_bind(p.status.slug().to_string())
                    .push_bind(p.verified)
                    .push_bind(p.last_confirmed)
                    .push_bind(p.source.clone())
                    .push_bind(synthetic)
                    .push_bind(now);
                if id.is_none() {
                    v.push_bind(now);
                }
            }
            let id = match id {
                None => {
                    q.push(") RETURNING id");
                    q.build_query_scalar::<i64>().fetch_one(&mut *conn).await?
                }
                Some(id) => {
                    q.push(") WHERE id = ");
                    q.push_bind(id);
                    q.build().execute(&mut *conn).await?;
                    for table in ["project_tags", "sites", "sessions", "reflections"] {
                        let mut del = QueryBuilder::<$db>::new(format!("DELETE FROM {table} WHERE project_id = "));
                        del.push_bind(id);
                        del.build().execute(&mut *conn).await?;
                    }
                    id
                }
            };

            let tags = rows::tags_of(p);
            if !tags.is_empty() {
                let mut q = QueryBuilder::<$db>::new("INSERT INTO project_tags (project_id, kind, value) ");
                q.push_values(tags, |mut b, (kind, value)| {
                    b.push_bind(id).push_bind(kind).push_bind(value);
                });
                q.build().execute(&mut *conn).await?;
            }
            if !p.sites.is_empty() {
                let mut q = QueryBuilder::<$db>::new(
                    "INSERT INTO sites (project_id, ord, label, lat, lon, loc_precision, radius_km, nation) ",
                );
                q.push_values(p.sites.iter().enumerate(), |mut b, (i, s)| {
                    b.push_bind(id)
                        .push_bind(i as i32)
                        .push_bind(s.label.clone())
                        .push_bind(s.lat)
                        .push_bind(s.lon)
                        .push_bind(s.precision.slug())
                        .push_bind(s.radius_km)
                        .push_bind(s.nation.slug());
                });
                q.build().execute(&mut *conn).await?;
            }
            if !p.sessions.is_empty() {
                let mut q = QueryBuilder::<$db>::new(
                    "INSERT INTO sessions (project_id, ord, site_label, frequency, repeat_interval, day, \
                     week_of_month, opens, closes, valid_from, valid_until, note) ",
                );
                q.push_values(p.sessions.iter().enumerate(), |mut b, (i, s)| {
                    b.push_bind(id)
                        .push_bind(i as i32)
                        .push_bind(s.site.clone())
                        .push_bind(s.frequency.slug())
                        .push_bind(i32::from(s.interval))
                        .push_bind(s.day.slug())
                        .push_bind(s.week_of_month.map(i32::from))
                        .push_bind(s.opens)
                        .push_bind(s.closes)
                        .push_bind(s.valid_from)
                        .push_bind(s.valid_until)
                        .push_bind(s.note.clone());
                });
                q.build().execute(&mut *conn).await?;
            }
            if !p.reflections.is_empty() {
                let mut q = QueryBuilder::<$db>::new(
                    "INSERT INTO reflections (project_id, principle, status, how, evidence, next_steps, published_on) ",
                );
                q.push_values(p.reflections.iter(), |mut b, r| {
                    b.push_bind(id)
                        .push_bind(r.principle.slug())
                        .push_bind(r.status.slug())
                        .push_bind(r.how.clone())
                        .push_bind(r.evidence.clone())
                        .push_bind(r.next_steps.clone())
                        .push_bind(r.published_on);
                });
                q.build().execute(&mut *conn).await?;
            }
            Ok(id)
        }

        /// Saves one project inside an open transaction, with its history.
        async fn save_in(
            conn: &mut <$db as sqlx::Database>::Connection,
            p: &Project,
            actor: &str,
            synthetic: bool,
        ) -> Result<SaveOutcome, StoreError> {
            let now = chrono::Utc::now();
            let old = if synthetic { None } else { find(&mut *conn, p.slug.as_str()).await? };
            let old = match (old, synthetic) {
                (None, true) => {
                    let mut q = QueryBuilder::<$db>::new("SELECT id FROM projects WHERE slug = ");
                    q.push_bind(p.slug.to_string());
                    q.build_query_scalar::<i64>()
                        .fetch_optional(&mut *conn)
                        .await?
                        .map(|id| Stored { id, project: p.clone() })
                }
                (old, _) => old,
            };
            let changes = super::field_changes(old.as_ref().map(|s| &s.project), p);
            if old.is_some() && changes.is_empty() {
                return Ok(SaveOutcome::Unchanged);
            }
            let id = write(&mut *conn, old.as_ref().map(|s| s.id), p, synthetic, now).await?;
            if synthetic {
                // Synthetic listings exist only to measure; they keep no history.
                return Ok(if old.is_none() { SaveOutcome::Created } else { SaveOutcome::Unchanged });
            }
            let history: Vec<_> = if old.is_none() {
                vec![("created".to_string(), None, serde_json::to_string(p).ok())]
            } else {
                changes.clone()
            };
            let mut q = QueryBuilder::<$db>::new(
                "INSERT INTO project_history (project_id, at, actor, field, old_value, new_value) ",
            );
            q.push_values(history, |mut b, (field, old_value, new_value)| {
                b.push_bind(id)
                    .push_bind(now)
                    .push_bind(actor.to_string())
                    .push_bind(field)
                    .push_bind(old_value)
                    .push_bind(new_value);
            });
            q.build().execute(&mut *conn).await?;
            Ok(match old {
                None => SaveOutcome::Created,
                Some(_) => SaveOutcome::Updated { fields: changes.into_iter().map(|c| c.0).collect() },
            })
        }

        #[async_trait::async_trait]
        impl Store for $store {
            fn backend(&self) -> &'static str {
                $backend
            }

            async fn ping(&self) -> Result<(), StoreError> {
                sqlx::query("SELECT 1").execute(&self.pool).await?;
                Ok(())
            }

            async fn list(&self, filter: &ProjectFilter, page: Page) -> Result<(Vec<Project>, u64), StoreError> {
                let mut conn = self.pool.acquire().await?;
                let where_clause = "FROM projects p WHERE p.status = 'published' AND p.synthetic = FALSE";
                let mut count = QueryBuilder::<$db>::new(format!("SELECT COUNT(*) {where_clause}"));
                push_filter(&mut count, filter);
                let total: i64 = count.build_query_scalar().fetch_one(&mut *conn).await?;

                let mut q = QueryBuilder::<$db>::new(format!("SELECT {PROJECT_COLUMNS} {where_clause}"));
                push_filter(&mut q, filter);
                q.push(" ORDER BY p.name, p.id LIMIT ");
                q.push_bind(i64::from(page.size));
                q.push(" OFFSET ");
                q.push_bind(page.offset());
                let rows = q.build_query_as::<ProjectRow>().fetch_all(&mut *conn).await?;
                let projects = load(&mut conn, rows).await?.into_iter().map(|s| s.project).collect();
                Ok((projects, total as u64))
            }

            async fn all_published(&self) -> Result<Vec<Stored>, StoreError> {
                let mut conn = self.pool.acquire().await?;
                let rows = QueryBuilder::<$db>::new(format!(
                    "SELECT {PROJECT_COLUMNS} FROM projects p WHERE p.status = 'published' ORDER BY p.id"
                ))
                .build_query_as::<ProjectRow>()
                .fetch_all(&mut *conn)
                .await?;
                load(&mut conn, rows).await
            }

            async fn get(&self, slug: &Slug) -> Result<Option<Stored>, StoreError> {
                let mut conn = self.pool.acquire().await?;
                find(&mut conn, slug.as_str()).await
            }

            async fn save(&self, project: &Project, actor: &str, synthetic: bool) -> Result<SaveOutcome, StoreError> {
                let mut tx = self.pool.begin().await?;
                let outcome = save_in(&mut tx, project, actor, synthetic).await?;
                tx.commit().await?;
                Ok(outcome)
            }

            async fn save_many(
                &self,
                projects: &[Project],
                actor: &str,
                synthetic: bool,
            ) -> Result<Vec<SaveOutcome>, StoreError> {
                let mut tx = self.pool.begin().await?;
                let mut out = Vec::with_capacity(projects.len());
                for p in projects {
                    out.push(save_in(&mut tx, p, actor, synthetic).await?);
                }
                tx.commit().await?;
                Ok(out)
            }

            async fn history(&self, slug: &Slug) -> Result<Vec<HistoryEntry>, StoreError> {
                let mut q = QueryBuilder::<$db>::new(
                    "SELECT h.at, h.actor, h.field, h.old_value, h.new_value FROM project_history h \
                     JOIN projects p ON p.id = h.project_id WHERE p.slug = ",
                );
                q.push_bind(slug.to_string());
                q.push(" ORDER BY h.id");
                let rows: Vec<(chrono::DateTime<chrono::Utc>, String, String, Option<String>, Option<String>)> =
                    q.build_query_as().fetch_all(&self.pool).await?;
                Ok(rows
                    .into_iter()
                    .map(|(at, actor, field, old_value, new_value)| HistoryEntry {
                        at,
                        actor,
                        field,
                        old_value,
                        new_value,
                    })
                    .collect())
            }

            async fn counts(&self) -> Result<Counts, StoreError> {
                let (real, synthetic): (i64, i64) = sqlx::query_as(
                    "SELECT COALESCE(SUM(CASE WHEN synthetic THEN 0 ELSE 1 END), 0), \
                     COALESCE(SUM(CASE WHEN synthetic THEN 1 ELSE 0 END), 0) FROM projects",
                )
                .fetch_one(&self.pool)
                .await?;
                Ok(Counts { real: real as u64, synthetic: synthetic as u64 })
            }

            async fn create_shortlist(&self, s: &Shortlist) -> Result<bool, StoreError> {
                let slugs: Vec<&str> = s.slugs.iter().map(|slug| slug.as_str()).collect();
                let slugs = serde_json::to_string(&slugs).map_err(|e| StoreError::Corrupt(e.to_string()))?;
                let mut q = QueryBuilder::<$db>::new(
                    "INSERT INTO shortlists (code, created_at, place, nation, slugs) VALUES (",
                );
                q.separated(", ")
                    .push_bind(s.code.clone())
                    .push_bind(s.created_at)
                    .push_bind(s.place.clone())
                    .push_bind(s.nation.slug())
                    .push_bind(slugs);
                q.push(") ON CONFLICT (code) DO NOTHING");
                let done = q.build().execute(&self.pool).await?;
                Ok(done.rows_affected() == 1)
            }

            async fn shortlist(&self, code: &str) -> Result<Option<Shortlist>, StoreError> {
                let mut q = QueryBuilder::<$db>::new(
                    "SELECT code, created_at, place, nation, slugs FROM shortlists WHERE code = ",
                );
                q.push_bind(code.to_string());
                let row: Option<(String, chrono::DateTime<chrono::Utc>, String, String, String)> =
                    q.build_query_as().fetch_optional(&self.pool).await?;
                let Some((code, created_at, place, nation, slugs)) = row else {
                    return Ok(None);
                };
                let corrupt = |what: &str| StoreError::Corrupt(format!("shortlist {code}: {what}"));
                let nation = nation.parse().map_err(|_| corrupt("nation"))?;
                let texts: Vec<String> = serde_json::from_str(&slugs).map_err(|_| corrupt("slugs"))?;
                let slugs = texts
                    .iter()
                    .map(|t| Slug::parse(t).map_err(|_| corrupt("slug")))
                    .collect::<Result<Vec<_>, _>>()?;
                Ok(Some(Shortlist { code, created_at, place, nation, slugs }))
            }
        }
    };
}

pub(crate) use impl_store;
