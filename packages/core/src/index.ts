/**
 * `@mirps/core`: the MIRPS domain model. Zod schemas with their inferred types,
 * the parsers that check documents beyond their shape, and typed errors. The
 * schemas compile themselves (zod's `z.compile`) on their first `parse` or
 * `safeParse`, except where code generation is refused (`jitless`, a
 * Content-Security-Policy without 'unsafe-eval'): there zod's ordinary parser
 * answers, the same.
 * The embedded reference data and the 2023 plan live at `@mirps/core/data`.
 *
 * @packageDocumentation
 */

import type { ActionPlanContext, MirpsContext } from './context/mirps-context.js';
import { embeddedContext, withEmbeddedData, withEmbeddedRotationData } from './data/embedded-context.js';
import type { ActionPlan } from './model/action-plan.js';
import type { NationalActionPlan } from './model/national-action-plan.js';
import type { NationalPlanProgress } from './model/national-progress.js';
import type { PresidencyLedger } from './model/presidency-ledger.js';
import type { PlanProgress } from './model/progress.js';
import type { RegionalSupport } from './model/regional-support.js';
import * as planParsing from './parse/action-plan.js';
import { guardContext, languageOf, resolveContext } from './parse/context.js';
import * as nationalPlanParsing from './parse/national-action-plan.js';
import * as nationalProgressParsing from './parse/national-plan-progress.js';
import type { MirpsParseResult } from './parse/parse-result.js';
import * as progressParsing from './parse/plan-progress.js';
import * as ledgerParsing from './parse/presidency-ledger.js';
import * as supportParsing from './parse/regional-support.js';
import { unwrap } from './parse/validate-document.js';
import type { ProjectionRequest } from './rotation/create-rotation.js';
import type { MirpsRotationOptions } from './rotation/mirps-rotation.js';
import * as mirps from './rotation/mirps-rotation.js';
import type { Presidency, PresidencyOnDate, RotationVerdict } from './rotation/rotation-result.js';
import type { RotationSetup } from './rotation/rotation-setup.js';

