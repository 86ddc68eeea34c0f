## Support between projects (finder, offers, connect), claims and assurance standing.
## English and Welsh.

## Cymorth rhwng prosiectau: y chwiliwr cymorth
support-kind-training = Hyfforddiant i gymheiriaid sy’n cefnogi
support-kind-supervision = Goruchwyliaeth neu ymarfer myfyriol
support-kind-mentoring = Mentora ar gyfer grwpiau newydd
support-kind-joint-groups = Grwpiau ar y cyd
support-title = Dod o hyd i help gan brosiectau eraill
support-lead = Prosiectau ar peermap sy’n cynnig hyfforddiant, goruchwyliaeth neu ymarfer myfyriol, mentora ar gyfer grwpiau newydd, neu grwpiau ar y cyd i brosiectau eraill. Dewiswch beth sydd ei angen arnoch a dywedwch ble rydych chi: daw’r cynigion wyneb yn wyneb agosaf yn gyntaf, yna’r rhai ar-lein.
support-need = Beth sydd ei angen arnoch
support-where = Eich tref neu’ch cod post
support-where-missing = Dywedwch ble rydych chi: tref neu god post.
support-find = Dod o hyd i gynigion
support-near = Wyneb yn wyneb, yr agosaf yn gyntaf
support-online = Ar-lein, o unrhyw le
support-none-near = Nid oes yr un prosiect yn cynnig hyn wyneb yn wyneb eto.
support-none-online = Nid oes yr un prosiect yn cynnig hyn ar-lein eto.
support-ask = Gofyn am gysylltu
support-away = { $place } ({ $distance } i ffwrdd)
support-no-such-kind = Nid yw “{ $kind }” yn fath o gymorth rydym yn ei restru.

## Beth mae prosiect yn ei gynnig i brosiectau eraill
support-offer-title = Beth rydych chi’n ei gynnig i brosiectau eraill
support-offer-lead = Ticiwch beth gall eich prosiect ei gynnig i brosiectau cymorth gan gymheiriaid eraill, a dywedwch ble (tref neu god post) neu a allwch chi ei wneud ar-lein. Mae prosiectau eraill yn dod o hyd iddo ar y chwiliwr cymorth ac yn gallu gofyn am gysylltu: rydym yn anfon eu neges ymlaen atoch drwy e-bost, a byth yn dangos eich cyfeiriad.
support-offers = Rydym yn cynnig hyn
support-place = Wyneb yn wyneb yn (tref neu god post)
support-online-too = Ar-lein
support-save = Cadw’r hyn rydym yn ei gynnig
support-saved = Wedi’i gadw. Gall prosiectau eraill weld yr hyn rydych chi’n ei gynnig ar y chwiliwr cymorth.
support-where-label = Ble
support-place-problem = { $kind }: { $problem }
support-place-missing = Dywedwch ble rydych chi’n cynnig “{ $kind }”, neu ticiwch “Ar-lein”.

## Gofyn am gysylltu
support-connect-title = Gofyn am gysylltu
support-connect-lead = Ysgrifennwch at y bobl sy’n cadw’r rhestriad hwn. Rydym yn anfon eich neges atyn nhw drwy e-bost gyda’ch cyfeiriad, fel y gallan nhw eich ateb yn uniongyrchol. Nid yw eu cyfeiriad nhw’n cael ei ddangos.
support-as = Gofyn ar ran
support-message = Eich neges
support-message-missing = Ysgrifennwch neges: dywedwch pwy ydych chi a beth hoffech chi.
support-send = Anfon eich neges
support-sent = Mae eich neges wedi’i hanfon
support-sent-body = Rydym wedi anfon eich neges drwy e-bost at y bobl sy’n cadw’r rhestriad hwn. Byddan nhw’n eich ateb yn eich cyfeiriad e-bost.
support-no-project = I ofyn am gysylltu, yn gyntaf rhaid i chi gadw rhestriad eich prosiect ar peermap: mewngofnodwch a’i hawlio neu ei gynnig.
support-back = Yn ôl i’r chwiliwr cymorth
support-need-first = Dewiswch beth sydd ei angen arnoch yn gyntaf.
support-only-yours = Dim ond ar ran prosiect rydych chi’n cadw ei restriad y gallwch chi ofyn am gysylltu.
support-too-many = Rydych chi wedi anfon sawl neges yn ddiweddar. Arhoswch 10 munud a rhowch gynnig arall arni.

