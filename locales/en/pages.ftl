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

## A listing's page
project-saved = Your changes are saved and show on this page now.
project-draft-saved = Your draft is saved. It is not public: only the people who keep this listing can see it, until you publish it.
project-draft-continue = Carry on with your reflection
project-waiting = Thank you. A moderator will check your changes before they show here.
project-archived = This listing is archived: the project may have closed.
project-verified-body = The project has confirmed these details.
project-last-confirmed = Last confirmed on { $date }.
project-last-checked = Details last checked on { $date }.
project-kept-title = The project keeps this listing but has not confirmed these details yet
project-kept-body = Until the project confirms them, details may be out of date: check with the project before you travel or share it.
project-unverified-title = This listing has not been confirmed by the project yet
project-unverified-body = We built it from published reports and public web pages. Details may be out of date: check with the project before you travel or share it.
project-retired-title = This listing is not shown in search results
project-retired-body = Nobody has confirmed these details for 18 months, so we have taken the listing out of search results, the map and printed sheets. It stays on this page. If you run this project, sign in and choose "Nothing has changed: the listing is still accurate", or update the details, and it will be back in search results at once.
project-offer = What it offers
project-languages = Languages
project-cost = Cost
project-not-stated = Not stated yet
project-where = Where it meets
project-no-sites = It does not list a place where it meets in person.
project-precision-postcode = shown at postcode area level
project-precision-town = shown at town level: the exact venue is not confirmed
project-precision-region = shown at region level: the exact venue is not confirmed
project-radius = Serves people within about { $miles } miles ({ $km } km)
project-areas = Says it serves people in { $areas }.
project-remote = Online or by phone for people in { $nations }.
project-when = When it meets
project-no-times = Meeting times are not confirmed yet. Contact the project to ask.
project-next = Next:
project-next-session = Next session: { $when }
project-add-to-calendar = Add the sessions to your calendar
project-contact = How to get in touch
project-contact-from-pages = Taken from public web pages (listed under “Where this came from” below); the project has not confirmed them yet.
project-no-contact = Contact details are not confirmed yet. We publish a website, phone number or e-mail address only when the project gives it to us or a public page we can name states it. Your GP, midwife, health visitor or perinatal team may be able to put you in touch.
project-website = Website:
project-email = Email:
project-phone = Phone:
project-partners = Working with others
project-partners-link = Find projects nearby or online whose offer adds to this one
project-source = Where this came from
project-source-pages = The public page each fact was taken from:
project-act = Is this your project, or is something wrong?
project-claim = This is our project: ask to keep this listing up to date
project-review = Review this project's reflection (for other peer support projects)
project-report = Report a problem with this listing
project-back = Back to the directory

## Reporting a problem
report-listing = Listing:
report-intro = You do not need an account. A moderator reads every report. If someone is in danger now, call 999.
report-what = What is wrong?
report-kind-closed = It has closed or stopped running
report-kind-wrong-details = Some details are wrong
report-kind-safeguarding = I have a safeguarding concern
report-kind-other = Something else
report-detail = Tell us more (optional)
report-detail-hint = Do not include anyone's name, address or health details.
report-send = Send for checking
report-thanks = Thank you, we have your report
report-thanks-body = A moderator will look at it. We do not reply to reports, so we do not ask for your contact details.
report-back = Back to { $name }
report-choose-kind = Choose what is wrong with the listing.
report-too-long = Your report is { $n } characters long; shorten it to { $max } or fewer.

## For professionals
professionals-title = For professionals
professionals-intro = For midwives, health visitors, GPs, perinatal teams and commissioners: tools to find peer support for someone, and to see where it is missing.
professionals-signpost = Make a signposting sheet
professionals-signpost-what = Peer support near where someone lives, for what they need, to print on A4 or send as a short link. Each listing has a QR code, how to join, and when it was last confirmed.
professionals-coverage = See where peer support is missing
professionals-coverage-what = A map of how far people live from in-person peer support, for any need, with the towns furthest from it. Downloads as CSV or GeoJSON.
professionals-data = Open data
professionals-projects = Every listing as JSON
professionals-taxonomy = The needs and languages listings use
professionals-data-what = No account is needed. Filter listings by need, format, delivery, nation or language, and page through them with page and per_page (up to 500).
professionals-example = For example:
professionals-openapi = How the API is described, for developers (OpenAPI 3)
professionals-oruk = The listings as Open Referral UK 3.0, for service directories
professionals-oruk-openapi = How that feed is described (OpenAPI 3)
professionals-urgent = Peer support is not an emergency service. The numbers to call for urgent help are at the foot of every page, and on every sheet.
