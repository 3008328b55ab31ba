import {
  type ActionPlan,
  type CalendarActivity,
  datePrecision,
  earliestDay,
  type Language,
  latestDay,
  type MirpsContext,
  type MirpsPath,
  type PartialDate,
  parseContext,
  safeParseActionPlan,
  safeParseCalendarActivities,
} from '@mirps/core';
import { instantOf } from './_lib/days.js';
import { type BuildTally, chargeOccurrences, startTally } from './build-tally.js';
import type { Calendar, CalendarOccurrence, CalendarWindow, UnscheduledActivity } from './calendar-types.js';
import { readLanguage } from './i18n/read-language.js';
import { readLimits } from './limits.js';
import { sealCalendar } from './read-calendar.js';
import { expandRecurrence } from './recurrence.js';
import { type CalendarOptions, checkWindow } from './window.js';

const isPlan = (input: unknown): boolean =>
  typeof input === 'object' && input !== null && !Array.isArray(input) && 'calendar' in input;

/**
 * The activities to build from: a plan's calendar (read against the context)
 * or a list of activities, validated either way; and where each one's schedule
 * is in the input, for errors (in `language`).
 */
function readActivities(
  input: unknown,
  context: MirpsContext,
  language: Language,
): { activities: CalendarActivity[]; plan?: ActionPlan; at: (index: number) => MirpsPath } {
  if (isPlan(input)) {
    const plan = safeParseActionPlan(input, { ...context, language });
    if (!plan.success) throw plan.error;
    return { activities: plan.data.calendar, plan: plan.data, at: (index) => ['calendar', index, 'schedule'] };
  }
  const activities = safeParseCalendarActivities(input, { language });
  if (!activities.success) throw activities.error;
  return { activities: activities.data, at: (index) => [index, 'schedule'] };
}

/** How precisely an occurrence from `start` to `end` is dated: by day when both ends are days, else the coarser. */
function precisionOf(start: PartialDate, end: PartialDate): CalendarOccurrence['precision'] {
  const ends = [datePrecision(start), datePrecision(end)];
  if (ends.every((precision) => precision === 'day')) return 'day';
  return ends.includes('year') ? 'year' : 'month';
}

function occurrence(
  activity: CalendarActivity,
  start: PartialDate,
  end: PartialDate,
  recurring: boolean,
): CalendarOccurrence {
  const precision = precisionOf(start, end);
  // A time of day only on an occurrence dated by day.
  const time = precision === 'day' ? activity.time : undefined;
  return {
    activityId: activity.id,
    title: activity.title,
    category: activity.category,
    precision,
    start,
    end,
    allDay: time === undefined,
    ...(time === undefined ? {} : { time, startInstant: instantOf(start, time.start, time.zone) }),
    ...(time?.end === undefined ? {} : { endInstant: instantOf(end, time.end, time.zone) }),
    ...(activity.location === undefined ? {} : { location: activity.location }),
    ...(activity.workingGroup === undefined ? {} : { workingGroup: activity.workingGroup }),
    recurring,
  };
}

/**
 * Every occurrence an activity has in the window, each charged to the build's
 * tally before it is made; recurrences are expanded only within the window.
 */
function occurrencesOf(
  activity: CalendarActivity,
  path: MirpsPath,
  window: CalendarWindow,
  tally: BuildTally,
): CalendarOccurrence[] {
  const schedule = activity.schedule;
  const touches = (start: PartialDate, end: PartialDate): boolean =>
    earliestDay(start) <= window.to && latestDay(end) >= window.from;
  switch (schedule.kind) {
    case 'dates': {
      const dates = schedule.dates.filter((date) => touches(date, date));
      chargeOccurrences(tally, dates.length, window, path);
      return dates.map((date) => occurrence(activity, date, date, false));
    }
    case 'range':
      if (!touches(schedule.start, schedule.end)) return [];
      chargeOccurrences(tally, 1, window, path);
      return [occurrence(activity, schedule.start, schedule.end, false)];
    case 'recurrence': {
      const days = expandRecurrence(schedule, window, tally, path);
      chargeOccurrences(tally, days.length, window, path);
      return days.map((day) => occurrence(activity, day, day, true));
    }
    case 'unscheduled':
      return [];
  }
}

const byTime = (a: CalendarOccurrence, b: CalendarOccurrence): number =>
  a.start.localeCompare(b.start) ||
  (a.startInstant ?? '').localeCompare(b.startInstant ?? '') ||
  a.activityId.localeCompare(b.activityId);

/**
 * The calendar of a plan (or of a list of activities) in a window, read
 * against a complete context (validated here, once), within the limits of
 * the options; see the entry point's documentation in `index.ts`. `at` says
 * where an activity's schedule is in the caller's input, when the list given
 * here is not that input.
 */
export function buildCalendar(
  input: ActionPlan | readonly CalendarActivity[],
  options: CalendarOptions & MirpsContext,
  at?: (index: number) => MirpsPath,
): Calendar {
  // The language first, so that every refusal after it is in that language (an invalid one is refused in English).
  const language = readLanguage(options.language);
  const limits = readLimits(options, language);
  const context = parseContext(options);
  const read = readActivities(input, context, language);
  const { activities, plan } = read;
  const { from, to, maxDays } = options;
  // No window given: a plan's year, or nothing for a list of activities (which checkWindow refuses).
  const ownYear = plan === undefined ? undefined : { from: `${plan.year}-01-01`, to: `${plan.year}-12-31`, maxDays };
  const window = checkWindow(from === undefined && to === undefined ? ownYear : { from, to, maxDays }, language);
  const tally = startTally(limits, language);
  const all = activities.flatMap((activity, index) => occurrencesOf(activity, (at ?? read.at)(index), window, tally));
  const unscheduled: UnscheduledActivity[] = activities
    .filter((activity) => activity.schedule.kind === 'unscheduled')
    .map((activity) => {
      const note = activity.schedule.kind === 'unscheduled' ? activity.schedule.note : undefined;
      return {
        activityId: activity.id,
        title: activity.title,
        category: activity.category,
        ...(note === undefined ? {} : { note }),
      };
    });
  return sealCalendar({
    window,
    occurrences: all.filter((o) => o.precision === 'day').sort(byTime),
    monthEntries: all.filter((o) => o.precision !== 'day').sort(byTime),
    unscheduled,
    activities,
    context,
    language,
  });
}
