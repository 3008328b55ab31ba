import { createRotation, MirpsRotationError, MirpsValidationError, type RotationSetup } from '@mirps/core';
import { describe, expect, it } from 'vitest';
import { alphaBravoCharlie } from './fixtures.js';

const base = alphaBravoCharlie;

function validationIssues(setup: unknown): Array<[string, ReadonlyArray<string | number>]> {
  try {
    createRotation(setup as RotationSetup);
  } catch (error) {
    expect(error).toBeInstanceOf(MirpsValidationError);
    expect((error as MirpsValidationError).document).toBe('RotationSetup');
    return (error as MirpsValidationError).issues.map((issue) => [issue.code, issue.path]);
  }
  throw new Error('expected the setup to be rejected');
}

describe('createRotation validates its setup', () => {
  it('accepts a valid setup and rotates it', () => {
    expect(
      createRotation(base())
        .projectPresidencies({ count: 4 })
        .map((t) => t.holder),
    ).toEqual(['C', 'A', 'B', 'C']);
  });

  it('rejects an unknown member in the ledger', () => {
    const setup = base();
    setup.ledger[1]!.holder = 'Z';
    expect(validationIssues(setup)).toEqual([['rotation.unknown-member', ['ledger', 1, 'holder']]]);
  });

  it('rejects overlapping, out-of-order and missing terms', () => {
    const same = base();
    same.ledger[1]!.label = '2000';
    expect(validationIssues(same)).toEqual([['presidency.terms-overlap', ['ledger', 1, 'label']]]);
    const gap = base();
    gap.ledger[1]!.label = '2003';
    expect(validationIssues(gap)).toEqual([['rotation.ledger-gap', ['ledger', 1, 'label']]]);
    const early = base();
    early.ledger = [
      { label: '2000', holder: 'A', handover: '2000-03-01' },
      { label: '2001', holder: 'B', handover: '2000-02-01' },
    ];
    expect(validationIssues(early)).toEqual([['presidency.terms-overlap', ['ledger', 1, 'handover']]]);
  });

  it('rejects a holder that was not a member when its term began', () => {
    const setup = base();
    setup.members[1]!.memberships = [{ from: '2005' }];
    expect(validationIssues(setup)).toEqual([['presidency.holder-not-member', ['ledger', 1, 'holder']]]);
  });

  it('rejects an empty membership, a member with no membership, and an empty ledger', () => {
    expect(validationIssues({ ...base(), members: [] })).toEqual([['shape.out-of-range', ['members']]]);
    const setup = base();
    setup.members[2]!.memberships = [];
    expect(validationIssues(setup)).toEqual([['shape.out-of-range', ['members', 2, 'memberships']]]);
    expect(validationIssues({ ...base(), ledger: [] })).toEqual([['shape.out-of-range', ['ledger']]]);
  });

  it('rejects a label of the wrong length, an order that misses a member, a name it cannot sort, a forfeit without its member', () => {
    expect(validationIssues({ ...base(), ledger: [{ label: '2000-H1', holder: 'A' }] })).toEqual([
      ['rotation.invalid-label', ['ledger', 0, 'label']],
    ]);
    expect(validationIssues({ ...base(), order: { kind: 'explicit', members: ['A', 'B', 'A'] } })).toEqual([
      ['ref.duplicate-id', ['order', 'members', 2]],
      ['rotation.order-mismatch', ['order', 'members']],
    ]);
    const unnamed = base();
    unnamed.members[0]!.names = { fr: 'Alpha' };
    expect(validationIssues(unnamed)).toEqual([['rotation.missing-name', ['members', 0, 'names']]]);
    const forfeit = base();
    forfeit.ledger[1]!.departure = { kind: 'forfeit', reason: 'x' };
    expect(validationIssues(forfeit)).toEqual([
      ['rotation.departure-needs-member', ['ledger', 1, 'departure', 'inPlaceOf']],
    ]);
  });

  it('rejects overrides for past terms or twice for one term', () => {
    const setup = base();
    setup.overrides = [
      { label: '2001', holder: 'C', departure: { kind: 'election', reason: 'x' } },
      { label: '2005', holder: 'C', departure: { kind: 'election', reason: 'x' } },
      { label: '2005', holder: 'A', departure: { kind: 'election', reason: 'y' } },
    ];
    expect(validationIssues(setup)).toEqual([
      ['rotation.override-conflict', ['overrides', 0, 'label']],
      ['rotation.override-conflict', ['overrides', 2, 'label']],
    ]);
  });

  it('rejects unknown keys and wrong types anywhere in the setup', () => {
    expect(validationIssues({ ...base(), strategy: 'random' })).toEqual([['shape.invalid-value', ['strategy']]]);
    expect(validationIssues({ ...base(), polices: {} })).toEqual([['shape.unknown-key', ['polices']]]);
    expect(validationIssues(null)).toEqual([['shape.invalid-type', []]]);
  });

  it('refuses to project when every member is suspended, naming the term', () => {
    const setup = base();
    for (const member of setup.members) member.suspensions = [{ from: '2002' }];
    try {
      createRotation(setup).projectPresidencies({ count: 3 });
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(MirpsRotationError);
      expect((error as MirpsRotationError).issues[0]).toMatchObject({
        code: 'rotation.no-eligible-member',
        path: ['members'],
      });
      expect((error as MirpsRotationError).message).toContain('term 2002');
    }
  });

  it('keeps a member out while suspended, and lets it back after', () => {
    const setup = base();
    setup.strategy = 'successor';
    setup.members[2]!.suspensions = [{ from: '2002', to: '2003' }];
    const terms = createRotation(setup).projectPresidencies({ count: 5 });
    expect(terms.map((t) => `${t.label} ${t.holder}`)).toEqual(['2002 A', '2003 B', '2004 C', '2005 A', '2006 B']);
    expect(terms[0]!.explanation.steps[0]).toMatchObject({ member: 'C', reason: 'suspended' });
  });

  it('lists the members of a joint presidency among those who held it this cycle', () => {
    const setup = base();
    setup.members.push({ id: 'D', names: { en: 'Delta' }, memberships: [{ from: '2000' }] });
    setup.ledger[1]!.departure = { kind: 'joint', jointWith: ['C'], reason: 'Bravo and Charlie held it together' };
    const rotation = createRotation(setup);
    const [next, after] = rotation.projectPresidencies({ count: 2 });
    expect(next!.holder).toBe('D');
    expect(next!.explanation.heldThisCycle).toEqual([
      { member: 'A', term: '2000' },
      { member: 'B', term: '2001' },
      { member: 'C', term: '2001' },
    ]);
    expect(next!.explanation.text).toContain('Held so far in cycle 1: Alpha (2000), Bravo (2001), Charlie (2001).');
    expect(next!.explanation.steps.map((step) => [step.member, step.reason])).toEqual([
      ['C', 'already-held-this-cycle'],
      ['D', 'next-in-circle'],
    ]);
    expect(after!.explanation).toMatchObject({ newCycle: true, cycle: 2, heldThisCycle: [] });
  });

  it('has no cycle, so no list of holders, for the successor strategy', () => {
    const setup = base();
    setup.strategy = 'successor';
    const [next] = createRotation(setup).projectPresidencies({ count: 1 });
    expect(next!.explanation).toMatchObject({ cycle: null, heldThisCycle: [] });
    expect(next!.explanation.text.some((line) => line.startsWith('Held so far'))).toBe(false);
  });

  it('opens a new cycle when the only members left to hold it are late joiners waiting for one', () => {
    const setup: RotationSetup = {
      ...base(),
      members: [
        { id: 'A', names: { en: 'Alpha' }, memberships: [{ from: '2000', to: '2000' }] },
        { id: 'B', names: { en: 'Bravo' }, memberships: [{ from: '2000-06' }] },
      ],
      ledger: [{ label: '2000', holder: 'A' }],
      policies: { lateJoiners: 'next-cycle' },
    };
    const [next] = createRotation(setup).projectPresidencies({ count: 1 });
    expect(next).toMatchObject({ label: '2001', holder: 'B', cycle: 2 });
    expect(next!.explanation).toMatchObject({ newCycle: true, cycle: 2 });
  });

  it('opens no cycle on a term nobody could hold, though it was held', () => {
    const setup = base();
    for (const member of setup.members) member.suspensions = [{ from: '2002', to: '2002' }];
    setup.ledger.push({ label: '2002', holder: 'C' });
    const rotation = createRotation(setup);
    expect(rotation.checkRotation()[2]).toMatchObject({ label: '2002', expected: null });
    expect(rotation.checkRotation()[2]!.explanation).toMatchObject({ newCycle: false, cycle: 1 });
    const terms = rotation.projectPresidencies({ count: 4 });
    expect(terms.map((term) => [term.label, term.holder, term.cycle, term.explanation.newCycle])).toEqual([
      ['2003', 'A', 2, true],
      ['2004', 'B', 2, false],
      ['2005', 'C', 2, false],
      ['2006', 'A', 3, true],
    ]);
  });

  it('takes a turn from a member that declined it, unless declining defers it; never from one that swapped it', () => {
    const setup = base();
    setup.members.push({ id: 'D', names: { en: 'Delta' }, memberships: [{ from: '2000' }] });
    setup.ledger[1] = {
      label: '2001',
      holder: 'C',
      departure: { kind: 'declined', inPlaceOf: 'B', reason: 'Bravo declined' },
    };
    const holders = (policies: RotationSetup['policies'], departure?: RotationSetup['ledger'][number]['departure']) =>
      createRotation({
        ...setup,
        policies,
        ledger: departure === undefined ? setup.ledger : [setup.ledger[0]!, { ...setup.ledger[1]!, departure }],
      })
        .projectPresidencies({ count: 3 })
        .map((term) => `${term.label} ${term.holder} ${term.cycle}`);
    expect(holders(undefined)).toEqual(['2002 D 1', '2003 A 2', '2004 B 2']);
    expect(holders({ declined: 'defers-turn' })).toEqual(['2002 D 1', '2003 B 1', '2004 C 2']);
    expect(holders(undefined, { kind: 'swap', inPlaceOf: 'B', reason: 'Bravo and Charlie swapped' })).toEqual([
      '2002 D 1',
      '2003 B 1',
      '2004 C 2',
    ]);
    expect(holders(undefined, { kind: 'forfeit', inPlaceOf: 'B', reason: 'Bravo forfeited' })).toEqual([
      '2002 D 1',
      '2003 A 2',
      '2004 B 2',
    ]);
  });

  it('numbers no cycle and opens none for the successor strategy, however long the projection', () => {
    const setup = base();
    setup.strategy = 'successor';
    const terms = createRotation(setup).projectPresidencies({ count: 7 });
    expect(terms.map((term) => [term.cycle, term.explanation.cycle, term.explanation.newCycle])).toEqual(
      terms.map(() => [null, null, false]),
    );
    expect(terms.some((term) => term.explanation.text.some((line) => line.includes('cycle')))).toBe(false);
  });

  it('carries the departure an override records into the projected term', () => {
    const setup = base();
    const departure = { kind: 'election', reason: 'Elected by the members' } as const;
    setup.overrides = [{ label: '2003', holder: 'B', departure }];
    const rotation = createRotation(setup);
    const terms = rotation.projectPresidencies({ count: 3 });
    expect(terms.map((term) => term.departure)).toEqual([undefined, departure, undefined]);
    // Each answer is the caller's own: it shares no object with the setup or with another answer.
    expect(terms[1]!.departure).not.toBe(departure);
    expect(rotation.projectPresidencies({ count: 3 })[1]!.departure).not.toBe(terms[1]!.departure);
  });

  it('opens no cycle before the first term of the ledger', () => {
    const [first] = createRotation(base()).checkRotation();
    expect(first!.explanation).toMatchObject({ outgoing: null, newCycle: false, cycle: 1 });
  });

  it('calls the holder on a day approximate only when a handover is not known to the day', () => {
    const day = (setup: RotationSetup) => createRotation(setup).presidencyOn('2001-06-01');
    expect(day(base())).toMatchObject({ holder: 'B', since: '2001-01-01', approximate: false });
    expect(day({ ...base(), handoverEvent: 'the Annual Meeting' })).toMatchObject({ holder: 'B', approximate: true });
    const handedOver = (handover: string): RotationSetup => {
      const setup = base();
      setup.ledger[1]!.handover = handover;
      return setup;
    };
    expect(day(handedOver('2001-07-26'))).toMatchObject({ holder: 'A', approximate: false });
    expect(day(handedOver('2001-07'))).toMatchObject({ holder: 'A', approximate: true });
  });

  it('names members of a fixed order by their English name in English answers, whatever names come first', () => {
    const setup: RotationSetup = {
      ...base(),
      members: [
        { id: 'BZ', names: { es: 'Belice', en: 'Belize' }, sortKey: 'Belice', memberships: [{ from: '2000' }] },
        { id: 'CR', names: { es: 'Costa Rica', en: 'Costa Rica' }, memberships: [{ from: '2000' }] },
      ],
      order: { kind: 'explicit', members: ['CR', 'BZ'] },
      ledger: [{ label: '2000', holder: 'CR' }],
    };
    expect(createRotation(setup).nextPresidency()).toMatchObject({ holder: 'BZ', holderName: 'Belize' });
  });

  it('gives the same answer for the same setup, and never changes the setup it was given', () => {
    const setup = base();
    const frozen = JSON.stringify(setup);
    const rotation = createRotation(setup);
    const first = JSON.stringify(rotation.projectPresidencies({ count: 50 }));
    expect(JSON.stringify(rotation.projectPresidencies({ count: 50 }))).toBe(first);
    expect(JSON.stringify(createRotation(JSON.parse(frozen)).projectPresidencies({ count: 50 }))).toBe(first);
    expect(JSON.stringify(setup)).toBe(frozen);
  });
});
