import { freezeParsed } from '../_lib/freeze-parsed.js';
import type { PresidencyLedger } from '../model/presidency-ledger.js';
import type { PresidencyTerm } from '../model/presidency-term.js';
import type { MirpsMemberStateId } from './member-states.js';
import {
  annualReport2020Source,
  belizePressOfficeSource,
  channel5Source,
  conapeSource,
  delfinoSource,
  diarioElMundoSource,
  factsSource,
  horas24Source,
  notimericaSource,
  oasAsgSpeechSource,
  oasE00224Source,
  oasE10721Source,
  planSource,
  prensaLatinaSource,
  sanPedroSunSource,
  sinceSource,
} from './sources.js';

const ACHIEVEMENTS = 'Main achievements of the Pro-tempore Presidencies';
const TABLE = 'Pro-Tempore Presidency, 2019–2023';
const SINCE = 'Pro-Tempore Presidency, 2024–2026';
const NO_ACHIEVEMENTS = 'The sources list no achievements for this term.';

/**
 * The eight recorded terms of the MIRPS Pro-Tempore Presidency, oldest first:
 * Mexico (2019), El Salvador (2020), Guatemala (2021), Honduras (2022), Panama
 * (2023), Belize (2024), Costa Rica (2025) and El Salvador (2026). Mexico was
 * elected as the first presidency by the other founding members; the rotation
 * mechanism ("rotational and alphabetical manner") was established during El
 * Salvador's term and assigned the terms from 2021. The achievements of the
 * 2019–2022 terms are the plan's bullets under "Main achievements of the
 * Pro-tempore Presidencies", word for word; the 2023 term is the plan's own
 * and lists none, and the sources list none for 2024–2026. Handover dates come
 * from the reference facts and the press reports they cite. The holder after
 * 2026 is not reported: the rotation engine projects it.
 *
 * @example
 * ```ts
 * import { presidencyTerms } from '@mirps/core/data';
 * presidencyTerms.map((t) => `${t.label}:${t.holder}`);
 * // ['2019:MX', '2020:SV', '2021:GT', '2022:HN', '2023:PA', '2024:BZ', '2025:CR', '2026:SV']
 * ```
 */
