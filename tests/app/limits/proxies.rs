//! Behind a reverse proxy, over real HTTP on 127.0.0.1: the proxy (127.0.0.1) is every
//! connection's peer, and the client is the rightmost untrusted address it forwarded.

use super::{GUESS, LOGIN, OWNER};
use crate::support::TestApp;
use crate::support::app::PASSWORD;
use crate::support::db;

/// A connection from `ip` (on 127.0.0.0/8) that posts a sign-in with `password`, sending
/// `X-Forwarded-For: forwarded` when given; the status.
async fn sign_in(base: &str, ip: &str, forwarded: Option<&str>, password: &str) -> u16 {
    let client = reqwest::Client::builder()
        .local_address(Some(ip.parse().unwrap()))
        .redirect(reqwest::redirect::Policy::none())
        .build()
        .unwrap();
    let url = format!("{base}{LOGIN}");
    let with_header = |r: reqwest::RequestBuilder| match forwarded {
        Some(f) => r.header("x-forwarded-for", f),
        None => r,
    };
    let form = with_header(client.get(&url)).send().await.unwrap();
    let form = form.text().await.unwrap();
    let start = form.find("name=\"csrf\" value=\"").unwrap() + 19;
    let token = &form[start..start + form[start..].find('"').unwrap()];
    let body =
        crate::support::form::encode(&[("csrf", token), ("email", OWNER), ("password", password)]);
    with_header(client.post(&url))
        .header("content-type", "application/x-www-form-urlencoded")
        .body(body)
        .send()
        .await
        .unwrap()
        .status()
        .as_u16()
}

/// Seven guesses and what became of the last.
async fn guesses(base: &str, ip: &str, forwarded: impl Fn(usize) -> Option<String>) -> u16 {
    let mut last = 0;
    for i in 0..7 {
        last = sign_in(base, ip, forwarded(i).as_deref(), GUESS[1].1).await;
    }
    last
}

async fn app_trusting(proxies: &str) -> TestApp {
    let proxies: Vec<ipnet::IpNet> = proxies
        .split(',')
        .map(|p| peermap::config::parse_trusted_proxy(p).unwrap())
        .collect();
    let app = TestApp::over_with(db::sqlite().await, |c| c.trusted_proxies = proxies).await;
    app.sign_up(OWNER).await;
    app
}

#[tokio::test]
async fn behind_a_trusted_proxy_clients_are_told_apart_by_x_forwarded_for() {
    let app = app_trusting("127.0.0.1,10.0.0.0/8").await;
    let server = app.serve().await;
    let base = server.url("");
    let stranger = |_| Some("203.0.113.7".to_string());
    assert_eq!(guesses(&base, "127.0.0.1", stranger).await, 429);
    // The owner comes through the same proxy, from her own address.
    assert_eq!(
        sign_in(&base, "127.0.0.1", Some("198.51.100.20"), PASSWORD).await,
        303,
        "the owner is not blocked"
    );
    // Through two proxies, with whatever the stranger wrote on the left: still him.
    assert_eq!(
        sign_in(
            &base,
            "127.0.0.1",
            Some("192.0.2.1, 203.0.113.7, 10.0.0.5"),
            "x"
        )
        .await,
        429
    );
}

#[tokio::test]
async fn what_a_client_writes_on_the_left_changes_nothing() {
    let app = app_trusting("127.0.0.1").await;
    let server = app.serve().await;
    let base = server.url("");
    let spoofed = |i| Some(format!("192.0.2.{i}, 203.0.113.7"));
    assert_eq!(guesses(&base, "127.0.0.1", spoofed).await, 429);
}

#[tokio::test]
async fn from_anyone_but_a_trusted_proxy_the_header_is_ignored() {
    for trusting in ["", "127.0.0.1"] {
        let app = if trusting.is_empty() {
            let app = TestApp::over(db::sqlite().await).await;
            app.sign_up(OWNER).await;
            app
        } else {
            app_trusting(trusting).await
        };
        let server = app.serve().await;
        let base = server.url("");
        // A new address in the header each time, from a peer that is not trusted.
        let spoofed = |i| Some(format!("192.0.2.{i}"));
        assert_eq!(
            guesses(&base, "127.0.0.2", spoofed).await,
            429,
            "trusting {trusting:?}"
        );
        // The owner, from another address, is not blocked.
        assert_eq!(sign_in(&base, "127.0.0.3", None, PASSWORD).await, 303);
    }
}
