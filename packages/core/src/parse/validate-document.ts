import type { z } from 'zod';
import type { MirpsIssue } from '../errors/issue.js';
import { MirpsValidationError } from '../errors/mirps-error.js';
import { issuesFromZod } from './from-zod.js';
import type { MirpsParseResult } from './parse-result.js';

/**
 * A top-level document: its name, its shape, and the rules its content must
 * follow once the shape is right.
 */
export interface DocumentKind<T, Context> {
  readonly name: string;
  readonly schema: z.ZodType<T>;
  readonly rules: (document: T, context: Context) => MirpsIssue[];
}

/**
 * Checks the shape first; the rules run only on a well-shaped document, since
 * they follow references that a malformed one may not have.
 */
export function validateDocument<T, Context>(kind: DocumentKind<T, Context>, input: unknown, context: Context): MirpsParseResult<T> {
  const shape = kind.schema.safeParse(input, { reportInput: true });
  if (!shape.success) {
    return { success: false, error: new MirpsValidationError(kind.name, issuesFromZod(shape.error.issues)) };
  }
  const issues = kind.rules(shape.data, context);
  if (issues.length > 0) return { success: false, error: new MirpsValidationError(kind.name, issues) };
  return { success: true, data: shape.data };
}

/** The throwing form of {@link validateDocument}. */
export function unwrap<T>(result: MirpsParseResult<T>): T {
  if (!result.success) throw result.error;
  return result.data;
}
