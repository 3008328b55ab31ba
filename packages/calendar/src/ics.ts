import {
  type CalendarActivity,
  describeValue,
  isLanguage,
  type Language,
  type Location,
  MirpsCalendarError,
  textIn,
} from '@mirps/core';
import ical, { type ICalEventData } from 'ical-generator';
import { tzlib_get_ical_block } from 'timezones-ical-library';
import { guardCall } from './_lib/arguments.js';
import { dayDate, dayEnd } from './_lib/days.js';
import { defined } from './_lib/defined.js';
import { isOneLine } from './_lib/one-line.js';
import type { Calendar, CalendarOccurrence } from './calendar-types.js';
import { type Messages, messagesIn } from './i18n/messages.js';
import { readLanguage } from './i18n/read-language.js';
import { zonedWallClock } from './ics-date-time.js';
import { escapeIcsText, icsText, utf8Length } from './ics-text.js';
import { readCount } from './limits.js';
import { readCalendar } from './read-calendar.js';
import { stableUid } from './uid.js';

/**
 * The largest iCalendar file {@link toICS} writes unless told otherwise:
 * 16 MiB (10,000 events with a paragraph of text each take about 6 MiB).
 *
 * @example
 * ```ts
 * import { DEFAULT_MAX_ICS_BYTES } from '@mirps/calendar';
 * DEFAULT_MAX_ICS_BYTES; // 16777216
 * ```
 */
export const DEFAULT_MAX_ICS_BYTES = 16 * 1024 * 1024;

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
  /** The calendar's name (X-WR-CALNAME), on one line: no control characters. */
  readonly name?: string;
  /** The PRODID, on one line; `-//MIRPS SDK//@mirps/calendar//EN` by default. */
  readonly prodId?: string;
  /** The domain part of every UID (letters, digits, dots and hyphens); `mirps.sdk` by default. */
  readonly uidDomain?: string;
  /** The language to write in: the data's text in it, falling back to the other, and the SDK's own words (categories, "Online", "Working group:", messages) in it; the calendar's own (`language` of `buildCalendar`, English by default) when left out. */
  readonly language?: Language;
  /** The largest file to write, in octets; {@link DEFAULT_MAX_ICS_BYTES} by default. A larger one (as estimated from its text) is refused before it is written. */
  readonly maxBytes?: number;
}

const CATEGORY_NAMES: Record<
  CalendarActivity['category'],
  'categoryTechnicalMeeting' | 'categoryHighLevelEvent' | 'categoryOtherActivity'
> = {
  'technical-meeting': 'categoryTechnicalMeeting',
  'high-level-event': 'categoryHighLevelEvent',
  'other-activity': 'categoryOtherActivity',
};

/** The text of an activity's events, and how many octets it takes. */
interface EventText {
  readonly summary: string;
  readonly description: string;
  readonly location: string | null;
  readonly octets: number;
}

const refuse = (path: string[], message: string): never => {
  throw new MirpsCalendarError([
    { code: path[0] === 'stamp' ? 'calendar.invalid-stamp' : 'calendar.invalid-option', path, message },
  ]);
};

// DTSTAMP is written in UTC with a four-digit year: instants from 0001-01-01T00:00:00Z to 9999-12-31T23:59:59Z.
const FIRST_STAMP = new Date(0).setUTCFullYear(1, 0, 1);
const LAST_STAMP = Date.UTC(9999, 11, 31, 23, 59, 59, 999);

// An instant: a date, a time to the minute or finer, and `Z` or an offset from UTC.
const INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:\d{2})$/;

/** The stamp as a Date of its own (a copy of a Date; an instant string read), or undefined for anything else. */
function stampDate(stamp: unknown): Date | undefined {
  if (stamp instanceof Date) return new Date(stamp.getTime());
  if (typeof stamp === 'string' && INSTANT.test(stamp)) return new Date(stamp);
  return undefined;
}

function readStamp(stamp: unknown, language: Language): Date {
  const say = messagesIn(language);
  const read = stampDate(stamp);
  if (read === undefined || Number.isNaN(read.getTime())) {
    return refuse(['stamp'], say.invalidStamp(describeValue(stamp, language)));
  }
  if (read.getTime() < FIRST_STAMP || read.getTime() > LAST_STAMP) {
    return refuse(['stamp'], say.stampOutOfRange(read.toISOString()));
  }
  return read;
}

