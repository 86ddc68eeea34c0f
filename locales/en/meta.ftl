# English is the source language.
catalogue-reviewed = yes
catalogue-note = The source text.
