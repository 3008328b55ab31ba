import { textIn } from '@mirps/core';
import type { Calendar, CalendarOccurrence } from './calendar-types.js';
import { readCalendar } from './read-calendar.js';

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
  /** The first and last day of the overlap. */
  readonly from: string;
  readonly to: string;
  /** The audiences both share; `everyone` for an activity that names none. */
  readonly audiences: readonly string[];
  readonly message: string;
}

const EVERYONE = 'everyone';
const audiencesOf = (calendar: Calendar, id: string): string[] => calendar.activities.find((a) => a.id === id)?.audiences ?? [EVERYONE];

/** The overlap of two occurrences: by instant when both are timed, by local day otherwise. */
function overlap(a: CalendarOccurrence, b: CalendarOccurrence): { from: string; to: string } | undefined {
  if (!a.allDay && !b.allDay) {
    const aEnd = a.endInstant ?? a.startInstant!;
    const bEnd = b.endInstant ?? b.startInstant!;
    const meets = a.startInstant! < bEnd && b.startInstant! < aEnd;
    const same = a.startInstant === b.startInstant;
    if (!meets && !same) return undefined;
  }
  const from = a.start > b.start ? a.start : b.start;
  const to = a.end < b.end ? a.end : b.end;
  return from <= to ? { from, to } : undefined;
}

/**
 * Overlapping occurrences of different activities for the same audience, as
 * warnings. Two timed occurrences overlap when their times do; otherwise, when
 * they share a day. An activity without `audiences` is taken to involve
 * everyone, so it is compared with all others.
 *
 * @param calendar - A calendar from {@link buildCalendar}.
 * @example
 * ```ts
 * import { buildCalendar, findConflicts } from '@mirps/calendar';
 * import { actionPlan2023 } from '@mirps/core/data';
 * findConflicts(buildCalendar(actionPlan2023)); // []
 * ```
 */
export function findConflicts(calendar: Calendar): CalendarConflict[] {
  const checked = readCalendar(calendar);
  const conflicts: CalendarConflict[] = [];
  const list = checked.occurrences;
  for (let i = 0; i < list.length; i++) {
    // Sorted by start: once an occurrence starts after this one ends, none later can overlap it.
    for (let j = i + 1; j < list.length && list[j]!.start <= list[i]!.end; j++) {
      const a = list[i]!;
      const b = list[j]!;
      if (a.activityId === b.activityId) continue;
      const span = overlap(a, b);
      if (span === undefined) continue;
      const mine = audiencesOf(checked, a.activityId);
      const theirs = audiencesOf(checked, b.activityId);
      const shared = mine.includes(EVERYONE) ? theirs : theirs.includes(EVERYONE) ? mine : mine.filter((x) => theirs.includes(x));
      if (shared.length === 0) continue;
      const title = (o: CalendarOccurrence): string => textIn(o.title) ?? o.activityId;
      conflicts.push({
        code: 'calendar.conflict',
        first: a.activityId,
        second: b.activityId,
        ...span,
        audiences: shared,
        message: `${title(a)} and ${title(b)} overlap ${span.from === span.to ? `on ${span.from}` : `from ${span.from} to ${span.to}`} for ${shared.join(', ')}`,
      });
    }
  }
  return conflicts;
}
