## Support between projects (finder, offers, connect), claims and assurance standing.
## English and Welsh.

## Support between projects: the finder
support-kind-training = Peer supporter training
support-kind-supervision = Supervision or reflective practice
support-kind-mentoring = Mentoring for new groups
support-kind-joint-groups = Joint groups
support-title = Find help from other projects
support-lead = Projects on peermap that offer other projects training, supervision or reflective practice, mentoring for new groups, or joint groups. Choose what you need and say where you are: the nearest in-person offers come first, then those online.
support-need = What you need
support-where = Your town or postcode
support-where-missing = Say where you are: a town or a postcode.
support-find = Find offers
support-near = In person, nearest first
support-online = Online, from anywhere
support-none-near = No project offers this in person yet.
support-none-online = No project offers this online yet.
support-ask = Ask to connect
support-away = { $place } ({ $distance } away)
support-no-such-kind = “{ $kind }” is not a kind of support we list.

## What a project offers other projects
support-offer-title = What you offer other projects
support-offer-lead = Tick what your project can offer other peer support projects, and say where (a town or postcode) or whether you can do it online. Other projects find it on the support finder and can ask to connect: we pass their message on by e-mail, and never show your address.
support-offers = We offer this
support-place = In person at (town or postcode)
support-online-too = Online
support-save = Save what we offer
support-saved = Saved. Other projects can find what you offer on the support finder.
support-where-label = Where
support-place-problem = { $kind }: { $problem }
support-place-missing = Say where you offer “{ $kind }”, or tick “Online”.

## Asking to connect
support-connect-title = Ask to connect
support-connect-lead = Write to the people who keep this listing. We send your message by e-mail with your address, so they can answer you directly. Their address is not shown.
support-as = Asking for
support-message = Your message
support-message-missing = Write a message: say who you are and what you would like.
support-send = Send your message
support-sent = Your message is sent
support-sent-body = We have e-mailed your message to the people who keep this listing. They will answer you at your e-mail address.
support-no-project = To ask to connect, first keep your project's listing on peermap: sign in and claim or propose it.
support-back = Back to the support finder
support-need-first = Choose what you need first.
support-only-yours = You can ask to connect only for a project whose listing you keep.
support-too-many = You have sent several messages lately. Wait 10 minutes and try again.

## Claiming a listing ("This is our project")
claim-title = This is our project
claim-intro = Tell us who you are so a moderator can check you can speak for this project. Once approved you can keep the listing up to date; it is marked as confirmed by the project when you confirm its details.
claim-who-label = Who you are
claim-already-yours = You already keep this listing.
claim-account-why = To keep a listing up to date you need an account, so that we know who is changing it and can tell you when a moderator has checked your request.
claim-account-how = An account takes a minute: your e-mail address and a password. We e-mail you a link to confirm the address, then you come back here to say who you are.
claim-create = Create an account
claim-have-one = Already have one?
claim-sent = We have your request
claim-sent-thanks = Thank you. You asked to keep the listing for { $name }.
claim-next = What happens next
claim-next-check = A moderator will check that you can speak for the project, usually within a few days. They may contact you to confirm.
claim-next-mail = We will e-mail you when it has been decided. Once approved, you can keep the listing up to date from your account.

## Where a listing stands on the peer-assurance route
assurance-assured = Peer-assured
assurance-since = { $assured } since { $since }, until { $until }.
assurance-reviews-by = Reviewed by
assurance-about = What peer assurance means
assurance-withdrawn = Peer assurance withdrawn
assurance-withdrawn-on = { $withdrawn } by a moderator on { $date }.
assurance-withdrawn-why = The reason is kept in the listing's history, and the people who keep the listing have been told it.
assurance-lapsed-on = Peer assurance lapsed on { $date }.

## What a project still needs, on its keepers' account page
assurance-needs-title = Towards peer assurance
assurance-needs-none = This project is peer-assured. To renew it, publish your self-assessment again and ask for new reviews before it lapses.
assurance-lapses-on = It lapses on { $date }.
assurance-needs-intro = Our suggestions for what to do next:
assurance-need-self = Publish your self-assessment of principle { $principles }, on { $form }.
assurance-reflection-form = your reflection form
assurance-need-reviews = { $n ->
    [one] One more project's review.
   *[other] { $n } more projects' reviews.
}
assurance-ask-reviews = Ask other projects you know to read your reflection and review it (they find “Review this project's reflection” on your listing's page).
assurance-their-review = { $name }'s review
assurance-need-reply = Reply to { $review }, answering what they asked.
assurance-need-whole = { $review } looked at some principles only: a review of all five counts. You could ask them to review again.

## A moderator withdrawing peer assurance
assurance-withdraw-title = Withdraw peer assurance
assurance-withdraw-lead = The listing will no longer show “Peer-assured”. Your reason is kept in its history, and the project starts the route again.
assurance-reason = Why you are withdrawing it
assurance-withdraw = Withdraw peer assurance
assurance-not-assured = This listing is not peer-assured, so there is nothing to withdraw.
assurance-back = Back to the listing

## A listing's page: its reflection and its peer reviews
project-reflection = The project's reflection on the Perinatal Peer Support Principles
project-reflection-note = This is the project's own account, in its own words. It is not a score or a rating.
project-reflection-questions = The questions the self-reflection grid asks about this principle:
project-reflection-years = Every year's reflection, to read side by side or print
project-reviews = Peer reviews from other projects
project-reviews-note = Other peer support projects read this project's reflection and said what they recognise and what they would ask about. These are conversations between peers, not ratings.
project-review-from = From { $reviewer }, { $date }
project-reply-from = Reply from { $name }:

## A listing's page in another language: who may come and when it meets (English pages
## keep the words of the listing's own code; these are for the translator)
project-not-pregnancy = Not during pregnancy
project-ages = Ages { $min } to { $max }
project-aged-over = Aged { $min } or over
project-aged-up-to = Aged up to { $max }
project-day-monday = Monday
project-day-tuesday = Tuesday
project-day-wednesday = Wednesday
project-day-thursday = Thursday
project-day-friday = Friday
project-day-saturday = Saturday
project-day-sunday = Sunday
project-every-week = Every { $day }
project-every-weeks = Every { $n } weeks on { $day }
project-week-first = The 1st { $day }
project-week-second = The 2nd { $day }
project-week-third = The 3rd { $day }
project-week-fourth = The 4th { $day }
project-week-last = The last { $day }
project-week-nth = The { $n }th { $day }
project-week-none = The { $day }
project-each-month = each month
project-every-months = every { $n } months
project-monthly = { $which } { $months }
project-times = { $every }, { $opens } to { $closes }
project-session-at = at { $site }
project-session-online = (online or by phone)
