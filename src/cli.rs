//! The `peermap` command line.

use crate::config::Config;
use crate::domain::Taxonomy;
use crate::web::state::AppState;
use crate::{seed, store};
use anyhow::Context;
use clap::{Parser, Subcommand};
use std::path::PathBuf;

#[derive(Debug, Parser)]
#[command(
    name = "peermap",
    version,
    about = "A directory and map of perinatal mental health peer support in the UK"
)]
pub struct Cli {
    #[command(flatten)]
    pub config: Config,
    #[command(subcommand)]
    pub command: Option<Command>,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Serve the website and API (the default). An empty database is filled from data/.
    Serve,
    /// Load a JSON array of projects, updating existing ones by slug; bad records are
    /// reported and skipped, good ones kept.
    Import {
        /// The JSON file to load
        file: PathBuf,
    },
    /// Manage moderators: `peermap moderator add EMAIL` makes an existing account a moderator
    Moderator {
        #[command(subcommand)]
        action: ModeratorAction,
    },
    /// List the e-mail in the outbox, oldest first: to whom, the subject, the links in it,
    /// and whether it was sent (with no SMTP server configured, messages wait here)
    Outbox,
    /// Write a consistent copy of the SQLite database to FILE, safe while the server is
    /// serving (for PostgreSQL, use pg_dump: see "Backups" in the README)
    Backup {
        /// Where to write the copy; it must not exist
        file: PathBuf,
    },
    /// Replace the SQLite database with the backup FILE, after checking it is a whole
    /// peermap database. Stop the server first; `peermap serve` then applies any newer
    /// migrations
    Restore {
        /// A copy written by `peermap backup`
        file: PathBuf,
    },
    /// Write the Open Referral UK feed as files into DIR (`index.json`, each list as
    /// `NAME/page-N.json`, each record as `NAME/ID.json`)
    ExportOruk {
        /// The directory to write (made if missing; files in it are replaced)
        dir: PathBuf,
        /// The feed's absolute address, for `index.json` (default: PEERMAP_ORIGIN's)
        #[arg(long)]
        base: Option<String>,
    },
    /// Read another directory's Open Referral UK 3.0 feed (a JSON file, a directory from
    /// `export-oruk`, or an API's http(s) address) into the moderation queue
    ImportOruk {
        /// A file, a directory, or the base address of an ORUK 3.0 API
        source: String,
    },
    /// Write a synthetic registry for benchmarks only (refused if the database holds real listings)
    Synth {
        /// How many sites to make (in projects of 4 sites)
        #[arg(long)]
        sites: usize,
        /// Random seed: the same seed makes the same registry
        #[arg(long, default_value_t = 1)]
        seed: u64,
    },
}

#[derive(Debug, Subcommand)]
pub enum ModeratorAction {
    /// Make the account with this e-mail address a moderator (it must have signed up)
    Add { email: String },
    /// List the moderators' e-mail addresses
    List,
    /// Make this moderator an ordinary account again (it keeps the listings it maintains)
    Remove { email: String },
}

/// Runs the command line.
pub async fn run(cli: Cli) -> anyhow::Result<()> {
    let taxonomy = Taxonomy::bundled();
    match cli.command {
        // These two copy files: they never open (and so create or migrate) the database.
        Some(Command::Backup { file }) => backup(&cli.config, &file).await,
        Some(Command::Restore { file }) => restore(&cli.config, &file).await,
        Some(Command::Import { file }) => {
            let store = open(&cli.config).await?;
            let text = std::fs::read_to_string(&file)
                .with_context(|| format!("could not read {}", file.display()))?;
            let report = seed::import(store.as_ref(), &text, &taxonomy, "peermap import").await?;
            for line in report.lines() {
                println!("{line}");
            }
            Ok(())
        }
        Some(Command::Moderator { action }) => {
            let store = open(&cli.config).await?;
            moderator(store.as_ref(), action).await
        }
        Some(Command::Outbox) => {
            let store = open(&cli.config).await?;
            let queued = store.outbox().await?;
            if queued.is_empty() {
                println!("the outbox is empty");
            }
            for q in &queued {
                for line in crate::mail::listing::describe(q) {
                    println!("{line}");
                }
            }
            Ok(())
        }
        Some(Command::ExportOruk { dir, base }) => {
            let store = open(&cli.config).await?;
            let base = base.unwrap_or_else(|| {
                let origin = crate::web::origin::link_origin(&cli.config)
                    .unwrap_or_else(|| "http://localhost".into());
                format!("{origin}{}", crate::web::oruk::BASE)
            });
            let listings = store.feed().await?;
            let done = crate::oruk::export::write(&dir, &listings, &taxonomy, &base)?;
            println!(
                "wrote {} files ({} services) to {}",
                done.files,
                done.services,
                dir.display()
            );
            Ok(())
        }
        Some(Command::ImportOruk { source }) => {
            let store = open(&cli.config).await?;
            let geocoder = crate::geocode::Geocoder::bundled()?;
            let fetched = chrono::Utc::now();
            let records = crate::oruk::import_source::read(&source).await?;
            let crosswalk = crate::oruk::import_map::Crosswalk::bundled();
            let report = crate::oruk::import::import(
                store.as_ref(),
                records,
                &source,
                fetched,
                &crosswalk,
                &taxonomy,
                &geocoder,
            )
            .await?;
            for line in report.lines() {
                println!("{line}");
            }
            Ok(())
        }
        Some(Command::Synth { sites, seed }) => {
            let store = open(&cli.config).await?;
            let projects = crate::synth::write(store.as_ref(), sites, seed).await?;
            println!("wrote {projects} synthetic projects with {sites} sites (seed {seed})");
            Ok(())
        }
        Some(Command::Serve) | None => {
            let store = open(&cli.config).await?;
            let listen = cli.config.listen;
            if let Some(report) = seed::seed_if_empty(store.as_ref(), &taxonomy).await? {
                tracing::info!(
                    "filled the empty database from data/: {}",
                    report.lines()[0]
                );
            }
            let sender = crate::mail::sender::from_config(&store, &cli.config)?;
            let poll = std::time::Duration::from_millis(cli.config.feed_poll_ms);
            let state = AppState::load(store, cli.config).await?;
            let listener = tokio::net::TcpListener::bind(listen)
                .await
                .with_context(|| format!("could not listen on {listen}"))?;
            tracing::info!("peermap is serving http://{}", listener.local_addr()?);
            let mail = sender.map(crate::mail::Sender::spawn);
            let hourly = tokio::spawn(every_hour(state.clone()));
            // Other processes' writes, and `peermap import`'s (see crate::registry::follow).
            let follower = tokio::spawn(state.registry.clone().follow(poll));
            let served = crate::serve(listener, state).await;
            hourly.abort();
            follower.abort();
            if let Some(mail) = mail {
                mail.stop().await;
            }
            Ok(served?)
        }
    }
}

