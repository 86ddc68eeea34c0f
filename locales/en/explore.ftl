## The map, coverage, the toolkit, support between projects, partners, claims, the
## listing's reflection and the signposting sheet's own tools. English and Welsh.

## The map
map-title = Map of peer support
map-intro-sites = Each red circle is a place where a project meets; a circle with a white ring holds several places close together. The numbers match the list of places under the map. Choose a circle to see its project.
map-intro-place = The black marker is the place you searched for, and the numbered red circles are the nearest projects, listed under the map. Each hexagon shows how many projects meet in person in that area; choose one to look closer.
map-intro = Each hexagon shows how many projects meet in person in that area. Choose a hexagon to look closer. The same projects are listed under the map.
map-group = { $n } places close together, listed under the map
map-nearby = Nearest towns:
map-health-area = NHS area (dashed lines on the map):
map-around = Peer support around { $place }
map-in = Peer support in { $place }
map-svg-title = Map of in-person perinatal peer support
map-svg-markers = { $n } places shown as markers.
map-svg-areas = { $n ->
    [one] 1 area shown as a hexagon, with its number of projects.
   *[other] { $n } areas shown as hexagons, each with its number of projects.
}
map-list-areas = Areas on this map
map-list-sites = Places on this map
map-none = No project that matches your choices meets in person in this area.
map-online-count = { $n ->
    [one] 1 online or phone option also matches your choices.
   *[other] { $n } online or phone options also match your choices.
}
map-online-link = See online and phone support
map-online-title = Online and by phone
map-online-in = Online and by phone in { $nation }
map-place-form = Find a place on the map
map-show-place = Show on the map
map-moves = Move the map
map-zoom-out = Zoom out: a wider view
map-move-north = Move north
map-move-east = Move east
map-move-south = Move south
map-move-west = Move west
map-you = You searched near { $place }
map-breadcrumbs = Where you are on the map
map-too-many = Too many projects meet in this view to list them all here. Choose an area to see its projects, or
map-directory-link = see every project in the directory
map-more-sites = { $total } places meet in this area. The map and the list show the first { $shown }, nearest or by name. Search from a postcode to find the nearest.
map-projects = { $n ->
    [one] 1 project
   *[other] { $n } projects
}
map-marker = { $name } at { $place }
map-marker-far = { $name } at { $place }, { $distance }
map-uk = The UK
map-this-area = this area
map-side-of = { $town } ({ $side })
map-side-north = north
map-side-north-east = north-east
map-side-east = east
map-side-south-east = south-east
map-side-south = south
map-side-south-west = south-west
map-side-west = west
map-side-north-west = north-west
region-north-east = North East
region-north-west = North West
region-yorkshire-and-the-humber = Yorkshire and the Humber
region-east-midlands = East Midlands
region-west-midlands = West Midlands
region-east-of-england = East of England
region-london = London
region-south-east = South East
region-south-west = South West

## Coverage
coverage-title = Where in-person peer support is out of reach
coverage-intro = Each hexagon (about 17 km across) is shaded by the straight-line distance from its middle to the nearest place that meets in person for what you chose. Travel by road or public transport is usually further.
coverage-show = Show coverage
coverage-sites = { $n } in-person places match what you chose.
coverage-unverified = Built from the listings in peermap, most not yet confirmed by their project: a gap here may be a gap in our data.
coverage-map-title = Distance to in-person peer support across the UK
coverage-hexagons = { $n } hexagons
coverage-hexagons-word = hexagons
coverage-legend = Key: distance from the middle of each hexagon
coverage-online-uk = { $n ->
    [one] 1 online or phone option serves everyone in the UK.
   *[other] { $n } online or phone options serve everyone in the UK.
}
coverage-online-nation = { $n ->
    [one] 1 online or phone option serves everyone in { $nation }.
   *[other] { $n } online or phone options serve everyone in { $nation }.
}
coverage-towns = Towns furthest from in-person support
coverage-towns-note = Towns and cities of 5,000 people or more (GeoNames), furthest first.
coverage-town = Town
coverage-people = People
coverage-distance = Distance to the nearest
coverage-download = Download the hexagons
coverage-csv = CSV (spreadsheet)
coverage-geojson = GeoJSON (for mapping software)
band-under-10-miles = Under 10 miles (16 km)
band-10-to-25-miles = 10 to 25 miles (16 to 40 km)
band-25-to-50-miles = 25 to 50 miles (40 to 80 km)
band-50-miles-or-more = 50 miles (80 km) or more
band-no-site = No in-person support anywhere

