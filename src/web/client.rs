//! Who is asking, as far as limits go, also behind a reverse proxy.
//!
//! A client is its IP address; for IPv6 its /64 network, which one household or machine
//! usually holds whole. Without trusted proxies (`PEERMAP_TRUSTED_PROXIES`, the default)
//! it is the connection's peer, and `X-Forwarded-For` means nothing: anyone can write
//! it. When the peer is a trusted proxy, the client is the rightmost address in
//! `X-Forwarded-For` that is not a trusted proxy itself: each proxy appends the address
//! it was reached from (nginx's `$proxy_add_x_forwarded_for`), so everything to the left
//! of the first untrusted address is whatever the client chose to send, and is skipped.
//!
//! Only `X-Forwarded-For` is read, never `Forwarded`: a proxy that sets one of them
//! passes the other on from the client unchanged, so reading both would let a client
//! name itself. The address is used for counting only, and never logged.

use ipnet::IpNet;
use std::net::IpAddr;

/// Who is asking: the client's IP address (an IPv6 one cut to its /64), or none for a
/// request that did not come over a socket (in-process tests).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Client(Option<IpAddr>);

impl Client {
    pub fn new(ip: Option<IpAddr>) -> Self {
        Client(ip.map(|ip| match ip.to_canonical() {
            IpAddr::V4(v4) => IpAddr::V4(v4),
            IpAddr::V6(v6) => {
                let mut seg = v6.segments();
                seg[4..].fill(0);
                IpAddr::V6(seg.into())
            }
        }))
    }

    /// The bytes that name this client in a limit's key.
    pub(crate) fn key_bytes(&self) -> Vec<u8> {
        match self.0 {
            None => b"none".to_vec(),
            Some(IpAddr::V4(v4)) => v4.octets().to_vec(),
            Some(IpAddr::V6(v6)) => v6.octets().to_vec(),
        }
    }
}

/// The client's address: `peer` unless it is one of `trusted`, and then the rightmost
/// address of `forwarded_for` (the `X-Forwarded-For` values, in order) that is not. When
/// every address there is trusted, the leftmost; when the walk meets something that is
/// not an address, the last trusted one before it.
pub fn client_ip<'a>(
    peer: Option<IpAddr>,
    forwarded_for: impl DoubleEndedIterator<Item = &'a [u8]>,
    trusted: &[IpNet],
) -> Option<IpAddr> {
    let peer = peer?.to_canonical();
    let is_trusted = |ip: &IpAddr| trusted.iter().any(|net| net.contains(ip));
    if !is_trusted(&peer) {
        return Some(peer);
    }
    let mut last = peer;
    let hops = forwarded_for
        .rev()
        .flat_map(|value| value.rsplit(|b| *b == b','));
    for hop in hops {
        match parse_hop(hop) {
            Some(ip) if is_trusted(&ip) => last = ip,
            Some(ip) => return Some(ip),
            None => return Some(last),
        }
    }
    Some(last)
}

/// One `X-Forwarded-For` entry: an address, perhaps in brackets or with a port.
fn parse_hop(hop: &[u8]) -> Option<IpAddr> {
    let hop = std::str::from_utf8(hop).ok()?.trim();
    let ip = match hop.parse::<IpAddr>() {
        Ok(ip) => ip,
        Err(_) => hop.parse::<std::net::SocketAddr>().ok()?.ip(),
    };
    Some(ip.to_canonical())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::config::parse_trusted_proxy;

    fn ip(s: &str) -> IpAddr {
        s.parse().unwrap()
    }

    fn nets(list: &str) -> Vec<IpNet> {
        list.split(',')
            .map(|e| parse_trusted_proxy(e).unwrap())
            .collect()
    }

    fn client(peer: &str, xff: &[&str], trusted: &str) -> IpAddr {
        let trusted = if trusted.is_empty() {
            vec![]
        } else {
            nets(trusted)
        };
        client_ip(Some(ip(peer)), xff.iter().map(|v| v.as_bytes()), &trusted).unwrap()
    }

    #[test]
    fn an_ipv6_network_is_one_client() {
        let c = |s: &str| Client::new(Some(ip(s)));
        assert_eq!(c("2001:db8::1"), c("2001:db8::ffff:2"));
        assert_ne!(c("2001:db8::1"), c("2001:db8:0:1::1"));
        assert_eq!(c("::ffff:192.0.2.1"), c("192.0.2.1"));
    }

    #[test]
    fn the_header_means_nothing_unless_the_peer_is_a_trusted_proxy() {
        assert_eq!(
            client("203.0.113.9", &["198.51.100.1"], ""),
            ip("203.0.113.9")
        );
        assert_eq!(client("127.0.0.1", &["198.51.100.1"], ""), ip("127.0.0.1"));
        assert_eq!(
            client("203.0.113.9", &["198.51.100.1"], "127.0.0.1,10.0.0.0/8"),
            ip("203.0.113.9")
        );
    }

    #[test]
    fn behind_proxies_the_rightmost_untrusted_address_is_the_client() {
        let trusted = "127.0.0.1,10.0.0.0/8";
        assert_eq!(
            client("127.0.0.1", &["198.51.100.1"], trusted),
            ip("198.51.100.1")
        );
        // What the client wrote itself, on the left, is skipped.
        assert_eq!(
            client("127.0.0.1", &["6.6.6.6, 198.51.100.1, 10.1.2.3"], trusted),
            ip("198.51.100.1")
        );
        // Several headers are one list, in order.
        assert_eq!(
            client(
                "::ffff:10.0.0.2",
                &["6.6.6.6", "198.51.100.1,10.0.0.9"],
                trusted
            ),
            ip("198.51.100.1")
        );
        assert_eq!(
            client("127.0.0.1", &["[2001:db8::7]:4711"], trusted),
            ip("2001:db8::7")
        );
        // Nothing forwarded, or only proxies: the leftmost proxy.
        assert_eq!(client("127.0.0.1", &[], trusted), ip("127.0.0.1"));
        assert_eq!(
            client("127.0.0.1", &["10.0.0.5, 10.0.0.6"], trusted),
            ip("10.0.0.5")
        );
        // Not an address: the proxy that passed it on.
        assert_eq!(
            client("127.0.0.1", &["junk, 10.0.0.6"], trusted),
            ip("10.0.0.6")
        );
    }
}
