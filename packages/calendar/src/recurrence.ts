// The one module that touches rrule, which _lib/rrule.ts loads (by name for bundlers and CommonJS; with `require` in
// Node's ESM build, as rrule.node.ts). Its dates are floating: UTC fields carry the wall-clock day, so they are built
// as UTC midnights and read in UTC.
//
// Expansion is bounded by counts, never by time. rrule walks a rule period by period from DTSTART and stops only
// at a date past the window (or at its COUNT or UNTIL) — a rule that gives no more dates is walked to the year 9999.
// So the walk is metered: every date rrule gives comes to `accept` (rrule's own iteration protocol, as its `all`
// and `between` use it), and every period it walks reads `options.interval` (twice: at the loop's end check and in
// the counter's step), which a getter on the options' prototype counts. Over the caller's budget, either throws a
// private sentinel that ends the walk at once.
//
// Within one period, rrule steps a sub-daily counter in loops of its own (DateTime.addHours, addMinutes, addSeconds)
// until it reaches a time of day the rule lists, and those loops need not end: an hour counter stepped by 24 hours
// stays at the same hour forever. That happens when a MINUTELY or SECONDLY rule with BYHOUR (or a SECONDLY one with
// BYMINUTE) starts on a day it skips (FREQ=MINUTELY;BYHOUR=9;BYMONTH=2 from January 1st: rrule jumps to the end of
// the day and then steps whole days at midnight), or steps more than an hour at a time (INTERVAL=9999), whatever
// readRule can check beforehand. So every time of day the counter tries is metered as well: each is an `indexOf` on
// the rule's BYHOUR, BYMINUTE or BYSECOND list (rrule's `includes`), which is replaced by a counting copy. Each try
// is a step of the walk; and more tries in one period than a terminating search can take (MAX_TRIES_PER_PERIOD)
// mean the counter is going round for ever, whatever the budget.
import { MirpsCalendarError, type MirpsPath } from '@mirps/core';
import { DAY_MS, dayDate, dayOf, LAST_DAY_MS } from './_lib/days.js';
import { type RRuleLibrary, rruleLibrary } from './_lib/rrule.js';
import { type BuildTally, refuseTooManyOccurrences } from './build-tally.js';
import type { CalendarWindow } from './calendar-types.js';
import { messagesIn } from './i18n/messages.js';
import { readRule } from './read-rule.js';

type RRuleInstance = InstanceType<RRuleLibrary['RRule']>;

/** A recurrence as the model stores it. */
export interface RecurrenceSpec {
  readonly start: string;
  readonly rrule: string;
  readonly exdates?: readonly string[] | undefined;
  readonly rdates?: readonly string[] | undefined;
}

// rrule builds dates with Date.UTC, which reads the years 0–99 as 1900–1999. A rule that starts before the year 100
// is expanded 400 years later, where the Gregorian calendar repeats itself exactly (146,097 days, whole weeks), and
// its dates are moved back.
const CYCLE_MS = 146_097 * DAY_MS;

// Thrown from inside rrule's walk to end it; caught below, never seen outside this module.
const STOP = Symbol('stop');

// The most times of day rrule's counter may try in one period. A search that ends tries at most 24 hours for an
// HOURLY rule, and for a MINUTELY one at most 1,441 minutes with up to 26 tries each (37,466); one that tries more
// never ends. A SECONDLY search could in principle end later, but no rule rrule expands usefully needs that many.
const MAX_TRIES_PER_PERIOD = 50_000;

type TimeList = number[] | null | undefined;

/**
 * The days a recurrence gives in a window (both ends included), without its
 * exception days and with its added days, sorted. The rule is read and checked
 * first ({@link readRule}); the walk is charged to the build's tally and ends
 * as soon as a limit is passed, with a typed error naming the limit: never more
 * dates than the limits allow are made.
 */