export { deepFreeze } from './_lib/deep-freeze.js';
// Top-level documents: parse (throws) and safeParse (returns a result).
// (The parse functions that read reference data or a ledger are defined below, where the embedded data is their default.)
export type { ActionPlanContext, MirpsContext } from './context/mirps-context.js';
// The ids of the embedded data as literal types, for editors to complete (types only: the data is at @mirps/core/data).
export type { MirpsMemberStateId } from './data/member-states.js';
export type { MirpsWorkingGroupId } from './data/working-groups.js';
export { formatIssues, formatPath } from './errors/format-issues.js';
// Errors are data: issues with a code, a path and a message; one error class carries them.
export { MIRPS_ISSUE_CODES, type MirpsIssue, type MirpsIssueCode, type MirpsPath } from './errors/issue.js';
export {
  MirpsCalendarError,
  MirpsError,
  type MirpsErrorCode,
  MirpsReportError,
  MirpsRotationError,
  MirpsValidationError,
} from './errors/mirps-error.js';
export { describeValue } from './format/describe-value.js';
export { escapeMarkdown } from './format/escape-markdown.js';
export { isLanguage, LANGUAGES, type Language } from './i18n/language.js';
export { type Action, actionSchema } from './model/action.js';
// The Regional Action Plan.
export { type ActionPlan, actionPlanSchema, type PlanPresidency, planPresidencySchema } from './model/action-plan.js';
export { type AnnualMeeting, annualMeetingSchema } from './model/annual-meeting.js';
export {
  CALENDAR_CATEGORIES,
  type CalendarActivity,
  calendarActivitySchema,
  type TimeOfDay,
  timeOfDaySchema,
} from './model/calendar-activity.js';
export { type Commitment, commitmentSchema } from './model/commitment.js';
export { type CommitmentCount, commitmentCountSchema } from './model/commitment-count.js';
export { type DateRange, dateRangeSchema } from './model/date-range.js';
export { type ExpectedResult, expectedResultSchema } from './model/expected-result.js';
// The national level: national action plans, their commitments and progress, and the support of other countries.
export {
  FOCUS_AREAS,
  type FocusArea,
  focusAreaSchema,
  type StandardFocusArea,
} from './model/focus-area.js';
export { type FundProject, type FundResult, fundProjectSchema, fundResultSchema } from './model/fund-project.js';
// Building blocks.
export { type Id, idSchema, type MemberStateId, memberStateIdSchema } from './model/ids.js';
export { INSTRUMENT_KINDS, type Instrument, instrumentSchema } from './model/instrument.js';
export { isIllustrative } from './model/is-illustrative.js';
export { type LocalizedText, localizedTextSchema, textIn } from './model/localized-text.js';
export { type Location, locationSchema } from './model/location.js';
// Reference data.
export {
  type MemberState,
  type MembershipPeriod,
  memberStateSchema,
  membershipPeriodSchema,
  type Suspension,
  suspensionSchema,
} from './model/member-state.js';
export { type Money, moneySchema } from './model/money.js';
export {
  type NationalActionPlan,
  nationalActionPlanSchema,
  type TechnicalTeam,
  technicalTeamSchema,
} from './model/national-action-plan.js';
export {
  type CommitmentIndicator,
  type CommitmentRecord,
  commitmentIndicatorSchema,
  commitmentRecordSchema,
  type NationalPlanProgress,
  type NationalReview,
  nationalPlanProgressSchema,
  nationalReviewSchema,
} from './model/national-progress.js';
export { type Objective, objectiveSchema } from './model/objective.js';
export {
  type CalendarDay,
  calendarDaySchema,
  type DatePrecision,
  datePrecision,
  earliestDay,
  isCertainlyBefore,
  latestDay,
  type PartialDate,
  partialDateSchema,
  yearOf,
} from './model/partial-date.js';
export {
  PARTNER_KINDS,
  PARTNER_ROLES,
  type Partner,
  type PartnerRole,
  partnerRoleSchema,
  partnerSchema,
} from './model/partner.js';
export { type PlanParagraph, planParagraphSchema } from './model/plan-paragraph.js';
export { PLEDGE_SCOPES, PLEDGE_STATUSES, PLEDGE_TYPES, type Pledge, pledgeSchema } from './model/pledge.js';
export {
  EMPHASIS_GROUPS,
  EMPHASIS_SOURCES,
  type EmphasisGroup,
  type EmphasisSource,
  emphasisGroupSchema,
  emphasisSourceSchema,
  POPULATION_GROUPS,
  type PopulationGroup,
  populationGroupSchema,
} from './model/population-group.js';
export { type PresidencyLedger, presidencyLedgerSchema } from './model/presidency-ledger.js';
// The Pro-Tempore Presidency.
export {
  type Achievement,
  achievementSchema,
  type Handover,
  handoverSchema,
  PRESIDENCY_ASSIGNMENTS,
  type PresidencyTerm,
  presidencyTermSchema,
} from './model/presidency-term.js';
export { type Priority, prioritySchema } from './model/priority.js';
// Progress of a plan: status records per action, indicators per expected result.
export {
  ACTION_STATUSES,
  type ActionStatus,
  DISAGGREGATION_DIMENSIONS,
  type Disaggregation,
  disaggregationSchema,
  evidenceSchema,
  INDICATOR_UNITS,
  type Indicator,
  indicatorSchema,
  indicatorValueSchema,
  type PlanProgress,
  type ProgressRecord,
  planProgressSchema,
  progressRecordSchema,
  type Reporter,
  reporterSchema,
} from './model/progress.js';
export { type Quotation, quotationSchema } from './model/quotation.js';
export { type ReferenceData, referenceDataSchema } from './model/reference-data.js';
export {
  type MirpsFund,
  mirpsFundSchema,
  type RegionalSupport,
  regionalSupportSchema,
} from './model/regional-support.js';
export { type Schedule, scheduleSchema } from './model/schedule.js';
export { type Source, sourceSchema } from './model/source.js';
export { type SupportContribution, supportContributionSchema } from './model/support-contribution.js';
export {
  type HandoverCommitment,
  handoverCommitmentSchema,
  type MethodologyItem,
  methodologyItemSchema,
  type WorkMethodology,
  workMethodologySchema,
} from './model/work-methodology.js';
export { type WorkingGroup, workingGroupSchema } from './model/working-group.js';
export { parseCalendarActivities, safeParseCalendarActivities } from './parse/calendar-activities.js';
export type { ParseOptions } from './parse/language-option.js';
export type { MirpsParseResult } from './parse/parse-result.js';
export type { PresidencyLedgerContext } from './parse/presidency-ledger.js';
export { parseReferenceData, safeParseReferenceData } from './parse/reference-data.js';
export type { SupportLinks } from './parse/regional-support.js';
export {
  createRotation,
  MAX_PROJECTED_TERMS,
  type ProjectionRequest,
  type Rotation,
} from './rotation/create-rotation.js';
export {
  DEFAULT_MAX_EXPLAINED_MEMBERS,
  DEFAULT_MAX_FULL_EXPLANATION_ENTRIES,
  EXPLANATION_DETAILS,
  type ExplanationDetail,
  type RotationOptions,
} from './rotation/explanation-options.js';
// The Pro-Tempore Presidency rotation: the MIRPS rule, and the same engine for any rotating presidency.
// (The MIRPS rotation's functions are defined below, where the embedded data is their default.)
export { MIRPS_ROTATION_FROM, type MirpsRotationOptions } from './rotation/mirps-rotation.js';
export type {
  Presidency,
  PresidencyOnDate,
  RotationExplanation,
  RotationStep,
  RotationStepGroup,
  RotationStepReason,
  RotationVerdict,
  RotationVerdictKind,
} from './rotation/rotation-result.js';
export {
  DEPARTURE_KINDS,
  type Departure,
  departureSchema,
  type RecordedTerm,
  type RotationMember,
  type RotationOverride,
  type RotationSetup,
  recordedTermSchema,
  rotationIntervalSchema,
  rotationMemberSchema,
  rotationOrderSchema,
  rotationOverrideSchema,
  rotationSetupSchema,
} from './rotation/rotation-setup.js';
export { TERM_LENGTHS, type TermLength } from './rotation/term-label.js';
export { DOCUMENT_RULES, type DocumentRule } from './rules/document-rules.js';

