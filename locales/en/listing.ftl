## A listing's page (its copy, reflection and reviews), the checks on forms and reviews, the
## geocoder's messages and the error pages. English and Welsh.

## Why a place typed could not be used (the geocoder's reasons).
geo-or = { $first } or { $last }
geo-empty = Please type a town, city or postcode to search near.
geo-too-long = That search is too long. Please type a town, city or postcode (up to { $most } characters).
geo-ambiguous = There is more than one place called “{ $query }”: { $places }. Please add the area after a comma.
geo-ambiguous-example = There is more than one place called “{ $query }”: { $places }. Please add the area after a comma, for example “{ $example }”.
geo-postcode-unknown = We don't recognise the postcode “{ $query }”. Please check it, or try a town or city instead.
geo-postcode-did-you-mean = We don't recognise the postcode “{ $query }”. Did you mean { $suggestions }?
geo-not-found = We couldn't find “{ $query }”. Try a nearby town or city, or a postcode.
geo-not-found-did-you-mean = We couldn't find “{ $query }”. Did you mean { $suggestions }?
geo-outside = “{ $query }” is in { $area }, which this directory does not cover: it lists support in England, Scotland, Wales and Northern Ireland.
geo-area-jersey = Jersey
geo-area-guernsey = Guernsey
geo-area-isle-of-man = the Isle of Man
geo-bad-coordinates = “{ $query }” is not a place in the UK, and this directory only covers the UK. Type a latitude then a longitude (for example 52.48,-1.89), or a town or postcode.
geo-which = There is more than one place called “{ $query }”. Which do you mean?

## Error pages: the title for each status, and the details that are the same every time.
error-title-400 = There is a problem with your request
error-title-401 = You need to sign in
error-title-403 = You cannot do that
error-title-408 = What you sent did not arrive in time
error-title-409 = That cannot be done now
error-title-413 = What you sent is too large
error-title-429 = Too many attempts
error-title-500 = Sorry, something went wrong on our side
error-title-503 = This is taking too long
error-too-large = Shorten the text and try again.
error-timed-out = Go back and send it again.
error-busy = We are very busy. Please try again in a minute.
error-internal = Please try again in a few minutes.

## The checks on an address's query string and on a form's body.
query-too-long = The address is too long. Choose fewer filters.
query-unreadable = The address could not be read. Check the link and try again.
form-unreadable = The form could not be read. Go back and try again.
query-not-known = { $key }: “{ $value }” is not one we know; use one of: { $accepted }
query-not-a-number = { $key }: “{ $value }” must be a whole number from { $min } to { $max }
query-need-unknown = need: “{ $value }” is not a known need; use one of: { $accepted }
query-lang-unknown = lang: “{ $value }” is not a language code we know; use one of: { $accepted }
query-flag-unknown = { $key }: “{ $value }” is not understood; use { $key }={ $on }

## The details of error pages that the web layer gives.
error-sign-in-first = Sign in to do this.
error-moderators-only = Only moderators can do this.
error-no-such-listing = There is no such listing.
error-no-listing-called = There is no listing called “{ $name }”.
error-nothing-here = There is nothing at this address. Check the link, or go back and try again.
error-maintainers-only = Only the project's own maintainers and moderators can change this listing.
error-form-expired = This form has expired or did not come from peermap. Go back, reload the page and try again.

