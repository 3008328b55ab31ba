import { unreadableIssue } from '../_lib/unreadable.js';
import { describeValue } from '../format/describe-value.js';
import { isLanguage, type Language } from '../i18n/language.js';
import { VALIDATION_MESSAGES } from '../i18n/validation-messages.js';
import { brandErrorClass, carriesBrand, instanceOfBrand } from './error-brand.js';
import type { MirpsIssue } from './issue.js';
import { issueListProblems, writeIssues } from './issue-list.js';

/**
 * The codes of the errors that MIRPS functions throw.
 *
 * @example
 * ```ts
 * import type { MirpsErrorCode } from '@mirps/core';
 * const code: MirpsErrorCode = 'validation';
 * ```
 */
export type MirpsErrorCode = 'validation' | 'rotation' | 'calendar' | 'report';

const ERROR_CODES: readonly unknown[] = ['validation', 'rotation', 'calendar', 'report'];

/**
 * Base class of every error the SDK throws on purpose, carrying its issues (a
 * code, a path and a message each). Catch this to handle all of them; narrow
 * on `code` (or `instanceof` a subclass) for the details.
 *
 * An application may hold more than one copy of `@mirps/core` (its ESM and
 * CommonJS builds, or two versions), each with its own classes. Every copy
 * recognises the errors of every other: `MirpsError.is(error)` (and `is` on
 * each subclass) and `instanceof` read a brand that all copies share, not the
 * prototype chain.
 *
 * @example
 * ```ts
 * import { MirpsError, parseActionPlan } from '@mirps/core';
 * try {
 *   parseActionPlan({});
 * } catch (error) {
 *   if (MirpsError.is(error)) console.log(error.code); // 'validation'
 * }
 * ```
 */
export class MirpsError extends Error {
  static {
    brandErrorClass(MirpsError, 'MirpsError');
  }

  /**
   * True for an error of the SDK, thrown by any copy of the package (its ESM
   * or CommonJS build, another version); false for anything else. A type
   * guard, and safe to pass as a callback.
   *
   * @param value - Anything, e.g. a caught error.
   *
   * @example
   * ```ts
   * import { MirpsError, parseActionPlan } from '@mirps/core';
   * try {
   *   parseActionPlan({});
   * } catch (error) {
   *   if (MirpsError.is(error)) console.log(error.issues.length);
   * }
   * ```
   */
  static is(value: unknown): value is MirpsError {
    return carriesBrand(value, 'MirpsError');
  }

  /**
   * Makes `instanceof` recognise the errors of every copy of the package, as
   * `is` does: `error instanceof MirpsValidationError` holds for a validation
   * error thrown by the CommonJS build as well as by the ESM build. A class of
   * your own that extends an SDK error keeps the ordinary `instanceof`.
   *
   * @param value - The value on the left of `instanceof`.
   *
   * @example
   * ```ts
   * import { createRequire } from 'node:module';
   * import { MirpsError } from '@mirps/core';
   * const { safeParseActionPlan } = createRequire(import.meta.url)('@mirps/core'); // the CommonJS build
   * const result = safeParseActionPlan({});
   * if (!result.success) result.error instanceof MirpsError; // true
   * ```
   */
  static override [Symbol.hasInstance]: (value: unknown) => boolean = instanceOfBrand;

  /** What kind of error this is. */
  readonly code: MirpsErrorCode;
  /** Every issue found, never empty: each with a code, a path and a message. */
  readonly issues: readonly MirpsIssue[];

  constructor(code: MirpsErrorCode, issues: readonly MirpsIssue[], message?: string) {
    const problems = issuesArgumentProblems(issues);
    if (!ERROR_CODES.includes(code)) {
      problems.push({
        code: 'shape.invalid-value',
        path: ['code'],
        message: `Expected one of ${ERROR_CODES.map((c) => JSON.stringify(c)).join(', ')}; got ${describeValue(code)}`,
      });
    }
    if (message !== undefined && typeof message !== 'string') {
      problems.push({
        code: 'shape.invalid-type',
        path: ['message'],
        message: `Expected a string, got ${describeValue(message)}`,
      });
    }
    if (problems.length > 0)
      throw argumentError(typeof new.target?.name === 'string' ? new.target.name : 'MirpsError', problems);
    super(message ?? writeIssues(issues));
    this.name = 'MirpsError';
    this.code = code;
    this.issues = issues;
  }
}

/**
 * Thrown by every `parseX` function when its input is not a valid document. It
 * carries all the issues found, not just the first. Also thrown by a function
 * given arguments it cannot use; `document` then names it (`arguments of
 * earliestDay`) and the paths start at the parameter's name.
 *
 * @example
 * ```ts
 * import { MirpsValidationError, parseActionPlan } from '@mirps/core';
 * try {
 *   parseActionPlan({ id: 'plan' });
 * } catch (error) {
 *   if (error instanceof MirpsValidationError) {
 *     for (const issue of error.issues) console.log(issue.code, issue.path.join('.'));
 *   }
 * }
 * ```
 */