/** The VTIMEZONE of a zone and the TZID it is written under (aliases such as `UTC` resolve to `Etc/UTC`). */
function vtimezone(zone: string, say: Messages): { tzid: string; block: string } {
  const result = tzlib_get_ical_block(zone);
  if (!Array.isArray(result) || !result[0]?.startsWith('BEGIN:VTIMEZONE') || !result[1]?.startsWith('TZID=')) {
    return refuse(['calendar', 'activities'], say.noTimeZoneData(JSON.stringify(zone)));
  }
  return { tzid: result[1].slice('TZID='.length), block: result[0] };
}

const basicDate = (day: string): string => day.replaceAll('-', '');
const basicTime = (time: string): string => `${time.replace(':', '')}00`;
function locationText(location: Location | undefined, language: Language): string | null {
  if (location === undefined) return null;
  if (location.kind === 'virtual') return messagesIn(language).online;
  return icsText(`${textIn(location.city, language)}, ${location.country}`);
}

/** The RRULE, EXDATE and RDATE lines of a recurring activity, all-day or in its zone. */
function recurrenceLines(activity: CalendarActivity, say: Messages): string {
  const schedule = activity.schedule;
  if (schedule.kind !== 'recurrence') return '';
  const time = activity.time;
  const value = (day: string): string =>
    time === undefined ? basicDate(day) : `${basicDate(day)}T${basicTime(time.start)}`;
  const parameter = time === undefined ? ';VALUE=DATE' : `;TZID=${vtimezone(time.zone, say).tzid}`;
  return [
    `RRULE:${schedule.rrule}`,
    ...(schedule.exdates?.length ? [`EXDATE${parameter}:${schedule.exdates.map(value).join(',')}`] : []),
    ...(schedule.rdates?.length ? [`RDATE${parameter}:${schedule.rdates.map(value).join(',')}`] : []),
  ].join('\n');
}

