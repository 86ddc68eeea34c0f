//! The one configuration of a peermap process: read by clap from flags and the
//! environment in `cli`, and handed to the state. Nothing else reads the environment.

use std::fmt;
use std::net::SocketAddr;

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
            .finish()
    }
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
    fn debug_never_shows_secrets() {
        let mut c = Config::for_database("postgres://peermap:hunter2@db/peermap");
        c.secret = Some("s".repeat(40));
        let shown = format!("{c:?}");
        assert!(!shown.contains("hunter2"), "{shown}");
        assert!(!shown.contains(&"s".repeat(40)), "{shown}");
        assert!(
            shown.contains("postgres://peermap:[redacted]@db/peermap"),
            "{shown}"
        );
    }
}
