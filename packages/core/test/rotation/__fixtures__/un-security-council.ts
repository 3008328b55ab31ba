import type { RecordedRotation } from './recorded-rotation.js';

/**
 * Presidency of the UN Security Council, July 2022 – December 2024 (30 months,
 * two year boundaries with a change of elected membership).
 *
 * Across each year boundary the rotation simply continues with the next name
 * in English alphabetical order among the *new* membership: India (Dec 2022,
 * leaving) was followed by Japan (Jan 2023, newly elected, the next name after
 * "India" once Ireland had left); Ecuador (Dec 2023) was followed by France
 * (Jan 2024). No month in the window departs from rule 18.
 *
 * Names are as the UN lists them on the Security Council presidency table
 * ("Republic of Korea", "Russian Federation", "United Kingdom",
 * "United States"); the full UN names of the last two
 * ("United Kingdom of Great Britain and Northern Ireland",
 * "United States of America") sort identically.
 */
export const unSecurityCouncil: RecordedRotation = {
  body: 'United Nations Security Council',
  office: 'President of the Security Council',
  rule: 'The presidency of the Security Council shall be held in turn by the members of the Security Council in the English alphabetical order of their names. Each President shall hold office for one calendar month. (Provisional rules of procedure, rule 18)',
  termLength: 'month',
  order: {
    kind: 'alphabetical',
    locale: 'en',
    by: 'English short name of the member as listed by the UN on the Security Council presidency table',
  },
  members: [
    // Permanent members: membership predates the window, so `from` is the window start.
    { id: 'CN', name: 'China', memberships: [{ from: '2022-07-01' }] },
    { id: 'FR', name: 'France', memberships: [{ from: '2022-07-01' }] },
    { id: 'RU', name: 'Russian Federation', memberships: [{ from: '2022-07-01' }] },
    { id: 'GB', name: 'United Kingdom', memberships: [{ from: '2022-07-01' }] },
    { id: 'US', name: 'United States', memberships: [{ from: '2022-07-01' }] },
    // Elected 2021–2022.
    { id: 'IN', name: 'India', memberships: [{ from: '2021-01-01', to: '2022-12-31' }] },
    { id: 'IE', name: 'Ireland', memberships: [{ from: '2021-01-01', to: '2022-12-31' }] },
    { id: 'KE', name: 'Kenya', memberships: [{ from: '2021-01-01', to: '2022-12-31' }] },
    { id: 'MX', name: 'Mexico', memberships: [{ from: '2021-01-01', to: '2022-12-31' }] },
    { id: 'NO', name: 'Norway', memberships: [{ from: '2021-01-01', to: '2022-12-31' }] },
    // Elected 2022–2023.
    { id: 'AL', name: 'Albania', memberships: [{ from: '2022-01-01', to: '2023-12-31' }] },
    { id: 'BR', name: 'Brazil', memberships: [{ from: '2022-01-01', to: '2023-12-31' }] },
    { id: 'GA', name: 'Gabon', memberships: [{ from: '2022-01-01', to: '2023-12-31' }] },
    { id: 'GH', name: 'Ghana', memberships: [{ from: '2022-01-01', to: '2023-12-31' }] },
    { id: 'AE', name: 'United Arab Emirates', memberships: [{ from: '2022-01-01', to: '2023-12-31' }] },
    // Elected 2023–2024.
    { id: 'EC', name: 'Ecuador', memberships: [{ from: '2023-01-01', to: '2024-12-31' }] },
    { id: 'JP', name: 'Japan', memberships: [{ from: '2023-01-01', to: '2024-12-31' }] },
    { id: 'MT', name: 'Malta', memberships: [{ from: '2023-01-01', to: '2024-12-31' }] },
    { id: 'MZ', name: 'Mozambique', memberships: [{ from: '2023-01-01', to: '2024-12-31' }] },
    { id: 'CH', name: 'Switzerland', memberships: [{ from: '2023-01-01', to: '2024-12-31' }] },
    // Elected 2024–2025.
    { id: 'DZ', name: 'Algeria', memberships: [{ from: '2024-01-01', to: '2025-12-31' }] },
    { id: 'GY', name: 'Guyana', memberships: [{ from: '2024-01-01', to: '2025-12-31' }] },
    { id: 'KR', name: 'Republic of Korea', memberships: [{ from: '2024-01-01', to: '2025-12-31' }] },
    { id: 'SL', name: 'Sierra Leone', memberships: [{ from: '2024-01-01', to: '2025-12-31' }] },
    { id: 'SI', name: 'Slovenia', memberships: [{ from: '2024-01-01', to: '2025-12-31' }] },
  ],
  terms: [
    {
      label: '2022-07',
      holder: 'BR',
      start: '2022-07-01',
      note: 'Sources: Playcrazygame/Agência Brasil, 2 Jul 2022; World Stock Market/CNN Brasil ("In June, Albania led the sessions").',
    },
    { label: '2022-08', holder: 'CN', start: '2022-08-01', note: 'Source: The Diplomatic Insight, 1 Aug 2022.' },
    {
      label: '2022-09',
      holder: 'FR',
      start: '2022-09-01',
      note: 'Sources: Security Council Report, September 2022 Monthly Forecast; France Diplomatie ("Suivant la présidence de la Chine et précédant celle du Gabon").',
    },
    {
      label: '2022-10',
      holder: 'GA',
      start: '2022-10-01',
      note: 'Sources: Diplomatic Times 2022-10-04; Gabonactu ("Il succède à la France"). Some Gabonese outlets give 6 October for the ministerial assumption; the presidency month is October.',
    },
    { label: '2022-11', holder: 'GH', start: '2022-11-01', note: 'Source: Modern Ghana, 1 Nov 2022.' },
    {
      label: '2022-12',
      holder: 'IN',
      start: '2022-12-01',
      note: 'Last month of India\'s 2021–2022 term (NDTV, 1 Dec 2022; Gulf News: "India got its Council presidency for December … on a system of rotation based on alphabetic order").',
    },
    {
      label: '2023-01',
      holder: 'JP',
      start: '2023-01-01',
      note: 'Year boundary: India, Ireland, Kenya, Mexico and Norway left; Ecuador, Japan, Malta, Mozambique and Switzerland joined. The next name after "India" in the 2023 membership is "Japan", which therefore presided in its first month on the Council (Newsroom Odisha/IANS: "Japan became the Council president in its very first month on the body because of the alphabetical rotation, following India"). Source also: SCR January 2023 forecast (via Daily Qatar News).',
    },
    {
      label: '2023-02',
      holder: 'MT',
      start: '2023-02-01',
      note: 'Source: Security Council Report, February 2023 Monthly Forecast overview.',
    },
    {
      label: '2023-03',
      holder: 'MZ',
      start: '2023-03-01',
      note: 'Sources: Security Council Report, March 2023 forecast; UN Africa Renewal, 1 Mar 2023.',
    },
    {
      label: '2023-04',
      holder: 'RU',
      start: '2023-04-01',
      note: 'Sources: Ukrainska Pravda 2023-04-01; DW 2023-04-01 ("Russia\'s presidency follows that of Mozambique … replaced by Switzerland").',
    },
    { label: '2023-05', holder: 'CH', start: '2023-05-01', note: 'Source: Swiss FDFA press release, 1 May 2023.' },
    {
      label: '2023-06',
      holder: 'AE',
      start: '2023-06-01',
      note: 'Sources: The National, 1 Jun 2023; Albawaba 2023-05-31 ("taking over from Switzerland").',
    },
    {
      label: '2023-07',
      holder: 'GB',
      start: '2023-07-01',
      note: 'Sources: Security Council Report, July 2023 forecast; UN press conference SC 230703.',
    },
    {
      label: '2023-08',
      holder: 'US',
      start: '2023-08-01',
      note: 'Source: US Mission to the UN, remarks of 31 Aug 2023 on the conclusion of the US presidency ("wishing the delegation of Albania good luck in the month of September").',
    },
    {
      label: '2023-09',
      holder: 'AL',
      start: '2023-09-01',
      note: 'Source: Security Council Report, September 2023 forecast.',
    },
    {
      label: '2023-10',
      holder: 'BR',
      start: '2023-10-01',
      note: 'Sources: Diário do Poder via spamchronicles ("Brazil assumed this Sunday (1st) the presidency … this month of October"); Sri Lanka Guardian, 2 Nov 2023 ("During the previous presidency of Brazil …").',
    },
    {
      label: '2023-11',
      holder: 'CN',
      start: '2023-11-01',
      note: 'Source: UN press conference, 1 Nov 2023 (Zhang Jun, China).',
    },
    {
      label: '2023-12',
      holder: 'EC',
      start: '2023-12-01',
      note: 'Sources: Más Container/Prensa Latina ("Ecuador sucedió a China"); El Universo.',
    },
    {
      label: '2024-01',
      holder: 'FR',
      start: '2024-01-01',
      note: 'Year boundary: Albania, Brazil, Gabon, Ghana and the UAE left; Algeria, Guyana, Republic of Korea, Sierra Leone and Slovenia joined. The next name after "Ecuador" in the 2024 membership is "France" (France Diplomatie, 3 Jan 2024: "La France prend la suite de l\'Équateur"). Also listed on the UN Security Council page, "Security Council Presidency of 2024".',
    },
    {
      label: '2024-02',
      holder: 'GY',
      start: '2024-02-01',
      note: 'Sources: News Room Guyana, 31 Jan 2024; UN Security Council page (2024 table).',
    },
    {
      label: '2024-03',
      holder: 'JP',
      start: '2024-03-01',
      note: 'Sources: SIA/Anadolu; UN Security Council page (2024 table).',
    },
    {
      label: '2024-04',
      holder: 'MT',
      start: '2024-04-01',
      note: 'Sources: See News, 1 Apr 2024 ("succeeding Japan"); UN Security Council page (2024 table).',
    },
    {
      label: '2024-05',
      holder: 'MZ',
      start: '2024-05-01',
      note: 'Sources: Prensa Latina English, 2 May 2024 ("Mozambique succeeded Malta"); UN Security Council page (2024 table).',
    },
    {
      label: '2024-06',
      holder: 'KR',
      start: '2024-06-01',
      note: 'Sources: KBS World, 31 May 2024; UN Security Council page (2024 table, "Republic of Korea").',
    },
    {
      label: '2024-07',
      holder: 'RU',
      start: '2024-07-01',
      note: 'Sources: KBS World (French) on the Republic of Korea passing the presidency to Russia for July; UN Security Council page (2024 table, "Russian Federation").',
    },
    {
      label: '2024-08',
      holder: 'SL',
      start: '2024-08-01',
      note: 'Sources: Sierraloaded (1–31 Aug 2024); Zambia News Network ("succeeding Russia"); UN Security Council page (2024 table).',
    },
    {
      label: '2024-09',
      holder: 'SI',
      start: '2024-09-01',
      note: 'Sources: STA, 1 Sep 2024; UN press conference (Samuel Žbogar); UN Security Council page (2024 table).',
    },
    {
      label: '2024-10',
      holder: 'CH',
      start: '2024-10-01',
      note: 'Sources: Swiss FDFA, "Switzerland\'s second presidency of the UN Security Council"; UN Security Council page (2024 table).',
    },
    {
      label: '2024-11',
      holder: 'GB',
      start: '2024-11-01',
      note: 'Sources: TASS, 1 Nov 2024 ("In October, Switzerland held the presidency"); UN Security Council page (2024 table).',
    },
    {
      label: '2024-12',
      holder: 'US',
      start: '2024-12-01',
      note: 'Sources: MENAFN, 1 Dec 2024 ("following the United Kingdom\'s term"); UN Security Council page (2024 table).',
    },
  ],
  sources: [
    {
      title: 'Provisional Rules of Procedure of the Security Council (S/96/Rev.7)',
      url: 'http://www.un.org/Docs/sc/scrules.htm',
      note: 'Rule 18 (presidency in English alphabetical order, one calendar month).',
    },
    {
      title:
        'Repertoire of the Practice of the Security Council, Part II – Provisional rules of procedure (quotes rule 18)',
      url: 'https://www.scribd.com/document/575735762/original-ES-NY-1913967E-Parte-6-AM',
    },
    {
      title:
        'United Nations Security Council home page – "Security Council Presidency of 2024" (stored copy via a proxy of main.un.org/securitycouncil)',
      url: 'http://tools.eti.pw/proxy/?url=aHR0cHM6Ly9tYWluLnVuLm9yZy9zZWN1cml0eWNvdW5jaWwvemgtaGFucw%3D%3D',
      note: 'Lists every 2024 president: France, Guyana, Japan, Malta, Mozambique, Republic of Korea, Russian Federation, Sierra Leone, Slovenia, Switzerland, United Kingdom, United States.',
    },
    {
      title: 'Security Council Presidency table, January–December 2023 (PSC MCQs)',
      url: 'https://pscmcqs.com/tag/who-has-assumed-the-presidency-of-the-un-security-council-for-the-month-of-april/',
      note: 'Secondary list of the 2023 presidents with membership end dates; corroborated month by month below.',
    },
    {
      title: 'Brazil assumes rotating presidency of the UN Security Council (July 2022)',
      url: 'https://playcrazygame.com/2022/07/02/brazil-assumes-rotating-presidency-of-the-un-security-council-2/',
    },
    {
      title: 'Brazil assumes the presidency of the UN Security Council during the month of July',
      url: 'https://www.worldstockmarket.net/brazil-assumes-the-presidency-of-the-un-security-council-during-the-month-of-july/',
      note: 'Also lists the 2022 elected members: India, Ireland, Kenya, Mexico, Norway (2021–22) and Albania, Brazil, Gabon, Ghana, UAE.',
    },
    {
      title: 'Brazil returns to a non-permanent seat on the UN Security Council (2022–2023)',
      url: 'https://playcrazygame.com/2022/01/05/brazil-returns-to-a-non-permanent-seat-on-the-un-security-council-national-newspaper/',
    },
    {
      title: 'China assumes UNSC rotating presidency (1 August 2022)',
      url: 'https://thediplomaticinsight.com/china-assumes-unsc-presidency/',
    },
    {
      title: 'Security Council Report – September 2022 Monthly Forecast, Overview',
      url: 'https://www.securitycouncilreport.org/monthly-forecast/2022-09/overview-48.php?print=true',
    },
    {
      title: 'Présidence française du Conseil de sécurité des Nations Unies (2 septembre 2022)',
      url: 'https://www.diplomatie.gouv.fr/fr/politique-etrangere-de-la-france/la-france-et-les-nations-unies/evenements-et-actualites-lies-aux-nations-unies/presidence-francaise-du-conseil-de-securite/article/presidence-francaise-du-conseil-de-securite-des-nations-unies-02-09-22',
    },
    {
      title: 'Gabon takes over UN Security Council presidency',
      url: 'https://diplomatictimes.net/2022/10/04/gabon-takes-over-un-security-council-presidency-focus-on-peace-and-security-in-africa',
    },
    {
      title: "Le Gabon préside le Conseil de sécurité de l'ONU en octobre",
      url: 'https://gabonactu.com/le-gabon-preside-le-conseil-de-securite-de-lonu-en-octobre/',
    },
    {
      title: 'Ghana to assume Presidency at the United Nations (1 November 2022)',
      url: 'https://www.modernghana.com/news/1192559/ghana-to-assume-presidency-at-the-united-nations.html',
    },
    {
      title: 'India Assumes Presidency Of UN Security Council For December',
      url: 'https://www.ndtv.com/india-news/india-assumes-presidency-of-un-security-council-for-december-3569928',
    },
    {
      title: 'India takes over as UN Security Council president',
      url: 'https://gulfnews.com/world/asia/india/india-takes-over-as-un-security-council-president-1.92438288',
    },
    {
      title:
        '5 countries start responsibilities as newly elected members of UNSC (replacing India, Ireland, Kenya, Mexico and Norway)',
      url: 'https://ommcomnews.com/world-news/5-countries-start-responsibilities-as-newly-elected-members-of-unsc',
    },
    {
      title: 'Need to change course of negotiations for reforms: UNSC President Japan',
      url: 'https://newsroomodisha.com/need-to-change-course-of-negotiations-for-reforms-unsc-president-japan/amp',
    },
    {
      title: 'Security Council Report Monthly Forecast January 2023 (copy)',
      url: 'https://dailyqatarnews.com/security-council-report-monthly-forecast-january-2023',
    },
    {
      title: 'Security Council Report – February 2023 Monthly Forecast, Overview',
      url: 'https://www.securitycouncilreport.org/monthly-forecast/2023-02/overview-50.php',
    },
    {
      title: 'Security Council Report – March 2023 Monthly Forecast, Overview',
      url: 'https://www.securitycouncilreport.org/monthly-forecast/2023-03/overview-51.php?print=true',
    },
    {
      title: 'Mozambique assumes presidency of UN Security Council, sets priorities (Africa Renewal)',
      url: 'https://www.un.org/africarenewal/magazine/march-2023/mozambique-un-security-council',
    },
    {
      title: 'Russia takes over presidency of UN Security Council on 1 April',
      url: 'https://www.pravda.com.ua/eng/news/2023/04/1/7395982/',
    },
    {
      title: 'Ukraine updates: Russia takes UN Security Council presidency',
      url: 'https://www.dw.com/en/ukraine-updates-russia-takes-un-security-council-presidency/a-65203121',
    },
    {
      title:
        'Swiss FDFA press release, 1 May 2023 (Switzerland holds the presidency of the UN Security Council this May)',
      url: 'https://www.eda.admin.ch/eda/en/fdfa/fdfa/aktuell/news.html/content/eda/en/meta/news/2023/5/1/94699',
    },
    {
      title: 'UAE begins UN Security Council presidency',
      url: 'https://www.thenationalnews.com/world/2023/06/01/uae-begins-un-security-council-presidency',
    },
    {
      title: 'UAE to head UN Security Council in June',
      url: 'https://www.albawaba.com/news/uae-head-security-council-june-1521003',
    },
    {
      title: 'Security Council Report – July 2023 Monthly Forecast, Overview',
      url: 'https://www.securitycouncilreport.org/monthly-forecast/2023-07/overview-55.php',
    },
    {
      title: 'Press Conference by Security Council President on Programme of Work for July (2023)',
      url: 'https://press.un.org/en/2023/230703_sc.doc.htm',
    },
    {
      title:
        'Remarks by Ambassador Linda Thomas-Greenfield at the UN Security Council on the Conclusion of the U.S. Presidency of the UNSC (31 Aug 2023)',
      url: 'https://usun.usmission.gov/remarks-by-ambassador-linda-thomas-greenfield-at-the-un-security-council-on-the-conclusion-of-the-u-s-presidency-of-the-unsc/',
    },
    {
      title: 'Security Council Report – September 2023 Monthly Forecast, Overview',
      url: 'https://securitycouncilreport.org/monthly-forecast/2023-09/overview-57.php?print=true',
    },
    {
      title: 'Brazil takes over the presidency of the UN Security Council (October 2023)',
      url: 'https://spamchronicles.com/?p=1340519',
    },
    {
      title: 'China assumes UN Security Council presidency (Sri Lanka Guardian, 2 Nov 2023)',
      url: 'http://www.srilankaguardian.org/2023/11/china-assumes-un-security-council.html',
    },
    {
      title: 'Press Conference by Security Council President on Programme of Work for November (2023)',
      url: 'https://press.un.org/en/2023/231101_sc.doc.htm',
    },
    {
      title: 'Ecuador asumió la presidencia rotativa del Consejo de Seguridad (diciembre 2023)',
      url: 'https://mascontainer.com.ec/?p=125131',
    },
    {
      title: 'Nations unies - Présidence française du Conseil de sécurité (3 janvier 2024)',
      url: 'https://diplomatie.gouv.fr/fr/politique-etrangere-de-la-france/la-france-et-les-nations-unies/evenements-et-actualites-lies-aux-nations-unies/presidence-francaise-du-conseil-de-securite/article/nations-unies-presidence-francaise-du-conseil-de-securite-03-01-24',
    },
    {
      title: 'UN - Election of new non-permanent members of the Security Council (June 7, 2023)',
      url: 'https://www.diplomatie.gouv.fr/en/french-foreign-policy/france-and-the-united-nations/news-and-events/news/news-2023/article/un-election-of-new-non-permanents-members-of-the-security-council-07-06-23',
      note: 'Algeria, Guyana, Sierra Leone, Slovenia, South Korea; term from 1 January 2024.',
    },
    {
      title: 'Mozambique will head UN Security Council in May (Prensa Latina)',
      url: 'https://plenglish.com/news/2024/05/02/mozambique-will-head-un-security-council-in-may',
      note: 'Also: 2024–2025 members until December 2025; Ecuador, Japan, Malta, Mozambique, Switzerland until December 2024.',
    },
    {
      title: 'Guyana takes up Presidency of UN Security Council',
      url: 'https://newsroom.gy/2024/01/31/guyana-takes-up-presidency-of-un-security-council/',
    },
    {
      title: 'Japan assumes UN Security Council presidency for March',
      url: 'https://sia.az/en/news/politics/1135652.html',
    },
    {
      title: 'Malta to Take over UN Security Council Presidency for April',
      url: 'https://see.news/malta-to-take-over-un-security-council-presidency-for-april',
    },
    {
      title: 'S. Korea begins monthlong rotating presidency of UN Security Council (KBS World)',
      url: 'http://world.kbs.co.kr/service/news_view.htm?lang=e&Seq_Code=185836',
    },
    {
      title: 'La Corée du Sud a achevé sa présidence tournante du Conseil de sécurité (KBS World, French)',
      url: 'http://world.kbs.co.kr/service/news_view.htm?lang=f&Seq_Code=86947',
    },
    {
      title: 'Bio Speaks on United Nations Security Council Presidency, August 2024',
      url: 'https://sierraloaded.sl/africa/bio-speaks-united-nations-security-council-presidency-august-2024',
    },
    {
      title: 'Sierra Leone leads the rotating presidency of the UN Security Council throughout August 2024',
      url: 'https://zambianewsnetwork.com/sierra-leone-leads-the-rotating-presidency-of-the-un-security-council-throughout-august-2024/',
    },
    {
      title: 'Slovenia assumes presidency of the UN Security Council (STA)',
      url: 'https://english.sta.si/3337607/slovenia-assumes-presidency-of-the-un-security-council',
    },
    {
      title: "Switzerland's second presidency of the UN Security Council (FDFA, October 2024)",
      url: 'https://www.fdfa.admin.ch/eda/en/fdfa/fdfa/aktuell/newsuebersicht/2024/10/zweiter-vorsitz-schweiz-uno-sicherheitsrat.html',
    },
    {
      title: 'UN Security Council presidency passes to the United Kingdom (TASS, 1 Nov 2024)',
      url: 'https://tass.com/world/1865569',
    },
    {
      title: 'US takes on rotating presidency of UN Security Council (MENAFN, 1 Dec 2024)',
      url: 'https://menafn.com/1108943126/US-takes-on-rotating-presidency-of-UN-Security-Council',
    },
  ],
};
