import { deepFreeze } from '../_lib/deep-freeze.js';
import type { MirpsIssueCode } from '../errors/issue.js';

/**
 * A rule a document must follow beyond its shape: what JSON Schema cannot
 * express (references that must resolve, numbering, dates within terms).
 * `@mirps/schemas` ships them as `json/rules.json`, which each document's JSON
 * Schema names in its `$comment`, so that a consumer in any language knows
 * which checks `parseX` adds.
 *
 * @example
 * ```ts
 * import type { DocumentRule } from '@mirps/core';
 * const rule: DocumentRule = { code: 'ref.duplicate-id', rule: 'Ids are unique within the document.' };
 * ```
 */
export interface DocumentRule {
  /** The issue code reported when the rule is broken. */
  readonly code: MirpsIssueCode;
  /** The rule in a sentence. */
  readonly rule: string;
}

/**
 * The rules of each top-level document beyond its shape, in the order they are
 * checked. `parseActionPlan`, `parseReferenceData`, `parsePresidencyLedger`,
 * `parsePlanProgress`, `parseNationalActionPlan`, `parseNationalPlanProgress`,
 * `parseRegionalSupport` and `createRotation` enforce them; a JSON Schema validator does not. Frozen.
 *
 * @example
 * ```ts
 * import { DOCUMENT_RULES } from '@mirps/core';
 * DOCUMENT_RULES.ActionPlan.map((r) => r.code).includes('ref.unknown-working-group'); // true
 * ```
 */
