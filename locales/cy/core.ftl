## Ar adeg yr angen: mae pob iaith yn cynnwys pob neges yn y ffeil hon.

## Gadael yn gyflym
exit = Gadael y wefan hon
exit-hint = I adael yn gyflym, pwyswch y fysell Escape 3 gwaith, neu defnyddiwch y botwm “Gadael y wefan hon”.

## Cymorth brys
urgent-strip = Help brys:
urgent-more = Rhagor o ffyrdd o gael help
urgent-title = Angen help nawr?
urgent-intro = Nid gwasanaeth brys yw cymorth gan gymheiriaid. Os ydych chi’n poeni am eich diogelwch chi neu ddiogelwch eich babi, mynnwch help ar unwaith:
urgent-elsewhere = Mewn rhannau eraill o’r DU
urgent-nations = Ble rydych chi’n byw
crisis-text = tecstiwch { $word } i { $number }
crisis-text-short = Tecstiwch { $word } i { $number }
crisis-emergency-name = Argyfwng
crisis-emergency-detail = Ffoniwch nawr os ydych chi neu rywun arall mewn perygl neu os oes bywyd mewn perygl.
crisis-nhs-111-how = Ffoniwch 111 a dewiswch yr opsiwn iechyd meddwl.
crisis-nhs-111-detail = Am help brys gyda’ch iechyd meddwl, ddydd neu nos, pan nad yw’n argyfwng. Mae GIG 111 hefyd yn rhoi help a chyngor meddygol brys.
crisis-nhs-111-wales-name = GIG 111 Cymru
crisis-nhs-111-wales-how = Ffoniwch 111 a phwyswch 2.
crisis-nhs-111-wales-detail = Am gymorth iechyd meddwl, ddydd neu nos, pan nad yw’n argyfwng. Mae GIG 111 Cymru hefyd yn rhoi help a chyngor meddygol brys.
crisis-nhs-24-how = Ffoniwch 111.
crisis-nhs-24-detail = Am help brys pan nad yw’n argyfwng, gan gynnwys canolfan iechyd meddwl NHS 24.
crisis-breathing-space-detail = Rhywun i siarad ag ef, gyda’r nos ac ar benwythnosau.
crisis-lifeline-detail = Ffoniwch Lifeline os ydych chi mewn argyfwng neu anobaith, ddydd neu nos.
crisis-samaritans-detail = Am ddim i’w ffonio, ddydd neu nos, o unrhyw le yn y DU, os oes angen rhywun arnoch i siarad ag ef.
crisis-shout-detail = Am ddim, ddydd neu nos, o unrhyw le yn y DU, os na allwch chi neu os nad ydych chi eisiau siarad ar y ffôn.
nation-england = Lloegr
nation-scotland = Yr Alban
nation-wales = Cymru
nation-northern-ireland = Gogledd Iwerddon
list-and = { $first } a { $last }

## Seicosis ôl-enedigol
emergency-title = Mae seicosis ôl-enedigol yn argyfwng
emergency-call = Ffoniwch 999
emergency-now = {" "}neu ewch i’r adran achosion brys nawr
emergency-if = {" "}os oes gan fam symptomau fel dryswch, gweld neu glywed pethau nad ydynt yno (rhithweledigaethau), neu feddyliau am niweidio ei hun neu ei babi.
emergency-same-day = Os ydych chi’n poeni y gallai fod ganddi seicosis ôl-enedigol, cysylltwch â’i thîm iechyd meddwl amenedigol, ei bydwraig neu ei meddyg teulu yr un diwrnod, neu â’r tîm argyfwng lleol ar unwaith.
emergency-not-peer = Peidiwch ag aros am gymorth gan gymheiriaid. Gall helpu ochr yn ochr â thriniaeth, nid yn ei lle.

