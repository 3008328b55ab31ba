import type { RecordedRotation } from './recorded-rotation.js';

/**
 * Pro Tempore Presidency (PPT) of MERCOSUR, 2015-H1 – 2026-H1 (23 semesters).
 *
 * The order is the Spanish alphabetical order of the States Parties:
 * Argentina, Bolivia, Brasil, Paraguay, Uruguay, Venezuela.
 *
 * - Venezuela: a State Party throughout the window; its claim to 2016-H2 was
 *   contested and the four founders exercised the presidency jointly; its
 *   rights ceased on 2 December 2016 (and it was suspended again under the
 *   Ushuaia Protocol on 5 August 2017), so every later rotation passes over
 *   it (Uruguay → Argentina).
 * - Bolivia: a full State Party only from 7 August 2024 (entry into force of
 *   its Protocol of Accession). It has not held the PPT in the window: the
 *   first semester in which it could have followed Argentina, 2025-H2, went
 *   to Brazil (see that term; reason not found).
 *
 * Starts follow the shared convention (1 January / 1 July) unless the holder
 * demonstrably took office later: MERCOSUR hand-overs happen at the
 * semester's closing summit, which in several years fell in July, after the
 * boundary; those terms start on the summit date.
 */
export const mercosur: RecordedRotation = {
  body: 'MERCOSUR (Mercado Común del Sur)',
  office: 'Presidencia Pro Tempore (Presidency of the Common Market Council)',
  rule: 'La Presidencia del Consejo se ejercerá por rotación de los Estados Partes y en orden alfabético, por períodos de seis meses. (Tratado de Asunción, art. 12)',
  termLength: 'half-year',
  order: {
    kind: 'alphabetical',
    locale: 'es',
    by: 'Spanish short name of the State Party (Argentina, Bolivia, Brasil, Paraguay, Uruguay, Venezuela)',
  },
  members: [
    { id: 'AR', name: 'Argentina', memberships: [{ from: '2015-01-01' }] },
    {
      id: 'BO',
      name: 'Bolivia',
      memberships: [{ from: '2024-08-07' }],
    },
    { id: 'BR', name: 'Brasil', memberships: [{ from: '2015-01-01' }] },
    { id: 'PY', name: 'Paraguay', memberships: [{ from: '2015-01-01' }] },
    { id: 'UY', name: 'Uruguay', memberships: [{ from: '2015-01-01' }] },
    {
      id: 'VE',
      name: 'Venezuela',
      memberships: [{ from: '2015-01-01' }],
      suspensions: [
        {
          from: '2016-12-02',
          note: 'On 2 December 2016 the foreign ministers of Argentina, Brazil, Paraguay and Uruguay notified Venezuela of "el cese del ejercicio de los derechos inherentes a su condición de Estado Parte" for not meeting its Protocol of Accession obligations by the 1 December 2016 deadline; effective that day, until the signatories agree conditions to restore them (La Región/EFE, 2 Dec 2016; Mercopress, 3 Dec 2016). On 5 August 2017 the four founders also suspended Venezuela under the Ushuaia Protocol democratic clause (Diario Registrado; DN/Lusa). Still in force at the end of the window (Portuguese Wikipedia lists Venezuela as suspended, "inclusive do rodízio").',
        },
      ],
    },
  ],
  terms: [
    {
      label: '2015-H1',
      holder: 'BR',
      start: '2015-01-01',
      note: 'Brazil received the PPT from Argentina in December 2014 at the XLVII summit in Paraná (Portal Político/DPA; El 19 Digital: "Brasil recibió de Argentina la presidencia pro témpore del Mercosur en diciembre de 2014").',
    },
    {
      label: '2015-H2',
      holder: 'PY',
      start: '2015-07-17',
      note: 'Dilma Rousseff handed the PPT to Horacio Cartes at the XLVIII summit in Brasília on 17 July 2015 (SELA/ANSUR: "Paraguay asumió la presidencia pro témpore … el pasado 17 de julio en Brasilia"; El 19 Digital; Blog do PCO). Paraguay\'s first turn since its 2012–2013 suspension.',
    },
    {
      label: '2016-H1',
      holder: 'UY',
      start: '2016-01-01',
      note: 'Handed over by Paraguay at the Asunción summit of 21 December 2015 (EFE via erpgkm, 21 Dec 2015; La Nación PY, 10 Dec 2016: "en Asunción, cuando Paraguay entregó el turno a Uruguay"). Uruguay "ejerció durante el primer semestre de 2016" (la diaria).',
    },
    {
      label: '2016-H2',
      holder: 'AR',
      start: '2016-07-30',
      departure: {
        kind: 'joint',
        inPlaceOf: 'VE',
        jointWith: ['BR', 'PY', 'UY'],
        reason:
          'Contested semester. By the alphabetical rule the PPT passed from Uruguay to Venezuela, but the CMC meeting convened for the hand-over on 30 July 2016 was cancelled because Brazil and Paraguay refused to attend. Uruguay declared its presidency ended (29 July 2016) and Venezuela announced by letter that it assumed the PPT "con fundamento en el artículo 12 del Tratado de Asunción"; Argentina, Brazil and Paraguay did not recognise this (Brazil called the presidency "vacant"). In a joint declaration announced by Brazil\'s foreign ministry on a Wednesday in mid-September 2016 (the exact date is not in the stored sources), the four founders declared that "la presidencia del Mercosur en el actual semestre no será transmitida a Venezuela, sino que será ejercida mediante la coordinación entre Argentina, Brasil, Paraguay y Uruguay" (La Nación CR/AFP; la diaria; La Nación VE/AFP). Venezuela, the plain-rule claimant, is recorded as `inPlaceOf`; the office was in practice exercised jointly by AR, BR, PY and UY (`holder` and `jointWith`).',
      },
      note: "Start: Venezuela's self-declared assumption on Saturday 30 July 2016 (People's Daily: \"Venezuela informó el sábado en un comunicado que asumía la titularidad\"); la diaria dates Venezuela's letter to the same Friday (29 July) on which Uruguay ended its term. Venezuela's rights as a State Party ceased on 2 December 2016, within this semester.",
    },
    {
      label: '2017-H1',
      holder: 'AR',
      start: '2017-01-01',
      note: "After Uruguay, skipping Venezuela (rights ceased 2 Dec 2016), the next State Party is Argentina. Malcorra announced Argentina would assume on 1 January 2017 without a presidential summit (La Nación PY, 10 Dec 2016); it formally assumed at a foreign ministers' meeting in Buenos Aires on 14 December 2016 (El Economista MX via PressReader, 15 Dec 2016; SELA/EFE, 13 Feb 2017).",
    },
    {
      label: '2017-H2',
      holder: 'BR',
      start: '2017-07-21',
      note: 'Michel Temer received the PPT from Mauricio Macri at the 50th CMC/summit in Mendoza on Friday 21 July 2017 (JD1 Notícias; Jornal do Comércio RS; Diário da Franca).',
    },
    {
      label: '2018-H1',
      holder: 'PY',
      start: '2018-01-01',
      note: 'Temer handed the PPT to Cartes at the Brasília summit of 21 December 2017 (El Economista MX; FyH/EFE; La Estrella de Panamá). EFE (800 Noticias) describes Paraguay\'s PPT as having "comenzó en enero tras recoger el testigo de Brasil".',
    },
    {
      label: '2018-H2',
      holder: 'UY',
      start: '2018-07-01',
      note: 'Tabaré Vázquez "assumiu o comando do Mercosul em substituição ao presidente do Paraguai, Horacio Cartes" (Portal News, Jun 2018) at the 52nd summit, held at the Conmebol headquarters near Asunción on Monday 18 June 2018 (Liberal.com.br); EFE had announced that Uruguay would hold it "durante el segundo semestre de 2018" (800 Noticias).',
    },
    {
      label: '2019-H1',
      holder: 'AR',
      start: '2019-01-01',
      note: 'Uruguay transferred the PPT to Argentina at the Montevideo summit of 18 December 2018 (970 Universal, 18 Dec 2018).',
    },
    {
      label: '2019-H2',
      holder: 'BR',
      start: '2019-07-17',
      note: 'Jair Bolsonaro received the PPT at the end of the 54th summit in Santa Fe on Wednesday 17 July 2019 (Jornal do Comércio RS; Agência Brasil via SpaceMoney).',
    },
    {
      label: '2020-H1',
      holder: 'PY',
      start: '2020-01-01',
      note: 'Bolsonaro handed the gavel to Mario Abdo Benítez at the Bento Gonçalves summit on 5 December 2019 (Enlatecla PY; Jornal do Comércio RS; Unicanal).',
    },
    {
      label: '2020-H2',
      holder: 'UY',
      start: '2020-07-01',
      note: 'Paraguay passed the PPT to Uruguay at the 56th summit, held by videoconference on a Thursday in early July 2020 (Nodal/Marcelo Falak). The exact summit day is not given in the stored source, so `start` keeps the semester convention.',
    },
    {
      label: '2021-H1',
      holder: 'AR',
      start: '2021-01-01',
      note: 'Uruguay (Lacalle Pou) handed the PPT to Alberto Fernández at the virtual 57th summit on Wednesday 16 December 2020, "para todo o primeiro semestre de 2021" (EFE Brasil; Mercopress, 12 Dec 2020; Radio Habana Cuba).',
    },
    {
      label: '2021-H2',
      holder: 'BR',
      start: '2021-07-08',
      note: 'Argentina ceded the PPT to Brazil at the virtual summit on Thursday 8 July 2021 (Edición Rural, 8 Jul 2021: "Alberto Fernández le traspasará la presidencia a Jair Bolsonaro" at the summit "este jueves"; Política Argentina, July 2021).',
    },
    {
      label: '2022-H1',
      holder: 'PY',
      start: '2022-01-01',
      note: 'Mario Abdo Benítez assumed the PPT at the virtual LIX summit (La Nación PY, print edition of 18 Dec 2021: "asumió la presidencia pro tempore … cuyo mandato será de seis meses").',
    },
    {
      label: '2022-H2',
      holder: 'UY',
      start: '2022-07-21',
      note: 'Hand-over from Paraguay scheduled for the Luque (Conmebol) summit of 21 July 2022 (Prensa Mercosur/Última Hora, 1 Jul 2022); confirmed indirectly by Uruguay → Argentina in Montevideo on 6 Dec 2022. The 21 July date is the announced summit date.',
    },
    {
      label: '2023-H1',
      holder: 'AR',
      start: '2023-01-01',
      note: 'Alberto Fernández assumed the PPT in Montevideo on 6 December 2022, from Lacalle Pou (Infovirales, 6 Dec 2022; Radio Santa Cruz/Prensa Latina).',
    },
    {
      label: '2023-H2',
      holder: 'BR',
      start: '2023-07-04',
      note: 'Lula received the PPT from Alberto Fernández at the LXII summit in Puerto Iguazú on Tuesday 4 July 2023 (Labazuca/EFE, 4 Jul 2023; El Comercio; Mercopress on the summit dates).',
    },
    {
      label: '2024-H1',
      holder: 'PY',
      start: '2024-01-01',
      note: 'At the LXIII summit in Rio de Janeiro on 7 December 2023 Brazil passed the PPT to Paraguay (La Verdad de Vargas/EFE; El Territorio, 7 Dec 2023); RT (8 Jul 2024) says Paraguay "estuvo al frente del bloque regional desde diciembre pasado".',
    },
    {
      label: '2024-H2',
      holder: 'UY',
      start: '2024-07-08',
      note: 'Lacalle Pou assumed the PPT from Santiago Peña at the 64th summit in Asunción on Monday 8 July 2024 (RT, Jul 2024; MercosurABC). At the same summit Bolivia deposited its instrument of ratification; it was not yet a State Party (entry into force 7 Aug 2024).',
    },
    {
      label: '2025-H1',
      holder: 'AR',
      start: '2025-01-01',
      note: 'Javier Milei received the PPT from Lacalle Pou in Montevideo on 6 December 2024 (Portuguese Wikipedia, "Presidência Rotativa Pro-tempore do Mercosul": Milei "desde 6 de dezembro de 2024"). Bolivia was a State Party by then but Argentina precedes it alphabetically.',
    },
    {
      label: '2025-H2',
      holder: 'BR',
      start: '2025-07-03',
      departure: {
        kind: 'other',
        inPlaceOf: 'BO',
        reason:
          'Bolivia, a State Party since 7 August 2024, comes after Argentina ("Argentina, Bolivia, Brasil, …") and a legal analysis reported by ComexLatam (Alejandro Perotti) expected that "Bolivia ejercerá la presidencia pro témpore del bloque en el segundo semestre de 2025"; instead Milei handed the PPT to Lula at the LXVI summit in Buenos Aires on 3 July 2025 (Total News Agency; AGN Prensa: "la República Argentina cedió la Presidencia Pro Tempore del bloque a la República Federativa del Brasil"). Bolivia\'s president Luis Arce attended that summit. No source was found stating why Bolivia was passed over (it was still within the four-year period to incorporate MERCOSUR rules).',
      },
      uncertain: true,
      note: 'Holder and date confirmed; the reason for passing over Bolivia is not confirmed by any source found.',
    },
    {
      label: '2026-H1',
      holder: 'PY',
      start: '2026-01-01',
      note: 'Brazil passed the PPT to Paraguay (Santiago Peña) at the close of the Foz do Iguaçu summit on Saturday 20 December 2025 (Swissinfo/EFE, 20 Dec 2025). Bolivia was then described as "en fase final de adhesión"; Brazil → Paraguay does not involve Bolivia\'s place in the order.',
    },
  ],
  sources: [
    {
      title:
        'Malcorra acusó a Uruguay de crear un "vacío unilateral" en el Mercosur (quotes Treaty of Asunción art. 12)',
      url: 'https://www.diarioregistrado.com/politica/malcorra-acuso-a-uruguay-de-crear-un--vacio-unlitateral--en-el-mercosur_a57b73a6a4717bf89217c599e',
    },
    {
      title: 'Presidência Rotativa Pro-tempore do Mercosul (Wikipédia)',
      url: 'https://pt.m.wikipedia.org./wiki/Presid%C3%AAncia_Rotativa_Pro-tempore_do_Mercosul',
      note: 'Order Argentina, Bolívia, Brasil, Paraguai, Uruguai, Venezuela (suspended, "inclusive do rodízio"); Milei in office since 6 Dec 2024.',
    },
    {
      title: 'President pro tempore of Mercosur (WikiMili)',
      url: 'https://wikimili.com/en/President_pro_tempore_of_Mercosur',
    },
    {
      title: 'Kirchner inaugura cumbre del Mercosur y entrega presidencia a Brasil (Paraná, Dec 2014)',
      url: 'https://portalpolitico.tv/internacionales/kirchner-inaugura-cumbre-del-mercosur-y-entrega-presidencia-a-brasil',
    },
    {
      title: 'Paraguay asume Presidencia Pro Tempore del Mercosur (El 19 Digital)',
      url: 'https://www.el19digital.com/articulos/ver/titulo:31558-paraguay-asume-presidencia-pro-tempore-del-mercosur',
    },
    {
      title: 'Cumbre del Mercosur se celebrará el 21 de diciembre en Asunción (SELA/ANSUR)',
      url: 'http://www.sela.org/es/prensa/servicio-informativo/20151103/si/17532/cumbre-del-mercosur-se-celebrara-el-21-de-diciembre-en-asuncion',
    },
    { title: 'Horacio Cartes assume o comando do Mercosul (Blog do PCO)', url: 'https://blogdopco.com.br/?p=148170' },
    {
      title: 'Comienza cumbre de Mercosur con ausencia de Maduro (EFE, 21 Dec 2015)',
      url: 'https://erpgkm.awsve.com/2015/12/21/comienza-cumbre-de-mercosur-con-ausencia-de-maduro/',
    },
    {
      title: 'No emana de vosotros (la diaria, Aug 2016)',
      url: 'http://ladiaria.com.uy/articulo/2016/8/no-emana-de-vosotros/',
    },
    {
      title: 'Mercosur acéfalo (Ecos, 29 Jul 2016)',
      url: 'http://ecos.la/LA/9/actualidad/2016/07/29/6818/mercosur-acefalo/',
    },
    {
      title: 'Uruguay cancela reunión del CMC (La Nación PY, 28 Jul 2016)',
      url: 'http://www.lanacion.com.py/2016/07/28/uruguay-cancela-reunion-del-cmc',
    },
    {
      title: "Representantes del Mercosur no logran acuerdo sobre presidencia (People's Daily en español, 5 Aug 2016)",
      url: 'http://spanish.people.com.cn/n3/2016/0805/c31617-9095773.html',
    },
    {
      title:
        'Crisis en el Mercosur: Argentina y Paraguay desconocen al gobierno de Nicolás Maduro al frente del bloque (Infobae)',
      url: 'http://infobae.com/america/america-latina/2016/08/01/crisis-en-el-mercosur-argentina-y-paraguay-desconocen-al-gobierno-de-nicolas-maduro-al-frente-del-bloque',
    },
    {
      title: 'Brazil holds the presidency of Mercosur "is vacant" (News Daily Spot, Aug 2016)',
      url: 'http://newsdailyspot.blogspot.com/2016/08/brazil-holds-presidency-of-mercosur-is.html',
    },
    {
      title: 'Mercosur bloquea presidencia de Venezuela (La Nación CR/AFP, Sep 2016)',
      url: 'https://nacion.com/el-mundo/mercosur-bloquea-presidencia-de-venezuela/VM5FK2JW4JFQZGRKRE3LIH3PJ4/story',
    },
    { title: 'Ultimatum (la diaria, Sep 2016)', url: 'http://ladiaria.com.uy/articulo/2016/9/ultimatum/' },
    {
      title: 'Cancilleres de Mercosur se reúnen en la ONU sin presencia de Venezuela (La Nación VE/AFP, Sep 2016)',
      url: 'http://lanacionweb.com/nacional/cancilleres-de-mercosur-se-reunen-en-la-onu-sin-presencia-de-venezuela/',
    },
    {
      title: 'Mercosur da de baja a Venezuela por incumplir el protocolo de adhesión (La Región/EFE, 2 Dec 2016)',
      url: 'http://www.laregion.es/articulo/mundo/mercosur-da-baja-venezuela-incumplir-protocolo-adhesion/20161202215107668424.html',
    },
    {
      title: 'Venezuela suspendida del Mercosur aunque su canciller diga que no (Mercopress, 3 Dec 2016)',
      url: 'https://es.mercopress.com/2016/12/03/venezuela-suspendida-del-mercosur-aunque-su-canciller-diga-que-no',
    },
    {
      title: 'Los países del Mercosur decidieron suspender a Venezuela (Diario Registrado, 5 Aug 2017)',
      url: 'https://www.diarioregistrado.com/internacionales/los-paises-del-mercosur-decidieron-suspender-a-venezuela_a5985e8d9a9b2d9728840479f',
    },
    {
      title: 'Venezuela: Mercosul suspende Caracas por rutura da ordem democrática (DN, Aug 2017)',
      url: 'http://www.dn.pt/mundo/interior/venezuela-mercosul-suspende-caracas-por-rutura-da-ordem-democratica-8687234.html',
    },
    {
      title: 'Argentina asumirá la PPT: nueva fecha 1 de enero (La Nación PY, 10 Dec 2016)',
      url: 'https://www.lanacion.com.py/2016/12/10/argentina-asumira-la-ppt-nueva-fecha-1-enero/',
    },
    {
      title: 'Argentina se entroniza en el bloque Mercosur (El Economista MX, 15 Dec 2016)',
      url: 'http://www.pressreader.com/mexico/el-economista-mexico/20161215/282333974547956',
    },
    {
      title: 'Cancilleres del MERCOSUR fijan reunión para marzo en Buenos Aires (SELA/EFE, 13 Feb 2017)',
      url: 'https://sela.org/es/prensa/servicio-informativo/20170213/si/24651/mercosur-reunion-para-marzo',
    },
    {
      title: 'Com Temer, Brasil assume presidência temporária do Mercosul (JD1 Notícias, Jul 2017)',
      url: 'http://www.jd1noticias.com/brasil/com-temer-brasil-assume-presidencia-temporaria-do-mercosul/37916/',
    },
    {
      title: 'Governo brasileiro assume presidência do Mercosul (Jornal do Comércio RS, 24 Jul 2017)',
      url: 'http://jcrs.uol.com.br/_conteudo/2017/07/galeria_de_imagens/575408-michel-temer-assume-presidencia-do-mercosul.html',
    },
    {
      title: 'Bolsonaro poco quiere saber de un candidato argentino (El Economista MX, Oct 2019)',
      url: 'https://www.eleconomista.com.mx/internacionales/Bolsonaro-poco-quiere-saber-de-un-candidato-argentino-20191010-0106.html',
      note: 'Last hand-over on Brazilian soil: Temer to Cartes, 21 Dec 2017.',
    },
    { title: 'Cartes recibe la presidencia rotativa del Mercosur (FyH/EFE, Dec 2017)', url: 'https://fyh.es/?p=28268' },
    {
      title: 'Cumbre de presidentes de Mercosur se celebrará en Paraguay a mitad de junio (800 Noticias/EFE, 2018)',
      url: 'http://800noticias.com/cumbre-de-presidentes-de-mercosur-se-celebrara-en-paraguay-a-mitad-de-junio',
    },
    {
      title: 'Presidentes do Mercosul emitem nota sobre Venezuela e Nicarágua (Portal News, Jun 2018)',
      url: 'https://portalnews.com.br/policia/2018/06/presidentes-do-mercosul-emitem-nota-sobre-venezuela-e-nicaragua',
    },
    {
      title: 'Temer está no Paraguai para participar de reunião de cúpula do Mercosul (Liberal, 18 Jun 2018)',
      url: 'https://liberal.com.br/brasil-e-mundo/economia/temer-esta-no-paraguai-para-participar-de-reuniao-de-cupula-do-mercosul-821891/',
    },
    {
      title: 'Uruguay le transfirió la presidencia pro tempore a Argentina (970 Universal, 18 Dec 2018)',
      url: 'https://970universal.com/2018/12/18/uruguay-le-transfirio-la-presidencia-pro-tempore-a-argentina/',
    },
    {
      title: 'Cúpula do Mercosul termina passando bastão a Bolsonaro (Jornal do Comércio RS, Jul 2019)',
      url: 'https://www.jornaldocomercio.com/_conteudo/galeria_de_imagens/2019/07/694204-cupula-do-mercosul-termina-passando-bastao-a-bolsonaro.html',
    },
    {
      title: 'Paraguay presidirá el Mercosur (Enlatecla PY, Dec 2019)',
      url: 'https://enlateclapy.com/paraguay-presidira-el-mercosur/',
    },
    {
      title: '"Quero continuar presidente…", diz Bolsonaro em cúpula do Mercosul (Jornal do Comércio RS, Dec 2019)',
      url: 'https://www.jornaldocomercio.com/_conteudo/politica/2019/12/715556-quero-continuar-presidente-nao-da-pra-dar-um-golpe-nao--diz-bolsonaro-em-cupula-do-mercosul.html',
    },
    {
      title: 'Todo lo que dejó la cumbre virtual de los presidentes del Mercosur (Nodal, Jul 2020)',
      url: 'https://nodal.red/?p=246774',
    },
    {
      title: 'Argentina assume presidência do Mercosul em 57ª cúpula de chefes de Estado (EFE Brasil, Dec 2020)',
      url: 'https://www.efe.com/efe/brasil/mundo/argentina-assume-presidencia-do-mercosul-em-57-cupula-de-chefes-estado/50000243-4421121',
    },
    {
      title: 'Argentina takes over the Mercosur chair for six months next 16 December (Mercopress, 12 Dec 2020)',
      url: 'https://en.mercopress.com/2020/12/12/argentina-takes-over-the-mercosur-chair-for-six-months-next-16-december',
    },
    {
      title: 'Uruguay anunció que negociará acuerdos por fuera del Mercosur (Edición Rural, 8 Jul 2021)',
      url: 'https://www.edicionrural.com/2021/07/08/uruguay-anuncio-que-negociara-acuerdos-por-fuera-del-mercosur/',
    },
    {
      title: 'Mercosur: Alberto Fernández encabeza cumbre tras el portazo de Uruguay (Política Argentina, Jul 2021)',
      url: 'https://www.politicargentina.com/notas/202107/38144-mercosur-alberto-fernandez-encabeza-cumbre-tras-el-portazo-de-uruguay-y-con-brasil-agazapado.html',
    },
    {
      title: 'Abdo preside Mercosur en medio de fricciones entre jefes de Estado (La Nación PY, 18 Dec 2021)',
      url: 'https://www.lanacion.com.py/politica_edicion_impresa/2021/12/18/abdo-preside-mercosur-en-medio-de-fricciones-entre-jefes-de-estado',
    },
    {
      title: 'Cumbre de presidentes en un ambiente electoral (Prensa Mercosur, 1 Jul 2022)',
      url: 'https://prensamercosur.org/2022/07/01/cumbre-de-presidentes-en-un-ambiente-electoral',
    },
    {
      title: 'Alberto Fernández asumió como presidente del Mercosur (Infovirales, 6 Dec 2022)',
      url: 'https://infovirales.net/2022/12/06/alberto-fernandez-asumio-como-presidente-del-mercosur',
    },
    {
      title: 'Lula asume la presidencia del Mercosur de manos de Alberto Fernández (Labazuca/EFE, 4 Jul 2023)',
      url: 'https://labazuca.com/2023/07/04/lula-asume-la-presidencia-del-mercosur-de-manos-de-alberto-fernandez/?amp=1',
    },
    {
      title: 'Mercosur Summit scheduled for Puerto Iguazú (Mercopress, 3 Jun 2023)',
      url: 'https://en.mercopress.com/2023/06/03/mercosur-summit-scheduled-for-puerto-iguazu',
    },
    {
      title: '"No queremos guerras", pidió Lula en la LXIII Cumbre del Mercosur (La Verdad de Vargas/EFE, Dec 2023)',
      url: 'https://laverdaddevargas.com/no-queremos-guerras-pidio-lula-en-la-lxiii-cumbre-del-mercosur/?amp=1',
    },
    {
      title: "Uruguay asume la presidencia 'pro tempore' del Mercosur (RT, Jul 2024)",
      url: 'https://actualidad.rt.com/actualidad/515371-uruguay-asume-presidencia-pro-tempore-mercosur',
    },
    {
      title: 'MercosurABC – cumbre de Asunción, 8 de julio de 2024',
      url: 'https://mercosurabc.com.ar/institucional/contacto',
    },
    {
      title: 'A Bolívia depositou o instrumento de ratificação do Protocolo de Adesão ao MERCOSUL (mercosur.int)',
      url: 'https://mercosur.int/pt-br/a-bolivia-depositou-o-instrumento-de-ratificacao-do-protocolo-de-adesao-ao-mercosul',
    },
    {
      title: 'Entra en vigencia protocolo de adhesión de Bolivia al Mercosur (La Ventana Bolivia)',
      url: 'https://laventanabolivia.com/ver_noticia.php?n=15553',
      note: 'In force "el día de hoy, 7 de agosto" (2024).',
    },
    {
      title: 'Bolívia adere ao Mercosul como Estado Parte (MRE via Acre Agora, 9 Jul 2024)',
      url: 'https://acreagora.com/2024/07/09/bolivia-adere-ao-mercosul-como-estado-parte/',
    },
    {
      title: 'Efectos inmediatos de ingreso de Bolivia al Mercosur (ComexLatam)',
      url: 'https://comexlatam.com/efectos-inmediatos-de-ingreso-de-bolivia-al-mercosur',
      note: 'Analysis expecting Bolivia to hold the PPT in 2025-H2 (it did not).',
    },
    {
      title:
        'Milei encabeza la cumbre del Mercosur y entrega la presidencia pro tempore a Lula da Silva (Total News Agency, 3 Jul 2025)',
      url: 'https://totalnewsagency.com/2025/07/03/milei-encabeza-la-cumbre-del-mercosur-y-entrega-la-presidencia-pro-tempore-a-lula-da-silva-en-un-clima-de-tensiones-diplomaticas',
    },
    {
      title: 'Brasil asumió la presidencia pro tempore del Mercosur tras la cumbre en Argentina (AGN Prensa)',
      url: 'https://agnprensa.com/brasil-asumio-la-presidencia-pro-tempore-del-mercosur-tras-la-cumbre-en-argentina',
    },
    {
      title: 'Brasil pasa la presidencia del Mercosur a Paraguay (Swissinfo/EFE, 20 Dec 2025)',
      url: 'https://www.swissinfo.ch/spa/brasil-pasa-la-presidencia-del-mercosur-a-paraguay/90672900',
    },
  ],
};
