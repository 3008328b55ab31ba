import { deepFreeze } from '../_lib/deep-freeze.js';
import type { PresidencyLedger } from '../model/presidency-ledger.js';
import type { PresidencyTerm } from '../model/presidency-term.js';
import {
  annualReport2020Source,
  conapeSource,
  factsSource,
  horas24Source,
  oasE00224Source,
  oasE10721Source,
  planSource,
} from './sources.js';

const ACHIEVEMENTS = 'Main achievements of the Pro-tempore Presidencies';
const TABLE = 'Pro-Tempore Presidency, 2019–2023';

/**
 * The five recorded terms of the MIRPS Pro-Tempore Presidency, oldest first:
 * Mexico (2019), El Salvador (2020), Guatemala (2021), Honduras (2022) and
 * Panama (2023). Mexico was elected as the first presidency by the other
 * founding members; the rotation mechanism ("rotational and alphabetical
 * manner") was established during El Salvador's term and assigned the terms
 * from 2021. Each term's achievements are the plan's bullets under "Main
 * achievements of the Pro-tempore Presidencies", word for word; the 2023 term
 * is the plan's own and lists none. Handover dates come from the reference
 * facts and the press reports they cite.
 *
 * @example
 * ```ts
 * import { presidencyTerms } from '@mirps/core/data';
 * presidencyTerms.map((t) => `${t.label}:${t.holder}`); // ['2019:MX', '2020:SV', '2021:GT', '2022:HN', '2023:PA']
 * ```
 */
export const presidencyTerms: readonly PresidencyTerm[] = /* @__PURE__ */ deepFreeze<readonly PresidencyTerm[]>([
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
        text: { en: 'Promoted linkages with local governments in the promotion of protection spaces and for the inclusion of refugees.' },
      },
      {
        id: 'presidency-2019.achievement-4',
        text: { en: 'Encouraged the creation of comprehensive care routes, prioritizing the protection of children.' },
      },
    ],
    note: { en: 'Mexico was elected as the first Pro-Tempore Presidency by the other founding members.' },
    sources: [
      /* @__PURE__ */ planSource(ACHIEVEMENTS, 'Pro-tempore Presidency 2019: Mexico'),
      /* @__PURE__ */ horas24Source(
        "Cited for Mexico's election as the first Pro-Tempore Presidency by the other founding members, early 2019."
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
        text: { en: 'Promoted inter-state coordination to advance the quantification of contributions made to promote the MIRPS.' },
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
      /* @__PURE__ */ annualReport2020Source('Cited for El Salvador holding the Pro-Tempore Presidency "since January 2020".'),
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
        text: { en: 'Promoted public-private dialogue and interactions with regional mechanisms, national commissions, and refugees.' },
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
      /* @__PURE__ */ conapeSource('Cited for the handover to Guatemala at the III Annual Meeting, 8 December 2020 (virtual).'),
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
        'Cited for the handover to Honduras at the IV Annual Meeting, 30 November 2021, La Antigua Guatemala.'
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
      /* @__PURE__ */ oasE00224Source('Cited for the handover to Panama at the V Annual Meeting, 13 December 2022, Tegucigalpa.'),
      /* @__PURE__ */ factsSource(TABLE),
    ],
  },
]);

/**
 * The ledger of the Pro-Tempore Presidency: the five {@link presidencyTerms},
 * 2019 to 2023, oldest first. Projections of later terms begin after its last
 * term (Panama, 2023).
 *
 * @example
 * ```ts
 * import { presidencyLedger } from '@mirps/core/data';
 * presidencyLedger.terms.at(-1)?.holder; // 'PA'
 * ```
 */
export const presidencyLedger: PresidencyLedger = /* @__PURE__ */ deepFreeze<PresidencyLedger>({
  // The terms are frozen; the cast only widens `readonly PresidencyTerm[]` to the model's array type.
  terms: presidencyTerms as PresidencyTerm[],
});