export const presidencyTerms: readonly (PresidencyTerm & { readonly holder: MirpsMemberStateId })[] =
  /* @__PURE__ */ freezeParsed<readonly (PresidencyTerm & { readonly holder: MirpsMemberStateId })[]>([
    {
      id: 'presidency-2019',
      label: '2019',
      holder: 'MX',
      assignment: 'election',
      handover: { date: '2019', note: { en: 'early 2019 (day not known)' } },
      achievements: [
        {
          id: 'presidency-2019.achievement-1',
          text: {
            en: 'Promoted reflections on the required procedural changes, to simplify procedures to improve the quality of asylum systems.',
          },
        },
        {
          id: 'presidency-2019.achievement-2',
          text: {
            en: 'Promoted the strengthening of national mechanisms for the implementation of the MIRPS, including issues of health, documentation, access to work, and financial inclusion.',
          },
        },
        {
          id: 'presidency-2019.achievement-3',
          text: {
            en: 'Promoted linkages with local governments in the promotion of protection spaces and for the inclusion of refugees.',
          },
        },
        {
          id: 'presidency-2019.achievement-4',
          text: {
            en: 'Encouraged the creation of comprehensive care routes, prioritizing the protection of children.',
          },
        },
      ],
      note: { en: 'Mexico was elected as the first Pro-Tempore Presidency by the other founding members.' },
      sources: [
        /* @__PURE__ */ planSource(ACHIEVEMENTS, 'Pro-tempore Presidency 2019: Mexico'),
        /* @__PURE__ */ horas24Source(
          "Cited for Mexico's election as the first Pro-Tempore Presidency by the other founding members, early 2019.",
        ),
        /* @__PURE__ */ factsSource(TABLE),
      ],
    },
    {
      id: 'presidency-2020',
      label: '2020',
      holder: 'SV',
      assignment: 'not-stated-in-source',
      handover: { date: '2020-01', note: { en: 'since January 2020' } },
      achievements: [
        {
          id: 'presidency-2020.achievement-1',
          text: {
            en: 'Promoted the improvement of protection mechanisms for a comprehensive response to forced displacement in the region, promoting training and the creation of public policies.',
          },
        },
        {
          id: 'presidency-2020.achievement-2',
          text: {
            en: 'Established the mechanism for the designation of the MIRPS Pro-tempore Presidency, to be assumed in a rotational and alphabetical manner.',
          },
        },
        {
          id: 'presidency-2020.achievement-3',
          text: {
            en: 'Promoted inter-state coordination to advance the quantification of contributions made to promote the MIRPS.',
          },
        },
        {
          id: 'presidency-2020.achievement-4',
          text: { en: 'Consolidated formal participation mechanisms for civil society in the MIRPS.' },
        },
        {
          id: 'presidency-2020.achievement-5',
          text: {
            en: 'Made significant efforts to mobilize complementary resources for the establishment and strengthening of the MIRPS Fund within the OAS.',
          },
        },
      ],
      note: {
        en: 'The sources do not say how El Salvador came to hold the 2020 presidency; the rotation mechanism was established during its term.',
      },
      sources: [
        /* @__PURE__ */ planSource(ACHIEVEMENTS, 'Pro-tempore Presidency 2020: El Salvador'),
        /* @__PURE__ */ annualReport2020Source(
          'Cited for El Salvador holding the Pro-Tempore Presidency "since January 2020".',
        ),
        /* @__PURE__ */ factsSource(TABLE),
      ],
    },
    {
      id: 'presidency-2021',
      label: '2021',
      holder: 'GT',
      assignment: 'rotation',
      handover: { date: '2020-12-08', annualMeeting: 'annual-meeting-3' },
      achievements: [
        {
          id: 'presidency-2021.achievement-1',
          text: { en: 'Promoted virtual plenary meetings of the MIRPS technical teams.' },
        },
        {
          id: 'presidency-2021.achievement-2',
          text: { en: 'Specified the methodologies of the working groups.' },
        },
        {
          id: 'presidency-2021.achievement-3',
          text: {
            en: 'Promoted public-private dialogue and interactions with regional mechanisms, national commissions, and refugees.',
          },
        },
        {
          id: 'presidency-2021.achievement-4',
          text: {
            en: 'Organized a Solidarity Event for the Support Platform to support the development of projects in favor of communities in need of international protection together with supporting countries, the private sector, and foundations.',
          },
        },
      ],
      sources: [
        /* @__PURE__ */ planSource(ACHIEVEMENTS, 'Pro-tempore Presidency 2021: Guatemala'),
        /* @__PURE__ */ conapeSource(
          'Cited for the handover to Guatemala at the III Annual Meeting, 8 December 2020 (virtual).',
        ),
        /* @__PURE__ */ factsSource(TABLE),
      ],
    },
    {
      id: 'presidency-2022',
      label: '2022',
      holder: 'HN',
      assignment: 'rotation',
      handover: { date: '2021-11-30', annualMeeting: 'annual-meeting-4' },
      achievements: [
        {
          id: 'presidency-2022.achievement-1',
          text: {
            en: 'Developed a regional strategic vision of the MIRPS based on updating the National Action Plans through regional dialogues.',
          },
        },
        {
          id: 'presidency-2022.achievement-2',
          text: {
            en: 'Promoted the creation of National Coordination Groups, as spaces for dialogue between diplomatic representations, development cooperation agencies, UN agencies, civil society and other stakeholders.',
          },
        },
        {
          id: 'presidency-2022.achievement-3',
          text: { en: 'Held a consultation on displacement in the context of disasters and climate change.' },
        },
        {
          id: 'presidency-2022.achievement-4',
          text: {
            en: 'Promoted regional dialogue through the MIRPS Working Groups and political spaces within the framework of the OAS and other relevant regional mechanisms such as SICA, the Regional Conference on Migration (RCM), among others.',
          },
        },
      ],
      sources: [
        /* @__PURE__ */ planSource(ACHIEVEMENTS, 'Pro-tempore Presidency 2022: Honduras'),
        /* @__PURE__ */ oasE10721Source(
          'Cited for the handover to Honduras at the IV Annual Meeting, 30 November 2021, La Antigua Guatemala.',
        ),
        /* @__PURE__ */ factsSource(TABLE),
      ],
    },
    {
      id: 'presidency-2023',
      label: '2023',
      holder: 'PA',
      assignment: 'rotation',
      handover: { date: '2022-12-13', annualMeeting: 'annual-meeting-5' },
      achievements: [],
      note: {
        en: "The 2023 Regional Action Plan is this presidency's own plan and lists no achievements for it.",
      },
      sources: [
        /* @__PURE__ */ planSource('Vision and priorities of the Panama Pro-tempore Presidency 2023 Action Plan'),
        /* @__PURE__ */ oasE00224Source(
          'Cited for the handover to Panama at the V Annual Meeting, 13 December 2022, Tegucigalpa.',
        ),
        /* @__PURE__ */ factsSource(TABLE),
      ],
    },
    {
      id: 'presidency-2024',
      label: '2024',
      holder: 'BZ',
      assignment: 'rotation',
      handover: {
        date: '2024-01-24',
        annualMeeting: 'annual-meeting-6',
        note: { en: "Panama's Minister of Government handed the presidency to Belize's Attorney General." },
      },
      achievements: [],
      note: { en: NO_ACHIEVEMENTS },
      sources: [
        /* @__PURE__ */ sinceSource(SINCE),
        /* @__PURE__ */ sanPedroSunSource(
          'Cited for Belize assuming the presidency at the VI Annual Meeting, 24 January 2024, Panama City.',
        ),
        /* @__PURE__ */ prensaLatinaSource(
          'Cited for the handover to Belize at the VI Annual Meeting, 24 January 2024.',
        ),
        /* @__PURE__ */ oasE00224Source('Cited for the handover to Belize at the VI Annual Meeting, 24 January 2024.'),
      ],
    },
    {
      id: 'presidency-2025',
      label: '2025',
      holder: 'CR',
      assignment: 'rotation',
      handover: { date: '2024-12-05', annualMeeting: 'annual-meeting-7' },
      achievements: [],
      note: { en: NO_ACHIEVEMENTS },
      sources: [
        /* @__PURE__ */ sinceSource(SINCE),
        /* @__PURE__ */ channel5Source(
          'Cited for the handover to Costa Rica at the VII Annual Meeting, 5 December 2024, Belize City.',
        ),
        /* @__PURE__ */ belizePressOfficeSource(
          'Cited for the handover to Costa Rica at the VII Annual Meeting, 5 December 2024, Belize City.',
        ),
        /* @__PURE__ */ oasAsgSpeechSource(
          'Cited for the handover to Costa Rica at the VII Annual Meeting, 5 December 2024.',
        ),
      ],
    },
    {
      id: 'presidency-2026',
      label: '2026',
      holder: 'SV',
      assignment: 'rotation',
      handover: { date: '2025-11-25', annualMeeting: 'annual-meeting-8' },
      achievements: [],
      note: { en: `${NO_ACHIEVEMENTS} The sources do not report the holder after 2026: the SDK projects it.` },
      sources: [
        /* @__PURE__ */ sinceSource(SINCE, 'The holder after 2026 has not been reported in these sources.'),
        /* @__PURE__ */ delfinoSource(
          'Cited for the handover to El Salvador at the VIII Annual Meeting, Tuesday 25 November 2025, Heredia, Costa Rica.',
        ),
        /* @__PURE__ */ diarioElMundoSource(
          'Cited for the handover to El Salvador at the VIII Annual Meeting, 25 November 2025.',
        ),
        /* @__PURE__ */ notimericaSource(
          'Cited for the handover to El Salvador at the VIII Annual Meeting, 25 November 2025.',
        ),
      ],
    },
  ]);

/**
 * The ledger of the Pro-Tempore Presidency: the eight {@link presidencyTerms},
 * 2019 to 2026, oldest first. Projections of later terms begin after its last
 * term (El Salvador, 2026).
 *
 * @example
 * ```ts
 * import { presidencyLedger } from '@mirps/core/data';
 * presidencyLedger.terms.at(-1)?.holder; // 'SV'
 * ```
 */
export const presidencyLedger: PresidencyLedger = /* @__PURE__ */ Object.freeze<PresidencyLedger>({
  // The terms are frozen already; the cast only widens `readonly PresidencyTerm[]` to the model's array type.
  terms: presidencyTerms as PresidencyTerm[],
});
