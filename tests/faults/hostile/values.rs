//! The hostile values, and the ways of sending them under a key.

use crate::support::form::encode;
use h3o::{LatLng, Resolution};

/// The markup sent: none of it may come back as it was sent.
pub const MARKUP: [&str; 3] = [
    "<script>alert('peermap')</script>",
    "\"><img src=x onerror=alert('peermap')>",
    "<svg/onload=alert('peermap')>",
];

/// Url-encodes one value.
pub fn enc(v: &str) -> String {
    encode(&[("k", v)])[2..].to_string()
}

/// The hostile values, ready to go into a query string or a form body: encoded, or
/// percent-escapes chosen for what they decode to (NUL, invalid UTF-8, CRLF).
pub fn hostile() -> Vec<String> {
    let mut texts: Vec<String> = MARKUP.iter().map(|m| m.to_string()).collect();
    texts.extend(
        [
            "javascript:alert('peermap')",
            " JaVaScRiPt:alert(1)",
            "data:text/html,<b>x</b>",
            "' OR 1=1 --",
            "'; DROP TABLE projects; --",
            "\" OR \"\"=\"",
            "../../etc/passwd",
            "..\\..\\windows\\win.ini",
            "\u{202E}evil\u{202C}",
            "😀👩‍👩‍👧 🌱",
            "e\u{301}\u{301}\u{301}\u{301}\u{301}",
            "\u{FEFF}\u{200B}",
            "1e309",
            "-1e309",
            "NaN",
            "inf",
            "-1",
            "0",
            "99999999999999999999999",
            "1.5",
            "0x10",
            "NaN,NaN",
            "1e309,-1e309",
            "91,181",
            "40.7128,-74.0060",
            "",
            " ",
        ]
        .map(str::to_string),
    );
    texts.push("x".repeat(100 * 1024));
    // H3 cells: not cells, a cell at a level the map has not, pentagons and cells outside
    // the UK at the map's levels.
    texts.extend(["zzzz", "ffffffffffffffff", "8f2830828052d25", "0"].map(str::to_string));
    for res in peermap::map::LEVELS {
        texts.push(res.pentagons().next().unwrap().to_string());
        let new_york = LatLng::new(40.7128, -74.006).unwrap().to_cell(res);
        texts.push(new_york.to_string());
    }
    texts.push(
        LatLng::new(55.86, -4.25)
            .unwrap()
            .to_cell(Resolution::Eleven)
            .to_string(),
    );
    let mut out: Vec<String> = texts.iter().map(|t| enc(t)).collect();
    out.extend(
        [
            "%00",
            "a%00b",
            "%FF",
            "%C3%28",
            "%ED%A0%80",
            "%",
            "%G1",
            "%0D%0AX-Injected:%20yes",
            "a%0D%0A%0D%0A%3Chtml%3E",
            "+",
        ]
        .map(str::to_string),
    );
    out
}

/// Each way of sending `value` under `key`: alone; and, for the values that test the
/// parsing of keys rather than of values, also array-style, twice, and after an empty one.
pub fn variants(key: &str, value: &str) -> Vec<String> {
    let k = enc(key);
    let mut out = vec![format!("{k}={value}")];
    if STRUCTURAL.contains(&value) || value == enc(MARKUP[0]) {
        out.push(format!("{k}%5B%5D={value}"));
        out.push(format!("{k}={value}&{k}={value}"));
        out.push(format!("{k}=&{k}={value}"));
    }
    out
}

/// The values sent in every way [`variants`] knows (with the first of [`MARKUP`]).
const STRUCTURAL: [&str; 3] = ["%00", "%FF", "%0D%0AX-Injected:%20yes"];

/// A value's first 60 characters, for labels.
pub fn short(v: &str) -> String {
    v.chars().take(60).collect()
}
