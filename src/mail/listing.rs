//! What `peermap outbox` prints: each message's recipient, subject, the links in its
//! body and where it stands.

use crate::store::Queued;

/// The lines describing `q`: a heading, then its links and its state, indented.
pub fn describe(q: &Queued) -> Vec<String> {
    let mut lines = vec![format!("#{} to {}: {}", q.id, q.to, q.subject)];
    lines.extend(links(&q.text).into_iter().map(|l| format!("    link: {l}")));
    let state = match (&q.sent_at, &q.last_error) {
        (Some(at), _) => format!("sent {}", at.format("%Y-%m-%d %H:%M:%S UTC")),
        (None, error) if q.failed_at.is_some() => format!(
            "failed: refused for good {}, not tried again{}",
            q.failed_at
                .map(|at| at.format("%Y-%m-%d %H:%M:%S UTC").to_string())
                .unwrap_or_default(),
            error
                .as_ref()
                .map(|e| format!(" ({e})"))
                .unwrap_or_default()
        ),
        (None, None) if q.attempts == 0 => "queued, not yet tried".to_string(),
        (None, error) => format!(
            "queued, {} tries so far, next at {}{}",
            q.attempts,
            q.next_attempt_at.format("%Y-%m-%d %H:%M:%S UTC"),
            error
                .as_ref()
                .map(|e| format!(" (last: {e})"))
                .unwrap_or_default()
        ),
    };
    lines.push(format!("    status: {state}"));
    lines
}

/// The addresses in a plain-text body: words that are absolute URLs or site paths.
pub fn links(text: &str) -> Vec<&str> {
    text.split_whitespace()
        .filter(|w| w.starts_with("https://") || w.starts_with("http://") || w.starts_with('/'))
        .collect()
}
