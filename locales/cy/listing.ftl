## A listing's page (its copy, reflection and reviews), the checks on forms and reviews, the
## geocoder's messages and the error pages. English and Welsh.

## Why a place typed could not be used (the geocoder's reasons).
geo-or = { $first } neu { $last }
geo-empty = Teipiwch dref, dinas neu god post i chwilio yn agos ato.
geo-too-long = Mae’r chwiliad yna’n rhy hir. Teipiwch dref, dinas neu god post (hyd at { $most } nod).
geo-ambiguous = Mae mwy nag un lle o’r enw “{ $query }”: { $places }. Ychwanegwch yr ardal ar ôl coma.
geo-ambiguous-example = Mae mwy nag un lle o’r enw “{ $query }”: { $places }. Ychwanegwch yr ardal ar ôl coma, er enghraifft “{ $example }”.
geo-postcode-unknown = Nid ydym yn adnabod y cod post “{ $query }”. Gwiriwch ef, neu rhowch gynnig ar dref neu ddinas yn lle hynny.
geo-postcode-did-you-mean = Nid ydym yn adnabod y cod post “{ $query }”. Ai { $suggestions } oeddech chi’n ei olygu?
geo-not-found = Ni allem ddod o hyd i “{ $query }”. Rhowch gynnig ar dref neu ddinas gyfagos, neu god post.
geo-not-found-did-you-mean = Ni allem ddod o hyd i “{ $query }”. Ai { $suggestions } oeddech chi’n ei olygu?
geo-outside = Mae “{ $query }” { $area }, ac nid yw’r cyfeiriadur hwn yn cynnwys y fan honno: mae’n rhestru cymorth yng Nghymru, Lloegr, yr Alban a Gogledd Iwerddon.
geo-area-jersey = yn Jersey
geo-area-guernsey = yn Guernsey
geo-area-isle-of-man = ar Ynys Manaw
geo-bad-coordinates = Nid yw “{ $query }” yn lle yn y DU, a dim ond y DU y mae’r cyfeiriadur hwn yn ei gynnwys. Teipiwch ledred ac yna hydred (er enghraifft 52.48,-1.89), neu dref neu god post.
geo-which = Mae mwy nag un lle o’r enw “{ $query }”. Pa un ydych chi’n ei olygu?

## Error pages: the title for each status, and the details that are the same every time.
error-title-400 = Mae problem gyda’ch cais
error-title-401 = Mae angen i chi fewngofnodi
error-title-403 = Ni allwch wneud hynny
error-title-408 = Ni chyrhaeddodd yr hyn a anfonoch mewn pryd
error-title-409 = Ni ellir gwneud hynny nawr
error-title-413 = Mae’r hyn a anfonoch yn rhy fawr
error-title-429 = Gormod o ymdrechion
error-title-500 = Mae’n ddrwg gennym, aeth rhywbeth o’i le ar ein hochr ni
error-title-503 = Mae hyn yn cymryd gormod o amser
error-too-large = Byrhewch y testun a rhowch gynnig arall arni.
error-timed-out = Ewch yn ôl a’i anfon eto.
error-busy = Rydym yn brysur iawn. Rhowch gynnig arall arni mewn munud.
error-internal = Rhowch gynnig arall arni ymhen ychydig funudau.

## The checks on an address's query string and on a form's body.
query-too-long = Mae’r cyfeiriad yn rhy hir. Dewiswch lai o hidlwyr.
query-unreadable = Ni ellid darllen y cyfeiriad. Gwiriwch y ddolen a rhowch gynnig arall arni.
form-unreadable = Ni ellid darllen y ffurflen. Ewch yn ôl a rhowch gynnig arall arni.
query-not-known = { $key }: nid ydym yn adnabod “{ $value }”; defnyddiwch un o’r rhain: { $accepted }
query-not-a-number = { $key }: rhaid i “{ $value }” fod yn rhif cyfan rhwng { $min } a { $max }
query-need-unknown = need: nid yw “{ $value }” yn angen rydym yn ei adnabod; defnyddiwch un o’r rhain: { $accepted }
query-lang-unknown = lang: nid yw “{ $value }” yn god iaith rydym yn ei adnabod; defnyddiwch un o’r rhain: { $accepted }
query-flag-unknown = { $key }: nid ydym yn deall “{ $value }”; defnyddiwch { $key }={ $on }

