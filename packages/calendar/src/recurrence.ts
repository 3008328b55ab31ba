// The one module that touches rrule. rrule ships a UMD bundle without an `exports` map: under plain node its ESM
// build has no named exports, so the namespace is read defensively. Its dates are floating: UTC fields carry the
// wall-clock day, so they are built as UTC midnights and read in UTC; expansion is always bounded.
import * as rruleModule from 'rrule';
import { MirpsCalendarError } from '@mirps/core';
import { dayDate, dayOf } from './_lib/days.js';

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

/** A day as rrule reads it: a plain Date at the day's UTC midnight. */
const floating = (day: string): Date => new Date(dayDate(day).getTime());

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
