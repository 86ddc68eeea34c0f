## El momento de necesidad: este archivo tiene todos los mensajes de en/core.ftl.

exit = Salir de este sitio
exit-hint = Para salir rápido, pulse la tecla Escape 3 veces o use el botón «Salir de este sitio».

urgent-strip = Ayuda urgente:
urgent-more = Más formas de conseguir ayuda
urgent-title = ¿Necesita ayuda ahora?
urgent-intro = El apoyo entre iguales no es un servicio de emergencias. Si le preocupa su seguridad o la de su bebé, pida ayuda enseguida:
urgent-elsewhere = En el resto del Reino Unido
urgent-nations = Donde vive
crisis-text = envíe { $word } por SMS al { $number }
crisis-text-short = Envíe { $word } por SMS al { $number }
crisis-emergency-name = Emergencias
crisis-emergency-detail = Llame ahora si usted u otra persona está en peligro o hay una vida en riesgo.
crisis-nhs-111-how = Llame al 111 y elija la opción de salud mental.
crisis-nhs-111-detail = Para ayuda urgente con su salud mental, de día o de noche, cuando no es una emergencia. NHS 111 también da ayuda y consejo médico urgente.
crisis-nhs-111-wales-how = Llame al 111 y pulse 2.
crisis-nhs-111-wales-detail = Para apoyo de salud mental, de día o de noche, cuando no es una emergencia. NHS 111 Wales también da ayuda y consejo médico urgente.
crisis-nhs-24-how = Llame al 111.
crisis-nhs-24-detail = Para ayuda urgente cuando no es una emergencia, incluido el centro de salud mental de NHS 24.
crisis-breathing-space-detail = Alguien con quien hablar, por las tardes y los fines de semana.
crisis-lifeline-detail = Llame a Lifeline si está en crisis o desesperación, de día o de noche.
crisis-samaritans-detail = Llamada gratuita, de día o de noche, desde cualquier lugar del Reino Unido, si necesita hablar con alguien.
crisis-shout-detail = Gratis, de día o de noche, desde cualquier lugar del Reino Unido, si no puede o no quiere hablar por teléfono.
nation-england = Inglaterra
nation-scotland = Escocia
nation-wales = Gales
nation-northern-ireland = Irlanda del Norte
list-and = { $first } y { $last }

emergency-title = La psicosis posparto es una emergencia
emergency-call = Llame al 999
emergency-now = {" "}o vaya ahora a urgencias (A&E)
emergency-if = {" "}si una madre tiene síntomas como confusión, ver u oír cosas que no están (alucinaciones) o pensamientos de hacerse daño a sí misma o a su bebé.
emergency-same-day = Si le preocupa que pueda tener psicosis posparto, contacte el mismo día con su equipo de salud mental perinatal, su matrona o su médico de cabecera (GP), o enseguida con el equipo de crisis local.
emergency-not-peer = No espere al apoyo entre iguales. Puede ayudar junto al tratamiento, no en su lugar.

date-long = { $day } de { $month } de { $year }
month-1 = enero
month-2 = febrero
month-3 = marzo
month-4 = abril
month-5 = mayo
month-6 = junio
month-7 = julio
month-8 = agosto
month-9 = septiembre
month-10 = octubre
month-11 = noviembre
month-12 = diciembre
weekday-1 = lunes
weekday-2 = martes
weekday-3 = miércoles
weekday-4 = jueves
weekday-5 = viernes
weekday-6 = sábado
weekday-7 = domingo

layout-languages = ¿Lo necesita en otro idioma?
languages-title = Elija un idioma
languages-intro = peermap en su idioma. Los anuncios siguen con las palabras que escribieron sus proyectos.
languages-scope-all = todo el sitio
languages-scope-core = buscar apoyo y ayuda urgente
languages-interpreter = Puede pedir un intérprete a su médico de cabecera (GP), matrona o health visitor. Es gratis.

