import type { Language } from '@mirps/core';
import { type Messages, messagesIn } from './i18n/messages.js';

/** Where a JSON text first breaks the grammar, and what was expected there. */
export interface JsonSyntaxError {
  /** The line, from 1. */
  readonly line: number;
  /** The column on that line, from 1, in characters (UTF-16 code units). */
  readonly column: number;
  /** What is wrong there, e.g. `expected ',' or '}' after a property value, found 'x'`. */
  readonly problem: string;
}

const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
const ESCAPES = new Set(['"', '\\', '/', 'b', 'f', 'n', 'r', 't']);

const shown = (text: string, at: number, messages: Messages): string => {
  const code = text.codePointAt(at);
  if (code === undefined) return messages.jsonEndOfText;
  return code < 0x20 || (code >= 0x7f && code <= 0x9f)
    ? messages.jsonControlCharacter(`U+${code.toString(16).toUpperCase().padStart(4, '0')}`)
    : `'${String.fromCodePoint(code)}'`;
};

/**
 * Finds the first place a text is not JSON (RFC 8259), for a message that
 * names its line and column the same way on every Node.js version; undefined
 * when the text is JSON. It reads iteratively, so any depth of nesting is read
 * without recursion. The problem is worded in `language` (English by default).
 */
export function findJsonSyntaxError(text: string, language: Language = 'en'): JsonSyntaxError | undefined {
  const messages = messagesIn(language);
  const end = text.length;
  const stack: ('array' | 'object')[] = [];
  let at = 0;
  const fail = (problem: string): JsonSyntaxError => {
    const before = text.slice(0, at);
    const lineStart = before.lastIndexOf('\n') + 1;
    return { line: (before.match(/\n/g)?.length ?? 0) + 1, column: at - lineStart + 1, problem };
  };
  const skipSpace = (): void => {
    while (at < end && (text[at] === ' ' || text[at] === '\t' || text[at] === '\n' || text[at] === '\r')) at++;
  };
  /** Reads a string from its opening quote; a problem when it is not one. */
  const readString = (): string | undefined => {
    at++;
    while (at < end) {
      const character = text.charAt(at);
      if (character === '"') {
        at++;
        return undefined;
      }
      if (character < ' ') return messages.jsonControlInString(shown(text, at, messages));
      if (character === '\\') {
        const next = text[at + 1];
        if (next === 'u') {
          if (!/^[0-9a-fA-F]{4}$/.test(text.slice(at + 2, at + 6))) return messages.jsonUnicodeEscape;
          at += 6;
        } else if (next !== undefined && ESCAPES.has(next)) at += 2;
        else {
          at++;
          return messages.jsonAfterBackslash(shown(text, at, messages));
        }
      } else at++;
    }
    return messages.jsonUnclosedString;
  };
  /** Reads `"key":` inside an object; a problem when it is not there. */
  const readKey = (): string | undefined => {
    skipSpace();
    if (text[at] !== '"') return messages.jsonExpectedKey(shown(text, at, messages));
    const problem = readString();
    if (problem !== undefined) return problem;
    skipSpace();
    if (text[at] !== ':') return messages.jsonExpectedColon(shown(text, at, messages));
    at++;
    return undefined;
  };

  skipSpace();
  if (at === end) return fail(messages.jsonEmpty);
  for (;;) {
    // A value is expected at `at`.
    skipSpace();
    const character = text[at];
    if (character === '{' || character === '[') {
      at++;
      skipSpace();
      if (text[at] === (character === '{' ? '}' : ']')) at++;
      else {
        stack.push(character === '{' ? 'object' : 'array');
        if (character === '{') {
          const problem = readKey();
          if (problem !== undefined) return fail(problem);
        }
        continue;
      }
    } else if (character === '"') {
      const problem = readString();
      if (problem !== undefined) return fail(problem);
    } else if (character === '-' || (character !== undefined && character >= '0' && character <= '9')) {
      NUMBER.lastIndex = at;
      if (!NUMBER.test(text)) return fail(messages.jsonNotANumber(shown(text, at + 1, messages), character));
      at = NUMBER.lastIndex;
      if (/[0-9.eE]/.test(text[at] ?? '')) return fail(messages.jsonNumberGoesOn(shown(text, at, messages)));
    } else if (text.startsWith('true', at) || text.startsWith('null', at)) at += 4;
    else if (text.startsWith('false', at)) at += 5;
    else return fail(messages.jsonExpectedValue(shown(text, at, messages)));
    // After a value: a comma, the end of its container, or the end of the text.
    for (;;) {
      skipSpace();
      const container = stack.at(-1);
      if (container === undefined)
        return at === end ? undefined : fail(messages.jsonExpectedEnd(shown(text, at, messages)));
      const close = container === 'object' ? '}' : ']';
      if (text[at] === close) {
        at++;
        stack.pop();
        continue;
      }
      if (text[at] !== ',')
        return fail(
          messages.jsonExpectedComma(
            close,
            container === 'object' ? messages.jsonAfterPropertyValue : messages.jsonAfterArrayElement,
            shown(text, at, messages),
          ),
        );
      at++;
      if (container === 'object') {
        const problem = readKey();
        if (problem !== undefined) return fail(problem);
      } else {
        skipSpace();
        if (text[at] === ']') return fail(messages.jsonTrailingComma);
      }
      break;
    }
  }
}
