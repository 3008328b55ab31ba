import type { RecordedRotation } from './recorded-rotation.js';

/**
 * ASEAN Chairmanship, 2006 – 2026 (21 annual terms).
 *
 * How the departures behave (useful for the engine):
 * - A declined or forfeited turn is skipped and the rotation continues with
 *   the next member: Myanmar gave up 2006, the Philippines (next in order)
 *   took 2006 and Singapore followed in 2007; in 2026 the Philippines again
 *   took Myanmar's place, a year earlier than scheduled.
 * - A swap exchanges the years of two members and leaves everyone else's year
 *   unchanged: Indonesia/Brunei Darussalam (2011/2013, "one-off and will not
 *   affect Cambodia's assumption of ASEAN Chairmanship in 2012") and
 *   Myanmar/Lao PDR (2014/2016).
 * - Before the ASEAN Charter entered into force (15 December 2008) the chair
 *   changed hands at the annual ministerial meeting in July/August; Thailand,
 *   which took over on 24 July 2008, kept the chair "for a period of one and a
 *   half years" to the end of 2009, after which terms run by calendar year.
 *   Terms 2006–2008 therefore start mid-year; label '2008' and '2009' are the
 *   two calendar years of Thailand's single chairmanship.
 *
 * Timor-Leste became the 11th member on 26 October 2025; it has not yet had a
 * turn in the window. Who chairs in 2027 is not recorded here.
 */
