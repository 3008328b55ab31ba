import { z } from 'zod';
import { compiledOnFirstUse } from '../_lib/compiled-schema.js';
import { actionSchema } from './action.js';
import { calendarActivitySchema } from './calendar-activity.js';
import { expectedResultSchema } from './expected-result.js';
import { idSchema, memberStateIdSchema } from './ids.js';
import { localizedLineSchema, localizedTextSchema } from './localized-text.js';
import { objectiveSchema } from './objective.js';
import { planParagraphSchema } from './plan-paragraph.js';
import { prioritySchema } from './priority.js';
import { sourcesField } from './source.js';
import { handoverCommitmentSchema, workMethodologySchema } from './work-methodology.js';

/**
 * The presidency a plan belongs to: the term's label and its holder.
 *
 * @example
 * ```ts
 * import { planPresidencySchema } from '@mirps/core';
 * planPresidencySchema.parse({ term: '2023', holder: 'PA' });
 * ```
 */
export const planPresidencySchema = /* @__PURE__ */ compiledOnFirstUse(
  /* @__PURE__ */ z
    .strictObject({
      /** The label of the presidency term, e.g. `'2023'`. */
      term: z.string().regex(/^\d{4}$/, 'A term label is the four-digit year the term is named after'),
      /** The member state holding the presidency. */
      holder: memberStateIdSchema,
    })
    .meta({ title: 'PlanPresidency', description: 'The presidency term a plan belongs to.' }),
);

/**
 * The presidency a plan belongs to.
 *
 * @example
 * ```ts
 * import type { PlanPresidency } from '@mirps/core';
 * const presidency: PlanPresidency = { term: '2023', holder: 'PA' };
 * ```
 */
export type PlanPresidency = z.infer<typeof planPresidencySchema>;

/**
 * A Regional Action Plan of a MIRPS Pro-Tempore Presidency: "a vision,
 * priorities, objectives, actions coordinated with four working groups,
 * expected results, a work methodology, a calendar, and duties at handover".
 * Validate it with {@link parseActionPlan}, which also checks that ids are
 * unique, references resolve, numbering is consistent and dates are coherent.
 *
 * @example
 * ```ts
 * import { actionPlanSchema } from '@mirps/core';
 * import { actionPlan2023 } from '@mirps/core/data';
 * actionPlanSchema.safeParse(actionPlan2023).success; // true
 * ```
 */
export const actionPlanSchema = /* @__PURE__ */ compiledOnFirstUse(
  /* @__PURE__ */ z
    .strictObject({
      id: idSchema,
      /** The year the plan covers. */
      year: z.int().min(2017).max(2999),
      title: localizedLineSchema,
      presidency: planPresidencySchema,
      vision: localizedTextSchema,
      /** Ids of the instruments the plan's background cites, in its order. */
      instruments: z.array(idSchema).optional(),
      /** The paragraphs of the plan's opening sections that no other field holds, word for word, in the plan's order. */
      paragraphs: z.array(planParagraphSchema).optional(),
      priorities: z.array(prioritySchema).min(1, 'A plan has at least one priority'),
      objectives: z.array(objectiveSchema).min(1, 'A plan has at least one objective'),
      actions: z.array(actionSchema),
      expectedResults: z.array(expectedResultSchema),
      workMethodology: workMethodologySchema,
      /** What the presidency will do "at the end of its tenure". */
      handoverCommitments: z.array(handoverCommitmentSchema),
      calendar: z.array(calendarActivitySchema),
      /** The note that heads the plan's calendar. */
      calendarNote: localizedTextSchema.optional(),
      sources: sourcesField,
    })
    .meta({ title: 'ActionPlan', description: 'A Regional Action Plan of a MIRPS Pro-Tempore Presidency.' }),
);

/**
 * A Regional Action Plan.
 *
 * @example
 * ```ts
 * import type { ActionPlan } from '@mirps/core';
 * import { actionPlan2023 } from '@mirps/core/data';
 * const plan: ActionPlan = actionPlan2023;
 * plan.actions.length; // 27
 * ```
 */
export type ActionPlan = z.infer<typeof actionPlanSchema>;
