/**
 * `@mirps/core/data`: the embedded MIRPS reference data and the 2023 Regional
 * Action Plan of Panama's Pro-Tempore Presidency. Every value is deeply frozen
 * and every record cites its sources: the plan (English translation) and,
 * where the plan is silent, the public reporting named in each record.
 *
 * @packageDocumentation
 */

/**
 * The seven MIRPS member states (BZ, CR, SV, GT, HN, MX, PA) with their
 * membership periods: the six founders from 26 October 2017 (San Pedro Sula
 * Declaration; globalcrrf.org), El Salvador from June 2019 (the 2023 plan; UN
 * News reports it joining as the seventh country in July 2019).
 *
 * @example
 * ```ts
 * import { memberStates } from '@mirps/core/data';
 * memberStates.find((m) => m.id === 'SV')?.memberships[0]?.joined; // '2019-06'
 * ```
 */
export { memberStates } from './member-states.js';

/**
 * The four working groups the 2023 plan coordinates its actions with, and
 * their leading member states (mirps-platform.org; OAS press release E-002/24).
 *
 * @example
 * ```ts
 * import { workingGroups } from '@mirps/core/data';
 * workingGroups.map((g) => g.lead); // ['MX', 'HN', 'CR', 'PA']
 * ```
 */
export { workingGroups } from './working-groups.js';

/**
 * The partners and bodies MIRPS works with: the MIRPS Support Platform, its
 * members and chairs, the technical secretariat (UNHCR and the OAS), the UN
 * System, SICA, the RCM, the Quito Process and others named in the 2023 plan
 * and the reference facts.
 *
 * @example
 * ```ts
 * import { partners } from '@mirps/core/data';
 * partners.find((p) => p.id === 'spain')?.roles; // member, and chair from 2020-06-29 to 2021-07
 * ```
 */
export { partners } from './partners.js';

/**
 * The instruments that frame MIRPS, from the 2023 plan's Background: the
 * Cartagena Declaration (1984) to the Darién Declaration, and the San Pedro
 * Sula Declaration (2017). Summaries are the plan's own words; `year` is `null`
 * where the sources give none.
 *
 * @example
 * ```ts
 * import { instruments } from '@mirps/core/data';
 * instruments.map((i) => i.year); // [1984, 2014, null, null, null, null, null, 2017]
 * ```
 */
export { instruments } from './instruments.js';

/**
 * The MIRPS Annual Meetings II to VI, where the Pro-Tempore Presidency is
 * handed over (reference facts; conape.org; OAS press releases E-107/21 and
 * E-002/24). The VI meeting has no date in the sources.
 *
 * @example
 * ```ts
 * import { annualMeetings } from '@mirps/core/data';
 * annualMeetings.map((m) => m.date); // ['2019-11-08', '2020-12-08', '2021-11-30', '2022-12-13', null]
 * ```
 */
export { annualMeetings } from './annual-meetings.js';

/**
 * The five terms of the Pro-Tempore Presidency, 2019 (Mexico) to 2023
 * (Panama), with how each was assigned, its handover and its achievements as
 * the 2023 plan lists them.
 *
 * @example
 * ```ts
 * import { presidencyTerms } from '@mirps/core/data';
 * presidencyTerms.find((t) => t.label === '2023')?.handover.date; // '2022-12-13'
 * ```
 */
export { presidencyTerms } from './presidency-terms.js';

/**
 * The ledger of the Pro-Tempore Presidency: `{ terms: presidencyTerms }`, oldest
 * first, ready for `parsePresidencyLedger`.
 *
 * @example
 * ```ts
 * import { presidencyLedger } from '@mirps/core/data';
 * presidencyLedger.terms.length; // 5
 * ```
 */
export { presidencyLedger } from './presidency-terms.js';

/**
 * The embedded reference data as one document (member states, working groups,
 * partners, instruments and Annual Meetings), ready for `parseReferenceData`.
 *
 * @example
 * ```ts
 * import { referenceData } from '@mirps/core/data';
 * referenceData.workingGroups.length; // 4
 * ```
 */
export { referenceData } from './reference-data.js';

/**
 * The 2023 Regional Action Plan of Panama's Pro-Tempore Presidency, complete
 * and word for word from its English translation: 2 priorities, 4 objectives,
 * 27 actions, 14 expected results, the work methodology, the duties at
 * handover and the calendar.
 *
 * @example
 * ```ts
 * import { actionPlan2023 } from '@mirps/core/data';
 * actionPlan2023.actions.length; // 27
 * ```
 */
export { actionPlan2023 } from './action-plan-2023.js';

export { embeddedContext, withEmbeddedData } from './embedded-context.js';