## Hawlio rhestriad (“Ein prosiect ni yw hwn”)
claim-title = Ein prosiect ni yw hwn
claim-intro = Dywedwch wrthym pwy ydych chi, fel y gall cymedrolwr wirio eich bod chi’n gallu siarad ar ran y prosiect hwn. Ar ôl i’r cais gael ei gymeradwyo, gallwch chi gadw’r rhestriad yn gyfredol; bydd yn dweud ei fod wedi’i gadarnhau gan y prosiect pan fyddwch chi’n cadarnhau ei fanylion.
claim-who-label = Pwy ydych chi
claim-already-yours = Rydych chi eisoes yn cadw’r rhestriad hwn.
claim-account-why = I gadw rhestriad yn gyfredol mae angen cyfrif arnoch, fel ein bod ni’n gwybod pwy sy’n ei newid ac yn gallu dweud wrthych pan fydd cymedrolwr wedi gwirio eich cais.
claim-account-how = Munud yn unig mae cyfrif yn ei gymryd: eich cyfeiriad e-bost a chyfrinair. Rydym yn anfon dolen atoch drwy e-bost i gadarnhau’r cyfeiriad, ac yna rydych chi’n dod yn ôl yma i ddweud pwy ydych chi.
claim-create = Creu cyfrif
claim-have-one = Oes gennych chi un yn barod?
claim-sent = Mae eich cais gennym
claim-sent-thanks = Diolch. Gofynnoch am gael cadw’r rhestriad ar gyfer { $name }.
claim-next = Beth sy’n digwydd nesaf
claim-next-check = Bydd cymedrolwr yn gwirio eich bod chi’n gallu siarad ar ran y prosiect, fel arfer o fewn ychydig ddyddiau. Efallai y bydd yn cysylltu â chi i gadarnhau.
claim-next-mail = Byddwn yn anfon e-bost atoch pan fydd penderfyniad wedi’i wneud. Ar ôl i’r cais gael ei gymeradwyo, gallwch chi gadw’r rhestriad yn gyfredol o’ch cyfrif.

## Ble mae rhestriad arni ar y llwybr sicrwydd gan gymheiriaid
assurance-assured = Sicrwydd gan gymheiriaid
assurance-since = { $assured } ers { $since }, tan { $until }.
assurance-reviews-by = Adolygwyd gan
assurance-about = Beth mae sicrwydd gan gymheiriaid yn ei olygu
assurance-withdrawn = Sicrwydd gan gymheiriaid wedi’i dynnu’n ôl
assurance-withdrawn-on = { $withdrawn } gan gymedrolwr ar { $date }.
assurance-withdrawn-why = Mae’r rheswm yn cael ei gadw yn hanes y rhestriad, ac mae’r bobl sy’n cadw’r rhestriad wedi cael gwybod beth ydyw.
assurance-lapsed-on = Daeth y sicrwydd gan gymheiriaid i ben ar { $date }.

## Beth sydd ei angen ar brosiect o hyd, ar dudalen cyfrif y bobl sy’n ei gadw
assurance-needs-title = Tuag at sicrwydd gan gymheiriaid
assurance-needs-none = Mae gan y prosiect hwn sicrwydd gan gymheiriaid. I’w adnewyddu, cyhoeddwch eich hunanasesiad eto a gofynnwch am adolygiadau newydd cyn iddo ddod i ben.
assurance-lapses-on = Mae’n dod i ben ar { $date }.
assurance-needs-intro = Ein hawgrymiadau ar gyfer beth i’w wneud nesaf:
assurance-need-self = Cyhoeddwch eich hunanasesiad o egwyddor { $principles }, ar { $form }.
assurance-reflection-form = eich ffurflen fyfyrio
assurance-need-reviews = { $n ->
    [zero] Dim adolygiad arall.
    [one] Adolygiad gan un prosiect arall.
    [two] Adolygiadau gan ddau brosiect arall.
    [few] Adolygiadau gan dri phrosiect arall.
    [many] Adolygiadau gan chwe phrosiect arall.
   *[other] Adolygiadau gan { $n } o brosiectau eraill.
}
assurance-ask-reviews = Gofynnwch i brosiectau eraill rydych chi’n eu hadnabod ddarllen eich myfyrdod a’i adolygu (maen nhw’n dod o hyd i “Adolygu myfyrdod y prosiect hwn” ar dudalen eich rhestriad).
assurance-their-review = adolygiad { $name }
assurance-need-reply = Ymatebwch i { $review }, gan ateb yr hyn a ofynnon nhw.
assurance-need-whole = Dim ond ar rai o’r egwyddorion yr edrychodd { $review }: adolygiad o’r pum egwyddor sy’n cyfrif. Gallech chi ofyn iddyn nhw adolygu eto.

