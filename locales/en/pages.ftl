## The rest of the site: English and Welsh.

## The frame of every page
layout-skip = Skip to main content
layout-tagline = Perinatal mental health peer support in the UK
layout-nav = Main
layout-nav-search = Find support
layout-nav-map = Map
layout-nav-directory = Directory
layout-nav-about = About
layout-footer-note = peermap lists peer support projects. It does not give medical advice. Listings marked “not yet confirmed” have not been checked by the project.
layout-footer-about = About peermap and our data
layout-footer-projects = Run a peer support project? Keep your listing up to date
layout-footer-professionals = For professionals
layout-footer-toolkit = Toolkit for peer support projects: the principles, self-reflection and supervision
layout-footer-sheet = signposting sheet
layout-footer-coverage = coverage
layout-footer-data = open data

## Front page and search
home-who = peermap lists peer support projects across England, Scotland, Wales and Northern Ireland: groups, one-to-one support, online forums and phone lines, for mums, birthing parents, partners and families.
home-browse = Or browse the whole directory
search-share = Print or share these results
status-kept = Kept by the project, not yet confirmed by it
error-directory = Browse the directory
languages-reviewed = Which translations have been checked

## About
about-title = About peermap
about-what = peermap is a free directory and map of perinatal mental health peer support in the UK: support from people who have lived through mental health difficulties in pregnancy or after birth themselves.
about-why = About 1 in 5 women have a mental health problem in pregnancy or in the year after birth. What peer support you can find still depends on where you live. People working in the sector asked for a database and map of peer support projects that follow the Perinatal Peer Support Principles, so that families and the professionals who support them can find it.
about-listings-title = Where the listings come from
about-listings = The first listings are organisations named in published reports about perinatal peer support, and other UK projects described on public web pages. Each one says it is not yet confirmed until the project itself checks it, and names the public page each of its facts came from. We never make up contact details, meeting times or places: a website, phone number or e-mail address is shown only when the project's own pages or a public body's page give it, and where a page gives only a town, we show the town.
about-principles = Read the Perinatal Peer Support Principles
about-open-data = The listings are open data under the Creative Commons Attribution 4.0 licence (CC BY 4.0), with the place data attributions below. Other directories can take them in as Open Referral UK 3.0 from /api/oruk/v3.
about-privacy-title = Your privacy
about-privacy = peermap does not use cookies for visitors, does not load anything from other websites, and does not record the places you search for.
about-geo-title = Maps and place data
about-geo = Postcodes, places and outlines come from open data, bundled with peermap so that no search leaves this website. Their licences ask us to say:
about-ni-note = Northern Ireland postcode locations come from the ONS Postcode Directory; Land & Property Services licenses them free for non-commercial use such as this directory.
about-translations-title = Languages and translations
about-translations = peermap is in English and Welsh, and the parts for finding support and urgent help are in Polish, Romanian, Panjabi, Urdu, Portuguese, Spanish, Arabic, Bengali and Tigrinya. Listings stay in the words their projects wrote. We say plainly which translations a fluent speaker has checked.
about-reviewed = Checked by a fluent speaker
about-reviewed-none = None yet.
about-not-reviewed = Not yet checked by a fluent speaker
about-correction = If you speak one of these languages and see a mistake, tell us through “Report a problem with this listing” on any listing’s page, or ask the project that sent you here to pass it on. Say which page, what it says and what it should say.

## Directory
directory-title = Directory of perinatal peer support
directory-intro = Every project we know of. Choose filters to narrow the list.
directory-filters = Filter the list
directory-delivery = How you take part
directory-nation = Nation
directory-apply = Apply filters
directory-clear = Clear filters
directory-none = No projects match all of these filters. Try removing one.
directory-found = { $n ->
    [one] { $n } project found
   *[other] { $n } projects found
}
directory-pages = Pages
directory-previous = Previous page
directory-next = Next page
directory-page-of = Page { $page } of { $pages }
card-where = Where:
card-no-place = Place not yet known
card-online-only = Online or by phone
