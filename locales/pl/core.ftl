## Chwila potrzeby: ten plik ma każdą wiadomość z en/core.ftl.

exit = Opuść tę stronę
exit-hint = Aby szybko wyjść, naciśnij 3 razy klawisz Escape albo użyj przycisku „Opuść tę stronę”.

urgent-strip = Pilna pomoc:
urgent-more = Więcej sposobów uzyskania pomocy
urgent-title = Potrzebujesz pomocy teraz?
urgent-intro = Wsparcie rówieśnicze nie jest służbą ratunkową. Jeśli martwisz się o swoje bezpieczeństwo lub bezpieczeństwo dziecka, od razu poszukaj pomocy:
urgent-elsewhere = W innych częściach Wielkiej Brytanii
urgent-nations = Gdzie mieszkasz
crisis-text = wyślij SMS { $word } na numer { $number }
crisis-text-short = Wyślij SMS { $word } na numer { $number }
crisis-emergency-name = Numer alarmowy
crisis-emergency-detail = Zadzwoń teraz, jeśli Ty lub ktoś inny jest w niebezpieczeństwie albo zagrożone jest czyjeś życie.
crisis-nhs-111-how = Zadzwoń pod 111 i wybierz opcję zdrowia psychicznego.
crisis-nhs-111-detail = Pilna pomoc w sprawie zdrowia psychicznego, w dzień i w nocy, gdy to nie jest nagły wypadek. NHS 111 udziela też pilnej pomocy i porad medycznych.
crisis-nhs-111-wales-how = Zadzwoń pod 111 i naciśnij 2.
crisis-nhs-111-wales-detail = Wsparcie w sprawie zdrowia psychicznego, w dzień i w nocy, gdy to nie jest nagły wypadek. NHS 111 Wales udziela też pilnej pomocy i porad medycznych.
crisis-nhs-24-how = Zadzwoń pod 111.
crisis-nhs-24-detail = Pilna pomoc, gdy to nie jest nagły wypadek, w tym centrum zdrowia psychicznego NHS 24.
crisis-breathing-space-detail = Ktoś, z kim można porozmawiać, wieczorami i w weekendy.
crisis-lifeline-detail = Zadzwoń do Lifeline, jeśli przeżywasz kryzys lub rozpacz, w dzień i w nocy.
crisis-samaritans-detail = Bezpłatny telefon, w dzień i w nocy, z każdego miejsca w Wielkiej Brytanii, jeśli potrzebujesz z kimś porozmawiać.
crisis-shout-detail = Bezpłatnie, w dzień i w nocy, z każdego miejsca w Wielkiej Brytanii, jeśli nie możesz lub nie chcesz rozmawiać przez telefon.
nation-england = Anglia
nation-scotland = Szkocja
nation-wales = Walia
nation-northern-ireland = Irlandia Północna
list-and = { $first } i { $last }

emergency-title = Psychoza poporodowa to nagły wypadek
emergency-call = Zadzwoń pod 999
emergency-now = {" "}lub od razu jedź na izbę przyjęć (A&E)
emergency-if = {" "}jeśli matka ma objawy takie jak splątanie, widzenie lub słyszenie rzeczy, których nie ma (halucynacje), albo myśli o skrzywdzeniu siebie lub dziecka.
emergency-same-day = Jeśli obawiasz się, że może mieć psychozę poporodową, jeszcze tego samego dnia skontaktuj się z jej zespołem okołoporodowego zdrowia psychicznego, położną lub lekarzem rodzinnym (GP), albo od razu z lokalnym zespołem kryzysowym.
emergency-not-peer = Nie czekaj na wsparcie rówieśnicze. Może ono pomagać obok leczenia, ale go nie zastąpi.

date-long = { $day } { $month } { $year }
month-1 = stycznia
month-2 = lutego
month-3 = marca
month-4 = kwietnia
month-5 = maja
month-6 = czerwca
month-7 = lipca
month-8 = sierpnia
month-9 = września
month-10 = października
month-11 = listopada
month-12 = grudnia
weekday-1 = poniedziałek
weekday-2 = wtorek
weekday-3 = środa
weekday-4 = czwartek
weekday-5 = piątek
weekday-6 = sobota
weekday-7 = niedziela

layout-languages = Potrzebujesz tego w innym języku?
languages-title = Wybierz język
languages-intro = peermap w Twoim języku. Opisy projektów pozostają w słowach, którymi napisały je same projekty.
languages-scope-all = cała strona
languages-scope-core = szukanie wsparcia i pilna pomoc
languages-interpreter = Możesz poprosić lekarza rodzinnego (GP), położną lub wizytującą pielęgniarkę (health visitor) o tłumacza. To nic nie kosztuje.

