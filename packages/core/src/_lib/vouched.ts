import { freezeNotingIllustrative } from './freeze-parsed.js';

// Documents known to be valid, so a call chain validates each once: reference data checked on its own, the
// (reference, ledger) pairs checked together, and the documents the parsers returned (a plan, progress, calendar
// activities) with what each was checked against. Only frozen values are vouched for, since a value that can change
// after the check proves nothing.
const references = new WeakSet<object>();
const pairs = new WeakMap<object, WeakSet<object>>();
const documents = new WeakMap<object, readonly object[]>();
// The vouched documents that mark themselves illustrative (a source with `illustrative: true`), noted while freezing.
const illustrative = new WeakSet<object>();

/**
 * Remembers a valid reference and ledger, both frozen already (zod's output
 * frozen by {@link freezeParsed}, or the embedded data), as a valid pair;
 * freezes the pair itself and returns it. (Its result must be used: the
 * embedded context's call is marked pure for bundlers, so a bare call would be dropped.)
 */
export function vouchPair<T extends { readonly reference: object; readonly ledger: object }>(context: T): T {
  references.add(context.reference);
  const ledgers = pairs.get(context.reference) ?? new WeakSet<object>();
  ledgers.add(context.ledger);
  pairs.set(context.reference, ledgers);
  return Object.freeze(context);
}

/** True for reference data already checked and frozen. */
export const isVouchedReference = (reference: unknown): boolean =>
  typeof reference === 'object' && reference !== null && references.has(reference);

/** True for a reference and a ledger already checked together and frozen. */
export const isVouchedPair = (reference: unknown, ledger: unknown): boolean =>
  typeof reference === 'object' &&
  reference !== null &&
  typeof ledger === 'object' &&
  ledger !== null &&
  pairs.get(reference)?.has(ledger) === true;

/**
 * Freezes a document the parser has just built (zod's fresh copy, valid) and
 * remembers what it was checked as and against (its kind; for a plan, the
 * reference data and the ledger; for progress, its plan too); returns it.
 */
export function vouchDocument<T extends object>(document: T, ...against: object[]): T {
  if (freezeNotingIllustrative(document)) illustrative.add(document);
  documents.set(document, against);
  return document;
}

/** True for a document the parser returned, checked against these same values (compared by identity, in O(1)). */
export function isVouchedDocument(document: unknown, ...against: object[]): boolean {
  const checked = typeof document === 'object' && document !== null ? documents.get(document) : undefined;
  if (checked === undefined || checked.length !== against.length) return false;
  for (let i = 0; i < against.length; i++) if (checked[i] !== against[i]) return false;
  return true;
}

/** For a document the parser vouches for, whether it marks itself illustrative (noted when it was frozen); `undefined` for any other value. */
export function vouchedIllustrative(document: unknown): boolean | undefined {
  if (typeof document !== 'object' || document === null || !documents.has(document)) return undefined;
  return illustrative.has(document);
}
