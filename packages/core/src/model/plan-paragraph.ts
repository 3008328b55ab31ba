import { z } from 'zod';
import { compiledOnFirstUse } from '../_lib/compiled-schema.js';
import { idSchema } from './ids.js';
import { localizedLineSchema, localizedTextSchema } from './localized-text.js';
import { sourcesField } from './source.js';

/**
 * A paragraph of a plan's opening sections that no other field holds, word
 * for word, under the heading it stands under: in the 2023 plan, the
 * Background's paragraphs (other than those on the instruments it cites) and
 * the paragraphs under "Principal achievements".
 *
 * @example
 * ```ts
 * import { planParagraphSchema } from '@mirps/core';
 * planParagraphSchema.parse({
 *   id: 'paragraph-presidency',
 *   heading: { en: 'Principal achievements' },
 *   text: { en: 'Each year, a MIRPS member country assumes the Pro-Tempore Presidency to lead the regional objectives. …' },
 * });
 * ```
 */
export const planParagraphSchema = /* @__PURE__ */ compiledOnFirstUse(
  /* @__PURE__ */ z
    .strictObject({
      id: idSchema,
      /** The heading of the plan the paragraph stands under, e.g. "Background". */
      heading: localizedLineSchema,
      /** The paragraph, word for word. */
      text: localizedTextSchema,
      sources: sourcesField,
    })
    .meta({
      title: 'PlanParagraph',
      description: "A paragraph of a plan's opening sections, word for word, under its heading.",
    }),
);

/**
 * A paragraph of a plan's opening sections.
 *
 * @example
 * ```ts
 * import type { PlanParagraph } from '@mirps/core';
 * import { actionPlan2023 } from '@mirps/core/data';
 * const paragraphs: readonly PlanParagraph[] = actionPlan2023.paragraphs ?? [];
 * ```
 */
export type PlanParagraph = z.infer<typeof planParagraphSchema>;
