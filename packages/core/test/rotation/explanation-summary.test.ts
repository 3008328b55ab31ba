import {
  checkRotation,
  createRotation,
  DEFAULT_MAX_EXPLAINED_MEMBERS,
  MirpsRotationError,
  MirpsValidationError,
  nextPresidency,
  presidencyOfTerm,
  projectPresidencies,
  type RotationMember,
  type RotationSetup,
} from '@mirps/core';
import { describe, expect, it } from 'vitest';

// A body of thousands of members must not make each answer thousands of steps long: past a limit, an explanation
// is a summary, and a projection grows with the number of terms only.

const MEMBERS = 10_000;

/** `count` members in a fixed order, all members from 2000; all but the first `eligible` suspended throughout. */
function crowd(count: number, eligible: number, strategy: RotationSetup['strategy'] = 'once-per-cycle'): RotationSetup {
  const members: RotationMember[] = Array.from({ length: count }, (_, i) => ({
    id: `M${i}`,
    names: { en: `Member ${i}` },
    memberships: [{ from: '2000' }],
    ...(i < eligible ? {} : { suspensions: [{ from: '2000' }] }),
  }));
  return {
    members,
    order: { kind: 'explicit', members: members.map((m) => m.id) },
    strategy,
    termLength: 'year',
    ledger: [{ label: '2000', holder: 'M0' }],
  };
}

const sizeOf = (value: unknown): number => JSON.stringify(value).length;

describe('explanations of a body of 10,000 members', () => {
  // Built in each test, not while the tests are collected: what a test runs is what it covers (StrykerJS counts on it).
  const crowdRotation = () => createRotation(crowd(MEMBERS, 2));

  it('group the members passed over for one reason into one step, with a count and three names', () => {
    const next = crowdRotation().projectPresidencies({ count: 2 })[1]!;
    expect(next.holder).toBe('M0');
    expect(next.explanation.steps.map((step) => [step.member, step.outcome, step.reason, step.group?.count])).toEqual([
      ['M2', 'passed-over', 'suspended', 9998],
      ['M0', 'selected', 'next-in-circle', undefined],
    ]);
    expect(next.explanation.steps[0]!.group!.examples).toEqual([
      { member: 'M2', name: 'Member 2' },
      { member: 'M3', name: 'Member 3' },
      { member: 'M4', name: 'Member 4' },
    ]);
    expect(next.explanation.text).toContain(
      '9,998 members are passed over: suspended on 2002-01-01 (Member 2, Member 3, Member 4, and 9,995 more).',
    );
    expect(next.explanation.summary).toEqual({ passedOver: 9998, heldThisCycle: 0 });
  });

  it('name only the first members of a fixed order in the rule', () => {
    const { rule } = crowdRotation().nextPresidency().explanation;
    expect(rule).toContain('Member 0, Member 1, Member 2');
    expect(rule).toContain(`Member ${DEFAULT_MAX_EXPLAINED_MEMBERS - 1}, and 9,950 more`);
    expect(rule).not.toContain(`Member ${DEFAULT_MAX_EXPLAINED_MEMBERS},`);
  });

  it('keep a projection under 5 KB a term, growing with the number of terms only', () => {
    const sizes = [50, 100, 200].map((count) => sizeOf(crowdRotation().projectPresidencies({ count })));
    expect(sizes[0]).toBeLessThan(50 * 5_000);
    expect(sizes[2]).toBeLessThan(200 * 5_000);
    expect(sizes[1]! / sizes[0]!).toBeGreaterThan(1.8);
    expect(sizes[1]! / sizes[0]!).toBeLessThan(2.2);
    expect(sizes[2]! / sizes[1]!).toBeGreaterThan(1.8);
    expect(sizes[2]! / sizes[1]!).toBeLessThan(2.2);
  });

  it('project a summarised body through the year 9999 within MAX_PROJECTED_TERMS, a few KB a term', () => {
    // Four times the members an explanation lists is enough for summaries: 10,000 would only make each of
    // the 7,999 terms read 10,000 calendars (that a term costs one pass over the circle is tested in adversarial.test.ts).
    const terms = createRotation(crowd(4 * DEFAULT_MAX_EXPLAINED_MEMBERS, 2)).projectPresidencies({ through: '9999' });
    expect(terms).toHaveLength(7999);
    expect(sizeOf(terms)).toBeLessThan(terms.length * 5_000);
  });

  it('list only the first holders of a long cycle, and say how many held it', () => {
    const everyone = createRotation(crowd(1_000, 1_000));
    const term = everyone.projectPresidencies({ count: 600 }).at(-1)!;
    expect(term.explanation.cycle).toBe(1);
    expect(term.explanation.heldThisCycle).toHaveLength(DEFAULT_MAX_EXPLAINED_MEMBERS);
    expect(term.explanation.heldThisCycle[0]).toEqual({ member: 'M0', term: '2000' });
    expect(term.explanation.summary).toEqual({ passedOver: 0, heldThisCycle: 600 });
    expect(term.explanation.text.find((line) => line.startsWith('Held so far'))).toMatch(
      /Member 49 \(2049\), and 550 more\.$/,
    );
    // Without the bound, 600 terms of one cycle would list 1 + 2 + … + 600 holders.
    expect(sizeOf(everyone.projectPresidencies({ count: 600 }))).toBeLessThan(600 * 5_000);
  });

  it('group by reason when consecutive groups alone would still be too many', () => {
    // Alternating suspended and not-yet-members: 9,998 runs of one member each.
    const setup = crowd(MEMBERS, 2, 'successor');
    setup.members.forEach((member, i) => {
      if (i >= 2 && i % 2 === 1) {
        member.memberships = [{ from: '2050' }];
        delete member.suspensions;
      }
    });
    const [, next] = createRotation(setup).projectPresidencies({ count: 2 });
    expect(next!.explanation.steps.map((step) => [step.reason, step.group?.count])).toEqual([
      ['suspended', 4999],
      ['not-a-member', 4999],
      ['next-in-circle', undefined],
    ]);
    expect(next!.explanation.summary).toEqual({ passedOver: 9998, heldThisCycle: 0 });
  });
});

