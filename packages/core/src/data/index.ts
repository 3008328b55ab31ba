/**
 * `@mirps/core/data`: the embedded MIRPS reference data and the 2023 Regional
 * Action Plan of Panama's Pro-Tempore Presidency. Every value is deeply frozen
 * and every record cites its sources: the plan (English translation) and,
 * where the plan is silent, the public reporting named in each record.
 *
 * @packageDocumentation
 */

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
/**
 * The MIRPS Annual Meetings I to VIII, where the Pro-Tempore Presidency is
 * handed over, with the declarations they adopted (reference facts and the
 * reports they cite). The VI, planned for 2023 in the 2023 plan, met on
 * 24 January 2024.
 *
 * @example
 * ```ts
 * import { annualMeetings } from '@mirps/core/data';
 * annualMeetings.map((m) => m.date);
 * // ['2018-11-08', '2019-11-08', '2020-12-08', '2021-11-30', '2022-12-13', '2024-01-24', '2024-12-05', '2025-11-25']
 * ```
 */
export { annualMeetings } from './annual-meetings.js';
/**
 * The commitments of each member state's national action plan by focus area,
 * as mirps-platform.org publishes them; an area whose label was lost is
 * `null`, and Mexico's and Panama's counts were not found (`total: null`).
 *
 * @example
 * ```ts
 * import { commitmentCounts } from '@mirps/core/data';
 * commitmentCounts.map((c) => c.total); // [8, 23, 27, 26, 43, null, null]
 * ```
 */
export { commitmentCounts } from './commitment-counts.js';
export { embeddedContext, withEmbeddedData } from './embedded-context.js';
/**
 * The instruments that frame MIRPS, from the 2023 plan's Background: the
 * Cartagena Declaration (1984) to the Darién Declaration, the San Pedro Sula
 * Declaration (2017), and the Statutory Charter approved on 24 January 2024,
 * whose text was not found. Summaries are the sources' own words; `year` is
 * `null` where the sources give none.
 *
 * @example
 * ```ts
 * import { instruments } from '@mirps/core/data';
 * instruments.map((i) => i.year); // [1984, 2014, null, null, null, null, null, 2017, 2024]
 * ```
 */
export { instruments } from './instruments.js';
export type { MirpsMemberStateId } from './member-states.js';
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
 * The partners and bodies MIRPS works with: the MIRPS Support Platform, its
 * members and chairs (Spain, Canada, the United States, and Colombia in 2025;
 * the 2026 chair is not reported), the technical secretariat (UNHCR and the
 * OAS), the UN System, SICA, the RCM, the Quito Process and others named in
 * the 2023 plan and the reference facts. A chair's end inferred by the SDK,
 * not stated by a source, is marked `toInferred: true`.
 *
 * @example
 * ```ts
 * import { partners } from '@mirps/core/data';
 * partners.find((p) => p.id === 'spain')?.roles; // member, and chair from 2020-06-29 to 2021-07 (the end inferred)
 * ```
 */
export { partners } from './partners.js';
/**
 * The MIRPS Regional Pledges of the II Global Refugee Forum (December 2023):
 * Asylum, Integration, Local Governance and Statistical Inclusion, each with
 * the working group that carries it out (none is reported for Statistical
 * Inclusion).
 *
 * @example
 * ```ts
 * import { pledges } from '@mirps/core/data';
 * pledges.map((p) => p.name.en); // ['Asylum', 'Integration', 'Local Governance', 'Statistical Inclusion']
 * ```
 */
export { pledges } from './pledges.js';
/**
 * The eight terms of the Pro-Tempore Presidency, 2019 (Mexico) to 2026 (El
 * Salvador), with how each was assigned, its handover and its achievements as
 * the 2023 plan lists them (the sources list none for 2023–2026).
 *
 * @example
 * ```ts
 * import { presidencyTerms } from '@mirps/core/data';
 * presidencyTerms.find((t) => t.label === '2024')?.handover.date; // '2024-01-24'
 * ```
 */
/**
 * The ledger of the Pro-Tempore Presidency: `{ terms: presidencyTerms }`, oldest
 * first, 2019 to 2026, ready for `parsePresidencyLedger`.
 *
 * @example
 * ```ts
 * import { presidencyLedger } from '@mirps/core/data';
 * presidencyLedger.terms.length; // 8
 * ```
 */
export { presidencyLedger, presidencyTerms } from './presidency-terms.js';

/**
 * The embedded reference data as one document (member states, working groups,
 * partners, instruments, Annual Meetings and pledges), current to its `asOf`
 * day (2026-11-30), ready for `parseReferenceData`.
 *
 * @example
 * ```ts
 * import { referenceData } from '@mirps/core/data';
 * referenceData.workingGroups.length; // 4
 * referenceData.asOf; // '2026-11-30'
 * ```
 */
export { referenceData } from './reference-data.js';
export type { MirpsWorkingGroupId } from './working-groups.js';
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
