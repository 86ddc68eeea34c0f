## E-mail: the frame of every message, and the account messages

mail-hello = Hello,
mail-sign-off = This message is from peermap, the directory of perinatal mental health peer support. You get it because of your account there.
mail-confirm-subject = Confirm your e-mail address for peermap
mail-confirm-thanks = Thank you for making an account on peermap. Please confirm that this e-mail address is yours: until then you can sign in, but not claim or propose a listing.
mail-confirm-once = The link works once, within { $hours } hours. If you did not make an account, you can ignore this message.
mail-confirm-action = Confirm your e-mail address
mail-reset-subject = Set a new password for peermap
mail-reset-asked = Someone asked to set a new password for the peermap account with this e-mail address. If it was you, use the link below. It works once, within 1 hour, and signs out the account everywhere else.
mail-reset-not-you = If it was not you, you can ignore this message: your password stays as it is.
mail-reset-action = Set a new password

## To moderators, and to the person a decision is about

mail-safeguarding-subject = Safeguarding concern reported about { $listing }
mail-safeguarding-reported = Someone has reported a safeguarding concern about the listing “{ $listing }”.
mail-safeguarding-today = Please read the report and act on it today. Its words are kept on the site, not in this e-mail.
mail-safeguarding-action = Read the report in the moderation queue
mail-claim-approved = Your request about “{ $listing }” was approved: you now maintain the listing and can keep it up to date.
mail-claim-rejected = Your request about “{ $listing }” was not approved, so nothing has changed.
mail-moderator-wrote = The moderator wrote: { $reason }
mail-claim-approved-subject = Approved: { $listing }
mail-claim-rejected-subject = Not approved: { $listing }
mail-see-account = See your account

## To moderators and maintainers: what waits, what was decided, reviews, reports

mail-claim-received-proposal = Someone has proposed a new listing, “{ $listing }”.
mail-claim-received-claim = Someone has asked to maintain the listing “{ $listing }”.
mail-claim-received-subject = A request to decide: { $listing }
mail-claim-received-other = Another moderator than the person who asked must decide it.
mail-claim-received-action = Decide it in the moderation queue
mail-edit-waiting-subject = A change to check: { $listing }
mail-edit-waiting = A maintainer of “{ $listing }” has changed the listing. The change shows only once a moderator has checked it.
mail-edit-waiting-other = Another moderator than the person who made it must decide it.
mail-edit-waiting-action = Check it in the moderation queue
mail-still-right-subject = Is the listing for { $listing } still right?
mail-still-right-year = It is nearly a year since “{ $listing }” was last confirmed on peermap. Mums, partners and the professionals who signpost them rely on it being right.
mail-still-right-check = Please check it. If nothing has changed, open the link below and press “Yes, it is still accurate”: you do not need to sign in, and the link works for this listing only. A month from now, a listing nobody has confirmed is marked as possibly out of date.
mail-still-right-correct = If something has changed, sign in and correct it here: { $link }
mail-still-right-action = Yes, it is still accurate
mail-review-received-subject = A peer review of { $reviewed }
mail-review-received = { $reviewer } has published a peer review of “{ $reviewed }”.
mail-review-received-where = You can read it on your listing's page and reply to it from the page where you keep the listing.
mail-read-review = Read the review
mail-edit-approved = Your change to “{ $listing }” was approved and shows on the listing now. Your later changes show at once.
mail-edit-rejected = Your change to “{ $listing }” was not approved, so the listing is as it was.
mail-edit-approved-subject = Change approved: { $listing }
mail-edit-rejected-subject = Change not approved: { $listing }
mail-see-listing = See the listing
mail-reply-subject = { $reviewed } replied to your peer review
mail-reply = “{ $reviewed }” has replied to the peer review your project wrote of it.
mail-reply-where = The reply shows under your review on their listing's page.
mail-reply-action = Read the reply
mail-review-changed-subject = A peer review of { $reviewed } was changed
mail-review-changed = { $reviewer } has changed the peer review it published of “{ $reviewed }”.
mail-review-changed-where = You can read it as it is now on your listing's page. What it said before is kept in the listing's history.
mail-problem = Someone has reported a problem with your listing “{ $listing }”: { $what }.
mail-problem-wrote = They wrote: { $detail }
mail-problem-correct = If the listing needs correcting, please correct it. A moderator will also look at the report.
mail-problem-subject = A problem reported with { $listing }
mail-problem-action = Correct the listing
mail-digest-intro = This is what is waiting for a moderator today:
mail-digest-claims = { $n ->
    [one] { $n } request to maintain or add a listing
   *[other] { $n } requests to maintain or add a listing
}
mail-digest-changes = { $n ->
    [one] { $n } change to a listing to check
   *[other] { $n } changes to listings to check
}
mail-digest-reports = { $n ->
    [one] { $n } problem report
   *[other] { $n } problem reports
}
mail-digest-stale = { $n ->
    [one] { $n } listing not confirmed for a year or more
   *[other] { $n } listings not confirmed for a year or more
}
mail-digest-stale-at = The listings not confirmed are listed at { $link }
mail-digest-subject = Waiting for a moderator today
mail-digest-action = Open the moderation queue
mail-connect-subject = { $asking } asks to connect about { $kind }
mail-connect = { $asking } found “{ $offering }” on peermap's support finder and asks to connect about: { $kind }.
mail-connect-message = Their message: { $message }
mail-connect-answer = To answer, write to { $reply }. Nobody else has this message, and we have not given them your address.
mail-connect-action = See { $asking }'s listing
mail-withdrawn-subject = Peer assurance of { $listing } withdrawn
mail-withdrawn = A moderator has withdrawn the peer assurance of “{ $listing }”.
mail-withdrawn-reason = Their reason: { $reason }
mail-withdrawn-again = The route starts again: publish your self-assessment and ask other projects for new reviews. Your account page lists what is needed.
mail-withdrawn-action = Open your account page
