// Reading an RRULE before it is expanded: each part once, every value in its RFC 5545 range, the combinations
// RFC 5545 forbids refused, and how often the rule recurs checked against the caller's bound. What is refused here
// is what can be seen in the rule alone; recurrence.ts meters the walk itself, including rrule's search for a time
// of day within a period, which can go round for ever for some rules that pass here.
import { type Language, MirpsCalendarError, type MirpsIssueCode, type MirpsPath } from '@mirps/core';
import { messagesIn } from './i18n/messages.js';
import { RULE_FREQUENCIES, type RuleFrequency } from './limits.js';

/** A rule's frequency, as in `FREQ=`. */
export type RuleFreq = 'YEARLY' | 'MONTHLY' | 'WEEKLY' | 'DAILY' | 'HOURLY' | 'MINUTELY' | 'SECONDLY';

/** A rule read and checked: its parts, and what expanding it costs per period. */
export interface ReadRule {
  readonly freq: RuleFreq;
  readonly interval: number;
  /** UNTIL as a date whose UTC fields are the rule's (floating) wall clock, read exactly for any year. */
  readonly until: Date | undefined;
  readonly hasCount: boolean;
  /** Steps one period of the walk counts: more for long BYxxx lists and for sub-daily rules that skip times of day. */
  readonly periodWeight: number;
}

const LIST_PARTS: Record<string, { min: number; max: number; signed: boolean }> = {
  BYSECOND: { min: 0, max: 59, signed: false },
  BYMINUTE: { min: 0, max: 59, signed: false },
  BYHOUR: { min: 0, max: 23, signed: false },
  BYMONTHDAY: { min: 1, max: 31, signed: true },
  BYYEARDAY: { min: 1, max: 366, signed: true },
  BYWEEKNO: { min: 1, max: 53, signed: true },
  BYMONTH: { min: 1, max: 12, signed: false },
  BYSETPOS: { min: 1, max: 366, signed: true },
};
const DAYS_PER_PERIOD: Record<RuleFreq, number> = {
  YEARLY: 366,
  MONTHLY: 31,
  WEEKLY: 7,
  DAILY: 1,
  HOURLY: 1,
  MINUTELY: 1,
  SECONDLY: 1,
};
// For a sub-daily rule, the units of a day its counter steps through, and its bound on how often it recurs.
const SUB_DAILY: Partial<Record<RuleFreq, { perDay: number; frequency: RuleFrequency }>> = {
  HOURLY: { perDay: 24, frequency: 'hourly' },
  MINUTELY: { perDay: 1440, frequency: 'minutely' },
  SECONDLY: { perDay: 86_400, frequency: 'secondly' },
};
const SECONDS_PER_DAY = 86_400;

const gcd = (a: number, b: number): number => (b === 0 ? a : gcd(b, a % b));

/**
 * Reads a rule that already matches the model's RRULE pattern and checks it:
 * refuses what rrule cannot expand faithfully or safely (`calendar.invalid-rrule`)
 * and a rule that recurs more often than `maxFrequency` (`calendar.rule-too-frequent`),
 * in `language`.
 */
