//! [`Moderation`](super::Moderation) for each backend type, over the statements in
//! [`moderation`](super::moderation).

/// Implements `Moderation` for each `$t` (with `read()`/`write()` scopes).
macro_rules! impl_moderation {
    ($($t:ty),+) => {$(
        #[async_trait::async_trait]
        impl crate::store::Moderation for $t {
            #[tracing::instrument(skip_all)]
            async fn create_claim(&self, account: i64, project: Option<&Slug>, proposal: Option<&Project>, statement: &str) -> Result<i64, StoreError> {
                let kind = if proposal.is_some() { "propose" } else { "claim" };
                let proposal = proposal.map(serde_json::to_string).transpose()?;
                let mut c = self.write().await?;
                let id = sqlx::query_scalar(moderation::CREATE_CLAIM)
                    .bind(kind).bind(account).bind(project.map(Slug::as_str)).bind(proposal).bind(statement).bind(Utc::now())
                    .fetch_one(&mut *c).await?;
                c.done().await?;
                Ok(id)
            }

            #[tracing::instrument(skip_all)]
            async fn propose_imported(&self, account: i64, proposal: &Project, statement: &str, ids: &crate::store::FeedIds) -> Result<i64, StoreError> {
                let (proposal, ids) = (serde_json::to_string(proposal)?, serde_json::to_string(ids)?);
                let mut c = self.write().await?;
                let id = sqlx::query_scalar(moderation::CREATE_IMPORTED_CLAIM)
                    .bind(account).bind(proposal).bind(statement).bind(Utc::now()).bind(ids)
                    .fetch_one(&mut *c).await?;
                c.done().await?;
                Ok(id)
            }

            #[tracing::instrument(skip_all)]
            async fn feed_ids(&self, id: i64) -> Result<Option<crate::store::FeedIds>, StoreError> {
                let mut c = self.read().await?;
                let text: Option<Option<String>> = sqlx::query_scalar(moderation::FEED_IDS_OF_CLAIM).bind(id).fetch_optional(&mut *c).await?;
                c.done().await?;
                Ok(text.flatten().map(|t| serde_json::from_str(&t)).transpose()?)
            }

            #[tracing::instrument(skip_all)]
            async fn taken_feed_ids(&self, ids: &crate::store::FeedIds) -> Result<Vec<uuid::Uuid>, StoreError> {
                let asks = ids.service.iter().map(|u| (moderation::PROJECT_UUID_TAKEN, *u))
                    .chain(ids.sites.iter().map(|(_, u)| (moderation::SITE_UUID_TAKEN, *u)));
                let mut taken = Vec::new();
                let mut c = self.read().await?;
                for (sql, u) in asks {
                    let n: i64 = sqlx::query_scalar(sql).bind(u.to_string()).fetch_one(&mut *c).await?;
                    if n > 0 {
                        taken.push(u);
                    }
                }
                c.done().await?;
                Ok(taken)
            }

            #[tracing::instrument(skip_all)]
            async fn adopt_feed_ids(&self, project: &Slug, ids: &crate::store::FeedIds) -> Result<(), StoreError> {
                let mut c = self.write().await?;
                if let Some(u) = ids.service {
                    sqlx::query(moderation::ADOPT_PROJECT_UUID).bind(u.to_string()).bind(project.as_str()).execute(&mut *c).await?;
                }
                for (label, u) in &ids.sites {
                    sqlx::query(moderation::ADOPT_SITE_UUID).bind(u.to_string()).bind(project.as_str()).bind(label.as_str())
                        .execute(&mut *c).await?;
                }
                Ok(c.done().await?)
            }

            #[tracing::instrument(skip_all)]
            async fn claims(&self, pending_only: bool) -> Result<Vec<Claim>, StoreError> {
                let sql = if pending_only { moderation::PENDING_CLAIMS } else { moderation::ALL_CLAIMS };
                let mut c = self.read().await?;
                let found: Vec<ClaimRow> = sqlx::query_as(sql).fetch_all(&mut *c).await?;
                c.done().await?;
                all(found)
            }

            #[tracing::instrument(skip_all)]
            async fn claims_of(&self, account: i64) -> Result<Vec<Claim>, StoreError> {
                let mut c = self.read().await?;
                let found: Vec<ClaimRow> = sqlx::query_as(moderation::CLAIMS_OF).bind(account).fetch_all(&mut *c).await?;
                c.done().await?;
                all(found)
            }

            #[tracing::instrument(skip_all)]
            async fn claim(&self, id: i64) -> Result<Option<Claim>, StoreError> {
                let mut c = self.read().await?;
                let row: Option<ClaimRow> = sqlx::query_as(moderation::CLAIM_BY_ID).bind(id).fetch_optional(&mut *c).await?;
                c.done().await?;
                row.map(Claim::try_from).transpose()
            }

            #[tracing::instrument(skip_all)]
            async fn decide_claim(&self, id: i64, decision: Decision, reason: Option<&str>, moderator: i64, project: Option<&Slug>) -> Result<bool, StoreError> {
                let mut c = self.write().await?;
                let done = sqlx::query(moderation::DECIDE_CLAIM)
                    .bind(decision.slug()).bind(reason).bind(Utc::now()).bind(moderator).bind(project.map(Slug::as_str)).bind(id)
                    .execute(&mut *c).await?;
                c.done().await?;
                Ok(done.rows_affected() == 1)
            }

            #[tracing::instrument(skip_all)]
            async fn add_maintainer(&self, project: &Slug, account: i64) -> Result<(), StoreError> {
                let mut c = self.write().await?;
                sqlx::query(moderation::ADD_MAINTAINER).bind(project.as_str()).bind(account).bind(Utc::now()).execute(&mut *c).await?;
                Ok(c.done().await?)
            }

            #[tracing::instrument(skip_all)]
            async fn maintainer_of(&self, project: &Slug, account: i64) -> Result<Option<bool>, StoreError> {
                let mut c = self.read().await?;
                let trusted = sqlx::query_scalar(moderation::MAINTAINER_OF).bind(project.as_str()).bind(account).fetch_optional(&mut *c).await?;
                c.done().await?;
                Ok(trusted)
            }

            #[tracing::instrument(skip_all)]
            async fn has_maintainers(&self, project: &Slug) -> Result<bool, StoreError> {
                let mut c = self.read().await?;
                let count: i64 = sqlx::query_scalar(moderation::COUNT_MAINTAINERS).bind(project.as_str()).fetch_one(&mut *c).await?;
                c.done().await?;
                Ok(count > 0)
            }

            #[tracing::instrument(skip_all)]
            async fn set_trusted(&self, project: &Slug, account: i64) -> Result<(), StoreError> {
                let mut c = self.write().await?;
                sqlx::query(moderation::SET_TRUSTED).bind(account).bind(project.as_str()).execute(&mut *c).await?;
                Ok(c.done().await?)
            }

            #[tracing::instrument(skip_all)]
            async fn projects_of(&self, account: i64) -> Result<Vec<(Slug, String)>, StoreError> {
                let mut c = self.read().await?;
                let found: Vec<(String, String)> = sqlx::query_as(moderation::PROJECTS_OF).bind(account).fetch_all(&mut *c).await?;
                c.done().await?;
                found.into_iter().map(|(s, name)| Ok((slug(&s)?, name))).collect()
            }

            #[tracing::instrument(skip_all)]
            async fn submit_edit(&self, project: &Slug, account: i64, proposal: &Project, base: &Project) -> Result<i64, StoreError> {
                let (proposal, base) = (serde_json::to_string(proposal)?, serde_json::to_string(base)?);
                let mut c = self.write().await?;
                let id = sqlx::query_scalar(moderation::SUBMIT_EDIT)
                    .bind(project.as_str()).bind(account).bind(proposal).bind(base).bind(Utc::now())
                    .fetch_one(&mut *c).await?;
                c.done().await?;
                Ok(id)
            }

            #[tracing::instrument(skip_all)]
            async fn pending_edits(&self) -> Result<Vec<PendingEdit>, StoreError> {
                let mut c = self.read().await?;
                let found: Vec<EditRow> = sqlx::query_as(moderation::PENDING_EDITS).fetch_all(&mut *c).await?;
                c.done().await?;
                all(found)
            }

            #[tracing::instrument(skip_all)]
            async fn pending_edits_of(&self, account: i64) -> Result<Vec<PendingEdit>, StoreError> {
                let mut c = self.read().await?;
                let found: Vec<EditRow> = sqlx::query_as(moderation::PENDING_EDITS_OF).bind(account).fetch_all(&mut *c).await?;
                c.done().await?;
                all(found)
            }

            #[tracing::instrument(skip_all)]
            async fn pending_edit(&self, id: i64) -> Result<Option<PendingEdit>, StoreError> {
                let mut c = self.read().await?;
                let row: Option<EditRow> = sqlx::query_as(moderation::EDIT_BY_ID).bind(id).fetch_optional(&mut *c).await?;
                c.done().await?;
                row.map(PendingEdit::try_from).transpose()
            }

            #[tracing::instrument(skip_all)]
            async fn decide_edit(&self, id: i64, decision: Decision, reason: Option<&str>, moderator: i64) -> Result<bool, StoreError> {
                let mut c = self.write().await?;
                let done = sqlx::query(moderation::DECIDE_EDIT)
                    .bind(decision.slug()).bind(reason).bind(Utc::now()).bind(moderator).bind(id)
                    .execute(&mut *c).await?;
                c.done().await?;
                Ok(done.rows_affected() == 1)
            }

            #[tracing::instrument(skip_all)]
            async fn create_report(&self, project: &Slug, kind: ReportKind, detail: &str) -> Result<i64, StoreError> {
                let mut c = self.write().await?;
                let id = sqlx::query_scalar(moderation::CREATE_REPORT)
                    .bind(project.as_str()).bind(kind.slug()).bind(detail).bind(Utc::now())
                    .fetch_one(&mut *c).await?;
                c.done().await?;
                Ok(id)
            }

            #[tracing::instrument(skip_all)]
            async fn reports(&self, open_only: bool) -> Result<Vec<Report>, StoreError> {
                let sql = if open_only { moderation::OPEN_REPORTS } else { moderation::ALL_REPORTS };
                let mut c = self.read().await?;
                let found: Vec<ReportRow> = sqlx::query_as(sql).fetch_all(&mut *c).await?;
                c.done().await?;
                all(found)
            }

            #[tracing::instrument(skip_all)]
            async fn resolve_report(&self, id: i64, moderator: i64, note: &str) -> Result<bool, StoreError> {
                let mut c = self.write().await?;
                let done = sqlx::query(moderation::RESOLVE_REPORT).bind(note).bind(Utc::now()).bind(moderator).bind(id).execute(&mut *c).await?;
                c.done().await?;
                Ok(done.rows_affected() == 1)
            }

            #[tracing::instrument(skip_all)]
            async fn recent_history(&self, limit: i64) -> Result<Vec<(Slug, HistoryEntry)>, StoreError> {
                let mut c = self.read().await?;
                let found: Vec<SlugHistoryRow> = sqlx::query_as(moderation::RECENT_HISTORY).bind(limit).fetch_all(&mut *c).await?;
                c.done().await?;
                all(found)
            }
        }
    )+};
}

pub(crate) use impl_moderation;