export class MirpsValidationError extends MirpsError {
  static {
    brandErrorClass(MirpsValidationError, 'MirpsValidationError');
  }

  /**
   * True for a validation error thrown by any copy of the package (its ESM or
   * CommonJS build, another version); false for anything else. A type guard.
   *
   * @param value - Anything, e.g. a caught error.
   *
   * @example
   * ```ts
   * import { MirpsValidationError, parseActionPlan } from '@mirps/core';
   * try {
   *   parseActionPlan({ id: 'plan' });
   * } catch (error) {
   *   if (MirpsValidationError.is(error)) console.log(error.document); // 'ActionPlan'
   * }
   * ```
   */
  static override is(value: unknown): value is MirpsValidationError {
    return carriesBrand(value, 'MirpsValidationError');
  }

  /** Which document was being parsed, e.g. `'ActionPlan'`; for a function's arguments, `'arguments of formatIssues'`. */
  readonly document: string;
  /**
   * @param document - What was being parsed, e.g. `'ActionPlan'`, or `arguments of <function>`.
   * @param issues - Every issue found, never empty.
   * @param language - The language of the message's own words (its first line, the root of a path): `'en'` (default) or `'es'`. The issues' messages are written as they are.
   */
  constructor(document: string, issues: readonly MirpsIssue[], language?: Language) {
    const problems = issuesArgumentProblems(issues);
    if (typeof document !== 'string')
      problems.push({
        code: 'shape.invalid-type',
        path: ['document'],
        message: `Expected the name of a document (a string), got ${describeValue(document)}`,
      });
    pushLanguageProblem(language, problems);
    if (problems.length > 0) throw argumentError('MirpsValidationError', problems);
    // Issues come in a stable order: shape issues in document order, then rule issues rule by rule.
    super(
      'validation',
      issues,
      `${validationHeader(document, issues.length, language ?? 'en')}\n${writeIssues(issues, language)}`,
    );
    this.name = 'MirpsValidationError';
    this.document = document;
  }
}

/**
 * Thrown by the rotation engine when a well-formed request cannot be answered:
 * no member is eligible for a term, a request for too many terms or for none, a
 * date that is not a date, a date before the ledger begins. Like
 * {@link MirpsValidationError}, it carries issues with a code and a path.
 *
 * @example
 * ```ts
 * import { MirpsRotationError, projectPresidencies } from '@mirps/core';
 * try {
 *   projectPresidencies({ count: 0 });
 * } catch (error) {
 *   if (error instanceof MirpsRotationError) console.log(error.issues[0]?.code); // 'rotation.count-out-of-range'
 * }
 * ```
 */
export class MirpsRotationError extends MirpsError {
  static {
    brandErrorClass(MirpsRotationError, 'MirpsRotationError');
  }

  /**
   * True for a rotation error thrown by any copy of the package (its ESM or
   * CommonJS build, another version); false for anything else. A type guard.
   *
   * @param value - Anything, e.g. a caught error.
   *
   * @example
   * ```ts
   * import { MirpsRotationError, projectPresidencies } from '@mirps/core';
   * try {
   *   projectPresidencies({ count: 0 });
   * } catch (error) {
   *   if (MirpsRotationError.is(error)) console.log(error.issues[0]?.code); // 'rotation.count-out-of-range'
   * }
   * ```
   */
  static override is(value: unknown): value is MirpsRotationError {
    return carriesBrand(value, 'MirpsRotationError');
  }

  /**
   * @param issues - Every issue, never empty.
   * @param language - The language of the message's own words (the root of a path): `'en'` (default) or `'es'`. The issues' messages are written as they are.
   */
  constructor(issues: readonly MirpsIssue[], language?: Language) {
    const problems = languageArgumentProblems(language);
    if (problems.length > 0) throw argumentError('MirpsRotationError', problems);
    super(
      'rotation',
      issues,
      language === undefined || language === 'en' ? undefined : writeIssuesSafely(issues, language),
    );
    this.name = 'MirpsRotationError';
  }
}

/**
 * Thrown by `@mirps/calendar` when a request cannot be answered: a window
 * without an end or wider than the limit, a recurrence rule the expander
 * cannot read, a stamp that is not an instant, a value that is not a calendar.
 * Nothing is written when it is thrown.
 *
 * @example
 * ```ts
 * import { MirpsCalendarError } from '@mirps/core';
 * const error = new MirpsCalendarError([{ code: 'calendar.window-unbounded', path: ['window', 'to'], message: 'Give the window an end' }]);
 * error.code; // 'calendar'
 * ```
 */
export class MirpsCalendarError extends MirpsError {
  static {
    brandErrorClass(MirpsCalendarError, 'MirpsCalendarError');
  }

