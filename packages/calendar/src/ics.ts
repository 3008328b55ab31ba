import ical, { type ICalEventData } from 'ical-generator';
import { tzlib_get_ical_block } from 'timezones-ical-library';
import { MirpsCalendarError, textIn, type CalendarActivity, type Location } from '@mirps/core';
import { dayDate, plusDays, wallClock } from './_lib/days.js';
import type { Calendar, CalendarOccurrence } from './calendar-types.js';
import { readCalendar } from './read-calendar.js';
import { stableUid } from './uid.js';

/**
 * Options of {@link toICS}. `stamp` is required: the export never reads the clock.
 *
 * @example
 * ```ts
 * import type { IcsOptions } from '@mirps/calendar';
 * const options: IcsOptions = { stamp: '2023-01-01T00:00:00Z', name: 'MIRPS 2023', language: 'en' };
 * ```
 */
export interface IcsOptions {
  /** When the file is made, for every DTSTAMP: an ISO instant (`2023-01-01T00:00:00Z`) or a Date. */
  readonly stamp: string | Date;
  /** The calendar's name (X-WR-CALNAME). */
  readonly name?: string;
  /** The PRODID; `-//MIRPS SDK//@mirps/calendar//EN` by default. */
  readonly prodId?: string;
  /** The domain part of every UID; `mirps.sdk` by default. */
  readonly uidDomain?: string;
  /** Which language of the text to write, falling back to the other; `en` by default. */
  readonly language?: 'en' | 'es';
}

const CATEGORY_NAMES: Record<CalendarActivity['category'], string> = {
  'technical-meeting': 'Technical meeting',
  'high-level-event': 'High-level event',
  'other-activity': 'Other activity',
};

const refuse = (path: string[], message: string): never => {
  throw new MirpsCalendarError([{ code: path[0] === 'stamp' ? 'calendar.invalid-stamp' : 'calendar.invalid-option', path, message }]);
};

function readStamp(stamp: unknown): Date {
  if (stamp instanceof Date && !Number.isNaN(stamp.getTime())) return stamp;
  if (typeof stamp === 'string' && /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:\d{2})$/.test(stamp) && !Number.isNaN(Date.parse(stamp))) return new Date(stamp);
  return refuse(['stamp'], `Give stamp as an ISO instant with its offset, e.g. "2023-01-01T00:00:00Z", or a Date; got ${JSON.stringify(stamp) ?? String(stamp)}. The export never reads the clock.`);
}

/** The VTIMEZONE of a zone and the TZID it is written under (aliases such as `UTC` resolve to `Etc/UTC`). */
function vtimezone(zone: string): { tzid: string; block: string } {
  const result = tzlib_get_ical_block(zone);
  if (!Array.isArray(result) || !result[0]?.startsWith('BEGIN:VTIMEZONE') || !result[1]?.startsWith('TZID=')) {
    return refuse(['calendar', 'activities'], `No VTIMEZONE data for the time zone ${JSON.stringify(zone)}`);
  }
  return { tzid: result[1].slice('TZID='.length), block: result[0] };
}

const basicDate = (day: string): string => day.replaceAll('-', '');
const basicTime = (time: string): string => `${time.replace(':', '')}00`;
const locationText = (location: Location | undefined, language: 'en' | 'es'): string | null =>
  location === undefined ? null : location.kind === 'virtual' ? (language === 'es' ? 'Virtual' : 'Online') : `${textIn(location.city, language)}, ${location.country}`;

/** The RRULE, EXDATE and RDATE lines of a recurring activity, all-day or in its zone. */
function recurrenceLines(activity: CalendarActivity): string {
  const schedule = activity.schedule;
  if (schedule.kind !== 'recurrence') return '';
  const time = activity.time;
  const value = (day: string): string => (time === undefined ? basicDate(day) : `${basicDate(day)}T${basicTime(time.start)}`);
  const parameter = time === undefined ? ';VALUE=DATE' : `;TZID=${vtimezone(time.zone).tzid}`;
  return [
    `RRULE:${schedule.rrule}`,
    ...(schedule.exdates?.length ? [`EXDATE${parameter}:${schedule.exdates.map(value).join(',')}`] : []),
    ...(schedule.rdates?.length ? [`RDATE${parameter}:${schedule.rdates.map(value).join(',')}`] : []),
  ].join('\n');
}

/** The start and end of an event: all-day dates with an exclusive end, or times in the activity's zone. */
function span(activity: CalendarActivity, start: string, end: string): Pick<ICalEventData, 'start' | 'end' | 'allDay' | 'timezone'> {
  const time = activity.time;
  if (time === undefined) return { start: dayDate(start), end: dayDate(plusDays(end, 1)), allDay: true };
  return { start: wallClock(start, time.start, time.zone), ...(time.end === undefined ? {} : { end: wallClock(end, time.end, time.zone) }), timezone: vtimezone(time.zone).tzid };
}

