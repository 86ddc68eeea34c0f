# Written by a peermap engineer, not by a fluent speaker: not yet reviewed.
catalogue-reviewed = no
catalogue-note = Not yet checked by a fluent speaker.
