import {
  createRotation,
  MirpsValidationError,
  type RecordedTerm,
  type RotationOptions,
  type RotationSetup,
} from '@mirps/core';
import { describe, expect, it } from 'vitest';
import { refusal } from './fixtures.js';

// What a rotation answers (nextPresidency, projectPresidencies, presidencyOn, presidencyOfTerm, checkRotation), and
// how it reads the arguments a caller gives it.

const members = (): RotationSetup['members'] => [
  { id: 'A', names: { en: 'Alpha' }, memberships: [{ from: '2000' }] },
  { id: 'B', names: { en: 'Bravo' }, memberships: [{ from: '2000' }] },
  { id: 'C', names: { en: 'Charlie' }, memberships: [{ from: '2000' }] },
];

const yearly = (ledger: RecordedTerm[] = [{ label: '2000', holder: 'A' }]): RotationSetup => ({
  members: members(),
  order: { kind: 'alphabetical', locale: 'en' },
  strategy: 'once-per-cycle',
  termLength: 'year',
  ledger,
});

const halfYearly = (): RotationSetup => ({ ...yearly([{ label: '2000-H1', holder: 'A' }]), termLength: 'half-year' });
const monthly = (): RotationSetup => ({ ...yearly([{ label: '2000-01', holder: 'A' }]), termLength: 'month' });

/** Every member suspended from `from` on. */
const suspendedFrom = (setup: RotationSetup, from: string): RotationSetup => ({
  ...setup,
  members: setup.members.map((member) => ({ ...member, suspensions: [{ from }] })),
});

/** A ledger of `count` yearly terms from 2000 that follows the rule: A, B, C, A, … */
const ruleLedger = (count: number): RecordedTerm[] =>
  Array.from({ length: count }, (_, i) => ({ label: String(2000 + i), holder: 'ABC'.charAt(i % 3) }));

/** What `act` gives: its answer, or the issues of the MIRPS error it throws. */
function outcome(act: () => unknown): unknown {
  try {
    return act();
  } catch (error) {
    return refusal(() => {
      throw error;
    }).issues;
  }
}

const holderOn = (setup: RotationSetup, day: string) => {
  const { label, holder, since, approximate } = createRotation(setup).presidencyOn(day);
  return { label, holder, since, approximate };
};

