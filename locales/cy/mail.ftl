## E-bost: ffrâm pob neges, a negeseuon y cyfrif

mail-hello = Helo,
mail-sign-off = Daw’r neges hon gan peermap, y cyfeiriadur o gymorth gan gymheiriaid ar gyfer iechyd meddwl amenedigol. Rydych chi’n ei chael oherwydd eich cyfrif yno.
mail-confirm-subject = Cadarnhewch eich cyfeiriad e-bost ar gyfer peermap
mail-confirm-thanks = Diolch am wneud cyfrif ar peermap. Cadarnhewch mai eich cyfeiriad e-bost chi yw hwn: tan hynny gallwch fewngofnodi, ond nid hawlio na chynnig rhestriad.
mail-confirm-once = Mae’r ddolen yn gweithio unwaith, o fewn { $hours } awr. Os na wnaethoch chi gyfrif, gallwch anwybyddu’r neges hon.
mail-confirm-action = Cadarnhau eich cyfeiriad e-bost
mail-reset-subject = Gosod cyfrinair newydd ar gyfer peermap
mail-reset-asked = Gofynnodd rhywun am osod cyfrinair newydd ar gyfer y cyfrif peermap gyda’r cyfeiriad e-bost hwn. Os mai chi oedd e, defnyddiwch y ddolen isod. Mae’n gweithio unwaith, o fewn 1 awr, ac yn allgofnodi’r cyfrif ym mhobman arall.
mail-reset-not-you = Os nad chi oedd e, gallwch anwybyddu’r neges hon: mae eich cyfrinair yn aros fel y mae.
mail-reset-action = Gosod cyfrinair newydd

## At gymedrolwyr, ac at y sawl y mae penderfyniad yn ei gylch

mail-safeguarding-subject = Pryder diogelu wedi’i adrodd am { $listing }
mail-safeguarding-reported = Mae rhywun wedi adrodd pryder diogelu am y rhestriad “{ $listing }”.
mail-safeguarding-today = Darllenwch yr adroddiad a gweithredu arno heddiw. Mae ei eiriau’n cael eu cadw ar y wefan, nid yn yr e-bost hwn.
mail-safeguarding-action = Darllen yr adroddiad yn y ciw cymedroli
mail-claim-approved = Cafodd eich cais am “{ $listing }” ei gymeradwyo: chi sy’n cynnal y rhestriad nawr a gallwch ei gadw’n gyfredol.
mail-claim-rejected = Ni chafodd eich cais am “{ $listing }” ei gymeradwyo, felly does dim wedi newid.
mail-moderator-wrote = Ysgrifennodd y cymedrolwr: { $reason }
mail-claim-approved-subject = Wedi’i gymeradwyo: { $listing }
mail-claim-rejected-subject = Heb ei gymeradwyo: { $listing }
mail-see-account = Gweld eich cyfrif

## At gymedrolwyr a chynhalwyr: beth sy’n aros, penderfyniadau, adolygiadau, adroddiadau

