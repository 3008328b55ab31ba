import { z } from 'zod';
import { compiledOnFirstUse } from '../_lib/compiled-schema.js';
import { idSchema } from './ids.js';
import { localizedTextSchema } from './localized-text.js';
import { sourcesField } from './source.js';

/**
 * A priority of a Regional Action Plan. The 2023 plan has two, e.g. "Priority
 * 1: Strengthen regional dialogue and cooperation to facilitate the progress of
 * the national commitments of the National Action Plans."
 *
 * The plan states each priority twice, in slightly different words: `text` is
 * the wording under "Vision and priorities", `restatement` the wording that
 * heads the priority's objectives, where it differs.
 *
 * @example
 * ```ts
 * import { prioritySchema } from '@mirps/core';
 * prioritySchema.parse({ id: 'priority-1', number: 1, text: { en: 'Strengthen regional dialogue and cooperation.' } });
 * ```
 */
export const prioritySchema = /* @__PURE__ */ compiledOnFirstUse(
  /* @__PURE__ */ z
    .strictObject({
      id: idSchema,
      /** Its number in the plan: objective `1.x` sits under priority `1`. */
      number: z.int().min(1).max(99),
      text: localizedTextSchema,
      restatement: localizedTextSchema.optional(),
      sources: sourcesField,
    })
    .meta({ title: 'Priority', description: 'A priority of a Regional Action Plan.' }),
);

/**
 * A priority of a Regional Action Plan.
 *
 * @example
 * ```ts
 * import type { Priority } from '@mirps/core';
 * const p: Priority = { id: 'priority-2', number: 2, text: { en: 'Position the MIRPS at the highest national, regional, and global levels.' } };
 * ```
 */
export type Priority = z.infer<typeof prioritySchema>;
