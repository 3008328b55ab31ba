/**
 * `@mirps/core`: the MIRPS domain model. Zod schemas with their inferred types,
 * the parsers that check documents beyond their shape, and typed errors.
 * The embedded reference data and the 2023 plan live at `@mirps/core/data`.
 *
 * @packageDocumentation
 */

// Errors are data: issues with a code, a path and a message; one error class carries them.
export { MIRPS_ISSUE_CODES, type MirpsIssue, type MirpsIssueCode, type MirpsPath } from './errors/issue.js';
export { MirpsError, MirpsValidationError, MirpsRotationError, MirpsCalendarError, MirpsReportError, type MirpsErrorCode } from './errors/mirps-error.js';
export { formatIssues, formatPath } from './errors/format-issues.js';

// Top-level documents: parse (throws) and safeParse (returns a result).
export { parseActionPlan, safeParseActionPlan, type ActionPlanContext } from './parse/action-plan.js';
export { parseReferenceData, safeParseReferenceData } from './parse/reference-data.js';
export { parseCalendarActivities, safeParseCalendarActivities } from './parse/calendar-activities.js';
export { parsePlanProgress, safeParsePlanProgress, planTerm } from './parse/plan-progress.js';
export { parsePresidencyLedger, safeParsePresidencyLedger, type PresidencyLedgerContext } from './parse/presidency-ledger.js';
export type { MirpsParseResult } from './parse/parse-result.js';
export { DOCUMENT_RULES, type DocumentRule } from './rules/document-rules.js';

// Building blocks.
export { idSchema, memberStateIdSchema, type Id, type MemberStateId } from './model/ids.js';
export { localizedTextSchema, type LocalizedText } from './model/localized-text.js';
export { sourceSchema, type Source } from './model/source.js';
export {
  partialDateSchema,
  calendarDaySchema,
  datePrecision,
  earliestDay,
  latestDay,
  yearOf,
  isCertainlyBefore,
  type PartialDate,
  type CalendarDay,
  type DatePrecision,
} from './model/partial-date.js';
export { dateRangeSchema, type DateRange } from './model/date-range.js';
export { locationSchema, type Location } from './model/location.js';
export {
  POPULATION_GROUPS,
  populationGroupSchema,
  EMPHASIS_GROUPS,
  emphasisGroupSchema,
  type PopulationGroup,
  type EmphasisGroup,
} from './model/population-group.js';

// Reference data.
export {
  memberStateSchema,
  membershipPeriodSchema,
  suspensionSchema,
  type MemberState,
  type MembershipPeriod,
  type Suspension,
} from './model/member-state.js';
export { workingGroupSchema, type WorkingGroup } from './model/working-group.js';
export { INSTRUMENT_KINDS, instrumentSchema, type Instrument } from './model/instrument.js';
export { PARTNER_KINDS, PARTNER_ROLES, partnerSchema, partnerRoleSchema, type Partner, type PartnerRole } from './model/partner.js';
export { annualMeetingSchema, type AnnualMeeting } from './model/annual-meeting.js';
export { referenceDataSchema, type ReferenceData } from './model/reference-data.js';

// The Pro-Tempore Presidency.
export {
  PRESIDENCY_ASSIGNMENTS,
  presidencyTermSchema,
  achievementSchema,
  handoverSchema,
  type PresidencyTerm,
  type Achievement,
  type Handover,
} from './model/presidency-term.js';
export { presidencyLedgerSchema, type PresidencyLedger } from './model/presidency-ledger.js';

// The Regional Action Plan.
export { actionPlanSchema, planPresidencySchema, type ActionPlan, type PlanPresidency } from './model/action-plan.js';
export { prioritySchema, type Priority } from './model/priority.js';
export { objectiveSchema, type Objective } from './model/objective.js';
export { actionSchema, type Action } from './model/action.js';
export { expectedResultSchema, type ExpectedResult } from './model/expected-result.js';
export {
  workMethodologySchema,
  methodologyItemSchema,
  handoverCommitmentSchema,
  type WorkMethodology,
  type MethodologyItem,
  type HandoverCommitment,
} from './model/work-methodology.js';
export { scheduleSchema, type Schedule } from './model/schedule.js';
export { CALENDAR_CATEGORIES, calendarActivitySchema, timeOfDaySchema, type CalendarActivity, type TimeOfDay } from './model/calendar-activity.js';

// The Pro-Tempore Presidency rotation: the MIRPS rule, and the same engine for any rotating presidency.
export {
  nextPresidency,
  projectPresidencies,
  presidencyOn,
  checkRotation,
  presidencyOfTerm,
  mirpsRotationSetup,
  MIRPS_ROTATION_FROM,
  type MirpsRotationOptions,
} from './rotation/mirps-rotation.js';
export { createRotation, MAX_PROJECTED_TERMS, type Rotation, type ProjectionRequest } from './rotation/create-rotation.js';
export {
  rotationSetupSchema,
  rotationMemberSchema,
  rotationIntervalSchema,
  rotationOrderSchema,
  recordedTermSchema,
  rotationOverrideSchema,
  departureSchema,
  DEPARTURE_KINDS,
  type RotationSetup,
  type RotationMember,
  type RecordedTerm,
  type RotationOverride,
  type Departure,
} from './rotation/rotation-setup.js';
export { TERM_LENGTHS, type TermLength } from './rotation/term-label.js';
export type {
  Presidency,
  PresidencyOnDate,
  RotationExplanation,
  RotationStep,
  RotationStepReason,
  RotationVerdict,
  RotationVerdictKind,
} from './rotation/rotation-result.js';

// Progress of a plan: status records per action, indicators per expected result.
export {
  ACTION_STATUSES,
  INDICATOR_UNITS,
  DISAGGREGATION_DIMENSIONS,
  planProgressSchema,
  progressRecordSchema,
  indicatorSchema,
  indicatorValueSchema,
  disaggregationSchema,
  reporterSchema,
  evidenceSchema,
  type ActionStatus,
  type PlanProgress,
  type ProgressRecord,
  type Indicator,
  type Disaggregation,
  type Reporter,
} from './model/progress.js';
