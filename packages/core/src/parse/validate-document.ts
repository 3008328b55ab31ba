import { z } from 'zod';
import { cutLists } from '../_lib/cut-lists.js';
import { findUnreadable, unreadableIssue } from '../_lib/unreadable.js';
import { isVouchedDocument, vouchDocument } from '../_lib/vouched.js';
import { isMirpsError } from '../errors/invalid-argument.js';
import type { MirpsIssue } from '../errors/issue.js';
import { MirpsValidationError } from '../errors/mirps-error.js';
import type { Language } from '../i18n/language.js';
import { VALIDATION_MESSAGES } from '../i18n/validation-messages.js';
import { issuesFromZod } from './from-zod.js';
import type { MirpsParseResult } from './parse-result.js';

/**
 * A top-level document: its name, its shape, and the rules its content must
 * follow once the shape is right. The rules receive the context the document
 * is checked against and the language their messages are written in.
 */
export interface DocumentKind<T, Context> {
  readonly name: string;
  readonly schema: z.ZodType<T>;
  readonly rules: (document: T, context: Context, language: Language) => MirpsIssue[];
  /**
   * For a document the parser vouches for, what its validity depends on in the
   * context (compared by identity): the document returned is frozen, and given
   * back with the same context it is accepted as it is, without a new check.
   */
  readonly vouchedAgainst?: (context: Context) => object[];
}

/**
 * Checks the shape first; the rules run only on a well-shaped document, since
 * they follow references that a malformed one may not have. Never throws:
 * where reading the input throws (a getter, a Proxy), the result is a
 * `shape.unreadable` issue at the place that could not be read. The document
 * returned is zod's fresh copy: nothing in it is shared with the input; for a
 * kind vouched for, it is frozen, and returned as it is when given back.
 */
export function validateDocument<T, Context>(
  kind: DocumentKind<T, Context>,
  input: unknown,
  context: Context,
  language: Language = 'en',
): MirpsParseResult<T> {
  const against = kind.vouchedAgainst?.(context);
  if (against !== undefined && isVouchedDocument(input, kind, ...against)) return { success: true, data: input as T };
  const shape = shapeOf(kind.schema, input, language);
  if (!shape.success) return invalid(kind.name, shape.issues, language);
  let issues: MirpsIssue[];
  try {
    issues = kind.rules(shape.data, context, language);
  } catch (error) {
    if (isMirpsError(error, MirpsValidationError)) return { success: false, error };
    // The rules read only zod's copy and a validated context: an exception here is the SDK's own fault.
    return invalid(
      kind.name,
      [{ code: 'shape.unreadable', path: [], message: VALIDATION_MESSAGES[language].rulesFailed(kind.name) }],
      language,
    );
  }
  if (issues.length > 0) return invalid(kind.name, issues, language);
  return {
    success: true,
    data: against === undefined ? shape.data : vouchDocument(shape.data as T & object, kind, ...against),
  };
}

/** How many entries of each list are checked, in turn, when zod cannot gather the issues of the whole input. */
const CHECKED_ENTRIES = [1000, 10, 1];

/**
 * The document as zod reads it, or its shape issues. zod can throw for two
 * reasons: reading the input threw (a getter, a Proxy), or it ran out of stack
 * gathering the issues of one huge list (it hands a value's issues to its
 * parent as the arguments of one call). The first becomes a `shape.unreadable`
 * issue where reading failed. For the second, zod checks a copy with every
 * list cut to its first entries (1,000, else fewer), and a
 * `shape.too-many-issues` issue on each list cut says how much was checked.
 */
function shapeOf<T>(
  schema: z.ZodType<T>,
  input: unknown,
  language: Language,
): { success: true; data: T } | { success: false; issues: MirpsIssue[] } {
  // zod's own messages in the language asked for, for this parse only (never `z.config`, which is global).
  const params = language === 'es' ? { reportInput: true, error: z.locales.es().localeError } : { reportInput: true };
  try {
    const shape = schema.safeParse(input, params);
    return shape.success ? shape : { success: false, issues: issuesFromZod(shape.error.issues, language) };
  } catch (error) {
    const unreadable = findUnreadable(input);
    if (unreadable !== undefined || !isRangeError(error))
      return { success: false, issues: [unreadableIssue(input, [], 'input', language, unreadable)] };
  }
  for (const keep of CHECKED_ENTRIES) {
    try {
      const { copy, cut } = cutLists(input, keep);
      const shape = schema.safeParse(copy, params);
      const issues = shape.success ? [] : issuesFromZod(shape.error.issues, language);
      for (const list of cut) {
        const says = VALIDATION_MESSAGES[language];
        issues.push({
          code: 'shape.too-many-issues',
          path: list.path,
          message:
            keep === 1
              ? says.tooManyIssuesOne(String(list.length))
              : says.tooManyIssues(String(list.length), String(keep)),
        });
      }
      return { success: false, issues };
    } catch {
      // Still too many: check fewer entries of each list.
    }
  }
  return { success: false, issues: [unreadableIssue(input, [], 'input', language)] };
}

/** True for a RangeError (a stack overflow), false for anything else, even a thrown value whose prototype cannot be read. */
function isRangeError(error: unknown): boolean {
  try {
    return error instanceof RangeError;
  } catch {
    return false;
  }
}

const invalid = (document: string, issues: readonly MirpsIssue[], language: Language): MirpsParseResult<never> => ({
  success: false,
  error: new MirpsValidationError(document, issues, language),
});

/** The throwing form of {@link validateDocument}. */
export function unwrap<T>(result: MirpsParseResult<T>): T {
  if (!result.success) throw result.error;
  return result.data;
}
