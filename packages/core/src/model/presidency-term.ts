import { z } from 'zod';
import { compiledOnFirstUse } from '../_lib/compiled-schema.js';
import { deepFreeze } from '../_lib/deep-freeze.js';
import { idSchema, memberStateIdSchema } from './ids.js';
import { localizedTextSchema } from './localized-text.js';
import { partialDateSchema } from './partial-date.js';
import { sourcesField } from './source.js';

/**
 * How a Pro-Tempore Presidency was assigned: by election, by the rotation
 * mechanism ("on a rotating and alphabetical basis among the member
 * countries"), or `not-stated-in-source`.
 *
 * @example
 * ```ts
 * import { PRESIDENCY_ASSIGNMENTS } from '@mirps/core';
 * PRESIDENCY_ASSIGNMENTS; // ['election', 'rotation', 'not-stated-in-source']
 * ```
 */
export const PRESIDENCY_ASSIGNMENTS = deepFreeze(['election', 'rotation', 'not-stated-in-source'] as const);

/**
 * One statement of what a presidency achieved, as the plan lists them under
 * "Main achievements of the Pro-tempore Presidencies".
 *
 * @example
 * ```ts
 * import { achievementSchema } from '@mirps/core';
 * achievementSchema.parse({ id: 'presidency-2021.achievement-1', text: { en: 'Promoted virtual plenary meetings of the MIRPS technical teams.' } });
 * ```
 */
export const achievementSchema = /* @__PURE__ */ compiledOnFirstUse(
  /* @__PURE__ */ z
    .strictObject({ id: idSchema, text: localizedTextSchema, sources: sourcesField })
    .meta({ title: 'Achievement', description: 'One achievement of a Pro-Tempore Presidency.' }),
);

/**
 * One achievement of a presidency.
 *
 * @example
 * ```ts
 * import type { Achievement } from '@mirps/core';
 * const a: Achievement = { id: 'presidency-2022.achievement-3', text: { en: 'Held a consultation on displacement in the context of disasters and climate change.' } };
 * ```
 */
export type Achievement = z.infer<typeof achievementSchema>;

/**
 * The handover into a term: the day it happened (of any precision, `null`
 * where unknown) and the Annual Meeting at which it happened, where known.
 *
 * @example
 * ```ts
 * import { handoverSchema } from '@mirps/core';
 * handoverSchema.parse({ date: '2022-12-13', annualMeeting: 'annual-meeting-5' });
 * ```
 */
export const handoverSchema = /* @__PURE__ */ compiledOnFirstUse(
  /* @__PURE__ */ z
    .strictObject({
      date: partialDateSchema.nullable(),
      annualMeeting: idSchema.optional(),
      note: localizedTextSchema.optional(),
    })
    .meta({ title: 'Handover', description: 'The handover into a Pro-Tempore Presidency term.' }),
);

/**
 * The handover into a term.
 *
 * @example
 * ```ts
 * import type { Handover } from '@mirps/core';
 * const handover: Handover = { date: '2020-01', note: { en: 'Since January 2020' } };
 * ```
 */
export type Handover = z.infer<typeof handoverSchema>;

/**
 * A term of the MIRPS Pro-Tempore Presidency. "Each year, a MIRPS member
 * country assumes the Pro-Tempore Presidency to lead the regional objectives."
 * A term is labelled by its year and begins at the handover, usually at the
 * Annual Meeting late in the year before: the term labelled 2023 began on
 * 13 December 2022.
 *
 * @example
 * ```ts
 * import { presidencyTermSchema } from '@mirps/core';
 * presidencyTermSchema.parse({
 *   id: 'presidency-2023',
 *   label: '2023',
 *   holder: 'PA',
 *   assignment: 'rotation',
 *   handover: { date: '2022-12-13', annualMeeting: 'annual-meeting-5' },
 *   achievements: [],
 * });
 * ```
 */
export const presidencyTermSchema = /* @__PURE__ */ compiledOnFirstUse(
  /* @__PURE__ */ z
    .strictObject({
      id: idSchema,
      /** The term's label: the year it is named after. */
      label: z.string().regex(/^\d{4}$/, 'A term label is the four-digit year the term is named after'),
      /** The member state that held the presidency. */
      holder: memberStateIdSchema,
      assignment: z.enum(PRESIDENCY_ASSIGNMENTS),
      /** The handover into this term. */
      handover: handoverSchema,
      /** What the presidency achieved, as the sources list it. */
      achievements: z.array(achievementSchema),
      note: localizedTextSchema.optional(),
      sources: sourcesField,
    })
    .meta({ title: 'PresidencyTerm', description: 'A term of the MIRPS Pro-Tempore Presidency.' }),
);

/**
 * A term of the Pro-Tempore Presidency.
 *
 * @example
 * ```ts
 * import type { PresidencyTerm } from '@mirps/core';
 * const term: PresidencyTerm = {
 *   id: 'presidency-2019', label: '2019', holder: 'MX', assignment: 'election',
 *   handover: { date: '2019' }, achievements: [],
 * };
 * ```
 */
export type PresidencyTerm = z.infer<typeof presidencyTermSchema>;
