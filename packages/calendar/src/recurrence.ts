// The one module that touches rrule. rrule ships a UMD bundle without an `exports` map: under plain node its ESM
// build has no named exports, so the namespace is read defensively. Its dates are floating: UTC fields carry the
// wall-clock day, so they are built with Date.UTC and read with getUTC*; expansion is always bounded.
import * as rruleModule from 'rrule';
import { MirpsCalendarError } from '@mirps/core';

type RRuleLibrary = typeof import('rrule');
const library: RRuleLibrary = (rruleModule as unknown as { RRule?: unknown }).RRule
  ? (rruleModule as unknown as RRuleLibrary)
  : (rruleModule as unknown as { default: RRuleLibrary }).default;

/** A recurrence as the model stores it. */
export interface RecurrenceSpec {
  readonly start: string;
  readonly rrule: string;
  readonly exdates?: readonly string[] | undefined;
  readonly rdates?: readonly string[] | undefined;
}

const floating = (day: string): Date => new Date(Date.UTC(Number(day.slice(0, 4)), Number(day.slice(5, 7)) - 1, Number(day.slice(8, 10))));
const dayOf = (date: Date): string =>
  `${String(date.getUTCFullYear()).padStart(4, '0')}-${String(date.getUTCMonth() + 1).padStart(2, '0')}-${String(date.getUTCDate()).padStart(2, '0')}`;

/**
 * The days a recurrence gives from `from` to `to` (both included), without its
 * exception days and with its added days, sorted. Throws a typed error when the
 * rule cannot be read.
 */
export function expandRecurrence(spec: RecurrenceSpec, from: string, to: string, path: ReadonlyArray<string | number>): string[] {
  let rule: InstanceType<RRuleLibrary['RRule']>;
  try {
    const options = library.RRule.parseString(spec.rrule);
    rule = new library.RRule({ ...options, dtstart: floating(spec.start) });
  } catch (error) {
    throw new MirpsCalendarError([
      { code: 'calendar.invalid-rrule', path: [...path, 'rrule'], message: `The recurrence rule cannot be read: ${(error as Error).message}` },
    ]);
  }
  const excluded = new Set(spec.exdates ?? []);
  const days = new Set(rule.between(floating(from), floating(to), true).map(dayOf).filter((day) => !excluded.has(day)));
  for (const day of spec.rdates ?? []) if (day >= from && day <= to) days.add(day);
  return [...days].sort();
}