describe('presidencyOn reads the day in the setup’s terms', () => {
  it('names the holder of a day after the ledger in half-year terms, in either half', () => {
    expect(holderOn(halfYearly(), '2001-03-01')).toEqual({
      label: '2001-H1',
      holder: 'C',
      since: '2001-01-01',
      approximate: false,
    });
    expect(holderOn(halfYearly(), '2001-09-01')).toEqual({
      label: '2001-H2',
      holder: 'A',
      since: '2001-07-01',
      approximate: false,
    });
  });

  it('names the holder of a day after the ledger in monthly terms', () => {
    expect(holderOn(monthly(), '2000-03-10')).toEqual({
      label: '2000-03',
      holder: 'C',
      since: '2000-03-01',
      approximate: false,
    });
    expect(holderOn(monthly(), '2001-11-30')).toEqual({
      label: '2001-11',
      holder: 'B',
      since: '2001-11-01',
      approximate: false,
    });
  });

  it('gives the presidency to the next holder from a handover before its term’s period', () => {
    const half = { ...halfYearly(), handovers: { '2002-H1': '2001-12-01' } };
    expect(holderOn(half, '2001-12-15')).toEqual({
      label: '2002-H1',
      holder: 'B',
      since: '2001-12-01',
      approximate: false,
    });
    expect(holderOn(half, '2001-11-30')).toMatchObject({ label: '2001-H2', holder: 'A' });
    const month = { ...monthly(), handovers: { '2000-07': '2000-06-20' } };
    expect(holderOn(month, '2000-06-25')).toMatchObject({ label: '2000-07', holder: 'A', since: '2000-06-20' });
  });

  it('says a day is approximate when the next handover is not known to the day', () => {
    const setup = { ...halfYearly(), handoverEvent: 'the summit', handovers: { '2001-H2': '2001-07-03' } };
    expect(holderOn(setup, '2001-09-01')).toEqual({
      label: '2001-H2',
      holder: 'A',
      since: '2001-07-03',
      approximate: true,
    });
  });

  it('answers a day in the ledger’s last term, handed over early, as exact', () => {
    const setup = yearly([
      { label: '2000', holder: 'A' },
      { label: '2001', holder: 'B', handover: '2000-12-05' },
    ]);
    expect(holderOn(setup, '2000-12-20')).toEqual({
      label: '2001',
      holder: 'B',
      since: '2000-12-05',
      approximate: false,
    });
  });

  it('answers a day whose term has a holder, though no member can hold the next term', () => {
    const half = suspendedFrom(halfYearly(), '2002-01');
    expect(holderOn(half, '2001-03-01')).toMatchObject({ label: '2001-H1', holder: 'C' });
    expect(holderOn(half, '2001-06-15')).toMatchObject({ label: '2001-H1', holder: 'C' });
    expect(holderOn(half, '2001-12-31')).toMatchObject({ label: '2001-H2', holder: 'A' });
    const month = suspendedFrom(monthly(), '2000-05');
    expect(holderOn(month, '2000-03-10')).toMatchObject({ label: '2000-03', holder: 'C' });
  });

  it('answers the first day of the ledger', () => {
    expect(holderOn(yearly(), '2000-01-01')).toEqual({
      label: '2000',
      holder: 'A',
      since: '2000-01-01',
      approximate: false,
    });
  });

  it('reads a Date at the last instant of 9999 as the day 9999-12-31', () => {
    const rotation = createRotation(yearly([{ label: '9990', holder: 'A' }]));
    const last = new Date(Date.UTC(9999, 11, 31, 23, 59, 59, 999));
    expect(rotation.presidencyOn(last)).toEqual(rotation.presidencyOn('9999-12-31'));
    expect(rotation.presidencyOn(last)).toMatchObject({ date: '9999-12-31', label: '9999', approximate: false });
    const half = createRotation({ ...halfYearly(), ledger: [{ label: '9990-H1', holder: 'A' }] });
    expect(half.presidencyOn('9999-12-31')).toMatchObject({ label: '9999-H2', projected: true });
    expect(outcome(() => rotation.presidencyOn(new Date(last.getTime() + 1)))).toEqual([
      ['rotation.invalid-date', ['date']],
    ]);
  });

  it('refuses a day that needs more than MAX_PROJECTED_TERMS terms after the ledger', () => {
    expect(refusal(() => createRotation(monthly()).presidencyOn('2900-01-01')).issues).toEqual([
      ['rotation.count-out-of-range', ['date']],
    ]);
  });
});

describe('presidencyOfTerm', () => {
  it('answers the ledger’s first term as recorded', () => {
    const first = createRotation(yearly()).presidencyOfTerm('2000');
    expect(first).toMatchObject({ label: '2000', holder: 'A', projected: false });
  });

  it('names the outgoing holder and its term in the explanation of a recorded term', () => {
    const setup = yearly([
      { label: '2000', holder: 'A' },
      { label: '2001', holder: 'B' },
    ]);
    expect(createRotation(setup).presidencyOfTerm('2001').explanation.text).toContain('Outgoing holder: Alpha (2000).');
    expect(createRotation(setup).checkRotation()[1]!.explanation.text).toContain('Outgoing holder: Alpha (2000).');
  });

  it('refuses a term more than MAX_PROJECTED_TERMS after the ledger, pointing at the label', () => {
    expect(refusal(() => createRotation(monthly()).presidencyOfTerm('2900-01')).issues).toEqual([
      ['rotation.count-out-of-range', ['label']],
    ]);
  });
});

