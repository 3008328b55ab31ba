import { deepFreeze } from './deep-freeze.js';

// Documents known to be valid, so a call chain validates its context once: reference data
// checked on its own, and the (reference, ledger) pairs checked together. Only frozen
// values are vouched for, since a value that can change after the check proves nothing.
const references = new WeakSet<object>();
const pairs = new WeakMap<object, WeakSet<object>>();

/**
 * Freezes a valid reference and ledger and remembers them as a valid pair;
 * returns the pair. (Its result must be used: `deepFreeze` is marked free of
 * side effects for bundlers, so a bare call would be dropped.)
 */
export function vouchPair<T extends { readonly reference: object; readonly ledger: object }>(context: T): T {
  references.add(context.reference);
  const ledgers = pairs.get(context.reference) ?? new WeakSet<object>();
  ledgers.add(context.ledger);
  pairs.set(context.reference, ledgers);
  return deepFreeze(context);
}

/** True for reference data already checked and frozen. */
export const isVouchedReference = (reference: unknown): boolean => typeof reference === 'object' && reference !== null && references.has(reference);

/** True for a reference and a ledger already checked together and frozen. */
export const isVouchedPair = (reference: unknown, ledger: unknown): boolean =>
  typeof reference === 'object' && reference !== null && typeof ledger === 'object' && ledger !== null && pairs.get(reference)?.has(ledger) === true;