/// Every hour: asks the keepers of listings due a reminder whether they are still right
/// (see [`crate::registry::Registry::send_reminders`]), then sends the moderators today's
/// digest of what waits if something does and it was not sent today, by this process or
/// another (see [`crate::registry::Registry::send_digest`]), so it goes once a day; and
/// deletes the attempt limits whose window has passed, so a quiet process keeps the table
/// small too (busy ones also sweep as they write).
async fn every_hour(state: AppState) {
    let registry = &state.registry;
    let mut every = tokio::time::interval(std::time::Duration::from_secs(60 * 60));
    loop {
        every.tick().await;
        match state.limits.sweep().await {
            Ok(0) => {}
            Ok(n) => tracing::info!(rows = n, "deleted attempt limits whose window has passed"),
            Err(e) => tracing::warn!(error = %e, "could not sweep the attempt limits"),
        }
        match registry.send_reminders().await {
            Ok(0) => {}
            Ok(n) => {
                tracing::info!("asked the keepers of {n} listings whether they are still right")
            }
            Err(e) => tracing::error!(error = %e, "could not queue the freshness reminders"),
        }
        match registry.send_digest().await {
            Ok(true) => tracing::info!("sent the moderators today's digest of what waits"),
            Ok(false) => {}
            Err(e) => tracing::error!(error = %e, "could not queue the moderators' digest"),
        }
        if let Err(e) = registry.refresh_assurance().await {
            tracing::error!(error = %e, "could not bring the peer-assured marks up to date");
        }
        match registry.keep_snapshot().await {
            Ok(true) => tracing::info!("kept a copy of the search index for the next start"),
            Ok(false) => {}
            Err(e) => tracing::warn!(error = %e, "could not keep a copy of the search index"),
        }
    }
}

/// Opens (creating and migrating if need be) the configured database.
async fn open(config: &Config) -> anyhow::Result<std::sync::Arc<dyn store::Store>> {
    store::connect(&config.database_url)
        .await
        .with_context(|| "could not open the database")
}

async fn backup(config: &Config, file: &std::path::Path) -> anyhow::Result<()> {
    let copied = store::backup::backup(&config.database_url, file).await?;
    println!(
        "wrote a consistent copy of {} to {} ({} bytes)",
        copied.database.display(),
        file.display(),
        copied.bytes
    );
    Ok(())
}

async fn restore(config: &Config, file: &std::path::Path) -> anyhow::Result<()> {
    let restored = store::backup::restore(&config.database_url, file).await?;
    println!(
        "restored {} to {} ({} bytes); `peermap serve` applies any newer migrations when it starts",
        file.display(),
        restored.database.display(),
        restored.bytes
    );
    Ok(())
}

/// `peermap moderator add|list|remove`.
async fn moderator(store: &dyn store::Store, action: ModeratorAction) -> anyhow::Result<()> {
    use crate::domain::community::Role;
    match action {
        ModeratorAction::Add { email } => {
            let email = email.trim().to_lowercase();
            if store.set_role(&email, Role::Moderator).await? {
                println!("{email} is now a moderator");
                Ok(())
            } else {
                anyhow::bail!(
                    "there is no account for {email}: ask them to sign up at /account/signup first"
                )
            }
        }
        ModeratorAction::List => {
            let moderators = store.accounts_with_role(Role::Moderator).await?;
            if moderators.is_empty() {
                println!("there are no moderators: add one with `peermap moderator add EMAIL`");
            }
            for account in moderators {
                println!("{}", account.email);
            }
            Ok(())
        }
        ModeratorAction::Remove { email } => {
            let email = email.trim().to_lowercase();
            let moderators = store.accounts_with_role(Role::Moderator).await?;
            if !moderators.iter().any(|a| a.email == email) {
                anyhow::bail!("{email} is not a moderator (see `peermap moderator list`)");
            }
            store.set_role(&email, Role::Maintainer).await?;
            println!("{email} is no longer a moderator");
            Ok(())
        }
    }
}
