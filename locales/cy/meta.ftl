# Written by a peermap engineer who is not a fluent Welsh speaker: not yet reviewed.
catalogue-reviewed = no
catalogue-note = Heb ei wirio eto gan siaradwr Cymraeg rhugl.