mail-claim-received-proposal = Mae rhywun wedi cynnig rhestriad newydd, “{ $listing }”.
mail-claim-received-claim = Mae rhywun wedi gofyn am gael cynnal y rhestriad “{ $listing }”.
mail-claim-received-subject = Cais i benderfynu arno: { $listing }
mail-claim-received-other = Rhaid i gymedrolwr heblaw’r sawl a ofynnodd benderfynu arno.
mail-claim-received-action = Penderfynu arno yn y ciw cymedroli
mail-edit-waiting-subject = Newid i’w wirio: { $listing }
mail-edit-waiting = Mae un o gynhalwyr “{ $listing }” wedi newid y rhestriad. Dim ond ar ôl i gymedrolwr ei wirio y bydd y newid yn ymddangos.
mail-edit-waiting-other = Rhaid i gymedrolwr heblaw’r sawl a’i gwnaeth benderfynu arno.
mail-edit-waiting-action = Ei wirio yn y ciw cymedroli
mail-still-right-subject = Ydy’r rhestriad ar gyfer { $listing } yn dal yn gywir?
mail-still-right-year = Mae bron i flwyddyn ers i “{ $listing }” gael ei gadarnhau ddiwethaf ar peermap. Mae mamau, partneriaid a’r gweithwyr proffesiynol sy’n eu cyfeirio yn dibynnu arno’n gywir.
mail-still-right-check = Gwiriwch ef os gwelwch yn dda. Os nad oes dim wedi newid, agorwch y ddolen isod a phwyso “Ydy, mae’n dal yn gywir”: does dim angen mewngofnodi, ac mae’r ddolen yn gweithio i’r rhestriad hwn yn unig. Ymhen mis, bydd rhestriad nad oes neb wedi’i gadarnhau yn cael ei farcio fel un a allai fod wedi dyddio.
mail-still-right-correct = Os oes rhywbeth wedi newid, mewngofnodwch a’i gywiro yma: { $link }
mail-still-right-action = Ydy, mae’n dal yn gywir
mail-review-received-subject = Adolygiad gan gymheiriaid o { $reviewed }
mail-review-received = Mae { $reviewer } wedi cyhoeddi adolygiad gan gymheiriaid o “{ $reviewed }”.
mail-review-received-where = Gallwch ei ddarllen ar dudalen eich rhestriad a’i ateb o’r dudalen lle rydych chi’n cadw’r rhestriad.
mail-read-review = Darllen yr adolygiad
mail-edit-approved = Cafodd eich newid i “{ $listing }” ei gymeradwyo ac mae’n ymddangos ar y rhestriad nawr. Bydd eich newidiadau nesaf yn ymddangos ar unwaith.
mail-edit-rejected = Ni chafodd eich newid i “{ $listing }” ei gymeradwyo, felly mae’r rhestriad fel yr oedd.
mail-edit-approved-subject = Newid wedi’i gymeradwyo: { $listing }
mail-edit-rejected-subject = Newid heb ei gymeradwyo: { $listing }
mail-see-listing = Gweld y rhestriad
mail-reply-subject = Mae { $reviewed } wedi ateb eich adolygiad gan gymheiriaid
mail-reply = Mae “{ $reviewed }” wedi ateb yr adolygiad gan gymheiriaid a ysgrifennodd eich prosiect amdano.
mail-reply-where = Mae’r ateb yn ymddangos o dan eich adolygiad ar dudalen eu rhestriad.
mail-reply-action = Darllen yr ateb
mail-review-changed-subject = Cafodd adolygiad gan gymheiriaid o { $reviewed } ei newid
mail-review-changed = Mae { $reviewer } wedi newid yr adolygiad gan gymheiriaid a gyhoeddodd am “{ $reviewed }”.
mail-review-changed-where = Gallwch ei ddarllen fel y mae nawr ar dudalen eich rhestriad. Mae’r hyn a ddywedai o’r blaen yn cael ei gadw yn hanes y rhestriad.
mail-problem = Mae rhywun wedi adrodd problem gyda’ch rhestriad “{ $listing }”: { $what }.
mail-problem-wrote = Ysgrifennon nhw: { $detail }
mail-problem-correct = Os oes angen cywiro’r rhestriad, cywirwch ef os gwelwch yn dda. Bydd cymedrolwr hefyd yn edrych ar yr adroddiad.
mail-problem-subject = Problem wedi’i hadrodd gyda { $listing }
mail-problem-action = Cywiro’r rhestriad
mail-digest-intro = Dyma beth sy’n aros am gymedrolwr heddiw:
mail-digest-claims = { $n ->
    [one] { $n } cais i gynnal neu ychwanegu rhestriad
   *[other] { $n } cais i gynnal neu ychwanegu rhestriad
}
mail-digest-changes = { $n ->
    [one] { $n } newid i restriad i’w wirio
   *[other] { $n } newid i restriadau i’w gwirio
}
mail-digest-reports = { $n ->
    [one] { $n } adroddiad am broblem
   *[other] { $n } adroddiad am broblemau
}
mail-digest-stale = { $n ->
    [one] { $n } rhestriad heb ei gadarnhau ers blwyddyn neu fwy
   *[other] { $n } rhestriad heb eu cadarnhau ers blwyddyn neu fwy
}
mail-digest-stale-at = Mae’r rhestriadau heb eu cadarnhau wedi’u rhestru yn { $link }
mail-digest-subject = Yn aros am gymedrolwr heddiw
mail-digest-action = Agor y ciw cymedroli
mail-connect-subject = Mae { $asking } yn gofyn am gysylltu ynghylch { $kind }
mail-connect = Daeth { $asking } o hyd i “{ $offering }” ar chwiliwr cymorth peermap ac mae’n gofyn am gysylltu ynghylch: { $kind }.
mail-connect-message = Eu neges: { $message }
mail-connect-answer = I ateb, ysgrifennwch at { $reply }. Does gan neb arall y neges hon, a dydyn ni ddim wedi rhoi eich cyfeiriad iddyn nhw.
mail-connect-action = Gweld rhestriad { $asking }
mail-withdrawn-subject = Sicrwydd gan gymheiriaid { $listing } wedi’i dynnu’n ôl
mail-withdrawn = Mae cymedrolwr wedi tynnu sicrwydd gan gymheiriaid “{ $listing }” yn ôl.
mail-withdrawn-reason = Eu rheswm: { $reason }
mail-withdrawn-again = Mae’r llwybr yn dechrau eto: cyhoeddwch eich hunanasesiad a gofynnwch i brosiectau eraill am adolygiadau newydd. Mae tudalen eich cyfrif yn rhestru beth sydd ei angen.
mail-withdrawn-action = Agor tudalen eich cyfrif
