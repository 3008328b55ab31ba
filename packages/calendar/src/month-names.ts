import type { Language } from '@mirps/core';

/**
 * The months' short English names, January first, as the month grid and the
 * reports head their columns.
 *
 * @example
 * ```ts
 * import { MONTH_ABBREVIATIONS } from '@mirps/calendar';
 * MONTH_ABBREVIATIONS[8]; // 'Sep'
 * ```
 */
export const MONTH_ABBREVIATIONS: readonly string[] = Object.freeze([
  'Jan',
  'Feb',
  'Mar',
  'Apr',
  'May',
  'Jun',
  'Jul',
  'Aug',
  'Sep',
  'Oct',
  'Nov',
  'Dec',
]);

// Fixed tables, not Intl: its abbreviations vary between ICU versions ("sept", "sep.", "sep").
const SPANISH: readonly string[] = Object.freeze([
  'ene',
  'feb',
  'mar',
  'abr',
  'may',
  'jun',
  'jul',
  'ago',
  'sep',
  'oct',
  'nov',
  'dic',
]);

/**
 * The months' short names in a language, January first: English as
 * {@link MONTH_ABBREVIATIONS}, Spanish in lower case as Spanish writes them
 * (`ene`, `feb` … `dic`). A fixed table, the same on every runtime.
 *
 * @param language - `'en'` or `'es'`.
 * @example
 * ```ts
 * import { monthAbbreviations } from '@mirps/calendar';
 * monthAbbreviations('es')[0]; // 'ene'
 * ```
 */
export function monthAbbreviations(language: Language): readonly string[] {
  return language === 'es' ? SPANISH : MONTH_ABBREVIATIONS;
}
