import type { MirpsIssue, MirpsIssueCode, MirpsPath } from '../errors/issue.js';
import { formatPath } from '../errors/format-issues.js';

/** A value that must be unique, and where it stands in the document. */
export interface Keyed {
  readonly key: string;
  readonly path: MirpsPath;
}

/** One issue for every repeat of a key, pointing back at its first use. */
export function findDuplicates(entries: readonly Keyed[], code: MirpsIssueCode, what: string): MirpsIssue[] {
  const first = new Map<string, MirpsPath>();
  const issues: MirpsIssue[] = [];
  for (const entry of entries) {
    const earlier = first.get(entry.key);
    if (earlier === undefined) first.set(entry.key, entry.path);
    else issues.push({ code, path: entry.path, message: `Duplicate ${what} ${JSON.stringify(entry.key)}: already used at ${formatPath(earlier)}` });
  }
  return issues;
}

/** The `id` of every record in a list, with its path. */
export function idsOf(records: ReadonlyArray<{ readonly id: string }>, ...path: Array<string | number>): Keyed[] {
  return records.map((record, index) => ({ key: record.id, path: [...path, index, 'id'] }));
}

/** A short list of the known values, for an "unknown reference" message. */
export function knownList(ids: Iterable<string>): string {
  const all = [...ids];
  if (all.length === 0) return 'there are none';
  const shown = all.slice(0, 12).join(', ');
  return all.length > 12 ? `known: ${shown}, … (${all.length} in all)` : `known: ${shown}`;
}
