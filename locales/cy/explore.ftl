## Y map, cwmpas, y pecyn cymorth, cymorth rhwng prosiectau, partneriaid, hawlio, myfyrdod
## y rhestriad ac offer y daflen gyfeirio ei hun. Saesneg a Chymraeg.

## Y map
map-title = Map o gymorth gan gymheiriaid
map-intro-sites = Mae pob cylch coch yn lle y mae prosiect yn cyfarfod; mae cylch â modrwy wen yn dal sawl lle yn agos at ei gilydd. Mae’r rhifau’n cyfateb i’r rhestr o leoedd o dan y map. Dewiswch gylch i weld ei brosiect.
map-intro-place = Y marciwr du yw’r lle y chwilioch amdano, a’r cylchoedd coch â rhifau yw’r prosiectau agosaf, a restrir o dan y map. Mae pob hecsagon yn dangos faint o brosiectau sy’n cyfarfod wyneb yn wyneb yn yr ardal honno; dewiswch un i edrych yn agosach.
map-intro = Mae pob hecsagon yn dangos faint o brosiectau sy’n cyfarfod wyneb yn wyneb yn yr ardal honno. Dewiswch hecsagon i edrych yn agosach. Rhestrir yr un prosiectau o dan y map.
map-group = { $n } o leoedd yn agos at ei gilydd, a restrir o dan y map
map-nearby = Y trefi agosaf:
map-health-area = Ardal y GIG (llinellau toredig ar y map):
map-around = Cymorth gan gymheiriaid o gwmpas { $place }
map-in = Cymorth gan gymheiriaid: { $place }
map-svg-title = Map o gymorth amenedigol gan gymheiriaid wyneb yn wyneb
map-svg-markers = { $n } o leoedd wedi’u dangos fel marcwyr.
map-svg-areas = { $n ->
    [one] 1 ardal wedi’i dangos fel hecsagon, gyda’i nifer o brosiectau.
   *[other] { $n } o ardaloedd wedi’u dangos fel hecsagonau, pob un gyda’i nifer o brosiectau.
}
map-list-areas = Ardaloedd ar y map hwn
map-list-sites = Lleoedd ar y map hwn
map-none = Nid oes prosiect sy’n cyfateb i’ch dewisiadau yn cyfarfod wyneb yn wyneb yn yr ardal hon.
map-online-count = { $n ->
    [one] Mae 1 dewis ar-lein neu dros y ffôn hefyd yn cyfateb i’ch dewisiadau.
   *[other] Mae { $n } o ddewisiadau ar-lein neu dros y ffôn hefyd yn cyfateb i’ch dewisiadau.
}
map-online-link = Gweld cymorth ar-lein a thros y ffôn
map-online-title = Ar-lein a thros y ffôn
map-online-in = Ar-lein a thros y ffôn: { $nation }
map-place-form = Dod o hyd i le ar y map
map-show-place = Dangos ar y map
map-moves = Symud y map
map-zoom-out = Chwyddo allan: golwg ehangach
map-move-north = Symud i’r gogledd
map-move-east = Symud i’r dwyrain
map-move-south = Symud i’r de
map-move-west = Symud i’r gorllewin
map-you = Chwilioch yn agos at { $place }
map-breadcrumbs = Ble rydych chi ar y map
map-too-many = Mae gormod o brosiectau’n cyfarfod yn yr olwg hon i’w rhestru i gyd yma. Dewiswch ardal i weld ei phrosiectau, neu
map-directory-link = gweld pob prosiect yn y cyfeiriadur
map-more-sites = Mae { $total } o leoedd yn cyfarfod yn yr ardal hon. Mae’r map a’r rhestr yn dangos y { $shown } cyntaf, yr agosaf neu yn ôl enw. Chwiliwch o god post i ddod o hyd i’r agosaf.
map-projects = { $n ->
    [one] 1 prosiect
   *[other] { $n } o brosiectau
}
map-marker = { $name }: { $place }
map-marker-far = { $name }: { $place }, { $distance }
map-uk = Y DU
map-this-area = yr ardal hon
map-side-of = { $town } ({ $side })
map-side-north = i’r gogledd
map-side-north-east = i’r gogledd-ddwyrain
map-side-east = i’r dwyrain
map-side-south-east = i’r de-ddwyrain
map-side-south = i’r de
map-side-south-west = i’r de-orllewin
map-side-west = i’r gorllewin
map-side-north-west = i’r gogledd-orllewin
region-north-east = Gogledd-ddwyrain Lloegr
region-north-west = Gogledd-orllewin Lloegr
region-yorkshire-and-the-humber = Swydd Efrog a’r Humber
region-east-midlands = Dwyrain Canolbarth Lloegr
region-west-midlands = Gorllewin Canolbarth Lloegr
region-east-of-england = Dwyrain Lloegr
region-london = Llundain
region-south-east = De-ddwyrain Lloegr
region-south-west = De-orllewin Lloegr