/** The start and end of an event: all-day dates with an exclusive end, or times in the activity's zone. */
function span(
  activity: CalendarActivity,
  start: string,
  end: string,
  say: Messages,
): Pick<ICalEventData, 'start' | 'end' | 'allDay' | 'timezone'> {
  const time = activity.time;
  if (time === undefined) return { start: dayDate(start), end: dayEnd(end), allDay: true };
  return {
    start: zonedWallClock(start, time.start, time.zone),
    ...(time.end === undefined ? {} : { end: zonedWallClock(end, time.end, time.zone) }),
    timezone: vtimezone(time.zone, say).tzid,
  };
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
 * No text can start a line of its own: in text from the data, every line
 * break (CR LF, CR, LF, NEL, U+2028, U+2029) is written as an escaped `\n`, a
 * TAB as a space, and other control characters are dropped; `name`, `prodId`
 * and `uidDomain` with a control character are refused.
 *
 * @param calendar - A calendar from {@link buildCalendar}.
 * @param options - The stamp (required, in the years 0001–9999), and optionally name, PRODID, UID domain, language and the largest size to write (`maxBytes`).
 * @throws `MirpsCalendarError` for a missing or invalid stamp (`calendar.invalid-stamp`) or option (`calendar.invalid-option`), or a file larger than `maxBytes` (`calendar.ics-too-large`); nothing is returned then.
 * @example
 * ```ts
 * import { buildCalendar, toICS } from '@mirps/calendar';
 * import { actionPlan2023 } from '@mirps/core/data';
 * const text = toICS(buildCalendar(actionPlan2023), { stamp: '2023-01-01T00:00:00Z', name: 'MIRPS 2023' });
 * text.startsWith('BEGIN:VCALENDAR\r\n'); // true
 * ```
 */
export function toICS(calendar: Calendar, options: IcsOptions): string {
  return guardCall('toICS', 'calendar.invalid-option', (heard) => writeICS(calendar, options, heard));
}

function writeICS(calendar: Calendar, options: IcsOptions, heard: (language: Language) => void): string {
  const given = typeof options === 'object' && options !== null && !Array.isArray(options) ? options : undefined;
  // The calendar and the stamp are checked before the language (as they always were); their refusals are in the language asked for when it is a valid one.
  const hint = isLanguage(given?.language) ? given.language : undefined;
  const checked = readCalendar(calendar, ['calendar'], hint ?? 'en');
  if (given === undefined)
    return refuse(['stamp'], messagesIn(checked.language).missingStamp(describeValue(options, checked.language)));
  const stamp = readStamp(given.stamp, hint ?? checked.language);
  const language = readLanguage(given.language, checked.language);
  heard(language);
  const say = messagesIn(language);
  const domain = given.uidDomain ?? 'mirps.sdk';
  if (typeof domain !== 'string' || !/^[A-Za-z0-9.-]{1,253}$/.test(domain))
    refuse(['uidDomain'], say.invalidUidDomain(describeValue(domain, language)));
  for (const key of ['name', 'prodId'] as const) {
    const value = given[key];
    if (value !== undefined && !isOneLine(value)) refuse([key], say.notOneLine(key, describeValue(value, language)));
  }
  const maxBytes = readCount(given.maxBytes, 'maxBytes', DEFAULT_MAX_ICS_BYTES, language);

  const groups = new Map(checked.context.reference.workingGroups.map((group) => [group.id, group]));
  const describeActivity = (activity: CalendarActivity): string =>
    icsText(
      [
        textIn(activity.note, language),
        activity.workingGroup === undefined
          ? undefined
          : say.workingGroup(textIn(groups.get(activity.workingGroup)?.name, language) ?? activity.workingGroup),
      ]
        .filter((line): line is string => line !== undefined)
        .join('\n'),
    );
  const byId = new Map(checked.activities.map((activity) => [activity.id, activity]));
  // Each dated occurrence is an event, but a recurring activity is one event for the whole rule. The text of each
  // activity is made once, for all its events. The file's size is estimated before it is written: the text of each
  // event, and 400 octets for the lines around it.
  const texts = new Map<string, EventText>();
  const events: Array<{ activity: CalendarActivity; occurrence: CalendarOccurrence; text: EventText }> = [];
  let size = utf8Length(given.name ?? '') + utf8Length(given.prodId ?? '');
  for (const occurrence of checked.occurrences) {
    const activity = defined(byId.get(occurrence.activityId));
    let text = texts.get(activity.id);
    if (text === undefined) {
      const title = textIn(activity.title, language) ?? activity.id;
      const description = describeActivity(activity);
      const location = locationText(activity.location, language);
      text = {
        summary: icsText(title),
        description,
        location,
        octets: utf8Length(title) + utf8Length(description) + utf8Length(location ?? ''),
      };
      texts.set(activity.id, text);
    } else if (activity.schedule.kind === 'recurrence') {
      continue; // the rule's one event is in already
    }
    size += text.octets + 400;
    events.push({ activity, occurrence, text });
  }
  if (size > maxBytes) {
    throw new MirpsCalendarError([
      { code: 'calendar.ics-too-large', path: ['maxBytes'], message: say.icsTooLarge(maxBytes, events.length) },
    ]);
  }

  const file = ical({
    // ical-generator writes the leading "-" of a PRODID itself, and writes the PRODID and the name without escaping them.
    prodId: escapeIcsText(given.prodId ?? '-//MIRPS SDK//@mirps/calendar//EN').replace(/^-/, ''),
    scale: 'GREGORIAN',
    ...(given.name === undefined ? {} : { name: escapeIcsText(given.name) }),
    timezone: { name: null, generator: (zone: string) => vtimezone(zone, say).block },
  });

  const add = (
    activity: CalendarActivity,
    { summary, description, location }: EventText,
    occurrence: CalendarOccurrence,
    key: string,
    repeating: string | null,
  ): void => {
    file.createEvent({
      id: stableUid([activity.id, key], domain),
      stamp,
      ...span(activity, occurrence.start, occurrence.end, say),
      summary,
      ...(description === '' ? {} : { description }),
      location,
      categories: [{ name: say[CATEGORY_NAMES[activity.category]] }],
      ...(repeating === null ? {} : { repeating }),
    });
  };

  for (const { activity, occurrence, text } of events) {
    if (activity.schedule.kind === 'recurrence') {
      // One VEVENT for the whole rule, starting at its DTSTART.
      add(
        activity,
        text,
        { ...occurrence, start: activity.schedule.start, end: activity.schedule.start },
        'recurrence',
        recurrenceLines(activity, say),
      );
    } else {
      add(activity, text, occurrence, occurrence.start, null);
    }
  }
  return `${file.toString()}\r\n`;
}
