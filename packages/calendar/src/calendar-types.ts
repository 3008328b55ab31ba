import type {
  CalendarActivity,
  DatePrecision,
  Language,
  LocalizedText,
  Location,
  MirpsContext,
  TimeOfDay,
} from '@mirps/core';

/**
 * The span of days a calendar covers, both ends included, as `YYYY-MM-DD`.
 *
 * @example
 * ```ts
 * import type { CalendarWindow } from '@mirps/calendar';
 * const year2023: CalendarWindow = { from: '2023-01-01', to: '2023-12-31' };
 * ```
 */
export interface CalendarWindow {
  readonly from: string;
  readonly to: string;
}

/**
 * One occurrence of an activity. Day-precision occurrences have `start` and
 * `end` as `YYYY-MM-DD` (both included); month- and year-precision entries have
 * `YYYY-MM` or `YYYY`. A timed occurrence also has its local `time` and the
 * UTC instants it starts (and ends).
 *
 * @example
 * ```ts
 * import { buildCalendar } from '@mirps/calendar';
 * import { actionPlan2023 } from '@mirps/core/data';
 * const [first] = buildCalendar(actionPlan2023).occurrences;
 * first?.start; // '2023-01-24'
 * ```
 */
export interface CalendarOccurrence {
  readonly activityId: string;
  readonly title: LocalizedText;
  readonly category: CalendarActivity['category'];
  readonly precision: DatePrecision;
  readonly start: string;
  readonly end: string;
  /** True unless the activity has a time of day. */
  readonly allDay: boolean;
  readonly time?: TimeOfDay;
  /** The UTC instant a timed occurrence starts, e.g. `2023-04-20T15:00:00.000Z`. */
  readonly startInstant?: string;
  /** The UTC instant a timed occurrence ends, when its end time is known. */
  readonly endInstant?: string;
  readonly location?: Location;
  readonly workingGroup?: string;
  /** True for an occurrence that a recurrence rule (or one of its added days) gives. */
  readonly recurring: boolean;
}

/**
 * An activity the sources do not schedule: listed apart, never given a date.
 *
 * @example
 * ```ts
 * import { buildCalendar } from '@mirps/calendar';
 * import { actionPlan2023 } from '@mirps/core/data';
 * buildCalendar(actionPlan2023).unscheduled.length; // 11
 * ```
 */
export interface UnscheduledActivity {
  readonly activityId: string;
  readonly title: LocalizedText;
  readonly category: CalendarActivity['category'];
  readonly note?: LocalizedText;
}

/**
 * A calendar: the occurrences in a window, sorted; the month- and
 * year-precision entries; the activities the sources do not schedule; the
 * validated activities it was built from (which {@link toICS} exports); and the
 * context it was read against (whose working groups {@link toICS} names);
 * and the language its views write in unless told otherwise.
 * Only {@link buildCalendar} and {@link presidencyTermCalendar} make one: it is
 * frozen, and the views ({@link monthGrid}, {@link findConflicts},
 * {@link toICS}) take it as it is, refusing any other object.
 *
 * @example
 * ```ts
 * import { buildCalendar, type Calendar } from '@mirps/calendar';
 * import { actionPlan2023 } from '@mirps/core/data';
 * const calendar: Calendar = buildCalendar(actionPlan2023, { from: '2023-01-01', to: '2023-12-31' });
 * ```
 */
export interface Calendar {
  readonly window: CalendarWindow;
  /** Day-precision occurrences in the window, by start, time and activity id. */
  readonly occurrences: readonly CalendarOccurrence[];
  /** Occurrences known only to the month or the year that touch the window. */
  readonly monthEntries: readonly CalendarOccurrence[];
  readonly unscheduled: readonly UnscheduledActivity[];
  readonly activities: readonly CalendarActivity[];
  /** The reference data and ledger the calendar was read against, validated. */
  readonly context: MirpsContext;
  /** The language its views write in when they are not told (`language` of {@link buildCalendar}); `'en'` by default. */
  readonly language: Language;
}
