## Gweddill y wefan: Saesneg a Chymraeg.

## Ffrâm pob tudalen
layout-skip = Neidio i’r prif gynnwys
layout-tagline = Cymorth gan gymheiriaid ar gyfer iechyd meddwl amenedigol yn y DU
layout-nav = Prif
layout-nav-search = Dod o hyd i gymorth
layout-nav-map = Map
layout-nav-directory = Cyfeiriadur
layout-nav-about = Amdanom ni
layout-footer-note = Mae peermap yn rhestru prosiectau cymorth gan gymheiriaid. Nid yw’n rhoi cyngor meddygol. Nid yw’r prosiect wedi gwirio rhestrau sydd wedi’u nodi’n “heb eu cadarnhau eto”.
layout-footer-about = Am peermap a’n data
layout-footer-projects = Yn rhedeg prosiect cymorth gan gymheiriaid? Cadwch eich rhestriad yn gyfredol
layout-footer-professionals = Ar gyfer gweithwyr proffesiynol
layout-footer-toolkit = Pecyn cymorth ar gyfer prosiectau cymorth gan gymheiriaid: yr egwyddorion, hunanfyfyrio a goruchwylio
layout-footer-sheet = taflen gyfeirio
layout-footer-coverage = cwmpas
layout-footer-data = data agored

## Y dudalen flaen a chwilio
home-who = Mae peermap yn rhestru prosiectau cymorth gan gymheiriaid ledled Cymru, Lloegr, yr Alban a Gogledd Iwerddon: grwpiau, cymorth un i un, fforymau ar-lein a llinellau ffôn, ar gyfer mamau, rhieni sy’n rhoi genedigaeth, partneriaid a theuluoedd.
home-browse = Neu pori’r cyfeiriadur cyfan
search-share = Argraffu neu rannu’r canlyniadau hyn
status-kept = Yn cael ei gadw gan y prosiect, heb ei gadarnhau ganddo eto
error-directory = Pori’r cyfeiriadur
languages-reviewed = Pa gyfieithiadau sydd wedi’u gwirio

