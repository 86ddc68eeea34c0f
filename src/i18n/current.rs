//! The language and the page of the request being answered, set once by the web layer
//! (from the URL's prefix) for everything that request renders.

use super::Lang;
use std::future::Future;

/// Where a page is, in every language: its language and its path without the prefix
/// (with the query string), so the frame can link to the same page in another.
#[derive(Debug, Clone, Default)]
pub struct Here {
    pub lang: Lang,
    /// `/search?where=CF10`, never prefixed.
    pub path: String,
}

tokio::task_local! {
    static HERE: Here;
}

/// Runs `f` (a request's handling) with `here` as the page being answered.
pub async fn scope<F: Future>(here: Here, f: F) -> F::Output {
    HERE.scope(here, f).await
}

/// The page being answered; outside a request (a test rendering a view), English `/`.
pub fn here() -> Here {
    HERE.try_with(Clone::clone).unwrap_or_else(|_| Here {
        lang: Lang::En,
        path: "/".to_string(),
    })
}
