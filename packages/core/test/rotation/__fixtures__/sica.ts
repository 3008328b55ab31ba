import type { RecordedRotation } from './recorded-rotation.js';

/**
 * Pro Tempore Presidency (PPT) of SICA, 2015-H1 – 2026-H1 (23 semesters).
 *
 * The order is fixed by article 3 of the Reglamento de la Presidencia Pro
 * Tempore: the Central American geographical order starting with Belize —
 * Belize, Guatemala, El Salvador, Honduras, Nicaragua, Costa Rica, Panamá,
 * República Dominicana (confirmed by the SICA web site and by press quoting
 * art. 3; it matches the outline given for this fixture).
 *
 * The sequence follows that order except around 2021–2023: Guatemala took the
 * PPT from Costa Rica for 2021-H2 (Panamá's turn), Panamá followed in 2022-H1,
 * and in 2023 Belize handed directly to El Salvador, so Guatemala's regular
 * turn after Belize was passed over. The holders are confirmed; the reason for
 * the change was not found in any stored source.
 *
 * 2020-H2 is not confirmed by any source found; it is recorded as Nicaragua
 * (the only holder consistent with the fixed order between Honduras 2020-H1
 * and Costa Rica 2021-H1) and marked uncertain.
 *
 * Starts follow the shared convention (1 January / 1 July); hand-over
 * ceremonies normally took place at the summit closing the previous semester.
 * Two hand-overs happened after the boundary (2025-H1, 2026-H1) and those
 * terms start on the hand-over day.
 */
