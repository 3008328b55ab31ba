import { deepFreeze } from '../_lib/deep-freeze.js';

/**
 * How long one term of a rotating presidency lasts: a year (MIRPS, ASEAN), half
 * a year (MERCOSUR, SICA) or a month (the UN Security Council).
 *
 * @example
 * ```ts
 * import { TERM_LENGTHS } from '@mirps/core';
 * TERM_LENGTHS; // ['year', 'half-year', 'month']
 * ```
 */
export const TERM_LENGTHS = deepFreeze(['year', 'half-year', 'month'] as const);

/**
 * One of {@link TERM_LENGTHS}.
 *
 * @example
 * ```ts
 * import type { TermLength } from '@mirps/core';
 * const length: TermLength = 'half-year';
 * ```
 */
export type TermLength = (typeof TERM_LENGTHS)[number];

const PATTERNS: Record<TermLength, RegExp> = {
  year: /^(\d{4})$/,
  'half-year': /^(\d{4})-H([12])$/,
  month: /^(\d{4})-(0[1-9]|1[0-2])$/,
};

/** A well-formed label for each term length, for the messages that refuse a malformed one. */
export const TERM_LABEL_EXAMPLES: Readonly<Record<TermLength, string>> = {
  year: '2024',
  'half-year': '2024-H1',
  month: '2024-03',
};

/** True when `label` is a well-formed label for terms of `length`. */
export function isTermLabel(label: string, length: TermLength): boolean {
  return PATTERNS[length].test(label);
}

/** The position of a term on a line of consecutive terms: year × (terms per year) + index within the year. */
export function termIndex(label: string, length: TermLength): number {
  const match = PATTERNS[length].exec(label);
  if (!match) throw new TypeError(`Not a ${length} term label: ${JSON.stringify(label)}`);
  const year = Number(match[1]);
  if (length === 'year') return year;
  if (length === 'half-year') return year * 2 + Number(match[2]) - 1;
  return year * 12 + Number(match[2]) - 1;
}

/** The label of the term at a position; the inverse of {@link termIndex}. */
export function termLabelAt(index: number, length: TermLength): string {
  if (length === 'year') return String(index).padStart(4, '0');
  if (length === 'half-year') return `${String(Math.floor(index / 2)).padStart(4, '0')}-H${(index % 2) + 1}`;
  return `${String(Math.floor(index / 12)).padStart(4, '0')}-${String((index % 12) + 1).padStart(2, '0')}`;
}

/** The first day of the period a term is named after, as `YYYY-MM-DD`. */
export function nominalStart(index: number, length: TermLength): string {
  if (length === 'year') return `${String(index).padStart(4, '0')}-01-01`;
  if (length === 'half-year')
    return `${String(Math.floor(index / 2)).padStart(4, '0')}-${index % 2 === 0 ? '01' : '07'}-01`;
  return `${termLabelAt(index, 'month')}-01`;
}
