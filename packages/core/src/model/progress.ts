import { z } from 'zod';
import { compiledOnFirstUse } from '../_lib/compiled-schema.js';
import { deepFreeze } from '../_lib/deep-freeze.js';
import { idSchema, memberStateIdSchema } from './ids.js';
import { localizedLineSchema, localizedTextSchema } from './localized-text.js';
import { nonBlankString } from './non-blank-string.js';
import { calendarDaySchema, partialDateSchema } from './partial-date.js';
import { populationGroupSchema } from './population-group.js';
import { sourcesField } from './source.js';
import { webAddressSchema } from './web-address.js';

/**
 * Where an action stands: not started, in progress, completed, blocked, or
 * dropped.
 *
 * @example
 * ```ts
 * import { ACTION_STATUSES } from '@mirps/core';
 * ACTION_STATUSES.includes('blocked'); // true
 * ```
 */
export const ACTION_STATUSES = deepFreeze(['not-started', 'in-progress', 'completed', 'blocked', 'dropped'] as const);

/**
 * Who reports: a member state (by its code) or a body of the reference data
 * (a working group or partner, by its id).
 *
 * @example
 * ```ts
 * import { reporterSchema } from '@mirps/core';
 * reporterSchema.parse({ memberState: 'PA' });
 * reporterSchema.parse({ body: 'wg-local-governance' });
 * ```
 */
export const reporterSchema = /* @__PURE__ */ compiledOnFirstUse(
  /* @__PURE__ */ z
    .union([z.strictObject({ memberState: memberStateIdSchema }), z.strictObject({ body: idSchema })])
    .meta({ title: 'Reporter', description: 'The member state or body that reports.' }),
);

/**
 * Evidence behind a progress record: a document or page, with its address.
 *
 * @example
 * ```ts
 * import { evidenceSchema } from '@mirps/core';
 * evidenceSchema.parse({ title: { en: 'Minutes of the plenary' }, url: 'https://example.org/minutes.pdf' });
 * ```
 */
export const evidenceSchema = /* @__PURE__ */ compiledOnFirstUse(
  /* @__PURE__ */ z
    .strictObject({
      title: localizedLineSchema,
      url: webAddressSchema.optional(),
      note: localizedTextSchema.optional(),
    })
    .meta({ title: 'Evidence', description: 'A document or page that supports a progress record.' }),
);

/**
 * A dated statement of where one action of a plan stands, by whom, with a note
 * and evidence. The latest record on or before a day gives the action's status
 * that day.
 *
 * @example
 * ```ts
 * import { progressRecordSchema } from '@mirps/core';
 * progressRecordSchema.parse({ id: 'progress-1', action: 'action-1.1.1', date: '2023-04-20', status: 'in-progress', reportedBy: { memberState: 'MX' } });
 * ```
 */
export const progressRecordSchema = /* @__PURE__ */ compiledOnFirstUse(
  /* @__PURE__ */ z
    .strictObject({
      id: idSchema,
      /** The id of the action of the plan. */
      action: idSchema,
      /** The day the status was reported. */
      date: calendarDaySchema,
      status: z.enum(ACTION_STATUSES),
      reportedBy: reporterSchema,
      note: localizedTextSchema.optional(),
      evidence: z.array(evidenceSchema).optional(),
      sources: sourcesField,
    })
    .meta({ title: 'ProgressRecord', description: 'A dated statement of where one action stands.' }),
);

/**
 * The units an indicator is measured in. Counts, days and amounts add up
 * across a disaggregation; percentages and ratios do not.
 *
 * @example
 * ```ts
 * import { INDICATOR_UNITS } from '@mirps/core';
 * INDICATOR_UNITS; // ['count', 'percent', 'days', 'ratio', 'usd']
 * ```
 */
export const INDICATOR_UNITS = deepFreeze(['count', 'percent', 'days', 'ratio', 'usd'] as const);

/** The units whose values add up across a disaggregation. */
export const ADDITIVE_UNITS: ReadonlySet<string> = new Set(['count', 'usd']);

/**
 * The dimensions an indicator's values are broken down by: sex, age group and
 * population group ("statistical reports with disaggregated data").
 *
 * @example
 * ```ts
 * import { DISAGGREGATION_DIMENSIONS } from '@mirps/core';
 * DISAGGREGATION_DIMENSIONS; // ['sex', 'age-group', 'population-group']
 * ```
 */
export const DISAGGREGATION_DIMENSIONS = deepFreeze(['sex', 'age-group', 'population-group'] as const);

/**
 * One breakdown of a value: by sex (`female`, `male`, `other`), by age group
 * (`0-17`, `18-59`, `60+`), or by population group.
 *
 * @example
 * ```ts
 * import { disaggregationSchema } from '@mirps/core';
 * disaggregationSchema.parse({ dimension: 'sex', values: [{ category: 'female', value: 120 }, { category: 'male', value: 80 }] });
 * ```
 */
export const disaggregationSchema = /* @__PURE__ */ compiledOnFirstUse(
  /* @__PURE__ */ z
    .discriminatedUnion('dimension', [
      z.strictObject({
        dimension: z.literal('sex'),
        values: z
          .array(z.strictObject({ category: z.enum(['female', 'male', 'other']), value: z.number().min(0) }))
          .min(1),
      }),
      z.strictObject({
        dimension: z.literal('age-group'),
        values: z
          .array(z.strictObject({ category: z.enum(['0-17', '18-59', '60+']), value: z.number().min(0) }))
          .min(1),
      }),
      z.strictObject({
        dimension: z.literal('population-group'),
        values: z.array(z.strictObject({ category: populationGroupSchema, value: z.number().min(0) })).min(1),
      }),
    ])
    .meta({ title: 'Disaggregation', description: 'A breakdown of a value by sex, age group or population group.' }),
);

