import { freezeParsed } from '../_lib/freeze-parsed.js';
import type { WorkingGroup } from '../model/working-group.js';
import type { MirpsMemberStateId } from './member-states.js';
import { mirpsPlatformSource, oasE00224Source, planSource } from './sources.js';

/**
 * The id of a working group of the embedded data, one of the four the 2023
 * plan names, so that editors complete it (and tsc refuses an embedded record
 * with another). The general API takes any id: a caller's own reference data
 * may name other groups.
 *
 * @example
 * ```ts
 * import type { MirpsWorkingGroupId } from '@mirps/core/data';
 * const group: MirpsWorkingGroupId = 'wg-local-governance';
 * ```
 */
export type MirpsWorkingGroupId =
  | 'wg-asylum-systems'
  | 'wg-internal-displacement'
  | 'wg-jobs-livelihoods'
  | 'wg-local-governance';

/**
 * The four MIRPS working groups that the 2023 plan coordinates its regional
 * actions with, named as the plan names them, each with its leading member
 * state: Mexico (asylum systems), Honduras (internal displacement), Costa Rica
 * (jobs and livelihoods) and Panama (local governance). Leads come from
 * mirps-platform.org and, for internal displacement, OAS press release
 * E-002/24.
 *
 * @example
 * ```ts
 * import { workingGroups } from '@mirps/core/data';
 * workingGroups.find((g) => g.id === 'wg-local-governance')?.lead; // 'PA'
 * ```
 */
export const workingGroups: readonly (WorkingGroup & {
  readonly id: MirpsWorkingGroupId;
  readonly lead: MirpsMemberStateId | null;
})[] = /* @__PURE__ */ freezeParsed<
  readonly (WorkingGroup & { readonly id: MirpsWorkingGroupId; readonly lead: MirpsMemberStateId | null })[]
>([
  {
    id: 'wg-asylum-systems',
    name: { en: 'Working Group on Strengthening Asylum Systems' },
    theme: { en: 'Strengthening asylum systems' },
    lead: 'MX',
    sources: [
      /* @__PURE__ */ planSource(
        'Objective 1.1 Actions',
        'The regional actions of this objective will be coordinated with the Working Group on Strengthening Asylum Systems.',
      ),
      /* @__PURE__ */ mirpsPlatformSource('Lead: Mexico.'),
    ],
  },
  {
    id: 'wg-internal-displacement',
    name: { en: 'Working Group on Internal Displacement' },
    theme: { en: 'Internal displacement' },
    lead: 'HN',
    note: { en: 'Honduras led the 2023 regional dialogues (OAS press release E-002/24).' },
    sources: [
      /* @__PURE__ */ planSource(
        'Objective 1.2 Actions (related to internal displacement)',
        'The following actions will be coordinated with the Working Group on Internal Displacement:',
      ),
      /* @__PURE__ */ oasE00224Source('Lead: Honduras, which led the 2023 regional dialogues.'),
    ],
  },
  {
    id: 'wg-jobs-livelihoods',
    name: { en: 'Working Group on Jobs and Livelihoods' },
    theme: { en: 'Jobs and livelihoods' },
    lead: 'CR',
    sources: [
      /* @__PURE__ */ planSource(
        'Objective 1.3 Actions',
        'The actions below will be coordinated with the Working Group on Jobs and Livelihoods.',
      ),
      /* @__PURE__ */ mirpsPlatformSource('Lead: Costa Rica.'),
    ],
  },
  {
    id: 'wg-local-governance',
    name: { en: 'Working Group on Local Governance' },
    theme: { en: 'Local governance' },
    lead: 'PA',
    sources: [
      /* @__PURE__ */ planSource(
        'Objective 1.2 Actions (related to local integration)',
        'The following actions will be coordinated with the Working Group on Local Governance:',
      ),
      /* @__PURE__ */ mirpsPlatformSource('Lead: Panama.'),
    ],
  },
]);
