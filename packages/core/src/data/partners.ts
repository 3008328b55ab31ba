import { freezeParsed } from '../_lib/freeze-parsed.js';
import type { Partner } from '../model/partner.js';
import {
  belizePressOfficeSource,
  channel5Source,
  factsSource,
  mirpsPlatformPageSource,
  planSource,
  sinceSource,
} from './sources.js';

const PLATFORM = 'MIRPS Support Platform';
const CHAIRS = 'Support Platform chairs (adds)';
const SUPPORT_PLATFORM_PAGE = '/en/support-platform';
const PRIORITIES = 'Vision and priorities of the Panama Pro-tempore Presidency 2023 Action Plan';
const ACHIEVEMENTS = 'Main achievements of the Pro-tempore Presidencies';

/**
 * The partners and bodies MIRPS works with: the MIRPS Support Platform and its
 * members (states, the European Union, development banks and ECLAC, with the
 * platform's successive chairs), the technical secretariat (UNHCR and the OAS),
 * the United Nations System, regional organizations and processes (SICA, the
 * Regional Conference on Migration, the Quito Process, the Inter-American
 * Commission of Women), the civil society mechanism, the private sector,
 * development banks, the National Coordination Groups and the Asylum Capacity
 * Support Group. From the 2023 plan and the reference facts (Support Platform).
 * The platform's chairs: Spain from 29 June 2020, Canada from July 2021, the
 * United States from September 2022 to the VII Annual Meeting (5 December
 * 2024), Colombia in 2025; the 2026 chair is not reported. Where a chair's end
 * is the SDK's inference from its successor's start, `toInferred` is `true`.
 *
 * @example
 * ```ts
 * import { partners } from '@mirps/core/data';
 * partners
 *   .filter((p) => p.roles?.some((r) => r.role === 'technical-secretariat'))
 *   .map((p) => p.id); // ['unhcr', 'oas']
 * ```
 */
