import { MirpsRotationError } from '../errors/mirps-error.js';
import { describeValue } from '../format/describe-value.js';
import type { Language } from '../i18n/language.js';
import { ROTATION_MESSAGES } from '../i18n/rotation-messages.js';
import { CALENDAR_DAY } from '../model/partial-date.js';

// The day a caller asks about: a real calendar day as `YYYY-MM-DD`, or a `Date` read in UTC (the machine's time zone
// never matters), in the years 0001–9999 that term labels and partial dates can name. Anything else is refused with
// `rotation.invalid-date`, before any work.

/** The first and last instants of the years 0001–9999 (`Date.UTC` would read years 0–99 as 1900–1999). */
const FIRST_INSTANT = new Date(0).setUTCFullYear(1, 0, 1);
const LAST_INSTANT = new Date(0).setUTCFullYear(9999, 11, 31) + 86_399_999;

const invalid = (message: string, language: Language): never => {
  throw new MirpsRotationError([{ code: 'rotation.invalid-date', path: ['date'], message }], language);
};

/** The time of a real `Date` (from any realm), or undefined for anything else; never throws. */
function timeOf(value: unknown): number | undefined {
  let time: number | undefined;
  try {
    time = Date.prototype.getTime.call(value);
  } catch {
    // Not a Date (a primitive, null, any other object): it has no time.
  }
  return time;
}

const pad = (n: number, width: number): string => String(n).padStart(width, '0');

/** The calendar day a caller means, as `YYYY-MM-DD`; a typed refusal (its message in `language`) for anything that is not a day of the years 0001–9999. */
export function dayOf(date: unknown, language: Language): string {
  const says = ROTATION_MESSAGES[language].refusals;
  const time = timeOf(date);
  if (time !== undefined) {
    if (Number.isNaN(time)) return invalid(says.invalidDate, language);
    if (time < FIRST_INSTANT || time > LAST_INSTANT) return invalid(says.dateOutOfRange, language);
    const instant = new Date(time);
    return `${pad(instant.getUTCFullYear(), 4)}-${pad(instant.getUTCMonth() + 1, 2)}-${pad(instant.getUTCDate(), 2)}`;
  }
  if (typeof date === 'string' && CALENDAR_DAY.test(date) && !date.startsWith('0000')) return date;
  return invalid(says.notADay(describeValue(date, language)), language);
}
