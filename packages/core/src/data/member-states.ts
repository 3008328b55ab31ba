import { freezeParsed } from '../_lib/freeze-parsed.js';
import type { MemberState } from '../model/member-state.js';
import { globalCrrfSource, planSource, unNewsSource } from './sources.js';

const FOUNDED = 'Joined on 26 October 2017 with the San Pedro Sula Declaration.';
const PLAN_FOUNDERS =
  'By virtue of the above, Belize, Costa Rica, Guatemala, Honduras, Mexico, and Panama -- as a committed region faced with the prevailing need to assume and concretely respond to its common challenges as agreed within the Global Compact on Refugees -- adopted the San Pedro Sula Declaration in 2017 with the objective to work in a comprehensive and supportive manner in the region through the implementation of the Comprehensive Regional Protection and Solutions Framework (MIRPS).';
const PLAN_EL_SALVADOR =
  'In June 2019, El Salvador joined this initiative, assuming a commitment to address the situation of displacement and the refugee population.';

/**
 * The id of a member state of the embedded data, one of the seven, so that
 * editors complete it (and tsc refuses an embedded record with another). The
 * general API takes any id: a caller's own reference data may name other
 * members.
 *
 * @example
 * ```ts
 * import type { MirpsMemberStateId } from '@mirps/core/data';
 * const holder: MirpsMemberStateId = 'GT';
 * ```
 */
export type MirpsMemberStateId = 'BZ' | 'CR' | 'SV' | 'GT' | 'HN' | 'MX' | 'PA';

/**
 * The seven member states of MIRPS, in Spanish alphabetical order (Belice,
 * Costa Rica, El Salvador, Guatemala, Honduras, México, Panamá). The six
 * founders joined on 26 October 2017 with the San Pedro Sula Declaration
 * (globalcrrf.org; the plan says "in 2017"); El Salvador joined in June 2019
 * (the plan). No withdrawal or suspension has been reported.
 *
 * @example
 * ```ts
 * import { memberStates } from '@mirps/core/data';
 * memberStates.map((m) => m.id); // ['BZ', 'CR', 'SV', 'GT', 'HN', 'MX', 'PA']
 * ```
 */
export const memberStates: readonly (MemberState & { readonly id: MirpsMemberStateId })[] =
  /* @__PURE__ */ freezeParsed<readonly (MemberState & { readonly id: MirpsMemberStateId })[]>([
    {
      id: 'BZ',
      iso3: 'BLZ',
      name: { en: 'Belize', es: 'Belice' },
      sortKey: 'Belice',
      memberships: [
        {
          joined: '2017-10-26',
          sources: [/* @__PURE__ */ globalCrrfSource(FOUNDED), /* @__PURE__ */ planSource('Background', PLAN_FOUNDERS)],
        },
      ],
      sources: [/* @__PURE__ */ globalCrrfSource(), /* @__PURE__ */ planSource('Background')],
    },
    {
      id: 'CR',
      iso3: 'CRI',
      name: { en: 'Costa Rica', es: 'Costa Rica' },
      sortKey: 'Costa Rica',
      memberships: [
        {
          joined: '2017-10-26',
          sources: [/* @__PURE__ */ globalCrrfSource(FOUNDED), /* @__PURE__ */ planSource('Background', PLAN_FOUNDERS)],
        },
      ],
      sources: [/* @__PURE__ */ globalCrrfSource(), /* @__PURE__ */ planSource('Background')],
    },
    {
      id: 'SV',
      iso3: 'SLV',
      name: { en: 'El Salvador', es: 'El Salvador' },
      sortKey: 'El Salvador',
      memberships: [
        {
          joined: '2019-06',
          note: {
            en: 'The plan says El Salvador joined in June 2019; UN News (Spanish service, July 2019) reports it joining as the seventh country.',
          },
          sources: [
            /* @__PURE__ */ planSource('Background', PLAN_EL_SALVADOR),
            /* @__PURE__ */ unNewsSource('Reports El Salvador joining MIRPS as the seventh country (July 2019).'),
          ],
        },
      ],
      sources: [/* @__PURE__ */ planSource('Background'), /* @__PURE__ */ unNewsSource()],
    },
    {
      id: 'GT',
      iso3: 'GTM',
      name: { en: 'Guatemala', es: 'Guatemala' },
      sortKey: 'Guatemala',
      memberships: [
        {
          joined: '2017-10-26',
          note: { en: 'Its national MIRPS process began in April 2017.' },
          sources: [
            /* @__PURE__ */ globalCrrfSource(
              "Joined on 26 October 2017 with the San Pedro Sula Declaration. Guatemala's national MIRPS process began in April 2017.",
            ),
            /* @__PURE__ */ planSource('Background', PLAN_FOUNDERS),
          ],
        },
      ],
      sources: [/* @__PURE__ */ globalCrrfSource(), /* @__PURE__ */ planSource('Background')],
    },
    {
      id: 'HN',
      iso3: 'HND',
      name: { en: 'Honduras', es: 'Honduras' },
      sortKey: 'Honduras',
      memberships: [
        {
          joined: '2017-10-26',
          sources: [/* @__PURE__ */ globalCrrfSource(FOUNDED), /* @__PURE__ */ planSource('Background', PLAN_FOUNDERS)],
        },
      ],
      sources: [/* @__PURE__ */ globalCrrfSource(), /* @__PURE__ */ planSource('Background')],
    },
    {
      id: 'MX',
      iso3: 'MEX',
      name: { en: 'Mexico', es: 'México' },
      sortKey: 'México',
      memberships: [
        {
          joined: '2017-10-26',
          sources: [/* @__PURE__ */ globalCrrfSource(FOUNDED), /* @__PURE__ */ planSource('Background', PLAN_FOUNDERS)],
        },
      ],
      sources: [/* @__PURE__ */ globalCrrfSource(), /* @__PURE__ */ planSource('Background')],
    },
    {
      id: 'PA',
      iso3: 'PAN',
      name: { en: 'Panama', es: 'Panamá' },
      sortKey: 'Panamá',
      memberships: [
        {
          joined: '2017-10-26',
          sources: [/* @__PURE__ */ globalCrrfSource(FOUNDED), /* @__PURE__ */ planSource('Background', PLAN_FOUNDERS)],
        },
      ],
      sources: [/* @__PURE__ */ globalCrrfSource(), /* @__PURE__ */ planSource('Background')],
    },
  ]);