export const asean: RecordedRotation = {
  body: 'Association of Southeast Asian Nations (ASEAN)',
  office: 'Chair of ASEAN (ASEAN Chairmanship)',
  rule: 'The Chairmanship of ASEAN shall rotate annually, based on the alphabetical order of the English names of Member States. (ASEAN Charter, art. 31)',
  termLength: 'year',
  order: {
    kind: 'alphabetical',
    locale: 'en',
    by: 'English name of the Member State as ASEAN lists it (Brunei Darussalam, Cambodia, Indonesia, Lao PDR, Malaysia, Myanmar, Philippines, Singapore, Thailand, Timor-Leste, Viet Nam)',
  },
  members: [
    { id: 'BN', name: 'Brunei Darussalam', memberships: [{ from: '2006-01-01' }] },
    { id: 'KH', name: 'Cambodia', memberships: [{ from: '2006-01-01' }] },
    { id: 'ID', name: 'Indonesia', memberships: [{ from: '2006-01-01' }] },
    { id: 'LA', name: 'Lao PDR', memberships: [{ from: '2006-01-01' }] },
    { id: 'MY', name: 'Malaysia', memberships: [{ from: '2006-01-01' }] },
    { id: 'MM', name: 'Myanmar', memberships: [{ from: '2006-01-01' }] },
    { id: 'PH', name: 'Philippines', memberships: [{ from: '2006-01-01' }] },
    { id: 'SG', name: 'Singapore', memberships: [{ from: '2006-01-01' }] },
    { id: 'TH', name: 'Thailand', memberships: [{ from: '2006-01-01' }] },
    { id: 'TL', name: 'Timor-Leste', memberships: [{ from: '2025-10-26' }] },
    { id: 'VN', name: 'Viet Nam', memberships: [{ from: '2006-01-01' }] },
  ],
  terms: [
    {
      label: '2006',
      holder: 'PH',
      start: '2006-07-01',
      departure: {
        inPlaceOf: 'MM',
        kind: 'declined',
        reason:
          'Myanmar, next after Malaysia (2005), gave up its 2006 turn. ASEAN foreign ministers announced in Vientiane on 26 July 2005 that "Myanmar had asked to postpone its chairmanship so it could focus on its national reconciliation and democratisation process … once Myanmar is ready to assume the chairmanship, it can do so"; the bloc had been under pressure to deny Myanmar the post, with the US and EU threatening to boycott meetings (The Daily Star/AFP, 27 Jul 2005; Jakarta Post/AFP; Pravda/VOA). The Philippines, next in alphabetical order, took 2006 (Philstar, 9 Aug 2005).',
      },
      uncertain: true,
      note: 'Holder confirmed; the start day is not. Pre-Charter, the chair changed at the July ministerial meeting: Malaysia still chaired the 39th ASEAN Standing Committee in Kuala Lumpur on 24 July 2006 (ASEAN Secretariat), and the Philippines handed over on 2 August 2007. 2006-07-01 is a month-level placeholder. The outline for this fixture called 2006 a "forfeited" turn; the sources describe Myanmar relinquishing it itself under pressure ("a very good decision that Myanmar has made on its own" — Malaysian FM; later reports say it was "forced to renounce"), so it is recorded as declined.',
    },
    {
      label: '2007',
      holder: 'SG',
      start: '2007-08-02',
      note: 'The Philippines handed the chairmanship of the ASEAN Standing Committee to Singapore at the close of the 40th AMM in Manila on 2 August 2007 (Manila Bulletin via Newsflash, 3 Aug 2007; Singapore MFA statement of George Yeo, 2 Aug 2007).',
    },
    {
      label: '2008',
      holder: 'TH',
      start: '2008-07-24',
      note: '"Thailand is set to assume the chairmanship of ASEAN on 24 July 2008, for a period of one and a half years" (ASEAN-Thai, 22 Jul 2008).',
    },
    {
      label: '2009',
      holder: 'TH',
      start: '2009-01-01',
      departure: {
        kind: 'other',
        reason:
          'Transition to the ASEAN Charter (in force 15 December 2008), under which the chairmanship runs by calendar year: Thailand\'s chairmanship, begun in July 2008, was extended to the end of 2009 (the plain rule would have passed it to Viet Nam) ("retain the Asean chairmanship through 2009" — Asean Affairs/Kyodo, 13 Dec 2008; "for a period of one and a half years" — ASEAN-Thai). Both 2008 and 2009 are listed as Thailand by Cambodia\'s MFA.',
      },
      note: 'Same continuous chairmanship as 2008, split at the calendar year.',
    },
    {
      label: '2010',
      holder: 'VN',
      start: '2010-01-01',
      note: '"The Chair of ASEAN for the year 2010 is Viet Nam" (blog reproducing the ASEAN Secretariat text); Cambodia MFA list.',
    },
    {
      label: '2011',
      holder: 'ID',
      start: '2011-01-01',
      departure: {
        inPlaceOf: 'BN',
        kind: 'swap',
        reason:
          "Brunei Darussalam's turn. \"On 9 April 2010, at the 16th ASEAN Summit in Ha Noi … the ten Member States of ASEAN unanimously agreed to Indonesia's request for a swop of ASEAN Chairmanship with Brunei Darussalam for the year 2011. This exchange, however, is one-off and will not affect Cambodia's assumption of ASEAN Chairmanship in 2012.\" Indonesia was preparing to chair APEC in 2013, its scheduled ASEAN year (My Oceanic blog).",
      },
    },
    {
      label: '2012',
      holder: 'KH',
      start: '2012-01-01',
      note: 'Cambodia keeps its own year despite the 2011/2013 swap (the swap was stated not to affect it). Cambodia handed over to Brunei at the 21st Summit in Phnom Penh (Jakarta Post, 20 Nov 2012).',
    },
    {
      label: '2013',
      holder: 'BN',
      start: '2013-01-01',
      departure: {
        inPlaceOf: 'ID',
        kind: 'swap',
        reason:
          'Indonesia\'s regular year, taken by Brunei Darussalam as the other half of the 2011 swap ("Indonesia took Chairmanship in 2011 and in return Brunei holds Chairmanship in 2013"). Brunei was "the Chair of ASEAN from January to December 2013" (IRSEA, Xiamen University).',
      },
    },
    {
      label: '2014',
      holder: 'MM',
      start: '2014-01-01',
      departure: {
        inPlaceOf: 'LA',
        kind: 'swap',
        reason:
          'Lao PDR\'s regular year. After its 2011 transition Myanmar asked to chair in 2014 instead of 2016, "swapping the 2014 slot due to be taken by Laos, with Laos moving to the 2016 slot currently scheduled for Myanmar, after Malaysia"; Laos agreed and ASEAN leaders approved at the 19th Summit in Bali on 17 November 2011 (Bloomberg; Asean Affairs; ASEAN Strategic; The Nation via blog). Myanmar took office on 1 January 2014 (China Daily/Xinhua; Investvine), its first chairmanship.',
      },
    },
    {
      label: '2015',
      holder: 'MY',
      start: '2015-01-01',
      note: 'Regular turn (back on the alphabetical schedule after Myanmar\'s swapped 2014 turn). Cambodia MFA: "Malaysia is the Chair of ASEAN for 2015"; Japan Times, 25 Jan 2015.',
    },
    {
      label: '2016',
      holder: 'LA',
      start: '2016-01-01',
      departure: {
        inPlaceOf: 'MM',
        kind: 'swap',
        reason:
          'Myanmar\'s regular year (after Malaysia), taken by Lao PDR as the other half of the 2014 swap (ASEAN Economic Community blog, May 2011; Cambodia MFA list: "2016 Lao PDR").',
      },
    },
    {
      label: '2017',
      holder: 'PH',
      start: '2017-01-01',
      note: "Regular turn (the schedule resumes after Lao PDR's swapped 2016 turn). Duterte accepted the chairmanship in Laos in September 2016; launch in Davao on 15 January 2017 (MINA/Philstar); Philippines handed over to Singapore on 14 November 2017 (CNN Philippines; Rappler).",
    },
    {
      label: '2018',
      holder: 'SG',
      start: '2018-01-01',
      note: 'Lee Hsien Loong received the gavel at the 31st Summit closing on 14 November 2017 for 2018 (CNN Philippines; Filipino Journal).',
    },
    {
      label: '2019',
      holder: 'TH',
      start: '2019-01-01',
      note: 'Thailand "the host country of ASEAN in 2019" handed over to Viet Nam on 4 November 2019 (Foreign Affairs NZ; Straits Times, 5 Nov 2019).',
    },
    {
      label: '2020',
      holder: 'VN',
      start: '2020-01-01',
      note: '"Vietnam will formally take over as chairman of Asean from Jan 1, 2020" (Straits Times; VnExpress; Hanoi Times).',
    },
    {
      label: '2021',
      holder: 'BN',
      start: '2021-01-01',
      note: 'Viet Nam handed the chairmanship for 2021 to Brunei Darussalam at the 37th Summit (virtual, Hanoi) on 15 November 2020 (The Scoop; ASEAN Youth).',
    },
    {
      label: '2022',
      holder: 'KH',
      start: '2022-01-01',
      note: 'Previous chairs "Brunei in 2021, Cambodia in 2022, and Indonesia in 2023" (Phnom Penh Post).',
    },
    {
      label: '2023',
      holder: 'ID',
      start: '2023-01-01',
      note: 'Indonesia, the 2023 chair, handed over to Laos at the close of the 43rd Summit in Jakarta, September 2023 (Phnom Penh Post).',
    },
    {
      label: '2024',
      holder: 'LA',
      start: '2024-01-01',
      note: 'Laos succeeded Indonesia as chair for 2024 (Phnom Penh Post) and handed over to Malaysia on 11 October 2024 in Vientiane (The Sun MY).',
    },
    {
      label: '2025',
      holder: 'MY',
      start: '2025-01-01',
      note: 'Malaysia, "the chair of ASEAN 2025" (Xinhua via People\'s Daily), handed the gavel to the Philippines at the close of the 47th Summit, 28 October 2025. Timor-Leste was admitted as the 11th member at the same summit on 26 October 2025 (IANS; Asia One; Viet Nam News).',
    },
    {
      label: '2026',
      holder: 'PH',
      start: '2026-01-01',
      departure: {
        inPlaceOf: 'MM',
        kind: 'forfeit',
        reason:
          'Myanmar\'s turn. At the 43rd Summit in Jakarta on 5 September 2023 "the leaders … decided not to hand over the organization\'s rotating chairmanship to Myanmar in 2026 … the Philippines will chair ASEAN in 2026" (TASS/Antara, Foreign Minister Retno Marsudi); Reuters sources describe a consensus "on not allowing Myanmar to chair the bloc in 2026" (Rappler); the junta spokesman confirmed "Myanmar will skip Asean chairmanship in 2026" (Straits Times). Diplomats linked it to the lack of progress on the Five-Point Consensus since the 2021 coup. The Philippines, originally scheduled for 2027, accepted a year early (Philippine Daily Inquirer; Manila Bulletin).',
      },
      note: 'The Philippines "will officially assume the role on Jan 1, 2026" (Bernama via PR Wire; The Sun MY; Channel NewsAsia, 28 Oct 2025).',
    },
  ],
  sources: [
    {
      title: 'ASEAN Chair – Ministry of Foreign Affairs and International Cooperation of Cambodia',
      url: 'https://www.mfaic.gov.kh/about-asean/asean-chair',
      note: 'Quotes Charter art. 31; list of chairs 1976–2016 (2006 Philippines, 2007 Singapore, 2008 and 2009 Thailand, 2010 Viet Nam, 2011 Indonesia, 2012 Cambodia, 2013 Brunei, 2014 Myanmar, 2015 Malaysia, 2016 Lao PDR).',
    },
    {
      title: 'ASEAN Chair (blog reproducing ASEAN Secretariat text, Nov 2010)',
      url: 'http://bhedoel-354.blogspot.com/2010/11/asean-chair.html',
      note: 'Charter art. 31; Viet Nam 2010; the 9 April 2010 Indonesia–Brunei swap.',
    },
    {
      title: 'Myanmar gives up Asean chairmanship (The Daily Star/AFP, 27 Jul 2005)',
      url: 'https://online91.thedailystar.net/2005/07/27/d507271305124.html',
    },
    {
      title: 'RP would take ASEAN chair if Myanmar bows out: Malaysia FM (Jakarta Post/AFP)',
      url: 'https://jawawa.id/newsitem/rp-would-take-asean-chair-if-myanmar-bows-out-malaysia-fm-1447893297',
    },
    {
      title: 'Burma agrees to forego ASEAN chairmanship (Pravda/VOA)',
      url: 'https://english.pravda.ru/news/world/63735-n',
    },
    {
      title: 'SEA, China, Japan, Korea back RP takeover of ASEAN chair (Philstar, 9 Aug 2005)',
      url: 'https://qa.philstar.com/headlines/2005/08/09/290596/sea-china-japan-korea-back-rp-takeover-asean-chair/amp',
    },
    {
      title:
        'Remarks by Syed Hamid Albar at the closing session of the 4th Meeting of the 39th ASEAN Standing Committee, Kuala Lumpur, 24 July 2006 (ASEAN Secretariat)',
      url: 'https://asean.org/?static_post=remarks-by-the-honourable-dato-seri-syed-hamid-albar-minister-of-foreign-affairs-of-malaysia-at-the-closing-session-of-the-4th-meeting-of-the-39th-asean-standing-committee-kuala-lumpur-24-july-2006-2',
    },
    {
      title: 'RP hands over ASEAN chairmanship to Singapore (Manila Bulletin via Newsflash, 3 Aug 2007)',
      url: 'http://www.newsflash.org/2004/02/pe/pe004223.htm',
    },
    {
      title:
        'Statement by George Yeo at the closing ceremony of the 40th AMM and handing over of the ASC Chairmanship, 2 August 2007 (Singapore MFA)',
      url: 'https://www.mfa.gov.sg/Overseas-Mission/Wellington/Mission-Updates/2007/08/press_200708_3',
    },
    {
      title: "ASEAN Charter to be Enforced During Thailand's Chairmanship of ASEAN (ASEAN-Thai, 22 Jul 2008)",
      url: 'https://www.aseanthai.net/ewt_news.php?nid=917&filename=index_2',
    },
    {
      title: 'Asean Summit: Thailand mulls meeting in February (Asean Affairs, 13 Dec 2008)',
      url: 'http://www.aseanaffairs.com/thailand_mulls_meeting_in_february',
    },
    {
      title: 'ASEAN charter comes into force (China Daily/Xinhua, 15 Dec 2008)',
      url: 'http://www.chinadaily.com.cn/world/2008-12/15/content_7305685.htm',
    },
    {
      title: '22nd ASEAN Summit and Some Awareness (My Oceanic blog, Apr 2013)',
      url: 'https://myoceanic.wordpress.com/2013/04/24/22nd-asean-summit-and-some-awareness/comment-page-1/',
      note: 'Indonesia–Brunei exchange explained by Indonesia hosting APEC 2013.',
    },
    {
      title: 'Brunei gets ASEAN chair (Jakarta Post, 20 Nov 2012)',
      url: 'http://www.thejakartapost.com/news/2012/11/20/brunei-gets-asean-chair.html',
    },
    {
      title: '22nd and 23rd ASEAN Summit 2013, Brunei Darussalam (IRSEA, Xiamen University)',
      url: 'http://irsea.xmu.edu.cn/view_1/4108.aspx',
    },
    {
      title: 'Whither Myanmar/Burma as ASEAN Chair (ASEAN Economic Community blog, May 2011)',
      url: 'http://aseanec.blogspot.com/2011/05/whither-myanmarburma-as-asean-chair.html',
    },
    {
      title: 'Laos agrees to swap Asean chair in 2014 (The Nation via blog, May 2011)',
      url: 'http://yekyawaung.blogspot.com/2011/05/laos-agrees-to-swap-asean-chair-in-2014.html',
    },
    {
      title: 'Myanmar appears confident of election as ASEAN chair in 2014 (ASEAN Strategic, Aug 2011)',
      url: 'https://www.aseanstrategic.com/2011/08/myanmar-appears-confident-of-election.html',
    },
    {
      title: 'Asean Leaders Agree Myanmar Will Chair Grouping in 2014 (Bloomberg, 17 Nov 2011)',
      url: 'http://www.bloomberg.com/news/articles/2011-11-17/myanmar-to-host-asean-in-14-as-sein-moves-away-from-military-dictatorship',
    },
    {
      title: '2014 Asean Chair for Myanmar (Asean Affairs, Nov 2011)',
      url: 'http://www.aseanaffairs.com/asean_news/politics/2014_asean_chair_for_myarmar',
    },
    {
      title: '23rd ASEAN Summit opens in Brunei (China Daily/Xinhua, 9 Oct 2013)',
      url: 'http://covid-19.chinadaily.com.cn/china/2013livisiteastasia/2013-10/09/content_17017508.htm',
    },
    {
      title: 'Myanmar handed over ASEAN chairmanship (Investvine)',
      url: 'https://investvine.com/myanmar-handed-over-asean-chairmanship/',
    },
    {
      title: 'ASEAN captain Malaysia prepares to set sail (Japan Times, 25 Jan 2015)',
      url: 'https://japantimes.co.jp/opinion/2015/01/25/commentary/world-commentary/asean-captain-malaysia-prepares-to-set-sail-into-maritime-disputes-democratic-recession',
    },
    { title: 'Philippines Takes ASEAN Helm at Summit (MINA, 16 Jan 2017)', url: 'https://en.minanews.net/?p=91527' },
    {
      title: 'Philippines turns over ASEAN chairmanship to Singapore (CNN Philippines, 14 Nov 2017)',
      url: 'http://cnnphilippines.com/news/2017/11/14/Philippines-turns-over-ASEAN-chairmanship-to-Singapore.html',
    },
    {
      title: 'Philippines hands over Asean chairmanship to Singapore (Filipino Journal)',
      url: 'http://filipinojournal.com/philippines-hands-asean-chairmanship-singapore/',
    },
    {
      title: '35th ASEAN Summit concludes, Vietnam assumes chairmanship (Foreign Affairs NZ, 5 Nov 2019)',
      url: 'https://foreignaffairs.co.nz/2019/11/05/35th-asean-summit-concludes-vietnam-assumes-chairmanship/',
    },
    {
      title: 'Thailand hands over Asean chair to Vietnam (Straits Times, 5 Nov 2019)',
      url: 'https://www.straitstimes.com/asia/se-asia/thailand-hands-over-asean-chair-to-vietnam',
    },
    {
      title: 'Vietnam takes over ASEAN chairmanship from Thailand (VnExpress, 4 Nov 2019)',
      url: 'https://e.vnexpress.net/news/news/vietnam-takes-over-asean-chairmanship-from-thailand-4007330.html',
    },
    {
      title: 'Brunei to lead ASEAN in 2021 (The Scoop, 16 Nov 2020)',
      url: 'https://thescoop.co/2020/11/16/brunei-to-lead-asean-in-2021/',
    },
    {
      title: 'ASEAN Chairmanship 2021: Brunei Darussalam (ASEAN Youth)',
      url: 'https://aseanyouth.net/asean-chairmanship-2021-brunei-darussalam',
    },
    {
      title: 'Laos prepares to accept ASEAN chair against backdrop of Myanmar crisis (Phnom Penh Post)',
      url: 'https://www.phnompenhpost.com/national/laos-prepares-to-accept-asean-chair-against-backdrop-of-myanmar-crisis',
    },
    {
      title: 'Malaysia takes over ASEAN chairmanship from Laos (The Sun MY, Oct 2024)',
      url: 'https://thesun.my/malaysia-news/malaysia-takes-over-asean-chairmanship-from-laos-pledges-stability-and-unity-KC13119627',
    },
    {
      title: 'ASEAN leaders decide not to hand over chairmanship to Myanmar in 2026 (TASS, 5 Sep 2023)',
      url: 'https://tass.com/world/1670221',
    },
    {
      title: 'Philippines accepts request to chair ASEAN in 2026 (Rappler)',
      url: 'https://www.rappler.com/nation/philippines-chair-country-asean-2026/',
    },
    {
      title: 'Philippines ready to replace Myanmar as Asean chair in 2026 (Straits Times)',
      url: 'https://www.straitstimes.com/asia/se-asia/philippines-says-ready-to-chair-asean-in-2026-instead-of-myanmar',
    },
    {
      title:
        'Philippines steps in as Asean 2026 chair after troubled Myanmar opts out (Philippine Daily Inquirer via ANN, 6 Sep 2023)',
      url: 'https://asianews.network/philippines-steps-in-as-asean-2026-chair-after-troubled-myanmar-opts-out/',
    },
    {
      title: 'ASEAN chief thanks PH for accepting 2026 chairship (Manila Bulletin, 20 Sep 2023)',
      url: 'https://mb.com.ph/2023/9/20/asean-chief-thanks-ph-for-ensuring-bloc-s-stability',
    },
    {
      title: "Myanmar won't assume rotating ASEAN chair in 2026 (The Irrawaddy)",
      url: 'https://www.irrawaddy.com/news/myanmars-crisis-the-world/myanmar-wont-assume-rotating-asean-chair-in-2026-asian-media.html',
    },
    {
      title: 'Timor-Leste becomes 11th member of ASEAN (IANS, 26 Oct 2025)',
      url: 'https://ianslive.in/timor-leste-becomes-11th-member-of-asean--20251026134029',
    },
    {
      title: 'Timor-Leste officially admitted into Asean, becoming its 11th member (AsiaOne, 26 Oct 2025)',
      url: 'https://www.asiaone.com/asia/timor-leste-officially-admitted-asean-becoming-its-11th-member',
    },
    {
      title: "47th ASEAN summit concludes in Malaysia (People's Daily/Xinhua, 29 Oct 2025)",
      url: 'http://en.people.cn/n3/2025/1029/c90000-20383315.html',
    },
    {
      title: 'Malaysia hands over Asean chairmanship to the Philippines (PR Wire/Bernama)',
      url: 'https://prwire.my/feeds/malaysia-hands-over-asean-chairmanship-to-the-philippines',
    },
    {
      title: 'Malaysia hands ASEAN chair to Philippines (Channel NewsAsia, 28 Oct 2025)',
      url: 'https://www.channelnewsasia.com/asia/philippines-asean-chair-2026-south-china-sea-5429731',
    },
  ],
};