## The principles and the self-reflection grid (the domain's words, for the translator)
principle-heading = Principle { $n }: { $statement }
principle-1 = Good perinatal peer support is safe and nurturing
principle-2 = Good perinatal peer support is accessible and inclusive
principle-3 = Good perinatal peer support complements rather than replicates the work of clinical mental health services
principle-4 = Good perinatal peer support provides opportunities for meaningful involvement of people with lived experience and peer leadership
principle-5 = Good perinatal peer support benefits everyone involved, including peer supporters
principle-short-safe-and-nurturing = Safe and nurturing
principle-short-accessible-and-inclusive = Accessible and inclusive
principle-short-complements-clinical-services = Complements rather than replicates clinical mental health services
principle-short-lived-experience-and-peer-leadership = Meaningful involvement of people with lived experience and peer leadership
principle-short-benefits-everyone = Benefits everyone involved, including peer supporters
principle-1-a = What do you do, in practice, so that people feel welcome when they come to you?
principle-1-b = What are your safeguarding policy and procedures? Is there a named safeguarding lead, and do they cover adults and children? Who could help you develop them?
principle-1-c = How are ground rules and boundaries agreed, and how are they kept to?
principle-1-d = If you offer support online, what extra risks does that bring? How are groups moderated, what training have the moderators had, and what are the limits of the platforms you use (public social media, for example)?
principle-2-a = What have you done to make your support easier to reach?
principle-2-b = Do you offer different kinds of peer support and activities? Have you made links with other peer support near you, so that women have more options to choose from?
principle-2-c = What particular barriers might the women you support face in reaching you, and what will you do about them?
principle-3-a = How do you relate to clinical maternal mental health services, and how does that help the support you give?
principle-3-b = In what ways is what you offer like, and unlike, the clinical services in your area?
principle-3-c = What outcomes are you aiming for, and how did you choose them?
principle-4-a = Who took part in designing your peer support, and who makes the decisions?
principle-4-b = Which kinds of lived experience matter for your peer support, and how do they shape your project?
principle-4-c = Which leadership roles are held by peers? Is lived experience represented in management and, where you have them, among senior staff and trustees?
principle-5-a = How does taking part affect your peer supporters' own mental health and wellbeing?
principle-5-b = What training do your peer supporters and facilitators get, and how does it fit your kind of peer support?
principle-5-c = What training and support do peers moving into leadership roles get?
principle-5-d = What supervision, including clinical supervision, can your peer supporters use? Who could help you arrange it?
grid-column-1 = How we do this, or plan to
grid-column-2 = How we show it
grid-column-3 = What we will do next
grid-hint-1 = Write down what you already do for this principle, or what you plan to do.
grid-hint-2 = What would show someone else that you do it: a policy, a training record, what people tell you.
grid-hint-3 = If you found a gap, what you will do about it, and who could help.
reflection-status-we-do-this = In place
reflection-status-working-towards = Working on it
reflection-status-not-yet = Not yet
reflection-status-does-not-apply = Does not apply to us

## The toolkit
toolkit-title = Toolkit for peer support projects
toolkit-lead = For anyone running or starting perinatal peer support, however small: the five principles, questions to think about together, what helps, and how to find training and supervision. Free to use, print and share.
toolkit-contents = On this page
toolkit-principles-title = The five principles and their questions
toolkit-principles-intro = The Perinatal Peer Support Principles were written with peer supporters, mums and the organisations that support them. Each comes with questions to reflect on. They are here in our own words, with the letters the self-reflection grid gives them.
toolkit-official = Read the principles in full on the Maternal Mental Health Alliance's website
toolkit-how-title = How to use the questions
toolkit-how-1 = Work through them together, with the women who give and receive your support, not alone.
toolkit-how-2 = For each question, note how you do this (or plan to), how you could show it, and what you will do next.
toolkit-how-3 = There are no marks and no pass or fail. A gap you have found is a next step, not a failure.
toolkit-how-4 = Come back to them each year: what you wrote last year shows how far you have come.
toolkit-workbook = Print the workbook: a blank grid to fill in on paper
toolkit-listed = If your project is listed on peermap, its keepers can also write their reflection on the listing's page after signing in, keep it as a private draft, and publish it when they are ready.
toolkit-helps-title = What helps
toolkit-helps-intro = What the research behind the principles and peer workers in NHS teams say makes peer support safe and good:
toolkit-helps-safeguarding = A safeguarding lead
toolkit-helps-safeguarding-what = A named person, and safeguarding policies for adults and children that staff, volunteers and members all know. Where you visit people at home or work alone, policies for that too.
toolkit-helps-ground-rules = Ground rules and boundaries
toolkit-helps-ground-rules-what = Agreed with the group at the start, and looked at again as the group changes, including how much each person wants to share and hear.
toolkit-helps-moderated = Moderated online groups
toolkit-helps-moderated-what = Online groups and messaging on a platform you can moderate, with trained moderators who take down harmful posts and reach out to anyone who may be at risk.
toolkit-helps-easy = Easy to reach
toolkit-helps-easy-what = Self-referral, short waits, places with good transport, times that suit, and help with costs.
toolkit-helps-links = Links with others
toolkit-helps-links-what = With other peer support nearby, so women can choose what suits them, and with local clinical teams for referrals both ways and for safeguarding concerns, while staying one step removed from clinical services.
toolkit-helps-led = Led by lived experience
toolkit-helps-led-what = People who have been there taking part in designing the support, in its decisions and in its leadership.
toolkit-helps-supervision = Supervision and debriefing
toolkit-helps-supervision-what = Regular time for peer supporters to debrief, reflect and say what training or support they need.
toolkit-small-title = Training and supervision for small groups
toolkit-small-intro = A small or informal group may not have a manager, a trainer or a clinician of its own. The sources describe other ways:
toolkit-small-training = Training
toolkit-small-training-what = External courses, an independent trainer, or a larger organisation that trains its own peer supporters and can include yours.
toolkit-small-larger = Supervision through a larger organisation
toolkit-small-larger-what = A larger peer support organisation nearby may be able to offer your peer supporters supervision and support.
toolkit-small-peer = Peer-to-peer supervision
toolkit-small-peer-what = Time with other peer workers to reflect, share what you have learned and hold each other to account. Peer workers in NHS perinatal teams valued this most of all.
toolkit-small-pairs = In pairs or as a group
toolkit-small-pairs-what = Where no one else can offer supervision, peer supporters debrief and reflect in pairs or in group reflection sessions.
toolkit-small-clinical = Clinical supervision
toolkit-small-clinical-what = A working relationship with your local perinatal mental health team or a mother and baby unit can give access to clinical supervision, and a route for safeguarding concerns.
toolkit-support = Find projects that offer training, supervision, mentoring or joint groups
toolkit-assurance = Peer assurance: how projects check their work against the principles with each other
toolkit-partners = Search for peer support projects near you
toolkit-partners-hint = to find a larger organisation or a group like yours to work with. A listed project's page also has a partner finder: projects near it whose support complements its own.
toolkit-sources-title = Where this comes from
toolkit-sources = Mind and McPin Foundation, “Maternal Mental Health Peer Support Quality Assurance Principles” (November 2019), including its self-reflection grid; Mind and Health Education England, “Peer Workers in NHS perinatal mental health services: a values-based approach”.