  /**
   * True for a calendar error thrown by any copy of the package (its ESM or
   * CommonJS build, another version); false for anything else. A type guard.
   *
   * @param value - Anything, e.g. a caught error.
   *
   * @example
   * ```ts
   * import { MirpsCalendarError } from '@mirps/core';
   * const issue = { code: 'calendar.invalid-stamp', path: ['stamp'], message: 'Give an instant' } as const;
   * const errors = [new Error('other'), new MirpsCalendarError([issue])];
   * errors.filter(MirpsCalendarError.is).length; // 1
   * ```
   */
  static override is(value: unknown): value is MirpsCalendarError {
    return carriesBrand(value, 'MirpsCalendarError');
  }

  /**
   * @param issues - Every issue, never empty.
   * @param language - The language of the message's own words (the root of a path): `'en'` (default) or `'es'`. The issues' messages are written as they are.
   */
  constructor(issues: readonly MirpsIssue[], language?: Language) {
    const problems = languageArgumentProblems(language);
    if (problems.length > 0) throw argumentError('MirpsCalendarError', problems);
    super(
      'calendar',
      issues,
      language === undefined || language === 'en' ? undefined : writeIssuesSafely(issues, language),
    );
    this.name = 'MirpsCalendarError';
  }
}

/**
 * Thrown by `@mirps/report` when a report cannot be made as asked, such as an
 * `asOf` day outside the plan's term. No partial report is returned.
 *
 * @example
 * ```ts
 * import { MirpsReportError } from '@mirps/core';
 * const error = new MirpsReportError([{ code: 'report.as-of-outside-term', path: ['asOf'], message: '2030-01-01 is outside the term' }]);
 * error.code; // 'report'
 * ```
 */
export class MirpsReportError extends MirpsError {
  static {
    brandErrorClass(MirpsReportError, 'MirpsReportError');
  }

  /**
   * True for a report error thrown by any copy of the package (its ESM or
   * CommonJS build, another version); false for anything else. A type guard.
   *
   * @param value - Anything, e.g. a caught error.
   *
   * @example
   * ```ts
   * import { MirpsReportError } from '@mirps/core';
   * const issue = { code: 'report.as-of-outside-term', path: ['asOf'], message: 'Outside the term' } as const;
   * const error: unknown = new MirpsReportError([issue]);
   * if (MirpsReportError.is(error)) error.issues[0]?.code; // 'report.as-of-outside-term'
   * ```
   */
  static override is(value: unknown): value is MirpsReportError {
    return carriesBrand(value, 'MirpsReportError');
  }

  /**
   * @param issues - Every issue, never empty.
   * @param language - The language of the message's own words (the root of a path): `'en'` (default) or `'es'`. The issues' messages are written as they are.
   */
  constructor(issues: readonly MirpsIssue[], language?: Language) {
    const problems = languageArgumentProblems(language);
    if (problems.length > 0) throw argumentError('MirpsReportError', problems);
    super(
      'report',
      issues,
      language === undefined || language === 'en' ? undefined : writeIssuesSafely(issues, language),
    );
    this.name = 'MirpsReportError';
  }
}

/** The first line of a validation error's message, in a language. */
function validationHeader(document: string, count: number, language: Language): string {
  const says = VALIDATION_MESSAGES[language];
  const fn = document.startsWith('arguments of ') ? document.slice('arguments of '.length) : undefined;
  return fn === undefined || language === 'en'
    ? says.invalidDocument(document, String(count))
    : says.invalidArguments(fn, String(count));
}

/** Adds the issue for a language the SDK does not write in, given to an error's constructor. */
function pushLanguageProblem(language: unknown, problems: MirpsIssue[]): void {
  if (language !== undefined && !isLanguage(language)) {
    problems.push({
      code: 'shape.invalid-value',
      path: ['language'],
      message: VALIDATION_MESSAGES.en.invalidLanguage(describeValue(language)),
    });
  }
}

/** What is wrong with the language given to an error's constructor. */
function languageArgumentProblems(language: unknown): MirpsIssue[] {
  const problems: MirpsIssue[] = [];
  pushLanguageProblem(language, problems);
  return problems;
}

/** Issues as text in a language; issues that are not well-formed are left to the base class to refuse. */
function writeIssuesSafely(issues: readonly MirpsIssue[], language: Language): string | undefined {
  try {
    return issueListProblems(issues, ['issues']).length === 0 ? writeIssues(issues, language) : undefined;
  } catch {
    return undefined;
  }
}

/** What is wrong with the issues given to an error's constructor (a fresh list, to add to). */
function issuesArgumentProblems(issues: unknown): MirpsIssue[] {
  try {
    return issueListProblems(issues, ['issues']);
  } catch {
    return [unreadableIssue(issues, ['issues'], 'issues')];
  }
}

/**
 * The error for a function called with arguments it cannot use: a
 * {@link MirpsValidationError} whose `document` is `arguments of <function>`
 * and whose paths start at the parameter's name (`['issues', 2, 'code']`).
 */
export function argumentError(fn: string, issues: readonly MirpsIssue[], language?: Language): MirpsValidationError {
  return new MirpsValidationError(`arguments of ${fn}`, issues, language);
}
