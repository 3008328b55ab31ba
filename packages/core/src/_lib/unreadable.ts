import type { MirpsIssue, MirpsPath } from '../errors/issue.js';
import type { Language } from '../i18n/language.js';
import { VALIDATION_MESSAGES } from '../i18n/validation-messages.js';

/** What a value that could not be read is, for the message: the input, the context, a function's arguments, the issues given to an error. */
export type Unreadable = 'input' | 'context' | 'arguments' | 'issues';

// Reading a caller's value can throw: a getter, a Proxy trap, a revoked Proxy. When it does, this finds where, so
// the issue can point there. It reads the value as a parser would (array indices up to `length`, own enumerable
// keys), depth first in document order, one step at a time (no recursion, so no depth overflows the stack), and
// gives up after a fixed number of reads, so that a Proxy that invents new objects on every read cannot keep it busy.
// It only runs after a read has failed; it is a diagnosis, not a limit on what can be parsed.

/** How many reads the search makes at most before it gives up (the path is then unknown). */
const READ_BUDGET = 1_000_000;

interface Pending {
  readonly value: unknown;
  readonly path: MirpsPath;
}

/** The first place where reading `value` throws, as a path from it; `undefined` when every read succeeds (or the budget runs out). */
export function findUnreadable(value: unknown): MirpsPath | undefined {
  const stack: Pending[] = [{ value, path: [] }];
  const seen = new WeakSet<object>();
  let reads = 0;
  for (let pending = stack.pop(); pending !== undefined; pending = stack.pop()) {
    const { value: node, path } = pending;
    if (node === null || (typeof node !== 'object' && typeof node !== 'function')) continue;
    if (seen.has(node)) continue;
    seen.add(node);
    const children: Pending[] = [];
    try {
      if (Array.isArray(node)) {
        const length = (node as unknown[]).length;
        for (let i = 0; i < length; i++) {
          if (++reads > READ_BUDGET) return undefined;
          try {
            children.push({ value: (node as unknown[])[i], path: [...path, i] });
          } catch {
            return [...path, i];
          }
        }
      } else {
        for (const key of Object.keys(node)) {
          if (++reads > READ_BUDGET) return undefined;
          try {
            children.push({ value: (node as Record<string, unknown>)[key], path: [...path, key] });
          } catch {
            return [...path, key];
          }
        }
      }
    } catch {
      // Its keys or its length could not be read: the value itself is unreadable.
      return path;
    }
    for (const child of children.reverse()) stack.push(child);
  }
  return undefined;
}

/**
 * The issue for a value whose reading threw: at the place found, or at the
 * value itself, with what to do, in a language. The error thrown is not
 * repeated: it belongs to the caller's code, and its text could be anything.
 *
 * @param value - The value that could not be read.
 * @param root - Its path (e.g. `['context']`, or `[]` for the document parsed).
 * @param what - What it is, for the message: the input, the context, the arguments, the issues.
 * @param language - The language of the message (`'en'` by default).
 * @param found - Where reading it fails, when already searched for.
 */
export function unreadableIssue(
  value: unknown,
  root: MirpsPath,
  what: Unreadable,
  language: Language = 'en',
  found: MirpsPath | undefined = findUnreadable(value),
): MirpsIssue {
  const says = VALIDATION_MESSAGES[language];
  const reading = found === undefined || found.length === 0 ? says.reading[what] : says.reading.value;
  return {
    code: 'shape.unreadable',
    path: found === undefined ? root : [...root, ...found],
    message: says.unreadable(reading),
  };
}
