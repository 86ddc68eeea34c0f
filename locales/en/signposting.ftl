## The signposting sheet's professional controls and shortlist tools, the calendar and the
## map's errors. English and Welsh.

## The map's errors about the area asked for (`cell`).
map-cell-unknown = cell: “{ $cell }” is not an area of this map. Start again from the map of the UK.
map-cell-outside = cell: that area is outside the UK, and this map shows only the UK. Start again from the map of the UK.

## The sheet's form, on the page that asks and on the sheet to change it.
sp-ask-title = Make a signposting sheet
sp-ask-intro = For health and care professionals: a page of peer support near where someone lives, for what they need, to print or to send as a link.
sp-make = Make the sheet
sp-where = Their postcode, town or city
sp-within = How far can they travel?
sp-within-hint = For meeting in person. Online and phone support is listed wherever they are.
# { $within } is "Within 25 miles (40 km)".
sp-within-usual = { $within }, the usual distance
sp-any-distance = However far: the nearest first
sp-delivery = How they would like to take part

## The professional's tools on the sheet (not printed).
sp-looks = The sheet looks { $miles } miles around { $place } for peer support that meets in person.
sp-looks-usual = The sheet looks { $miles } miles around { $place } for peer support that meets in person: the usual distance when none is chosen.
sp-looks-any = The sheet lists the nearest peer support that meets in person, however far.
sp-change = Change the sheet
sp-no-distances = A whole nation has no distances: for the nearest to the person, make the sheet for their postcode or town.
sp-shortlist-hint = Untick what does not fit, then make a shortlist: a short link to send or print. No account is needed and nothing about the person is kept except the area.
sp-make-shortlist = Make a shortlist of the ticked listings
sp-print-hint = To print, use your browser's Print command: the page is laid out for A4.
sp-qr-listing = QR code for { $name }: { $url }
sp-where-missing = Enter their postcode, town or city
sp-keep-none = Tick at least one listing to keep, then make the shortlist again.
sp-keep-too-many = A shortlist can keep up to { $most } listings; { $ticked } were ticked. Untick some, then make the shortlist again.
sp-keep-unknown = “{ $slug }” is not a published listing: it may have closed since the sheet was made. Make the shortlist from the listings below.
shortlist-other-site = We only accept this form from peermap's own pages. Open the signposting sheet on this site and make the shortlist from there.

## A kept shortlist.
sp-title-near = Peer support near { $place }
sp-title-in = Peer support in { $place }
sp-title-for-near = Peer support for { $needs } near { $place }
sp-title-for-in = Peer support for { $needs } in { $place }
sp-made = Shortlist made
sp-made-next = Copy its link below, or send it by e-mail or text message. It keeps only the area and the listings you ticked.
sp-send = Send this shortlist
sp-link = Link to this shortlist
sp-link-hint = Select the link to copy it, or send it from this device:
sp-email = Send by e-mail
sp-text = Send by text message
sp-qr-shortlist = QR code for this shortlist: { $url }
sp-gone = No longer listed (the project may have closed or changed):
sp-no-shortlist = There is no shortlist at this address. Check the link, or make a new shortlist from a signposting sheet.

## A listing's sessions for a phone's calendar.
cal-no-sessions = “{ $name }” has no sessions to come.
cal-online = Online or by phone
