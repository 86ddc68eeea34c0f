//! The one configuration of a peermap process: read by clap from flags and the
//! environment in `cli`, and handed to the state. Nothing else reads the environment.

use std::fmt;
use std::net::SocketAddr;
use std::time::Duration;

/// Where the database is, how to serve, and the secret that signs forms.
#[derive(Clone, clap::Args)]
pub struct Config {
    /// Database: sqlite://FILE (created if missing) or postgres://USER@HOST/DB
    #[arg(
        long = "database",
        env = "DATABASE_URL",
        default_value = "sqlite://peermap.db",
        global = true
    )]
    pub database_url: String,
    /// Address to serve on
    #[arg(long, env = "PEERMAP_LISTEN", default_value = DEFAULT_LISTEN, global = true)]
    pub listen: SocketAddr,
    /// This site's public origin (https://peermap.example), for absolute links such as QR
    /// codes and one-time sign-in links; unset, links use the address the request named
    #[arg(long = "origin", env = "PEERMAP_ORIGIN", global = true)]
    pub public_origin: Option<String>,
    /// Mark the session cookie Secure (set it when serving over https)
    #[arg(long, env = "PEERMAP_SECURE_COOKIES", global = true)]
    pub secure_cookies: bool,
    /// Secret that signs form tokens (at least 32 characters). Unset, one is made once
    /// and kept in the database, so restarts and other processes accept open forms
    #[arg(long, env = "PEERMAP_SECRET", hide_env_values = true, global = true)]
    pub secret: Option<String>,
    /// SMTP server that e-mail is sent through: smtp://HOST:PORT, or
    /// smtps://USER:PASSWORD@HOST:465 (as lettre reads it). Unset, messages wait in the
    /// outbox, and `peermap outbox` lists them
    #[arg(
        long = "smtp",
        env = "PEERMAP_SMTP_URL",
        hide_env_values = true,
        global = true
    )]
    pub smtp_url: Option<String>,
    /// The address e-mail is sent from
    #[arg(long = "mail-from", env = "PEERMAP_MAIL_FROM",
          default_value = DEFAULT_MAIL_FROM, global = true)]
    pub mail_from: String,
    /// Seconds before a message the SMTP server did not take is tried again, doubling
    /// with each try up to an hour
    #[arg(long, env = "PEERMAP_MAIL_RETRY_SECS", default_value_t = 10,
          value_parser = clap::value_parser!(u64).range(1..), global = true)]
    pub mail_retry_secs: u64,
    /// Milliseconds between looks at the change feed on SQLite (on PostgreSQL a process
    /// is woken by LISTEN/NOTIFY instead)
    #[arg(long, env = "PEERMAP_FEED_POLL_MS", default_value_t = 200,
          value_parser = clap::value_parser!(u64).range(10..), global = true)]
    pub feed_poll_ms: u64,
    #[command(flatten)]
    pub limits: Limits,
    /// Reverse proxies whose X-Forwarded-For is believed, as IP addresses or networks
    /// separated by commas (127.0.0.1,10.0.0.0/8). Only when the peer is one of them is
    /// the client taken from the header (its rightmost address that is not one of them);
    /// unset, the header is ignored
    #[arg(long = "trusted-proxies", env = "PEERMAP_TRUSTED_PROXIES", value_delimiter = ',',
          value_parser = parse_trusted_proxy, global = true)]
    pub trusted_proxies: Vec<ipnet::IpNet>,
    /// What time it is: the system clock unless a test moves it.
    #[arg(skip)]
    pub clock: crate::domain::Clock,
}

/// The sender's address unless configured.
pub const DEFAULT_MAIL_FROM: &str = "peermap <peermap@localhost>";

/// How long a client may take and how many may be served at once (see `crate::server`).
#[derive(Clone, Debug, PartialEq, Eq, clap::Args)]
pub struct Limits {
    /// Seconds a client has to send a whole request head, counted from connecting or from
    /// the previous response: also how long an idle keep-alive connection stays open
    #[arg(long, env = "PEERMAP_HEADER_TIMEOUT_SECS", default_value_t = 10,
          value_parser = clap::value_parser!(u64).range(1..), global = true)]
    pub header_timeout_secs: u64,
    /// Seconds a client has to send a whole request body (then 408)
    #[arg(long, env = "PEERMAP_BODY_TIMEOUT_SECS", default_value_t = 15,
          value_parser = clap::value_parser!(u64).range(1..), global = true)]
    pub body_timeout_secs: u64,
    /// Seconds a request may take from its head to its response (then 503)
    #[arg(long, env = "PEERMAP_REQUEST_TIMEOUT_SECS", default_value_t = 30,
          value_parser = clap::value_parser!(u64).range(1..), global = true)]
    pub request_timeout_secs: u64,
    /// Connections served at once (fewer if the open-file limit, `ulimit -n`, less 128
    /// leaves less room); beyond it a new one is answered 503 and closed
    #[arg(long, env = "PEERMAP_MAX_CONNECTIONS", default_value_t = 512,
          value_parser = clap::value_parser!(u32).range(1..), global = true)]
    pub max_connections: u32,
    /// Reads (GET, HEAD, OPTIONS) handled at once; more wait their turn
    #[arg(long, env = "PEERMAP_MAX_READS", default_value_t = 32,
          value_parser = clap::value_parser!(u32).range(1..), global = true)]
    pub max_reads: u32,
    /// Writes (POST and the rest) handled at once, apart from the reads: form posts never
    /// queue behind reads
    #[arg(long, env = "PEERMAP_MAX_WRITES", default_value_t = 8,
          value_parser = clap::value_parser!(u32).range(1..), global = true)]
    pub max_writes: u32,
}