home-title = Znajdź wsparcie rówieśnicze dla swojego zdrowia psychicznego w ciąży lub po porodzie
home-form-title = Czego szukasz?
home-about-title = Czym jest wsparcie rówieśnicze
home-lead = Wsparcie rówieśnicze to pomoc od osób, które same przez to przeszły. Może towarzyszyć opiece lekarza rodzinnego, położnej, wizytującej pielęgniarki lub zespołu okołoporodowego.
home-listed = { $n ->
    [one] Jak dotąd wymieniono { $n } projekt.
    [few] Jak dotąd wymieniono { $n } projekty.
   *[other] Jak dotąd wymieniono { $n } projektów.
}

form-where = Kod pocztowy, miejscowość lub miasto
form-where-hint = Na przykład B15 2TT, Preston lub Portadown
form-error-prefix = Błąd:
form-locate = Użyj mojej lokalizacji
form-need = Wsparcie w sprawie
form-any-need = Każdy rodzaj wsparcia
form-need-none-named = { $label } (jeszcze brak: pokazujemy wsparcie ogólne)
form-need-listed = { $listed ->
    [one] { $label } (1 wpis)
    [few] { $label } ({ $listed } wpisy)
   *[other] { $label } ({ $listed } wpisów)
}
form-need-none-near = { $listed ->
    [one] { $label } (1 wpis, żaden w pobliżu)
    [few] { $label } ({ $listed } wpisy, żaden w pobliżu)
   *[other] { $label } ({ $listed } wpisów, żaden w pobliżu)
}
form-need-near = { $label } ({ $listed } – w pobliżu: { $near })
form-more = Więcej opcji
form-format = W grupie czy indywidualnie
form-either = Obojętnie
form-delivery = Jak chcesz uczestniczyć
form-any-way = Dowolnie
form-language = Język
form-any-language = Dowolny język
form-principles = Zasady okołoporodowego wsparcia rówieśniczego
form-reflected = Opublikował refleksję nad zasadami
form-reviewed = Oceniony przez inny projekt
form-assured = Potwierdzony przez inne projekty
form-stage = Jesteś w ciąży czy dziecko już się urodziło?
form-any-stage = Wolę nie mówić
form-within = Jak daleko możesz dojechać?
form-any-distance = Pokaż najbliższe, bez względu na odległość
form-within-miles = Do { $miles } mil ({ $km } km)
form-submit = Szukaj
format-group = Grupa
format-one-to-one = Indywidualnie
delivery-in-person = Osobiście
delivery-online = Online (wideo, forum lub czat)
delivery-phone = Przez telefon
delivery-home-visit = Wizyty domowe
stage-pregnant = W ciąży
stage-after-birth = Po porodzie
referral-self = Możesz zgłosić się sama
referral-professional = Przez pracownika ochrony zdrowia lub opieki
need-perinatal-mental-health = Zdrowie psychiczne w ciąży lub po porodzie
need-postnatal-depression-anxiety = Depresja lub lęk w ciąży lub po porodzie
need-postpartum-psychosis = Psychoza poporodowa
need-perinatal-ocd = Okołoporodowe zaburzenie obsesyjno-kompulsyjne (OCD)
need-birth-trauma = Trudny lub traumatyczny poród
need-baby-loss = Utrata dziecka
need-twins-multiples = Bliźnięta i ciąże mnogie
need-refugee-migrant-women = Uchodźczynie i migrantki
need-minority-ethnic-communities = Społeczności czarnoskóre, azjatyckie i mniejszości etniczne
need-fathers-partners = Ojcowie i partnerzy
need-disabled-parents = Rodzice z niepełnosprawnością
need-lgbt-parents = Rodzice LGBT+
need-young-parents = Młodzi rodzice
need-homelessness = Bezdomność lub niebezpieczne warunki mieszkaniowe
need-drug-alcohol-use = Używanie narkotyków lub alkoholu
need-criminal-justice = Kontakt z wymiarem sprawiedliwości

