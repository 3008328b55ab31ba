import { z } from 'zod';
import { compiledOnFirstUse } from '../_lib/compiled-schema.js';

/**
 * A stable, human-readable identifier that a report or a link can cite:
 * lower-case letters and digits in words joined by `-` or `.`, such as
 * `objective-1.2` or `wg-internal-displacement`.
 *
 * @example
 * ```ts
 * import { idSchema } from '@mirps/core';
 * idSchema.parse('action-1.2.3');
 * ```
 */
export const idSchema = /* @__PURE__ */ compiledOnFirstUse(
  /* @__PURE__ */ z
    .string()
    .regex(
      /^[a-z0-9]+(?:[.-][a-z0-9]+)*$/,
      'An id is lower-case words and digits joined by "-" or "." (e.g. "objective-1.1")',
    )
    .meta({ title: 'Id', description: 'A stable, human-readable identifier.' }),
);

/**
 * A member state's identifier: its ISO 3166-1 alpha-2 code, e.g. `PA`.
 *
 * @example
 * ```ts
 * import { memberStateIdSchema } from '@mirps/core';
 * memberStateIdSchema.parse('SV');
 * ```
 */
export const memberStateIdSchema = /* @__PURE__ */ compiledOnFirstUse(
  /* @__PURE__ */ z
    .string()
    .regex(/^[A-Z]{2}$/, 'A member state is named by its ISO 3166-1 alpha-2 code in capitals (e.g. "PA")')
    .meta({ title: 'MemberStateId', description: 'ISO 3166-1 alpha-2 code of a member state.' }),
);

/**
 * A stable identifier.
 *
 * @example
 * ```ts
 * import type { Id } from '@mirps/core';
 * const id: Id = 'objective-1.1';
 * ```
 */
export type Id = z.infer<typeof idSchema>;

/**
 * An ISO 3166-1 alpha-2 code naming a member state.
 *
 * @example
 * ```ts
 * import type { MemberStateId } from '@mirps/core';
 * const panama: MemberStateId = 'PA';
 * ```
 */
export type MemberStateId = z.infer<typeof memberStateIdSchema>;
