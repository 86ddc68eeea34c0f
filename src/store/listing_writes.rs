//! Writing a listing, written once for both backends: the project row, its child rows,
//! and a history entry per changed field, all inside the caller's transaction.

pub(crate) const INSERT_HISTORY: &str = "INSERT INTO project_history (project_id, at, actor, field, \
    old_value, new_value) ";

/// Defines, for one backend, `save_in`: saves a project on a connection inside a
/// transaction. Needs `find` from [`listing_reads`](super::listing_sql::listing_reads).
macro_rules! listing_writes {
    ($db:ty) => {
        use crate::domain::{Project, field_changes};
        use crate::store::SaveOutcome;
        use crate::store::listing_sql::{DELETE_CHILDREN, ID_BY_SLUG, INSERT_PROJECT, UPDATE_PROJECT};
        use crate::store::listing_writes::INSERT_HISTORY;

        /// Writes the project row (new when `id` is `None`); returns the project id.
        async fn write_row(
            conn: &mut <$db as sqlx::Database>::Connection,
            id: Option<i64>,
            p: &Project,
            synthetic: bool,
            now: chrono::DateTime<chrono::Utc>,
        ) -> Result<i64, StoreError> {
            let e = &p.eligibility;
            let q = sqlx::query_scalar::<_, i64>(if id.is_none() { INSERT_PROJECT } else { UPDATE_PROJECT });
            let q = q
                .bind(p.slug.to_string()).bind(&p.name).bind(&p.organisation).bind(&p.summary)
                .bind(&p.description).bind(&p.cost).bind(&p.contact.website).bind(&p.contact.email)
                .bind(&p.contact.phone).bind(&p.schedule_note).bind(e.pregnancy)
                .bind(e.after_birth.map(|a| a.slug())).bind(e.min_age.map(i32::from))
                .bind(e.max_age.map(i32::from)).bind(&e.note).bind(p.status.slug()).bind(p.verified)
                .bind(p.last_confirmed).bind(&p.source).bind(synthetic).bind(now);
            // The Welsh words come after the row's id (`$22`) in an update.
            match id {
                None => Ok(q
                    .bind(&p.name_cy).bind(&p.summary_cy).bind(&p.description_cy)
                    .fetch_one(&mut *conn).await?),
                Some(id) => {
                    q.bind(id).bind(&p.name_cy).bind(&p.summary_cy).bind(&p.description_cy)
                        .fetch_optional(&mut *conn).await?;
                    for sql in DELETE_CHILDREN {
                        sqlx::query(sql).bind(id).execute(&mut *conn).await?;
                    }
                    Ok(id)
                }
            }
        }

        /// Inserts the tags, sites, sessions, reflections and fact sources of project `id`.
        async fn write_children(
            conn: &mut <$db as sqlx::Database>::Connection,
            id: i64,
            p: &Project,
        ) -> Result<(), StoreError> {
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
                    b.push_bind(id).push_bind(i as i32).push_bind(s.label.clone()).push_bind(s.lat).push_bind(s.lon)
                        .push_bind(s.precision.slug()).push_bind(s.radius_km).push_bind(s.nation.slug());
                });
                q.build().execute(&mut *conn).await?;
            }
            if !p.sessions.is_empty() {
                let mut q = QueryBuilder::<$db>::new(
                    "INSERT INTO sessions (project_id, ord, site_label, frequency, repeat_interval, day, \
                     week_of_month, opens, closes, valid_from, valid_until, note) ",
                );
                q.push_values(p.sessions.iter().enumerate(), |mut b, (i, s)| {
                    b.push_bind(id).push_bind(i as i32).push_bind(s.site.clone()).push_bind(s.frequency.slug())
                        .push_bind(i32::from(s.interval)).push_bind(s.day.slug()).push_bind(s.week_of_month.map(i32::from))
                        .push_bind(s.opens).push_bind(s.closes).push_bind(s.valid_from).push_bind(s.valid_until)
                        .push_bind(s.note.clone());
                });
                q.build().execute(&mut *conn).await?;
            }
            if !p.reflections.is_empty() {
                let mut q = QueryBuilder::<$db>::new(
                    "INSERT INTO reflections (project_id, principle, status, how, evidence, next_steps, published_on) ",
                );
                q.push_values(p.reflections.iter(), |mut b, r| {
                    b.push_bind(id).push_bind(r.principle.slug()).push_bind(r.status.slug()).push_bind(r.how.clone())
                        .push_bind(r.evidence.clone()).push_bind(r.next_steps.clone()).push_bind(r.published_on);
                });
                q.build().execute(&mut *conn).await?;
            }
            if !p.sources.is_empty() {
                let mut q = QueryBuilder::<$db>::new("INSERT INTO fact_sources (project_id, ord, fact, url) ");
                q.push_values(p.sources.iter().enumerate(), |mut b, (i, s)| {
                    b.push_bind(id).push_bind(i as i32).push_bind(s.fact.clone()).push_bind(s.url.clone());
                });
                q.build().execute(&mut *conn).await?;
            }
            Ok(())
        }

        /// Keeps each published reflection as its year's (`reflection_years`), so a year's
        /// stays readable after the next year's is published.
        async fn keep_years(
            conn: &mut <$db as sqlx::Database>::Connection,
            id: i64,
            p: &Project,
        ) -> Result<(), StoreError> {
            use chrono::Datelike;
            for r in &p.reflections {
                let Some(on) = r.published_on else { continue };
                sqlx::query(crate::store::assurance::KEEP_YEAR)
                    .bind(id).bind(on.year()).bind(r.principle.slug()).bind(r.status.slug())
                    .bind(&r.how).bind(&r.evidence).bind(&r.next_steps).bind(on)
                    .execute(&mut *conn).await?;
            }
            Ok(())
        }

        /// Saves one project inside an open transaction, with a history entry per changed
        /// field (synthetic listings keep none: they exist only to measure).
        pub(crate) async fn save_in(
            conn: &mut <$db as sqlx::Database>::Connection,
            p: &Project,
            actor: &str,
            synthetic: bool,
        ) -> Result<SaveOutcome, StoreError> {
            let now = chrono::Utc::now();
            let old = if synthetic {
                let id: Option<i64> = sqlx::query_scalar(ID_BY_SLUG).bind(p.slug.as_str()).fetch_optional(&mut *conn).await?;
                id.map(|id| Stored { id, project: p.clone() })
            } else {
                find(&mut *conn, p.slug.as_str()).await?
            };
            let changes = field_changes(old.as_ref().map(|s| &s.project), p);
            if old.is_some() && changes.is_empty() {
                return Ok(SaveOutcome::Unchanged);
            }
            let id = write_row(&mut *conn, old.as_ref().map(|s| s.id), p, synthetic, now).await?;
            write_children(&mut *conn, id, p).await?;
            give_uuids(&mut *conn, id, p, old.is_none()).await?;
            if synthetic {
                return Ok(if old.is_none() { SaveOutcome::Created } else { SaveOutcome::Unchanged });
            }
            keep_years(&mut *conn, id, p).await?;
            let history = match old {
                None => vec![("created".to_string(), None, Some(serde_json::to_string(p)?))],
                Some(_) => changes.clone(),
            };
            let mut q = QueryBuilder::<$db>::new(INSERT_HISTORY);
            q.push_values(history, |mut b, (field, old_value, new_value)| {
                b.push_bind(id).push_bind(now).push_bind(actor.to_string()).push_bind(field)
                    .push_bind(old_value).push_bind(new_value);
            });
            q.build().execute(&mut *conn).await?;
            Ok(match old {
                None => SaveOutcome::Created,
                Some(_) => SaveOutcome::Updated { fields: changes.into_iter().map(|c| c.0).collect() },
            })
        }
    };
}

pub(crate) use listing_writes;
