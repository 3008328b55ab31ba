import { type Indicator, latestDay } from '@mirps/core';

/** An IATI period of an indicator: its days, and the actual value and target that fall in it. */
export interface IndicatorPeriod {
  readonly start: string;
  readonly end: string;
  readonly actual?: Indicator['actuals'][number];
  readonly target?: Indicator['target'];
}

/** The day after a `YYYY-MM-DD` day, by calendar arithmetic (no clock). */
function dayAfter(day: string): string {
  const [year, month, date] = day.split('-').map(Number) as [number, number, number];
  const next = new Date(0);
  next.setUTCFullYear(year, month - 1, date + 1); // not Date.UTC, which reads years 0 to 99 as 1900 to 1999
  const pad = (n: number, width = 2): string => String(n).padStart(width, '0');
  return `${pad(next.getUTCFullYear(), 4)}-${pad(next.getUTCMonth() + 1)}-${pad(next.getUTCDate())}`;
}

/** Earlier start first; in the order given on the same start. */
const byStart = (
  a: { period: IndicatorPeriod; index: number },
  b: { period: IndicatorPeriod; index: number },
): number => {
  if (a.period.start !== b.period.start) return a.period.start < b.period.start ? -1 : 1;
  return a.index - b.index;
};

/**
 * The periods of an indicator, in order of their start: one per actual value, over the days it
 * measures. The target (one, with a date) goes on the first actual period whose days contain its
 * date (the last day of a date known to the month or year); where none does, on a period of its own
 * that ends on that day and starts the day after the last actual period ending before it, or on the
 * activity's start (or the target's day, if the activity starts later), so that it overlaps no
 * actual period before it.
 */
export function indicatorPeriods(indicator: Omit<Indicator, 'result'>, activityStart: string): IndicatorPeriod[] {
  const targetDay = latestDay(indicator.target.date);
  const periods: IndicatorPeriod[] = indicator.actuals.map((actual) => ({ ...actual.period, actual }));
  const holder = periods.findIndex((p) => p.start <= targetDay && targetDay <= p.end);
  const withTarget = periods[holder];
  if (withTarget !== undefined) {
    periods[holder] = { ...withTarget, target: indicator.target };
  } else {
    let start = activityStart <= targetDay ? activityStart : targetDay;
    for (const p of periods) if (p.end < targetDay && dayAfter(p.end) > start) start = dayAfter(p.end);
    periods.push({ start, end: targetDay, target: indicator.target });
  }
  return periods
    .map((period, index) => ({ period, index }))
    .sort(byStart)
    .map(({ period }) => period);
}
