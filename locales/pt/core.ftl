## O momento de necessidade: este ficheiro tem todas as mensagens de en/core.ftl.

exit = Sair deste site
exit-hint = Para sair depressa, carregue 3 vezes na tecla Escape ou use o botão «Sair deste site».

urgent-strip = Ajuda urgente:
urgent-more = Mais formas de obter ajuda
urgent-title = Precisa de ajuda agora?
urgent-intro = O apoio entre pares não é um serviço de emergência. Se está preocupada com a sua segurança ou a do seu bebé, peça ajuda imediatamente:
urgent-elsewhere = No resto do Reino Unido
urgent-nations = Onde vive
crisis-text = envie { $word } por SMS para o { $number }
crisis-text-short = Envie { $word } por SMS para o { $number }
crisis-emergency-name = Emergência
crisis-emergency-detail = Ligue agora se você ou outra pessoa estiver em perigo ou houver uma vida em risco.
crisis-nhs-111-how = Ligue para o 111 e escolha a opção de saúde mental.
crisis-nhs-111-detail = Para ajuda urgente com a sua saúde mental, de dia ou de noite, quando não é uma emergência. O NHS 111 também dá ajuda e conselho médico urgente.
crisis-nhs-111-wales-how = Ligue para o 111 e carregue no 2.
crisis-nhs-111-wales-detail = Para apoio de saúde mental, de dia ou de noite, quando não é uma emergência. O NHS 111 Wales também dá ajuda e conselho médico urgente.
crisis-nhs-24-how = Ligue para o 111.
crisis-nhs-24-detail = Para ajuda urgente quando não é uma emergência, incluindo o centro de saúde mental do NHS 24.
crisis-breathing-space-detail = Alguém com quem falar, à noite e aos fins de semana.
crisis-lifeline-detail = Ligue para a Lifeline se estiver em crise ou desespero, de dia ou de noite.
crisis-samaritans-detail = Chamada gratuita, de dia ou de noite, de qualquer lugar do Reino Unido, se precisar de falar com alguém.
crisis-shout-detail = Gratuito, de dia ou de noite, de qualquer lugar do Reino Unido, se não puder ou não quiser falar ao telefone.
nation-england = Inglaterra
nation-scotland = Escócia
nation-wales = País de Gales
nation-northern-ireland = Irlanda do Norte
list-and = { $first } e { $last }

emergency-title = A psicose pós-parto é uma emergência
emergency-call = Ligue para o 999
emergency-now = {" "}ou vá já às urgências (A&E)
emergency-if = {" "}se uma mãe tiver sintomas como confusão, ver ou ouvir coisas que não existem (alucinações) ou pensamentos de se magoar a si própria ou ao bebé.
emergency-same-day = Se teme que ela possa ter psicose pós-parto, contacte no mesmo dia a equipa de saúde mental perinatal, a parteira ou o médico de família (GP), ou imediatamente a equipa de crise local.
emergency-not-peer = Não espere pelo apoio entre pares. Pode ajudar a par do tratamento, não em vez dele.

date-long = { $day } de { $month } de { $year }
month-1 = janeiro
month-2 = fevereiro
month-3 = março
month-4 = abril
month-5 = maio
month-6 = junho
month-7 = julho
month-8 = agosto
month-9 = setembro
month-10 = outubro
month-11 = novembro
month-12 = dezembro
weekday-1 = segunda-feira
weekday-2 = terça-feira
weekday-3 = quarta-feira
weekday-4 = quinta-feira
weekday-5 = sexta-feira
weekday-6 = sábado
weekday-7 = domingo

layout-languages = Precisa disto noutra língua?
languages-title = Escolha uma língua
languages-intro = O peermap na sua língua. As fichas ficam com as palavras que os projetos escreveram.
languages-scope-all = todo o site
languages-scope-core = encontrar apoio e ajuda urgente
languages-interpreter = Pode pedir um intérprete ao seu médico de família (GP), parteira ou health visitor. É gratuito.

