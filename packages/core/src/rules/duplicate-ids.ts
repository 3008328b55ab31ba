import type { MirpsIssue, MirpsIssueCode, MirpsPath } from '../errors/issue.js';
import { writePath } from '../errors/issue-list.js';
import { quoteText } from '../format/describe-value.js';

/** A value that must be unique, and where it stands in the document. */
export interface Keyed {
  readonly key: string;
  readonly path: MirpsPath;
}

/**
 * One issue for every repeat of a key, pointing back at its first use, added
 * to `into` (a new list by default), which is returned. Add them to a list by
 * passing it, never by spreading the result into `push`: a document may hold
 * more duplicates than a call can take arguments.
 */
export function findDuplicates(entries: readonly Keyed[], code: MirpsIssueCode, what: string, into: MirpsIssue[] = []): MirpsIssue[] {
  const first = new Map<string, MirpsPath>();
  for (const entry of entries) {
    const earlier = first.get(entry.key);
    if (earlier === undefined) first.set(entry.key, entry.path);
    else into.push({ code, path: entry.path, message: `Duplicate ${what} ${quoteText(entry.key)}: already used at ${writePath(earlier)}` });
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

/** A short list of the known values, for an "unknown reference" message. */
export function knownList(ids: Iterable<string>): string {
  const all = [...ids];
  if (all.length === 0) return 'there are none';
  const shown = all.slice(0, 12).join(', ');
  return all.length > 12 ? `known: ${shown}, … (${all.length} in all)` : `known: ${shown}`;
}
