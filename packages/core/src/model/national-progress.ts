import { z } from 'zod';
import { compiledOnFirstUse } from '../_lib/compiled-schema.js';
import { idSchema } from './ids.js';
import { localizedTextSchema } from './localized-text.js';
import { calendarDaySchema } from './partial-date.js';
import { ACTION_STATUSES, evidenceSchema, indicatorSchema, reporterSchema } from './progress.js';
import { sourcesField } from './source.js';

/**
 * A dated statement of where one commitment of a national action plan stands,
 * with its evidence. A status that goes back (a completed commitment in
 * progress again, a dropped one reopened) says why in `reason`.
 *
 * @example
 * ```ts
 * import { commitmentRecordSchema } from '@mirps/core';
 * commitmentRecordSchema.parse({ id: 'xx-r01', commitment: 'xx-c01', date: '2024-06-30', status: 'in-progress' });
 * ```
 */
export const commitmentRecordSchema = /* @__PURE__ */ compiledOnFirstUse(
  /* @__PURE__ */ z
    .strictObject({
      id: idSchema,
      /** The id of the commitment of the plan. */
      commitment: idSchema,
      /** The day the status was reported. */
      date: calendarDaySchema,
      status: z.enum(ACTION_STATUSES),
      /** Who reported it; the plan's own state where absent. */
      reportedBy: reporterSchema.optional(),
      /** Why the status goes back from the one before it; required when it does. */
      reason: localizedTextSchema.optional(),
      note: localizedTextSchema.optional(),
      evidence: z.array(evidenceSchema).optional(),
      sources: sourcesField,
    })
    .meta({ title: 'CommitmentRecord', description: 'A dated statement of where one commitment stands.' }),
);

/**
 * An indicator of a commitment: the indicator model of the regional plan's
 * results (unit, baseline, target, actual values by period with their
 * disaggregation), measuring a commitment instead of an expected result.
 *
 * @example
 * ```ts
 * import { commitmentIndicatorSchema } from '@mirps/core';
 * commitmentIndicatorSchema.parse({
 *   id: 'xx-i01', commitment: 'xx-c01', title: { en: 'Reception offices open' }, unit: 'count',
 *   baseline: { value: 3, date: '2023-12-31' }, target: { value: 5, date: '2026-12-31' }, actuals: [],
 * });
 * ```
 */
export const commitmentIndicatorSchema = /* @__PURE__ */ compiledOnFirstUse(
  /* @__PURE__ */ indicatorSchema
    .omit({ result: true })
    .extend({ commitment: idSchema.meta({ description: 'The id of the commitment it measures.' }) })
    .meta({
      title: 'CommitmentIndicator',
      description: 'An indicator of a commitment: unit, baseline, target and actual values.',
    }),
);

/**
 * What a state says of its plan's year, for its chapter of the MIRPS Annual
 * Report: its achievements, its challenges and its priorities ahead (the
 * country pages' "Latest achievements" and "Looking ahead").
 *
 * @example
 * ```ts
 * import { nationalReviewSchema } from '@mirps/core';
 * nationalReviewSchema.parse({ year: 2024, achievements: [{ en: 'Two reception offices opened.' }], challenges: [], priorities: [] });
 * ```
 */
export const nationalReviewSchema = /* @__PURE__ */ compiledOnFirstUse(
  /* @__PURE__ */ z
    .strictObject({
      /** The year reviewed. */
      year: z.int().min(2017).max(2999),
      achievements: z.array(localizedTextSchema),
      challenges: z.array(localizedTextSchema),
      /** The priorities for the years ahead. */
      priorities: z.array(localizedTextSchema),
      sources: sourcesField,
    })
    .meta({
      title: 'NationalReview',
      description: "A state's achievements, challenges and priorities for one year of its national action plan.",
    }),
);

/**
 * The progress of a national action plan: dated status records of its
 * commitments, indicators of them, and the yearly reviews its chapter of the
 * annual report is written from. Validate it with `parseNationalPlanProgress`.
 *
 * @example
 * ```ts
 * import { nationalPlanProgressSchema } from '@mirps/core';
 * nationalPlanProgressSchema.parse({ plan: 'national-plan-xx-2024', records: [], indicators: [], reviews: [] });
 * ```
 */
export const nationalPlanProgressSchema = /* @__PURE__ */ compiledOnFirstUse(
  /* @__PURE__ */ z
    .strictObject({
      /** The id of the national action plan this progress is about. */
      plan: idSchema,
      records: z.array(commitmentRecordSchema),
      indicators: z.array(commitmentIndicatorSchema),
      reviews: z.array(nationalReviewSchema),
      sources: sourcesField,
    })
    .meta({
      title: 'NationalPlanProgress',
      description: 'Status records, indicators and yearly reviews of a national action plan.',
    }),
);

/**
 * A status record of a commitment.
 *
 * @example
 * ```ts
 * import type { CommitmentRecord } from '@mirps/core';
 * const record: CommitmentRecord = { id: 'r1', commitment: 'xx-c01', date: '2024-12-31', status: 'completed' };
 * ```
 */
export type CommitmentRecord = z.infer<typeof commitmentRecordSchema>;
/**
 * An indicator of a commitment.
 *
 * @example
 * ```ts
 * import type { CommitmentIndicator } from '@mirps/core';
 * const indicator: CommitmentIndicator = {
 *   id: 'i1', commitment: 'xx-c01', title: { en: 'Offices open' }, unit: 'count', target: { value: 5, date: '2026' }, actuals: [],
 * };
 * ```
 */
export type CommitmentIndicator = z.infer<typeof commitmentIndicatorSchema>;
/**
 * A yearly review of a national action plan.
 *
 * @example
 * ```ts
 * import type { NationalReview } from '@mirps/core';
 * const review: NationalReview = { year: 2024, achievements: [], challenges: [{ es: 'Financiamiento insuficiente.' }], priorities: [] };
 * ```
 */
export type NationalReview = z.infer<typeof nationalReviewSchema>;
/**
 * The progress of a national action plan.
 *
 * @example
 * ```ts
 * import type { NationalPlanProgress } from '@mirps/core';
 * const progress: NationalPlanProgress = { plan: 'national-plan-xx-2024', records: [], indicators: [], reviews: [] };
 * ```
 */
export type NationalPlanProgress = z.infer<typeof nationalPlanProgressSchema>;