// Entry points. The embedded MIRPS data is the default here, and only here: each function completes
// the caller's context with it and passes it on explicitly; nothing below reads the embedded data.

/**
 * A complete context, validated and frozen: the caller's reference data and
 * ledger, the embedded MIRPS data for what is missing (see
 * {@link ActionPlanContext}). Pass the result on to every later call: a
 * context parsed once is not checked again.
 *
 * @param context - Reference data and ledger; the embedded MIRPS data by default. `language` (`'en'` by default, or `'es'`) is the language of the issues' messages.
 * @throws {@link MirpsValidationError} when a given document is not valid (`error.document` names it), or the language is not one the SDK writes in.
 * @example
 * ```ts
 * import { parseContext, parseActionPlan } from '@mirps/core';
 * const context = parseContext({ reference: myReference, ledger: myLedger });
 * const plan = parseActionPlan(myPlan, context);
 * ```
 */
export function parseContext(context?: ActionPlanContext): MirpsContext {
  return unwrap(
    guardContext(context, () => {
      const complete = withEmbeddedData(context);
      return complete === embeddedContext
        ? { success: true, data: embeddedContext }
        : resolveContext(complete, languageOf(context));
    }),
  );
}

/**
 * Validates a Regional Action Plan and returns a result instead of throwing.
 *
 * Checks the shape (unknown keys are rejected: a misspelt field does not vanish
 * silently), then the rules: ids unique across the plan; every objective under
 * an existing priority and numbered under it (objective `1.x` under priority
 * 1); every action and result under an existing objective and numbered under
 * it; working groups and instruments exist in the reference data; the holder
 * was a member when the term began and matches the ledger; calendar ranges end
 * after they start and fall in the plan's year unless marked `outsidePlanYear`.
 * Rules run once the shape is right. When a given context document is invalid,
 * the error is about that document (`error.document`).
 *
 * The plan returned is a fresh copy, frozen all the way down. A plan returned
 * by `parseActionPlan` or `safeParseActionPlan` is accepted without being
 * validated again, in constant time, wherever the same context is given
 * (reference data and ledger, compared by identity): here, and by
 * {@link parsePlanProgress} and {@link planTerm}, so a call chain validates a
 * plan once. Against another context it is checked again.
 *
 * @param input - Any value, typically from `JSON.parse`.
 * @param context - Reference data and ledger to check against; the embedded MIRPS data by default. `language`: the language of the issues' messages (those of the context documents too), `'en'` (default) or `'es'`; any other value is refused (`shape.invalid-value`).
 * @example
 * ```ts
 * import { safeParseActionPlan, formatIssues } from '@mirps/core';
 * const result = safeParseActionPlan(JSON.parse('{"id": "plan"}'));
 * if (!result.success) console.log(formatIssues(result.error.issues));
 * const enEspañol = safeParseActionPlan(JSON.parse('{"id": "plan"}'), { language: 'es' });
 * if (!enEspañol.success) console.log(formatIssues(enEspañol.error.issues, { language: 'es' }));
 * ```
 */
export function safeParseActionPlan(input: unknown, context?: ActionPlanContext): MirpsParseResult<ActionPlan> {
  return guardContext(context, () =>
    planParsing.safeParseActionPlan(input, withEmbeddedData(context), languageOf(context)),
  );
}