export function readRule(
  text: string,
  maxFrequency: RuleFrequency,
  path: MirpsPath,
  language: Language = 'en',
): ReadRule {
  const say = messagesIn(language);
  const refuse = (message: string, code: MirpsIssueCode = 'calendar.invalid-rrule'): never => {
    throw new MirpsCalendarError([{ code, path: [...path, 'rrule'], message }]);
  };
  const parts = new Map<string, string>();
  for (const part of text.split(';')) {
    const [name = '', value = ''] = part.split('=');
    if (parts.has(name)) refuse(say.rulePartTwice(name));
    parts.set(name, value);
  }
  const freq = parts.get('FREQ') as RuleFreq;
  const lists = new Map<string, number[]>();
  for (const [name, range] of Object.entries(LIST_PARTS)) {
    const value = parts.get(name);
    if (value === undefined) continue;
    const numbers = value.split(',').map(Number);
    for (const n of numbers) {
      const size = Math.abs(n);
      if (!Number.isInteger(n) || size < range.min || size > range.max || (n < 0 && !range.signed)) {
        refuse(say.rulePartRange(name, `${range.signed ? '±' : ''}${range.min}–${range.max}`, n));
      }
    }
    lists.set(name, numbers);
  }
  const byDay = parts.get('BYDAY')?.split(',') ?? [];
  for (const day of byDay) {
    const ordinal = day.length > 2 ? Number(day.slice(0, -2)) : undefined;
    if (ordinal === undefined) continue;
    const monthly = freq === 'MONTHLY' || (freq === 'YEARLY' && lists.has('BYMONTH'));
    if (freq !== 'MONTHLY' && freq !== 'YEARLY') refuse(say.numberedWeekdayFreq(day));
    if (freq === 'YEARLY' && lists.has('BYWEEKNO')) refuse(say.numberedWeekdayWeekNo(day));
    if (ordinal === 0 || Math.abs(ordinal) > (monthly ? 5 : 53)) refuse(say.numberedWeekdayRange(day));
  }
  if (lists.has('BYWEEKNO') && freq !== 'YEARLY') refuse(say.weekNoNotYearly);
  if (lists.has('BYYEARDAY') && (freq === 'DAILY' || freq === 'WEEKLY' || freq === 'MONTHLY'))
    refuse(say.yearDayWith(freq));
  if (lists.has('BYMONTHDAY') && freq === 'WEEKLY') refuse(say.monthDayWeekly);
  if (lists.has('BYSETPOS') && lists.size + (byDay.length > 0 ? 1 : 0) < 2) refuse(say.setPosAlone);
  const untilText = parts.get('UNTIL');
  const until = untilText === undefined ? undefined : readUntil(untilText, refuse, say);

  // How often the rule recurs: its FREQ, or more often when it lists several times of day.
  const times = (name: string): number => lists.get(name)?.length ?? 0;
  const finest = [
    SUB_DAILY[freq]?.frequency ?? 'daily',
    times('BYHOUR') > 1 ? 'hourly' : 'daily',
    times('BYMINUTE') > 1 ? 'minutely' : 'daily',
    times('BYSECOND') > 1 ? 'secondly' : 'daily',
  ].reduce((a, b) =>
    RULE_FREQUENCIES.indexOf(b as RuleFrequency) > RULE_FREQUENCIES.indexOf(a as RuleFrequency) ? b : a,
  ) as RuleFrequency;
  if (RULE_FREQUENCIES.indexOf(finest) > RULE_FREQUENCIES.indexOf(maxFrequency)) {
    refuse(
      say.ruleTooFrequent(finest, freq, finest !== (SUB_DAILY[freq]?.frequency ?? 'daily'), maxFrequency),
      'calendar.rule-too-frequent',
    );
  }

  const interval = Number(parts.get('INTERVAL') ?? '1');
  const listed = [...lists].reduce(
    (sum, [name, values]) => sum + (name === 'BYSETPOS' ? 0 : values.length),
    byDay.length,
  );
  let periodWeight = 1 + (lists.get('BYSETPOS')?.length ?? 0) + Math.floor((DAYS_PER_PERIOD[freq] * listed) / 366);
  const subDaily = SUB_DAILY[freq];
  if (subDaily !== undefined && (lists.has('BYHOUR') || lists.has('BYMINUTE') || lists.has('BYSECOND'))) {
    // rrule steps a sub-daily counter until the time of day matches: that has to happen, and costs up to a day's steps.
    // (This checks the plain stepping from midnight; where rrule's stepping skips hours, recurrence.ts stops it.)
    const step = gcd(interval, subDaily.perDay);
    const unit = SECONDS_PER_DAY / subDaily.perDay;
    if (!timeReachable(freq, unit, step, lists)) refuse(say.timeNeverReached(freq, interval));
    periodWeight += subDaily.perDay / step;
  }
  return { freq, interval, until, hasCount: parts.has('COUNT'), periodWeight };
}

/**
 * Whether a sub-daily counter stepping `step` units (of `unit` seconds each) from midnight meets one of the listed
 * times of day.
 */
function timeReachable(freq: RuleFreq, unit: number, step: number, lists: ReadonlyMap<string, number[]>): boolean {
  const all = (n: number): number[] => Array.from({ length: n }, (_, i) => i);
  const hours = lists.get('BYHOUR') ?? all(24);
  const minutes = freq === 'HOURLY' ? [0] : (lists.get('BYMINUTE') ?? all(60));
  const seconds = freq === 'SECONDLY' ? (lists.get('BYSECOND') ?? all(60)) : [0];
  return hours.some((h) => minutes.some((m) => seconds.some((s) => ((h * 3600 + m * 60 + s) / unit) % step === 0)));
}

/** UNTIL as `YYYYMMDD` or `YYYYMMDDTHHMMSS[Z]`, a real date and time, as a date whose UTC fields are those given. */
function readUntil(value: string, refuse: (message: string) => never, say: ReturnType<typeof messagesIn>): Date {
  const [, y, mo, d, h = '00', mi = '00', s = '00'] =
    /^(\d{4})(\d{2})(\d{2})(?:T(\d{2})(\d{2})(\d{2})Z?)?$/.exec(value) ?? [];
  const date = new Date(0);
  date.setUTCFullYear(Number(y), Number(mo) - 1, Number(d));
  date.setUTCHours(Number(h), Number(mi), Number(s));
  const same =
    date.getUTCFullYear() === Number(y) &&
    date.getUTCMonth() === Number(mo) - 1 &&
    date.getUTCDate() === Number(d) &&
    date.getUTCHours() === Number(h) &&
    date.getUTCMinutes() === Number(mi);
  if (y === undefined || Number(y) < 1 || !same || Number(s) > 59) refuse(say.untilInvalid(value));
  return date;
}
