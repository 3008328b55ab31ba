import { z } from 'zod';
import { compiledOnFirstUse } from '../_lib/compiled-schema.js';
import { dateRangeSchema } from './date-range.js';
import { idSchema, memberStateIdSchema } from './ids.js';
import { localizedLineSchema, localizedTextSchema } from './localized-text.js';
import { moneySchema } from './money.js';
import { nonBlankLine } from './non-blank-string.js';
import { INDICATOR_UNITS } from './progress.js';
import { sourcesField } from './source.js';

/**
 * A counted result of a MIRPS Fund project, e.g. "people trained: 120".
 *
 * @example
 * ```ts
 * import { fundResultSchema } from '@mirps/core';
 * fundResultSchema.parse({ description: { en: 'Officials trained' }, value: 120, unit: 'count' });
 * ```
 */
export const fundResultSchema = /* @__PURE__ */ compiledOnFirstUse(
  /* @__PURE__ */ z
    .strictObject({
      description: localizedTextSchema,
      /** The count or amount reached, where the result is counted. */
      value: z.number().min(0).optional(),
      unit: z.enum(INDICATOR_UNITS).optional(),
    })
    .meta({ title: 'FundResult', description: 'A result of a MIRPS Fund project.' }),
);

/**
 * A project of the MIRPS Fund, the fund at the OAS approved on 27 May 2020:
 * the state it serves, its implementing institution, its period, its budget
 * and in-kind counterpart, and its results.
 *
 * @example
 * ```ts
 * import { fundProjectSchema } from '@mirps/core';
 * fundProjectSchema.parse({
 *   id: 'fund-project-1', name: { en: 'Asylum case management' }, memberState: 'CR',
 *   implementingInstitution: 'Migration directorate', period: { start: '2021-01', end: '2022-06' },
 *   budget: { amount: 140000, currency: 'EUR' }, results: [],
 * });
 * ```
 */
export const fundProjectSchema = /* @__PURE__ */ compiledOnFirstUse(
  /* @__PURE__ */ z
    .strictObject({
      id: idSchema,
      name: localizedLineSchema,
      /** The member state the project serves. */
      memberState: memberStateIdSchema,
      implementingInstitution: nonBlankLine,
      period: dateRangeSchema,
      /** What the Fund gives the project. */
      budget: moneySchema,
      /** What the implementing institution contributes in kind, valued in money. */
      inKindCounterpart: moneySchema.optional(),
      results: z.array(fundResultSchema),
      /** The ids of the commitments of the state's national action plan it serves. */
      commitments: z.array(idSchema).optional(),
      sources: sourcesField,
    })
    .meta({ title: 'FundProject', description: 'A project of the MIRPS Fund.' }),
);

/**
 * A result of a Fund project.
 *
 * @example
 * ```ts
 * import type { FundResult } from '@mirps/core';
 * const result: FundResult = { description: { es: 'Funcionarios capacitados' }, value: 40, unit: 'count' };
 * ```
 */
export type FundResult = z.infer<typeof fundResultSchema>;
/**
 * A project of the MIRPS Fund.
 *
 * @example
 * ```ts
 * import type { FundProject } from '@mirps/core';
 * const project: FundProject = {
 *   id: 'p1', name: { en: 'Case management' }, memberState: 'GT', implementingInstitution: 'Migration institute',
 *   period: { start: '2021', end: '2022' }, budget: { amount: 100000, currency: 'EUR' }, results: [],
 * };
 * ```
 */
export type FundProject = z.infer<typeof fundProjectSchema>;
