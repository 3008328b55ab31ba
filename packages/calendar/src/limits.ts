import { describeValue, type Language, MirpsCalendarError } from '@mirps/core';
import { messagesIn } from './i18n/messages.js';

/**
 * The most occurrences a calendar may hold unless told otherwise: dated
 * occurrences and month- or year-precision entries together.
 *
 * @example
 * ```ts
 * import { DEFAULT_MAX_OCCURRENCES, buildCalendar } from '@mirps/calendar';
 * DEFAULT_MAX_OCCURRENCES; // 10000
 * buildCalendar(activities, { from: '2024-01-01', to: '2024-12-31', maxOccurrences: 50_000 });
 * ```
 */
export const DEFAULT_MAX_OCCURRENCES = 10_000;

/**
 * The most occurrences one recurrence rule may give in a calendar's window
 * unless told otherwise (with `maxFrequency` raised, each time of day a rule
 * gives counts).
 *
 * @example
 * ```ts
 * import { DEFAULT_MAX_OCCURRENCES_PER_RULE } from '@mirps/calendar';
 * DEFAULT_MAX_OCCURRENCES_PER_RULE; // 1000
 * ```
 */
export const DEFAULT_MAX_OCCURRENCES_PER_RULE = 1_000;

/**
 * How often a recurrence rule may give an occurrence, from the least to the
 * most often: at most once a day, an hour, a minute or a second.
 *
 * @example
 * ```ts
 * import { RULE_FREQUENCIES } from '@mirps/calendar';
 * RULE_FREQUENCIES; // ['daily', 'hourly', 'minutely', 'secondly']
 * ```
 */
export const RULE_FREQUENCIES: readonly RuleFrequency[] = Object.freeze([
  'daily',
  'hourly',
  'minutely',
  'secondly',
] as const);

/**
 * A bound on how often a recurrence rule may give an occurrence; see {@link RULE_FREQUENCIES}.
 *
 * @example
 * ```ts
 * import type { RuleFrequency } from '@mirps/calendar';
 * const hourly: RuleFrequency = 'hourly';
 * ```
 */
export type RuleFrequency = 'daily' | 'hourly' | 'minutely' | 'secondly';

/**
 * How often a rule may recur unless told otherwise: at most daily. A rule with
 * `FREQ=HOURLY`, `MINUTELY` or `SECONDLY`, or with more than one `BYHOUR`,
 * `BYMINUTE` or `BYSECOND` value, recurs more often and is refused.
 *
 * @example
 * ```ts
 * import { DEFAULT_MAX_FREQUENCY } from '@mirps/calendar';
 * DEFAULT_MAX_FREQUENCY; // 'daily'
 * ```
 */
export const DEFAULT_MAX_FREQUENCY: RuleFrequency = 'daily';

/**
 * The most work expanding a calendar's recurrence rules may take unless told
 * otherwise, in steps: each period a rule is walked through from its first
 * day (a day of a `DAILY` rule, a week of a `WEEKLY` one; a period counts
 * more for a rule with long `BYxxx` lists) and each date it gives. A rule that
 * starts long before the window, or that rarely or never gives a day (such as
 * `FREQ=DAILY;BYMONTH=2;BYMONTHDAY=30`, which is walked to the year 9999),
 * takes many. Each time of day a sub-daily rule tries counts as a step too;
 * and a rule that tries more than 50,000 times of day in one period, whatever
 * this budget, never reaches a time it lists and is refused as invalid.
 *
 * @example
 * ```ts
 * import { DEFAULT_MAX_EXPANSION_STEPS } from '@mirps/calendar';
 * DEFAULT_MAX_EXPANSION_STEPS; // 200000
 * ```
 */
export const DEFAULT_MAX_EXPANSION_STEPS = 200_000;

/**
 * The limits of building a calendar, each with its default: how many
 * occurrences the calendar and each recurrence rule may have, how often a rule
 * may recur, and how much work expanding the rules may take. Every request over
 * a limit is refused with a typed error naming the limit; nothing partial is
 * returned.
 *
 * @example
 * ```ts
 * import type { CalendarLimits } from '@mirps/calendar';
 * const generous: CalendarLimits = { maxOccurrences: 50_000, maxOccurrencesPerRule: 5_000, maxFrequency: 'hourly' };
 * ```
 */
export interface CalendarLimits {
  /** The most occurrences (and month- or year-precision entries) in the calendar; {@link DEFAULT_MAX_OCCURRENCES} by default. */
  readonly maxOccurrences?: number;
  /** The most occurrences one recurrence rule may give in the window; {@link DEFAULT_MAX_OCCURRENCES_PER_RULE} by default. */
  readonly maxOccurrencesPerRule?: number;
  /** How often a rule may recur; {@link DEFAULT_MAX_FREQUENCY} (`'daily'`) by default. */
  readonly maxFrequency?: RuleFrequency;
  /** The most steps expanding the calendar's rules may take; {@link DEFAULT_MAX_EXPANSION_STEPS} by default. */
  readonly maxExpansionSteps?: number;
}

/** The limits of a build, each given or its default. */
export type ResolvedLimits = { readonly [K in keyof CalendarLimits]-?: Exclude<CalendarLimits[K], undefined> };

const COUNTS = [
  ['maxOccurrences', DEFAULT_MAX_OCCURRENCES],
  ['maxOccurrencesPerRule', DEFAULT_MAX_OCCURRENCES_PER_RULE],
  ['maxExpansionSteps', DEFAULT_MAX_EXPANSION_STEPS],
] as const;

/**
 * A limit given as a count: a whole number of at least 1 (`Infinity` lifts
 * the limit), or its default when left out. Anything else is refused with
 * `calendar.invalid-option` at `[name]`, in the given language.
 */
export function readCount(value: unknown, name: string, fallback: number, language: Language = 'en'): number {
  if (value === undefined) return fallback;
  if (typeof value === 'number' && (Number.isSafeInteger(value) || value === Infinity) && value >= 1) return value;
  throw new MirpsCalendarError([
    {
      code: 'calendar.invalid-option',
      path: [name],
      message: messagesIn(language).invalidCount(name, describeValue(value, language)),
    },
  ]);
}

/** The limits in a caller's options, checked; each left out is its default. Refusals are in `language`. */
export function readLimits(options: CalendarLimits, language: Language = 'en'): ResolvedLimits {
  const counts = Object.fromEntries(
    COUNTS.map(([name, fallback]) => [name, readCount(options[name], name, fallback, language)]),
  ) as Record<(typeof COUNTS)[number][0], number>;
  const maxFrequency = options.maxFrequency ?? DEFAULT_MAX_FREQUENCY;
  if (!(RULE_FREQUENCIES as readonly unknown[]).includes(maxFrequency)) {
    throw new MirpsCalendarError([
      {
        code: 'calendar.invalid-option',
        path: ['maxFrequency'],
        message: messagesIn(language).invalidMaxFrequency(
          RULE_FREQUENCIES.map((f) => `"${f}"`).join(', '),
          describeValue(maxFrequency, language),
        ),
      },
    ]);
  }
  return { ...counts, maxFrequency };
}