home-title = Encontre apoio entre pares para a sua saúde mental na gravidez ou depois do parto
home-form-title = O que procura?
home-about-title = O que é o apoio entre pares
home-lead = Apoio entre pares é a ajuda de pessoas que também passaram pelo mesmo. Pode acompanhar os cuidados do seu médico de família, parteira, health visitor ou equipa perinatal.
home-listed = { $n ->
    [one] Por agora há { $n } projeto.
   *[other] Por agora há { $n } projetos.
}

form-where = Código postal, vila ou cidade
form-where-hint = Por exemplo, B15 2TT, Preston ou Portadown
form-error-prefix = Erro:
form-locate = Usar a minha localização
form-need = Apoio para
form-any-need = Qualquer tipo de apoio
form-need-none-named = { $label } (nenhum ainda: mostra-se apoio geral)
form-need-listed = { $listed ->
    [one] { $label } (1 ficha)
   *[other] { $label } ({ $listed } fichas)
}
form-need-none-near = { $listed ->
    [one] { $label } (1 ficha, nenhuma perto)
   *[other] { $label } ({ $listed } fichas, nenhuma perto)
}
form-need-near = { $listed ->
    [one] { $label } (1 ficha, { $near } perto)
   *[other] { $label } ({ $listed } fichas, { $near } perto)
}
form-more = Mais opções
form-format = Em grupo ou individual
form-either = Qualquer um
form-delivery = Como gostaria de participar
form-any-way = De qualquer forma
form-language = Língua
form-any-language = Qualquer língua
form-principles = Princípios do apoio perinatal entre pares
form-reflected = Publicou a sua reflexão sobre os princípios
form-reviewed = Avaliado por outro projeto
form-assured = Garantido por outros projetos
form-stage = Está grávida ou o bebé já nasceu?
form-any-stage = Prefiro não dizer
form-within = Até que distância pode ir?
form-any-distance = Mostrar o mais perto, seja a que distância for
form-within-miles = Até { $miles } milhas ({ $km } km)
form-submit = Pesquisar
format-group = Em grupo
format-one-to-one = Individual
delivery-in-person = Presencial
delivery-online = Online (vídeo, fórum ou chat)
delivery-phone = Por telefone
delivery-home-visit = Visitas ao domicílio
stage-pregnant = Grávida
stage-after-birth = Depois do parto
referral-self = Pode inscrever-se a si própria
referral-professional = Através de um profissional de saúde ou de apoio social
need-perinatal-mental-health = Saúde mental na gravidez ou depois do parto
need-postnatal-depression-anxiety = Depressão ou ansiedade na gravidez ou depois do parto
need-postpartum-psychosis = Psicose pós-parto
need-perinatal-ocd = POC perinatal
need-birth-trauma = Parto difícil ou traumático
need-baby-loss = Perda de um bebé
need-twins-multiples = Gémeos e partos múltiplos
need-refugee-migrant-women = Mulheres refugiadas e migrantes
need-minority-ethnic-communities = Comunidades negras, asiáticas e de minorias étnicas
need-fathers-partners = Pais e companheiros
need-disabled-parents = Pais com deficiência
need-lgbt-parents = Pais LGBT+
need-young-parents = Pais jovens
need-homelessness = Sem-abrigo ou habitação insegura
need-drug-alcohol-use = Consumo de drogas ou álcool
need-criminal-justice = Contacto com o sistema de justiça penal