/**
 * A measured value for a period, with its breakdowns.
 *
 * @example
 * ```ts
 * import { indicatorValueSchema } from '@mirps/core';
 * indicatorValueSchema.parse({ period: { start: '2023-01-01', end: '2023-06-30' }, value: 200 });
 * ```
 */
export const indicatorValueSchema = /* @__PURE__ */ compiledOnFirstUse(
  /* @__PURE__ */ z
    .strictObject({
      /** The period measured, both days included. */
      period: z.strictObject({ start: calendarDaySchema, end: calendarDaySchema }),
      value: z.number().min(0),
      disaggregations: z.array(disaggregationSchema).optional(),
      note: localizedTextSchema.optional(),
    })
    .meta({ title: 'IndicatorValue', description: 'A measured value for a period, with its breakdowns.' }),
);

/**
 * An indicator of an expected result, in the style of results frameworks (IATI):
 * a unit, a baseline, a target, and actual values by period with their
 * disaggregation.
 *
 * @example
 * ```ts
 * import { indicatorSchema } from '@mirps/core';
 * indicatorSchema.parse({
 *   id: 'indicator-1.3.3', result: 'result-1.3.3', title: { en: 'Job boards established' }, unit: 'count',
 *   baseline: { value: 0, date: '2022-12' }, target: { value: 5, date: '2023-12-31' }, actuals: [],
 * });
 * ```
 */
export const indicatorSchema = /* @__PURE__ */ compiledOnFirstUse(
  /* @__PURE__ */ z
    .strictObject({
      id: idSchema,
      /** The id of the expected result it measures. */
      result: idSchema,
      title: localizedLineSchema,
      unit: z.enum(INDICATOR_UNITS),
      /** Higher is better (the default), or lower is better (e.g. processing times). */
      direction: z.enum(['increase', 'decrease']).optional(),
      baseline: z.strictObject({ value: z.number().min(0), date: partialDateSchema }).optional(),
      target: z.strictObject({ value: z.number().min(0), date: partialDateSchema }),
      actuals: z.array(indicatorValueSchema),
      description: nonBlankString.optional(),
      sources: sourcesField,
    })
    .meta({
      title: 'Indicator',
      description: 'An indicator of an expected result: unit, baseline, target and actual values.',
    }),
);

/**
 * The progress of a plan: dated status records for its actions and indicators
 * for its expected results. Validate it with {@link parsePlanProgress}.
 *
 * @example
 * ```ts
 * import { planProgressSchema } from '@mirps/core';
 * planProgressSchema.parse({ plan: 'regional-action-plan-2023', records: [], indicators: [] });
 * ```
 */
export const planProgressSchema = /* @__PURE__ */ compiledOnFirstUse(
  /* @__PURE__ */ z
    .strictObject({
      /** The id of the plan this progress is about. */
      plan: idSchema,
      records: z.array(progressRecordSchema),
      indicators: z.array(indicatorSchema),
      sources: sourcesField,
    })
    .meta({ title: 'PlanProgress', description: 'Progress records and indicators of a Regional Action Plan.' }),
);

/**
 * An action's status. See {@link ACTION_STATUSES}.
 *
 * @example
 * ```ts
 * import type { ActionStatus } from '@mirps/core';
 * const status: ActionStatus = 'completed';
 * ```
 */
export type ActionStatus = (typeof ACTION_STATUSES)[number];
/**
 * A progress record.
 *
 * @example
 * ```ts
 * import type { ProgressRecord } from '@mirps/core';
 * const record: ProgressRecord = { id: 'p1', action: 'action-2.1.1', date: '2023-10-19', status: 'completed', reportedBy: { memberState: 'PA' } };
 * ```
 */
export type ProgressRecord = z.infer<typeof progressRecordSchema>;
/**
 * An indicator of an expected result.
 *
 * @example
 * ```ts
 * import type { Indicator } from '@mirps/core';
 * const indicator: Indicator = { id: 'i1', result: 'result-1.2.3', title: { en: 'People reached' }, unit: 'count', target: { value: 1000, date: '2023' }, actuals: [] };
 * ```
 */
export type Indicator = z.infer<typeof indicatorSchema>;
/**
 * The progress of a plan.
 *
 * @example
 * ```ts
 * import type { PlanProgress } from '@mirps/core';
 * const progress: PlanProgress = { plan: 'regional-action-plan-2023', records: [], indicators: [] };
 * ```
 */
export type PlanProgress = z.infer<typeof planProgressSchema>;
/**
 * Who reports a progress record.
 *
 * @example
 * ```ts
 * import type { Reporter } from '@mirps/core';
 * const reporter: Reporter = { memberState: 'HN' };
 * ```
 */
export type Reporter = z.infer<typeof reporterSchema>;
/**
 * A breakdown of an indicator value.
 *
 * @example
 * ```ts
 * import type { Disaggregation } from '@mirps/core';
 * const bySex: Disaggregation = { dimension: 'sex', values: [{ category: 'female', value: 3 }] };
 * ```
 */
export type Disaggregation = z.infer<typeof disaggregationSchema>;
