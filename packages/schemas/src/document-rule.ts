/**
 * A rule an exchange document follows beyond the shape its JSON Schema checks
 * (a reference that resolves, a numbering, a date within a term), as listed in
 * `@mirps/schemas/json/rules.json`, in English and Spanish. The parsers of
 * `@mirps/core` check it and report `code` when it is broken; a JSON Schema
 * validator does not.
 *
 * @example
 * ```ts
 * import type { DocumentRule } from '@mirps/schemas';
 * const rule: DocumentRule = {
 *   code: 'ref.duplicate-id',
 *   rule: 'Ids are unique across the whole plan.',
 *   text: { en: 'Ids are unique across the whole plan.', es: 'Los identificadores son únicos en todo el plan.' },
 * };
 * ```
 */
export interface DocumentRule {
  /** The issue code reported when the rule is broken, e.g. `ref.unknown-working-group`. */
  readonly code: string;
  /** The rule in a sentence, in English: the same as `text.en`. */
  readonly rule: string;
  /** The rule in a sentence, in English (`en`, the same as `rule`) and in Spanish (`es`). */
  readonly text: { readonly en: string; readonly es: string };
}