## Cymedrolwr yn tynnu sicrwydd gan gymheiriaid yn ôl
assurance-withdraw-title = Tynnu’r sicrwydd gan gymheiriaid yn ôl
assurance-withdraw-lead = Ni fydd y rhestriad yn dangos “Sicrwydd gan gymheiriaid” mwyach. Mae eich rheswm yn cael ei gadw yn ei hanes, ac mae’r prosiect yn dechrau’r llwybr eto.
assurance-reason = Pam rydych chi’n ei dynnu’n ôl
assurance-withdraw = Tynnu’r sicrwydd gan gymheiriaid yn ôl
assurance-not-assured = Nid oes gan y rhestriad hwn sicrwydd gan gymheiriaid, felly does dim i’w dynnu’n ôl.
assurance-back = Yn ôl i’r rhestriad

## Tudalen rhestriad: ei myfyrdod a’i hadolygiadau gan gymheiriaid
project-reflection = Myfyrdod y prosiect ar yr Egwyddorion Cymorth Amenedigol gan Gymheiriaid
project-reflection-note = Dyma gyfrif y prosiect ei hun, yn ei eiriau ei hun. Nid sgôr na gradd yw hyn.
project-reflection-questions = Y cwestiynau mae’r grid hunanfyfyrio yn eu gofyn am yr egwyddor hon:
project-reflection-years = Myfyrdod pob blwyddyn, i’w darllen ochr yn ochr neu i’w hargraffu
project-reviews = Adolygiadau gan gymheiriaid o brosiectau eraill
project-reviews-note = Mae prosiectau cymorth gan gymheiriaid eraill wedi darllen myfyrdod y prosiect hwn ac wedi dweud beth maen nhw’n ei adnabod a beth y bydden nhw’n holi amdano. Sgyrsiau rhwng cymheiriaid yw’r rhain, nid graddau.
project-review-from = Gan { $reviewer }, { $date }
project-reply-from = Ymateb gan { $name }:

## Tudalen rhestriad mewn iaith arall: pwy all ddod a phryd mae’n cyfarfod
project-not-pregnancy = Nid yn ystod beichiogrwydd
project-ages = Oedran { $min } i { $max }
project-aged-over = { $min } oed neu’n hŷn
project-aged-up-to = Hyd at { $max } oed
project-day-monday = dydd Llun
project-day-tuesday = dydd Mawrth
project-day-wednesday = dydd Mercher
project-day-thursday = dydd Iau
project-day-friday = dydd Gwener
project-day-saturday = dydd Sadwrn
project-day-sunday = dydd Sul
project-every-week = Bob { $day }
project-every-weeks = Bob { $n } wythnos ar { $slug ->
    [monday] ddydd Llun
    [tuesday] ddydd Mawrth
    [wednesday] ddydd Mercher
    [thursday] ddydd Iau
    [friday] ddydd Gwener
    [saturday] ddydd Sadwrn
   *[sunday] ddydd Sul
}
project-week-first = Y { $day } cyntaf
project-week-second = Yr ail { $slug ->
    [monday] ddydd Llun
    [tuesday] ddydd Mawrth
    [wednesday] ddydd Mercher
    [thursday] ddydd Iau
    [friday] ddydd Gwener
    [saturday] ddydd Sadwrn
   *[sunday] ddydd Sul
}
project-week-third = Y trydydd { $day }
project-week-fourth = Y pedwerydd { $day }
project-week-last = Y { $day } olaf
project-week-nth = { $day } yn wythnos { $n }
project-week-none = { $day }
project-each-month = bob mis
project-every-months = bob { $n } mis
project-monthly = { $which } { $months }
project-times = { $every }, { $opens } tan { $closes }
project-session-at = yn { $site }
project-session-online = (ar-lein neu dros y ffôn)
