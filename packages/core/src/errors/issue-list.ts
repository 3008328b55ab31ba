import { describeValue, quoteText } from '../format/describe-value.js';
import type { Language } from '../i18n/language.js';
import { VALIDATION_MESSAGES } from '../i18n/validation-messages.js';
import type { MirpsIssue, MirpsPath } from './issue.js';

// Issues as text, and the checks that a value given as issues (or as a path) really is one. The public
// `formatIssues` and `formatPath` check their arguments with these and then write with these; the error classes
// write their message with them.

const IDENTIFIER = /^[A-Za-z_$][\w$]*$/;

/** A path as a person reads it (`actions[3].workingGroup`, the root `(root)`, `(raíz)` in Spanish); the path must be well-formed. */
export function writePath(path: MirpsPath, language: Language = 'en'): string {
  if (path.length === 0) return VALIDATION_MESSAGES[language].root;
  let text = '';
  for (const step of path) {
    if (typeof step === 'number') text += `[${step}]`;
    else if (IDENTIFIER.test(step)) text += text === '' ? step : `.${step}`;
    else text += `[${quoteText(step)}]`;
  }
  return text;
}

/** Issues as text, one a line, the root of a path named in `language`; the issues must be well-formed. */
export function writeIssues(issues: readonly MirpsIssue[], language: Language = 'en'): string {
  let text = '';
  for (const issue of issues) {
    text += `${text === '' ? '' : '\n'}- ${writePath(issue.path, language)}: ${issue.message} (${issue.code})`;
  }
  return text;
}

/** What is wrong with a value given as a path: an array of keys (strings) and indices (numbers). */
export function pathProblems(value: unknown, at: MirpsPath): MirpsIssue[] {
  if (!Array.isArray(value)) {
    return [
      {
        code: 'shape.invalid-type',
        path: at,
        message: `Expected a path (an array of keys and indices, e.g. ['actions', 3, 'text']), got ${describeValue(value)}`,
      },
    ];
  }
  const problems: MirpsIssue[] = [];
  for (let i = 0; i < value.length; i++) {
    const step: unknown = value[i];
    if (typeof step !== 'string' && typeof step !== 'number') {
      problems.push({
        code: 'shape.invalid-type',
        path: [...at, i],
        message: `A step of a path is a key (a string) or an index (a number), got ${describeValue(step)}`,
      });
    }
  }
  return problems;
}

/** What is wrong with a value given as a list of issues, each `{ code, path, message }`. */
export function issueListProblems(value: unknown, at: MirpsPath): MirpsIssue[] {
  if (!Array.isArray(value)) {
    return [
      {
        code: 'shape.invalid-type',
        path: at,
        message: `Expected an array of issues, each { code, path, message }, got ${describeValue(value)}`,
      },
    ];
  }
  const problems: MirpsIssue[] = [];
  for (let i = 0; i < value.length; i++) {
    const issue: unknown = value[i];
    if (typeof issue !== 'object' || issue === null || Array.isArray(issue)) {
      problems.push({
        code: 'shape.invalid-type',
        path: [...at, i],
        message: `Expected an issue { code, path, message }, got ${describeValue(issue)}`,
      });
      continue;
    }
    const { code, path, message } = issue as Record<string, unknown>;
    if (typeof code !== 'string')
      problems.push({
        code: 'shape.invalid-type',
        path: [...at, i, 'code'],
        message: `An issue's code is a string, got ${describeValue(code)}`,
      });
    if (typeof message !== 'string')
      problems.push({
        code: 'shape.invalid-type',
        path: [...at, i, 'message'],
        message: `An issue's message is a string, got ${describeValue(message)}`,
      });
    for (const problem of pathProblems(path, [...at, i, 'path'])) problems.push(problem);
  }
  return problems;
}
