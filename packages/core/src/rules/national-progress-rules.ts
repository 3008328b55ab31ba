import { compareCodeUnits } from '../_lib/compare-code-units.js';
import type { MirpsContext } from '../context/mirps-context.js';
import type { MirpsIssue, MirpsPath } from '../errors/issue.js';
import type { Language } from '../i18n/language.js';
import { NATIONAL_MESSAGES } from '../i18n/national-messages.js';
import { RULE_MESSAGES } from '../i18n/rule-messages.js';
import type { NationalActionPlan } from '../model/national-action-plan.js';
import type { CommitmentRecord, NationalPlanProgress } from '../model/national-progress.js';
import { earliestDay, latestDay, yearOf } from '../model/partial-date.js';
import type { ActionStatus } from '../model/progress.js';
import { findDuplicates, idSet, knownList } from './duplicate-ids.js';
import { checkActuals } from './indicator-checks.js';
import { progressDocumentIssues } from './progress-rules.js';

/** What the progress of a national action plan is checked against. */
export interface NationalProgressRulesContext extends MirpsContext {
  readonly plan: NationalActionPlan;
}

/**
 * How far a status has come: a commitment not started, then under way
 * (in progress or blocked), then closed (completed or dropped). A record whose
 * status is behind the one before it goes back, and says why.
 */
const STAGE: Readonly<Record<ActionStatus, number>> = {
  'not-started': 0,
  'in-progress': 1,
  blocked: 1,
  completed: 2,
  dropped: 2,
};

/** The records in the order of their commitments, then of their days (ties in listed order), with their indexes. */
function byCommitmentAndDay(records: readonly CommitmentRecord[]): Array<{ record: CommitmentRecord; r: number }> {
  return records
    .map((record, r) => ({ record, r }))
    .sort(
      (a, b) =>
        compareCodeUnits(a.record.commitment, b.record.commitment) ||
        compareCodeUnits(a.record.date, b.record.date) ||
        a.r - b.r,
    );
}

/**
 * The rules of a {@link NationalPlanProgress} beyond its shape, against its
 * plan and the reference data: unique ids, statuses and reviews, known
 * commitments and reporters, days within the plan's period, a status that goes
 * back says why, and breakdowns add up. Messages in `language`.
 */
export function nationalProgressRules(
  progress: NationalPlanProgress,
  { plan, reference }: NationalProgressRulesContext,
  language: Language,
): MirpsIssue[] {
  const says = RULE_MESSAGES[language];
  const national = NATIONAL_MESSAGES[language];
  const issues = progressDocumentIssues(progress, plan.id, language);
  const from = earliestDay(plan.period.start);
  const to = latestDay(plan.period.end);
  const within = (day: string): boolean => day >= from && day <= to;
  const outside = (day: string, path: MirpsPath): MirpsIssue => ({
    code: 'dates.outside-plan-period',
    path,
    message: national.outsidePlanPeriod(day, from, to),
  });
  const commitments = idSet(plan.commitments);
  const members = idSet(reference.memberStates);
  const bodies = idSet(reference.workingGroups, reference.partners);

  findDuplicates(
    [
      {
        items: progress.records,
        key: (record) => national.statusKey(record.commitment, record.date),
        path: (r) => ['records', r, 'date'],
      },
    ],
    'progress.duplicate-status',
    national.duplicateStatus,
    issues,
  );
  for (const [r, record] of progress.records.entries()) {
    if (!commitments.has(record.commitment)) {
      issues.push({
        code: 'ref.unknown-commitment',
        path: ['records', r, 'commitment'],
        message: national.unknownCommitment(
          JSON.stringify(record.commitment),
          plan.id,
          knownList(commitments, language),
        ),
      });
    }
    if (!within(record.date)) issues.push(outside(record.date, ['records', r, 'date']));
    const reporter = record.reportedBy;
    if (reporter !== undefined && 'memberState' in reporter && !members.has(reporter.memberState)) {
      issues.push({
        code: 'ref.unknown-member-state',
        path: ['records', r, 'reportedBy', 'memberState'],
        message: says.unknownMemberState(JSON.stringify(reporter.memberState), knownList(members, language)),
      });
    }
    if (reporter !== undefined && 'body' in reporter && !bodies.has(reporter.body)) {
      issues.push({
        code: 'ref.unknown-body',
        path: ['records', r, 'reportedBy', 'body'],
        message: says.unknownBody(JSON.stringify(reporter.body), knownList(bodies, language)),
      });
    }
  }
  let previous: CommitmentRecord | undefined;
  for (const { record, r } of byCommitmentAndDay(progress.records)) {
    if (
      previous?.commitment === record.commitment &&
      STAGE[record.status] < STAGE[previous.status] &&
      record.reason === undefined
    ) {
      issues.push({
        code: 'progress.status-regressed',
        path: ['records', r, 'status'],
        message: national.statusRegressed(record.commitment, previous.status, previous.date, record.status),
      });
    }
    previous = record;
  }

  for (const [i, indicator] of progress.indicators.entries()) {
    if (!commitments.has(indicator.commitment)) {
      issues.push({
        code: 'ref.unknown-commitment',
        path: ['indicators', i, 'commitment'],
        message: national.unknownCommitment(
          JSON.stringify(indicator.commitment),
          plan.id,
          knownList(commitments, language),
        ),
      });
    }
    checkActuals(indicator, i, within, outside, issues, language);
  }

  findDuplicates(
    [{ items: progress.reviews, key: (review) => String(review.year), path: (v) => ['reviews', v, 'year'] }],
    'progress.duplicate-review',
    national.duplicateReview,
    issues,
  );
  const first = yearOf(plan.period.start);
  const last = yearOf(plan.period.end);
  for (const [v, review] of progress.reviews.entries()) {
    if (review.year < first || review.year > last) {
      issues.push({
        code: 'dates.outside-plan-period',
        path: ['reviews', v, 'year'],
        message: national.reviewOutsidePeriod(String(review.year), from, to),
      });
    }
  }
  return issues;
}
