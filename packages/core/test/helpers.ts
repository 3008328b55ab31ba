import type { ActionPlan, MirpsIssue, MirpsParseResult, PresidencyLedger, ReferenceData } from '@mirps/core';
import { actionPlan2023, presidencyLedger, referenceData } from '@mirps/core/data';

/** A mutable deep copy of the embedded 2023 plan, to break on purpose. */
export const planCopy = (): ActionPlan => structuredClone(actionPlan2023) as ActionPlan;
/** A mutable deep copy of the embedded reference data. */
export const referenceCopy = (): ReferenceData => structuredClone(referenceData) as ReferenceData;
/** A mutable deep copy of the embedded presidency ledger. */
export const ledgerCopy = (): PresidencyLedger => structuredClone(presidencyLedger) as PresidencyLedger;

/** The issues of a failed result, as `code @ path` pairs, in order; fails the test on success. */
export function issuesOf<T>(result: MirpsParseResult<T>): Array<Pick<MirpsIssue, 'code' | 'path'>> {
  if (result.success) throw new Error('Expected the document to be rejected, but it was accepted');
  return result.error.issues.map(({ code, path }) => ({ code, path }));
}

/** The index of the calendar activity with the given id in the 2023 plan. */
export function activityIndex(plan: ActionPlan, id: string): number {
  const index = plan.calendar.findIndex((activity) => activity.id === id);
  if (index < 0) throw new Error(`No calendar activity ${id}`);
  return index;
}

/** The issues of a failed result with their messages, in order; fails the test on success. */
export function messagesOf<T>(result: MirpsParseResult<T>): Array<Pick<MirpsIssue, 'code' | 'path' | 'message'>> {
  if (result.success) throw new Error('Expected the document to be rejected, but it was accepted');
  return result.error.issues.map(({ code, path, message }) => ({ code, path, message }));
}

/** The entry at `index` of a list, to change it; fails the test when there is none. */
export function entry<T>(list: readonly T[] | undefined, index: number): T {
  const value = list?.[index];
  if (value === undefined) throw new Error(`No entry at position ${index}`);
  return value;
}
