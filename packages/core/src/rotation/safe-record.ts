import { z } from 'zod';
import { deepFreeze } from '../_lib/deep-freeze.js';
import { ROTATION_MESSAGES } from '../i18n/rotation-messages.js';

// Records keyed by the caller's data (a member's names by language, handover days by term label) are plain JSON
// objects. A key that names a property every JavaScript object has would be read from the prototype by `obj[key]`
// (`names.constructor` is a function), and zod drops a `__proto__` key without a word where JSON Schema validators
// see it. So such keys are refused, by zod and by the generated JSON Schema alike, and records are read with
// `Object.hasOwn` only.

/** The keys a record may not have: the properties of `Object.prototype`, and `prototype`. */
export const RESERVED_KEYS: readonly string[] = deepFreeze([
  '__proto__',
  '__defineGetter__',
  '__defineSetter__',
  '__lookupGetter__',
  '__lookupSetter__',
  'constructor',
  'hasOwnProperty',
  'isPrototypeOf',
  'propertyIsEnumerable',
  'toLocaleString',
  'toString',
  'valueOf',
  'prototype',
]);

// "Not one of the reserved keys", as a pattern JSON Schema validators read the same way: `(?![\s\S])` is the end of
// the string in JavaScript and in Python alike (Python's `$` also matches before a final newline).
const NOT_RESERVED = new RegExp(`^(?!(?:${RESERVED_KEYS.join('|')})(?![\\s\\S]))`);

/** A record key with no other constraint than not being reserved. */
export const recordKey = (): z.ZodString =>
  z.string().regex(NOT_RESERVED, `A key may not be ${RESERVED_KEYS.map((key) => `"${key}"`).join(', ')}`);

/**
 * A record of the caller's keys: like `z.record`, and a reserved key is
 * refused with `rotation.reserved-key` (zod never shows a `__proto__` key to
 * the key schema, so it is looked for in the input first). The JSON Schema is
 * the record's: give `key` a pattern that excludes the reserved keys.
 */
export function safeRecord<K extends z.ZodString, V extends z.ZodType>(key: K, value: V) {
  const record = z.record(key, value);
  return z.preprocess((input: z.input<typeof record>, context) => {
    if (typeof input === 'object' && input !== null && !Array.isArray(input)) {
      for (const name of Object.keys(input)) {
        if (RESERVED_KEYS.includes(name)) {
          context.addIssue({
            code: 'custom',
            path: [name],
            input: name,
            message: ROTATION_MESSAGES.en.setup.reservedKey(name),
            // The key, so that the message can be written in the parse's language (see `from-zod`).
            params: { mirpsCode: 'rotation.reserved-key', reservedKey: name },
          });
        }
      }
    }
    return input;
  }, record);
}
