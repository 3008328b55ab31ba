import { z } from 'zod';
import { compiledOnFirstUse } from '../_lib/compiled-schema.js';

/**
 * An amount of money in a currency named by its ISO 4217 code, e.g.
 * `{ amount: 1000000, currency: 'EUR' }`.
 *
 * @example
 * ```ts
 * import { moneySchema } from '@mirps/core';
 * moneySchema.parse({ amount: 1000000, currency: 'EUR' });
 * ```
 */
export const moneySchema = /* @__PURE__ */ compiledOnFirstUse(
  /* @__PURE__ */ z
    .strictObject({
      amount: z.number().min(0).max(1e15),
      /** The ISO 4217 code of the currency, in capitals. */
      currency: z.string().regex(/^[A-Z]{3}$/, 'A currency is named by its ISO 4217 code in capitals (e.g. "EUR")'),
    })
    .meta({ title: 'Money', description: 'An amount of money in a currency (ISO 4217).' }),
);

/**
 * An amount of money.
 *
 * @example
 * ```ts
 * import type { Money } from '@mirps/core';
 * const budget: Money = { amount: 150000, currency: 'USD' };
 * ```
 */
export type Money = z.infer<typeof moneySchema>;
