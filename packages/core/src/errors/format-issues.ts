import type { MirpsIssue, MirpsPath } from './issue.js';

/**
 * Writes a path the way a person reads it: `actions[3].workingGroup`; the root is `(root)`.
 *
 * @example
 * ```ts
 * import { formatPath } from '@mirps/core';
 * formatPath(['actions', 3, 'workingGroup']); // 'actions[3].workingGroup'
 * ```
 */
export function formatPath(path: MirpsPath): string {
  if (path.length === 0) return '(root)';
  let text = '';
  for (const step of path) {
    if (typeof step === 'number') text += `[${step}]`;
    else if (/^[A-Za-z_$][\w$]*$/.test(step)) text += text === '' ? step : `.${step}`;
    else text += `[${JSON.stringify(step)}]`;
  }
  return text;
}

/**
 * Turns issues into readable text, one issue per line:
 * `- actions[3].workingGroup: Unknown working group … (ref.unknown-working-group)`.
 * Pure: the same issues always give the same text.
 *
 * @example
 * ```ts
 * import { formatIssues, safeParseActionPlan } from '@mirps/core';
 * const result = safeParseActionPlan({});
 * if (!result.success) console.log(formatIssues(result.error.issues));
 * ```
 */
export function formatIssues(issues: readonly MirpsIssue[]): string {
  return issues.map((issue) => `- ${formatPath(issue.path)}: ${issue.message} (${issue.code})`).join('\n');
}