describe("explain: 'full'", () => {
  it('lists every member passed over, one step each', () => {
    const full = createRotation(crowd(MEMBERS, 2), { explain: 'full' });
    const [, next] = full.projectPresidencies({ count: 2 });
    expect(next!.explanation.steps).toHaveLength(9999);
    expect(next!.explanation.steps.every((step) => step.group === undefined)).toBe(true);
    expect(next!.explanation.summary).toBeUndefined();
  });

  it('refuses an answer whose full explanations would exceed maxFullExplanationEntries, naming the option', () => {
    const full = createRotation(crowd(MEMBERS, 2), { explain: 'full' });
    try {
      full.projectPresidencies({ count: 100 });
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(MirpsRotationError);
      expect((error as MirpsRotationError).issues[0]).toMatchObject({
        code: 'rotation.explanation-too-large',
        path: ['explain'],
      });
      expect((error as MirpsRotationError).message).toContain('maxFullExplanationEntries');
    }
    const raised = createRotation(crowd(MEMBERS, 2), { explain: 'full', maxFullExplanationEntries: 2_000_000 });
    expect(raised.projectPresidencies({ count: 100 })).toHaveLength(100);
  });

  it('moves the summary limit with maxExplainedMembers', () => {
    const small = createRotation(crowd(20, 2), { maxExplainedMembers: 5 });
    const [, next] = small.projectPresidencies({ count: 2 });
    expect(next!.explanation.steps.map((step) => step.group?.count)).toEqual([18, undefined]);
    expect(createRotation(crowd(20, 2)).projectPresidencies({ count: 2 })[1]!.explanation.steps).toHaveLength(19);
  });

  it('refuses options it cannot use, as arguments', () => {
    for (const options of [
      null,
      5,
      { explain: 'everything' },
      { maxExplainedMembers: 0 },
      { maxExplainedMembers: 2.5 },
      { maxFullExplanationEntries: Number.POSITIVE_INFINITY },
    ]) {
      try {
        createRotation(crowd(3, 3), options as never);
        expect.unreachable();
      } catch (error) {
        expect(error).toBeInstanceOf(MirpsValidationError);
        expect((error as MirpsValidationError).document).toBe('arguments of createRotation');
        expect((error as MirpsValidationError).issues[0]!.path[0]).toBe('options');
      }
    }
  });
});

describe('the MIRPS rotation keeps its explanations complete', () => {
  it('is never summarised with its seven members, and takes the options too', () => {
    const all = [...checkRotation(), ...projectPresidencies({ count: 70 }), presidencyOfTerm('2022'), nextPresidency()];
    expect(
      all.every(
        (x) => x.explanation.summary === undefined && x.explanation.steps.every((step) => step.group === undefined),
      ),
    ).toBe(true);
    expect(nextPresidency({ explain: 'full' })).toEqual(nextPresidency());
    expect(
      projectPresidencies({ count: 30, maxExplainedMembers: 1 }).some((term) => term.explanation.summary !== undefined),
    ).toBe(true);
  });
});
