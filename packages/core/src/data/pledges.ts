import { freezeParsed } from '../_lib/freeze-parsed.js';
import type { Pledge } from '../model/pledge.js';
import { globalCompactRefugeesSource, mirpsPlatformPageSource, sinceSource } from './sources.js';

const SECTION = 'MIRPS Regional Pledges at the II Global Refugee Forum (December 2023)';
const FORUM = 'global-refugee-forum-2023';
const EVENT_PAGE = '/en/resources/events/parallel-high-level-event-grf/';
const LINKED =
  'A MIRPS Regional Pledge of the II Global Refugee Forum (December 2023), linked to a global multistakeholder pledge, which the sources do not name.';
const GUIDE =
  'The four pledges "will also guide the forthcoming annual MIRPS Regional Action Plans and Chair Strategies".';
const UNKNOWN = 'The sources give no type, status or submitting entity for it.';

/**
 * The four MIRPS Regional Pledges of the II Global Refugee Forum (December
 * 2023): Asylum, Integration (jobs and livelihoods), Local Governance and
 * Statistical Inclusion, named by their theme as the sources list them. Each
 * is linked to a global multistakeholder pledge and, except Statistical
 * Inclusion, carried out through the working group of its theme; no working
 * group and no lead country are reported for Statistical Inclusion. Their
 * type, status and submitting entity are not given in the sources, so those
 * fields are left out. From mirps-platform.org and globalcompactrefugees.org,
 * as the reference facts cite them.
 *
 * @example
 * ```ts
 * import { pledges } from '@mirps/core/data';
 * pledges.map((p) => p.workingGroup); // ['wg-asylum-systems', 'wg-jobs-livelihoods', 'wg-local-governance', null]
 * ```
 */
export const pledges: readonly Pledge[] = /* @__PURE__ */ freezeParsed<readonly Pledge[]>([
  {
    id: 'pledge-grf-2023-mirps-asylum',
    name: { en: 'Asylum' },
    forum: FORUM,
    scope: 'regional',
    workingGroup: 'wg-asylum-systems',
    note: {
      en: `${LINKED} Carried out through the working group of its theme, the Working Group on Strengthening Asylum Systems. ${UNKNOWN}`,
    },
    sources: [/* @__PURE__ */ sinceSource(SECTION), /* @__PURE__ */ mirpsPlatformPageSource(EVENT_PAGE, GUIDE)],
  },
  {
    id: 'pledge-grf-2023-mirps-integration',
    name: { en: 'Integration' },
    forum: FORUM,
    scope: 'regional',
    workingGroup: 'wg-jobs-livelihoods',
    note: {
      en: `${LINKED} Integration: jobs and livelihoods. Carried out through the working group of its theme, the Working Group on Jobs and Livelihoods. ${UNKNOWN}`,
    },
    sources: [
      /* @__PURE__ */ sinceSource(SECTION, 'Integration (jobs and livelihoods).'),
      /* @__PURE__ */ mirpsPlatformPageSource(EVENT_PAGE, GUIDE),
      /* @__PURE__ */ globalCompactRefugeesSource('/multistakeholder-pledge-mirps-integration'),
    ],
  },
  {
    id: 'pledge-grf-2023-mirps-local-governance',
    name: { en: 'Local Governance' },
    forum: FORUM,
    scope: 'regional',
    workingGroup: 'wg-local-governance',
    note: {
      en: `${LINKED} Carried out through the working group of its theme, the Working Group on Local Governance. ${UNKNOWN}`,
    },
    sources: [
      /* @__PURE__ */ sinceSource(SECTION),
      /* @__PURE__ */ mirpsPlatformPageSource(EVENT_PAGE, GUIDE),
      /* @__PURE__ */ globalCompactRefugeesSource('/multistakeholder-pledge-mirps-local-governance'),
    ],
  },
  {
    id: 'pledge-grf-2023-mirps-statistical-inclusion',
    name: { en: 'Statistical Inclusion' },
    forum: FORUM,
    scope: 'regional',
    workingGroup: null,
    note: {
      en: `${LINKED} Unlike the other three, it is not reported as carried out through a working group: the sources name none, and report no lead country for it. ${UNKNOWN}`,
    },
    sources: [
      /* @__PURE__ */ sinceSource(SECTION, 'No lead country is reported for Statistical Inclusion.'),
      /* @__PURE__ */ mirpsPlatformPageSource(EVENT_PAGE, GUIDE),
    ],
  },
]);