## Cwmpas
coverage-title = Lle mae cymorth gan gymheiriaid wyneb yn wyneb allan o gyrraedd
coverage-intro = Mae pob hecsagon (tua 17 km ar draws) wedi’i liwio yn ôl y pellter mewn llinell syth o’i ganol i’r lle agosaf sy’n cyfarfod wyneb yn wyneb ar gyfer yr hyn a ddewisoch. Mae teithio ar y ffordd neu ar drafnidiaeth gyhoeddus fel arfer yn bellach.
coverage-show = Dangos y cwmpas
coverage-sites = Mae { $n } o leoedd wyneb yn wyneb yn cyfateb i’r hyn a ddewisoch.
coverage-unverified = Wedi’i greu o’r rhestrau yn peermap, a’r rhan fwyaf heb eu cadarnhau gan eu prosiect eto: gall bwlch yma fod yn fwlch yn ein data.
coverage-map-title = Pellter i gymorth gan gymheiriaid wyneb yn wyneb ledled y DU
coverage-hexagons = { $n } o hecsagonau
coverage-hexagons-word = o hecsagonau
coverage-legend = Allwedd: pellter o ganol pob hecsagon
coverage-online-uk = { $n ->
    [one] Mae 1 dewis ar-lein neu dros y ffôn yn gwasanaethu pawb yn y DU.
   *[other] Mae { $n } o ddewisiadau ar-lein neu dros y ffôn yn gwasanaethu pawb yn y DU.
}
coverage-online-nation = { $n ->
    [one] Mae 1 dewis ar-lein neu dros y ffôn yn gwasanaethu pawb yma: { $nation }.
   *[other] Mae { $n } o ddewisiadau ar-lein neu dros y ffôn yn gwasanaethu pawb yma: { $nation }.
}
coverage-towns = Y trefi pellaf o gymorth wyneb yn wyneb
coverage-towns-note = Trefi a dinasoedd o 5,000 o bobl neu fwy (GeoNames), y pellaf yn gyntaf.
coverage-town = Tref
coverage-people = Pobl
coverage-distance = Pellter i’r agosaf
coverage-download = Lawrlwytho’r hecsagonau
coverage-csv = CSV (taenlen)
coverage-geojson = GeoJSON (ar gyfer meddalwedd mapio)
band-under-10-miles = Llai na 10 milltir (16 km)
band-10-to-25-miles = 10 i 25 milltir (16 i 40 km)
band-25-to-50-miles = 25 i 50 milltir (40 i 80 km)
band-50-miles-or-more = 50 milltir (80 km) neu fwy
band-no-site = Dim cymorth wyneb yn wyneb yn unman

