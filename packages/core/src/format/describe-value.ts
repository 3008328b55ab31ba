import type { Language } from '../i18n/language.js';
import { VALIDATION_MESSAGES } from '../i18n/validation-messages.js';

// How a caller's value is shown inside an issue message: quoted and escaped, so that no text from the input can
// break the line an issue is written on (a terminal, a log line, a report), and short.

/** The longest part of a string an issue message quotes. */
const QUOTED_LENGTH = 40;

/**
 * A string as a JSON string literal, with the characters JSON leaves as they
 * are but that still break or control a line (DEL, the C1 controls, U+2028 and
 * U+2029) escaped too: the result is always one line of printable text.
 */
export function quoteText(text: string): string {
  return JSON.stringify(text).replace(
    /[\u007f-\u009f\u2028\u2029]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}

/** `U+000D` for a character: how messages name a character. */
export function codePoint(character: string): string {
  return `U+${(character.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`;
}

/**
 * A short description of any value for a message: `null`, `an array`, `the
 * string "…"` (quoted, escaped and cut at 40 characters), `the number 3`, `an
 * object`, or its type. Never throws, whatever the value (a revoked Proxy too).
 * Every package of the SDK quotes a caller's value in its messages with it, so
 * no text from the input can break the line an issue is written on.
 *
 * @param value - Anything.
 * @param language - The language of the words around the value; English by default.
 * @example
 * ```ts
 * import { describeValue } from '@mirps/core';
 * describeValue('x\ny'); // 'the string "x\\ny"'
 * describeValue([1]); // 'an array'
 * describeValue(5, 'es'); // 'el número 5'
 * ```
 */
export function describeValue(value: unknown, language: Language = 'en'): string {
  const words = VALIDATION_MESSAGES[language].values;
  if (value === null) return 'null';
  if (typeof value === 'string') {
    return words.string(
      value.length > QUOTED_LENGTH ? `${quoteText(value.slice(0, QUOTED_LENGTH)).slice(0, -1)}…"` : quoteText(value),
    );
  }
  if (typeof value === 'number') return words.number(String(value));
  if (typeof value === 'object') {
    try {
      return Array.isArray(value) ? words.array : words.object;
    } catch {
      return words.object;
    }
  }
  if (typeof value === 'function') return words.function;
  return typeof value;
}