export const DOCUMENT_RULES: {
  readonly ActionPlan: readonly DocumentRule[];
  readonly ReferenceData: readonly DocumentRule[];
  readonly PresidencyLedger: readonly DocumentRule[];
  readonly RotationSetup: readonly DocumentRule[];
  readonly PlanProgress: readonly DocumentRule[];
  readonly NationalActionPlan: readonly DocumentRule[];
  readonly NationalPlanProgress: readonly DocumentRule[];
  readonly RegionalSupport: readonly DocumentRule[];
} = deepFreeze({
  ActionPlan: [
    { code: 'ref.duplicate-id', rule: 'Ids are unique across the whole plan.' },
    { code: 'numbering.duplicate', rule: 'No two priorities, objectives, actions or expected results share a number.' },
    { code: 'ref.unknown-priority', rule: "Every objective's priority is a priority of the plan." },
    {
      code: 'numbering.mismatch',
      rule: 'An objective is numbered under its priority (1.x under priority 1); an action or result under its objective (1.2.x under 1.2).',
    },
    {
      code: 'ref.unknown-objective',
      rule: "Every action's, expected result's and calendar activity's objective is an objective of the plan.",
    },
    {
      code: 'ref.unknown-working-group',
      rule: 'Every working group named by an action or calendar activity exists in the reference data.',
    },
    { code: 'ref.unknown-instrument', rule: 'Every instrument the plan cites exists in the reference data.' },
    {
      code: 'presidency.holder-mismatch',
      rule: 'The holder is the one the presidency ledger records for the term, where it records the term.',
    },
    { code: 'ref.unknown-member-state', rule: 'The holder is a member state of the reference data.' },
    { code: 'presidency.holder-not-member', rule: 'The holder was a member when the term began.' },
    {
      code: 'dates.range-reversed',
      rule: 'A calendar range does not end before it starts, nor a time of day before its start.',
    },
    {
      code: 'dates.outside-plan-year',
      rule: "Calendar dates (and a recurrence's start, exception and added days) fall in the plan's year unless the activity sets outsidePlanYear.",
    },
    { code: 'schedule.unknown-time-zone', rule: 'A time of day names a time zone the IANA database knows.' },
  ],
  ReferenceData: [
    {
      code: 'ref.duplicate-id',
      rule: 'Member state ids are unique; the ids of working groups, partners, instruments, Annual Meetings and pledges are unique together.',
    },
    { code: 'ref.duplicate-code', rule: 'No two member states share an ISO 3166-1 alpha-3 code.' },
    { code: 'numbering.duplicate', rule: 'No two Annual Meetings share a number.' },
    { code: 'dates.range-reversed', rule: 'Memberships, suspensions and partner roles do not end before they start.' },
    {
      code: 'membership.periods-overlap',
      rule: "A member state's membership periods are listed oldest first and do not overlap.",
    },
    { code: 'membership.suspension-outside-period', rule: 'A suspension falls within its membership period.' },
    {
      code: 'ref.unknown-member-state',
      rule: 'Working-group leads, Annual Meeting hosts and member states that submit a pledge are member states.',
    },
    { code: 'ref.unknown-working-group', rule: "A pledge's working group is a working group of the reference data." },
    {
      code: 'ref.unknown-body',
      rule: 'A body that submits a pledge is a working group or partner of the reference data.',
    },
  ],
  PresidencyLedger: [
    { code: 'ref.duplicate-id', rule: 'Term and achievement ids are unique.' },
    { code: 'ref.unknown-member-state', rule: 'Every holder is a member state of the reference data.' },
    {
      code: 'presidency.holder-not-member',
      rule: 'Every holder was a member when its term began (the handover, else the year the term is named after).',
    },
    { code: 'ref.unknown-annual-meeting', rule: 'A handover names an Annual Meeting of the reference data.' },
    { code: 'dates.out-of-order', rule: 'Terms are listed oldest first.' },
    {
      code: 'presidency.terms-overlap',
      rule: 'No two terms share a label, and no term begins before the term before it.',
    },
  ],
  RotationSetup: [
    { code: 'ref.duplicate-id', rule: 'Member ids are unique, and an explicit order lists each member once.' },
    {
      code: 'rotation.unknown-member',
      rule: 'The order, the ledger, departures and overrides name only members of the setup.',
    },
    { code: 'rotation.order-mismatch', rule: 'An explicit order lists every member.' },
    {
      code: 'rotation.missing-name',
      rule: 'For an alphabetical order, every member has a sortKey or a name in the order’s language.',
    },
    {
      code: 'rotation.invalid-locale',
      rule: 'An alphabetical order’s locale is one this JavaScript runtime can collate in.',
    },
    { code: 'dates.range-reversed', rule: 'Memberships and suspensions do not end before they start.' },
    { code: 'rotation.invalid-label', rule: 'Term labels match the term length: "2024", "2024-H1" or "2024-03".' },
    { code: 'presidency.holder-not-member', rule: 'Every recorded holder was a member when its term began.' },
    { code: 'rotation.ledger-gap', rule: 'Recorded terms are consecutive.' },
    {
      code: 'presidency.terms-overlap',
      rule: 'No two recorded terms share a label, and no handover comes before the one before it.',
    },
    { code: 'dates.out-of-order', rule: 'Recorded terms are listed oldest first.' },
    {
      code: 'rotation.departure-needs-member',
      rule: 'A forfeited or declined turn names the member whose turn it was (inPlaceOf).',
    },
    { code: 'rotation.override-conflict', rule: 'Overrides are for terms after the ledger, one per term.' },
  ],
  PlanProgress: [
    { code: 'ref.duplicate-id', rule: 'Record and indicator ids are unique.' },
    { code: 'progress.plan-mismatch', rule: 'The progress names the plan it is checked against.' },
    { code: 'progress.duplicate-status', rule: 'No two records give a status for the same action on the same day.' },
    { code: 'ref.unknown-action', rule: "Every record's action is an action of the plan." },
    {
      code: 'progress.outside-term',
      rule: "Record days and measured periods fall within the plan's term (its handover, where recorded, to the end of its year).",
    },
    { code: 'ref.unknown-member-state', rule: 'A reporting member state is a member state of the reference data.' },
    { code: 'ref.unknown-body', rule: 'A reporting body is a working group or partner of the reference data.' },
    { code: 'ref.unknown-result', rule: "Every indicator's result is an expected result of the plan." },
    { code: 'dates.range-reversed', rule: 'A measured period does not end before it starts.' },
    {
      code: 'progress.disaggregation-mismatch',
      rule: 'For counts and amounts, each breakdown of a value adds up to the value.',
    },
  ],
  NationalActionPlan: [
    {
      code: 'ref.duplicate-id',
      rule: 'Commitment ids are unique; the focus areas a plan declares are unique and none is one of the five standard areas.',
    },
    { code: 'ref.unknown-member-state', rule: "The plan's state is a member state of the reference data." },
    { code: 'dates.range-reversed', rule: "The plan's period and each commitment's do not end before they start." },
    {
      code: 'ref.unknown-focus-area',
      rule: "Every commitment's focus area is one of the five standard areas or one the plan declares.",
    },
    { code: 'dates.outside-plan-period', rule: "A commitment's period lies within the plan's." },
    { code: 'ref.unknown-working-group', rule: 'The working groups a commitment names exist in the reference data.' },
    { code: 'ref.unknown-pledge', rule: 'The pledges a commitment names exist in the reference data.' },
  ],
  NationalPlanProgress: [
    { code: 'ref.duplicate-id', rule: 'Record and indicator ids are unique.' },
    { code: 'progress.plan-mismatch', rule: 'The progress names the national action plan it is checked against.' },
    {
      code: 'progress.duplicate-status',
      rule: 'No two records give a status for the same commitment on the same day.',
    },
    { code: 'ref.unknown-commitment', rule: 'Every record and indicator names a commitment of the plan.' },
    {
      code: 'dates.outside-plan-period',
      rule: "Record days, measured periods and reviewed years fall within the plan's period.",
    },
    { code: 'ref.unknown-member-state', rule: 'A reporting member state is a member state of the reference data.' },
    { code: 'ref.unknown-body', rule: 'A reporting body is a working group or partner of the reference data.' },
    {
      code: 'progress.status-regressed',
      rule: "A commitment's status that goes back from the one before it (not started < in progress or blocked < completed or dropped) gives a reason.",
    },
    { code: 'dates.range-reversed', rule: 'A measured period does not end before it starts.' },
    {
      code: 'progress.disaggregation-mismatch',
      rule: 'For counts and amounts, each breakdown of a value adds up to the value.',
    },
    { code: 'progress.duplicate-review', rule: 'No two reviews are of the same year.' },
  ],
  RegionalSupport: [
    { code: 'ref.duplicate-id', rule: 'The ids of pledges, contributions and Fund projects are unique together.' },
    { code: 'ref.unknown-working-group', rule: "A pledge's working group exists in the reference data." },
    {
      code: 'ref.unknown-member-state',
      rule: 'Submitting states, supported states and the states of Fund projects are member states of the reference data.',
    },
    {
      code: 'ref.unknown-body',
      rule: 'A submitting body is a working group or partner, and a contributor a partner, of the reference data.',
    },
    { code: 'ref.unknown-action', rule: 'The actions a pledge names are actions of the Regional Action Plan given.' },
    {
      code: 'ref.unknown-commitment',
      rule: 'The commitments a pledge or Fund project names are commitments of the national action plans given.',
    },
    {
      code: 'pledge.unlinked',
      rule: 'Every pledge is linked to a working group, an action of the Regional Action Plan or a national commitment.',
    },
    { code: 'support.unlinked', rule: 'Every contribution supports a member state, a focus area or a pledge.' },
    {
      code: 'ref.unknown-focus-area',
      rule: "A supported focus area is a standard one, or one the supported state's national action plan declares.",
    },
    { code: 'ref.unknown-pledge', rule: 'A supported pledge is a pledge of the document or of the reference data.' },
    { code: 'dates.range-reversed', rule: 'Contribution and project periods do not end before they start.' },
    {
      code: 'fund.currency-mismatch',
      rule: "Where the Fund states its total, its contributions and its projects' budgets are in the total's currency.",
    },
    {
      code: 'fund.total-mismatch',
      rule: "Where the Fund states its total, its contributions add up to it and its projects' budgets do not exceed it.",
    },
  ],
});
