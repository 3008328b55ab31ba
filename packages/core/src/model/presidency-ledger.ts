import { z } from 'zod';
import { compiledOnFirstUse } from '../_lib/compiled-schema.js';
import { presidencyTermSchema } from './presidency-term.js';

/**
 * The recorded terms of the Pro-Tempore Presidency, oldest first. The ledger
 * is authoritative: projections of future terms begin after its last term.
 * Validate it with {@link parsePresidencyLedger}.
 *
 * @example
 * ```ts
 * import { presidencyLedgerSchema } from '@mirps/core';
 * presidencyLedgerSchema.safeParse({ terms: [] }).success; // true
 * ```
 */
export const presidencyLedgerSchema = /* @__PURE__ */ compiledOnFirstUse(
  /* @__PURE__ */ z
    .strictObject({
      terms: z.array(presidencyTermSchema),
    })
    .meta({
      title: 'PresidencyLedger',
      description: 'The recorded terms of the Pro-Tempore Presidency, oldest first.',
    }),
);

/**
 * The recorded terms of the Pro-Tempore Presidency.
 *
 * @example
 * ```ts
 * import type { PresidencyLedger } from '@mirps/core';
 * import { presidencyLedger } from '@mirps/core/data';
 * const ledger: PresidencyLedger = presidencyLedger;
 * ```
 */
export type PresidencyLedger = z.infer<typeof presidencyLedgerSchema>;
