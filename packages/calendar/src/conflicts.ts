import { type Language, textIn } from '@mirps/core';
import { guardCall, readOptions } from './_lib/arguments.js';
import { earlierDay, laterDay } from './_lib/days.js';
import type { Calendar, CalendarOccurrence } from './calendar-types.js';
import { messagesIn } from './i18n/messages.js';
import { readCount } from './limits.js';
import { readCalendarIn } from './read-calendar.js';

/**
 * A warning that two occurrences overlap for an audience they share.
 *
 * @example
 * ```ts
 * import type { CalendarConflict } from '@mirps/calendar';
 * const conflict: CalendarConflict = {
 *   code: 'calendar.conflict', first: 'activity-a', second: 'activity-b', from: '2023-04-20', to: '2023-04-20',
 *   audiences: ['member-states'], message: 'A and B overlap on 2023-04-20 for member-states',
 * };
 * ```
 */
export interface CalendarConflict {
  readonly code: 'calendar.conflict';
  readonly first: string;
  readonly second: string;
  /** The first and last day of the overlap (for two timed occurrences in zones a day apart, the days of both). */
  readonly from: string;
  readonly to: string;
  /** The audiences both share, as ids; `everyone` for an activity that names none. */
  readonly audiences: readonly string[];
  /** The warning, in the language asked for: titles in it where the data has them, audiences by their ids (`everyone` as "everyone", "todos"). */
  readonly message: string;
}

/**
 * The conflicts {@link findConflicts} found: an array of them, and whether
 * there were more than it holds (`truncated`, when more than `maxConflicts`
 * were found; the array then holds the first `maxConflicts`, by the later of
 * the two occurrences).
 *
 * @example
 * ```ts
 * import { buildCalendar, findConflicts, type CalendarConflicts } from '@mirps/calendar';
 * import { actionPlan2023 } from '@mirps/core/data';
 * const conflicts: CalendarConflicts = findConflicts(buildCalendar(actionPlan2023));
 * if (conflicts.truncated) console.log(`more than ${conflicts.length} conflicts`);
 * ```
 */
export interface CalendarConflicts extends Array<CalendarConflict> {
  /** True when there are more conflicts than the array holds (more than `maxConflicts`). Not enumerable: it does not show in JSON. */
  readonly truncated: boolean;
}

/**
 * The most conflicts {@link findConflicts} reports unless told otherwise.
 *
 * @example
 * ```ts
 * import { DEFAULT_MAX_CONFLICTS } from '@mirps/calendar';
 * DEFAULT_MAX_CONFLICTS; // 1000
 * ```
 */
export const DEFAULT_MAX_CONFLICTS = 1_000;

/**
 * Options of {@link findConflicts}.
 *
 * @example
 * ```ts
 * import type { ConflictOptions } from '@mirps/calendar';
 * const options: ConflictOptions = { maxConflicts: 100, language: 'es' };
 * ```
 */
export interface ConflictOptions {
  /** The most conflicts to report; {@link DEFAULT_MAX_CONFLICTS} by default. Past it, the search stops and the result is `truncated`. */
  readonly maxConflicts?: number;
  /** The language of the messages: `'en'` or `'es'`; the calendar's own (`language` of `buildCalendar`, English by default) when left out. */
  readonly language?: Language;
}

const EVERYONE = 'everyone';
const TITLE_IN_MESSAGE = 120;

/** An occurrence taking part in the search, with what the search compares. */
export interface Entry {
  readonly occurrence: CalendarOccurrence;
  /** Its position in the calendar's occurrences. */
  readonly index: number;
  /** The audiences of its activity, each once; `null` for everyone. */
  readonly audiences: readonly string[] | null;
  readonly startMs: number;
  readonly endMs: number;
}

/** A shelf of a sweep's held entries: audience (null for everyone's) → activity → held entries. */
type Shelf = Map<string | null, Map<string, Entry[]>>;
/** Which of a sweep's two shelves. */
type ShelfNumber = 0 | 1;

/** Two occurrences found to overlap, by their positions, with the days of the overlap. */
export interface Meeting {
  readonly first: Entry;
  readonly second: Entry;
  readonly from: string;
  readonly to: string;
  readonly shared: readonly string[];
}

/**
 * The audiences two activities share, with the first's in its order: all of
 * the other's when one involves everyone.
 */
