import {
  createRotation,
  type Presidency,
  type RecordedTerm,
  type RotationMember,
  type RotationSetup,
  type TermLength,
} from '@mirps/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

const FIRST_LABEL: Record<TermLength, string> = { year: '2000', 'half-year': '2000-H1', month: '2000-01' };

/** The first day of the period a label names (what the engine counts from when no handover is given). */
function startOf(label: string): string {
  if (/^\d{4}$/.test(label)) return `${label}-01-01`;
  const half = /^(\d{4})-H([12])$/.exec(label);
  if (half) return `${half[1]}-${half[2] === '1' ? '01' : '07'}-01`;
  return `${label}-01`;
}

interface Spec {
  readonly setup: RotationSetup;
  readonly eligibleOn: (member: string, day: string) => boolean;
  readonly joinedOn: (member: string, day: string) => string | undefined;
}

/** Random memberships, suspensions, orders and strategies; member M0 is always eligible, so a holder always exists. */
const specArb: fc.Arbitrary<Spec> = fc.integer({ min: 1, max: 8 }).chain((count) =>
  fc
    .record({
      names: fc.uniqueArray(fc.stringMatching(/^[A-Z][a-z]{1,6}$/), {
        minLength: count,
        maxLength: count,
        comparator: (a, b) => a.toLowerCase() === b.toLowerCase(),
      }),
      joins: fc.array(fc.integer({ min: 2000, max: 2015 }), { minLength: count, maxLength: count }),
      leaves: fc.array(fc.option(fc.integer({ min: 2016, max: 2030 }), { nil: undefined }), {
        minLength: count,
        maxLength: count,
      }),
      suspensions: fc.array(
        fc.option(fc.record({ from: fc.integer({ min: 2000, max: 2030 }), years: fc.integer({ min: 0, max: 3 }) }), {
          nil: undefined,
        }),
        {
          minLength: count,
          maxLength: count,
        },
      ),
      explicit: fc.option(fc.shuffledSubarray([...Array(count).keys()], { minLength: count, maxLength: count }), {
        nil: undefined,
      }),
      strategy: fc.constantFrom('once-per-cycle' as const, 'successor' as const),
      termLength: fc.constantFrom('year' as const, 'half-year' as const, 'month' as const),
      lateJoiners: fc.constantFrom('current-cycle' as const, 'next-cycle' as const),
    })
    .map(({ names, joins, leaves, suspensions, explicit, strategy, termLength, lateJoiners }): Spec => {
      const members: RotationMember[] = names.map((name, i) => {
        const joined = i === 0 ? 2000 : joins[i]!;
        const left = i === 0 ? undefined : leaves[i];
        const suspension = i === 0 ? undefined : suspensions[i];
        return {
          id: `M${i}`,
          names: { en: name },
          memberships: [{ from: String(joined), ...(left === undefined ? {} : { to: String(left) }) }],
          ...(suspension === undefined
            ? {}
            : { suspensions: [{ from: String(suspension.from), to: String(suspension.from + suspension.years) }] }),
        };
      });
      const eligibleOn = (id: string, day: string): boolean => {
        const member = members.find((m) => m.id === id)!;
        const year = Number(day.slice(0, 4));
        const span = member.memberships[0]!;
        const inMembership = Number(span.from) <= year && (span.to === undefined || year <= Number(span.to));
        const suspended = (member.suspensions ?? []).some((s) => Number(s.from) <= year && year <= Number(s.to));
        return inMembership && !suspended;
      };
      const joinedOn = (id: string): string => `${members.find((m) => m.id === id)!.memberships[0]!.from}-01-01`;
      return {
        setup: {
          members,
          order:
            explicit === undefined
              ? { kind: 'alphabetical', locale: 'en' }
              : { kind: 'explicit', members: explicit.map((i) => `M${i}`) },
          strategy,
          termLength,
          ledger: [{ label: FIRST_LABEL[termLength], holder: 'M0' }],
          policies: { lateJoiners },
        },
        eligibleOn,
        joinedOn,
      };
    }),
);

const TERMS = 40;

function cyclesOf(
  seed: RecordedTerm,
  projected: readonly Presidency[],
): Map<number, Array<{ holder: string; label: string }>> {
  const cycles = new Map<number, Array<{ holder: string; label: string }>>([
    [1, [{ holder: seed.holder, label: seed.label }]],
  ]);
  for (const term of projected) {
    const list = cycles.get(term.cycle!) ?? [];
    list.push({ holder: term.holder, label: term.label });
    cycles.set(term.cycle!, list);
  }
  return cycles;
}