search-title = Encontre apoio entre pares perto de si
search-intro = Escreva onde vive para ver o apoio entre pares a que pode chegar e o apoio online ou por telefone.
search-error-title = Erro: { $title }
search-problem-title = Há um problema
search-try = Queria dizer:
search-choose-title = Que lugar quer dizer?
search-near-title = Apoio entre pares perto de { $place }
search-serving-title = Apoio entre pares para { $place }
search-change = Mudar a pesquisa
search-again = Mudar a pesquisa (no topo da página)
search-any-support = Todo o apoio entre pares
search-in-language = em { $language }
search-within = até { $miles } milhas
search-precision = As distâncias são medidas em linha reta a partir do centro de { $place } ({ $precision }), em { $nation }.
search-in-person = Presencial
search-none-near = Não encontrámos apoio entre pares presencial dentro da distância escolhida, para o que escolheu.
search-nearest-beyond = O mais perto, mais longe
search-none-at-all = Não conhecemos apoio entre pares presencial que corresponda a tudo o que escolheu. Tente menos opções ou veja abaixo o apoio online e por telefone.
search-serving = Serve a sua zona
search-serving-intro = Estes projetos dizem que servem a zona onde está. Alguns não indicam um local de encontro: contacte-os para perguntar onde e como.
search-online = Online e por telefone, esteja onde estiver
search-no-online = Não conhecemos apoio entre pares online ou por telefone que corresponda a tudo o que escolheu.
search-nation-no-distances = { $place } é uma nação inteira, por isso não há distâncias: estas são as fichas que a servem. Para o mais perto de alguém, pesquise o código postal ou a cidade.
search-nation-listings = Fichas que servem { $place }
search-nation-none = Não conhecemos apoio entre pares que sirva esta nação com tudo o que escolheu. Tente menos opções ou veja abaixo o apoio online e por telefone.
search-nation-serves = Para pessoas em { $nation }
search-meets = Reúne-se { $places }
place-precision-coordinates = coordenadas exatas
place-precision-sector = setor do código postal
place-precision-district = distrito do código postal
place-precision-place = centro da vila ou cidade
place-precision-authority = área do município
place-precision-nation = toda a nação
results-count = { $all ->
    [one] { $all } resultado: { $near } presencial ou na sua zona, { $remote } online ou por telefone
   *[other] { $all } resultados: { $near } presenciais ou na sua zona, { $remote } online ou por telefone
}
results-away = a { $distance }, { $place }
results-service-area = Está dentro da zona que serve.
results-serves = Serve { $areas }
results-chosen = Dentro da distância escolhida.
results-general = Apoio geral para qualquer dificuldade de saúde mental na gravidez ou depois do parto: não menciona o que escolheu, mas pode ajudar.
results-also-remote = Também online ou por telefone.
results-next-group = Próximo grupo: { $when }
results-join = Como participar:
results-or = ou
results-call = Ligar { $phone }
results-website = Ir ao site
results-on-a-map = Mostrar no mapa
results-email = E-mail
distance-tenth = menos de { $tenth } milhas
distance-fine = { $mi } milhas ({ $km } km)
distance-under-mile = menos de uma milha
distance-about = { $n ->
    [one] cerca de { $mi } milha ({ $km } km)
   *[other] cerca de { $mi } milhas ({ $km } km)
}
site-exact = em { $place }
site-postcode = em { $place } (zona do código postal; o local exato não é indicado)
site-town = em { $place } (centro da cidade; o local exato não é indicado)
site-region = em { $place } (algures nesta zona; o local exato não é indicado)
status-verified = Confirmado pelo projeto
status-verified-on = Confirmado pelo projeto em { $date }
status-unverified = Ainda não confirmado pelo projeto
fresh-confirmed = Pode estar desatualizado: confirmado pela última vez em { $date }.
fresh-added = Pode estar desatualizado: adicionado em { $date } e não confirmado desde então.

next-title = O que pode fazer a seguir
next-without-need = Pesquisar de novo qualquer tipo de apoio
next-general-near = Pesquisar de novo apoio geral perto de si
next-any-distance = Pesquisar de novo a qualquer distância
next-any-language = Pesquisar de novo em qualquer língua
next-see-online = Ver o apoio online ou por telefone
next-urgent = Se precisa de ajuda agora, veja para onde ligar para ajuda urgente
next-ask = Também pode perguntar ao seu médico de família (GP), parteira, health visitor ou equipa de saúde mental perinatal por apoio perto de si: podem encaminhá-la, e alguns grupos só aceitam encaminhamentos deles.

error-not-found-title = Página não encontrada
error-not-found = Não encontrámos a página que pediu.
error-not-found-hint = Se escreveu o endereço, verifique se está correto. Se o colou, verifique se o copiou todo.
error-home = Ir para a página inicial