/**
 * Validates a Regional Action Plan and returns it typed, or throws a
 * {@link MirpsValidationError} carrying every issue found.
 *
 * @param input - Any value, typically from `JSON.parse`.
 * @param context - Reference data and ledger to check against; the embedded MIRPS data by default. `language`: the language of the issues' messages, `'en'` (default) or `'es'`.
 * @returns The validated plan: a fresh copy, frozen; a plan this function returned, given back with the same context, is returned as it is, without being validated again.
 * @throws {@link MirpsValidationError} when the input (or a given context document) is not valid.
 * @example
 * ```ts
 * import { parseActionPlan } from '@mirps/core';
 * import { actionPlan2023 } from '@mirps/core/data';
 * const plan = parseActionPlan(JSON.parse(JSON.stringify(actionPlan2023)));
 * plan.actions.length; // 27
 * ```
 */
export function parseActionPlan(input: unknown, context?: ActionPlanContext): ActionPlan {
  return unwrap(safeParseActionPlan(input, context));
}

/**
 * Validates a presidency ledger and returns a result instead of throwing.
 *
 * Checks the shape, then: ids unique, holders are member states that were
 * members when their term began, handover meetings exist, terms oldest first,
 * no two terms with the same label, no term beginning before the one before it.
 * When `context.reference` is given and invalid, the result's error is about
 * that document (`error.document === 'ReferenceData'`).
 *
 * @param input - Any value, typically from `JSON.parse`.
 * @param context - What to check against; the embedded MIRPS reference data by default. `language`: the language of the issues' messages (those of the given reference data too), `'en'` (default) or `'es'`; any other value is refused (`shape.invalid-value`).
 * @example
 * ```ts
 * import { safeParsePresidencyLedger } from '@mirps/core';
 * const ledger = { terms: [{ id: 'presidency-2016', label: '2016', holder: 'PA', assignment: 'rotation', handover: { date: '2016' }, achievements: [] }] };
 * const result = safeParsePresidencyLedger(ledger);
 * result.success; // false: Panama was not yet a member in 2016
 * const enEspañol = safeParsePresidencyLedger(ledger, { language: 'es' });
 * if (!enEspañol.success) enEspañol.error.issues[0].message; // 'Panamá no era Estado miembro del MIRPS cuando comenzó el mandato (2016); se incorporó en …'
 * ```
 */
export function safeParsePresidencyLedger(
  input: unknown,
  context?: ledgerParsing.PresidencyLedgerContext,
): MirpsParseResult<PresidencyLedger> {
  return guardContext(context, () =>
    ledgerParsing.safeParsePresidencyLedger(input, withEmbeddedData(context), languageOf(context)),
  );
}

/**
 * Validates a presidency ledger and returns it typed, or throws a
 * {@link MirpsValidationError} carrying every issue.
 *
 * @param input - Any value, typically from `JSON.parse`.
 * @param context - What to check against; the embedded MIRPS reference data by default. `language`: the language of the issues' messages, `'en'` (default) or `'es'`.
 * @throws {@link MirpsValidationError} when the input (or the given reference data) is not valid, or the language is not one the SDK writes in.
 * @example
 * ```ts
 * import { parsePresidencyLedger } from '@mirps/core';
 * import { presidencyLedger } from '@mirps/core/data';
 * parsePresidencyLedger(presidencyLedger).terms.map((term) => term.holder); // ['MX', 'SV', 'GT', 'HN', 'PA', 'BZ', 'CR', 'SV']
 * ```
 */
export function parsePresidencyLedger(
  input: unknown,
  context?: ledgerParsing.PresidencyLedgerContext,
): PresidencyLedger {
  return unwrap(safeParsePresidencyLedger(input, context));
}

/**
 * Validates the progress of a plan and returns a result instead of throwing.
 *
 * Checks the shape, then: ids unique; the progress is about this plan; every
 * record points at an action of the plan and every indicator at one of its
 * expected results; records and measured periods fall inside the plan's term
 * (its handover, where recorded, to the end of its year); no two statuses for
 * the same action on the same day; reporters are member states or bodies of
 * the reference data; for counts and amounts, each breakdown adds up to its
 * total. The plan is validated too, unless {@link parseActionPlan} returned it
 * for the same context: a plan returned by `parseActionPlan` is accepted
 * without being validated again. The progress returned is a fresh copy, frozen;
 * given back with the same plan and context, it is accepted as it is.
 *
 * @param input - Any value, typically from `JSON.parse`.
 * @param plan - The plan the progress is about: validated too, unless {@link parseActionPlan} returned it for the same context.
 * @param context - Reference data and ledger, and the `language` of the issues' messages, as for {@link parseActionPlan}.
 * @example
 * ```ts
 * import { safeParsePlanProgress } from '@mirps/core';
 * import { actionPlan2023 } from '@mirps/core/data';
 * const result = safeParsePlanProgress(
 *   { plan: 'regional-action-plan-2023', records: [{ id: 'p1', action: 'action-9.9.9', date: '2023-05-01', status: 'completed', reportedBy: { memberState: 'PA' } }], indicators: [] },
 *   actionPlan2023,
 * );
 * result.success; // false: there is no action 9.9.9
 * ```
 */
