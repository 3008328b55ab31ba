import { compareCodeUnits } from '../_lib/compare-code-units.js';
import { defined } from '../_lib/defined.js';
import { earliestDay, latestDay } from '../model/partial-date.js';
import type { RotationMember } from './rotation-setup.js';

/** A span of days as ISO day strings, `to` open when absent. */
interface DaySpan {
  readonly from: string;
  readonly to: string | undefined;
}

/** Why a member cannot hold a term that begins on a given day. */
export type Ineligibility = 'not-a-member' | 'suspended';

const covers = (span: DaySpan, day: string): boolean => span.from <= day && (span.to === undefined || day <= span.to);

/** The later of two ISO days. */
const maxDay = (a: string, b: string): string => (a > b ? a : b);

/**
 * Spans of days, sorted once, so that whether a day falls in one of them is a
 * binary search: a member's calendar is read on every term, and a setup may
 * give a member thousands of spans.
 */
class SpanIndex {
  /** The spans by their first day. */
  private readonly sorted: DaySpan[];
  /** For each position, the furthest last day of the spans up to it (undefined: open). */
  private readonly reach: Array<string | undefined>;
  /** True when no two spans share a day, so a covered day lies in exactly one span. */
  readonly disjoint: boolean;

  constructor(spans: readonly DaySpan[]) {
    this.sorted = [...spans].sort((a, b) => compareCodeUnits(a.from, b.from));
    this.reach = [];
    let reach: string | undefined = '';
    let disjoint = true;
    for (const span of this.sorted) {
      if (reach === undefined || (reach !== '' && span.from <= reach)) disjoint = false;
      reach = reach === undefined || span.to === undefined ? undefined : maxDay(span.to, reach);
      this.reach.push(reach);
    }
    this.disjoint = disjoint;
  }

  /** The position of the last span that begins on or before `day`, or -1. */
  private lastFrom(day: string): number {
    let low = 0;
    let high = this.sorted.length;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if (defined(this.sorted[middle]).from <= day) low = middle + 1;
      else high = middle;
    }
    return low - 1;
  }

  /** True when a span covers `day`. */
  covers(day: string): boolean {
    const last = this.lastFrom(day);
    if (last < 0) return false;
    const reach = this.reach[last];
    return reach === undefined || day <= reach;
  }

  /** The span that begins first of those that cover `day`, if any: whatever order the spans were listed in. */
  earliestCovering(day: string): DaySpan | undefined {
    // Disjoint spans: only the last that begins on or before `day` can cover it.
    if (!this.disjoint) return this.sorted.find((span) => covers(span, day));
    const span = this.sorted[this.lastFrom(day)];
    return span !== undefined && covers(span, day) ? span : undefined;
  }
}

/** A member's spans of membership and suspension, resolved to days once. */
export class MemberCalendar {
  private readonly membershipIndex: SpanIndex;
  private readonly suspensionIndex: SpanIndex;

  constructor(member: RotationMember) {
    const toSpan = (interval: { from: string; to?: string | undefined }): DaySpan => ({
      from: earliestDay(interval.from),
      to: interval.to === undefined ? undefined : latestDay(interval.to),
    });
    this.membershipIndex = new SpanIndex(member.memberships.map(toSpan));
    this.suspensionIndex = new SpanIndex((member.suspensions ?? []).map(toSpan));
  }

  /** Why the member cannot hold office on `day`, or undefined when it can. */
  ineligibility(day: string): Ineligibility | undefined {
    if (!this.membershipIndex.covers(day)) return 'not-a-member';
    if (this.suspensionIndex.covers(day)) return 'suspended';
    return undefined;
  }

  /** The first day of the membership that covers `day` (the earliest, where memberships overlap), if any. */
  joinedBefore(day: string): string | undefined {
    return this.membershipIndex.earliestCovering(day)?.from;
  }
}