## Yr egwyddorion a’r grid hunanfyfyrio
principle-heading = Egwyddor { $n }: { $statement }
principle-1 = Mae cymorth amenedigol da gan gymheiriaid yn ddiogel ac yn feithringar
principle-2 = Mae cymorth amenedigol da gan gymheiriaid yn hygyrch ac yn gynhwysol
principle-3 = Mae cymorth amenedigol da gan gymheiriaid yn ategu gwaith gwasanaethau iechyd meddwl clinigol yn hytrach na’i ddyblygu
principle-4 = Mae cymorth amenedigol da gan gymheiriaid yn rhoi cyfleoedd i bobl â phrofiad bywyd gymryd rhan ystyrlon, ac i gymheiriaid arwain
principle-5 = Mae cymorth amenedigol da gan gymheiriaid o fudd i bawb sy’n cymryd rhan, gan gynnwys y cymheiriaid sy’n cefnogi
principle-short-safe-and-nurturing = Diogel a meithringar
principle-short-accessible-and-inclusive = Hygyrch a chynhwysol
principle-short-complements-clinical-services = Ategu gwasanaethau iechyd meddwl clinigol yn hytrach na’u dyblygu
principle-short-lived-experience-and-peer-leadership = Cyfranogiad ystyrlon pobl â phrofiad bywyd, ac arweinyddiaeth gan gymheiriaid
principle-short-benefits-everyone = O fudd i bawb sy’n cymryd rhan, gan gynnwys y cymheiriaid sy’n cefnogi
principle-1-a = Beth ydych chi’n ei wneud, yn ymarferol, fel bod pobl yn teimlo bod croeso iddyn nhw pan fyddan nhw’n dod atoch chi?
principle-1-b = Beth yw eich polisi a’ch gweithdrefnau diogelu? Oes gennych chi arweinydd diogelu penodol, ac ydyn nhw’n cwmpasu oedolion a phlant? Pwy allai eich helpu i’w datblygu?
principle-1-c = Sut mae rheolau sylfaenol a ffiniau’n cael eu cytuno, a sut mae pobl yn cadw atyn nhw?
principle-1-d = Os ydych chi’n cynnig cymorth ar-lein, pa risgiau ychwanegol ddaw yn sgil hynny? Sut mae grwpiau’n cael eu cymedroli, pa hyfforddiant sydd gan y cymedrolwyr, a beth yw cyfyngiadau’r platfformau rydych chi’n eu defnyddio (cyfryngau cymdeithasol cyhoeddus, er enghraifft)?
principle-2-a = Beth ydych chi wedi’i wneud i’w gwneud yn haws cyrraedd eich cymorth?
principle-2-b = Ydych chi’n cynnig gwahanol fathau o gymorth gan gymheiriaid a gweithgareddau? Ydych chi wedi creu cysylltiadau â chymorth arall gan gymheiriaid yn agos atoch, fel bod gan fenywod fwy o ddewis?
principle-2-c = Pa rwystrau penodol allai’r menywod rydych chi’n eu cefnogi eu hwynebu wrth geisio’ch cyrraedd, a beth wnewch chi amdanyn nhw?
principle-3-a = Beth yw eich perthynas â gwasanaethau iechyd meddwl mamau clinigol, a sut mae hynny’n helpu’r cymorth rydych chi’n ei roi?
principle-3-b = Ym mha ffyrdd mae’r hyn rydych chi’n ei gynnig yn debyg, ac yn wahanol, i’r gwasanaethau clinigol yn eich ardal?
principle-3-c = Pa ganlyniadau ydych chi’n anelu atyn nhw, a sut dewisoch chi nhw?
principle-4-a = Pwy gymerodd ran yn y gwaith o gynllunio eich cymorth gan gymheiriaid, a phwy sy’n gwneud y penderfyniadau?
principle-4-b = Pa fathau o brofiad bywyd sy’n bwysig i’ch cymorth gan gymheiriaid, a sut maen nhw’n llunio eich prosiect?
principle-4-c = Pa rolau arwain sydd gan gymheiriaid? Oes profiad bywyd yn cael ei gynrychioli yn y rheolwyr ac, os oes gennych chi rai, ymhlith uwch staff ac ymddiriedolwyr?
principle-5-a = Sut mae cymryd rhan yn effeithio ar iechyd meddwl a llesiant y cymheiriaid sy’n cefnogi?
principle-5-b = Pa hyfforddiant mae’r cymheiriaid sy’n cefnogi a’r hwyluswyr yn ei gael, a sut mae’n gweddu i’ch math chi o gymorth gan gymheiriaid?
principle-5-c = Pa hyfforddiant a chymorth mae cymheiriaid sy’n symud i rolau arwain yn eu cael?
principle-5-d = Pa oruchwyliaeth, gan gynnwys goruchwyliaeth glinigol, gall y cymheiriaid sy’n cefnogi ei defnyddio? Pwy allai eich helpu i’w threfnu?
grid-column-1 = Sut rydyn ni’n gwneud hyn, neu’n bwriadu ei wneud
grid-column-2 = Sut rydyn ni’n dangos hyn
grid-column-3 = Beth fyddwn ni’n ei wneud nesaf
grid-hint-1 = Nodwch beth rydych chi eisoes yn ei wneud ar gyfer yr egwyddor hon, neu beth rydych chi’n bwriadu ei wneud.
grid-hint-2 = Beth fyddai’n dangos i rywun arall eich bod yn ei wneud: polisi, cofnod hyfforddi, yr hyn mae pobl yn ei ddweud wrthych chi.
grid-hint-3 = Os daethoch chi o hyd i fwlch, beth wnewch chi amdano, a phwy allai helpu.
reflection-status-we-do-this = Ar waith
reflection-status-working-towards = Wrthi’n gweithio arno
reflection-status-not-yet = Ddim eto
reflection-status-does-not-apply = Nid yw’n berthnasol i ni