## The checks on a listing as sent (its form, a proposal, an import).
check-field-name = name
check-field-organisation = organisation
check-field-summary = summary
check-field-description = description
check-field-source = source
check-field-cost = cost
check-field-schedule-note = schedule note
check-field-eligibility-note = eligibility note
check-field-website = website
check-field-email = email
check-field-phone = phone
check-field-fact-source = a fact's source
check-field-reflection = reflection
check-field-reflection-evidence = reflection evidence
check-field-reflection-next-steps = reflection next steps
check-missing = { $field } is missing
check-too-long = { $field } is { $len } characters long; the most is { $max }
check-control = { $field } contains control characters
check-need = “{ $need }” is not a known need; use one of: { $known }
check-language = “{ $code }” is not a language code we know (use ISO 639-1, like pl or ur)
check-website = website “{ $site }” must start with https://
check-email = email “{ $email }” does not look like an e-mail address
check-fact = “{ $fact }” is not a fact a source can be given for; use one of: { $known }
check-source-web = the source “{ $url }” of the { $fact } must be a web address starting with https:// or http://
check-site-unlabelled = a site has no label
check-site-repeated = two sites are both called “{ $site }”
check-latitude = site “{ $site }”: latitude { $value } is not between -90 and 90 degrees
check-longitude = site “{ $site }”: longitude { $value } is not between -180 and 180 degrees
check-site-radius = site “{ $site }”: radius_km must be between 0 and { $max }
check-session-site = a session meets at “{ $site }”, which is not one of the sites
check-reflection-repeated = two reflections on the principle “{ $principle }”
check-ages = minimum age { $min } is above maximum age { $max }
check-session-interval = A session must happen every 1 or more weeks or months.
check-session-ends = A session ends ({ $closes }) before it starts ({ $opens }).
check-session-weekly-week = Only a monthly session has a week of the month.
check-session-monthly-week = A monthly session needs the week of the month it meets in (first, second, third, fourth or last).
check-session-bad-week = The week of the month must be the first, second, third, fourth or last (not { $week }).
check-session-first-date = A session held every 2 or more weeks or months needs the date of its first session, to count from.
check-session-last-date = A session's last date is before its first date.

## The checks on a review form.
check-review-comment = Say in a comment why you chose this for “{ $principle }”.
check-review-verdict = Choose “we recognise this”, “we would ask about this” or “not reviewed” for “{ $principle }”.
check-review-none = Review at least one principle: all of them are marked “not reviewed”.

## A use case's refusals.
refusal-no-such-listing = There is no such listing.
refusal-no-such-review = There is no such review.
refusal-no-such-visible-review = There is no such visible review.
refusal-no-such-request = There is no such request.
refusal-no-such-change = There is no such change.
refusal-listing-gone = The listing has gone.
refusal-link-invalid = This link is not right: it may have been cut short or changed. Copy the whole link from the e-mail, or sign in and confirm the listing from the page where you keep it.
refusal-link-expired = This link has expired. Sign in and confirm the listing from the page where you keep it.
refusal-link-listing-hidden = This listing is not shown at the moment, so it cannot be confirmed from this link. Sign in to see it.
refusal-link-already-used = This listing has been confirmed since this link was sent, so there is nothing more to do.
refusal-already-replied = You have already replied to this review.
refusal-only-moderator-withdraws = Only a moderator can withdraw peer assurance.
refusal-not-assured = This listing is not peer-assured, so there is nothing to withdraw. Nothing has changed.
refusal-request-decided = This request has already been decided.
refusal-change-decided = This change has already been decided.
refusal-own-request = You made this request, so another moderator must decide it. Nothing has changed.
refusal-listing-exists = A listing “{ $slug }” exists already: reject this and ask them to claim it.
refusal-request-names-no-listing = This request names no listing.
refusal-change-conflicts = This change cannot be applied: { $fields } changed since it was made. Reject it with a note and ask the maintainer to make it again.
refusal-whole-listing = the listing as a whole
refusal-not-offered = { $name } does not offer “{ $kind }”.
refusal-nobody-keeps = Nobody keeps the listing of { $name } on peermap yet, so we cannot pass your message on. Nothing was sent.
refusal-too-late = A review can be changed for { $days } days after it is published. This one was published on { $published }, so it stays as it is. Your project can review this one again from { $again }.
refusal-only-writers-change = Only the people who keep the project that wrote a review can change it.
refusal-own-review = You wrote this review, so another moderator must decide whether to hide it. Nothing has changed.
