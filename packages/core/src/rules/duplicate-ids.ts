import type { MirpsIssue, MirpsIssueCode, MirpsPath } from '../errors/issue.js';
import { writePath } from '../errors/issue-list.js';
import { quoteText } from '../format/describe-value.js';
import type { Language } from '../i18n/language.js';
import { VALIDATION_MESSAGES, type Gender } from '../i18n/validation-messages.js';

/** The message of a repeated value: its quoted key and where it was first used. */
export type DuplicateMessage = (key: string, at: string) => string;

/** A value that must be unique, and where it stands in the document. */
export interface Keyed {
  readonly key: string;
  readonly path: MirpsPath;
}

/**
 * One issue for every repeat of a key, pointing back at its first use, added
 * to `into` (a new list by default), which is returned. Add them to a list by
 * passing it, never by spreading the result into `push`: a document may hold
 * more duplicates than a call can take arguments. `what` is the message (from
 * the validation catalogue, in the caller's language), or a noun for the
 * English message `Duplicate <what> "key": already used at <path>`.
 */
export function findDuplicates(entries: readonly Keyed[], code: MirpsIssueCode, what: string | DuplicateMessage, into: MirpsIssue[] = []): MirpsIssue[] {
  const message: DuplicateMessage = typeof what === 'function' ? what : (key, at) => `Duplicate ${what} ${key}: already used at ${at}`;
  const first = new Map<string, MirpsPath>();
  for (const entry of entries) {
    const earlier = first.get(entry.key);
    if (earlier === undefined) first.set(entry.key, entry.path);
    else into.push({ code, path: entry.path, message: message(quoteText(entry.key), writePath(earlier)) });
  }
  return into;
}

/** Adds the `id` of every record in a list, with its path (`[...path, index, 'id']`), to `into` (a new list by default); returns it. */
export function collectIds(records: ReadonlyArray<{ readonly id: string }>, path: MirpsPath, into: Keyed[] = []): Keyed[] {
  for (let index = 0; index < records.length; index++) into.push({ key: records[index]!.id, path: [...path, index, 'id'] });
  return into;
}

/** The `id` of every record in a list, with its path. */
export function idsOf(records: ReadonlyArray<{ readonly id: string }>, ...path: Array<string | number>): Keyed[] {
  return collectIds(records, path);
}

/**
 * A short list of the known values, for an "unknown reference" message, in a
 * language; `gender` is the grammatical gender of what is listed (Spanish
 * agrees with it: "conocidos", "conocidas").
 */
export function knownList(ids: Iterable<string>, language: Language = 'en', gender: Gender = 'm'): string {
  const says = VALIDATION_MESSAGES[language].rules;
  const all = [...ids];
  if (all.length === 0) return says.noneKnown(gender);
  const shown = all.slice(0, 12).join(', ');
  return all.length > 12 ? says.knownMore(shown, String(all.length), gender) : says.known(shown, gender);
}
