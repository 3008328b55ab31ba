import type { MirpsIssue, MirpsPath } from '../errors/issue.js';
import type { Language } from '../i18n/language.js';
import { RULE_MESSAGES } from '../i18n/rule-messages.js';
import { ADDITIVE_UNITS, type Indicator } from '../model/progress.js';
import { checkSpan } from './date-checks.js';

/** What an optional list that is absent holds. */
const NONE: readonly never[] = [];

/**
 * The rules of the actual values of the indicator at `indicators[i]`, shared by
 * the progress of a Regional Action Plan and of a national action plan: each
 * measured period is in order and within the days `within` accepts (`outside`
 * writes the issue of a day that is not), and for counts and amounts each
 * breakdown adds up to its value. Nothing is allocated for a valid indicator.
 */
export function checkActuals(
  indicator: Pick<Indicator, 'unit' | 'actuals'>,
  i: number,
  within: (day: string) => boolean,
  outside: (day: string, path: MirpsPath) => MirpsIssue,
  issues: MirpsIssue[],
  language: Language,
): void {
  const says = RULE_MESSAGES[language];
  for (const [a, actual] of indicator.actuals.entries()) {
    const { start, end } = actual.period;
    checkSpan(start, end, () => ['indicators', i, 'actuals', a, 'period', 'end'], issues, language);
    if (!within(start)) issues.push(outside(start, ['indicators', i, 'actuals', a, 'period', 'start']));
    if (!within(end)) issues.push(outside(end, ['indicators', i, 'actuals', a, 'period', 'end']));
    if (!ADDITIVE_UNITS.has(indicator.unit)) continue;
    const breakdowns = actual.disaggregations ?? NONE;
    for (const [d, breakdown] of breakdowns.entries()) {
      let sum = 0;
      for (const part of breakdown.values) sum += part.value;
      if (Math.abs(sum - actual.value) > 1e-9 * Math.max(1, actual.value)) {
        issues.push({
          code: 'progress.disaggregation-mismatch',
          path: ['indicators', i, 'actuals', a, 'disaggregations', d],
          message: says.breakdownMismatch(breakdown.dimension, String(sum), String(actual.value)),
        });
      }
    }
  }
}