## The workbook and a project's reflections, year by year
workbook-title = Self-reflection workbook
workbook-lead = The five Perinatal Peer Support Principles and their questions, with space to write. Fill it in together, with the women who give and receive your support.
workbook-print = To print it, or save it as a PDF, use your browser's Print command: it is laid out for A4, one principle to a page. Nothing you write on paper is sent anywhere.
workbook-back = Back to the toolkit
workbook-project = Project or group
workbook-who = Who took part
workbook-date = Date
workbook-no-score = There are no marks and no pass or fail: a gap you find is a next step.
years-title = Reflections on the principles, year by year
years-lead = Each year's published self-assessment is kept here beside the earlier ones, in the workbook's form. It is the project's own account: never a score.
years-print = To print it, or save it as a PDF, use your browser's Print command: it is laid out like the workbook, one principle to a page.
years-none = This project has not published a reflection yet.
years-where = Where the project is:
years-not-answered = Not written.
years-back = Back to the listing
years-years = Years
years-published = Published { $date }

## Partners
partners-title = Possible partners for { $name }
partners-intro = Projects that meet near this project's sites, and online or phone projects serving the same nations. Those that would add most to what this project offers come first, then the nearest.
partners-within = How far from this project's sites
partners-show = Show partners
partners-own = What this project offers now
partners-combined = What the offers together would cover
partners-new = New with partners:
partners-nothing-new = Adds nothing this project does not already offer, as far as the listings say.
partners-adds = Adds { $what }.
partners-none = We do not know of other projects near this project's sites or serving its nations.
partners-list = Partners, most to add first
partners-not-stated = The listing does not say.
partners-unverified = Listings not yet confirmed by their project come from published reports: what they offer may be incomplete.
partners-also-meets = Also meets at { $place }.
partners-meets = Meets at { $place }, { $distance } from this project's site at { $ours }.
partners-adds-label = Adds

## Peer assurance
assurance-title = Peer assurance
assurance-lead = A way for peer support projects to check their work against the principles with each other, openly. It is not a grade: a project either meets what is asked below or not yet, and anyone can see why.
assurance-asks-title = What is asked
assurance-self = A published self-assessment of all five principles, each published in the past 12 months. Keepers of a listing write it on the listing's reflection form; the questions are the toolkit's.
assurance-reviews = Peer reviews by at least two other projects in the past 12 months. Each review looks at all five principles, and for each one the reviewing project either recognises what it read or asks about it. Where it asks, the reviewed project answers in its reply.
assurance-then-title = What happens then
assurance-then-1 = The listing shows “Peer-assured”, with the date it met what is asked and links to the reviews.
assurance-then-2 = It stands for 12 months from that date. Publishing the self-assessment again and new reviews renew it.
assurance-then-3 = If something is wrong, a moderator can withdraw it. The reason is kept in the listing's history, and the route starts again: a new self-assessment and new reviews.
assurance-then-4 = Nothing is counted or compared between projects: there are no marks, no places in a list and no pass rates.
assurance-start = Start with the toolkit's questions
