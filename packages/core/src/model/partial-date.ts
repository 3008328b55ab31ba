import { z } from 'zod';
import { compiledOnFirstUse } from '../_lib/compiled-schema.js';
import type { MirpsIssue } from '../errors/issue.js';
import { argumentError } from '../errors/mirps-error.js';
import { describeValue } from '../format/describe-value.js';

const PARTIAL_DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/** A partial date read into numbers. */
interface DateParts {
  readonly year: number;
  readonly month?: number;
  readonly day?: number;
}

/** Reads a partial date, or returns undefined when it is not a real calendar date. */
function readPartialDate(value: string): DateParts | undefined {
  const match = PARTIAL_DATE.exec(value);
  if (!match) return undefined;
  const year = Number(match[1]);
  if (match[2] === undefined) return { year };
  const month = Number(match[2]);
  if (month < 1 || month > 12) return undefined;
  if (match[3] === undefined) return { year, month };
  const day = Number(match[3]);
  if (day < 1 || day > daysInMonth(year, month)) return undefined;
  return { year, month, day };
}

// Only real calendar dates, leap years included, in one pattern: JSON Schema validators enforce exactly what zod does.
const DAY_IN_MONTH =
  '(?:(?:0[13578]|1[02])-(?:0[1-9]|[12]\\d|3[01])|(?:0[469]|11)-(?:0[1-9]|[12]\\d|30)|02-(?:0[1-9]|1\\d|2[0-8]))';
const LEAP_YEAR = '(?:\\d{2}(?:0[48]|[2468][048]|[13579][26])|(?:[02468][048]|[13579][26])00)';
/** The pattern of a real partial date. */
export const CALENDAR_DATE = new RegExp(
  `^(?:\\d{4}(?:-(?:0[1-9]|1[0-2]))?|\\d{4}-${DAY_IN_MONTH}|${LEAP_YEAR}-02-29)$`,
);

/** The pattern of a real calendar day, `YYYY-MM-DD`. */
export const CALENDAR_DAY = new RegExp(`^(?:\\d{4}-${DAY_IN_MONTH}|${LEAP_YEAR}-02-29)$`);

/**
 * The issue code for a string that fails {@link CALENDAR_DATE}: the right form
 * but no such day (`shape.invalid-date`), or the wrong form altogether.
 */
export function partialDateIssueCode(value: unknown): 'shape.invalid-date' | 'shape.invalid-format' {
  return typeof value === 'string' && PARTIAL_DATE.test(value) ? 'shape.invalid-date' : 'shape.invalid-format';
}

/**
 * A date known to the year (`2019`), the month (`2019-06`) or the day
 * (`2019-06-30`), as in Popolo: sources often know no more than the month.
 * Must be a real calendar date (`2023-02-29` is rejected).
 *
 * @example
 * ```ts
 * import { partialDateSchema } from '@mirps/core';
 * partialDateSchema.parse('2019-06');
 * ```
 */
export const partialDateSchema = /* @__PURE__ */ compiledOnFirstUse(
  /* @__PURE__ */ z
    .string()
    .regex(CALENDAR_DATE, 'Write a calendar date as YYYY, YYYY-MM or YYYY-MM-DD (a real month and day)')
    .meta({
      title: 'PartialDate',
      description: 'A date known to the year (YYYY), month (YYYY-MM) or day (YYYY-MM-DD).',
    }),
);

/**
 * A calendar day, `YYYY-MM-DD`: a real day, known to the day. Used where a
 * reduced precision makes no sense, such as the start of a recurrence.
 *
 * @example
 * ```ts
 * import { calendarDaySchema } from '@mirps/core';
 * calendarDaySchema.parse('2023-01-19');
 * ```
 */
export const calendarDaySchema = /* @__PURE__ */ compiledOnFirstUse(
  /* @__PURE__ */ z
    .string()
    .regex(CALENDAR_DAY, 'Write a calendar day as YYYY-MM-DD (a real month and day)')
    .meta({ title: 'CalendarDay', description: 'A real calendar day, YYYY-MM-DD.' }),
);

/**
 * A real calendar day, `YYYY-MM-DD`.
 *
 * @example
 * ```ts
 * import type { CalendarDay } from '@mirps/core';
 * const day: CalendarDay = '2023-04-20';
 * ```
 */
export type CalendarDay = z.infer<typeof calendarDaySchema>;

/**
 * A date of year, month or day precision: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`.
 *
 * @example
 * ```ts
 * import type { PartialDate } from '@mirps/core';
 * const joined: PartialDate = '2019-06';
 * ```
 */
export type PartialDate = z.infer<typeof partialDateSchema>;

/**
 * How precisely a {@link PartialDate} is known.
 *
 * @example
 * ```ts
 * import type { DatePrecision } from '@mirps/core';
 * const precision: DatePrecision = 'month';
 * ```
 */
