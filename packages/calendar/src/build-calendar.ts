import {
  datePrecision,
  earliestDay,
  latestDay,
  parseContext,
  safeParseActionPlan,
  safeParseCalendarActivities,
  type ActionPlan,
  type CalendarActivity,
  type MirpsContext,
  type PartialDate,
} from '@mirps/core';
import { instantOf } from './_lib/days.js';
import type { Calendar, CalendarOccurrence, CalendarWindow, UnscheduledActivity } from './calendar-types.js';
import { sealCalendar } from './read-calendar.js';
import { expandRecurrence } from './recurrence.js';
import { checkWindow, type CalendarOptions } from './window.js';

const isPlan = (input: unknown): boolean => typeof input === 'object' && input !== null && !Array.isArray(input) && 'calendar' in input;

/** The activities to build from: a plan's calendar (read against the context) or a list of activities, validated either way. */
function readActivities(input: unknown, context: MirpsContext): { activities: CalendarActivity[]; plan?: ActionPlan } {
  if (isPlan(input)) {
    const plan = safeParseActionPlan(input, context);
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
 * The calendar of a plan (or of a list of activities) in a window, read
 * against a complete context (validated here, once); see the entry point's
 * documentation in `index.ts`.
 */
export function buildCalendar(input: ActionPlan | readonly CalendarActivity[], options: CalendarOptions & MirpsContext): Calendar {
  const context = parseContext(options);
  const { activities, plan } = readActivities(input, context);
  const { from, to, maxDays } = options;
  // No window given: a plan's year, or nothing for a list of activities (which checkWindow refuses).
  const ownYear = plan === undefined ? undefined : { from: `${plan.year}-01-01`, to: `${plan.year}-12-31`, maxDays };
  const window = checkWindow(from === undefined && to === undefined ? ownYear : { from, to, maxDays });
  const all = activities.flatMap((activity, index) => occurrencesOf(activity, index, window));
  const unscheduled: UnscheduledActivity[] = activities
    .filter((activity) => activity.schedule.kind === 'unscheduled')
    .map((activity) => {
      const note = activity.schedule.kind === 'unscheduled' ? activity.schedule.note : undefined;
      return { activityId: activity.id, title: activity.title, category: activity.category, ...(note === undefined ? {} : { note }) };
    });
  return sealCalendar({
    window,
    occurrences: all.filter((o) => o.precision === 'day').sort(byTime),
    monthEntries: all.filter((o) => o.precision !== 'day').sort(byTime),
    unscheduled,
    activities,
    context,
  });
}