## Amdanom ni
about-title = Am peermap
about-what = Mae peermap yn gyfeiriadur a map rhad ac am ddim o gymorth gan gymheiriaid ar gyfer iechyd meddwl amenedigol yn y DU: cymorth gan bobl sydd wedi byw drwy anawsterau iechyd meddwl yn ystod beichiogrwydd neu ar ôl geni eu hunain.
about-why = Mae gan tua 1 o bob 5 menyw broblem iechyd meddwl yn ystod beichiogrwydd neu yn y flwyddyn ar ôl geni. Mae’r cymorth gan gymheiriaid y gallwch ddod o hyd iddo yn dal i ddibynnu ar ble rydych chi’n byw. Gofynnodd pobl sy’n gweithio yn y sector am gronfa ddata a map o brosiectau cymorth gan gymheiriaid sy’n dilyn yr Egwyddorion Cymorth Amenedigol gan Gymheiriaid, er mwyn i deuluoedd a’r gweithwyr proffesiynol sy’n eu cefnogi ddod o hyd iddo.
about-listings-title = O ble mae’r rhestrau’n dod
about-listings = Y rhestrau cyntaf yw sefydliadau a enwir mewn adroddiadau cyhoeddedig am gymorth amenedigol gan gymheiriaid, a phrosiectau eraill yn y DU a ddisgrifir ar dudalennau gwe cyhoeddus. Mae pob un yn dweud nad yw wedi’i gadarnhau eto nes bod y prosiect ei hun yn ei wirio, ac yn enwi’r dudalen gyhoeddus y daeth pob ffaith ohoni. Nid ydym byth yn dyfeisio manylion cyswllt, amseroedd cyfarfod na lleoedd: dim ond pan fydd tudalennau’r prosiect ei hun neu dudalen corff cyhoeddus yn eu rhoi y dangosir gwefan, rhif ffôn neu gyfeiriad e-bost, a lle mae tudalen yn rhoi tref yn unig, rydym yn dangos y dref.
about-principles = Darllen yr Egwyddorion Cymorth Amenedigol gan Gymheiriaid
about-open-data = Mae’r rhestrau’n ddata agored o dan drwydded Creative Commons Attribution 4.0 (CC BY 4.0), gyda’r priodoliadau data lleoedd isod. Gall cyfeiriaduron eraill eu derbyn fel Open Referral UK 3.0 o /api/oruk/v3.
about-privacy-title = Eich preifatrwydd
about-privacy = Nid yw peermap yn defnyddio cwcis ar gyfer ymwelwyr, nid yw’n llwytho dim o wefannau eraill, ac nid yw’n cofnodi’r lleoedd rydych chi’n chwilio amdanynt.
about-geo-title = Mapiau a data lleoedd
about-geo = Daw codau post, lleoedd ac amlinelliadau o ddata agored, wedi’u cynnwys gyda peermap fel nad oes unrhyw chwiliad yn gadael y wefan hon. Mae eu trwyddedau’n gofyn i ni ddweud:
about-ni-note = Daw lleoliadau codau post Gogledd Iwerddon o Gyfeiriadur Codau Post yr ONS; mae Land & Property Services yn eu trwyddedu am ddim at ddefnydd anfasnachol fel y cyfeiriadur hwn.
about-translations-title = Ieithoedd a chyfieithiadau
about-translations = Mae peermap ar gael yn Gymraeg ac yn Saesneg, ac mae’r rhannau ar gyfer dod o hyd i gymorth a help brys ar gael mewn Pwyleg, Rwmaneg, Pwnjabeg, Wrdw, Portiwgaleg, Sbaeneg, Arabeg, Bengaleg a Tigrinya. Mae’r rhestrau’n aros yng ngeiriau’r prosiectau a’u hysgrifennodd. Rydym yn dweud yn glir pa gyfieithiadau y mae siaradwr rhugl wedi’u gwirio.
about-reviewed = Wedi’u gwirio gan siaradwr rhugl
about-reviewed-none = Dim un eto.
about-not-reviewed = Heb eu gwirio gan siaradwr rhugl eto
about-correction = Os ydych chi’n siarad un o’r ieithoedd hyn ac yn gweld camgymeriad, dywedwch wrthym drwy “Rhoi gwybod am broblem gyda’r rhestriad hwn” ar dudalen unrhyw restriad, neu gofynnwch i’r prosiect a’ch anfonodd yma i’w basio ymlaen. Dywedwch pa dudalen, beth mae’n ei ddweud a beth ddylai ei ddweud.

## Cyfeiriadur
directory-title = Cyfeiriadur cymorth amenedigol gan gymheiriaid
directory-intro = Pob prosiect rydym yn gwybod amdano. Dewiswch hidlwyr i gyfyngu’r rhestr.
directory-filters = Hidlo’r rhestr
directory-delivery = Sut rydych chi’n cymryd rhan
directory-nation = Gwlad
directory-apply = Defnyddio’r hidlwyr
directory-clear = Clirio’r hidlwyr
directory-none = Nid oes prosiectau’n cyfateb i’r holl hidlwyr hyn. Rhowch gynnig ar dynnu un.
directory-found = { $n ->
    [one] Daethpwyd o hyd i { $n } prosiect
   *[other] Daethpwyd o hyd i { $n } o brosiectau
}
directory-pages = Tudalennau
directory-previous = Y dudalen flaenorol
directory-next = Y dudalen nesaf
directory-page-of = Tudalen { $page } o { $pages }
card-where = Ble:
card-no-place = Nid yw’r lle’n hysbys eto
card-online-only = Ar-lein neu dros y ffôn