## The details of error pages that the web layer gives.
error-sign-in-first = Mewngofnodwch i wneud hyn.
error-moderators-only = Dim ond cymedrolwyr sy’n gallu gwneud hyn.
error-no-such-listing = Nid oes rhestriad o’r fath.
error-no-listing-called = Nid oes rhestriad o’r enw “{ $name }”.
error-nothing-here = Nid oes dim byd yn y cyfeiriad hwn. Gwiriwch y ddolen, neu ewch yn ôl a rhowch gynnig arall arni.
error-maintainers-only = Dim ond cynhalwyr y prosiect ei hun a chymedrolwyr sy’n gallu newid y rhestriad hwn.
error-form-expired = Mae’r ffurflen hon wedi dod i ben neu ni ddaeth o peermap. Ewch yn ôl, ail-lwythwch y dudalen a rhowch gynnig arall arni.

## The checks on a listing as sent (its form, a proposal, an import).
# The fields as they read after the article: “Mae’r { $field } ar goll”.
check-field-name = enw
check-field-organisation = sefydliad
check-field-summary = crynodeb
check-field-description = disgrifiad
check-field-source = ffynhonnell
check-field-cost = gost
check-field-schedule-note = nodyn am yr amserlen
check-field-eligibility-note = nodyn am bwy sy’n gymwys
check-field-website = wefan
check-field-email = cyfeiriad e-bost
check-field-phone = rhif ffôn
check-field-fact-source = ffynhonnell ffaith
check-field-reflection = myfyrdod
check-field-reflection-evidence = dystiolaeth ar gyfer y myfyrdod
check-field-reflection-next-steps = camau nesaf y myfyrdod
check-missing = Mae’r { $field } ar goll
check-too-long = Mae’r { $field } yn { $len } nod o hyd; yr uchafswm yw { $max }
check-control = Mae’r { $field } yn cynnwys nodau rheoli
check-need = Nid yw “{ $need }” yn angen rydym yn ei adnabod; defnyddiwch un o’r rhain: { $known }
check-language = Nid yw “{ $code }” yn god iaith rydym yn ei adnabod (defnyddiwch ISO 639-1, fel pl neu ur)
check-website = Rhaid i’r wefan “{ $site }” ddechrau gyda https://
check-email = Nid yw’r cyfeiriad e-bost “{ $email }” yn edrych fel cyfeiriad e-bost
check-fact = Nid yw “{ $fact }” yn ffaith y gellir rhoi ffynhonnell ar ei chyfer; defnyddiwch un o’r rhain: { $known }
check-source-web = Rhaid i’r ffynhonnell “{ $url }” ar gyfer { $fact } fod yn gyfeiriad gwe sy’n dechrau gyda https:// neu http://
check-site-unlabelled = Nid oes label gan un o’r lleoedd
check-site-repeated = Mae dau le o’r enw “{ $site }”
check-latitude = Lle “{ $site }”: nid yw’r lledred { $value } rhwng -90 a 90 gradd
check-longitude = Lle “{ $site }”: nid yw’r hydred { $value } rhwng -180 a 180 gradd
check-site-radius = Lle “{ $site }”: rhaid i radius_km fod rhwng 0 a { $max }
check-session-site = Mae sesiwn yn cyfarfod yn “{ $site }”, nad yw’n un o’r lleoedd
check-reflection-repeated = Mae dau fyfyrdod ar yr egwyddor “{ $principle }”
check-ages = Mae’r oedran isaf, { $min }, yn uwch na’r oedran uchaf, { $max }
check-session-interval = Rhaid i sesiwn ddigwydd bob 1 wythnos neu fis neu fwy.
check-session-ends = Mae sesiwn yn gorffen ({ $closes }) cyn iddi ddechrau ({ $opens }).
check-session-weekly-week = Dim ond sesiwn fisol sydd ag wythnos o’r mis.
check-session-monthly-week = Mae angen i sesiwn fisol nodi ym mha wythnos o’r mis y mae’n cyfarfod (y gyntaf, yr ail, y drydedd, y bedwaredd neu’r olaf).
check-session-bad-week = Rhaid i wythnos y mis fod y gyntaf, yr ail, y drydedd, y bedwaredd neu’r olaf (nid { $week }).
check-session-first-date = Mae angen dyddiad y sesiwn gyntaf ar sesiwn a gynhelir bob 2 wythnos neu fis neu fwy, i gyfrif ohono.
check-session-last-date = Mae dyddiad olaf sesiwn cyn ei dyddiad cyntaf.

