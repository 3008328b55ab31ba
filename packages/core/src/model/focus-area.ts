import { z } from 'zod';
import { compiledOnFirstUse } from '../_lib/compiled-schema.js';
import { deepFreeze } from '../_lib/deep-freeze.js';
import { idSchema } from './ids.js';
import { localizedLineSchema } from './localized-text.js';

/**
 * The focus areas that national action plans group their commitments by, as
 * the MIRPS country pages publish them: Protection, Jobs and Livelihoods,
 * Social Protection, Education and Health. A plan may declare more of its own
 * (`NationalActionPlan.focusAreas`).
 *
 * @example
 * ```ts
 * import { FOCUS_AREAS } from '@mirps/core';
 * FOCUS_AREAS; // ['protection', 'jobs-and-livelihoods', 'social-protection', 'education', 'health']
 * ```
 */
export const FOCUS_AREAS = deepFreeze([
  'protection',
  'jobs-and-livelihoods',
  'social-protection',
  'education',
  'health',
] as const);

/**
 * One of the five focus areas every national action plan may use. See {@link FOCUS_AREAS}.
 *
 * @example
 * ```ts
 * import type { StandardFocusArea } from '@mirps/core';
 * const area: StandardFocusArea = 'education';
 * ```
 */
export type StandardFocusArea = (typeof FOCUS_AREAS)[number];

/**
 * A focus area a national action plan declares beyond the five of
 * {@link FOCUS_AREAS}: an id its commitments name, and its name.
 *
 * @example
 * ```ts
 * import { focusAreaSchema } from '@mirps/core';
 * focusAreaSchema.parse({ id: 'documentation', name: { en: 'Documentation', es: 'Documentación' } });
 * ```
 */
export const focusAreaSchema = /* @__PURE__ */ compiledOnFirstUse(
  /* @__PURE__ */ z
    .strictObject({
      /** The id the plan's commitments name; not one of the five standard areas. */
      id: idSchema,
      name: localizedLineSchema,
    })
    .meta({
      title: 'FocusArea',
      description: 'A focus area a national action plan declares beyond the five standard ones.',
    }),
);

/**
 * A focus area a plan declares.
 *
 * @example
 * ```ts
 * import type { FocusArea } from '@mirps/core';
 * const area: FocusArea = { id: 'documentation', name: { es: 'Documentación' } };
 * ```
 */
export type FocusArea = z.infer<typeof focusAreaSchema>;