## Tudalen rhestriad
project-saved = Mae’ch newidiadau wedi’u cadw ac maent i’w gweld ar y dudalen hon nawr.
project-draft-saved = Mae’ch drafft wedi’i gadw. Nid yw’n gyhoeddus: dim ond y bobl sy’n cadw’r rhestriad hwn all ei weld, nes i chi ei gyhoeddi.
project-draft-continue = Parhau â’ch myfyrdod
project-waiting = Diolch. Bydd cymedrolwr yn gwirio’ch newidiadau cyn iddynt ymddangos yma.
project-archived = Mae’r rhestriad hwn wedi’i archifo: efallai fod y prosiect wedi cau.
project-verified-body = Mae’r prosiect wedi cadarnhau’r manylion hyn.
project-last-confirmed = Cadarnhawyd ddiwethaf ar { $date }.
project-last-checked = Gwiriwyd y manylion ddiwethaf ar { $date }.
project-kept-title = Mae’r prosiect yn cadw’r rhestriad hwn ond nid yw wedi cadarnhau’r manylion hyn eto
project-kept-body = Nes bod y prosiect yn eu cadarnhau, gall y manylion fod yn hen: gwiriwch gyda’r prosiect cyn i chi deithio neu ei rannu.
project-unverified-title = Nid yw’r prosiect wedi cadarnhau’r rhestriad hwn eto
project-unverified-body = Fe’i lluniwyd gennym o adroddiadau cyhoeddedig a thudalennau gwe cyhoeddus. Gall y manylion fod yn hen: gwiriwch gyda’r prosiect cyn i chi deithio neu ei rannu.
project-retired-title = Nid yw’r rhestriad hwn yn cael ei ddangos yn y canlyniadau chwilio
project-retired-body = Nid oes neb wedi cadarnhau’r manylion hyn ers 18 mis, felly rydym wedi tynnu’r rhestriad o’r canlyniadau chwilio, y map a’r taflenni printiedig. Mae’n aros ar y dudalen hon. Os ydych chi’n rhedeg y prosiect hwn, mewngofnodwch a dewiswch "Nothing has changed: the listing is still accurate", neu diweddarwch y manylion, a bydd yn ôl yn y canlyniadau chwilio ar unwaith.
project-offer = Beth mae’n ei gynnig
project-languages = Ieithoedd
project-cost = Cost
project-not-stated = Heb ei nodi eto
project-where = Ble mae’n cyfarfod
project-no-sites = Nid yw’n rhestru lle mae’n cyfarfod wyneb yn wyneb.
project-precision-postcode = dangosir ar lefel ardal cod post
project-precision-town = dangosir ar lefel tref: nid yw’r union leoliad wedi’i gadarnhau
project-precision-region = dangosir ar lefel rhanbarth: nid yw’r union leoliad wedi’i gadarnhau
project-radius = Yn gwasanaethu pobl o fewn tua { $miles } milltir ({ $km } km)
project-areas = Yn dweud ei fod yn gwasanaethu pobl yn { $areas }.
project-remote = Ar-lein neu dros y ffôn i bobl yn { $nations }.
project-when = Pryd mae’n cyfarfod
project-no-times = Nid yw’r amseroedd cyfarfod wedi’u cadarnhau eto. Cysylltwch â’r prosiect i ofyn.
project-next = Nesaf:
project-next-session = Y sesiwn nesaf: { $when }
project-add-to-calendar = Ychwanegu’r sesiynau at eich calendr
project-contact = Sut i gysylltu
project-contact-from-pages = Wedi’u cymryd o dudalennau gwe cyhoeddus (a restrir o dan “O ble y daeth hwn” isod); nid yw’r prosiect wedi’u cadarnhau eto.
project-no-contact = Nid yw’r manylion cyswllt wedi’u cadarnhau eto. Rydym yn cyhoeddi gwefan, rhif ffôn neu gyfeiriad e-bost dim ond pan fydd y prosiect yn ei roi i ni neu pan fydd tudalen gyhoeddus y gallwn ei henwi yn ei nodi. Efallai y gall eich meddyg teulu, eich bydwraig, eich ymwelydd iechyd neu’ch tîm amenedigol eich rhoi mewn cysylltiad.
project-website = Gwefan:
project-email = E-bost:
project-phone = Ffôn:
project-partners = Gweithio gydag eraill
project-partners-link = Dod o hyd i brosiectau gerllaw neu ar-lein y mae eu cynnig yn ychwanegu at yr un hwn
project-source = O ble y daeth hwn
project-source-pages = Y dudalen gyhoeddus y cymerwyd pob ffaith ohoni:
project-act = Ai eich prosiect chi yw hwn, neu a oes rhywbeth o’i le?
project-claim = Ein prosiect ni yw hwn: gofyn am gael cadw’r rhestriad hwn yn gyfredol
project-review = Adolygu myfyrdod y prosiect hwn (ar gyfer prosiectau cymorth gan gymheiriaid eraill)
project-report = Rhoi gwybod am broblem gyda’r rhestriad hwn
project-back = Yn ôl i’r cyfeiriadur

