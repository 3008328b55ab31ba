import { freezeParsed } from '../_lib/freeze-parsed.js';
import { vouchPair } from '../_lib/vouched.js';
import type { ActionPlanContext, MirpsContext } from '../context/mirps-context.js';
import type { PresidencyLedger } from '../model/presidency-ledger.js';
import { presidencyLedger } from './presidency-terms.js';
import { referenceData } from './reference-data.js';

/**
 * The embedded MIRPS data as a complete context: the {@link referenceData}
 * and the {@link presidencyLedger}, frozen and known valid, so functions given
 * it do not check it again.
 *
 * @example
 * ```ts
 * import { embeddedContext } from '@mirps/core/data';
 * embeddedContext.ledger.terms.at(-1)?.label; // '2026'
 * ```
 */
export const embeddedContext: MirpsContext = /* @__PURE__ */ vouchPair({
  reference: referenceData,
  ledger: presidencyLedger,
});

// The ledger of a context whose reference data is the caller's own: no recorded terms.
const noTerms: PresidencyLedger = /* @__PURE__ */ freezeParsed<PresidencyLedger>({ terms: [] });

/**
 * A context completed with the embedded MIRPS data, as every public entry
 * point does: the embedded reference data where none is given; the embedded
 * ledger where neither is given, and no recorded terms where only other
 * reference data is (the embedded ledger speaks of the embedded members).
 * Use it to pass one complete context through your own code.
 *
 * @param context - What the caller gives (other fields, such as a calendar's window, are kept); nothing by default.
 * @example
 * ```ts
 * import { withEmbeddedData } from '@mirps/core/data';
 * withEmbeddedData().ledger.terms.length; // 8
 * withEmbeddedData({ reference: myReference }).ledger.terms.length; // 0
 * ```
 */
export function withEmbeddedData<T extends ActionPlanContext>(context?: T): T & MirpsContext {
  return complete(context, noTerms);
}

/**
 * A rotation's context completed with the embedded data: the embedded ledger
 * also when only other reference data is given (it is then checked against it).
 */
export function withEmbeddedRotationData<T extends ActionPlanContext>(options?: T): T & MirpsContext {
  return complete(options, presidencyLedger);
}

/**
 * Fills what a context leaves out with the embedded data; `ownReferenceLedger`
 * is the ledger of a context that gives only its own reference data.
 */
function complete<T extends ActionPlanContext>(
  context: T | undefined,
  ownReferenceLedger: PresidencyLedger,
): T & MirpsContext {
  // Anything but an object is passed on as it is, for the validation below the entry point to refuse.
  if (context === undefined) return embeddedContext as T & MirpsContext;
  if (typeof context !== 'object' || context === null) return context as T & MirpsContext;
  const { reference, ledger } = context;
  if (reference !== undefined && ledger !== undefined) return context as T & MirpsContext;
  // Only a field left out is filled in: a null is the caller's, for validation to refuse.
  const defaultLedger = reference === undefined ? presidencyLedger : ownReferenceLedger;
  return {
    ...context,
    reference: reference === undefined ? referenceData : reference,
    ledger: ledger === undefined ? defaultLedger : ledger,
  };
}
