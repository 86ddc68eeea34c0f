## The moment of need: every language has every message of this file.

## Quick exit
exit = Leave this site
exit-hint = To leave quickly, press the Escape key 3 times, or use the “Leave this site” button.

## Crisis routes (names and numbers from data/crisis.json)
urgent-strip = Urgent help:
urgent-more = More ways to get help
urgent-title = Need help now?
urgent-intro = Peer support is not an emergency service. If you are worried about your safety or your baby's, get help straight away:
urgent-elsewhere = Elsewhere in the UK
urgent-nations = Where you live
crisis-text = text { $word } to { $number }
crisis-text-short = Text { $word } to { $number }
crisis-emergency-name = Emergency
crisis-emergency-detail = Call now if you or someone else is in danger or a life is at risk.
crisis-nhs-111-how = Call 111 and choose the mental health option.
crisis-nhs-111-detail = For urgent help with your mental health, day or night, when it is not an emergency. NHS 111 also gives urgent medical help and advice.
crisis-nhs-111-wales-how = Call 111 and press 2.
crisis-nhs-111-wales-detail = For mental health support, day or night, when it is not an emergency. NHS 111 Wales also gives urgent medical help and advice.
crisis-nhs-24-how = Call 111.
crisis-nhs-24-detail = For urgent help when it is not an emergency, including NHS 24's mental health hub.
crisis-breathing-space-detail = Someone to talk to, in the evenings and at weekends.
crisis-lifeline-detail = Call Lifeline if you are in crisis or despair, day or night.
crisis-samaritans-detail = Free to call, day or night, from anywhere in the UK, if you need someone to talk to.
crisis-shout-detail = Free, day or night, from anywhere in the UK, if you cannot or do not want to talk on the phone.
nation-england = England
nation-scotland = Scotland
nation-wales = Wales
nation-northern-ireland = Northern Ireland
list-and = { $first } and { $last }

## Postpartum psychosis
emergency-title = Postpartum psychosis is an emergency
emergency-call = Call 999
emergency-now = {" "}or go to A&E now
emergency-if = {" "}if a mother has symptoms such as confusion, seeing or hearing things that are not there (hallucinations), or thoughts of harming herself or her baby.
emergency-same-day = If you are worried she may have postpartum psychosis, contact her perinatal mental health team, midwife or GP the same day, or the local crisis team straight away.
emergency-not-peer = Do not wait for peer support. It can help alongside treatment, not instead of it.

## Dates
date-long = { $day } { $month } { $year }
month-1 = January
month-2 = February
month-3 = March
month-4 = April
month-5 = May
month-6 = June
month-7 = July
month-8 = August
month-9 = September
month-10 = October
month-11 = November
month-12 = December
weekday-1 = Monday
weekday-2 = Tuesday
weekday-3 = Wednesday
weekday-4 = Thursday
weekday-5 = Friday
weekday-6 = Saturday
weekday-7 = Sunday

## Languages
layout-languages = Need this in another language?
languages-title = Choose a language
languages-intro = peermap in your language. Listings stay in the words their projects wrote.
languages-scope-all = the whole site
languages-scope-core = finding support and urgent help
languages-interpreter = You can ask your GP, midwife or health visitor for an interpreter. It is free.

## Front page
home-title = Find peer support for your mental health in pregnancy or after birth
home-form-title = What are you looking for?
home-about-title = What peer support is
home-lead = Peer support means help from people who have been through it too. It can sit alongside care from your GP, midwife, health visitor or perinatal team.
home-listed = { $n ->
    [one] { $n } project is listed so far.
   *[other] { $n } projects are listed so far.
}

## Search form
form-where = Postcode, town or city
form-where-hint = For example, B15 2TT, Preston or Portadown
form-error-prefix = Error:
form-locate = Use my location
form-need = Support for
form-any-need = Any kind of support
form-need-none-named = { $label } (none listed yet: general support shown)
form-need-listed = { $listed ->
    [one] { $label } (1 listing)
   *[other] { $label } ({ $listed } listings)
}
form-need-none-near = { $listed ->
    [one] { $label } (1 listing, none near you)
   *[other] { $label } ({ $listed } listings, none near you)
}
form-need-near = { $listed ->
    [one] { $label } (1 listing, { $near } near you)
   *[other] { $label } ({ $listed } listings, { $near } near you)
}
form-more = More options
form-format = Group or one to one
form-either = Either
form-delivery = How you would like to take part
form-any-way = Any way
form-language = Language
form-any-language = Any language
form-principles = Perinatal Peer Support Principles
form-reflected = Has published its reflection on the principles
form-reviewed = Peer reviewed by another project
form-assured = Peer-assured
form-stage = Are you pregnant or has your baby arrived?
form-any-stage = Prefer not to say
form-within = How far can you travel?
form-any-distance = Show the nearest, however far
form-within-miles = Within { $miles } miles ({ $km } km)
form-submit = Search
format-group = Group
format-one-to-one = One to one
delivery-in-person = In person
delivery-online = Online (video, forum or chat)
delivery-phone = By phone
delivery-home-visit = Home visits
stage-pregnant = Pregnant
stage-after-birth = After birth
referral-self = You can refer yourself
referral-professional = Through a health or care professional
need-perinatal-mental-health = Mental health in pregnancy or after birth
need-postnatal-depression-anxiety = Depression or anxiety in pregnancy or after birth
need-postpartum-psychosis = Postpartum psychosis
need-perinatal-ocd = Perinatal OCD
need-birth-trauma = Difficult or traumatic birth
need-baby-loss = Baby loss
need-twins-multiples = Twins and multiple births
need-refugee-migrant-women = Refugee and migrant women
need-minority-ethnic-communities = Black, Asian and minority ethnic communities
need-fathers-partners = Fathers and partners
need-disabled-parents = Disabled parents
need-lgbt-parents = LGBT+ parents
need-young-parents = Young parents
need-homelessness = Homelessness or unsafe housing
need-drug-alcohol-use = Drug or alcohol use
need-criminal-justice = Contact with the criminal justice system

