import { earliestDay, latestDay } from '../model/partial-date.js';
import type { RotationMember } from './rotation-setup.js';

/** A span of days as ISO day strings, `to` open when absent. */
interface DaySpan {
  readonly from: string;
  readonly to: string | undefined;
}

/** Why a member cannot hold a term that begins on a given day. */
export type Ineligibility = 'not-a-member' | 'suspended';

/** A member's spans of membership and suspension, resolved to days once. */
export class MemberCalendar {
  private readonly memberships: DaySpan[];
  private readonly suspensions: DaySpan[];

  constructor(member: RotationMember) {
    const toSpan = (interval: { from: string; to?: string | undefined }): DaySpan => ({
      from: earliestDay(interval.from),
      to: interval.to === undefined ? undefined : latestDay(interval.to),
    });
    this.memberships = member.memberships.map(toSpan);
    this.suspensions = (member.suspensions ?? []).map(toSpan);
  }

  /** Why the member cannot hold office on `day`, or undefined when it can. */
  ineligibility(day: string): Ineligibility | undefined {
    const within = (span: DaySpan): boolean => span.from <= day && (span.to === undefined || day <= span.to);
    if (!this.memberships.some(within)) return 'not-a-member';
    if (this.suspensions.some(within)) return 'suspended';
    return undefined;
  }

  /** The first day of the membership that covers `day`, if any. */
  joinedBefore(day: string): string | undefined {
    return this.memberships.find((span) => span.from <= day && (span.to === undefined || day <= span.to))?.from;
  }
}
