import {
  datePrecision,
  earliestDay,
  latestDay,
  safeParseActionPlan,
  safeParseCalendarActivities,
  type ActionPlan,
  type CalendarActivity,
  type PartialDate,
} from '@mirps/core';
import { instantOf } from './_lib/days.js';
import type { Calendar, CalendarOccurrence, CalendarWindow, UnscheduledActivity } from './calendar-types.js';
import { expandRecurrence } from './recurrence.js';
import { checkWindow, type CalendarOptions } from './window.js';

const isPlan = (input: unknown): boolean => typeof input === 'object' && input !== null && !Array.isArray(input) && 'calendar' in input;

/** The activities to build from: a plan's calendar or a list of activities, validated either way. */
export function readActivities(input: unknown): { activities: CalendarActivity[]; plan?: ActionPlan } {
  if (isPlan(input)) {
    const plan = safeParseActionPlan(input);
    if (!plan.success) throw plan.error;
    return { activities: plan.data.calendar, plan: plan.data };
  }
  const activities = safeParseCalendarActivities(input);
  if (!activities.success) throw activities.error;
  return { activities: activities.data };
}

function occurrence(activity: CalendarActivity, start: PartialDate, end: PartialDate, recurring: boolean): CalendarOccurrence {
  const precision = datePrecision(start) === 'day' && datePrecision(end) === 'day' ? 'day' : datePrecision(start) === 'year' || datePrecision(end) === 'year' ? 'year' : 'month';
  const timed = activity.time !== undefined && precision === 'day';
  return {
    activityId: activity.id,
    title: activity.title,
    category: activity.category,
    precision,
    start,
    end,
    allDay: !timed,
    ...(timed ? { time: activity.time! } : {}),
    ...(timed ? { startInstant: instantOf(start, activity.time!.start, activity.time!.zone) } : {}),
    ...(timed && activity.time!.end !== undefined ? { endInstant: instantOf(end, activity.time!.end, activity.time!.zone) } : {}),
    ...(activity.location === undefined ? {} : { location: activity.location }),
    ...(activity.workingGroup === undefined ? {} : { workingGroup: activity.workingGroup }),
    recurring,
  };
}

/** Every occurrence an activity has in the window, expansion bounded by the window. */
function occurrencesOf(activity: CalendarActivity, index: number, window: CalendarWindow): CalendarOccurrence[] {
  const schedule = activity.schedule;
  const touches = (start: PartialDate, end: PartialDate): boolean => earliestDay(start) <= window.to && latestDay(end) >= window.from;
  switch (schedule.kind) {
    case 'dates':
      return schedule.dates.filter((date) => touches(date, date)).map((date) => occurrence(activity, date, date, false));
    case 'range':
      return touches(schedule.start, schedule.end) ? [occurrence(activity, schedule.start, schedule.end, false)] : [];
    case 'recurrence':
      return expandRecurrence(schedule, window.from, window.to, ['activities', index, 'schedule']).map((day) => occurrence(activity, day, day, true));
    case 'unscheduled':
      return [];
  }
}

const byTime = (a: CalendarOccurrence, b: CalendarOccurrence): number =>
  a.start.localeCompare(b.start) || (a.startInstant ?? '').localeCompare(b.startInstant ?? '') || a.activityId.localeCompare(b.activityId);

/**
 * The calendar of a plan (or of a list of activities) in a window: every
 * occurrence, sorted, each with its precision; entries known only to the month
 * or year apart; and the activities the sources do not schedule, listed apart
 * and never given a date. Recurrences are expanded only within the window.
 *
 * @param input - An action plan (validated with `parseActionPlan`) or a list of calendar activities.
 * @param options - The window, `{ from, to }` as `YYYY-MM-DD`, both required; for a plan, its year by default.
 * @throws `MirpsValidationError` for an invalid plan or activity; `MirpsCalendarError` for a window without an end, reversed, or wider than `maxDays`.
 * @example
 * ```ts
 * import { buildCalendar } from '@mirps/calendar';
 * import { actionPlan2023 } from '@mirps/core/data';
 * const calendar = buildCalendar(actionPlan2023, { from: '2023-01-01', to: '2023-12-31' });
 * calendar.occurrences.filter((o) => o.activityId === 'activity-virtual-plenary-meetings').map((o) => o.start);
 * // ['2023-01-24', '2023-04-20', '2023-07-20', '2023-10-19']
 * ```
 */
export function buildCalendar(input: ActionPlan | readonly CalendarActivity[], options?: CalendarOptions): Calendar {
  const { activities, plan } = readActivities(input);
  const window = checkWindow(options ?? (plan === undefined ? undefined : { from: `${plan.year}-01-01`, to: `${plan.year}-12-31` }));
  const all = activities.flatMap((activity, index) => occurrencesOf(activity, index, window));
  const unscheduled: UnscheduledActivity[] = activities
    .filter((activity) => activity.schedule.kind === 'unscheduled')
    .map((activity) => {
      const note = activity.schedule.kind === 'unscheduled' ? activity.schedule.note : undefined;
      return { activityId: activity.id, title: activity.title, category: activity.category, ...(note === undefined ? {} : { note }) };
    });
  return {
    window,
    occurrences: all.filter((o) => o.precision === 'day').sort(byTime),
    monthEntries: all.filter((o) => o.precision !== 'day').sort(byTime),
    unscheduled,
    activities,
  };
}


