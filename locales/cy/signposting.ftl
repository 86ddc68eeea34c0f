## The signposting sheet's professional controls and shortlist tools, the calendar and the
## map's errors. English and Welsh.

## The map's errors about the area asked for (`cell`).
map-cell-unknown = cell: nid yw “{ $cell }” yn un o ardaloedd y map hwn. Dechreuwch eto o fap y DU.
map-cell-outside = cell: mae’r ardal honno y tu allan i’r DU, a dim ond y DU y mae’r map hwn yn ei dangos. Dechreuwch eto o fap y DU.

## The sheet's form, on the page that asks and on the sheet to change it.
sp-ask-title = Llunio taflen gyfeirio
sp-ask-intro = I weithwyr iechyd a gofal proffesiynol: tudalen o gymorth gan gymheiriaid yn agos at ble mae rhywun yn byw, ar gyfer yr hyn sydd ei angen arnynt, i’w hargraffu neu i’w hanfon fel dolen.
sp-make = Llunio’r daflen
sp-where = Eu cod post, eu tref neu eu dinas
sp-within = Pa mor bell allan nhw deithio?
sp-within-hint = Ar gyfer cyfarfod wyneb yn wyneb. Mae cymorth ar-lein a dros y ffôn yn cael ei restru ble bynnag y maen nhw.
# { $within } is "Within 25 miles (40 km)".
sp-within-usual = { $within }, y pellter arferol
sp-any-distance = Ni waeth pa mor bell: yr agosaf yn gyntaf
sp-delivery = Sut yr hoffen nhw gymryd rhan

## The professional's tools on the sheet (not printed).
sp-looks = Mae’r daflen yn edrych { $miles } milltir o amgylch { $place } am gymorth gan gymheiriaid sy’n cyfarfod wyneb yn wyneb.
sp-looks-usual = Mae’r daflen yn edrych { $miles } milltir o amgylch { $place } am gymorth gan gymheiriaid sy’n cyfarfod wyneb yn wyneb: y pellter arferol pan na ddewisir un.
sp-looks-any = Mae’r daflen yn rhestru’r cymorth agosaf gan gymheiriaid sy’n cyfarfod wyneb yn wyneb, ni waeth pa mor bell.
sp-change = Newid y daflen
sp-no-distances = Nid oes pellteroedd ar gyfer gwlad gyfan: i gael yr agosaf at yr unigolyn, lluniwch y daflen ar gyfer eu cod post neu eu tref.
sp-shortlist-hint = Dad-diciwch yr hyn nad yw’n addas, yna lluniwch restr fer: dolen fer i’w hanfon neu i’w hargraffu. Nid oes angen cyfrif, ac ni chedwir dim am yr unigolyn ac eithrio’r ardal.
sp-make-shortlist = Llunio rhestr fer o’r rhestriadau a diciwyd
sp-print-hint = I argraffu, defnyddiwch orchymyn Argraffu eich porwr: mae’r dudalen wedi’i gosod ar gyfer A4.
sp-qr-listing = Cod QR ar gyfer { $name }: { $url }
sp-where-missing = Rhowch eu cod post, eu tref neu eu dinas
sp-keep-none = Ticiwch o leiaf un rhestriad i’w gadw, yna lluniwch y rhestr fer eto.
sp-keep-too-many = Gall rhestr fer gadw hyd at { $most } o restriadau; cafodd { $ticked } eu ticio. Dad-diciwch rai, yna lluniwch y rhestr fer eto.
sp-keep-unknown = Nid yw “{ $slug }” yn rhestriad cyhoeddedig: efallai ei fod wedi cau ers llunio’r daflen. Lluniwch y rhestr fer o’r rhestriadau isod.
shortlist-other-site = Dim ond o dudalennau peermap ei hun yr ydym yn derbyn y ffurflen hon. Agorwch y daflen gyfeirio ar y wefan hon a lluniwch y rhestr fer oddi yno.

## A kept shortlist.
sp-title-near = Cymorth gan gymheiriaid yn agos at { $place }
sp-title-in = Cymorth gan gymheiriaid yn { $place }
sp-title-for-near = Cymorth gan gymheiriaid ar gyfer { $needs } yn agos at { $place }
sp-title-for-in = Cymorth gan gymheiriaid ar gyfer { $needs } yn { $place }
sp-made = Mae’r rhestr fer wedi’i llunio
sp-made-next = Copïwch ei dolen isod, neu anfonwch hi drwy e-bost neu neges destun. Dim ond yr ardal a’r rhestriadau a diciwyd gennych y mae’n eu cadw.
sp-send = Anfon y rhestr fer hon
sp-link = Dolen i’r rhestr fer hon
sp-link-hint = Dewiswch y ddolen i’w chopïo, neu anfonwch hi o’r ddyfais hon:
sp-email = Anfon drwy e-bost
sp-text = Anfon drwy neges destun
sp-qr-shortlist = Cod QR ar gyfer y rhestr fer hon: { $url }
sp-gone = Nid yw wedi’i restru mwyach (efallai fod y prosiect wedi cau neu newid):
sp-no-shortlist = Nid oes rhestr fer yn y cyfeiriad hwn. Gwiriwch y ddolen, neu lluniwch restr fer newydd o daflen gyfeirio.

## A listing's sessions for a phone's calendar.
cal-no-sessions = Nid oes gan “{ $name }” sesiynau i ddod.
cal-online = Ar-lein neu dros y ffôn
