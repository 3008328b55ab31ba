import {
  FOCUS_AREAS,
  type Indicator,
  type Language,
  type LocalizedText,
  type Money,
  type ReferenceData,
} from '@mirps/core';
import { dayText, numberText, percentText } from '../_lib/number-text.js';
import { localized, localizedRun } from '../document/blocks.js';
import type { Inline } from '../document/report-document.js';
import { type Messages, messages } from '../i18n/messages.js';
import { measuredText } from './progress-sections.js';

// What the chapters of the annual report share: its language, its day, and names for the ids the data uses.

/** The annual report's language, day and reference data, with the ways it writes numbers, days and names. */
export interface AnnualView {
  readonly year: number;
  /** The day the report reads the statuses on. */
  readonly asOf: string;
  readonly language: Language;
  readonly reference: ReferenceData;
  readonly m: Messages;
  readonly num: (n: number) => string;
  readonly percent: (n: number) => string;
  readonly day: (day: string) => string;
  readonly money: (money: Money) => string;
  /** A measured value with its unit. */
  readonly quantity: (n: number, unit: Indicator['unit']) => string;
  /** Text from the data in the report's language, marked when it falls back to the other. */
  readonly data: (value: LocalizedText | undefined, kind?: 'text' | 'strong') => Inline;
  /** The name of a member state, partner, body or working group of the reference data; the id itself otherwise. */
  readonly nameOf: (id: string) => string;
}

/** The view of an annual report in `language` on `asOf`, naming ids from `reference`. */
export function annualView(year: number, asOf: string, language: Language, reference: ReferenceData): AnnualView {
  const names = new Map<string, LocalizedText>();
  for (const entry of [...reference.workingGroups, ...reference.partners, ...reference.memberStates])
    names.set(entry.id, entry.name);
  const num = (n: number) => numberText(n, language);
  const m = messages(language);
  return {
    year,
    asOf,
    language,
    reference,
    m,
    num,
    percent: (n) => percentText(n, language),
    day: (d) => dayText(d, language),
    money: ({ amount, currency }) => `${num(amount)} ${currency}`,
    quantity: (n, unit) => measuredText(n, unit, language),
    data: (value, kind = 'text') => localizedRun(value, language, kind),
    nameOf: (id) => localized(names.get(id), language) || id,
  };
}

/** The focus areas in report order: the standard ones in their order, then the declared ones in the plan's. */
export function areasInOrder(
  used: ReadonlySet<string>,
  declared: ReadonlyArray<{ readonly id: string }> = [],
): string[] {
  return [...FOCUS_AREAS, ...declared.map((d) => d.id)].filter((area) => used.has(area));
}
