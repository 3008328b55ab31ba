import {
  type ActionPlan,
  type ActionPlanContext,
  type CalendarActivity,
  describeValue,
  earliestDay,
  type Language,
  type LocalizedText,
  latestDay,
  MirpsCalendarError,
  type MirpsContext,
  type MirpsPath,
  type Presidency,
  parseActionPlan,
  parseContext,
  partialDateSchema,
  presidencyOfTerm,
  textIn,
} from '@mirps/core';
import { defined } from './_lib/defined.js';
import { isOneLine } from './_lib/one-line.js';
import { buildCalendar } from './build-calendar.js';
import type { Calendar } from './calendar-types.js';
import { messagesIn } from './i18n/messages.js';
import { readLanguage } from './i18n/read-language.js';
import type { CalendarLimits } from './limits.js';

/**
 * Options of {@link presidencyTermCalendar}: the incoming presidency (by default
 * the MIRPS one, recorded or projected by the rotation engine from the
 * context's ledger), the window (by default the plan's year, stretched to a
 * known handover day), the limits of the build as for {@link buildCalendar}
 * (see {@link CalendarLimits}), the language of the calendar's views (the
 * duties' own text is written in both), and the context the plan is read
 * against (the embedded MIRPS data by default).
 *
 * @example
 * ```ts
 * import type { PresidencyTermCalendarOptions } from '@mirps/calendar';
 * import { nextPresidency } from '@mirps/core';
 * const options: PresidencyTermCalendarOptions = { incoming: nextPresidency({ handovers: { '2027': '2026-12-01' } }) };
 * ```
 */
export interface PresidencyTermCalendarOptions extends ActionPlanContext, CalendarLimits {
  readonly incoming?: Pick<Presidency, 'label' | 'holder' | 'holderName' | 'handover'>;
  readonly from?: string;
  readonly to?: string;
  readonly maxDays?: number;
  /** The language the calendar's views write in when they are not told, as `language` of `buildCalendar`: `'en'` (the default) or `'es'`. */
  readonly language?: Language;
}

/** A presidency term's calendar, read against a complete context; see the entry point in `index.ts`. */
export function presidencyTermCalendar(
  plan: ActionPlan,
  options: PresidencyTermCalendarOptions & MirpsContext,
): Calendar {
  const language = readLanguage(options.language);
  const context = parseContext(options);
  const checked = parseActionPlan(plan, { ...context, language });
  const incoming =
    options.incoming === undefined
      ? presidencyOfTerm(String(Number(checked.presidency.term) + 1), context)
      : readIncoming(options.incoming, language);
  const term = checked.presidency.term;
  // The SDK writes the duties' text in both languages: the incoming member state named in each from the reference
  // data (the name given in `incoming` otherwise), and the MIRPS handover event in each (an event the caller names, as given).
  const holderState = context.reference.memberStates.find((state) => state.id === incoming.holder);
  const date = incoming.handover?.date ?? null;
  const both = (
    write: (say: ReturnType<typeof messagesIn>, holder: string, event: string) => string,
  ): LocalizedText => {
    const inLanguage = (language: Language): string => {
      const say = messagesIn(language);
      return write(
        say,
        textIn(holderState?.name, language) ?? incoming.holderName,
        handoverEvent(incoming.handover?.event, language),
      );
    };
    return { en: inLanguage('en'), es: inLanguage('es') };
  };
  const when =
    date === null
      ? {
          kind: 'unscheduled' as const,
          note: both((say, holder, event) => say.handoverDateUnknown(holder, incoming.label, event)),
        }
      : { kind: 'dates' as const, dates: [date] };
  const outsideYear = date !== null && !date.startsWith(String(checked.year));
  const duty = (id: string, title: LocalizedText): CalendarActivity => ({
    id: `term-${term}-${id}`,
    category: 'other-activity',
    title,
    schedule: when,
    presidencyTerm: term,
    ...(outsideYear ? { outsidePlanYear: true } : {}),
  });
  const activities: CalendarActivity[] = [
    ...checked.calendar,
    duty(
      'handover',
      both((say, holder, event) => say.handoverTitle(holder, incoming.label, event)),
    ),
    // The commitment is the plan's own text, shown as the plan gives it (in its other language where one is missing), never translated.
    ...checked.handoverCommitments.map((commitment) =>
      duty(commitment.id, {
        en: messagesIn('en').handoverDuty(defined(textIn(commitment.text, 'en'))),
        es: messagesIn('es').handoverDuty(defined(textIn(commitment.text, 'es'))),
      }),
    ),
  ];
  const from = options.from ?? `${checked.year}-01-01`;
  const yearEnd = `${checked.year}-12-31`;
  const to = options.to ?? (date !== null && latestDay(date) > yearEnd ? latestDay(date) : yearEnd);
  const { maxDays, maxOccurrences, maxOccurrencesPerRule, maxFrequency, maxExpansionSteps } = options;
  const limits = { maxDays, maxOccurrences, maxOccurrencesPerRule, maxFrequency, maxExpansionSteps };
  // Errors point into the caller's input: the plan's own activities, then the duties (from `incoming`).
  const at = (index: number): MirpsPath =>
    index < checked.calendar.length ? ['calendar', index, 'schedule'] : ['incoming', 'handover', 'date'];
  return buildCalendar(
    activities,
    {
      ...limits,
      ...context,
      language,
      from: options.from === undefined && date !== null && earliestDay(date) < from ? earliestDay(date) : from,
      to,
    },
    at,
  );
}

/** The handover event in a language: the MIRPS Annual Meeting (as the rotation engine names it, in either language) in the SDK's words; "the handover" when none is known; an event the caller names, as given. */
function handoverEvent(event: string | null | undefined, language: Language): string {
  if (event === undefined || event === null) return messagesIn(language).theHandover;
  if (event === messagesIn('en').annualMeeting || event === messagesIn('es').annualMeeting)
    return messagesIn(language).annualMeeting;
  return event;
}

type Incoming = NonNullable<PresidencyTermCalendarOptions['incoming']>;

/** The incoming presidency a caller gives: label, holder and name on one line each, and a handover with a real date (or none); refused in `language`. */
function readIncoming(value: unknown, language: Language): Incoming {
  const say = messagesIn(language);
  const refuse = (path: MirpsPath, expected: string, got: unknown): never => {
    throw new MirpsCalendarError([
      {
        code: 'calendar.invalid-option',
        path: ['incoming', ...path],
        message: say.invalidIncoming(
          `incoming${path.map((p) => `.${p}`).join('')}`,
          expected,
          describeValue(got, language),
        ),
      },
    ]);
  };
  if (typeof value !== 'object' || value === null || Array.isArray(value))
    return refuse([], say.incomingPresidency, value);
  const { label, holder, holderName, handover } = value as Record<string, unknown>;
  if (!isOneLine(label)) refuse(['label'], say.incomingLabel, label);
  if (!isOneLine(holder)) refuse(['holder'], say.incomingHolder, holder);
  if (!isOneLine(holderName)) refuse(['holderName'], say.incomingHolderName, holderName);
  if (handover !== undefined && handover !== null) {
    if (typeof handover !== 'object' || Array.isArray(handover)) refuse(['handover'], say.incomingHandover, handover);
    const { date, event } = handover as Record<string, unknown>;
    if (date !== undefined && date !== null && !partialDateSchema.safeParse(date).success)
      refuse(['handover', 'date'], say.incomingDate, date);
    if (event !== undefined && event !== null && !isOneLine(event))
      refuse(['handover', 'event'], say.incomingEvent, event);
  }
  return value as Incoming;
}
