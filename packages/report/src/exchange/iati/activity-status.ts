import type { ActionStatus } from '@mirps/core';
import { ACTIVITY_STATUS } from './iati-codes.js';

/** A dated status of one item of a plan (a commitment, an action). */
export interface DatedStatus {
  readonly item: string;
  readonly date: string;
  readonly status: ActionStatus;
}

/**
 * The activity's IATI status, read from its progress records alone (no clock): no record yet is
 * Pipeline/identification (1); every item's latest status `dropped` is Cancelled (5); every item's
 * latest status `completed` or `dropped` is Finalisation (3), since the plan's work is done but its
 * results are still reported; anything else is Implementation (2). Closed (4) is never derived: it
 * means a financial sign-off the data does not record. The latest record of an item is the one with
 * the latest date, the later in the list on the same date.
 */
export function activityStatus(items: readonly string[], records: readonly DatedStatus[]): string {
  if (records.length === 0) return ACTIVITY_STATUS.pipeline;
  const latest = new Map<string, DatedStatus>();
  for (const record of records) {
    const before = latest.get(record.item);
    if (before === undefined || record.date >= before.date) latest.set(record.item, record);
  }
  const statuses = items.map((item) => latest.get(item)?.status);
  if (items.length > 0 && statuses.every((status) => status === 'dropped')) return ACTIVITY_STATUS.cancelled;
  if (items.length > 0 && statuses.every((status) => status === 'completed' || status === 'dropped')) {
    return ACTIVITY_STATUS.finalisation;
  }
  return ACTIVITY_STATUS.implementation;
}
