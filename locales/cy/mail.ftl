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