export function safeParsePlanProgress(
  input: unknown,
  plan: ActionPlan,
  context?: ActionPlanContext,
): MirpsParseResult<PlanProgress> {
  return guardContext(context, () =>
    progressParsing.safeParsePlanProgress(input, plan, withEmbeddedData(context), languageOf(context)),
  );
}

/**
 * Validates the progress of a plan and returns it typed, or throws a
 * {@link MirpsValidationError} carrying every issue.
 *
 * @param input - Any value, typically from `JSON.parse`.
 * @param plan - The plan the progress is about: validated too, unless {@link parseActionPlan} returned it for the same context.
 * @param context - Reference data and ledger, and the `language` of the issues' messages, as for {@link parseActionPlan}.
 * @returns The validated progress: a fresh copy, frozen; progress this function returned, given back with the same plan and context, is returned as it is, without being validated again.
 * @throws {@link MirpsValidationError} when the progress (or the plan, or a context document) is not valid.
 * @example
 * ```ts
 * import { readFileSync } from 'node:fs';
 * import { parsePlanProgress } from '@mirps/core';
 * import { actionPlan2023 } from '@mirps/core/data';
 * const progress = parsePlanProgress(JSON.parse(readFileSync('progress.json', 'utf8')), actionPlan2023);
 * ```
 */
export function parsePlanProgress(input: unknown, plan: ActionPlan, context?: ActionPlanContext): PlanProgress {
  return unwrap(safeParsePlanProgress(input, plan, context));
}

/**
 * The days a plan's term covers, as `YYYY-MM-DD`: from its handover (where the
 * ledger records it) or the first day of its year, to the last day of its year.
 *
 * @param plan - A plan: validated here, unless {@link parseActionPlan} returned it for the same context (a plan returned by `parseActionPlan` is accepted without being validated again).
 * @param context - Reference data and ledger; the embedded MIRPS data by default. `language`: the language of the errors' messages, `'en'` (default) or `'es'`.
 * @throws {@link MirpsValidationError} when the plan (or a context document) is not valid, or the language is not one the SDK writes in.
 * @example
 * ```ts
 * import { planTerm } from '@mirps/core';
 * import { actionPlan2023 } from '@mirps/core/data';
 * planTerm(actionPlan2023); // { from: '2022-12-13', to: '2023-12-31' }
 * ```
 */
export function planTerm(plan: ActionPlan, context?: ActionPlanContext): { from: string; to: string } {
  return unwrap(
    guardContext(context, () => ({
      success: true,
      data: progressParsing.planTerm(plan, withEmbeddedData(context), languageOf(context)),
    })),
  );
}

/**
 * The MIRPS Pro-Tempore Presidency as a rotation setup: the member states in
 * alphabetical order of their Spanish names, each holding the presidency once
 * per cycle, a year per term, handed over at the Annual Meeting, with the
 * recorded ledger (2019 and 2020 before the mechanism). Plain JSON: copy it and
 * amend it for "what if" questions, then pass it to {@link createRotation}.
 *
 * @param options - Other reference data, ledger, known handovers or policies; left out (not `null`) for the defaults.
 * @throws {@link MirpsValidationError} when given reference data or a ledger that is not valid, or options that are not an object.
 * @example
 * ```ts
 * import { createRotation, mirpsRotationSetup } from '@mirps/core';
 * const setup = mirpsRotationSetup();
 * setup.order; // { kind: 'alphabetical', locale: 'es' }
 * createRotation({ ...setup, policies: { lateJoiners: 'next-cycle' } }).nextPresidency().holder; // 'GT'
 * ```
 */
export function mirpsRotationSetup(options?: MirpsRotationOptions): RotationSetup {
  return mirps.mirpsRotationSetup(withEmbeddedRotationData(mirps.readRotationOptions('mirpsRotationSetup', options)));
}

/**
 * Who holds the MIRPS Pro-Tempore Presidency next, and why: the term after the
 * ledger's last, its holder by the rotation rule, its expected handover (the
 * Annual Meeting; the date unknown unless given) and the explanation, step by
 * step, naming each member passed over and why.
 *
 * @param options - Other reference data, ledger, known handovers or policies, and how to explain (`explain`, see {@link RotationOptions}); left out (not `null`) for the embedded data and the defaults.
 * @throws {@link MirpsValidationError} when the options are not an object, or the data they give is not valid.
 * @example
 * ```ts
 * import { nextPresidency } from '@mirps/core';
 * const next = nextPresidency();
 * next.label; // '2027' (the sources report no holder after 2026)
 * next.holder; // 'GT'
 * next.projected; // true
 * console.log(next.explanation.text.join('\n'));
 * ```
 */