describe('full explanations within maxFullExplanationEntries', () => {
  const tight: RotationOptions = { explain: 'full', maxFullExplanationEntries: 20 };

  it('counts only the explanations an answer gives', () => {
    const rotation = createRotation(yearly(ruleLedger(30)), tight);
    expect(rotation.nextPresidency().holder).toBe('A');
    expect(rotation.presidencyOfTerm('2029').holder).toBe('C');
    expect(rotation.presidencyOfTerm('2060').holder).toBe('A');
    expect(rotation.presidencyOn('2060-06-01').holder).toBe('A');
  });

  it('refuses an answer whose explanations together hold more', () => {
    const rotation = createRotation(yearly(ruleLedger(30)), tight);
    expect(refusal(() => rotation.checkRotation()).issues).toEqual([['rotation.explanation-too-large', ['explain']]]);
    expect(refusal(() => rotation.projectPresidencies({ through: '2060' })).issues).toEqual([
      ['rotation.explanation-too-large', ['explain']],
    ]);
  });
});

describe('projections', () => {
  it('explains a planned override by its plan', () => {
    const setup: RotationSetup = {
      ...yearly(),
      overrides: [{ label: '2001', holder: 'C', departure: { kind: 'election', reason: 'Chosen by the plenary' } }],
    };
    const next = createRotation(setup).nextPresidency();
    expect(next.holder).toBe('C');
    expect(next.explanation.text.at(-1)).toBe('Charlie holds 2001 by a planned election (Chosen by the plenary).');
    const plain = createRotation(yearly()).nextPresidency();
    expect(plain.explanation.text.at(-1)).toBe('Bravo holds 2001.');
  });

  it('projects up to MAX_PROJECTED_TERMS terms and refuses one more', () => {
    const rotation = createRotation(monthly());
    expect(rotation.projectPresidencies({ count: 10_000 })).toHaveLength(10_000);
    expect(refusal(() => rotation.projectPresidencies({ count: 10_001 })).issues).toEqual([
      ['rotation.count-out-of-range', ['count']],
    ]);
  });

  it('refuses the next presidency after a ledger that ends in 9999', () => {
    const setup = yearly([
      { label: '9998', holder: 'A' },
      { label: '9999', holder: 'B' },
    ]);
    expect(refusal(() => createRotation(setup).nextPresidency()).issues).toEqual([
      ['rotation.count-out-of-range', ['count']],
    ]);
  });
});

describe('the caller’s arguments', () => {
  it('refuses a count and a through together, pointing at through', () => {
    const request = { count: 2, through: '2003' } as never;
    expect(refusal(() => createRotation(yearly()).projectPresidencies(request)).issues).toEqual([
      ['rotation.count-out-of-range', ['through']],
    ]);
  });

  it('refuses a request that is not an object as an argument of projectPresidencies', () => {
    const { error, issues } = refusal(() => createRotation(yearly()).projectPresidencies(null as never));
    expect(error).toBeInstanceOf(MirpsValidationError);
    expect((error as MirpsValidationError).document).toBe('arguments of projectPresidencies');
    expect(issues).toEqual([['shape.invalid-type', ['request']]]);
  });

  it('quotes a count that is not a number as what it is', () => {
    const rotation = createRotation(yearly());
    expect(refusal(() => rotation.projectPresidencies({ count: '3' } as never)).error.message).toContain(
      'this asks for the string "3"',
    );
    expect(refusal(() => rotation.projectPresidencies({ count: 2.5 })).error.message).toContain('this asks for 2.5');
  });

  it('points at the option a getter that throws sits on', () => {
    const options = {
      get explain(): never {
        throw new Error('no');
      },
    };
    expect(refusal(() => createRotation(yearly(), options)).issues).toEqual([
      ['shape.unreadable', ['options', 'explain']],
    ]);
  });

  it('refuses explanation limits that are not whole numbers from 1', () => {
    for (const value of [0, -1, 1.5, '3', Number.MAX_SAFE_INTEGER + 1]) {
      expect(refusal(() => createRotation(yearly(), { maxExplainedMembers: value } as never)).issues).toEqual([
        ['shape.out-of-range', ['options', 'maxExplainedMembers']],
      ]);
      expect(refusal(() => createRotation(yearly(), { maxFullExplanationEntries: value } as never)).issues).toEqual([
        ['shape.out-of-range', ['options', 'maxFullExplanationEntries']],
      ]);
    }
  });
});