export function expandRecurrence(
  spec: RecurrenceSpec,
  window: CalendarWindow,
  tally: BuildTally,
  path: MirpsPath,
): string[] {
  const { limits } = tally;
  const say = messagesIn(tally.language);
  const read = readRule(spec.rrule, limits.maxFrequency, path, tally.language);
  const shift = spec.start < '0100-01-01' ? CYCLE_MS : 0;
  const from = dayDate(window.from).getTime() + shift;
  const end = dayDate(window.to).getTime() + DAY_MS + shift; // exclusive: every time of the window's last day is in
  if (end - DAY_MS > LAST_DAY_MS) {
    throw new MirpsCalendarError([
      {
        code: 'calendar.expansion-too-long',
        path: [...path, 'start'],
        message: say.earlyRuleWindow(spec.start, window.to),
      },
    ]);
  }

  const { RRule } = rruleLibrary();
  let rule: RRuleInstance;
  try {
    const { until: _untilAsRRuleReadsIt, ...options } = RRule.parseString(spec.rrule);
    const until = read.until === undefined ? {} : { until: new Date(read.until.getTime() + shift) };
    rule = new RRule({ ...options, ...until, dtstart: new Date(dayDate(spec.start).getTime() + shift) }, true);
  } catch (error) {
    throw new MirpsCalendarError([
      {
        code: 'calendar.invalid-rrule',
        path: [...path, 'rrule'],
        message: say.ruleUnreadable((error as Error).message),
      },
    ]);
  }

  const perRule = Math.min(limits.maxOccurrencesPerRule, limits.maxOccurrences - tally.occurrences);
  const allowance = limits.maxExpansionSteps - tally.steps;
  let reads = 0;
  let given = 0;
  let tries = 0;
  let triesThisPeriod = 0;
  let inWindow = 0;
  let over: 'steps' | 'occurrences' | 'time-of-day' | undefined;
  const steps = (): number => Math.ceil(reads / 2) * read.periodWeight + given + tries;
  // Ends the walk, saying which limit ended it.
  const stop = (reason: NonNullable<typeof over>): never => {
    over = reason;
    throw STOP;
  };
  const days = new Set<string>();
  const excluded = new Set(spec.exdates ?? []);

  // A copy of a BYHOUR, BYMINUTE or BYSECOND list whose every look-up (rrule's `includes`) is a metered try.
  const meteredList = (list: TimeList): TimeList => {
    if (!Array.isArray(list) || list.length === 0) return list;
    const copy = [...list];
    Object.defineProperty(copy, 'indexOf', {
      value(value: number): number {
        tries += 1;
        triesThisPeriod += 1;
        if (triesThisPeriod > MAX_TRIES_PER_PERIOD) stop('time-of-day');
        if (steps() > allowance) stop('steps');
        return Array.prototype.indexOf.call(copy, value);
      },
    });
    return copy;
  };
  const { interval, ...rest } = rule.options;
  const metered = Object.create({
    get interval(): number {
      reads += 1;
      triesThisPeriod = 0;
      if (steps() > allowance) stop('steps');
      return interval;
    },
  }) as typeof rule.options;
  rule.options = Object.assign(metered, rest, {
    byhour: meteredList(rest.byhour),
    byminute: meteredList(rest.byminute),
    bysecond: meteredList(rest.bysecond),
  });
  const walk = {
    accept(date: Date): boolean {
      given += 1;
      if (steps() > allowance) stop('steps');
      const time = date.getTime();
      if (time >= end) return false;
      if (time < from) return true;
      inWindow += 1;
      if (inWindow > perRule) stop('occurrences');
      const day = dayOf(new Date(time - shift));
      if (!excluded.has(day)) days.add(day);
      return true;
    },
    getValue: (): undefined => undefined,
  };
  try {
    (rule as unknown as { _iter(result: typeof walk): unknown })._iter(walk);
  } catch (error) {
    if (error !== STOP) {
      throw new MirpsCalendarError([
        {
          code: 'calendar.invalid-rrule',
          path: [...path, 'rrule'],
          message: say.ruleUnexpandable(String((error as Error)?.message ?? error)),
        },
      ]);
    }
  } finally {
    tally.steps += steps();
  }
  if (over === 'time-of-day') {
    throw new MirpsCalendarError([
      {
        code: 'calendar.invalid-rrule',
        path: [...path, 'rrule'],
        message: say.ruleCounterStuck(read.freq, spec.start),
      },
    ]);
  }
  if (over === 'steps') {
    throw new MirpsCalendarError([
      {
        code: 'calendar.expansion-too-long',
        path: [...path, 'rrule'],
        message: say.expansionTooLong(limits.maxExpansionSteps, spec.start),
      },
    ]);
  }

  for (const day of spec.rdates ?? []) if (day >= window.from && day <= window.to) days.add(day);
  if (over === 'occurrences' || days.size > perRule)
    refuseTooManyOccurrences(
      tally,
      window,
      path,
      inWindow > limits.maxOccurrencesPerRule || days.size > limits.maxOccurrencesPerRule ? 'rule' : 'calendar',
    );
  return [...days].sort();
}