export function nextPresidency(options?: MirpsRotationOptions): Presidency {
  return mirps.nextPresidency(withEmbeddedRotationData(mirps.readRotationOptions('nextPresidency', options)));
}

/**
 * Successive projected MIRPS presidencies after the ledger, each marked as a
 * projection with its explanation: `{ count: n }` terms, or every term
 * `{ through: 'YYYY' }`.
 *
 * @param request - How many terms, and optionally other data and how to explain (see {@link MirpsRotationOptions}).
 * @throws {@link MirpsRotationError} for 0 terms, more than {@link MAX_PROJECTED_TERMS}, or a label that is not a year; {@link MirpsValidationError} for a request that is not an object.
 * @example
 * ```ts
 * import { projectPresidencies } from '@mirps/core';
 * projectPresidencies({ through: '2030' }).map((p) => `${p.label} ${p.holder}`);
 * // ['2027 GT', '2028 HN', '2029 MX', '2030 PA']
 * ```
 */
export function projectPresidencies(request: ProjectionRequest & MirpsRotationOptions): Presidency[] {
  const { request: projection, options } = mirps.readProjectionArguments('projectPresidencies', request);
  return mirps.projectPresidencies(projection, withEmbeddedRotationData(options));
}

/**
 * Who holds the MIRPS Pro-Tempore Presidency on a calendar day, aware of the
 * handover: before the handover day the outgoing holder still holds it. Beyond
 * the ledger, the projected holder, marked as a projection.
 *
 * @param date - A day as `YYYY-MM-DD`, or a `Date` (read in UTC), in the years 0001–9999.
 * @param options - Other data; left out (not `null`) for the embedded data.
 * @throws {@link MirpsRotationError} for a value that is not such a day (`rotation.invalid-date`), or a day before the ledger's first term.
 * @example
 * ```ts
 * import { presidencyOn } from '@mirps/core';
 * presidencyOn('2022-12-12').holder; // 'HN'
 * presidencyOn('2022-12-13').holder; // 'PA'
 * presidencyOn('2024-01-24').holder; // 'BZ' (the VI Annual Meeting)
 * ```
 */
export function presidencyOn(date: string | Date, options?: MirpsRotationOptions): PresidencyOnDate {
  return mirps.presidencyOn(date, withEmbeddedRotationData(mirps.readRotationOptions('presidencyOn', options)));
}

/**
 * Checks a MIRPS ledger against the rotation rule: one verdict per recorded
 * term: follows the rule, before the mechanism, a recorded departure with its
 * reason, or an unexplained departure with the holder the rule expected.
 *
 * @param ledger - The ledger to check; the embedded one by default. Validated.
 * @param options - Other reference data, policies, or how to explain (`explain`); left out (not `null`) for the defaults.
 * @example
 * ```ts
 * import { checkRotation } from '@mirps/core';
 * checkRotation().map((v) => `${v.label} ${v.verdict}`);
 * // ['2019 before-mechanism', '2020 before-mechanism', '2021 follows-rule', '2022 follows-rule', '2023 follows-rule',
 * //  '2024 follows-rule', '2025 follows-rule', '2026 follows-rule']
 * ```
 */
export function checkRotation(
  ledger?: PresidencyLedger,
  options?: Omit<MirpsRotationOptions, 'ledger'>,
): RotationVerdict[] {
  return mirps.checkRotation(
    withEmbeddedRotationData({
      ...mirps.readRotationOptions('checkRotation', options),
      ...(ledger === undefined ? {} : { ledger }),
    }),
  );
}

/**
 * The MIRPS presidency of the term labelled `label`: as the ledger records it
 * (with the rule's verdict as its explanation), or, beyond the ledger, as the
 * rule projects it. What a calendar or a memoir needs to name the incoming
 * presidency of a plan's successor term.
 *
 * @param label - A term label, e.g. `'2024'`; after the ledger's first term.
 * @param options - Other reference data, ledger, known handovers or policies, and how to explain; left out (not `null`) for the embedded data.
 * @throws {@link MirpsRotationError} for a label that is not a year (`rotation.invalid-label`), or before the ledger's first term (`rotation.before-ledger`).
 * @example
 * ```ts
 * import { presidencyOfTerm } from '@mirps/core';
 * presidencyOfTerm('2022').holder; // 'HN' (recorded)
 * presidencyOfTerm('2024').handover.date; // '2024-01-24' (recorded)
 * presidencyOfTerm('2027').projected; // true
 * ```
 */