## Y pecyn cymorth
toolkit-title = Pecyn cymorth ar gyfer prosiectau cymorth gan gymheiriaid
toolkit-lead = I unrhyw un sy’n rhedeg neu’n dechrau cymorth amenedigol gan gymheiriaid, waeth pa mor fach: y pum egwyddor, cwestiynau i feddwl amdanyn nhw gyda’ch gilydd, beth sy’n helpu, a sut i ddod o hyd i hyfforddiant a goruchwyliaeth. Am ddim i’w ddefnyddio, ei argraffu a’i rannu.
toolkit-contents = Ar y dudalen hon
toolkit-principles-title = Y pum egwyddor a’u cwestiynau
toolkit-principles-intro = Ysgrifennwyd yr Egwyddorion Cymorth Amenedigol gan Gymheiriaid gyda chymheiriaid sy’n cefnogi, mamau a’r sefydliadau sy’n eu cefnogi. Daw cwestiynau i fyfyrio arnyn nhw gyda phob un. Maen nhw yma yn ein geiriau ein hunain, gyda’r llythrennau mae’r grid hunanfyfyrio yn eu rhoi iddyn nhw.
toolkit-official = Darllenwch yr egwyddorion yn llawn ar wefan y Maternal Mental Health Alliance
toolkit-how-title = Sut i ddefnyddio’r cwestiynau
toolkit-how-1 = Ewch drwyddyn nhw gyda’ch gilydd, gyda’r menywod sy’n rhoi ac yn cael eich cymorth, nid ar eich pen eich hun.
toolkit-how-2 = Ar gyfer pob cwestiwn, nodwch sut rydych chi’n gwneud hyn (neu’n bwriadu ei wneud), sut gallech chi ei ddangos, a beth fyddwch chi’n ei wneud nesaf.
toolkit-how-3 = Does dim marciau a dim llwyddo na methu. Cam nesaf yw bwlch rydych chi wedi dod o hyd iddo, nid methiant.
toolkit-how-4 = Dewch yn ôl atyn nhw bob blwyddyn: mae’r hyn a ysgrifennoch y llynedd yn dangos pa mor bell rydych chi wedi dod.
toolkit-workbook = Argraffu’r llyfr gwaith: grid gwag i’w lenwi ar bapur
toolkit-listed = Os yw eich prosiect wedi’i restru ar peermap, gall y bobl sy’n cadw’r rhestriad hefyd ysgrifennu eu myfyrdod ar dudalen y rhestriad ar ôl mewngofnodi, ei gadw fel drafft preifat, a’i gyhoeddi pan fyddan nhw’n barod.
toolkit-helps-title = Beth sy’n helpu
toolkit-helps-intro = Yr hyn mae’r ymchwil y tu ôl i’r egwyddorion a gweithwyr cymheiriaid mewn timau’r GIG yn ei ddweud sy’n gwneud cymorth gan gymheiriaid yn ddiogel ac yn dda:
toolkit-helps-safeguarding = Arweinydd diogelu
toolkit-helps-safeguarding-what = Person penodol, a pholisïau diogelu ar gyfer oedolion a phlant y mae staff, gwirfoddolwyr ac aelodau i gyd yn eu gwybod. Os ydych chi’n ymweld â phobl gartref neu’n gweithio ar eich pen eich hun, polisïau ar gyfer hynny hefyd.
toolkit-helps-ground-rules = Rheolau sylfaenol a ffiniau
toolkit-helps-ground-rules-what = Wedi’u cytuno gyda’r grŵp ar y dechrau, ac yn cael eu hadolygu wrth i’r grŵp newid, gan gynnwys faint mae pob person eisiau ei rannu a’i glywed.
toolkit-helps-moderated = Grwpiau ar-lein wedi’u cymedroli
toolkit-helps-moderated-what = Grwpiau a negeseuon ar-lein ar blatfform y gallwch ei gymedroli, gyda chymedrolwyr hyfforddedig sy’n tynnu negeseuon niweidiol i lawr ac yn cysylltu ag unrhyw un a allai fod mewn perygl.
toolkit-helps-easy = Hawdd ei gyrraedd
toolkit-helps-easy-what = Hunangyfeirio, aros byr, lleoedd â thrafnidiaeth dda, amseroedd sy’n gyfleus, a help gyda chostau.
toolkit-helps-links = Cysylltiadau ag eraill
toolkit-helps-links-what = Gyda chymorth arall gan gymheiriaid gerllaw, fel bod menywod yn gallu dewis yr hyn sy’n addas iddyn nhw, a gyda thimau clinigol lleol ar gyfer atgyfeirio’r ddwy ffordd a phryderon diogelu, gan aros gam i ffwrdd o wasanaethau clinigol.
toolkit-helps-led = Wedi’i arwain gan brofiad bywyd
toolkit-helps-led-what = Pobl sydd wedi bod drwyddo yn cymryd rhan yn y gwaith o gynllunio’r cymorth, yn ei benderfyniadau ac yn ei arweinyddiaeth.
toolkit-helps-supervision = Goruchwyliaeth a dadfriffio
toolkit-helps-supervision-what = Amser rheolaidd i gymheiriaid sy’n cefnogi ddadfriffio, myfyrio a dweud pa hyfforddiant neu gymorth sydd ei angen arnyn nhw.
toolkit-small-title = Hyfforddiant a goruchwyliaeth i grwpiau bach
toolkit-small-intro = Efallai nad oes gan grŵp bach neu anffurfiol reolwr, hyfforddwr na chlinigwr ei hun. Mae’r ffynonellau’n disgrifio ffyrdd eraill:
toolkit-small-training = Hyfforddiant
toolkit-small-training-what = Cyrsiau allanol, hyfforddwr annibynnol, neu sefydliad mwy sy’n hyfforddi ei gymheiriaid ei hun ac sy’n gallu cynnwys eich rhai chi.
toolkit-small-larger = Goruchwyliaeth drwy sefydliad mwy
toolkit-small-larger-what = Efallai y gall sefydliad cymorth gan gymheiriaid mwy gerllaw gynnig goruchwyliaeth a chymorth i’ch cymheiriaid sy’n cefnogi.
toolkit-small-peer = Goruchwyliaeth rhwng cymheiriaid
toolkit-small-peer-what = Amser gyda gweithwyr cymheiriaid eraill i fyfyrio, rhannu’r hyn rydych chi wedi’i ddysgu a dal eich gilydd i gyfrif. Roedd gweithwyr cymheiriaid mewn timau amenedigol y GIG yn gwerthfawrogi hyn yn fwy na dim.
toolkit-small-pairs = Mewn parau neu fel grŵp
toolkit-small-pairs-what = Lle nad oes neb arall yn gallu cynnig goruchwyliaeth, mae cymheiriaid sy’n cefnogi yn dadfriffio ac yn myfyrio mewn parau neu mewn sesiynau myfyrio grŵp.
toolkit-small-clinical = Goruchwyliaeth glinigol
toolkit-small-clinical-what = Gall perthynas waith â’ch tîm iechyd meddwl amenedigol lleol neu uned mam a baban roi mynediad at oruchwyliaeth glinigol, a llwybr ar gyfer pryderon diogelu.
toolkit-support = Dod o hyd i brosiectau sy’n cynnig hyfforddiant, goruchwyliaeth, mentora neu grwpiau ar y cyd
toolkit-assurance = Sicrwydd gan gymheiriaid: sut mae prosiectau’n gwirio eu gwaith yn erbyn yr egwyddorion gyda’i gilydd
toolkit-partners = Chwilio am brosiectau cymorth gan gymheiriaid yn agos atoch chi
toolkit-partners-hint = i ddod o hyd i sefydliad mwy neu grŵp fel eich un chi i weithio gydag ef. Mae gan dudalen prosiect rhestredig hefyd declyn dod o hyd i bartneriaid: prosiectau yn agos ato y mae eu cymorth yn ategu ei gymorth ei hun.
toolkit-sources-title = O ble daw hyn
toolkit-sources = Mind a’r McPin Foundation, “Maternal Mental Health Peer Support Quality Assurance Principles” (Tachwedd 2019), gan gynnwys ei grid hunanfyfyrio; Mind a Health Education England, “Peer Workers in NHS perinatal mental health services: a values-based approach”.

