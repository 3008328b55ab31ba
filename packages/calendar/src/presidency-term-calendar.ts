import {
  MirpsCalendarError,
  earliestDay,
  latestDay,
  parseActionPlan,
  parseContext,
  presidencyOfTerm,
  textIn,
  type ActionPlan,
  type ActionPlanContext,
  type CalendarActivity,
  type MirpsContext,
  type Presidency,
} from '@mirps/core';
import { buildCalendar } from './build-calendar.js';
import type { Calendar } from './calendar-types.js';

/**
 * Options of {@link presidencyTermCalendar}: the incoming presidency (by default
 * the MIRPS one, recorded or projected by the rotation engine from the
 * context's ledger), the window (by default the plan's year, stretched to a
 * known handover day), and the context the plan is read against (the embedded
 * MIRPS data by default).
 *
 * @example
 * ```ts
 * import type { PresidencyTermCalendarOptions } from '@mirps/calendar';
 * import { nextPresidency } from '@mirps/core';
 * const options: PresidencyTermCalendarOptions = { incoming: nextPresidency({ handovers: { '2027': '2026-12-01' } }) };
 * ```
 */
export interface PresidencyTermCalendarOptions extends ActionPlanContext {
  readonly incoming?: Pick<Presidency, 'label' | 'holder' | 'holderName' | 'handover'>;
  readonly from?: string;
  readonly to?: string;
  readonly maxDays?: number;
}

/** A presidency term's calendar, read against a complete context; see the entry point in `index.ts`. */
export function presidencyTermCalendar(plan: ActionPlan, options: PresidencyTermCalendarOptions & MirpsContext): Calendar {
  const context = parseContext(options);
  const checked = parseActionPlan(plan, context);
  const incoming = options.incoming ?? presidencyOfTerm(String(Number(checked.presidency.term) + 1), context);
  if (typeof incoming !== 'object' || incoming === null || typeof incoming.holder !== 'string' || typeof incoming.label !== 'string') {
    throw new MirpsCalendarError([{ code: 'calendar.invalid-option', path: ['incoming'], message: 'incoming is a presidency with label, holder and handover, such as nextPresidency() returns' }]);
  }
  const term = checked.presidency.term;
  // Text here is English: name the incoming member state in English where the reference data knows it.
  const incomingName = textIn(context.reference.memberStates.find((state) => state.id === incoming.holder)?.name) ?? incoming.holderName;
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
    ...checked.handoverCommitments.map((commitment) => duty(commitment.id, `Handover duty: ${textIn(commitment.text)}`)),
  ];
  const from = options.from ?? `${checked.year}-01-01`;
  const yearEnd = `${checked.year}-12-31`;
  const to = options.to ?? (date !== null && latestDay(date) > yearEnd ? latestDay(date) : yearEnd);
  return buildCalendar(activities, { ...context, from: options.from === undefined && date !== null && earliestDay(date) < from ? earliestDay(date) : from, to, ...(options.maxDays === undefined ? {} : { maxDays: options.maxDays }) });
}