export const partners: readonly Partner[] = /* @__PURE__ */ freezeParsed<readonly Partner[]>([
  {
    id: 'support-platform',
    name: { en: 'MIRPS Support Platform' },
    kind: 'platform',
    note: {
      en: 'Launched in December 2019 at the first Global Refugee Forum. Its chairs: Spain from 29 June 2020; Canada from July 2021; the United States from September 2022 until it concluded its term at the VII Annual Meeting, 5 December 2024; Colombia in 2025. The sources do not report the chair for 2026.',
    },
    sources: [
      /* @__PURE__ */ factsSource(PLATFORM, 'Launched in December 2019 at the first Global Refugee Forum.'),
      /* @__PURE__ */ sinceSource(CHAIRS, 'The 2026 chair is not reported in these sources.'),
      /* @__PURE__ */ planSource(
        'Background',
        'It integrates regional and international organizations, as well as cooperating States that are members of the MIRPS Support Platform, who are committed to the humanitarian and development agenda.',
      ),
    ],
  },
  {
    id: 'argentina',
    name: { en: 'Argentina', es: 'Argentina' },
    kind: 'state',
    roles: [{ role: 'support-platform-member' }],
    sources: [/* @__PURE__ */ factsSource(PLATFORM)],
  },
  {
    id: 'brazil',
    name: { en: 'Brazil', es: 'Brasil' },
    kind: 'state',
    roles: [{ role: 'support-platform-member' }],
    sources: [/* @__PURE__ */ factsSource(PLATFORM)],
  },
  {
    id: 'canada',
    name: { en: 'Canada', es: 'Canadá' },
    kind: 'state',
    roles: [
      { role: 'support-platform-member' },
      {
        role: 'support-platform-chair',
        from: '2021-07',
        to: '2022-09',
        toInferred: true,
        note: {
          en: 'Chair from July 2021. The sources give no end: the SDK infers it from the United States taking the chair in September 2022.',
        },
        sources: [
          /* @__PURE__ */ factsSource(
            PLATFORM,
            'Chairs: Spain from 29 June 2020; Canada from July 2021; the United States from September 2022.',
          ),
        ],
      },
    ],
    sources: [/* @__PURE__ */ factsSource(PLATFORM)],
  },
  {
    id: 'colombia',
    name: { en: 'Colombia', es: 'Colombia' },
    kind: 'state',
    roles: [
      { role: 'support-platform-member' },
      {
        role: 'support-platform-chair',
        from: '2024-12-05',
        note: {
          en: 'The chair passed from the United States to Colombia at the VII Annual Meeting, 5 December 2024; Colombia chairs in 2025. The sources give no end, and do not report the chair for 2026.',
        },
        sources: [
          /* @__PURE__ */ sinceSource(
            'Annual Meetings (adds to the table above)',
            'VII: … Support Platform chair United States → Colombia.',
          ),
          /* @__PURE__ */ sinceSource(
            CHAIRS,
            'Colombia chairs in 2025. The 2026 chair is not reported in these sources.',
          ),
          /* @__PURE__ */ belizePressOfficeSource(
            'Cited for the Support Platform chair passing from the United States to Colombia at the VII Annual Meeting.',
          ),
          /* @__PURE__ */ channel5Source('Cited for Colombia chairing the Support Platform in 2025.'),
          /* @__PURE__ */ mirpsPlatformPageSource(
            SUPPORT_PLATFORM_PAGE,
            'Cited for Colombia chairing the Support Platform in 2025.',
          ),
        ],
      },
    ],
    sources: [/* @__PURE__ */ factsSource(PLATFORM)],
  },
  {
    id: 'european-union',
    name: { en: 'European Union', es: 'Unión Europea' },
    abbreviation: 'EU',
    kind: 'regional-union',
    roles: [{ role: 'support-platform-member' }],
    sources: [/* @__PURE__ */ factsSource(PLATFORM)],
  },
  {
    id: 'france',
    name: { en: 'France', es: 'Francia' },
    kind: 'state',
    roles: [{ role: 'support-platform-member' }],
    sources: [/* @__PURE__ */ factsSource(PLATFORM)],
  },
  {
    id: 'spain',
    name: { en: 'Spain', es: 'España' },
    kind: 'state',
    roles: [
      { role: 'support-platform-member' },
      {
        role: 'support-platform-chair',
        from: '2020-06-29',
        to: '2021-07',
        toInferred: true,
        note: {
          en: 'Chair from 29 June 2020. The sources give no end: the SDK infers it from Canada taking the chair in July 2021.',
        },
        sources: [
          /* @__PURE__ */ factsSource(
            PLATFORM,
            'Chairs: Spain from 29 June 2020; Canada from July 2021; the United States from September 2022.',
          ),
        ],
      },
    ],
    sources: [/* @__PURE__ */ factsSource(PLATFORM)],
  },
  {
    id: 'switzerland',
    name: { en: 'Switzerland', es: 'Suiza' },
    kind: 'state',
    roles: [{ role: 'support-platform-member' }],
    sources: [/* @__PURE__ */ factsSource(PLATFORM)],
  },
  {
    id: 'united-states',
    name: { en: 'United States', es: 'Estados Unidos' },
    abbreviation: 'US',
    kind: 'state',
    roles: [
      { role: 'support-platform-member' },
      {
        role: 'support-platform-chair',
        from: '2022-09',
        to: '2024-12-05',
        note: { en: 'Chair from September 2022; it "concluded its term" at the VII Annual Meeting, 5 December 2024.' },
        sources: [
          /* @__PURE__ */ factsSource(PLATFORM, 'Chairs: … the United States from September 2022.'),
          /* @__PURE__ */ sinceSource(
            CHAIRS,
            'The United States "concluded its term" at the VII Annual Meeting (5 Dec 2024).',
          ),
          /* @__PURE__ */ channel5Source(
            'Cited for the United States concluding its term as chair at the VII Annual Meeting.',
          ),
          /* @__PURE__ */ mirpsPlatformPageSource(
            SUPPORT_PLATFORM_PAGE,
            'Cited for the United States concluding its term as chair at the VII Annual Meeting.',
          ),
        ],
      },
    ],
    sources: [/* @__PURE__ */ factsSource(PLATFORM)],
  },
  {
    id: 'uruguay',
    name: { en: 'Uruguay', es: 'Uruguay' },
    kind: 'state',
    roles: [{ role: 'support-platform-member' }],
    sources: [/* @__PURE__ */ factsSource(PLATFORM)],
  },
  {
    id: 'idb',
    name: { en: 'Inter-American Development Bank', es: 'Banco Interamericano de Desarrollo' },
    abbreviation: 'IDB',
    kind: 'development-bank',
    roles: [{ role: 'support-platform-member' }],
    sources: [/* @__PURE__ */ factsSource(PLATFORM)],
  },
  {
    id: 'world-bank-group',
    name: { en: 'World Bank Group', es: 'Grupo Banco Mundial' },
    kind: 'development-bank',
    roles: [{ role: 'support-platform-member' }],
    sources: [/* @__PURE__ */ factsSource(PLATFORM)],
  },
  {
    id: 'cabei',
    name: {
      en: 'Central American Bank for Economic Integration',
      es: 'Banco Centroamericano de Integración Económica',
    },
    abbreviation: 'CABEI',
    kind: 'development-bank',
    roles: [{ role: 'support-platform-member' }],
    sources: [/* @__PURE__ */ factsSource(PLATFORM)],
  },
  {
    id: 'eclac',
    name: {
      en: 'Economic Commission for Latin America and the Caribbean',
      es: 'Comisión Económica para América Latina y el Caribe',
    },
    abbreviation: 'ECLAC',
    kind: 'un-agency',
    roles: [{ role: 'support-platform-member' }],
    sources: [/* @__PURE__ */ factsSource(PLATFORM)],
  },
  {
    id: 'unhcr',
    name: { en: 'Office of the United Nations High Commissioner for Refugees' },
    abbreviation: 'UNHCR',
    kind: 'un-agency',
    roles: [{ role: 'technical-secretariat' }],
    sources: [/* @__PURE__ */ factsSource(PLATFORM, 'Technical secretariat: UNHCR and the OAS.')],
  },
  {
    id: 'oas',
    name: { en: 'Organization of American States', es: 'Organización de los Estados Americanos' },
    abbreviation: 'OAS',
    kind: 'regional-organization',
    roles: [{ role: 'technical-secretariat' }],
    note: {
      en: 'The plan places the MIRPS Fund within the OAS and plans high-level meetings within the framework of the OAS.',
    },
    sources: [
      /* @__PURE__ */ factsSource(PLATFORM, 'Technical secretariat: UNHCR and the OAS.'),
      /* @__PURE__ */ planSource(
        ACHIEVEMENTS,
        'Made significant efforts to mobilize complementary resources for the establishment and strengthening of the MIRPS Fund within the OAS.',
      ),
      /* @__PURE__ */ planSource('Work methodology', 'High-level meetings within the framework of the OAS'),
    ],
  },
  {
    id: 'un-system',
    name: { en: 'United Nations System' },
    kind: 'un-system',
    sources: [
      /* @__PURE__ */ planSource(
        PRIORITIES,
        'Priority 2: Position the MIRPS at the highest national, regional, and global levels, as an efficient mechanism for protection and solutions, promoting political support and the mobilization of technical, financial and material resources from the MIRPS Support Platform, development banks, the United Nations System, civil society and the private sector.',
      ),
    ],
  },
  {
    id: 'sica',
    name: { en: 'Central American Integration System', es: 'Sistema de la Integración Centroamericana' },
    abbreviation: 'SICA',
    kind: 'regional-organization',
    sources: [
      /* @__PURE__ */ planSource(
        'Objective 2.1 Actions',
        'Identify coordination opportunities with other regional platforms such as the RCM, SICA, the Quito Process and the Working Groups that have been formed within the framework of the Los Angeles Declaration.',
      ),
    ],
  },
  {
    id: 'rcm',
    name: { en: 'Regional Conference on Migration', es: 'Conferencia Regional sobre Migración' },
    abbreviation: 'RCM',
    kind: 'regional-process',
    sources: [
      /* @__PURE__ */ planSource(
        ACHIEVEMENTS,
        'Promoted regional dialogue through the MIRPS Working Groups and political spaces within the framework of the OAS and other relevant regional mechanisms such as SICA, the Regional Conference on Migration (RCM), among others.',
      ),
    ],
  },
  {
    id: 'quito-process',
    name: { en: 'Quito Process', es: 'Proceso de Quito' },
    kind: 'regional-process',
    sources: [
      /* @__PURE__ */ planSource(
        'Objective 2.1 Actions',
        'Identify coordination opportunities with other regional platforms such as the RCM, SICA, the Quito Process and the Working Groups that have been formed within the framework of the Los Angeles Declaration.',
      ),
    ],
  },
  {
    id: 'inter-american-commission-of-women',
    name: { en: 'Inter-American Commission of Women', es: 'Comisión Interamericana de Mujeres' },
    kind: 'regional-organization',
    note: { en: 'The plan seeks joint actions with its Pro-tempore Presidency.' },
    sources: [
      /* @__PURE__ */ planSource(
        'Objective 2.1 Actions',
        'Promote joint actions between the MIRPS Pro-tempore Presidency with the Pro-tempore Presidency of the Inter-American Commission of Women.',
      ),
    ],
  },
  {
    id: 'civil-society-mechanism',
    name: { en: 'MIRPS civil society mechanism' },
    kind: 'civil-society',
    note: {
      en: 'The 2020 presidency of El Salvador "Consolidated formal participation mechanisms for civil society in the MIRPS."',
    },
    sources: [
      /* @__PURE__ */ planSource('Work methodology', 'Meetings with the MIRPS civil society mechanism'),
      /* @__PURE__ */ planSource(
        ACHIEVEMENTS,
        'Consolidated formal participation mechanisms for civil society in the MIRPS.',
      ),
    ],
  },
  {
    id: 'private-sector',
    name: { en: 'Private sector' },
    kind: 'private-sector',
    sources: [
      /* @__PURE__ */ planSource('Work methodology', 'Joint sessions with representation from the private sector'),
      /* @__PURE__ */ planSource(PRIORITIES),
    ],
  },
  {
    id: 'development-banks',
    name: { en: 'Development banks' },
    kind: 'development-bank',
    note: {
      en: 'Development banks in general, as Priority 2 names them; the IDB, the World Bank Group and CABEI are listed separately as Support Platform members.',
    },
    sources: [/* @__PURE__ */ planSource(PRIORITIES)],
  },
  {
    id: 'national-coordination-groups',
    name: { en: 'National Coordination Groups' },
    kind: 'national-mechanism',
    note: {
      en: 'As the plan describes them, "spaces for dialogue between diplomatic representations, development cooperation agencies, UN agencies, civil society and other stakeholders"; the 2022 presidency of Honduras promoted their creation.',
    },
    sources: [
      /* @__PURE__ */ planSource(
        ACHIEVEMENTS,
        'Promoted the creation of National Coordination Groups, as spaces for dialogue between diplomatic representations, development cooperation agencies, UN agencies, civil society and other stakeholders.',
      ),
      /* @__PURE__ */ planSource(
        'Objective 2.1 Actions',
        'Promote the organization of meetings of the National Coordination Groups as a tool to strengthen cooperation with the Support Platform and other strategic actors at the national level.',
      ),
    ],
  },
  {
    id: 'asylum-capacity-support-group',
    name: { en: 'Asylum Capacity Support Group' },
    kind: 'initiative',
    sources: [
      /* @__PURE__ */ planSource(
        'Objective 1.1 Actions',
        'Organize high-level events to increase the visibility of the MIRPS in strengthening asylum systems, within the framework of the II Global Refugee Forum and in coordination with the Asylum Capacity Support Group.',
      ),
    ],
  },
]);
