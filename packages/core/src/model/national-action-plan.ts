import { z } from 'zod';
import { compiledOnFirstUse } from '../_lib/compiled-schema.js';
import { commitmentSchema } from './commitment.js';
import { dateRangeSchema } from './date-range.js';
import { focusAreaSchema } from './focus-area.js';
import { idSchema, memberStateIdSchema } from './ids.js';
import { localizedLineSchema, localizedTextSchema } from './localized-text.js';
import { nonBlankLine } from './non-blank-string.js';
import { partialDateSchema } from './partial-date.js';
import { sourcesField } from './source.js';

/**
 * The National Technical Team that runs a national action plan: its
 * institutions and its national focal point.
 *
 * @example
 * ```ts
 * import { technicalTeamSchema } from '@mirps/core';
 * technicalTeamSchema.parse({
 *   institutions: ['Ministry of Foreign Affairs', 'Migration directorate'],
 *   focalPoint: { institution: 'Ministry of Foreign Affairs' },
 * });
 * ```
 */
export const technicalTeamSchema = /* @__PURE__ */ compiledOnFirstUse(
  /* @__PURE__ */ z
    .strictObject({
      /** The institutions of the team, named as the plan names them. */
      institutions: z.array(nonBlankLine).min(1),
      /** The national focal point: an institution, and the office that speaks for it. */
      focalPoint: z.strictObject({
        institution: nonBlankLine,
        /** The office or post, e.g. "Director of Migration Policy"; no personal name is needed. */
        office: localizedLineSchema.optional(),
      }),
    })
    .meta({ title: 'TechnicalTeam', description: 'The National Technical Team of a national action plan.' }),
);

/**
 * A member state's national action plan: its own name (Honduras calls its plan
 * "Plan de Respuesta", Costa Rica "MINARE"), its version and period, its
 * National Technical Team, and its commitments, grouped by focus area.
 * Validate it with `parseNationalActionPlan`.
 *
 * @example
 * ```ts
 * import { nationalActionPlanSchema } from '@mirps/core';
 * nationalActionPlanSchema.parse({
 *   id: 'national-plan-xx-2024',
 *   memberState: 'PA',
 *   name: { en: 'National action plan (an example)' },
 *   version: '2024',
 *   period: { start: '2024-01-01', end: '2026-12-31' },
 *   technicalTeam: { institutions: ['Ministry of Government'], focalPoint: { institution: 'Ministry of Government' } },
 *   commitments: [],
 * });
 * ```
 */
export const nationalActionPlanSchema = /* @__PURE__ */ compiledOnFirstUse(
  /* @__PURE__ */ z
    .strictObject({
      id: idSchema,
      /** The member state whose plan it is. */
      memberState: memberStateIdSchema,
      /** The plan's own name, as the state writes it. */
      name: localizedLineSchema,
      /** Which version of the plan this is, e.g. "2021 update". */
      version: nonBlankLine,
      /** The day the version was adopted, as precisely as it is known. */
      adopted: partialDateSchema.optional(),
      /** The days the plan covers, both ends included. */
      period: dateRangeSchema,
      technicalTeam: technicalTeamSchema,
      /** Focus areas beyond the five standard ones, for the plan's commitments to name. */
      focusAreas: z.array(focusAreaSchema).optional(),
      commitments: z.array(commitmentSchema),
      note: localizedTextSchema.optional(),
      sources: sourcesField,
    })
    .meta({
      title: 'NationalActionPlan',
      description: "A member state's national action plan and its commitments, grouped by focus area.",
    }),
);

/**
 * The National Technical Team of a plan.
 *
 * @example
 * ```ts
 * import type { TechnicalTeam } from '@mirps/core';
 * const team: TechnicalTeam = { institutions: ['Ministerio de Gobernación'], focalPoint: { institution: 'Ministerio de Gobernación' } };
 * ```
 */
export type TechnicalTeam = z.infer<typeof technicalTeamSchema>;

/**
 * A national action plan.
 *
 * @example
 * ```ts
 * import type { NationalActionPlan } from '@mirps/core';
 * const plan: NationalActionPlan = {
 *   id: 'national-plan-xx', memberState: 'BZ', name: { en: 'National action plan' }, version: '1',
 *   period: { start: '2024', end: '2026' },
 *   technicalTeam: { institutions: ['Refugees Department'], focalPoint: { institution: 'Refugees Department' } },
 *   commitments: [],
 * };
 * ```
 */
export type NationalActionPlan = z.infer<typeof nationalActionPlanSchema>;
