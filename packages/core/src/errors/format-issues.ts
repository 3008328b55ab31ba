import { describeValue } from '../format/describe-value.js';
import { isLanguage, type Language } from '../i18n/language.js';
import { VALIDATION_MESSAGES } from '../i18n/validation-messages.js';
import { guardArguments } from './invalid-argument.js';
import type { MirpsIssue, MirpsPath } from './issue.js';
import { issueListProblems, pathProblems, writeIssues, writePath } from './issue-list.js';
import { argumentError } from './mirps-error.js';

/** The language of the words {@link formatIssues} writes itself: the root of a document is `(root)` in English, `(raíz)` in Spanish. */
function languageProblems(options: unknown): { language: Language; problems: MirpsIssue[] } {
  if (options === undefined) return { language: 'en', problems: [] };
  if (typeof options !== 'object' || options === null || Array.isArray(options)) {
    return {
      language: 'en',
      problems: [
        {
          code: 'shape.invalid-type',
          path: ['options'],
          message: `Expected options { language? } or nothing, got ${describeValue(options)}`,
        },
      ],
    };
  }
  const language: unknown = (options as { language?: unknown }).language;
  if (language === undefined || isLanguage(language)) return { language: language ?? 'en', problems: [] };
  return {
    language: 'en',
    problems: [
      {
        code: 'shape.invalid-value',
        path: ['options', 'language'],
        message: VALIDATION_MESSAGES.en.invalidLanguage(describeValue(language)),
      },
    ],
  };
}

/**
 * Writes a path the way a person reads it: `actions[3].workingGroup`; the root is `(root)`, or `(raíz)` with `{ language: 'es' }`.
 * A key that is not a plain name is quoted and escaped, so the text stays on one line.
 *
 * @param path - The path, e.g. `issue.path`.
 * @param options - `language`: `'en'` (default) or `'es'`; any other value is refused (`shape.invalid-value`).
 * @throws {@link MirpsValidationError} (`arguments of formatPath`) when `path` is not an array of keys and indices, or the options are not valid.
 *
 * @example
 * ```ts
 * import { formatPath } from '@mirps/core';
 * formatPath(['actions', 3, 'workingGroup']); // 'actions[3].workingGroup'
 * formatPath([], { language: 'es' }); // '(raíz)'
 * ```
 */
export function formatPath(path: MirpsPath, options?: { readonly language?: Language }): string {
  return guardArguments('formatPath', { path, options }, () => {
    const problems = pathProblems(path, ['path']);
    const { language, problems: optionProblems } = languageProblems(options);
    for (const problem of optionProblems) problems.push(problem);
    if (problems.length > 0) throw argumentError('formatPath', problems);
    return writePath(path, language);
  });
}

/**
 * Turns issues into readable text, one issue per line:
 * `- actions[3].workingGroup: Unknown working group … (ref.unknown-working-group)`.
 * Pure: the same issues always give the same text. The messages are written
 * as they are (each is in the language of the parse that found it); the only
 * word `formatIssues` writes itself is the name of the document's root,
 * `(root)`, or `(raíz)` with `{ language: 'es' }`.
 *
 * @param issues - The issues, e.g. `error.issues`.
 * @param options - `language`: `'en'` (default) or `'es'`; any other value is refused (`shape.invalid-value`).
 * @throws {@link MirpsValidationError} (`arguments of formatIssues`) when `issues` is not an array of `{ code, path, message }`, or the options are not valid.
 *
 * @example
 * ```ts
 * import { formatIssues, safeParseActionPlan } from '@mirps/core';
 * const result = safeParseActionPlan({});
 * if (!result.success) console.log(formatIssues(result.error.issues));
 * const enEspañol = safeParseActionPlan([], { language: 'es' });
 * if (!enEspañol.success) formatIssues(enEspañol.error.issues, { language: 'es' }); // '- (raíz): Se esperaba un objeto; se recibió una lista (shape.invalid-type)'
 * ```
 */
export function formatIssues(issues: readonly MirpsIssue[], options?: { readonly language?: Language }): string {
  return guardArguments('formatIssues', { issues, options }, () => {
    const problems = issueListProblems(issues, ['issues']);
    const { language, problems: optionProblems } = languageProblems(options);
    for (const problem of optionProblems) problems.push(problem);
    if (problems.length > 0) throw argumentError('formatIssues', problems);
    return writeIssues(issues, language);
  });
}