## Search results
search-title = Find peer support near you
search-intro = Type where you live to see peer support you can get to, and support you can join online or by phone.
search-error-title = Error: { $title }
search-problem-title = There is a problem
search-try = Did you mean:
search-choose-title = Which place do you mean?
search-near-title = Peer support near { $place }
search-serving-title = Peer support serving { $place }
search-change = Change your search
search-again = Change your search (at the top of the page)
search-any-support = All peer support
search-in-language = in { $language }
search-within = within { $miles } miles
search-precision = Distances are measured in a straight line from the middle of { $place } ({ $precision }), in { $nation }.
search-in-person = In person
search-none-near = We could not find peer support that meets in person within the distance you chose, for what you chose.
search-nearest-beyond = The nearest further away
search-none-at-all = We do not know of any in-person peer support that matches everything you chose. Try fewer options, or see the online and phone support below.
search-serving = Serves your area
search-serving-intro = These projects say they serve the area you are in. Some do not give a place to meet: get in touch to ask where and how.
search-online = Online and by phone — wherever you are
search-no-online = We do not know of online or phone peer support that matches everything you chose.
search-nation-no-distances = { $place } is a whole nation, so there are no distances: these are the listings that serve it. For the nearest to someone, search for their postcode or town.
search-nation-listings = Listings that serve { $place }
search-nation-none = We do not know of peer support that serves this nation for everything you chose. Try fewer options, or see the online and phone support below.
search-nation-serves = For people in { $nation }
search-meets = Meets { $places }
place-precision-coordinates = exact coordinates
place-precision-sector = postcode sector
place-precision-district = postcode district
place-precision-place = town or city centre
place-precision-authority = council area
place-precision-nation = the whole nation
results-count = { $all ->
    [one] { $all } result: { $near } in person or in your area, { $remote } online or by phone
   *[other] { $all } results: { $near } in person or in your area, { $remote } online or by phone
}
results-away = { $distance } away, { $place }
results-service-area = You are inside the area it serves.
results-serves = Serves { $areas }
results-chosen = Within the distance you chose.
results-general = General support for any mental health difficulty in pregnancy or after birth: it does not name what you chose, but can help with it.
results-also-remote = Also online or by phone.
results-next-group = Next group: { $when }
results-join = How to join:
results-or = or
results-call = Call { $phone }
results-website = Visit website
results-on-a-map = Show these on a map
results-email = E-mail
distance-tenth = less than { $tenth } miles
distance-fine = { $mi } miles ({ $km } km)
distance-under-mile = under a mile
distance-about = { $n ->
    [one] about { $mi } mile ({ $km } km)
   *[other] about { $mi } miles ({ $km } km)
}
site-exact = at { $place }
site-postcode = in { $place } (postcode area; the exact place is not given)
site-town = in { $place } (town centre; the exact place is not given)
site-region = in { $place } (somewhere in this area; the exact place is not given)
status-verified = Confirmed by the project
status-verified-on = Confirmed by the project on { $date }
status-unverified = Not yet confirmed by the project
fresh-confirmed = May be out of date: last confirmed on { $date }.
fresh-added = May be out of date: added on { $date } and not confirmed since.

## Next steps when there are few results
next-title = What you can do next
next-without-need = Search again for any kind of support
next-general-near = Search again for general support near you
next-any-distance = Search again however far away
next-any-language = Search again in any language
next-see-online = See the support you can join online or by phone
next-urgent = If you need help now, see who to call for urgent help
next-ask = You can also ask your GP, midwife, health visitor or perinatal mental health team about support near you: they can refer you, and some groups take referrals only from them.

## Errors
error-not-found-title = Page not found
error-not-found = We could not find the page you asked for.
error-not-found-hint = If you typed the web address, check it is correct. If you pasted it, check you copied all of it.
error-home = Go to the start page