/**
 * The calendar as an RFC 5545 iCalendar file, written by ical-generator:
 * VCALENDAR with PRODID, VERSION and CALSCALE; a VEVENT per dated occurrence
 * and one per recurring activity, exported as RRULE/EXDATE/RDATE rather than
 * expanded; all-day events as `VALUE=DATE` with an exclusive DTEND; timed
 * events with TZID and a matching VTIMEZONE; UIDs opaque and identical on
 * every export of the same activity; DTSTAMP from `stamp`, never the clock;
 * text escaped, lines folded at 75 octets, CRLF line ends. Entries known only
 * to the month or year, and unscheduled activities, are not exported (they
 * have no day): see `calendar.monthEntries` and `calendar.unscheduled`.
 *
 * @param calendar - A calendar from {@link buildCalendar}.
 * @param options - The stamp (required), and optionally name, PRODID, UID domain and language.
 * @throws `MirpsCalendarError` for a missing or invalid stamp or option; nothing is returned then.
 * @example
 * ```ts
 * import { buildCalendar, toICS } from '@mirps/calendar';
 * import { actionPlan2023 } from '@mirps/core/data';
 * const text = toICS(buildCalendar(actionPlan2023), { stamp: '2023-01-01T00:00:00Z', name: 'MIRPS 2023' });
 * text.startsWith('BEGIN:VCALENDAR\r\n'); // true
 * ```
 */
export function toICS(calendar: Calendar, options: IcsOptions): string {
  const checked = readCalendar(calendar);
  if (typeof options !== 'object' || options === null) return refuse(['stamp'], 'Give options with a stamp, e.g. { stamp: "2023-01-01T00:00:00Z" }');
  const stamp = readStamp(options.stamp);
  const language = options.language ?? 'en';
  if (language !== 'en' && language !== 'es') refuse(['language'], `language is "en" or "es"; got ${JSON.stringify(language)}`);
  const domain = options.uidDomain ?? 'mirps.sdk';
  if (!/^[A-Za-z0-9.-]+$/.test(domain)) refuse(['uidDomain'], `uidDomain is a domain name such as "mirps.example"; got ${JSON.stringify(domain)}`);
  for (const key of ['name', 'prodId'] as const) {
    const value = options[key];
    if (value !== undefined && (typeof value !== 'string' || value.trim() === '')) refuse([key], `${key} is a non-empty string`);
  }

  const file = ical({
    // ical-generator writes the leading "-" of a PRODID itself.
    prodId: (options.prodId ?? '-//MIRPS SDK//@mirps/calendar//EN').replace(/^-/, ''),
    scale: 'GREGORIAN',
    ...(options.name === undefined ? {} : { name: options.name }),
    timezone: { name: null, generator: (zone: string) => vtimezone(zone).block },
  });
  const byId = new Map(checked.activities.map((activity) => [activity.id, activity]));
  const exported = new Set<string>();
  const describe = (activity: CalendarActivity): string =>
    [textIn(activity.note, language), activity.workingGroup === undefined ? undefined : `Working group: ${textIn(checked.context.reference.workingGroups.find((g) => g.id === activity.workingGroup)?.name, language) ?? activity.workingGroup}`]
      .filter((line): line is string => line !== undefined)
      .join('\n');

  const add = (activity: CalendarActivity, occurrence: CalendarOccurrence, key: string, repeating: string | null): void => {
    const description = describe(activity);
    file.createEvent({
      id: stableUid([activity.id, key], domain),
      stamp,
      ...span(activity, occurrence.start, occurrence.end),
      summary: textIn(activity.title, language) ?? activity.id,
      ...(description === '' ? {} : { description }),
      location: locationText(activity.location, language),
      categories: [{ name: CATEGORY_NAMES[activity.category] }],
      ...(repeating === null ? {} : { repeating }),
    });
  };

  for (const occurrence of checked.occurrences) {
    const activity = byId.get(occurrence.activityId)!;
    if (activity.schedule.kind === 'recurrence') {
      // One VEVENT for the whole rule, starting at its DTSTART, exported once.
      if (exported.has(activity.id)) continue;
      exported.add(activity.id);
      add(activity, { ...occurrence, start: activity.schedule.start, end: activity.schedule.start }, 'recurrence', recurrenceLines(activity));
    } else {
      add(activity, occurrence, occurrence.start, null);
    }
  }
  return `${file.toString()}\r\n`;
}
