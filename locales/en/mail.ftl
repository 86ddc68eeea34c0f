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
