import type { MirpsContext } from '../context/mirps-context.js';
import type { MirpsIssue } from '../errors/issue.js';
import type { Language } from '../i18n/language.js';
import { VALIDATION_MESSAGES } from '../i18n/validation-messages.js';
import type { ActionPlan } from '../model/action-plan.js';
import { earliestDay, latestDay } from '../model/partial-date.js';
import type { PresidencyLedger } from '../model/presidency-ledger.js';
import { ADDITIVE_UNITS, type PlanProgress } from '../model/progress.js';
import { checkSpan } from './date-checks.js';
import { collectIds, findDuplicates, idsOf, knownList } from './duplicate-ids.js';
import { termStart } from './presidency-ledger-rules.js';

/** What progress is checked against. */
export interface ProgressRulesContext extends MirpsContext {
  readonly plan: ActionPlan;
}

/**
 * The days a plan's term covers: from its handover (where the ledger records
 * it) or the first day of its year, to the last day of its year.
 */
export function planTerm(plan: ActionPlan, ledger: PresidencyLedger): { from: string; to: string } {
  const recorded = ledger.terms.find((term) => term.label === plan.presidency.term);
  const from = earliestDay(recorded === undefined ? String(plan.year) : termStart(recorded));
  return { from: from < `${plan.year}-01-01` ? from : `${plan.year}-01-01`, to: latestDay(String(plan.year)) };
}

/** The rules of a {@link PlanProgress} document beyond its shape, against its plan and the reference data; the messages in `language`. */
export function progressRules(progress: PlanProgress, { plan, reference, ledger }: ProgressRulesContext, language: Language = 'en'): MirpsIssue[] {
  const says = VALIDATION_MESSAGES[language].rules;
  const issues = findDuplicates(collectIds(progress.indicators, ['indicators'], idsOf(progress.records, 'records')), 'ref.duplicate-id', says.duplicate.id);
  if (progress.plan !== plan.id) {
    issues.push({ code: 'progress.plan-mismatch', path: ['plan'], message: says.planMismatch(JSON.stringify(progress.plan), JSON.stringify(plan.id)) });
  }
  const term = planTerm(plan, ledger);
  const within = (day: string): boolean => day >= term.from && day <= term.to;
  const actions = new Set(plan.actions.map((action) => action.id));
  const results = new Set(plan.expectedResults.map((result) => result.id));
  const members = new Set(reference.memberStates.map((state) => state.id));
  const bodies = new Set([...reference.workingGroups.map((group) => group.id), ...reference.partners.map((partner) => partner.id)]);

  findDuplicates(
    progress.records.map((record, r) => ({ key: says.statusKey(record.action, record.date), path: ['records', r, 'date'] })),
    'progress.duplicate-status',
    says.duplicate.status,
    issues,
  );
  progress.records.forEach((record, r) => {
    if (!actions.has(record.action)) {
      issues.push({ code: 'ref.unknown-action', path: ['records', r, 'action'], message: says.unknownAction(JSON.stringify(record.action), plan.id, knownList(actions, language, 'f')) });
    }
    if (!within(record.date)) {
      issues.push({ code: 'progress.outside-term', path: ['records', r, 'date'], message: says.outsideTerm(record.date, term.from, term.to) });
    }
    const reporter = record.reportedBy;
    if ('memberState' in reporter && !members.has(reporter.memberState)) {
      issues.push({ code: 'ref.unknown-member-state', path: ['records', r, 'reportedBy', 'memberState'], message: says.unknownMemberState(JSON.stringify(reporter.memberState), knownList(members, language)) });
    }
    if ('body' in reporter && !bodies.has(reporter.body)) {
      issues.push({ code: 'ref.unknown-body', path: ['records', r, 'reportedBy', 'body'], message: says.unknownBody(JSON.stringify(reporter.body), knownList(bodies, language)) });
    }
  });

  progress.indicators.forEach((indicator, i) => {
    if (!results.has(indicator.result)) {
      issues.push({ code: 'ref.unknown-result', path: ['indicators', i, 'result'], message: says.unknownResult(JSON.stringify(indicator.result), plan.id, knownList(results, language)) });
    }
    indicator.actuals.forEach((actual, a) => {
      const at = ['indicators', i, 'actuals', a] as const;
      checkSpan(actual.period.start, actual.period.end, [...at, 'period', 'end'], issues, language);
      for (const [key, day] of [['start', actual.period.start], ['end', actual.period.end]] as const) {
        if (!within(day)) issues.push({ code: 'progress.outside-term', path: [...at, 'period', key], message: says.outsideTerm(day, term.from, term.to) });
      }
      if (!ADDITIVE_UNITS.has(indicator.unit)) return;
      actual.disaggregations?.forEach((breakdown, d) => {
        const sum = breakdown.values.reduce((total, part) => total + part.value, 0);
        if (Math.abs(sum - actual.value) > 1e-9 * Math.max(1, actual.value)) {
          issues.push({
            code: 'progress.disaggregation-mismatch',
            path: [...at, 'disaggregations', d],
            message: says.breakdownMismatch(breakdown.dimension, String(sum), String(actual.value)),
          });
        }
      });
    });
  });
  return issues;
}