function sharedAudiences(a: Entry, b: Entry): string[] {
  if (a.audiences === null) return b.audiences === null ? [EVERYONE] : [...b.audiences];
  if (b.audiences === null) return [...a.audiences];
  const theirs = new Set(b.audiences);
  return a.audiences.filter((x) => theirs.has(x));
}

/**
 * A sweep through entries in time order: each arriving entry meets the held
 * entries that have not ended before it starts, of other activities, for an
 * audience they share; then it is held itself. Held entries are filed by
 * audience (everyone's apart) and by shelf, then by activity, so an arrival
 * looks only at entries it really overlaps: the work is proportional to the
 * conflicts found (times the audiences two activities share), never to the
 * pairs that do not conflict. It stops after the arrival at which more than
 * `cap` meetings have been found. `visits` counts the held entries it looked at.
 */
function sweep(
  entries: readonly Entry[],
  ended: (held: Entry, arriving: Entry) => boolean,
  shelfOf: (entry: Entry) => ShelfNumber,
  shelvesFor: (arriving: Entry) => readonly ShelfNumber[],
  span: (first: Entry, second: Entry) => { from: string; to: string },
  cap: number,
): { found: Meeting[]; visits: number } {
  // Only non-empty maps are kept.
  const shelves: [Shelf, Shelf] = [new Map(), new Map()];
  const found: Meeting[] = [];
  let visits = 0;
  for (const arriving of entries) {
    const own = arriving.occurrence.activityId;
    for (const number of shelvesFor(arriving)) {
      const shelf = shelves[number];
      for (const bucket of arriving.audiences === null ? [...shelf.keys()] : [...arriving.audiences, null]) {
        const byActivity = shelf.get(bucket);
        if (byActivity === undefined) continue;
        for (const [activity, list] of byActivity) {
          if (activity === own) continue;
          visits += list.length;
          const kept = list.filter((entry) => !ended(entry, arriving));
          if (kept.length === 0) byActivity.delete(activity);
          else byActivity.set(activity, kept);
          for (const entry of kept) {
            const [first, second] = entry.index < arriving.index ? [entry, arriving] : [arriving, entry];
            const shared = sharedAudiences(first, second);
            // Found once per audience they share: kept only under the first of them (everyone's under their own).
            if (bucket !== null && bucket !== shared[0]) continue;
            found.push({ first, second, shared, ...span(first, second) });
          }
        }
        if (byActivity.size === 0) shelf.delete(bucket);
      }
    }
    const shelf = shelves[shelfOf(arriving)];
    for (const bucket of arriving.audiences ?? [null]) {
      const byActivity = shelf.get(bucket) ?? new Map<string, Entry[]>();
      shelf.set(bucket, byActivity);
      const list = byActivity.get(own);
      if (list === undefined) byActivity.set(own, [arriving]);
      else list.push(arriving);
    }
    if (found.length > cap) break;
  }
  return { found, visits };
}

/**
 * The search behind {@link findConflicts}: the overlapping pairs found, by the
 * later occurrence (a little more than `cap` when there are more), and how
 * many held occurrences the sweeps looked at — the measure of its work, which
 * tests bound.
 */
export function searchConflicts(checked: Calendar, cap: number): { meetings: Meeting[]; visits: number } {
  const audiences = new Map<string, readonly string[] | null>();
  for (const activity of checked.activities) {
    const list = activity.audiences ?? [EVERYONE];
    audiences.set(activity.id, list.includes(EVERYONE) ? null : [...new Set(list)]);
  }
  const entries: Entry[] = [];
  checked.occurrences.forEach((occurrence, index) => {
    const audience = audiences.get(occurrence.activityId) ?? null;
    // An activity that names an empty list of audiences shares none with anyone.
    if (audience !== null && audience.length === 0) return;
    const startMs = occurrence.startInstant === undefined ? 0 : Date.parse(occurrence.startInstant);
    const endMs = occurrence.endInstant === undefined ? startMs : Math.max(startMs, Date.parse(occurrence.endInstant));
    entries.push({ occurrence, index, audiences: audience, startMs, endMs });
  });

  // By days, every pair in which one occurrence is all-day (shelf 0: all-day, 1: timed); the occurrences are sorted by start day.
  const byDays = sweep(
    entries,
    (held, arriving) => held.occurrence.end < arriving.occurrence.start,
    (entry) => (entry.occurrence.allDay ? 0 : 1),
    (arriving) => (arriving.occurrence.allDay ? [0, 1] : [0]),
    (first, second) => ({
      from: laterDay(first.occurrence.start, second.occurrence.start),
      to: earlierDay(first.occurrence.end, second.occurrence.end),
    }),
    cap,
  );
  // By instants, every pair of timed occurrences: they overlap when one starts before the other ends, or both start together.
  const timed = entries
    .filter((entry) => !entry.occurrence.allDay)
    .sort((a, b) => a.startMs - b.startMs || a.index - b.index);
  const byTimes = sweep(
    timed,
    (held, arriving) => held.endMs <= arriving.startMs && held.startMs < arriving.startMs,
    () => 0,
    () => [0],
    (first, second) => {
      const from = laterDay(first.occurrence.start, second.occurrence.start);
      const to = earlierDay(first.occurrence.end, second.occurrence.end);
      return from <= to ? { from, to } : { from: to, to: from };
    },
    cap,
  );

  const meetings = [...byDays.found, ...byTimes.found].sort(
    (a, b) => a.second.index - b.second.index || a.first.index - b.first.index,
  );
  return { meetings, visits: byDays.visits + byTimes.visits };
}

