import type { ActionStatus, Commitment, CommitmentRecord, NationalActionPlan, NationalPlanProgress } from '@mirps/core';
import { latestRecords } from '../_lib/latest-records.js';

/**
 * Where one commitment of a national action plan stands on a day: the latest
 * status reported on or before it, or none when nothing was reported yet (a
 * commitment no one reported on is not said to be "not started").
 *
 * @example
 * ```ts
 * import type { CommitmentProgress } from '@mirps/report';
 * const p: CommitmentProgress = { commitmentId: 'ex-c01', focusArea: 'protection', status: 'completed', record: undefined };
 * ```
 */
export interface CommitmentProgress {
  readonly commitmentId: string;
  readonly focusArea: string;
  /** The latest status reported on or before the day; `undefined` when none was. */
  readonly status: ActionStatus | undefined;
  /** The record the status comes from, if any. */
  readonly record: CommitmentRecord | undefined;
}

/** Each commitment's status on `asOf`, in the plan's order, from the latest record on or before it. */
export function commitmentProgress(
  plan: NationalActionPlan,
  progress: NationalPlanProgress,
  asOf: string,
): CommitmentProgress[] {
  const latestOf = latestRecords(progress.records, (record: CommitmentRecord) => record.commitment, asOf);
  return plan.commitments.map((commitment: Commitment) => {
    const record = latestOf.get(commitment.id);
    return { commitmentId: commitment.id, focusArea: commitment.focusArea, status: record?.status, record };
  });
}

/**
 * How many commitments of a group stand in each status, with those no one
 * reported on apart, and the share completed of those that count (all but the
 * dropped ones, as for actions).
 */
export interface StatusTally {
  readonly byStatus: Readonly<Record<ActionStatus, number>>;
  readonly noRecord: number;
  readonly total: number;
  readonly counted: number;
  readonly completed: number;
  /** Completed as a share of counted, 0–100, rounded to one decimal. */
  readonly percent: number;
}

/** The tally of a group of commitments, counted in one pass. */
export function statusTally(items: Iterable<CommitmentProgress>): StatusTally {
  const byStatus: Record<ActionStatus, number> = {
    'not-started': 0,
    'in-progress': 0,
    completed: 0,
    blocked: 0,
    dropped: 0,
  };
  let noRecord = 0;
  let total = 0;
  for (const item of items) {
    total++;
    if (item.status === undefined) noRecord++;
    else byStatus[item.status]++;
  }
  const counted = total - byStatus.dropped;
  const completed = byStatus.completed;
  return {
    byStatus,
    noRecord,
    total,
    counted,
    completed,
    percent: counted === 0 ? 0 : Math.round((completed / counted) * 1000) / 10,
  };
}
