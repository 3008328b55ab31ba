import { tz, type TZDate } from '@date-fns/tz';
import { addDays, differenceInCalendarDays, endOfMonth, format, parseISO } from 'date-fns';
import { MirpsCalendarError, calendarDaySchema, describeValue } from '@mirps/core';

// Calendar days as `YYYY-MM-DD` strings, read and written by date-fns in an explicit zone (UTC, or an activity's
// own), so the machine's time zone never matters; years 0001–0099 stay themselves.
const utc = tz('UTC');

/** The UTC midnight of a `YYYY-MM-DD` day. */
export const dayDate = (day: string): TZDate => parseISO(day, { in: utc });

/** A date's UTC day as `YYYY-MM-DD`. */
export const dayOf = (date: Date): string => format(date, 'yyyy-MM-dd', { in: utc });

/** The day `n` days after `day`. */
export const plusDays = (day: string, n: number): string => dayOf(addDays(dayDate(day), n, { in: utc }));

/** The last day of the month of a `YYYY-MM` or `YYYY-MM-DD` value. */
export const lastDayOfMonth = (month: string): string => dayOf(endOfMonth(dayDate(`${month.slice(0, 7)}-01`), { in: utc }));

/** A wall-clock time (`HH:MM`) on a day in an IANA zone, as a date in that zone. */
export const wallClock = (day: string, time: string, zone: string): TZDate => parseISO(`${day}T${time}`, { in: tz(zone) });

/** The UTC instant of a local wall-clock time in an IANA zone, as an ISO string. */
export const instantOf = (day: string, time: string, zone: string): string => new Date(wallClock(day, time, zone).getTime()).toISOString();

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
  for (const [name, day] of [['from', from], ['to', to]] as const) {
    if (typeof day !== 'string' || !calendarDaySchema.safeParse(day).success) {
      throw new MirpsCalendarError([{ code: 'calendar.invalid-option', path: [name], message: `${name} must be a calendar day as YYYY-MM-DD; got ${describeValue(day)}` }]);
    }
  }
  return differenceInCalendarDays(dayDate(to), dayDate(from), { in: utc });
}