/**
 * Overlapping occurrences of different activities for the same audience, as
 * warnings, in the order of the calendar's occurrences. Two timed occurrences
 * overlap when their times do, whatever their zones; otherwise, when they
 * share a day. An activity without `audiences` is taken to involve everyone,
 * so it is compared with all others.
 *
 * At most `maxConflicts` are reported ({@link DEFAULT_MAX_CONFLICTS} by
 * default): past that the search stops, and the result's `truncated` is true.
 * The search's work grows with the conflicts it finds, not with the pairs of
 * occurrences. Titles in messages are cut to 120 characters. Messages are in
 * the `language` asked for (else the calendar's): `A y B se superponen el
 * 2024-03-06 para member-states`.
 *
 * @param calendar - A calendar from {@link buildCalendar}.
 * @param options - `maxConflicts`, the most conflicts to report; `language`, that of the messages.
 * @throws `MirpsCalendarError` for anything but a calendar from {@link buildCalendar} (`calendar.invalid-calendar`) or an invalid option (`calendar.invalid-option`).
 * @example
 * ```ts
 * import { buildCalendar, findConflicts } from '@mirps/calendar';
 * import { actionPlan2023 } from '@mirps/core/data';
 * const conflicts = findConflicts(buildCalendar(actionPlan2023), { maxConflicts: 100 });
 * conflicts.length; // 0
 * conflicts.truncated; // false
 * findConflicts(buildCalendar(actionPlan2023), { language: 'es' }); // messages in Spanish
 * ```
 */
export function findConflicts(calendar: Calendar, options?: ConflictOptions): CalendarConflicts {
  return guardCall('findConflicts', 'calendar.invalid-option', (heard) => {
    const read = readOptions<ConflictOptions>(options);
    const { calendar: checked, language } = readCalendarIn(calendar, read?.language);
    heard(language);
    const say = messagesIn(language);
    const cap = readCount(read?.maxConflicts, 'maxConflicts', DEFAULT_MAX_CONFLICTS, language);
    const { meetings: all } = searchConflicts(checked, cap);
    const kept = all.slice(0, cap).sort((a, b) => a.first.index - b.first.index || a.second.index - b.second.index);
    const conflicts = kept.map(({ first, second, from, to, shared }): CalendarConflict => {
      const title = (entry: Entry): string => {
        const text = textIn(entry.occurrence.title, language) ?? entry.occurrence.activityId;
        return text.length > TITLE_IN_MESSAGE ? `${text.slice(0, TITLE_IN_MESSAGE - 1)}…` : text;
      };
      const audiences = shared.map((audience) => (audience === EVERYONE ? say.everyone : audience)).join(', ');
      return {
        code: 'calendar.conflict',
        first: first.occurrence.activityId,
        second: second.occurrence.activityId,
        from,
        to,
        audiences: shared,
        message:
          from === to
            ? say.conflictOn(title(first), title(second), from, audiences)
            : say.conflictFromTo(title(first), title(second), from, to, audiences),
      };
    });
    return Object.defineProperty(conflicts, 'truncated', {
      value: all.length > cap,
      enumerable: false,
    }) as CalendarConflicts;
  });
}