impl Default for Limits {
    fn default() -> Self {
        Limits {
            header_timeout_secs: 10,
            body_timeout_secs: 15,
            request_timeout_secs: 30,
            max_connections: 512,
            max_reads: 32,
            max_writes: 8,
        }
    }
}

impl Limits {
    pub fn header_timeout(&self) -> Duration {
        Duration::from_secs(self.header_timeout_secs)
    }
    pub fn body_timeout(&self) -> Duration {
        Duration::from_secs(self.body_timeout_secs)
    }
    pub fn request_timeout(&self) -> Duration {
        Duration::from_secs(self.request_timeout_secs)
    }
}

/// The address served on unless configured.
pub const DEFAULT_LISTEN: &str = "127.0.0.1:8080";

impl Config {
    /// The defaults over `database_url`, as a test or a tool would start.
    pub fn for_database(database_url: &str) -> Self {
        Config {
            database_url: database_url.to_string(),
            listen: DEFAULT_LISTEN.parse().expect("the default address parses"),
            public_origin: None,
            secure_cookies: false,
            secret: None,
            smtp_url: None,
            mail_from: DEFAULT_MAIL_FROM.to_string(),
            mail_retry_secs: 10,
            feed_poll_ms: 200,
            limits: Limits::default(),
            trusted_proxies: Vec::new(),
            clock: crate::domain::Clock::system(),
        }
    }
}

impl fmt::Debug for Config {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Config")
            .field("database_url", &redact_password(&self.database_url))
            .field("listen", &self.listen)
            .field("public_origin", &self.public_origin)
            .field("secure_cookies", &self.secure_cookies)
            .field("secret", &self.secret.as_ref().map(|_| "[redacted]"))
            .field("smtp_url", &self.smtp_url.as_deref().map(redact_password))
            .field("mail_from", &self.mail_from)
            .field("mail_retry_secs", &self.mail_retry_secs)
            .field("feed_poll_ms", &self.feed_poll_ms)
            .field("limits", &self.limits)
            .field("trusted_proxies", &self.trusted_proxies)
            .finish()
    }
}

/// One entry of `PEERMAP_TRUSTED_PROXIES`: a network (`10.0.0.0/8`) or one address.
pub fn parse_trusted_proxy(entry: &str) -> Result<ipnet::IpNet, String> {
    let entry = entry.trim();
    entry
        .parse::<ipnet::IpNet>()
        .or_else(|_| entry.parse::<std::net::IpAddr>().map(ipnet::IpNet::from))
        .map_err(|_| format!("“{entry}” is not an IP address or network (such as 10.0.0.0/8)"))
}

/// A database URL with any password replaced.
fn redact_password(url: &str) -> String {
    match (url.find("://"), url.rfind('@')) {
        (Some(scheme), Some(at)) if at > scheme => {
            let user_info = &url[scheme + 3..at];
            match user_info.split_once(':') {
                Some((user, _)) => format!("{}{user}:[redacted]{}", &url[..scheme + 3], &url[at..]),
                None => url.to_string(),
            }
        }
        _ => url.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn limits_default_as_the_command_line_does() {
        use clap::Parser;
        #[derive(clap::Parser)]
        struct Cli {
            #[command(flatten)]
            limits: Limits,
        }
        assert_eq!(Cli::parse_from(["peermap"]).limits, Limits::default());
        assert!(Cli::try_parse_from(["peermap", "--header-timeout-secs", "0"]).is_err());
    }

    #[test]
    fn debug_never_shows_secrets() {
        let mut c = Config::for_database("postgres://peermap:hunter2@db/peermap");
        c.secret = Some("s".repeat(40));
        c.smtp_url = Some("smtps://mailer:swordfish@smtp.example:465".into());
        let shown = format!("{c:?}");
        assert!(!shown.contains("hunter2"), "{shown}");
        assert!(!shown.contains("swordfish"), "{shown}");
        assert!(
            shown.contains("smtps://mailer:[redacted]@smtp.example:465"),
            "{shown}"
        );
        assert!(!shown.contains(&"s".repeat(40)), "{shown}");
        assert!(
            shown.contains("postgres://peermap:[redacted]@db/peermap"),
            "{shown}"
        );
    }

    #[test]
    fn trusted_proxies_are_a_list_separated_by_commas() {
        use clap::Parser;
        #[derive(clap::Parser)]
        struct Cli {
            #[command(flatten)]
            config: Config,
        }
        let parsed = Cli::parse_from(["peermap", "--trusted-proxies", "127.0.0.1,10.0.0.0/8"]);
        let expected: Vec<ipnet::IpNet> = vec![
            "127.0.0.1/32".parse().unwrap(),
            "10.0.0.0/8".parse().unwrap(),
        ];
        assert_eq!(parsed.config.trusted_proxies, expected);
        assert!(Cli::try_parse_from(["peermap", "--trusted-proxies", "nginx"]).is_err());
    }

    #[test]
    fn trusted_proxies_are_addresses_or_networks() {
        assert_eq!(
            parse_trusted_proxy("127.0.0.1").unwrap(),
            "127.0.0.1/32".parse().unwrap()
        );
        assert_eq!(
            parse_trusted_proxy(" fd00::/8").unwrap(),
            "fd00::/8".parse().unwrap()
        );
        assert!(parse_trusted_proxy("10.0.0.0/33").is_err());
        assert!(parse_trusted_proxy("proxy.local").is_err());
    }
}