## Y llyfr gwaith a myfyrdodau prosiect, flwyddyn wrth flwyddyn
workbook-title = Llyfr gwaith hunanfyfyrio
workbook-lead = Y pum Egwyddor Cymorth Amenedigol gan Gymheiriaid a’u cwestiynau, gyda lle i ysgrifennu. Llenwch ef gyda’ch gilydd, gyda’r menywod sy’n rhoi ac yn cael eich cymorth.
workbook-print = I’w argraffu, neu ei gadw fel PDF, defnyddiwch orchymyn Argraffu eich porwr: mae wedi’i osod ar gyfer A4, un egwyddor i bob tudalen. Nid yw dim rydych chi’n ei ysgrifennu ar bapur yn cael ei anfon i unman.
workbook-back = Yn ôl i’r pecyn cymorth
workbook-project = Prosiect neu grŵp
workbook-who = Pwy gymerodd ran
workbook-date = Dyddiad
workbook-no-score = Does dim marciau a dim llwyddo na methu: cam nesaf yw bwlch rydych chi’n dod o hyd iddo.
years-title = Myfyrdodau ar yr egwyddorion, flwyddyn wrth flwyddyn
years-lead = Mae hunanasesiad cyhoeddedig pob blwyddyn yn cael ei gadw yma wrth ymyl y rhai cynharach, ar ffurf y llyfr gwaith. Cyfrif y prosiect ei hun ydyw: byth yn sgôr.
years-print = I’w argraffu, neu ei gadw fel PDF, defnyddiwch orchymyn Argraffu eich porwr: mae wedi’i osod fel y llyfr gwaith, un egwyddor i bob tudalen.
years-none = Nid yw’r prosiect hwn wedi cyhoeddi myfyrdod eto.
years-where = Ble mae’r prosiect arni:
years-not-answered = Heb ei ysgrifennu.
years-back = Yn ôl i’r rhestriad
years-years = Blynyddoedd
years-published = Cyhoeddwyd { $date }