## Dyddiadau
date-long = { $day } { $month } { $year }
month-1 = Ionawr
month-2 = Chwefror
month-3 = Mawrth
month-4 = Ebrill
month-5 = Mai
month-6 = Mehefin
month-7 = Gorffennaf
month-8 = Awst
month-9 = Medi
month-10 = Hydref
month-11 = Tachwedd
month-12 = Rhagfyr
weekday-1 = Dydd Llun
weekday-2 = Dydd Mawrth
weekday-3 = Dydd Mercher
weekday-4 = Dydd Iau
weekday-5 = Dydd Gwener
weekday-6 = Dydd Sadwrn
weekday-7 = Dydd Sul

## Ieithoedd
layout-languages = Angen hwn mewn iaith arall?
languages-title = Dewiswch iaith
languages-intro = peermap yn eich iaith chi. Mae’r rhestrau’n aros yng ngeiriau’r prosiectau a’u hysgrifennodd.
languages-scope-all = y wefan gyfan
languages-scope-core = dod o hyd i gymorth a help brys
languages-interpreter = Gallwch ofyn i’ch meddyg teulu, eich bydwraig neu’ch ymwelydd iechyd am gyfieithydd. Mae am ddim.

## Y dudalen flaen
home-title = Dewch o hyd i gymorth gan gymheiriaid ar gyfer eich iechyd meddwl yn ystod beichiogrwydd neu ar ôl geni
home-form-title = Beth rydych chi’n chwilio amdano?
home-about-title = Beth yw cymorth gan gymheiriaid
home-lead = Ystyr cymorth gan gymheiriaid yw help gan bobl sydd wedi bod drwy’r un peth. Gall fod ochr yn ochr â gofal gan eich meddyg teulu, eich bydwraig, eich ymwelydd iechyd neu’ch tîm amenedigol.
home-listed = { $n ->
    [one] Mae { $n } prosiect wedi’i restru hyd yma.
   *[other] Mae { $n } o brosiectau wedi’u rhestru hyd yma.
}

## Y ffurflen chwilio
form-where = Cod post, tref neu ddinas
form-where-hint = Er enghraifft, CF10 1EP, Caerdydd neu Abertawe
form-error-prefix = Gwall:
form-locate = Defnyddio fy lleoliad
form-need = Cymorth ar gyfer
form-any-need = Unrhyw fath o gymorth
form-need-none-named = { $label } (dim wedi’u rhestru eto: dangosir cymorth cyffredinol)
form-need-listed = { $listed ->
    [one] { $label } (1 rhestriad)
   *[other] { $label } ({ $listed } rhestriad)
}
form-need-none-near = { $listed ->
    [one] { $label } (1 rhestriad, dim yn agos atoch)
   *[other] { $label } ({ $listed } rhestriad, dim yn agos atoch)
}
form-need-near = { $listed ->
    [one] { $label } (1 rhestriad, { $near } yn agos atoch)
   *[other] { $label } ({ $listed } rhestriad, { $near } yn agos atoch)
}
form-more = Rhagor o ddewisiadau
form-format = Grŵp neu un i un
form-either = Y naill neu’r llall
form-delivery = Sut yr hoffech chi gymryd rhan
form-any-way = Unrhyw ffordd
form-language = Iaith
form-any-language = Unrhyw iaith
form-principles = Egwyddorion Cymorth Amenedigol gan Gymheiriaid
form-reflected = Wedi cyhoeddi ei fyfyrdod ar yr egwyddorion
form-reviewed = Wedi’i adolygu gan brosiect arall
form-assured = Wedi’i sicrhau gan gymheiriaid
form-stage = Ydych chi’n feichiog neu a yw’ch babi wedi cyrraedd?
form-any-stage = Mae’n well gen i beidio â dweud
form-within = Pa mor bell allwch chi deithio?
form-any-distance = Dangos yr agosaf, pa mor bell bynnag
form-within-miles = O fewn { $miles } milltir ({ $km } km)
form-submit = Chwilio
format-group = Grŵp
format-one-to-one = Un i un
delivery-in-person = Wyneb yn wyneb
delivery-online = Ar-lein (fideo, fforwm neu sgwrs)
delivery-phone = Dros y ffôn
delivery-home-visit = Ymweliadau cartref
stage-pregnant = Yn feichiog
stage-after-birth = Ar ôl geni
referral-self = Gallwch gyfeirio eich hun
referral-professional = Drwy weithiwr iechyd neu ofal proffesiynol
need-perinatal-mental-health = Iechyd meddwl yn ystod beichiogrwydd neu ar ôl geni
need-postnatal-depression-anxiety = Iselder neu orbryder yn ystod beichiogrwydd neu ar ôl geni
need-postpartum-psychosis = Seicosis ôl-enedigol
need-perinatal-ocd = OCD amenedigol
need-birth-trauma = Genedigaeth anodd neu drawmatig
need-baby-loss = Colli babi
need-twins-multiples = Gefeilliaid a genedigaethau lluosog
need-refugee-migrant-women = Menywod sy’n ffoaduriaid ac yn ymfudwyr
need-minority-ethnic-communities = Cymunedau Du, Asiaidd a lleiafrifoedd ethnig
need-fathers-partners = Tadau a phartneriaid
need-disabled-parents = Rhieni anabl
need-lgbt-parents = Rhieni LHDT+
need-young-parents = Rhieni ifanc
need-homelessness = Digartrefedd neu dai anniogel
need-drug-alcohol-use = Defnyddio cyffuriau neu alcohol
need-criminal-justice = Cysylltiad â’r system cyfiawnder troseddol