home-title = Encuentre apoyo entre iguales para su salud mental en el embarazo o después del parto
home-form-title = ¿Qué busca?
home-about-title = Qué es el apoyo entre iguales
home-lead = El apoyo entre iguales es la ayuda de personas que también lo han vivido. Puede acompañar la atención de su médico de cabecera, matrona, health visitor o equipo perinatal.
home-listed = { $n ->
    [one] Por ahora hay { $n } proyecto.
   *[other] Por ahora hay { $n } proyectos.
}

form-where = Código postal, pueblo o ciudad
form-where-hint = Por ejemplo, B15 2TT, Preston o Portadown
form-error-prefix = Error:
form-locate = Usar mi ubicación
form-need = Apoyo para
form-any-need = Cualquier tipo de apoyo
form-need-none-named = { $label } (ninguno todavía: se muestra apoyo general)
form-need-listed = { $listed ->
    [one] { $label } (1 anuncio)
   *[other] { $label } ({ $listed } anuncios)
}
form-need-none-near = { $listed ->
    [one] { $label } (1 anuncio, ninguno cerca)
   *[other] { $label } ({ $listed } anuncios, ninguno cerca)
}
form-need-near = { $listed ->
    [one] { $label } (1 anuncio, { $near } cerca)
   *[other] { $label } ({ $listed } anuncios, { $near } cerca)
}
form-more = Más opciones
form-format = En grupo o individual
form-either = Cualquiera
form-delivery = Cómo le gustaría participar
form-any-way = De cualquier forma
form-language = Idioma
form-any-language = Cualquier idioma
form-principles = Principios del apoyo perinatal entre iguales
form-reflected = Ha publicado su reflexión sobre los principios
form-reviewed = Revisado por otro proyecto
form-assured = Avalado por otros proyectos
form-stage = ¿Está embarazada o ya ha nacido su bebé?
form-any-stage = Prefiero no decirlo
form-within = ¿Hasta dónde puede desplazarse?
form-any-distance = Mostrar lo más cercano, esté donde esté
form-within-miles = A menos de { $miles } millas ({ $km } km)
form-submit = Buscar
format-group = En grupo
format-one-to-one = Individual
delivery-in-person = En persona
delivery-online = En línea (vídeo, foro o chat)
delivery-phone = Por teléfono
delivery-home-visit = Visitas a domicilio
stage-pregnant = Embarazada
stage-after-birth = Después del parto
referral-self = Puede apuntarse usted misma
referral-professional = A través de un profesional sanitario o social
need-perinatal-mental-health = Salud mental en el embarazo o después del parto
need-postnatal-depression-anxiety = Depresión o ansiedad en el embarazo o después del parto
need-postpartum-psychosis = Psicosis posparto
need-perinatal-ocd = TOC perinatal
need-birth-trauma = Parto difícil o traumático
need-baby-loss = Pérdida de un bebé
need-twins-multiples = Gemelos y partos múltiples
need-refugee-migrant-women = Mujeres refugiadas y migrantes
need-minority-ethnic-communities = Comunidades negras, asiáticas y de minorías étnicas
need-fathers-partners = Padres y parejas
need-disabled-parents = Madres y padres con discapacidad
need-lgbt-parents = Madres y padres LGBT+
need-young-parents = Madres y padres jóvenes
need-homelessness = Sin hogar o vivienda insegura
need-drug-alcohol-use = Consumo de drogas o alcohol
need-criminal-justice = Contacto con el sistema de justicia penal