## Partneriaid
partners-title = Partneriaid posibl: { $name }
partners-intro = Prosiectau sy’n cyfarfod yn agos at safleoedd y prosiect hwn, a phrosiectau ar-lein neu dros y ffôn sy’n gwasanaethu’r un gwledydd. Daw’r rhai a fyddai’n ychwanegu fwyaf at yr hyn mae’r prosiect hwn yn ei gynnig yn gyntaf, yna’r agosaf.
partners-within = Pa mor bell o safleoedd y prosiect hwn
partners-show = Dangos partneriaid
partners-own = Beth mae’r prosiect hwn yn ei gynnig nawr
partners-combined = Beth fyddai’r cynigion gyda’i gilydd yn ei gwmpasu
partners-new = Newydd gyda phartneriaid:
partners-nothing-new = Nid yw’n ychwanegu dim nad yw’r prosiect hwn eisoes yn ei gynnig, hyd y gŵyr y rhestrau.
partners-adds = Yn ychwanegu: { $what }.
partners-none = Ni wyddom am brosiectau eraill yn agos at safleoedd y prosiect hwn nac yn gwasanaethu ei wledydd.
partners-list = Partneriaid, y rhai sy’n ychwanegu fwyaf yn gyntaf
partners-not-stated = Nid yw’r rhestriad yn dweud.
partners-unverified = Daw rhestrau sydd heb eu cadarnhau gan eu prosiect eto o adroddiadau cyhoeddedig: gall yr hyn maen nhw’n ei gynnig fod yn anghyflawn.
partners-also-meets = Hefyd yn cyfarfod yn { $place }.
partners-meets = Yn cyfarfod yn { $place }, { $distance } o safle’r prosiect hwn yn { $ours }.
partners-adds-label = Yn ychwanegu:

## Sicrwydd gan gymheiriaid
assurance-title = Sicrwydd gan gymheiriaid
assurance-lead = Ffordd i brosiectau cymorth gan gymheiriaid wirio eu gwaith yn erbyn yr egwyddorion gyda’i gilydd, yn agored. Nid gradd yw hi: mae prosiect naill ai’n bodloni’r hyn a ofynnir isod neu ddim eto, a gall unrhyw un weld pam.
assurance-asks-title = Beth a ofynnir
assurance-self = Hunanasesiad cyhoeddedig o’r pum egwyddor i gyd, pob un wedi’i gyhoeddi yn ystod y 12 mis diwethaf. Mae’r bobl sy’n cadw rhestriad yn ei ysgrifennu ar ffurflen fyfyrio’r rhestriad; cwestiynau’r pecyn cymorth yw’r cwestiynau.
assurance-reviews = Adolygiadau gan gymheiriaid gan o leiaf ddau brosiect arall yn ystod y 12 mis diwethaf. Mae pob adolygiad yn edrych ar y pum egwyddor i gyd, ac ar gyfer pob un mae’r prosiect sy’n adolygu naill ai’n adnabod yr hyn a ddarllenodd neu’n holi amdano. Lle mae’n holi, mae’r prosiect a adolygwyd yn ateb yn ei ymateb.
assurance-then-title = Beth sy’n digwydd wedyn
assurance-then-1 = Mae’r rhestriad yn dangos “Sicrwydd gan gymheiriaid”, gyda’r dyddiad y bodlonodd yr hyn a ofynnir a dolenni i’r adolygiadau.
assurance-then-2 = Mae’n para am 12 mis o’r dyddiad hwnnw. Mae cyhoeddi’r hunanasesiad eto ac adolygiadau newydd yn ei adnewyddu.
assurance-then-3 = Os oes rhywbeth o’i le, gall cymedrolwr ei dynnu’n ôl. Mae’r rheswm yn cael ei gadw yn hanes y rhestriad, ac mae’r llwybr yn dechrau eto: hunanasesiad newydd ac adolygiadau newydd.
assurance-then-4 = Does dim yn cael ei gyfrif na’i gymharu rhwng prosiectau: does dim marciau, dim lleoedd mewn rhestr a dim cyfraddau llwyddo.
assurance-start = Dechrau gyda chwestiynau’r pecyn cymorth