export function presidencyOfTerm(label: string, options?: MirpsRotationOptions): Presidency {
  return mirps.presidencyOfTerm(
    label,
    withEmbeddedRotationData(mirps.readRotationOptions('presidencyOfTerm', options)),
  );
}

/**
 * Validates a member state's national action plan and returns a result instead
 * of throwing.
 *
 * Checks the shape, then: commitment ids unique; the focus areas the plan
 * declares are unique and not one of the five standard ones; the state is a
 * member state of the reference data; the plan's period and each commitment's
 * are in order, and each commitment's within the plan's; every commitment's
 * focus area is a standard one or one the plan declares, and its working
 * groups and pledges exist in the reference data. The plan returned is a fresh
 * copy, frozen; given back with the same context, it is accepted as it is.
 *
 * @param input - Any value, typically from `JSON.parse`.
 * @param context - Reference data and ledger, and the `language` of the issues' messages, as for {@link parseActionPlan}.
 * @example
 * ```ts
 * import { safeParseNationalActionPlan } from '@mirps/core';
 * const result = safeParseNationalActionPlan({
 *   id: 'national-plan-example', memberState: 'PA', name: { en: 'An example plan' }, version: '1',
 *   period: { start: '2024-01-01', end: '2026-12-31' },
 *   technicalTeam: { institutions: ['Ministry of Government'], focalPoint: { institution: 'Ministry of Government' } },
 *   commitments: [{ id: 'pa-c01', text: { en: 'An example commitment' }, focusArea: 'housing', responsibleInstitutions: ['Ministry of Housing'] }],
 * });
 * result.success; // false: "housing" is neither a standard focus area nor one the plan declares
 * ```
 */
export function safeParseNationalActionPlan(
  input: unknown,
  context?: ActionPlanContext,
): MirpsParseResult<NationalActionPlan> {
  return guardContext(context, () =>
    nationalPlanParsing.safeParseNationalActionPlan(input, withEmbeddedData(context), languageOf(context)),
  );
}

/**
 * Validates a national action plan and returns it, frozen; throws a
 * {@link MirpsValidationError} listing every issue otherwise. The checks are
 * those of {@link safeParseNationalActionPlan}.
 *
 * @param input - Any value, typically from `JSON.parse`.
 * @param context - Reference data and ledger, and the `language` of the issues' messages, as for {@link parseActionPlan}.
 * @example
 * ```ts
 * import { readFileSync } from 'node:fs';
 * import { parseNationalActionPlan } from '@mirps/core';
 * const plan = parseNationalActionPlan(JSON.parse(readFileSync('examples/national/national-plan.example.json', 'utf8')));
 * plan.commitments.length; // 12
 * ```
 */
export function parseNationalActionPlan(input: unknown, context?: ActionPlanContext): NationalActionPlan {
  return unwrap(safeParseNationalActionPlan(input, context));
}

/**
 * Validates the progress of a national action plan and returns a result
 * instead of throwing.
 *
 * Checks the shape, then: record and indicator ids unique; the progress is
 * about this plan; every record and indicator names a commitment of the plan;
 * record days, measured periods and reviewed years fall within the plan's
 * period; no two statuses for one commitment on one day, and no two reviews of
 * one year; reporters are member states or bodies of the reference data; a
 * status that goes back from the one before it (by day) says why in `reason`;
 * for counts and amounts, each breakdown adds up to its total. The plan is
 * validated too, unless {@link parseNationalActionPlan} returned it for the
 * same context. The progress returned is a fresh copy, frozen.
 *
 * @param input - Any value, typically from `JSON.parse`.
 * @param plan - The national action plan the progress is about.
 * @param context - Reference data and ledger, and the `language` of the issues' messages, as for {@link parseActionPlan}.
 * @example
 * ```ts
 * import { readFileSync } from 'node:fs';
 * import { parseNationalActionPlan, safeParseNationalPlanProgress } from '@mirps/core';
 * const plan = parseNationalActionPlan(JSON.parse(readFileSync('examples/national/national-plan.example.json', 'utf8')));
 * const result = safeParseNationalPlanProgress(
 *   { plan: plan.id, records: [{ id: 'r1', commitment: 'xx-c99', date: '2025-03-01', status: 'completed' }], indicators: [], reviews: [] },
 *   plan,
 * );
 * result.success; // false: the plan has no commitment xx-c99
 * ```
 */
