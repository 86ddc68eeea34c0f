//! Reading served HTML with a real parser (the `scraper` crate), not string searches.

use scraper::{ElementRef, Html, Selector};

pub fn selector(css: &str) -> Selector {
    Selector::parse(css).unwrap_or_else(|e| panic!("bad selector {css}: {e:?}"))
}

fn each<T>(html: &str, css: &str, f: impl Fn(ElementRef<'_>) -> Option<T>) -> Vec<T> {
    let doc = Html::parse_document(html);
    doc.select(&selector(css)).filter_map(f).collect()
}

/// `attr` of every element `css` selects (entities decoded).
pub fn attrs(html: &str, css: &str, attr: &str) -> Vec<String> {
    each(html, css, |e| e.value().attr(attr).map(str::to_string))
}

/// The markup of every element `css` selects.
pub fn outer(html: &str, css: &str) -> Vec<String> {
    each(html, css, |e| Some(e.html()))
}

/// The text of every element `css` selects, whitespace collapsed.
pub fn texts(html: &str, css: &str) -> Vec<String> {
    each(html, css, |e| Some(text(e)))
}

/// An element's text, whitespace collapsed.
pub fn text(e: ElementRef<'_>) -> String {
    e.text()
        .collect::<String>()
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

/// For every element `css` selects, the markup of its nearest enclosing `tag` (say, the
/// list item a heading link is in).
pub fn enclosing(html: &str, css: &str, tag: &str) -> Vec<String> {
    each(html, css, |e| {
        e.ancestors()
            .filter_map(ElementRef::wrap)
            .find(|a| a.value().name() == tag)
            .map(|a| a.html())
    })
}

/// How many elements `css` selects.
pub fn count(html: &str, css: &str) -> usize {
    each(html, css, |_| Some(())).len()
}
