//! Each page renders at phone and desktop sizes, needs no JavaScript (everything is in
//! the served HTML), and our small scripts run under the page's CSP; the map drills down
//! from the UK to a project.

use crate::chromium::{dom, screenshot, served};
use crate::support::{TestApp, Tool, html, skip};

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn pages_render_at_phone_and_desktop_sizes_and_work_without_javascript() {
    let Some(tools) = skip::require(&[Tool::Chromium]) else {
        return;
    };
    let b = tools[0].clone();
    let app = TestApp::seeded().await;
    let server = app.serve().await;
    let base = server.base.clone();
    let pages = [
        ("home", "/"),
        (
            "search-b15",
            "/search?where=B15+2TT&need=postpartum-psychosis",
        ),
        (
            "search-nothing-near",
            "/search?where=Inverness&need=postpartum-psychosis&within=10",
        ),
        ("directory", "/projects"),
        ("project-cip", "/projects/community-intercultural-programme"),
        ("not-found", "/no-such-page"),
    ];
    tokio::task::spawn_blocking(move || {
        for (name, path) in pages {
            let url = format!("{base}{path}");
            for size in [(390, 844), (1280, 800)] {
                screenshot(&b, &url, name, size);
            }
            // In the browser every page has its content and crisis routes, and so does the
            // page as served, which is all a browser without JavaScript gets.
            for html in [dom(&b, &url), served(&url)] {
                assert!(
                    html.contains("116 123") && html.contains("Leave this site"),
                    "{path}: {html}"
                );
            }
        }
        // With JavaScript our own "use my location" script runs (the CSP allows only our
        // origin) and shows its button; without it the button stays hidden.
        let search = format!("{base}/search");
        let with_js = dom(&b, &search);
        let without_js = served(&search);
        for page in [&with_js, &without_js] {
            assert_eq!(html::count(page, "#locate"), 1, "the locate button");
        }
        assert_eq!(
            html::count(&with_js, "#locate[hidden]"),
            0,
            "script did not run: {:?}",
            html::outer(&with_js, "#locate")
        );
        assert_eq!(html::count(&without_js, "#locate[hidden]"), 1);
        // Following the first result leads to the project page.
        let results = dom(
            &b,
            &format!("{base}/search?where=Portadown&need=refugee-migrant-women"),
        );
        let links = html::attrs(&results, "a[href^='/projects/']", "href");
        let href = links.first().expect("a result link");
        let project = dom(&b, &format!("{base}{href}"));
        assert!(project.contains("<h1>Community Intercultural Programme</h1>"));
    })
    .await
    .unwrap();
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_map_drills_down_from_the_uk_to_a_project_at_phone_and_desktop_sizes() {
    let Some(tools) = skip::require(&[Tool::Chromium]) else {
        return;
    };
    let browser = tools[0].clone();
    let app = TestApp::seeded().await;
    let server = app.serve().await;
    let base = server.base.clone();
    tokio::task::spawn_blocking(move || {
        let mut url = format!("{base}/map");
        for step in 0..6 {
            for size in [(390, 844), (1280, 800)] {
                screenshot(&browser, &url, &format!("map-step-{step}"), size);
            }
            let page = dom(&browser, &url);
            assert!(page.contains("<svg") && page.contains("116 123"), "{url}");
            // Follow the first hexagon, or, once sites show, the first marker (a group of
            // markers close together leads to its places in the list).
            let next = html::attrs(&page, "svg a[href^='/map?cell=']", "href")
                .into_iter()
                .chain(html::attrs(&page, "svg a[href^='/projects/']", "href"))
                .chain(html::attrs(&page, "ol.sites a[href^='/projects/']", "href"))
                .next()
                .unwrap_or_else(|| panic!("{url} has nothing to follow"));
            url = format!("{base}{next}");
            if next.starts_with("/projects/") {
                let project = dom(&browser, &url);
                assert!(project.contains("<h1>"), "{url}");
                screenshot(&browser, &url, "map-project", (390, 844));
                return;
            }
        }
        panic!("the map never reached a project page");
    })
    .await
    .unwrap();
}
