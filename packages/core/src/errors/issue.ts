import { deepFreeze } from '../_lib/deep-freeze.js';

/**
 * Every code a {@link MirpsIssue} can carry.
 *
 * Shape codes (`shape.*`) say the input is not the right JSON; rule codes
 * (`ref.*`, `numbering.*`, `dates.*`, `presidency.*`, `membership.*`,
 * `progress.*`, `pledge.*`, `support.*`, `fund.*`) say the shape is right but
 * the content contradicts itself, its plan or the reference data;
 * `rotation.*` codes come from the presidency rotation engine, `calendar.*`
 * codes from `@mirps/calendar`, `report.*` codes from `@mirps/report`.
 * The list is frozen.
 *
 * @example
 * ```ts
 * import { MIRPS_ISSUE_CODES } from '@mirps/core';
 * MIRPS_ISSUE_CODES.includes('ref.duplicate-id'); // true
 * ```
 */
export const MIRPS_ISSUE_CODES = deepFreeze([
  'shape.invalid-type',
  'shape.missing',
  'shape.unknown-key',
  'shape.invalid-value',
  'shape.invalid-format',
  'shape.out-of-range',
  'shape.invalid-date',
  'shape.missing-text',
  'shape.invalid',
  'shape.control-character',
  'shape.unreadable',
  'shape.too-many-issues',
  'ref.duplicate-id',
  'ref.unknown-member-state',
  'ref.unknown-working-group',
  'ref.unknown-priority',
  'ref.unknown-objective',
  'ref.unknown-instrument',
  'ref.unknown-annual-meeting',
  'ref.duplicate-code',
  'ref.unknown-action',
  'ref.unknown-result',
  'ref.unknown-body',
  'ref.unknown-focus-area',
  'ref.unknown-commitment',
  'ref.unknown-pledge',
  'numbering.duplicate',
  'numbering.mismatch',
  'dates.range-reversed',
  'dates.outside-plan-year',
  'dates.out-of-order',
  'dates.outside-plan-period',
  'schedule.invalid-rrule',
  'schedule.count-with-until',
  'schedule.unknown-time-zone',
  'presidency.holder-not-member',
  'presidency.holder-mismatch',
  'presidency.terms-overlap',
  'membership.periods-overlap',
  'membership.suspension-outside-period',
  'progress.plan-mismatch',
  'progress.outside-term',
  'progress.duplicate-status',
  'progress.disaggregation-mismatch',
  'progress.status-regressed',
  'progress.duplicate-review',
  'pledge.unlinked',
  'support.unlinked',
  'fund.total-mismatch',
  'fund.currency-mismatch',
  'rotation.unknown-member',
  'rotation.order-mismatch',
  'rotation.missing-name',
  'rotation.invalid-label',
  'rotation.ledger-gap',
  'rotation.departure-needs-member',
  'rotation.override-conflict',
  'rotation.no-eligible-member',
  'rotation.count-out-of-range',
  'rotation.invalid-date',
  'rotation.before-ledger',
  'rotation.invalid-locale',
  'rotation.reserved-key',
  'rotation.explanation-too-large',
  'calendar.invalid-window',
  'calendar.window-unbounded',
  'calendar.window-too-wide',
  'calendar.invalid-rrule',
  'calendar.invalid-stamp',
  'calendar.invalid-calendar',
  'calendar.year-outside-window',
  'calendar.invalid-option',
  'calendar.too-many-occurrences',
  'calendar.rule-too-frequent',
  'calendar.expansion-too-long',
  'calendar.invalid-grid',
  'calendar.ics-too-large',
  'report.as-of-outside-term',
  'report.invalid-option',
  'report.invalid-document',
  'report.document-too-large',
  'report.document-too-deep',
] as const);

/**
 * A machine-readable issue code; see {@link MIRPS_ISSUE_CODES}.
 *
 * @example
 * ```ts
 * import type { MirpsIssueCode } from '@mirps/core';
 * const code: MirpsIssueCode = 'ref.unknown-working-group';
 * ```
 */
export type MirpsIssueCode = (typeof MIRPS_ISSUE_CODES)[number];

/**
 * A step into a JSON document: an object key or an array index.
 *
 * @example
 * ```ts
 * import type { MirpsPath } from '@mirps/core';
 * const path: MirpsPath = ['actions', 3, 'workingGroup'];
 * ```
 */
export type MirpsPath = ReadonlyArray<string | number>;

/**
 * One problem found in an input: what kind (`code`), where (`path`, from the
 * root of the document that was parsed) and what to do about it (`message`).
 * Issues are plain data; {@link formatIssues} turns them into text.
 *
 * @example
 * ```ts
 * import type { MirpsIssue } from '@mirps/core';
 * const issue: MirpsIssue = {
 *   code: 'ref.unknown-working-group',
 *   path: ['actions', 0, 'workingGroup'],
 *   message: 'Unknown working group "wg-fisheries"; known: wg-asylum-systems, …',
 * };
 * ```
 */
export interface MirpsIssue {
  /** What kind of problem this is. */
  readonly code: MirpsIssueCode;
  /** Where the problem is, from the root of the parsed document. */
  readonly path: MirpsPath;
  /** A sentence a person can act on. */
  readonly message: string;
}