export const sica: RecordedRotation = {
  body: 'Sistema de la Integración Centroamericana (SICA)',
  office: 'Presidencia Pro Tempore (Vocero de Centroamérica)',
  rule: 'El Vocero de Centroamérica, conocido también como Presidencia Pro Tempore del SICA, es la función que ejerce un Estado Parte del SICA […] durante un período de seis meses según el orden de rotación establecido en su reglamento, el cual corresponde al orden geográfico centroamericano, comenzando por Belize y seguido por Guatemala, El Salvador, Honduras, Nicaragua, Costa Rica, Panamá y República Dominicana.',
  termLength: 'half-year',
  order: { kind: 'fixed', members: ['BZ', 'GT', 'SV', 'HN', 'NI', 'CR', 'PA', 'DO'] },
  members: [
    { id: 'BZ', name: 'Belize', memberships: [{ from: '2015-01-01' }] },
    { id: 'GT', name: 'Guatemala', memberships: [{ from: '2015-01-01' }] },
    { id: 'SV', name: 'El Salvador', memberships: [{ from: '2015-01-01' }] },
    { id: 'HN', name: 'Honduras', memberships: [{ from: '2015-01-01' }] },
    { id: 'NI', name: 'Nicaragua', memberships: [{ from: '2015-01-01' }] },
    { id: 'CR', name: 'Costa Rica', memberships: [{ from: '2015-01-01' }] },
    { id: 'PA', name: 'Panamá', memberships: [{ from: '2015-01-01' }] },
    { id: 'DO', name: 'República Dominicana', memberships: [{ from: '2015-01-01' }] },
  ],
  terms: [
    {
      label: '2015-H1',
      holder: 'GT',
      start: '2015-01-01',
      note: 'Otto Pérez Molina received the PPT from Belize (Dean Barrow) at the XLIV summit in Placencia on 17 December 2014, "durante el primer semestre de 2015" (SELA/Prensa Latina, 16 Dec 2014; SELA/Prensa Libre-EFE, 18 Dec 2014).',
    },
    {
      label: '2015-H2',
      holder: 'SV',
      start: '2015-07-01',
      note: 'Pérez Molina handed the PPT to Salvador Sánchez Cerén after the XLV summit in Antigua Guatemala, for six months (TN8). The summit day is not given in the stored source.',
    },
    {
      label: '2016-H1',
      holder: 'HN',
      start: '2016-01-01',
      note: 'El Salvador passed the PPT to Honduras at the XLVI summit in San Salvador on 18 December 2015 (Acento/EFE, 18 Dec 2015; El Salvador.com).',
    },
    {
      label: '2016-H2',
      holder: 'NI',
      start: '2016-07-01',
      note: 'Honduras handed the PPT to Nicaragua at the XLVII summit in Roatán on 30 June 2016, Nicaragua to hold it "hasta diciembre próximo" (La Nacional Día/EFE; El País CR/EFE, 19 Dec 2016).',
    },
    {
      label: '2017-H1',
      holder: 'CR',
      start: '2017-01-01',
      note: 'Nicaragua handed the PPT to Costa Rica at the XLVIII summit in Managua on Tuesday 20 December 2016; "Costa Rica tendrá la Presidencia Pro Témpore del SICA, entre el 1 de enero y el 30 de junio del 2017" (100% Noticias; El País CR/EFE; Nodal).',
    },
    {
      label: '2017-H2',
      holder: 'PA',
      start: '2017-07-01',
      note: 'At the XLIX summit in San José Costa Rica passed the PPT to "Panamá, país que ejercerá ese cargo durante el segundo semestre de 2017" (La Gaceta/EFE); Revista Summa (2021) confirms Panamá held it in 2017-H2.',
    },
    {
      label: '2018-H1',
      holder: 'DO',
      start: '2018-01-01',
      note: 'Danilo Medina travelled to Panamá to receive the PPT "para el primer semestre del año 2018" from Juan Carlos Varela (Enfoque del Sur).',
    },
    {
      label: '2018-H2',
      holder: 'BZ',
      start: '2018-07-01',
      note: "At the 51st summit in Santo Domingo (29–30 June 2018) the Dominican Republic was to pass the PPT to Belize (Internews Service, 27 Jun 2018); Belize's PM handed it on at the 52nd summit in Belize City on 14 December 2018 (7 News Belize; DCA Guatemala).",
    },
    {
      label: '2019-H1',
      holder: 'GT',
      start: '2019-01-01',
      note: 'Jimmy Morales received the PPT from Dean Barrow at the LII summit in Belize on 14 December 2018, to hold it "entre enero y junio de 2019" (Diario de Centro América, 14 Dec 2018).',
    },
    {
      label: '2019-H2',
      holder: 'SV',
      start: '2019-07-01',
      note: 'The 53rd summit in Guatemala (June 2019) ended with the transfer of the PPT to Nayib Bukele "durante los próximos seis meses, hasta diciembre" (Mi Diario/EFE; Prensa Libre).',
    },
    {
      label: '2020-H1',
      holder: 'HN',
      start: '2020-01-01',
      note: 'Honduras received the PPT "para el primer semestre de 2020" from El Salvador in San Salvador in December 2019 (La Prensa HN, Dec 2019; ITNodo).',
    },
    {
      label: '2020-H2',
      holder: 'NI',
      start: '2020-07-01',
      uncertain: true,
      note: 'NOT CONFIRMED: no stored source found for the 2020-H2 holder. Nicaragua is the only member consistent with the fixed order between Honduras (2020-H1, confirmed) and Costa Rica (2021-H1, confirmed). Leave out of strict assertions.',
    },
    {
      label: '2021-H1',
      holder: 'CR',
      start: '2021-01-01',
      note: 'Guatemala\'s president thanked Costa Rica "por la gestión en la PPT del Sica en el primer semestre del año" when receiving it on 24 June 2021 (Diario de Centro América, 25 Jun 2021).',
    },
    {
      label: '2021-H2',
      holder: 'GT',
      start: '2021-07-01',
      departure: {
        kind: 'other',
        reason:
          "Out of the Reglamento's order: after Costa Rica the next member is Panamá, but Guatemala received the PPT from Costa Rica at the virtual LV summit on 24 June 2021 for the second semester of 2021 (Diario de Centro América; Prensa Latina, 25 Jun 2021). Guatemala's own regular turn (after Belize, 2023) was later passed over (see 2023-H2), so in effect Guatemala's turn was brought forward. No source found gives the reason.",
      },
      uncertain: true,
      note: 'Holder and timing confirmed; the reason for the change of order is not confirmed.',
    },
    {
      label: '2022-H1',
      holder: 'PA',
      start: '2022-01-01',
      departure: {
        kind: 'other',
        reason:
          "After Guatemala the Reglamento's next member is El Salvador, but the order resumed with Panamá, whose turn after Costa Rica Guatemala had taken: Guatemala's foreign minister Pedro Brolo handed the PPT to Panamá's Erika Mouynes at the virtual LXXXVI Council of Foreign Ministers on 15 December 2021, for six months (En Segundos, 15 Dec 2021; Revista Summa/EFE).",
      },
      uncertain: true,
      note: 'Holder confirmed; reading this as the resumption of the displaced order is an inference, no source states it.',
    },
    {
      label: '2022-H2',
      holder: 'DO',
      start: '2022-07-01',
      note: 'Panamá handed the PPT to the Dominican Republic in a virtual act on Wednesday 29 June 2022, "que se hará efectiva a partir de mañana"; the DR was to pass it to Belize in December (En Segundos, 30 Jun 2022; El Día RD).',
    },
    {
      label: '2023-H1',
      holder: 'BZ',
      start: '2023-01-01',
      note: 'Belize (PM John Briceño) held the PPT after receiving it from President Abinader at the summit in Santiago de los Caballeros (Serie 37; En Segundos, 30 Jun 2022, announcing the December hand-over to Belize).',
    },
    {
      label: '2023-H2',
      holder: 'SV',
      start: '2023-07-01',
      departure: {
        kind: 'other',
        reason:
          "After Belize the Reglamento's next member is Guatemala, but at the close of the 57th summit, hosted by Belize, the PPT was handed to El Salvador (vice-president Félix Ulloa) (Serie 37). Guatemala had held the PPT out of turn in 2021-H2; no source found states that this is why it was passed over.",
      },
      uncertain: true,
      note: 'Holder confirmed (also 100% Noticias, 29 Nov 2023: El Salvador ended its PPT "tras seis meses en el cargo"); the reason for passing over Guatemala is not confirmed.',
    },
    {
      label: '2024-H1',
      holder: 'HN',
      start: '2024-01-01',
      note: 'El Salvador handed the PPT to Honduras on Wednesday 29 November 2023 at the LVIII ordinary meeting of heads of state (100% Noticias/EFE; Confidencial HN).',
    },
    {
      label: '2024-H2',
      holder: 'NI',
      start: '2024-07-01',
      note: 'On 11 June 2024 Nicaragua wrote that it "no ejercerá la presidencia pro tempore del SICA" until its candidate for Secretary-General was appointed, then on 15 June retracted and confirmed it would receive the PPT "en los tiempos y modalidades establecidos"; Honduras (Xiomara Castro) handed it to Nicaragua\'s foreign minister Denis Moncada in Tegucigalpa on Sunday 30 June 2024, for July–December 2024 (100% Noticias; Radio La Ley; Nicaragua Investiga; La Prensa HN; Proceso Digital). Not a departure: Nicaragua took its turn.',
    },
    {
      label: '2025-H1',
      holder: 'CR',
      start: '2025-01-09',
      note: "Nicaragua's hand-over came late: foreign minister Valdrack Jaentschke passed the PPT to Costa Rica's Arnoldo André Tinoco in a virtual ceremony on Thursday 9 January 2025 (Nicaragua Investiga; El Maipo/Prensa Latina).",
    },
    {
      label: '2025-H2',
      holder: 'PA',
      start: '2025-07-01',
      note: 'Costa Rica transferred the PPT to Panamá at the virtual XCII Council of Foreign Ministers on 24 June 2025 (Costa Rica MFA, 24 Jun 2025).',
    },
    {
      label: '2026-H1',
      holder: 'DO',
      start: '2026-01-15',
      note: 'Panamá handed the PPT to the Dominican Republic in January 2026, the DR\'s fourth PPT (Proceso Digital/EFE, dated Friday 16 Jan 2026: DR "asumió … informó este viernes"; El Nuevo Diario RD: "recibió este jueves"). The day (Thursday 15 Jan 2026) is inferred from the two reports.',
    },
  ],
  sources: [
    {
      title: 'Reunión de Presidentes – Sistema de la Integración Centroamericana (sica.int)',
      url: 'https://www.sica.int/organos/reunionpresidentes',
      note: 'Rule and fixed geographical order of the PPT.',
    },
    {
      title: 'Dictadura retrocede y ahora dice que sí recibirá presidencia Pro Témpore del SICA (Nicaragua Investiga)',
      url: 'https://nicaraguainvestiga.com/politica/146524-dictadura-retrocede-ahora-dice-si-recibira-presidencia-pro-tempore-sica',
      note: 'Quotes art. 3 of the Reglamento: rotation every six months in the geographical order starting with Belize.',
    },
    {
      title: 'Guatemala recibirá presidencia pro témpore del SICA en Belice (SELA/Prensa Latina, 16 Dec 2014)',
      url: 'http://www.sela.org/es/prensa/servicio-informativo/20141216/si/15992/guatemala-recibira-presidencia-pro-tempore-del-sica-en-belice-1',
    },
    {
      title: 'Guatemala asume presidencia del SICA (SELA/Prensa Libre-EFE, 18 Dec 2014)',
      url: 'http://s017.sela.org/es/prensa/servicio-informativo/2014/12/20141218/guatemala-asume-presidencia-del-sica',
    },
    {
      title: 'Guatemala entrega presidencia pro témpore del SICA a El Salvador (TN8)',
      url: 'https://tn8.tv/cronica-tn8/160978-guatemala-entrega-presidencia-pro-tempore-del-sica-a-el-salvador',
    },
    {
      title: 'Presidentes sostienen diálogo privado antes de reunión de SICA (Acento/EFE, 18 Dec 2015)',
      url: 'https://acento.com.do/actualidad/presidentes-sostienen-dialogo-privado-antes-de-reunion-de-sica-8309518.html',
    },
    {
      title: 'Jefes de Estado de Centroamérica se reúnen hoy en nuestro país (El Salvador.com)',
      url: 'https://historico.elsalvador.com/historico/170700/jefes-de-estado-de-centroamerica-se-reunen-hoy-en-nuestro-pais.html',
    },
    {
      title: 'Inicia XLVII Cumbre del SICA sin presidentes de Costa Rica y Nicaragua (La Nacional Día)',
      url: 'https://lanacionaldia.com/inicia-xlvii-cumbre-del-sica-sin-presidentes-de-costa-rica-y-nicaragua',
    },
    {
      title:
        'Nicaragua dará presidencia del SICA a Costa Rica en cumbre que busca renovación (El País CR/EFE, 19 Dec 2016)',
      url: 'http://www.elpais.cr/2016/12/19/nicaragua-dara-presidencia-del-sica-a-c-rica-en-cumbre-que-busca-renovacion/',
    },
    {
      title: 'Centroamérica: Costa Rica asume la presidencia Pro Tempore del SICA (Nodal, Dec 2016)',
      url: 'http://www.nodal.red/2016/12/centroamerica-costa-rica-asume-la-presidencia-pro-tempore-del-sica-en-una-cumbre-marcada-por-las-tensiones-entre-san-jose-y-managua/',
    },
    {
      title: 'Cinco razones por las que el presidente Solís se ausentó (100% Noticias)',
      url: 'https://100noticias.com.ni/actualidad/82220-cinco-razones-por-las-que-el-presidente-solis-se-a/',
    },
    {
      title: 'Cumbre del Sica arranca en Costa Rica con cita de cancilleres (La Gaceta, 2017)',
      url: 'https://lagaceta503.com/cumbre-del-sica-arranca-en-costa-rica-con-cita-de-cancilleres/amp',
    },
    {
      title: 'Panamá asumió la Presidencia Pro Témpore del SICA (Revista Summa/EFE, Dec 2021)',
      url: 'https://revistasumma.com/?p=171087',
      note: '"Panamá ejerció anteriormente la Presidencia Pro Témpore del SICA en el segundo semestre de 2017."',
    },
    {
      title: 'Presidente Medina viajará este jueves a Panamá (Enfoque del Sur)',
      url: 'https://enfoquedelsur.net/presidente-medina-viajara-este-jueves-a-panama__trashed',
    },
    {
      title:
        'R. Dominicana – Cinco presidentes centroamericanos confirman su asistencia a la cumbre del SICA (Internews Service, 27 Jun 2018)',
      url: 'https://internewsservice.com/2018/06/27/r-dominicana-cinco-presidentes-centroamericanos-confirman-su-asistencia-a-la-cumbre-de-jefes-de-estado-del-sica',
    },
    {
      title: 'PM Hands Over SICA Presidency (7 News Belize, 14 Dec 2018)',
      url: 'https://www.7newsbelize.com/printstory.php?func=print&nid=47269',
    },
    {
      title:
        'Presidente Morales busca solución a problema limítrofe con Belice – Guatemala recibe la Presidencia del Sica (Diario de Centro América, 14 Dec 2018)',
      url: 'https://dca.gob.gt/index.php/2018/12/14/presidente-morales-busca-solucion-a-problema-limitrofe-con-belice',
    },
    {
      title: 'La cumbre del SICA comienza sin Bukele y despidiendo al presidente de Panamá (Mi Diario/EFE, Jun 2019)',
      url: 'https://midiario.com/nacionales/la-cumbre-del-sica-comienza-sin-bukele-y-despidiendo-al-presidente-de-panama',
    },
    {
      title: 'Nayib Bukele le hizo un desplante a Jimmy Morales (Prensa Libre)',
      url: 'https://prensalibre.com/guatemala/politica/nayib-bukele-le-hizo-un-desplante-a-jimmy-morales',
    },
    {
      title: 'Honduras recibe presidencia del SICA (La Prensa HN, Dec 2019)',
      url: 'https://www.laprensa.hn/honduras/1342975-410/honduras-recibe-presidencia-sica-cumbre-jefes-estado',
    },
    {
      title: 'Guatemala recibe Presidencia Pro Tempore del Sica (Diario de Centro América, 25 Jun 2021)',
      url: 'https://dca.gob.gt/index.php/2021/06/25/guatemala-recibe-presidencia-pro-tempore-del-sica',
    },
    {
      title: 'Guatemala fortalecerá hermandad regional al frente del SICA (Prensa Latina, 25 Jun 2021)',
      url: 'https://archivo.prensa-latina.cu/2021/06/25/guatemala-fortalecera-hermandad-regional-al-frente-del-sica',
    },
    {
      title:
        'Panamá asumió la presidencia Pro Tempore del Sistema de Integración Centroamericana (En Segundos, 15 Dec 2021)',
      url: 'https://ensegundos.com.pa/2021/12/15/panama-asumio-la-presidencia-pro-tempore-del-sistema-de-integracion-centroamericana',
    },
    {
      title: 'La República Dominicana recibió la presidencia semestral del SICA (En Segundos, 30 Jun 2022)',
      url: 'https://ensegundos.com.pa/2022/06/30/la-republica-dominicana-recibio-la-presidencia-semestral-del-sica',
    },
    {
      title: 'Gobierno recibe la presidencia del grupo SICA (El Día RD)',
      url: 'https://eldia.com.do/gobierno-recibe-la-presidencia-del-grupo-sica',
    },
    {
      title: 'Serie 37 – report on the 57th SICA summit of heads of state, hosted by Belize (John Briceño)',
      url: 'https://serie37.com/category/noticias/page/3640',
    },
    {
      title: 'El Salvador traspasa la presidencia pro tempore del SICA a Honduras (100% Noticias, 29 Nov 2023)',
      url: 'https://100noticias.com.ni/internacionales/128249-el-salvador-presidencia-pro-tempore-sica-honduras/?view=amp',
    },
    {
      title: 'El Salvador traspasa la presidencia pro tempore del SICA a Honduras (Confidencial HN)',
      url: 'https://confidencialhn.com/el-salvador-traspasa-la-presidencia-pro-tempore-del-sica-a-honduras',
    },
    {
      title:
        'Nicaragua asume la presidencia pro tempore del SICA con la ausencia de Daniel Ortega (100% Noticias, 2024)',
      url: 'https://100noticias.com.ni/politica/132459-nicaragua-asume-presidencia-sica-honduras/?view=amp',
    },
    {
      title: 'Dictadura sandinista asume presidencia pro tempore del SICA (Radio La Ley, 1 Jul 2024)',
      url: 'https://www.radiolaleyenlinea.com/2024/07/01/dictadura-sandinista-asume-presidencia-pro-tempore-del-sica/',
    },
    {
      title: 'Nicaragua asumirá presidencia del SICA días después de anunciar su retirada (La Prensa HN, Jun 2024)',
      url: 'https://www.laprensa.hn/mundo/nicaragua-asumira-presidencia-sica-dias-anuncio-retirada-DJ19891211',
    },
    {
      title:
        'Dictadura Daniel Ortega amenaza con no ejercer la Presidencia Pro Tempore del SICA (100% Noticias, 12 Jun 2024)',
      url: 'https://100noticias.com.ni/politica/132092-dictadura-daniel-ortega-nicaragua-retiro-sica/',
    },
    {
      title:
        'Régimen acepta derrota y entrega presidencia pro tempore del SICA a Costa Rica (Nicaragua Investiga, Jan 2025)',
      url: 'https://nicaraguainvestiga.com/politica/158584-regimen-acepta-derrota-y-entrega-presidencia-pro-tempore-del-sica-a-costa-rica-sin-lograr-la-secretaria-general',
    },
    {
      title: 'Nicaragua entregó a Costa Rica presidencia pro témpore del SICA (El Maipo/Prensa Latina)',
      url: 'https://elmaipo.cl/?p=18621',
    },
    {
      title:
        'Costa Rica culmina el ejercicio de la Presidencia Pro-Témpore del SICA (Ministerio de Relaciones Exteriores y Culto, 24 Jun 2025)',
      url: 'https://rree.go.cr/?sec=servicios&cat=prensa&cont=593&id=8361',
    },
    {
      title:
        'República Dominicana toma el relevo de Panamá y asume la presidencia pro tempore del SICA (Proceso Digital/EFE, 16 Jan 2026)',
      url: 'https://proceso.hn/republica-dominicana-toma-el-relevo-de-panama-y-asume-la-presidencia-pro-tempore-del-sica/',
    },
    {
      title: 'RD asume otra vez la Presidencia Pro Tempore del Sistema Centroamericano (SICA) (El Nuevo Diario RD)',
      url: 'https://elnuevodiario.com.do/rd-asume-nuevamente-la-presidencia-pro-tempore-del-sica',
    },
  ],
};
