//! WCAG 2.2 A and AA, checked by axe-core (from npm, `tests/browser/axe`) in real headless
//! Chromium on every kind of page a visitor, a maintainer and a moderator see: results,
//! empty results, errors, the sheet, the map, coverage, account and moderation pages.
//! Any violation fails the test, naming the rule and where it is.

use crate::support::app::MODERATOR;
use crate::support::{TestApp, Tool, skip};
use crate::webdriver::{browser, chromedriver, sign_in, sign_out, submit};
use fantoccini::{Client, Locator};
use peermap::domain::community::Role;

/// The rule sets axe checks: WCAG 2.0, 2.1 and 2.2 at levels A and AA.
const TAGS: &str = "['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']";

/// Pages anyone sees, each in the state a test puts it in.
const PUBLIC: [&str; 27] = [
    "/",
    "/search?where=B15+2TT",
    "/search?where=52.481400%2C-1.899800",
    "/search?where=B15+2TT&need=postpartum-psychosis&within=25",
    "/search?where=Cardiff&need=fathers-partners&within=10",
    "/search?where=ZZ99+9ZZ",
    "/search?where=Newport",
    "/projects",
    "/projects/community-intercultural-programme",
    "/projects/community-intercultural-programme/report",
    "/projects/community-intercultural-programme/partners",
    "/signpost?where=PR1",
    "/map",
    "/map?where=B15+2TT",
    "/map?where=PR1",
    "/map?where=Nowhereton+Magna",
    "/coverage",
    "/about",
    "/professionals",
    "/toolkit",
    "/toolkit/workbook",
    "/toolkit/peer-assurance",
    "/toolkit/support",
    "/toolkit/support?need=supervision&where=Preston",
    "/projects/community-intercultural-programme/reflections",
    "/search?where=Wales",
    "/no-such-page",
];

/// axe's violations on the page now open, one line each (empty when there are none).
pub(crate) async fn violations(c: &Client, axe: &str) -> Vec<String> {
    c.execute(axe, vec![]).await.expect("axe-core loads");
    let script = format!(
        "const done = arguments[arguments.length - 1];
         axe.run(document, {{ runOnly: {{ type: 'tag', values: {TAGS} }}, resultTypes: ['violations'] }})
           .then(r => done(r.violations.map(v => v.id + ' (' + v.impact + '): ' + v.help + ' at '
             + v.nodes.slice(0, 3).map(n => n.target.join(' ')).join(' | '))))
           .catch(e => done(['axe failed: ' + e]));"
    );
    let found = c.execute_async(&script, vec![]).await.expect("axe runs");
    serde_json::from_value(found).expect("a list of violations")
}

async fn check(c: &Client, axe: &str, url: &str, found: &mut Vec<String>) {
    c.goto(url).await.unwrap();
    for v in violations(c, axe).await {
        found.push(format!("{url}: {v}"));
    }
}

/// Pages that scroll sideways at 320 CSS pixels wide (WCAG 1.4.10 reflow), one line each.
async fn sideways_at_320_px(c: &Client, base: &str) -> Vec<String> {
    c.set_window_size(320, 800).await.unwrap();
    let mut wide = Vec::new();
    for page in PUBLIC {
        c.goto(&format!("{base}{page}")).await.unwrap();
        let widths = c
            .execute(
                "const d = document.documentElement; return [d.scrollWidth, d.clientWidth];",
                vec![],
            )
            .await
            .unwrap();
        let [scroll, client]: [u64; 2] = serde_json::from_value(widths).unwrap();
        if scroll > client {
            wide.push(format!("{page}: {scroll} px wide in a {client} px window"));
        }
    }
    c.set_window_size(390, 844).await.unwrap();
    wide
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn every_page_state_passes_axe_for_wcag_2_2_aa() {
    let Some(tools) = skip::require(&[Tool::Chromium, Tool::Chromedriver, Tool::Axe]) else {
        return;
    };
    let axe = std::fs::read_to_string(&tools[2]).unwrap();
    let (_driver, port) = chromedriver(&tools[1]);
    let app = TestApp::seeded().await;
    app.create_account(MODERATOR, Role::Moderator).await;
    app.create_account("keeper@cip.test", Role::Maintainer)
        .await;
    app.add_maintainer("community-intercultural-programme", "keeper@cip.test")
        .await;
    let server = app.serve().await;
    let base = server.base.clone();
    let profile = tempfile::tempdir().unwrap();
    let c = browser(port, &tools[0], profile.path()).await;

    let mut found = Vec::new();
    for page in PUBLIC.iter().chain(&["/account/login", "/account/signup"]) {
        check(&c, &axe, &format!("{base}{page}"), &mut found).await;
    }
    found.extend(sideways_at_320_px(&c, &base).await);
    // A shortlist just made, and the sheet back with its error when nothing was ticked.
    let made = app
        .post(
            "/shortlists",
            "where=B15+2TT&need=postpartum-psychosis&keep=action-on-postpartum-psychosis",
        )
        .await;
    let shortlist = made.location.expect("a shortlist");
    check(&c, &axe, &format!("{base}{shortlist}"), &mut found).await;
    let sheet = format!("{base}/signpost?where=B15+2TT&need=postpartum-psychosis");
    c.goto(&sheet).await.unwrap();
    for tick in c.find_all(Locator::Css("input[name=keep]")).await.unwrap() {
        tick.click().await.unwrap();
    }
    submit(&c, "form[action='/shortlists'] button[type=submit]").await;
    assert!(c.title().await.unwrap().starts_with("Error: "));
    for v in violations(&c, &axe).await {
        found.push(format!("{sheet}, nothing ticked: {v}"));
    }
    sign_in(&c, &base, "keeper@cip.test").await;
    for page in [
        "/account",
        "/account/propose",
        "/manage/community-intercultural-programme",
        "/manage/community-intercultural-programme/reflection",
    ] {
        check(&c, &axe, &format!("{base}{page}"), &mut found).await;
    }
    // A focused secondary button turns dark-on-yellow like every other control: the
    // page's own rule for it (headless Chromium here gives no window focus, so `:focus`
    // never matches a live element; the rule's selector outranks `.button.secondary`).
    c.goto(&format!("{base}/account")).await.unwrap();
    let focused = c
        .execute(
            "for (const sheet of document.styleSheets) for (const r of sheet.cssRules) {
               const sel = (r.selectorText || '').split(',').map(s => s.trim());
               if (sel.includes('.button.secondary:focus')
                   && document.querySelector('.button.secondary'))
                 return [r.style.backgroundColor, r.style.color];
             }
             return null;",
            vec![],
        )
        .await
        .unwrap();
    assert_eq!(
        focused,
        serde_json::json!(["rgb(255, 235, 59)", "rgb(33, 43, 50)"])
    );
    sign_out(&c, &base).await;
    sign_in(&c, &base, MODERATOR).await;
    check(&c, &axe, &format!("{base}/moderate"), &mut found).await;
    c.close().await.unwrap();
    assert!(found.is_empty(), "axe found:\n{}", found.join("\n"));
}
