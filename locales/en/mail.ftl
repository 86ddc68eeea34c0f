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
