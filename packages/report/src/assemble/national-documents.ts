import {
  type ActionPlan,
  type ActionPlanContext,
  describeValue,
  type Language,
  type MirpsContext,
  type MirpsIssue,
  type MirpsParseResult,
  type MirpsPath,
  MirpsValidationError,
  type NationalActionPlan,
  type NationalPlanProgress,
  type PlanProgress,
  safeParseActionPlan,
  safeParseNationalActionPlan,
  safeParseNationalPlanProgress,
  safeParsePlanProgress,
} from '@mirps/core';
import { isArray } from '../_lib/is-array.js';
import { messages } from '../i18n/messages.js';
import { readFields, refusal } from './report-options.js';

// The plans and their progress that the annual report and the exports take, as `{ national: [{ plan, progress }] }`
// and `{ regional: { plan, progress } }`: each entry read once, each document validated by core's parsers against the
// context, its issues under its place in the input (`national[1].progress.records[0].commitment`). A document the
// parsers returned is accepted as it is. Their issues are written in the language of the report or export.

/** A national action plan with its progress, validated, and the entry's other fields as read. */
export interface NationalDocuments<K extends string> {
  readonly plan: NationalActionPlan;
  readonly progress: NationalPlanProgress;
  readonly fields: Partial<Record<K, unknown>>;
}

/** The Regional Action Plan with its progress, validated, and the entry's other fields as read. */
export interface RegionalDocuments<K extends string> {
  readonly plan: ActionPlan;
  readonly progress: PlanProgress;
  readonly fields: Partial<Record<K, unknown>>;
}

/** The document of a parse, or its issues thrown again under `at` (e.g. `['national', 2, 'plan']`). */
export function parsedAt<T>(at: MirpsPath, result: MirpsParseResult<T>, language: Language): T {
  if (result.success) return result.data;
  const issues: MirpsIssue[] = result.error.issues.map((issue) => ({ ...issue, path: [...at, ...issue.path] }));
  throw new MirpsValidationError(result.error.document, issues, language);
}

const shapeOf = (more: readonly string[]): string => `{ ${['plan', 'progress', ...more].join(', ')} }`;

/** How one kind of plan and its progress are validated: core's two parsers, against a context with the language. */
interface PlanParsers<P, Q> {
  readonly plan: (input: unknown, context: ActionPlanContext) => MirpsParseResult<P>;
  readonly progress: (input: unknown, plan: P, context: ActionPlanContext) => MirpsParseResult<Q>;
}

/** An entry `{ plan, progress, ...more }` at `at`, read once; its plan and progress validated under their places. */
function readEntry<P, Q, K extends string>(
  entry: unknown,
  at: MirpsPath,
  parsers: PlanParsers<P, Q>,
  context: ActionPlanContext,
  more: readonly K[],
): { plan: P; progress: Q; fields: Partial<Record<K, unknown>> } {
  const language = context.language ?? 'en';
  const { plan, progress, ...fields } = readFields(
    entry,
    ['plan', 'progress', ...more],
    { path: at, shape: shapeOf(more) },
    language,
  );
  const checkedPlan = parsedAt([...at, 'plan'], parsers.plan(plan, context), language);
  const checkedProgress = parsedAt([...at, 'progress'], parsers.progress(progress, checkedPlan, context), language);
  return { plan: checkedPlan, progress: checkedProgress, fields: fields as Partial<Record<K, unknown>> };
}

const NATIONAL: PlanParsers<NationalActionPlan, NationalPlanProgress> = {
  plan: safeParseNationalActionPlan,
  progress: safeParseNationalPlanProgress,
};

const REGIONAL: PlanParsers<ActionPlan, PlanProgress> = { plan: safeParseActionPlan, progress: safeParsePlanProgress };

/**
 * The input's `national` list: each entry an object `{ plan, progress }` (and
 * the fields `more`, read for the caller), its plan and progress validated
 * against the context at `national[i].plan` and `national[i].progress`.
 */
export function readNationalDocuments<K extends string = never>(
  national: unknown,
  context: MirpsContext,
  language: Language,
  more: readonly K[] = [],
): Array<NationalDocuments<K>> {
  if (!isArray(national)) {
    const shape = `[${shapeOf(more)}]`;
    throw refusal(['national'], messages(language).notAList('national', shape, describeValue(national, language)));
  }
  return Array.from(national, (entry, i) =>
    readEntry(entry, ['national', i], NATIONAL, { ...context, language }, more),
  );
}

/**
 * The input's `regional` entry: an object `{ plan, progress }` (and the fields
 * `more`), its plan and progress validated against the context at
 * `regional.plan` and `regional.progress`.
 */
export function readRegionalDocuments<K extends string = never>(
  regional: unknown,
  context: MirpsContext,
  language: Language,
  more: readonly K[] = [],
): RegionalDocuments<K> {
  return readEntry(regional, ['regional'], REGIONAL, { ...context, language }, more);
}
