import type { MemberState } from '../model/member-state.js';
import { isCertainlyBefore, type PartialDate } from '../model/partial-date.js';

/**
 * True when, on every day `date` can mean, the state was certainly not a
 * member: each period of membership certainly began after it or certainly
 * ended before it. Uncertain cases (a join known only to the month, a date
 * known only to the year) are not reported, so validation never flags a fact
 * the sources leave open.
 */
export function isCertainlyNotMemberOn(state: MemberState, date: PartialDate): boolean {
  return state.memberships.every(
    (period) =>
      isCertainlyBefore(date, period.joined) || (period.left !== undefined && isCertainlyBefore(period.left, date)),
  );
}
