import type { MirpsContext } from '../context/mirps-context.js';
import type { MirpsIssue, MirpsPath } from '../errors/issue.js';
import type { Language } from '../i18n/language.js';
import { RULE_MESSAGES } from '../i18n/rule-messages.js';
import type { ActionPlan } from '../model/action-plan.js';
import { earliestDay, latestDay } from '../model/partial-date.js';
import type { PresidencyLedger } from '../model/presidency-ledger.js';
import type { PlanProgress } from '../model/progress.js';
import { findDuplicates, idSet, idsIn, knownList } from './duplicate-ids.js';
import { checkActuals } from './indicator-checks.js';
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

/**
 * True when no two records give the status of one action on one day, the
 * common case, found without writing a key per record (an action id has no
 * space, so the key "action on day" names one pair and this finds the same repeats).
 */
function statusesDistinct(records: PlanProgress['records']): boolean {
  const days = new Map<string, Set<string>>();
  for (const { action, date } of records) {
    let seen = days.get(action);
    if (seen === undefined) {
      seen = new Set();
      days.set(action, seen);
    }
    const size = seen.size;
    if (seen.add(date).size === size) return false;
  }
  return true;
}

/**
 * What every progress document is checked for first, a regional plan's or a
 * national one's: record and indicator ids unique, and the plan it names is
 * the plan it is checked against.
 */
export function progressDocumentIssues(
  progress: {
    readonly plan: string;
    readonly records: ReadonlyArray<{ readonly id: string }>;
    readonly indicators: ReadonlyArray<{ readonly id: string }>;
  },
  planId: string,
  language: Language,
): MirpsIssue[] {
  const says = RULE_MESSAGES[language];
  const issues = findDuplicates<{ readonly id: string }>(
    [idsIn(progress.records, 'records'), idsIn(progress.indicators, 'indicators')],
    'ref.duplicate-id',
    says.duplicate.id,
  );
  if (progress.plan !== planId) {
    issues.push({
      code: 'progress.plan-mismatch',
      path: ['plan'],
      message: says.planMismatch(JSON.stringify(progress.plan), JSON.stringify(planId)),
    });
  }
  return issues;
}

/** The rules of a {@link PlanProgress} document beyond its shape, against its plan and the reference data; the messages in `language`. */
export function progressRules(
  progress: PlanProgress,
  { plan, reference, ledger }: ProgressRulesContext,
  language: Language,
): MirpsIssue[] {
  const says = RULE_MESSAGES[language];
  const issues = progressDocumentIssues(progress, plan.id, language);
  const term = planTerm(plan, ledger);
  const within = (day: string): boolean => day >= term.from && day <= term.to;
  const actions = idSet(plan.actions);
  const results = idSet(plan.expectedResults);
  const members = idSet(reference.memberStates);
  const bodies = idSet(reference.workingGroups, reference.partners);

  if (!statusesDistinct(progress.records)) {
    findDuplicates(
      [
        {
          items: progress.records,
          key: (record) => says.statusKey(record.action, record.date),
          path: (r) => ['records', r, 'date'],
        },
      ],
      'progress.duplicate-status',
      says.duplicate.status,
      issues,
    );
  }
  for (const [r, record] of progress.records.entries()) {
    if (!actions.has(record.action)) {
      issues.push({
        code: 'ref.unknown-action',
        path: ['records', r, 'action'],
        message: says.unknownAction(JSON.stringify(record.action), plan.id, knownList(actions, language, 'f')),
      });
    }
    if (!within(record.date)) {
      issues.push({
        code: 'progress.outside-term',
        path: ['records', r, 'date'],
        message: says.outsideTerm(record.date, term.from, term.to),
      });
    }
    const reporter = record.reportedBy;
    if ('memberState' in reporter && !members.has(reporter.memberState)) {
      issues.push({
        code: 'ref.unknown-member-state',
        path: ['records', r, 'reportedBy', 'memberState'],
        message: says.unknownMemberState(JSON.stringify(reporter.memberState), knownList(members, language)),
      });
    }
    if ('body' in reporter && !bodies.has(reporter.body)) {
      issues.push({
        code: 'ref.unknown-body',
        path: ['records', r, 'reportedBy', 'body'],
        message: says.unknownBody(JSON.stringify(reporter.body), knownList(bodies, language)),
      });
    }
  }

  const outsideTerm = (day: string, path: MirpsPath): MirpsIssue => ({
    code: 'progress.outside-term',
    path,
    message: says.outsideTerm(day, term.from, term.to),
  });
  for (const [i, indicator] of progress.indicators.entries()) {
    if (!results.has(indicator.result)) {
      issues.push({
        code: 'ref.unknown-result',
        path: ['indicators', i, 'result'],
        message: says.unknownResult(JSON.stringify(indicator.result), plan.id, knownList(results, language)),
      });
    }
    checkActuals(indicator, i, within, outsideTerm, issues, language);
  }
  return issues;
}
