import { TZDate, tz } from '@date-fns/tz';
import { addDays, differenceInCalendarDays, endOfMonth, format } from 'date-fns';

// Calendar days as `YYYY-MM-DD` strings; all date math in UTC, so the machine's time zone never matters.
const utc = tz('UTC');

/** The UTC midnight of a `YYYY-MM-DD` day. */
export const dayDate = (day: string): TZDate => new TZDate(Number(day.slice(0, 4)), Number(day.slice(5, 7)) - 1, Number(day.slice(8, 10)), 'UTC');

/** A date's UTC day as `YYYY-MM-DD`. */
export const dayOf = (date: Date): string => format(date, 'yyyy-MM-dd', { in: utc });

/** The day `n` days after `day`. */
export const plusDays = (day: string, n: number): string => dayOf(addDays(dayDate(day), n, { in: utc }));

/** How many days from `a` to `b` (negative when `b` is earlier). */
export const daysBetween = (a: string, b: string): number => differenceInCalendarDays(dayDate(b), dayDate(a), { in: utc });

/** The last day of the month of a `YYYY-MM` or `YYYY-MM-DD` value. */
export const lastDayOfMonth = (month: string): string => dayOf(endOfMonth(dayDate(`${month.slice(0, 7)}-01`), { in: utc }));

/** The UTC instant of a local wall-clock time in an IANA zone, as an ISO string. */
export function instantOf(day: string, time: string, zone: string): string {
  const local = new TZDate(Number(day.slice(0, 4)), Number(day.slice(5, 7)) - 1, Number(day.slice(8, 10)), Number(time.slice(0, 2)), Number(time.slice(3, 5)), zone);
  return new Date(local.getTime()).toISOString();
}