export function safeParseNationalPlanProgress(
  input: unknown,
  plan: NationalActionPlan,
  context?: ActionPlanContext,
): MirpsParseResult<NationalPlanProgress> {
  return guardContext(context, () =>
    nationalProgressParsing.safeParseNationalPlanProgress(input, plan, withEmbeddedData(context), languageOf(context)),
  );
}

/**
 * Validates the progress of a national action plan and returns it, frozen;
 * throws a {@link MirpsValidationError} listing every issue otherwise. The
 * checks are those of {@link safeParseNationalPlanProgress}.
 *
 * @param input - Any value, typically from `JSON.parse`.
 * @param plan - The national action plan the progress is about.
 * @param context - Reference data and ledger, and the `language` of the issues' messages, as for {@link parseActionPlan}.
 * @example
 * ```ts
 * import { readFileSync } from 'node:fs';
 * import { parseNationalActionPlan, parseNationalPlanProgress } from '@mirps/core';
 * const read = (file: string): unknown => JSON.parse(readFileSync(`examples/national/${file}`, 'utf8'));
 * const plan = parseNationalActionPlan(read('national-plan.example.json'));
 * parseNationalPlanProgress(read('national-progress.example.json'), plan).reviews.length; // 2
 * ```
 */
export function parseNationalPlanProgress(
  input: unknown,
  plan: NationalActionPlan,
  context?: ActionPlanContext,
): NationalPlanProgress {
  return unwrap(safeParseNationalPlanProgress(input, plan, context));
}

/**
 * Validates the support of other countries in a year (pledges, Support
 * Platform contributions, the MIRPS Fund) and returns a result instead of
 * throwing.
 *
 * Checks the shape, then: ids unique; working groups, submitters, partners,
 * member states and pledges exist in the reference data (or, for pledges, in
 * the document); the actions and commitments a pledge or Fund project names
 * belong to the plans given in `links`; every pledge is linked to a working
 * group, an action or a commitment, and every contribution supports a member
 * state, a focus area or a pledge; a focus area that is not standard is one
 * the supported state's national plan declares; spans are in order; and where
 * the Fund states its total, its contributions add up to it in its currency
 * and its projects' budgets do not exceed it. The plans in `links` are
 * validated too; their issues come under their place there.
 *
 * @param input - Any value, typically from `JSON.parse`.
 * @param links - The national action plans and the Regional Action Plan the document's links name.
 * @param context - Reference data and ledger, and the `language` of the issues' messages, as for {@link parseActionPlan}.
 * @example
 * ```ts
 * import { safeParseRegionalSupport } from '@mirps/core';
 * const result = safeParseRegionalSupport(
 *   { id: 'support-2024', year: 2024, pledges: [], contributions: [], fund: {
 *     contributions: [{ contributor: 'spain', amount: { amount: 900000, currency: 'EUR' } }],
 *     total: { amount: 1000000, currency: 'EUR' }, projects: [] } },
 *   { nationalPlans: [] },
 * );
 * result.success; // false: the contributions do not add up to the total
 * ```
 */
export function safeParseRegionalSupport(
  input: unknown,
  links: supportParsing.SupportLinks,
  context?: ActionPlanContext,
): MirpsParseResult<RegionalSupport> {
  return guardContext(context, () =>
    supportParsing.safeParseRegionalSupport(input, links, withEmbeddedData(context), languageOf(context)),
  );
}

/**
 * Validates the support of other countries in a year and returns it, frozen;
 * throws a {@link MirpsValidationError} listing every issue otherwise. The
 * checks are those of {@link safeParseRegionalSupport}.
 *
 * @param input - Any value, typically from `JSON.parse`.
 * @param links - The national action plans and the Regional Action Plan the document's links name.
 * @param context - Reference data and ledger, and the `language` of the issues' messages, as for {@link parseActionPlan}.
 * @example
 * ```ts
 * import { readFileSync } from 'node:fs';
 * import { parseNationalActionPlan, parseRegionalSupport } from '@mirps/core';
 * import { actionPlan2023 } from '@mirps/core/data';
 * const read = (file: string): unknown => JSON.parse(readFileSync(`examples/national/${file}`, 'utf8'));
 * const plan = parseNationalActionPlan(read('national-plan.example.json'));
 * const support = parseRegionalSupport(read('regional-support.example.json'), { nationalPlans: [plan], regionalPlan: actionPlan2023 });
 * support.fund?.projects.length; // 2
 * ```
 */
export function parseRegionalSupport(
  input: unknown,
  links: supportParsing.SupportLinks,
  context?: ActionPlanContext,
): RegionalSupport {
  return unwrap(safeParseRegionalSupport(input, links, context));
}
