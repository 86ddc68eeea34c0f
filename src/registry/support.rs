//! Support between projects: what a project offers others, finding the nearest offers of
//! a kind with the same H3 nearest-site index as search, and asking to connect (a message
//! relayed by e-mail through the outbox; no address is shown to the one who asks).

use super::{Registry, RegistryError};
use crate::domain::community::Account;
use crate::domain::support::{FoundOffer, SupportKind, SupportOffer};
use crate::domain::{LatLng, Project, Refusal, Slug};
use crate::index::{Filter, NearestIndex, Site};
use crate::mail::letters;

/// How many in-person offers the finder shows.
pub const NEAREST: usize = 10;

/// The offers of `kind` among `all`: the in-person ones nearest `from` (at most `k`,
/// nearest first), then the online ones (by name). `brute` scans every offer instead of
/// searching the index (the reference in tests).
pub fn find_offers(
    all: Vec<(Slug, String, SupportOffer)>,
    kind: SupportKind,
    from: LatLng,
    k: usize,
    brute: bool,
) -> (Vec<FoundOffer>, Vec<FoundOffer>) {
    let of_kind: Vec<(Slug, String, SupportOffer)> =
        all.into_iter().filter(|(_, _, o)| o.kind == kind).collect();
    let sites: Vec<Site> = of_kind
        .iter()
        .enumerate()
        .filter_map(|(i, (_, _, o))| {
            o.place.as_ref().map(|p| Site {
                id: i as u32,
                project: i as u32,
                lat: p.location.lat(),
                lon: p.location.lon(),
                mask: kind.bit(),
            })
        })
        .collect();
    let index = NearestIndex::build(sites);
    let filter = Filter {
        groups: vec![kind.bit()],
    };
    let hits = if brute {
        index.brute_force(from.lat(), from.lon(), k, &filter, None)
    } else {
        index.nearest(from.lat(), from.lon(), k, &filter, None)
    };
    let found = |i: usize, distance_m: Option<f64>| {
        let (project, name, offer) = of_kind[i].clone();
        FoundOffer {
            project,
            name,
            offer,
            distance_m,
        }
    };
    let near = hits
        .iter()
        .map(|h| found(h.project as usize, Some(h.distance_m)))
        .collect();
    let mut online: Vec<FoundOffer> = (0..of_kind.len())
        .filter(|i| of_kind[*i].2.online)
        .map(|i| found(i, None))
        .collect();
    online.sort_by(|a, b| a.name.cmp(&b.name));
    (near, online)
}

impl Registry {
    /// What `project` offers other projects.
    pub async fn support_offers(
        &self,
        project: &Project,
    ) -> Result<Vec<SupportOffer>, RegistryError> {
        Ok(self.store.support_offers_of(&project.slug).await?)
    }

    /// Replaces what `project` offers, for `account` (one of its keepers), with the
    /// change in its history.
    pub async fn set_support_offers(
        &self,
        project: &Project,
        account: &Account,
        offers: &[SupportOffer],
    ) -> Result<(), RegistryError> {
        self.store
            .set_support_offers(&project.slug, offers, &account.email, self.clock.now())
            .await?;
        Ok(())
    }

    /// The nearest in-person offers of `kind` to `from`, then the online ones.
    pub async fn find_support(
        &self,
        kind: SupportKind,
        from: LatLng,
    ) -> Result<(Vec<FoundOffer>, Vec<FoundOffer>), RegistryError> {
        let all = self.store.all_support_offers().await?;
        Ok(find_offers(all, kind, from, NEAREST, false))
    }

    /// `asking` (kept by `account`) asks `offering` to connect about `kind`: in one
    /// transaction, an e-mail to each keeper of `offering` with the message and the
    /// address to answer to. Refused when `offering` does not offer `kind`, or has nobody
    /// to write to.
    pub async fn ask_to_connect(
        &self,
        offering: &Project,
        asking: &Project,
        account: &Account,
        kind: SupportKind,
        message: &str,
    ) -> Result<(), RegistryError> {
        let tx = self.store.begin().await?;
        let offers = tx.support_offers_of(&offering.slug).await?;
        if !offers.iter().any(|o| o.kind == kind) {
            return Err(RegistryError::NotFound(Refusal::NotOffered {
                name: offering.name.clone(),
                kind,
            }));
        }
        let to = tx.maintainer_addresses(offering.slug.as_str()).await?;
        if to.is_empty() {
            return Err(RegistryError::Conflict(Refusal::NobodyKeeps {
                name: offering.name.clone(),
            }));
        }
        let key = format!(
            "connect:{}:{}:{}",
            asking.slug,
            offering.slug,
            self.clock.now().timestamp_millis()
        );
        super::notices::to_each(tx.as_ref(), &to, &key, |lang| {
            letters::connect_asked(
                self.origin(),
                &offering.name,
                &asking.name,
                asking.slug.as_str(),
                // The kind's name in the keeper's language (`support-kind-*`).
                &lang.t(&format!("support-kind-{}", kind.slug())),
                message,
                &account.email,
                lang,
            )
        })
        .await?;
        tx.commit().await?;
        Ok(())
    }
}
