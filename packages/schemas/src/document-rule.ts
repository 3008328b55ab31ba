/**
 * A rule an exchange document follows beyond the shape its JSON Schema checks
 * (a reference that resolves, a numbering, a date within a term), as listed in
 * `@mirps/schemas/json/rules.json`. The parsers of `@mirps/core` check it and
 * report `code` when it is broken; a JSON Schema validator does not.
 *
 * @example
 * ```ts
 * import type { DocumentRule } from '@mirps/schemas';
 * const rule: DocumentRule = { code: 'ref.duplicate-id', rule: 'Ids are unique across the whole plan.' };
 * ```
 */
export interface DocumentRule {
  /** The issue code reported when the rule is broken, e.g. `ref.unknown-working-group`. */
  readonly code: string;
  /** The rule in a sentence. */
  readonly rule: string;
}
