import type { MirpsValidationError } from '../errors/mirps-error.js';

/**
 * What every `safeParseX` function returns: the typed value, or the error that
 * `parseX` would have thrown.
 *
 * @example
 * ```ts
 * import { safeParseActionPlan, type MirpsParseResult, type ActionPlan } from '@mirps/core';
 * const result: MirpsParseResult<ActionPlan> = safeParseActionPlan({});
 * if (!result.success) console.log(result.error.issues.length);
 * ```
 */
export type MirpsParseResult<T> =
  | { readonly success: true; readonly data: T }
  | { readonly success: false; readonly error: MirpsValidationError };