search-title = Encuentre apoyo entre iguales cerca de usted
search-intro = Escriba dónde vive para ver el apoyo entre iguales al que puede llegar y el que puede seguir en línea o por teléfono.
search-error-title = Error: { $title }
search-problem-title = Hay un problema
search-try = Quizá quiso decir:
search-choose-title = ¿Qué lugar quiere decir?
search-near-title = Apoyo entre iguales cerca de { $place }
search-serving-title = Apoyo entre iguales para { $place }
search-change = Cambiar la búsqueda
search-again = Cambiar la búsqueda (arriba de la página)
search-any-support = Todo el apoyo entre iguales
search-in-language = en { $language }
search-within = a menos de { $miles } millas
search-precision = Las distancias se miden en línea recta desde el centro de { $place } ({ $precision }), en { $nation }.
search-in-person = En persona
search-none-near = No encontramos apoyo entre iguales en persona dentro de la distancia elegida, para lo que eligió.
search-nearest-beyond = Lo más cercano, más lejos
search-none-at-all = No conocemos apoyo entre iguales en persona que coincida con todo lo que eligió. Pruebe con menos opciones o vea abajo el apoyo en línea y por teléfono.
search-serving = Atiende su zona
search-serving-intro = Estos proyectos dicen que atienden la zona donde está. Algunos no dan un lugar de encuentro: contacte con ellos para preguntar dónde y cómo.
search-online = En línea y por teléfono, esté donde esté
search-no-online = No conocemos apoyo entre iguales en línea o por teléfono que coincida con todo lo que eligió.
search-nation-no-distances = { $place } es una nación entera, así que no hay distancias: estos son los anuncios que la atienden. Para lo más cercano a alguien, busque su código postal o su ciudad.
search-nation-listings = Anuncios que atienden { $place }
search-nation-none = No conocemos apoyo entre iguales que atienda esta nación con todo lo que eligió. Pruebe con menos opciones o vea abajo el apoyo en línea y por teléfono.
search-nation-serves = Para personas en { $nation }
search-meets = Se reúne { $places }
place-precision-coordinates = coordenadas exactas
place-precision-sector = sector de código postal
place-precision-district = distrito de código postal
place-precision-place = centro del pueblo o ciudad
place-precision-authority = zona del ayuntamiento
place-precision-nation = toda la nación
results-count = { $all ->
    [one] { $all } resultado: { $near } en persona o en su zona, { $remote } en línea o por teléfono
   *[other] { $all } resultados: { $near } en persona o en su zona, { $remote } en línea o por teléfono
}
results-away = a { $distance }, { $place }
results-service-area = Usted está dentro de la zona que atiende.
results-serves = Atiende { $areas }
results-chosen = Dentro de la distancia elegida.
results-general = Apoyo general para cualquier dificultad de salud mental en el embarazo o después del parto: no menciona lo que eligió, pero puede ayudar con ello.
results-also-remote = También en línea o por teléfono.
results-next-group = Próximo grupo: { $when }
results-join = Cómo unirse:
results-or = o
results-call = Llamar al { $phone }
results-website = Ir a la web
results-on-a-map = Mostrarlos en un mapa
results-email = Correo electrónico
distance-tenth = menos de { $tenth } millas
distance-fine = { $mi } millas ({ $km } km)
distance-under-mile = menos de una milla
distance-about = { $n ->
    [one] unas { $mi } milla ({ $km } km)
   *[other] unas { $mi } millas ({ $km } km)
}
site-exact = en { $place }
site-postcode = en { $place } (zona del código postal; no se da el lugar exacto)
site-town = en { $place } (centro de la ciudad; no se da el lugar exacto)
site-region = en { $place } (en algún lugar de esta zona; no se da el lugar exacto)
status-verified = Confirmado por el proyecto
status-verified-on = Confirmado por el proyecto el { $date }
status-unverified = Aún no confirmado por el proyecto
fresh-confirmed = Puede no estar al día: confirmado por última vez el { $date }.
fresh-added = Puede no estar al día: añadido el { $date } y sin confirmar desde entonces.

next-title = Qué puede hacer ahora
next-without-need = Buscar de nuevo cualquier tipo de apoyo
next-general-near = Buscar de nuevo apoyo general cerca de usted
next-any-distance = Buscar de nuevo a cualquier distancia
next-any-language = Buscar de nuevo en cualquier idioma
next-see-online = Ver el apoyo en línea o por teléfono
next-urgent = Si necesita ayuda ahora, vea a quién llamar para ayuda urgente
next-ask = También puede preguntar a su médico de cabecera (GP), matrona, health visitor o equipo de salud mental perinatal por apoyo cerca de usted: pueden derivarla, y algunos grupos solo aceptan derivaciones suyas.

error-not-found-title = Página no encontrada
error-not-found = No encontramos la página que pidió.
error-not-found-hint = Si escribió la dirección, compruebe que es correcta. Si la pegó, compruebe que la copió entera.
error-home = Ir a la página de inicio
