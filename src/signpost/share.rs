//! Links that hand a shortlist's address to the device's own e-mail or messages app
//! (`mailto:`, `sms:`): nothing goes to a third party.

use percent_encoding::{AsciiSet, NON_ALPHANUMERIC, utf8_percent_encode};

/// Every byte but RFC 3986's unreserved characters (letters, digits, `-._~`) is
/// encoded, so that spaces are `%20` (a `+` would reach the message as a `+`).
const QUERY_VALUE: &AsciiSet = &NON_ALPHANUMERIC
    .remove(b'-')
    .remove(b'.')
    .remove(b'_')
    .remove(b'~');

/// `text` percent-encoded for a value in a URI's query.
pub fn percent_encode(text: &str) -> String {
    utf8_percent_encode(text, QUERY_VALUE).to_string()
}

/// A new e-mail with no one to send it to yet, and this subject and body (RFC 6068).
pub fn mailto(subject: &str, body: &str) -> String {
    format!(
        "mailto:?subject={}&body={}",
        percent_encode(subject),
        percent_encode(body)
    )
}

/// A new text message with no one to send it to yet, and this body (RFC 5724; the `?&`
/// is read by both iOS and Android).
pub fn sms(body: &str) -> String {
    format!("sms:?&body={}", percent_encode(body))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn everything_but_unreserved_characters_is_encoded() {
        assert_eq!(percent_encode("a-z_0.9~"), "a-z_0.9~");
        assert_eq!(
            percent_encode("B15 2 & more? #1 =+/:"),
            "B15%202%20%26%20more%3F%20%231%20%3D%2B%2F%3A"
        );
        assert_eq!(percent_encode("“é”"), "%E2%80%9C%C3%A9%E2%80%9D");
    }

    #[test]
    fn links_carry_the_whole_address_encoded() {
        let url = "https://peermap.test/s/k7f3q2ab";
        let enc = "https%3A%2F%2Fpeermap.test%2Fs%2Fk7f3q2ab";
        assert_eq!(
            mailto("Peer support near B15 2", url),
            format!("mailto:?subject=Peer%20support%20near%20B15%202&body={enc}")
        );
        assert_eq!(sms(url), format!("sms:?&body={enc}"));
    }
}
