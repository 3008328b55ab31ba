import { z } from 'zod';
import { compiledOnFirstUse } from '../_lib/compiled-schema.js';
import { idSchema } from './ids.js';
import { localizedLineSchema, localizedTextSchema } from './localized-text.js';
import { sourcesField } from './source.js';

/**
 * One entry of a work-methodology list: a kind of technical meeting, a
 * high-level event or a key document.
 *
 * @example
 * ```ts
 * import { methodologyItemSchema } from '@mirps/core';
 * methodologyItemSchema.parse({ id: 'document-meeting-minutes', text: { en: 'Meeting minutes' } });
 * ```
 */
export const methodologyItemSchema = /* @__PURE__ */ compiledOnFirstUse(
  /* @__PURE__ */ z.strictObject({ id: idSchema, text: localizedLineSchema }).meta({
    title: 'MethodologyItem',
    description: 'A kind of technical meeting, a high-level event or a key document.',
  }),
);

/**
 * One entry of a work-methodology list.
 *
 * @example
 * ```ts
 * import type { MethodologyItem } from '@mirps/core';
 * const item: MethodologyItem = { id: 'event-global-refugee-forum-2', text: { en: 'II Global Refugee Forum' } };
 * ```
 */
export type MethodologyItem = z.infer<typeof methodologyItemSchema>;

/**
 * How a plan's priorities, objectives, actions and results "will be carried
 * out": (1) technical meetings, (2) visibility in high-level events, (3) key
 * documents, and (4) a section on the MIRPS website.
 *
 * @example
 * ```ts
 * import { workMethodologySchema } from '@mirps/core';
 * workMethodologySchema.parse({
 *   introduction: { en: 'The priorities … will be carried out through:' },
 *   technicalMeetings: [{ id: 'meeting-wg-technical-sessions', text: { en: 'Technical sessions of the Working Groups' } }],
 *   highLevelEvents: [],
 *   keyDocuments: [],
 *   websiteSection: { en: 'Creation of a section on the MIRPS website…' },
 * });
 * ```
 */
export const workMethodologySchema = /* @__PURE__ */ compiledOnFirstUse(
  /* @__PURE__ */ z
    .strictObject({
      introduction: localizedTextSchema,
      /** "Organization of technical meetings, such as:" */
      technicalMeetings: z.array(methodologyItemSchema),
      /** "Visibility of the MIRPS in High-Level Events, which include:" */
      highLevelEvents: z.array(methodologyItemSchema),
      /** "Preparation of key documents, such as:" */
      keyDocuments: z.array(methodologyItemSchema),
      /** The section to create on the MIRPS website. */
      websiteSection: localizedTextSchema,
      sources: sourcesField,
    })
    .meta({ title: 'WorkMethodology', description: 'How a plan will be carried out.' }),
);

/**
 * How a plan will be carried out.
 *
 * @example
 * ```ts
 * import type { WorkMethodology } from '@mirps/core';
 * import { actionPlan2023 } from '@mirps/core/data';
 * const methodology: WorkMethodology = actionPlan2023.workMethodology;
 * ```
 */
export type WorkMethodology = z.infer<typeof workMethodologySchema>;

/**
 * A duty the presidency takes on for the end of its tenure, such as "formally
 * deliver the Memoir of the outgoing Pro-tempore Presidency".
 *
 * @example
 * ```ts
 * import { handoverCommitmentSchema } from '@mirps/core';
 * handoverCommitmentSchema.parse({ id: 'handover-memoir', text: { en: 'formally deliver the Memoir of the outgoing Pro-tempore Presidency' } });
 * ```
 */
export const handoverCommitmentSchema = /* @__PURE__ */ compiledOnFirstUse(
  /* @__PURE__ */ z
    .strictObject({ id: idSchema, text: localizedTextSchema, sources: sourcesField })
    .meta({ title: 'HandoverCommitment', description: 'A duty of the presidency at the end of its tenure.' }),
);

/**
 * A duty of the presidency at the end of its tenure.
 *
 * @example
 * ```ts
 * import type { HandoverCommitment } from '@mirps/core';
 * const duty: HandoverCommitment = { id: 'handover-emblem', text: { en: 'create a banner or emblem that symbolizes the membership of the MIRPS Pro-Tempore Presidency' } };
 * ```
 */
export type HandoverCommitment = z.infer<typeof handoverCommitmentSchema>;
