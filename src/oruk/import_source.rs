//! Where `peermap import-oruk` reads services from: a JSON file (one service, a page of
//! them, or an array), a directory written by `peermap export-oruk` (its
//! `services/ID.json` records), or the base address of an ORUK 3.0 API, whose
//! `/services` pages are followed and each service then read from `/services/{id}`:
//! one request at a time, each with a timeout and a size limit.

use super::import::Record;
use anyhow::{Context, bail};
use serde_json::Value;
use std::path::Path;
use std::time::Duration;

/// The most one response or file may hold.
pub const MAX_BYTES: usize = 10 * 1024 * 1024;
/// The most pages of a list followed.
pub const MAX_PAGES: u64 = 200;
/// How long one request may take.
pub const TIMEOUT: Duration = Duration::from_secs(20);
/// The pause between two requests.
pub const PAUSE: Duration = Duration::from_millis(200);

/// The services of a file's JSON: one service, a page (`contents`) or an array.
fn services_of(value: Value, at: &str) -> Vec<Record> {
    let items = match value {
        Value::Array(items) => items,
        Value::Object(mut o) if o.contains_key("contents") => match o.remove("contents") {
            Some(Value::Array(items)) => items,
            _ => Vec::new(),
        },
        one => vec![one],
    };
    items
        .into_iter()
        .enumerate()
        .map(|(i, value)| Record {
            at: format!("{at} (record {})", i + 1),
            value: Ok(value),
        })
        .collect()
}

fn read_json(path: &Path) -> anyhow::Result<Value> {
    let bytes =
        std::fs::read(path).with_context(|| format!("could not read {}", path.display()))?;
    if bytes.len() > MAX_BYTES {
        bail!("{} is over {MAX_BYTES} bytes", path.display());
    }
    serde_json::from_slice(&bytes).with_context(|| format!("{} is not JSON", path.display()))
}

/// The records of a file or an export directory.
pub fn from_path(path: &Path) -> anyhow::Result<Vec<Record>> {
    if !path.is_dir() {
        return Ok(services_of(read_json(path)?, &path.display().to_string()));
    }
    let dir = path.join("services");
    let mut files: Vec<_> = std::fs::read_dir(&dir)
        .with_context(|| format!("{} has no services/ directory", path.display()))?
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| {
            p.extension().is_some_and(|e| e == "json")
                && !p
                    .file_name()
                    .is_some_and(|n| n.to_string_lossy().starts_with("page-"))
        })
        .collect();
    files.sort();
    let mut out = Vec::new();
    for f in files {
        let at = f.display().to_string();
        let value = read_json(&f).map_err(|e| format!("{e:#}"));
        out.push(Record { at, value });
    }
    Ok(out)
}

async fn get(client: &reqwest::Client, url: &str) -> anyhow::Result<Value> {
    let mut response = client
        .get(url)
        .send()
        .await
        .with_context(|| format!("could not fetch {url}"))?;
    if !response.status().is_success() {
        bail!("{url} answered {}", response.status());
    }
    let mut body = Vec::new();
    while let Some(chunk) = response.chunk().await? {
        body.extend_from_slice(&chunk);
        if body.len() > MAX_BYTES {
            bail!("{url} sent more than {MAX_BYTES} bytes");
        }
    }
    serde_json::from_slice(&body).with_context(|| format!("{url} did not answer JSON"))
}

/// The services of the API at `base`, each read whole by its id.
pub async fn from_url(base: &str) -> anyhow::Result<Vec<Record>> {
    let base = base.trim_end_matches('/');
    let client = reqwest::Client::builder()
        .timeout(TIMEOUT)
        .user_agent(concat!(
            "peermap/",
            env!("CARGO_PKG_VERSION"),
            " (import-oruk)"
        ))
        .build()?;
    let mut ids = Vec::new();
    for page in 1..=MAX_PAGES {
        let list = get(
            &client,
            &format!("{base}/services?page={page}&per_page=100"),
        )
        .await?;
        for item in list
            .get("contents")
            .and_then(Value::as_array)
            .into_iter()
            .flatten()
        {
            if let Some(id) = item.get("id").and_then(Value::as_str) {
                ids.push(id.to_string());
            }
        }
        let last = list
            .get("last_page")
            .and_then(Value::as_bool)
            .unwrap_or(true);
        if last {
            break;
        }
        tokio::time::sleep(PAUSE).await;
    }
    let mut out = Vec::new();
    for id in ids {
        tokio::time::sleep(PAUSE).await;
        let at = format!("{base}/services/{id}");
        let value = get(&client, &at).await.map_err(|e| format!("{e:#}"));
        out.push(Record { at, value });
    }
    Ok(out)
}

/// The records at `source`: an http(s) address, else a path.
pub async fn read(source: &str) -> anyhow::Result<Vec<Record>> {
    if source.starts_with("http://") || source.starts_with("https://") {
        from_url(source).await
    } else {
        from_path(Path::new(source))
    }
}
