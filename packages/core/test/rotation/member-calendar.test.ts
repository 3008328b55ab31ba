import type { RotationMember } from '@mirps/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MemberCalendar } from '../../src/rotation/eligibility.js';

// A member's calendar answers by binary search over its spans, sorted once. Here it is checked against the plain
// reading of the setup: a day is covered when some span covers it, and a member joined on the first day of the
// earliest membership that covers the day. Spans are drawn from a few weeks, so they touch, overlap, nest and end on
// the very days asked about.

const DAYS = Array.from({ length: 40 }, (_, i) => new Date(Date.UTC(2000, 0, 1 + i)).toISOString().slice(0, 10));

interface Span {
  from: string;
  to?: string;
}

const spanArb: fc.Arbitrary<Span> = fc
  .tuple(fc.integer({ min: 0, max: DAYS.length - 1 }), fc.option(fc.integer({ min: 0, max: 10 }), { nil: undefined }))
  .map(([start, length]) => {
    const from = DAYS[start] as string;
    if (length === undefined) return { from };
    return { from, to: DAYS[Math.min(start + length, DAYS.length - 1)] as string };
  });

const coversDay = (span: Span, day: string): boolean => span.from <= day && (span.to === undefined || day <= span.to);

const member = (memberships: Span[], suspensions: Span[]): RotationMember => ({
  id: 'M',
  names: { en: 'Member' },
  memberships,
  suspensions,
});

describe('a member calendar reads its spans as the setup states them', () => {
  it('is a member, suspended or eligible on each day, and joined on the earliest covering membership', () => {
    fc.assert(
      fc.property(
        fc.array(spanArb, { minLength: 1, maxLength: 5 }),
        fc.array(spanArb, { maxLength: 3 }),
        (memberships, suspensions) => {
          const calendar = new MemberCalendar(member(memberships, suspensions));
          for (const day of DAYS) {
            const covering = memberships.filter((span) => coversDay(span, day));
            let expected: string | undefined;
            if (covering.length === 0) expected = 'not-a-member';
            else if (suspensions.some((span) => coversDay(span, day))) expected = 'suspended';
            expect(calendar.ineligibility(day), day).toBe(expected);
            const earliest = covering.map((span) => span.from).sort()[0];
            expect(calendar.joinedBefore(day), day).toBe(earliest);
          }
        },
      ),
      { numRuns: 300 },
    );
  });

  it('reads memberships the same whatever order they are listed in', () => {
    const spans: Span[] = [{ from: '2000-01-10', to: '2000-01-20' }, { from: '2000-01-01' }, { from: '2000-01-15' }];
    const answers = (list: Span[]): Array<string | undefined> => {
      const calendar = new MemberCalendar(member(list, []));
      return DAYS.map((day) => calendar.joinedBefore(day));
    };
    const listed = answers(spans);
    expect(answers([...spans].reverse())).toEqual(listed);
    expect(listed[DAYS.indexOf('2000-01-16')]).toBe('2000-01-01');
  });

  it('counts a membership and a suspension through their last day, and not a day more', () => {
    const calendar = new MemberCalendar(
      member([{ from: '2000-01-05', to: '2000-01-20' }], [{ from: '2000-01-10', to: '2000-01-12' }]),
    );
    expect(
      ['2000-01-04', '2000-01-05', '2000-01-09', '2000-01-10', '2000-01-12', '2000-01-13'].map((day) =>
        calendar.ineligibility(day),
      ),
    ).toEqual(['not-a-member', undefined, undefined, 'suspended', 'suspended', undefined]);
    expect([calendar.ineligibility('2000-01-20'), calendar.ineligibility('2000-01-21')]).toEqual([
      undefined,
      'not-a-member',
    ]);
  });
});
