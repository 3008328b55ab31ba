import { marksIllustrative } from './marks-illustrative.js';

// A document the parser has just built (zod's fresh copy) is plain data: objects and arrays made by zod, no
// accessors, no cycles, no Proxies, nesting as deep as its schema and no deeper; so is the embedded data, written as
// literals in src/data. `deepFreeze` guards against all of those in a caller's value and costs about as much as
// validating the document; this walk costs a third of that. Visiting every object anyway, it also notes whether a
// `sources` list anywhere marks an entry illustrative, so that `isIllustrative` need not walk a vouched document again.

/**
 * Freezes an object or array that zod has just parsed (or a literal of the
 * embedded data), and everything in it; returns it. Only for such plain data
 * of the SDK's own: a caller's value goes through `deepFreeze`.
 */
export function freezeParsed<T extends object>(value: T): T {
  freezeNotingIllustrative(value);
  return value;
}

/**
 * Freezes plain parsed data as {@link freezeParsed} does; returns true when a
 * `sources` list anywhere in it has an entry marked `illustrative: true`.
 */
export function freezeNotingIllustrative(value: object): boolean {
  Object.freeze(value);
  let illustrative = false;
  if (Array.isArray(value)) {
    for (let index = 0; index < value.length; index++) {
      const item: unknown = value[index];
      if (typeof item === 'object' && item !== null && freezeNotingIllustrative(item)) illustrative = true;
    }
  } else {
    for (const key in value) {
      const item: unknown = (value as Record<string, unknown>)[key];
      if (typeof item === 'object' && item !== null) {
        if (freezeNotingIllustrative(item) || (key === 'sources' && marksIllustrative(item))) illustrative = true;
      }
    }
  }
  return illustrative;
}
