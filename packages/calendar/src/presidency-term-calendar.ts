import { MirpsCalendarError, earliestDay, latestDay, parseActionPlan, presidencyOfTerm, type ActionPlan, type CalendarActivity, type Presidency } from '@mirps/core';
import { memberStates } from '@mirps/core/data';
import { buildCalendar } from './build-calendar.js';
import type { Calendar } from './calendar-types.js';

/**
 * Options of {@link presidencyTermCalendar}: the incoming presidency (by default
 * the MIRPS one, recorded or projected by the rotation engine) and the window
 * (by default the plan's year, stretched to a known handover day).
 *
 * @example
 * ```ts
 * import type { PresidencyTermCalendarOptions } from '@mirps/calendar';
 * import { nextPresidency } from '@mirps/core';
 * const options: PresidencyTermCalendarOptions = { incoming: nextPresidency({ handovers: { '2024': '2023-12-05' } }) };
 * ```
 */
export interface PresidencyTermCalendarOptions {
  readonly incoming?: Pick<Presidency, 'label' | 'holder' | 'holderName' | 'handover'>;
  readonly from?: string;
  readonly to?: string;
  readonly maxDays?: number;
}

/**
 * A presidency term's calendar: the plan's activities plus the duties at the
 * handover to the incoming presidency, one activity for each of the plan's
 * handover commitments and one for the handover itself at the Annual Meeting.
 * They fall on the handover day when it is known, and are listed as not
 * scheduled otherwise.
 *
 * @param plan - The outgoing presidency's action plan (validated).
 * @param options - The incoming presidency and the window; see {@link PresidencyTermCalendarOptions}.
 * @throws `MirpsValidationError` for an invalid plan; `MirpsCalendarError` for an invalid window or incoming term.
 * @example
 * ```ts
 * import { presidencyTermCalendar } from '@mirps/calendar';
 * import { actionPlan2023 } from '@mirps/core/data';
 * const calendar = presidencyTermCalendar(actionPlan2023);
 * calendar.unscheduled.some((a) => a.activityId === 'term-2023-handover'); // true: the VI Annual Meeting has no date yet
 * ```
 */
export function presidencyTermCalendar(plan: ActionPlan, options: PresidencyTermCalendarOptions = {}): Calendar {
  const checked = parseActionPlan(plan);
  const incoming = options.incoming ?? presidencyOfTerm(String(Number(checked.presidency.term) + 1));
  if (typeof incoming !== 'object' || incoming === null || typeof incoming.holder !== 'string' || typeof incoming.label !== 'string') {
    throw new MirpsCalendarError([{ code: 'calendar.invalid-option', path: ['incoming'], message: 'incoming is a presidency with label, holder and handover, such as nextPresidency() returns' }]);
  }
  const term = checked.presidency.term;
  // Text here is English: name the incoming member state in English where the reference data knows it.
  const incomingName = memberStates.find((state) => state.id === incoming.holder)?.name.en ?? incoming.holderName;
  const date = incoming.handover?.date ?? null;
  const event = incoming.handover?.event ?? 'the handover';
  const when = date === null ? { kind: 'unscheduled' as const, note: { en: `At the handover to ${incomingName} (term ${incoming.label}) at ${event}; the date is not known yet.` } } : { kind: 'dates' as const, dates: [date] };
  const outsideYear = date !== null && !date.startsWith(String(checked.year));
  const duty = (id: string, title: string): CalendarActivity => ({
    id: `term-${term}-${id}`,
    category: 'other-activity',
    title: { en: title },
    schedule: when,
    presidencyTerm: term,
    ...(outsideYear ? { outsidePlanYear: true } : {}),
  });
  const activities: CalendarActivity[] = [
    ...checked.calendar,
    duty('handover', `Handover of the Pro-Tempore Presidency to ${incomingName} (term ${incoming.label}), at ${event}`),
    ...checked.handoverCommitments.map((commitment) => duty(commitment.id, `Handover duty: ${commitment.text.en ?? commitment.text.es}`)),
  ];
  const from = options.from ?? `${checked.year}-01-01`;
  const yearEnd = `${checked.year}-12-31`;
  const to = options.to ?? (date !== null && latestDay(date) > yearEnd ? latestDay(date) : yearEnd);
  return buildCalendar(activities, { from: options.from === undefined && date !== null && earliestDay(date) < from ? earliestDay(date) : from, to, ...(options.maxDays === undefined ? {} : { maxDays: options.maxDays }) });
}