describe('rotation properties', () => {
  it('within a cycle nobody holds it twice, and every member eligible throughout a completed cycle holds it in that cycle', () => {
    fc.assert(
      fc.property(
        specArb.filter((spec) => spec.setup.strategy === 'once-per-cycle'),
        ({ setup, eligibleOn, joinedOn }) => {
          const projected = createRotation(setup).projectPresidencies({ count: TERMS });
          const cycles = cyclesOf(setup.ledger[0]!, projected);
          const last = Math.max(...cycles.keys());
          for (const [cycle, terms] of cycles) {
            const holders = terms.map((term) => term.holder);
            expect(new Set(holders).size, `cycle ${cycle}: ${holders.join(' ')}`).toBe(holders.length);
            if (cycle === last) continue;
            const cycleStart = startOf(terms[0]!.label);
            for (const member of setup.members.map((m) => m.id)) {
              // Eligible at every term of the cycle and when the next cycle was opened (a member that left before its turn is not owed one).
              const opening = cycles.get(cycle + 1)![0]!;
              const throughout = [...terms, opening].every((term) => eligibleOn(member, startOf(term.label)));
              const waits = setup.policies?.lateJoiners === 'next-cycle' && joinedOn(member, cycleStart)! > cycleStart;
              if (throughout && !waits) expect(holders, `cycle ${cycle} misses ${member}`).toContain(member);
            }
          }
        },
      ),
      { numRuns: 200 },
    );
  });

  it('nobody holds two consecutive terms while another member is eligible', () => {
    fc.assert(
      fc.property(specArb, ({ setup, eligibleOn }) => {
        const projected = createRotation(setup).projectPresidencies({ count: TERMS });
        const holders = [setup.ledger[0]!.holder, ...projected.map((term) => term.holder)];
        projected.forEach((term, i) => {
          if (term.holder !== holders[i]) return;
          const others = setup.members.filter((m) => m.id !== term.holder && eligibleOn(m.id, startOf(term.label)));
          expect(
            others.map((m) => m.id),
            `${term.label}: ${term.holder} again`,
          ).toEqual([]);
        });
      }),
      { numRuns: 200 },
    );
  });

  it('gives the same holders whatever order the members are listed in', () => {
    fc.assert(
      fc.property(specArb, fc.integer({ min: 0, max: 1_000 }), ({ setup }, rotate) => {
        const listed = setup.members.map((_, i) => setup.members[(i + rotate) % setup.members.length]!);
        const reversed = createRotation({ ...setup, members: listed.reverse() }).projectPresidencies({ count: TERMS });
        const original = createRotation(setup).projectPresidencies({ count: TERMS });
        expect(reversed.map((t) => t.holder)).toEqual(original.map((t) => t.holder));
      }),
      { numRuns: 100 },
    );
  });

  it('checkRotation of a projected ledger finds no departure', () => {
    fc.assert(
      fc.property(specArb, ({ setup }) => {
        const rotation = createRotation(setup);
        const projected = rotation.projectPresidencies({ count: TERMS });
        const ledger: RecordedTerm[] = [
          setup.ledger[0]!,
          ...projected.map((term) => ({ label: term.label, holder: term.holder })),
        ];
        const verdicts = rotation.checkRotation(ledger);
        expect(verdicts[0]!.verdict).toBe('start-of-ledger');
        expect(verdicts.slice(1).filter((v) => v.verdict !== 'follows-rule')).toEqual([]);
      }),
      { numRuns: 100 },
    );
  });

  it('presidencyOn agrees with the ledger at every handover boundary', () => {
    fc.assert(
      fc.property(
        specArb.filter((spec) => spec.setup.termLength === 'year'),
        fc.array(fc.integer({ min: 0, max: 40 }), { minLength: TERMS, maxLength: TERMS }),
        ({ setup }, offsets) => {
          const projected = createRotation(setup).projectPresidencies({ count: 20 });
          // Handovers on a day in January of the year each term is named after.
          const ledger: RecordedTerm[] = [setup.ledger[0]!];
          projected.forEach((term, i) => {
            ledger.push({
              label: term.label,
              holder: term.holder,
              handover: `${term.label}-01-${String(1 + (offsets[i]! % 28)).padStart(2, '0')}`,
            });
          });
          const rotation = createRotation({ ...setup, ledger });
          for (let k = 1; k < ledger.length; k++) {
            const handover = ledger[k]!.handover!;
            const dayBefore = new Date(Date.parse(`${handover}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10);
            expect(rotation.presidencyOn(handover)).toMatchObject({
              label: ledger[k]!.label,
              holder: ledger[k]!.holder,
              projected: false,
            });
            expect(rotation.presidencyOn(dayBefore)).toMatchObject({
              label: ledger[k - 1]!.label,
              holder: ledger[k - 1]!.holder,
            });
          }
        },
      ),
      { numRuns: 60 },
    );
  });
});