## Canlyniadau chwilio
search-title = Dewch o hyd i gymorth gan gymheiriaid yn agos atoch
search-intro = Teipiwch ble rydych chi’n byw i weld cymorth gan gymheiriaid y gallwch gyrraedd ato, a chymorth y gallwch ymuno ag ef ar-lein neu dros y ffôn.
search-error-title = Gwall: { $title }
search-problem-title = Mae problem
search-try = Oeddech chi’n golygu:
search-choose-title = Pa le ydych chi’n ei olygu?
search-near-title = Cymorth gan gymheiriaid yn agos at { $place }
search-serving-title = Cymorth gan gymheiriaid sy’n gwasanaethu { $place }
search-change = Newid eich chwiliad
search-again = Newid eich chwiliad (ar frig y dudalen)
search-any-support = Pob cymorth gan gymheiriaid
search-in-language = yn { $language }
search-within = o fewn { $miles } milltir
search-precision = Mesurir pellteroedd mewn llinell syth o ganol { $place } ({ $precision }), yn { $nation }.
search-in-person = Wyneb yn wyneb
search-none-near = Ni allem ddod o hyd i gymorth gan gymheiriaid sy’n cyfarfod wyneb yn wyneb o fewn y pellter a ddewisoch, ar gyfer yr hyn a ddewisoch.
search-nearest-beyond = Yr agosaf ymhellach i ffwrdd
search-none-at-all = Nid ydym yn gwybod am unrhyw gymorth wyneb yn wyneb gan gymheiriaid sy’n cyfateb i bopeth a ddewisoch. Rhowch gynnig ar lai o ddewisiadau, neu gweler y cymorth ar-lein a dros y ffôn isod.
search-serving = Yn gwasanaethu eich ardal
search-serving-intro = Mae’r prosiectau hyn yn dweud eu bod yn gwasanaethu’r ardal rydych chi ynddi. Nid yw rhai yn rhoi man cyfarfod: cysylltwch â nhw i ofyn ble a sut.
search-online = Ar-lein a dros y ffôn — ble bynnag rydych chi
search-no-online = Nid ydym yn gwybod am gymorth ar-lein neu dros y ffôn gan gymheiriaid sy’n cyfateb i bopeth a ddewisoch.
search-nation-no-distances = Mae { $place } yn wlad gyfan, felly nid oes pellteroedd: dyma’r rhestrau sy’n ei gwasanaethu. I weld yr agosaf at rywun, chwiliwch am ei god post neu ei dref.
search-nation-listings = Rhestrau sy’n gwasanaethu { $place }
search-nation-none = Nid ydym yn gwybod am gymorth gan gymheiriaid sy’n gwasanaethu’r wlad hon ar gyfer popeth a ddewisoch. Rhowch gynnig ar lai o ddewisiadau, neu gweler y cymorth ar-lein a dros y ffôn isod.
search-nation-serves = I bobl yn { $nation }
search-meets = Yn cyfarfod { $places }
place-precision-coordinates = union gyfesurynnau
place-precision-sector = sector cod post
place-precision-district = ardal cod post
place-precision-place = canol tref neu ddinas
place-precision-authority = ardal cyngor
place-precision-nation = y wlad gyfan
results-count = { $all ->
    [one] { $all } canlyniad: { $near } wyneb yn wyneb neu yn eich ardal, { $remote } ar-lein neu dros y ffôn
   *[other] { $all } canlyniad: { $near } wyneb yn wyneb neu yn eich ardal, { $remote } ar-lein neu dros y ffôn
}
results-away = { $distance } i ffwrdd, { $place }
results-service-area = Rydych chi y tu mewn i’r ardal y mae’n ei gwasanaethu.
results-serves = Yn gwasanaethu { $areas }
results-chosen = O fewn y pellter a ddewisoch.
results-general = Cymorth cyffredinol ar gyfer unrhyw anhawster iechyd meddwl yn ystod beichiogrwydd neu ar ôl geni: nid yw’n enwi’r hyn a ddewisoch, ond gall helpu gydag ef.
results-also-remote = Hefyd ar-lein neu dros y ffôn.
results-next-group = Y grŵp nesaf: { $when }
results-join = Sut i ymuno:
results-or = neu
results-call = Ffonio { $phone }
results-website = Mynd i’r wefan
results-on-a-map = Dangos y rhain ar fap
results-email = E-bost
distance-tenth = llai na { $tenth } milltir
distance-fine = { $mi } milltir ({ $km } km)
distance-under-mile = llai na milltir
distance-about = tua { $mi } milltir ({ $km } km)
site-exact = yn { $place }
site-postcode = yn { $place } (ardal cod post; ni roddir yr union le)
site-town = yn { $place } (canol y dref; ni roddir yr union le)
site-region = yn { $place } (rhywle yn yr ardal hon; ni roddir yr union le)
status-verified = Wedi’i gadarnhau gan y prosiect
status-verified-on = Wedi’i gadarnhau gan y prosiect ar { $date }
status-unverified = Heb ei gadarnhau gan y prosiect eto
fresh-confirmed = Gall fod yn hen: cadarnhawyd ddiwethaf ar { $date }.
fresh-added = Gall fod yn hen: ychwanegwyd ar { $date } ac ni chafodd ei gadarnhau ers hynny.

