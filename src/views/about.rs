//! What peermap is, where its data comes from, and the attribution licences require.

use super::layout::{Chrome, page};
use maud::{Markup, html};

/// Where the published Perinatal Peer Support Principles can be read.
pub const PRINCIPLES_URL: &str = "https://maternalmentalhealthalliance.org/psp/";

mod copy {
    pub const TITLE: &str = "About peermap";
    pub const WHAT: &str = "peermap is a free directory and map of perinatal mental health peer support in the UK: support from people who have lived through mental health difficulties in pregnancy or after birth themselves.";
    pub const WHY: &str = "About 1 in 5 women have a mental health problem in pregnancy or in the year after birth. What peer support you can find still depends on where you live. People working in the sector asked for a database and map of peer support projects that follow the Perinatal Peer Support Principles, so that families and the professionals who support them can find it.";
    pub const LISTINGS_TITLE: &str = "Where the listings come from";
    pub const LISTINGS: &str = "The first listings are organisations named in published reports about perinatal peer support, and other UK projects described on public web pages. Each one says it is not yet confirmed until the project itself checks it, and names the public page each of its facts came from. We never make up contact details, meeting times or places: a website, phone number or e-mail address is shown only when the project's own pages or a public body's page give it, and where a page gives only a town, we show the town.";
    pub const REPORTS: &[&str] = &[
        "Mind and McPin Foundation, “Maternal Mental Health Peer Support Quality Assurance Principles”, final report (November 2019)",
        "Maternal Mental Health Alliance, “What are the Perinatal Peer Support Principles?”",
        "Mind and Health Education England, “Peer Workers in NHS perinatal mental health services: a values-based approach”",
        "Mind, “Perinatal peer support”",
    ];
    pub const PRINCIPLES: &str = "Read the Perinatal Peer Support Principles";
    pub const OPEN_DATA: &str = "The listings are open data under the Creative Commons Attribution 4.0 licence (CC BY 4.0), with the place data attributions below. Other directories can take them in as Open Referral UK 3.0 from /api/oruk/v3.";
    pub const PRIVACY_TITLE: &str = "Your privacy";
    pub const PRIVACY: &str = "peermap does not use cookies for visitors, does not load anything from other websites, and does not record the places you search for.";
    pub const GEO_TITLE: &str = "Maps and place data";
    pub const GEO: &str = "Postcodes, places and outlines come from open data, bundled with peermap so that no search leaves this website. Their licences ask us to say:";
    pub const ATTRIBUTION: &[&str] = &[
        "Contains OS data © Crown copyright and database right 2025. Contains Royal Mail data © Royal Mail copyright and database right 2025. Source: Office for National Statistics, licensed under the Open Government Licence v3.0. (Postcode districts and sectors, and local authorities; ONS Postcode Directory, November 2025.)",
        "Contains data from GeoNames (https://www.geonames.org/), licensed under CC BY 4.0. (Place names.)",
        "Made with Natural Earth (public domain). (Outlines of the nations.)",
        "Source: Office for National Statistics, licensed under the Open Government Licence v3.0. (NHS area outlines.)",
        "Northern Ireland local government district names: © countrystatecity / dr5hn, ODbL 1.0.",
    ];
    pub const NI_NOTE: &str = "Northern Ireland postcode locations come from the ONS Postcode Directory; Land & Property Services licenses them free for non-commercial use such as this directory.";
}

pub fn about(chrome: Chrome<'_>) -> Markup {
    let body = html! {
        h1 { (copy::TITLE) }
        p.lead { (copy::WHAT) }
        p { (copy::WHY) }
        p { a href=(PRINCIPLES_URL) rel="noreferrer noopener" { (copy::PRINCIPLES) } }
        h2 { (copy::LISTINGS_TITLE) }
        p { (copy::LISTINGS) }
        ul { @for r in copy::REPORTS { li { (r) } } }
        p #open-data { (copy::OPEN_DATA) }
        h2 { (copy::PRIVACY_TITLE) }
        p { (copy::PRIVACY) }
        h2 #data-sources { (copy::GEO_TITLE) }
        p { (copy::GEO) }
        ul { @for a in copy::ATTRIBUTION { li { (a) } } }
        p { (copy::NI_NOTE) }
    };
    page(copy::TITLE, chrome, body)
}