## The checks on a review form.
check-review-comment = Dywedwch mewn sylw pam y dewisoch hyn ar gyfer “{ $principle }”.
check-review-verdict = Dewiswch “rydym yn adnabod hyn”, “byddem yn holi am hyn” neu “heb ei adolygu” ar gyfer “{ $principle }”.
check-review-none = Adolygwch o leiaf un egwyddor: mae pob un wedi’i nodi’n “heb ei adolygu”.

## A use case's refusals.
refusal-no-such-listing = Nid oes rhestriad o’r fath.
refusal-no-such-review = Nid oes adolygiad o’r fath.
refusal-no-such-visible-review = Nid oes adolygiad gweladwy o’r fath.
refusal-no-such-request = Nid oes cais o’r fath.
refusal-no-such-change = Nid oes newid o’r fath.
refusal-listing-gone = Nid yw’r rhestriad yma mwyach.
refusal-link-invalid = Nid yw’r ddolen hon yn gywir: efallai ei bod wedi’i thorri’n fyr neu wedi’i newid. Copïwch y ddolen gyfan o’r e-bost, neu mewngofnodwch a chadarnhewch y rhestriad o’r dudalen lle rydych chi’n ei gadw.
refusal-link-expired = Mae’r ddolen hon wedi dod i ben. Mewngofnodwch a chadarnhewch y rhestriad o’r dudalen lle rydych chi’n ei gadw.
refusal-link-listing-hidden = Nid yw’r rhestriad hwn yn cael ei ddangos ar hyn o bryd, felly ni ellir ei gadarnhau o’r ddolen hon. Mewngofnodwch i’w weld.
refusal-link-already-used = Mae’r rhestriad hwn wedi’i gadarnhau ers i’r ddolen hon gael ei hanfon, felly nid oes dim mwy i’w wneud.
refusal-already-replied = Rydych chi eisoes wedi ateb yr adolygiad hwn.
refusal-only-moderator-withdraws = Dim ond cymedrolwr sy’n gallu tynnu sicrwydd gan gymheiriaid yn ôl.
refusal-not-assured = Nid oes gan y rhestriad hwn sicrwydd gan gymheiriaid, felly nid oes dim i’w dynnu’n ôl. Does dim wedi newid.
refusal-request-decided = Mae penderfyniad eisoes wedi’i wneud ar y cais hwn.
refusal-change-decided = Mae penderfyniad eisoes wedi’i wneud ar y newid hwn.
refusal-own-request = Chi wnaeth y cais hwn, felly rhaid i gymedrolwr arall benderfynu arno. Does dim wedi newid.
refusal-listing-exists = Mae rhestriad “{ $slug }” yn bodoli eisoes: gwrthodwch hwn a gofynnwch iddynt ei hawlio.
refusal-request-names-no-listing = Nid yw’r cais hwn yn enwi rhestriad.
refusal-change-conflicts = Ni ellir gwneud y newid hwn: mae’r canlynol wedi newid ers iddo gael ei gynnig: { $fields }. Gwrthodwch ef gyda nodyn a gofynnwch i’r cynhaliwr ei wneud eto.
refusal-whole-listing = y rhestriad cyfan
refusal-not-offered = Nid yw { $name } yn cynnig “{ $kind }”.
refusal-nobody-keeps = Nid oes neb yn cadw rhestriad { $name } ar peermap eto, felly ni allwn anfon eich neges ymlaen. Ni anfonwyd dim.
refusal-too-late = Gellir newid adolygiad am { $days ->
        [one] { $days } diwrnod
        [two] { $days } ddiwrnod
        [few] { $days } diwrnod
        [many] { $days } diwrnod
       *[other] { $days } diwrnod
    } ar ôl iddo gael ei gyhoeddi. Cyhoeddwyd hwn ar { $published }, felly bydd yn aros fel y mae. Gall eich prosiect adolygu’r rhestriad hwn eto o { $again } ymlaen.
refusal-only-writers-change = Dim ond y bobl sy’n cadw’r prosiect a ysgrifennodd adolygiad all ei newid.
refusal-own-review = Chi ysgrifennodd yr adolygiad hwn, felly rhaid i gymedrolwr arall benderfynu a ddylid ei guddio. Does dim wedi newid.
