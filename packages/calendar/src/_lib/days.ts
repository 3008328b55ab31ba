import { TZDateMini } from '@date-fns/tz/date/mini';
import { calendarDaySchema, describeValue, MirpsCalendarError } from '@mirps/core';

// Calendar days as `YYYY-MM-DD` strings, read and written as plain Dates at their UTC midnight, so the machine's time
// zone never matters (Date.parse reads a date-only ISO form as UTC, the years 0001–0099 included). Wall-clock times in
// an activity's own zone are set on a date of that zone (@date-fns/tz), field by field.

/** A day in milliseconds: a UTC day never has a daylight-saving change. */
export const DAY_MS = 86_400_000;

/** The UTC midnight of the last day with a four-digit year, 9999-12-31. */
export const LAST_DAY_MS = Date.UTC(9999, 11, 31);

const pad = (n: number, width: number): string => String(n).padStart(width, '0');

/** The later of two days (`YYYY-MM-DD`, or two partial dates of one precision). */
export const laterDay = (a: string, b: string): string => (a > b ? a : b);

/** The earlier of two days (`YYYY-MM-DD`, or two partial dates of one precision). */
export const earlierDay = (a: string, b: string): string => (a < b ? a : b);

/** The UTC midnight of a `YYYY-MM-DD` day. */
export const dayDate = (day: string): Date => new Date(Date.parse(day));

/** A date's UTC day as `YYYY-MM-DD`. */
export const dayOf = (date: Date): string =>
  `${pad(date.getUTCFullYear(), 4)}-${pad(date.getUTCMonth() + 1, 2)}-${pad(date.getUTCDate(), 2)}`;

/**
 * The UTC midnight that ends a day (the next day's start), as an exclusive
 * end; an invalid Date for 9999-12-31, whose end has no four-digit year.
 */
export function dayEnd(day: string): Date {
  const end = dayDate(day).getTime() + DAY_MS;
  return new Date(end > LAST_DAY_MS ? Number.NaN : end);
}

/** The last day of the month of a `YYYY-MM` or `YYYY-MM-DD` value. */
export function lastDayOfMonth(month: string): string {
  const date = dayDate(`${month.slice(0, 7)}-01`);
  date.setUTCMonth(date.getUTCMonth() + 1, 0);
  return dayOf(date);
}

/**
 * The UTC instant of a local wall-clock time (`HH:MM`) on a day (`YYYY-MM-DD`)
 * in an IANA zone, as an ISO string: the day, then the time, set on a date of
 * that zone, as date-fns' `parseISO` does with `{ in: tz(zone) }` (so a time
 * in a daylight-saving gap moves forward the same way).
 */
export function instantOf(day: string, time: string, zone: string): string {
  const date = new TZDateMini(0, zone);
  date.setFullYear(Number(day.slice(0, 4)), Number(day.slice(5, 7)) - 1, Number(day.slice(8, 10)));
  date.setHours(Number(time.slice(0, 2)), Number(time.slice(3, 5)), 0, 0);
  return new Date(date.getTime()).toISOString();
}

/**
 * How many days from one calendar day to another: negative when `to` is
 * earlier. Both are `YYYY-MM-DD`; the count never depends on the machine's
 * time zone.
 *
 * @param from - The first day, `YYYY-MM-DD`.
 * @param to - The second day, `YYYY-MM-DD`.
 * @throws `MirpsCalendarError` (`calendar.invalid-option`) when either is not a real calendar day as `YYYY-MM-DD`.
 * @example
 * ```ts
 * import { daysBetween } from '@mirps/calendar';
 * daysBetween('2024-01-01', '2025-01-01'); // 366
 * ```
 */
export function daysBetween(from: string, to: string): number {
  for (const [name, day] of [
    ['from', from],
    ['to', to],
  ] as const) {
    if (typeof day !== 'string' || !calendarDaySchema.safeParse(day).success) {
      throw new MirpsCalendarError([
        {
          code: 'calendar.invalid-option',
          path: [name],
          message: `${name} must be a calendar day as YYYY-MM-DD; got ${describeValue(day)}`,
        },
      ]);
    }
  }
  return (dayDate(to).getTime() - dayDate(from).getTime()) / DAY_MS;
}
