import type { MirpsIssue, MirpsIssueCode, MirpsPath } from '../errors/issue.js';
import { writePath } from '../errors/issue-list.js';
import { quoteText } from '../format/describe-value.js';
import type { Language } from '../i18n/language.js';
import { type Gender, VALIDATION_MESSAGES } from '../i18n/validation-messages.js';

/** The message of a repeated value: its quoted key and where it was first used. */
export type DuplicateMessage = (key: string, at: string) => string;

/**
 * Values that must be unique: a list, the key of each entry (its id, its
 * number), and where that key stands in the document, built only for an issue.
 */
export interface KeyedList<T> {
  readonly items: readonly T[];
  readonly key: (item: T) => string;
  readonly path: (index: number) => MirpsPath;
}

/** The key of a record: its `id`. */
export const byId = (record: { readonly id: string }): string => record.id;

/** The ids of a list of records, at `[...path, index, 'id']`. */
export function idsIn(
  records: ReadonlyArray<{ readonly id: string }>,
  ...path: Array<string | number>
): KeyedList<{ readonly id: string }> {
  return { items: records, key: byId, path: (index) => [...path, index, 'id'] };
}

/** The ids of the records of some lists, as a set to look references up in. */
export function idSet(...lists: Array<ReadonlyArray<{ readonly id: string }>>): Set<string> {
  const ids = new Set<string>();
  for (const records of lists) for (const record of records) ids.add(record.id);
  return ids;
}

/**
 * One issue for every repeat of a key, pointing back at its first use, added
 * to `into` (a new list by default), which is returned. The keys of all the
 * lists share one namespace. Add them to a list by passing it, never by
 * spreading the result into `push`: a document may hold more duplicates than a
 * call can take arguments. `message` words the issue (from a message
 * catalogue, in the caller's language) from the quoted key and the path of its
 * first use. Nothing is allocated for a key seen once but its entry in the
 * lookup: paths are written only for an issue.
 */
export function findDuplicates<T>(
  lists: ReadonlyArray<KeyedList<T>>,
  code: MirpsIssueCode,
  message: DuplicateMessage,
  into: MirpsIssue[] = [],
): MirpsIssue[] {
  if (allDistinct(lists)) return into;
  const first = new Map<string, number>();
  let position = 0;
  for (const list of lists) {
    const { items, key: keyOf } = list;
    for (const [index, item] of items.entries()) {
      const key = keyOf(item);
      const earlier = first.get(key);
      if (earlier === undefined) first.set(key, position);
      else
        into.push({
          code,
          path: list.path(index),
          message: message(quoteText(key), writePath(pathAt(lists, earlier))),
        });
      position++;
    }
  }
  return into;
}

/** True when no key repeats: one set insertion per entry, the common case; where a key repeats, the positions are looked up anew. */
function allDistinct<T>(lists: ReadonlyArray<KeyedList<T>>): boolean {
  const seen = new Set<string>();
  for (const { items, key: keyOf } of lists) {
    for (const item of items) {
      const size = seen.size;
      if (seen.add(keyOf(item)).size === size) return false;
    }
  }
  return true;
}

/** The path of the entry at `position`, counting the entries of all the lists in turn. */
function pathAt<T>(lists: ReadonlyArray<KeyedList<T>>, position: number): MirpsPath {
  let index = position;
  for (const list of lists) {
    if (index < list.items.length) return list.path(index);
    index -= list.items.length;
  }
  throw new RangeError(`No entry at position ${position} of the lists`);
}

/**
 * A short list of the known values, for an "unknown reference" message, in a
 * language; `gender` is the grammatical gender of what is listed (Spanish
 * agrees with it: "conocidos", "conocidas").
 */
export function knownList(ids: Iterable<string>, language: Language, gender: Gender = 'm'): string {
  const says = VALIDATION_MESSAGES[language];
  const all = [...ids];
  if (all.length === 0) return says.noneKnown(gender);
  const shown = all.slice(0, 12).join(', ');
  return all.length > 12 ? says.knownMore(shown, String(all.length), gender) : says.known(shown, gender);
}