## Rhoi gwybod am broblem
report-listing = Rhestriad:
report-intro = Nid oes angen cyfrif arnoch. Mae cymedrolwr yn darllen pob adroddiad. Os oes rhywun mewn perygl nawr, ffoniwch 999.
report-what = Beth sydd o’i le?
report-kind-closed = Mae wedi cau neu wedi rhoi’r gorau i redeg
report-kind-wrong-details = Mae rhai manylion yn anghywir
report-kind-safeguarding = Mae gen i bryder diogelu
report-kind-other = Rhywbeth arall
report-detail = Dywedwch ragor wrthym (dewisol)
report-detail-hint = Peidiwch â chynnwys enw, cyfeiriad na manylion iechyd neb.
report-send = Anfon i’w wirio
report-thanks = Diolch, mae eich adroddiad gennym
report-thanks-body = Bydd cymedrolwr yn edrych arno. Nid ydym yn ateb adroddiadau, felly nid ydym yn gofyn am eich manylion cyswllt.
report-back = Yn ôl i { $name }
report-choose-kind = Dewiswch beth sydd o’i le ar y rhestriad.
report-too-long = Mae eich adroddiad yn { $n } nod o hyd; byrhewch ef i { $max } neu lai.

## Ar gyfer gweithwyr proffesiynol
professionals-title = Ar gyfer gweithwyr proffesiynol
professionals-intro = Ar gyfer bydwragedd, ymwelwyr iechyd, meddygon teulu, timau amenedigol a chomisiynwyr: offer i ddod o hyd i gymorth gan gymheiriaid i rywun, ac i weld ble mae ar goll.
professionals-signpost = Gwneud taflen gyfeirio
professionals-signpost-what = Cymorth gan gymheiriaid yn agos at ble mae rhywun yn byw, ar gyfer yr hyn sydd ei angen arno, i’w argraffu ar A4 neu i’w anfon fel dolen fer. Mae gan bob rhestriad god QR, sut i ymuno, a phryd y cafodd ei gadarnhau ddiwethaf.
professionals-coverage = Gweld ble mae cymorth gan gymheiriaid ar goll
professionals-coverage-what = Map o ba mor bell mae pobl yn byw o gymorth wyneb yn wyneb gan gymheiriaid, ar gyfer unrhyw angen, gyda’r trefi pellaf ohono. I’w lawrlwytho fel CSV neu GeoJSON.
professionals-data = Data agored
professionals-projects = Pob rhestriad fel JSON
professionals-taxonomy = Yr anghenion a’r ieithoedd y mae rhestrau’n eu defnyddio
professionals-data-what = Nid oes angen cyfrif. Hidlwch restrau yn ôl angen, fformat, dull, gwlad neu iaith, a symudwch drwyddynt gyda page a per_page (hyd at 500).
professionals-example = Er enghraifft:
professionals-openapi = Sut mae’r API wedi’i ddisgrifio, ar gyfer datblygwyr (OpenAPI 3)
professionals-oruk = Y rhestrau fel Open Referral UK 3.0, ar gyfer cyfeiriaduron gwasanaethau
professionals-oruk-openapi = Sut mae’r ffrwd honno wedi’i disgrifio (OpenAPI 3)
professionals-urgent = Nid gwasanaeth brys yw cymorth gan gymheiriaid. Mae’r rhifau i’w ffonio am help brys ar waelod pob tudalen, ac ar bob taflen.