## Camau nesaf
next-title = Beth allwch chi ei wneud nesaf
next-without-need = Chwilio eto am unrhyw fath o gymorth
next-general-near = Chwilio eto am gymorth cyffredinol yn agos atoch
next-any-distance = Chwilio eto pa mor bell bynnag
next-any-language = Chwilio eto mewn unrhyw iaith
next-see-online = Gweld y cymorth y gallwch ymuno ag ef ar-lein neu dros y ffôn
next-urgent = Os oes angen help arnoch nawr, gweler pwy i’w ffonio am help brys
next-ask = Gallwch hefyd ofyn i’ch meddyg teulu, eich bydwraig, eich ymwelydd iechyd neu’ch tîm iechyd meddwl amenedigol am gymorth yn agos atoch: gallant eich cyfeirio, ac mae rhai grwpiau’n derbyn atgyfeiriadau ganddynt hwy yn unig.

## Gwallau
error-not-found-title = Heb ddod o hyd i’r dudalen
error-not-found = Ni allem ddod o hyd i’r dudalen y gofynnoch amdani.
error-not-found-hint = Os teipioch chi’r cyfeiriad gwe, gwiriwch ei fod yn gywir. Os gwnaethoch ei gludo, gwiriwch eich bod wedi copïo’r cyfan.
error-home = Mynd i’r dudalen gychwyn