export type DatePrecision = 'year' | 'month' | 'day';

/** Why a value given as a partial date is not one. */
function partialDateProblem(value: unknown, param: string): MirpsIssue {
  if (typeof value !== 'string') {
    return {
      code: 'shape.invalid-type',
      path: [param],
      message: `Expected a partial date (a string: YYYY, YYYY-MM or YYYY-MM-DD), got ${describeValue(value)}`,
    };
  }
  return partialDateIssueCode(value) === 'shape.invalid-date'
    ? {
        code: 'shape.invalid-date',
        path: [param],
        message: `Not a calendar date: ${describeValue(value)}; check the month and the day`,
      }
    : {
        code: 'shape.invalid-format',
        path: [param],
        message: `Write a partial date as YYYY, YYYY-MM or YYYY-MM-DD, not ${describeValue(value)}`,
      };
}

/** The parts of a partial date given to `fn`, or its typed refusal. */
function checked(value: PartialDate, fn: string, param = 'value'): DateParts {
  const parts = typeof value === 'string' ? readPartialDate(value) : undefined;
  if (!parts) throw argumentError(fn, [partialDateProblem(value, param)]);
  return parts;
}

const pad = (n: number, width = 2): string => String(n).padStart(width, '0');

const firstDayOf = ({ year, month = 1, day = 1 }: DateParts): string => `${pad(year, 4)}-${pad(month)}-${pad(day)}`;
const lastDayOf = ({ year, month = 12, day }: DateParts): string =>
  `${pad(year, 4)}-${pad(month)}-${pad(day ?? daysInMonth(year, month))}`;

/**
 * How precisely a partial date is known.
 *
 * @throws {@link MirpsValidationError} (`arguments of datePrecision`) when the value is not a partial date (`shape.invalid-type`, `shape.invalid-format`) or not a real one (`shape.invalid-date`).
 *
 * @example
 * ```ts
 * import { datePrecision } from '@mirps/core';
 * datePrecision('2019-06'); // 'month'
 * ```
 */
export function datePrecision(value: PartialDate): DatePrecision {
  const parts = checked(value, 'datePrecision');
  if (parts.day !== undefined) return 'day';
  return parts.month !== undefined ? 'month' : 'year';
}

/**
 * The first day a partial date can mean, as `YYYY-MM-DD`.
 *
 * @throws {@link MirpsValidationError} (`arguments of earliestDay`) when the value is not a partial date (`shape.invalid-type`, `shape.invalid-format`) or not a real one (`shape.invalid-date`).
 *
 * @example
 * ```ts
 * import { earliestDay } from '@mirps/core';
 * earliestDay('2019-06'); // '2019-06-01'
 * ```
 */
export function earliestDay(value: PartialDate): string {
  return firstDayOf(checked(value, 'earliestDay'));
}

/**
 * The last day a partial date can mean, as `YYYY-MM-DD`.
 *
 * @throws {@link MirpsValidationError} (`arguments of latestDay`) when the value is not a partial date (`shape.invalid-type`, `shape.invalid-format`) or not a real one (`shape.invalid-date`).
 *
 * @example
 * ```ts
 * import { latestDay } from '@mirps/core';
 * latestDay('2024-02'); // '2024-02-29'
 * ```
 */
export function latestDay(value: PartialDate): string {
  return lastDayOf(checked(value, 'latestDay'));
}

/**
 * The calendar year a partial date falls in.
 *
 * @throws {@link MirpsValidationError} (`arguments of yearOf`) when the value is not a partial date (`shape.invalid-type`, `shape.invalid-format`) or not a real one (`shape.invalid-date`).
 *
 * @example
 * ```ts
 * import { yearOf } from '@mirps/core';
 * yearOf('2022-12-13'); // 2022
 * ```
 */
export function yearOf(value: PartialDate): number {
  return checked(value, 'yearOf').year;
}

/**
 * True when `a` certainly falls before `b`: every day `a` can mean is earlier
 * than every day `b` can mean. `2019` is not certainly before `2019-06`.
 *
 * @throws {@link MirpsValidationError} (`arguments of isCertainlyBefore`) when the value is not a partial date (`shape.invalid-type`, `shape.invalid-format`) or not a real one (`shape.invalid-date`).
 *
 * @example
 * ```ts
 * import { isCertainlyBefore } from '@mirps/core';
 * isCertainlyBefore('2019-06', '2020-01'); // true
 * isCertainlyBefore('2019', '2019-06'); // false
 * ```
 */
export function isCertainlyBefore(a: PartialDate, b: PartialDate): boolean {
  const first = checked(a, 'isCertainlyBefore', 'a');
  const second = checked(b, 'isCertainlyBefore', 'b');
  return lastDayOf(first) < firstDayOf(second);
}