search-title = Znajdź wsparcie rówieśnicze w pobliżu
search-intro = Wpisz, gdzie mieszkasz, aby zobaczyć wsparcie rówieśnicze, do którego możesz dotrzeć, oraz wsparcie online lub przez telefon.
search-error-title = Błąd: { $title }
search-problem-title = Wystąpił problem
search-try = Czy chodziło o:
search-choose-title = Które miejsce masz na myśli?
search-near-title = Wsparcie rówieśnicze w pobliżu: { $place }
search-serving-title = Wsparcie rówieśnicze dla: { $place }
search-change = Zmień wyszukiwanie
search-again = Zmień wyszukiwanie (na górze strony)
search-any-support = Każde wsparcie rówieśnicze
search-in-language = w języku: { $language }
search-within = do { $miles } mil
search-precision = Odległości mierzone są w linii prostej od środka: { $place } ({ $precision }), { $nation }.
search-in-person = Osobiście
search-none-near = Nie znaleźliśmy wsparcia rówieśniczego ze spotkaniami osobistymi w wybranej odległości, dla tego, co wybrano.
search-nearest-beyond = Najbliższe dalej
search-none-at-all = Nie znamy wsparcia rówieśniczego ze spotkaniami osobistymi, które pasuje do wszystkiego, co wybrano. Wybierz mniej opcji albo zobacz niżej wsparcie online i telefoniczne.
search-serving = Działa w Twojej okolicy
search-serving-intro = Te projekty podają, że działają w Twojej okolicy. Niektóre nie podają miejsca spotkań: skontaktuj się, aby zapytać, gdzie i jak.
search-online = Online i przez telefon — gdziekolwiek jesteś
search-no-online = Nie znamy wsparcia rówieśniczego online lub przez telefon, które pasuje do wszystkiego, co wybrano.
search-nation-no-distances = { $place } to cały kraj, więc nie podajemy odległości: to wpisy, które tam działają. Aby znaleźć najbliższe, wpisz kod pocztowy lub miejscowość.
search-nation-listings = Wpisy działające w: { $place }
search-nation-none = Nie znamy wsparcia rówieśniczego w tym kraju, które pasuje do wszystkiego, co wybrano. Wybierz mniej opcji albo zobacz niżej wsparcie online i telefoniczne.
search-nation-serves = Dla osób w: { $nation }
search-meets = Spotkania: { $places }
place-precision-coordinates = dokładne współrzędne
place-precision-sector = sektor kodu pocztowego
place-precision-district = okręg kodu pocztowego
place-precision-place = centrum miejscowości
place-precision-authority = obszar samorządu
place-precision-nation = cały kraj
results-count = Wyniki: { $all } ({ $near } osobiście lub w Twojej okolicy, { $remote } online lub przez telefon)
results-away = { $distance } stąd, { $place }
results-service-area = Jesteś na obszarze, na którym działa.
results-serves = Działa na obszarze: { $areas }
results-chosen = W wybranej odległości.
results-general = Ogólne wsparcie przy każdej trudności ze zdrowiem psychicznym w ciąży lub po porodzie: nie wymienia tego, co wybrano, ale może w tym pomóc.
results-also-remote = Także online lub przez telefon.
results-next-group = Następne spotkanie grupy: { $when }
results-join = Jak dołączyć:
results-or = lub
results-call = Zadzwoń { $phone }
results-website = Otwórz stronę
results-on-a-map = Pokaż je na mapie
results-email = E-mail
distance-tenth = mniej niż { $tenth } mili
distance-fine = { $mi } mil ({ $km } km)
distance-under-mile = mniej niż mila
distance-about = około { $mi } mil ({ $km } km)
site-exact = adres: { $place }
site-postcode = w { $place } (obszar kodu pocztowego; dokładne miejsce nie jest podane)
site-town = w { $place } (centrum miejscowości; dokładne miejsce nie jest podane)
site-region = w { $place } (gdzieś w tym obszarze; dokładne miejsce nie jest podane)
status-verified = Potwierdzone przez projekt
status-verified-on = Potwierdzone przez projekt { $date }
status-unverified = Jeszcze niepotwierdzone przez projekt
fresh-confirmed = Może być nieaktualne: ostatnio potwierdzone { $date }.
fresh-added = Może być nieaktualne: dodane { $date } i od tego czasu niepotwierdzone.

next-title = Co możesz zrobić dalej
next-without-need = Szukaj ponownie dowolnego wsparcia
next-general-near = Szukaj ponownie ogólnego wsparcia w pobliżu
next-any-distance = Szukaj ponownie bez względu na odległość
next-any-language = Szukaj ponownie w dowolnym języku
next-see-online = Zobacz wsparcie online lub przez telefon
next-urgent = Jeśli potrzebujesz pomocy teraz, zobacz, gdzie zadzwonić po pilną pomoc
next-ask = Możesz też zapytać lekarza rodzinnego (GP), położną, wizytującą pielęgniarkę lub zespół okołoporodowego zdrowia psychicznego o wsparcie w pobliżu: mogą Cię skierować, a niektóre grupy przyjmują tylko ich skierowania.

error-not-found-title = Nie znaleziono strony
error-not-found = Nie znaleźliśmy strony, o którą prosisz.
error-not-found-hint = Jeśli adres był wpisany, sprawdź, czy jest poprawny. Jeśli był wklejony, sprawdź, czy skopiowano go w całości.
error-home = Przejdź do strony startowej
