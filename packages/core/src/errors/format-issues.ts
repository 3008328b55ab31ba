import { guardArguments } from './invalid-argument.js';
import type { MirpsIssue, MirpsPath } from './issue.js';
import { issueListProblems, pathProblems, writeIssues, writePath } from './issue-list.js';
import { argumentError } from './mirps-error.js';

/**
 * Writes a path the way a person reads it: `actions[3].workingGroup`; the root is `(root)`.
 * A key that is not a plain name is quoted and escaped, so the text stays on one line.
 *
 * @throws {@link MirpsValidationError} (`arguments of formatPath`) when `path` is not an array of keys and indices.
 *
 * @example
 * ```ts
 * import { formatPath } from '@mirps/core';
 * formatPath(['actions', 3, 'workingGroup']); // 'actions[3].workingGroup'
 * ```
 */
export function formatPath(path: MirpsPath): string {
  return guardArguments('formatPath', { path }, () => {
    const problems = pathProblems(path, ['path']);
    if (problems.length > 0) throw argumentError('formatPath', problems);
    return writePath(path);
  });
}

/**
 * Turns issues into readable text, one issue per line:
 * `- actions[3].workingGroup: Unknown working group … (ref.unknown-working-group)`.
 * Pure: the same issues always give the same text.
 *
 * @throws {@link MirpsValidationError} (`arguments of formatIssues`) when `issues` is not an array of `{ code, path, message }`.
 *
 * @example
 * ```ts
 * import { formatIssues, safeParseActionPlan } from '@mirps/core';
 * const result = safeParseActionPlan({});
 * if (!result.success) console.log(formatIssues(result.error.issues));
 * ```
 */
export function formatIssues(issues: readonly MirpsIssue[]): string {
  return guardArguments('formatIssues', { issues }, () => {
    const problems = issueListProblems(issues, ['issues']);
    if (problems.length > 0) throw argumentError('formatIssues', problems);
    return writeIssues(issues);
  });
}
