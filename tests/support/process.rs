//! The real `peermap serve` binary as a child process on a free loopback port, stopped
//! (killed) when dropped, for tests of what only the whole program does: its background
//! tasks, its start-up, several processes on one database.

use std::process::{Child, Command, Stdio};

/// A `peermap serve` process.
pub struct ServeProcess {
    child: Child,
    port: u16,
}

impl ServeProcess {
    /// Starts `peermap --database DATABASE --listen 127.0.0.1:PORT serve` with `env` added
    /// to (and `PEERMAP_SMTP_URL` removed from, unless given) the test's environment.
    pub fn start(database: &str, env: &[(&str, &str)]) -> ServeProcess {
        let port = std::net::TcpListener::bind("127.0.0.1:0")
            .and_then(|l| l.local_addr())
            .expect("a free loopback port")
            .port();
        let mut command = Command::new(env!("CARGO_BIN_EXE_peermap"));
        command
            .args([
                "--database",
                database,
                "--listen",
                &format!("127.0.0.1:{port}"),
            ])
            .arg("serve")
            .env_remove("PEERMAP_SMTP_URL")
            .envs(env.iter().copied())
            .stdout(Stdio::null())
            .stderr(Stdio::null());
        let child = command.spawn().expect("peermap starts");
        ServeProcess { child, port }
    }

    /// The address of `path` on this process.
    pub fn url(&self, path: &str) -> String {
        format!("http://127.0.0.1:{}{path}", self.port)
    }

    /// Stops the process at once, as `kill -9` would.
    pub fn kill(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

impl Drop for ServeProcess {
    fn drop(&mut self) {
        self.kill();
    }
}
