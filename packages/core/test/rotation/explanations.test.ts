import {
  createRotation,
  MirpsRotationError,
  MirpsValidationError,
  type RotationMember,
  type RotationOptions,
  type RotationSetup,
} from '@mirps/core';
import { describe, expect, it } from 'vitest';
import { formatCount } from '../../src/rotation/explanation.js';
import { alphaBravoCharlie } from './fixtures.js';

// What an explanation says: the rule, the outgoing holder, who has held it this cycle, each member passed over and
// why (one by one, or in groups once there are more than maxExplainedMembers), and the conclusion, in English and
// in Spanish; and how the explanation options are read.

const NATO: Record<string, string> = {
  A: 'Alpha',
  B: 'Bravo',
  C: 'Charlie',
  D: 'Delta',
  E: 'Echo',
  F: 'Foxtrot',
  G: 'Golf',
  H: 'Hotel',
};

/** `A` is Alpha, `A2` is Alpha 2. */
const nameOf = (id: string): string => `${NATO[id[0]!]}${id.length > 1 ? ` ${id.slice(1)}` : ''}`;

const member = (id: string, extra: Partial<RotationMember> = {}): RotationMember => ({
  id,
  names: { en: nameOf(id) },
  memberships: [{ from: '2000' }],
  ...extra,
});

/**
 * A once-per-cycle body in a fixed order whose next term passes over members for every reason, `copies` of each
 * in a row: Alpha held it, Bravo gave up its turn, Charlie held it, Delta is not a member yet, Echo is suspended,
 * Foxtrot joined during the cycle (and late joiners wait); Golf is next; Hotel is the outgoing holder.
 */
function everyReason(copies: 1 | 2): RotationSetup {
  const ids = (letter: string): string[] =>
    copies === 1 ? [letter] : Array.from({ length: copies }, (_, i) => `${letter}${i + 1}`);
  const extra: Record<string, Partial<RotationMember>> = {
    D: { memberships: [{ from: '2050' }] },
    E: { suspensions: [{ from: '2001' }] },
    F: { memberships: [{ from: '2001-06' }] },
  };
  const members = [
    ...['A', 'B', 'C', 'D', 'E', 'F'].flatMap((letter) => ids(letter).map((id) => member(id, extra[letter]))),
    member('G'),
    member('H'),
  ];
  const [a, b, c] = [ids('A'), ids('B'), ids('C')];
  const forfeits = b.map((loser, i) => ({
    holder: c[i]!,
    departure: { kind: 'forfeit' as const, inPlaceOf: loser, reason: `${nameOf(loser)} gave up its turn` },
  }));
  const ledger = [...a.map((holder) => ({ holder })), ...forfeits, { holder: 'H' }].map((term, i) => ({
    label: String(2000 + i),
    ...term,
  }));
  return {
    body: 'The test presidency',
    members,
    order: { kind: 'explicit', members: members.map((m) => m.id) },
    strategy: 'once-per-cycle',
    termLength: 'year',
    ledger,
    policies: { lateJoiners: 'next-cycle' },
  };
}

const abc = alphaBravoCharlie;

const next = (setup: RotationSetup, options?: RotationOptions) => createRotation(setup, options).nextPresidency();

describe('an explanation names each member passed over, and why', () => {
  it('gives every reason in its own words, with who held it this cycle', () => {
    const term = next(everyReason(1));
    expect(term.label).toBe('2003');
    expect(term.holder).toBe('G');
    expect(term.explanation.steps.map((step) => [step.member, step.outcome, step.reason])).toEqual([
      ['A', 'passed-over', 'already-held-this-cycle'],
      ['B', 'passed-over', 'lost-turn-this-cycle'],
      ['C', 'passed-over', 'already-held-this-cycle'],
      ['D', 'passed-over', 'not-a-member'],
      ['E', 'passed-over', 'suspended'],
      ['F', 'passed-over', 'joined-during-cycle'],
      ['G', 'selected', 'next-in-circle'],
    ]);
    expect(term.explanation.heldThisCycle).toEqual([
      { member: 'A', term: '2000' },
      { member: 'C', term: '2001' },
      { member: 'H', term: '2002' },
    ]);
    expect(term.explanation.summary).toBeUndefined();
    expect(term.explanation.text).toEqual([
      'The test presidency rotates in the fixed order Alpha, Bravo, Charlie, Delta, Echo, Foxtrot, Golf, Hotel; every eligible member holds it once per cycle: the next holder is the first member after the outgoing holder that is a member, not suspended, and has not held it in the current cycle.',
      'Outgoing holder: Hotel (2002).',
      'Held so far in cycle 1: Alpha (2000), Charlie (2001), Hotel (2002).',
      'Alpha is passed over: it has already held it in cycle 1 (2000).',
      'Bravo is passed over: it gave up its turn in cycle 1 (2001).',
      'Charlie is passed over: it has already held it in cycle 1 (2001).',
      'Delta is passed over: not a member on 2003-01-01.',
      'Echo is passed over: suspended on 2003-01-01.',
      'Foxtrot is passed over: it joined during cycle 1 and waits for the next cycle.',
      'Golf is next in the circle and has not held it in cycle 1.',
      'Golf holds 2003.',
    ]);
  });

  it('gives every reason in Spanish, naming members by their Spanish name, else their English one', () => {
    const setup = everyReason(1);
    setup.members[0]!.names = { en: 'Alpha', es: 'Alfa' };
    const term = next(setup, { language: 'es' });
    expect(term.holderName).toBe('Golf');
    expect(term.explanation.text.slice(1)).toEqual([
      'Titular saliente: Hotel (2002).',
      'La han ejercido hasta ahora en el ciclo 1: Alfa (2000), Charlie (2001), Hotel (2002).',
      'Se omite a Alfa: ya la ejerció en el ciclo 1 (2000).',
      'Se omite a Bravo: renunció a su turno en el ciclo 1 (2001).',
      'Se omite a Charlie: ya la ejerció en el ciclo 1 (2001).',
      'Se omite a Delta: no es miembro el 2003-01-01.',
      'Se omite a Echo: está suspendido el 2003-01-01.',
      'Se omite a Foxtrot: se incorporó durante el ciclo 1 y espera al ciclo siguiente.',
      'Golf es el siguiente en el orden de rotación y no la ha ejercido en el ciclo 1.',
      'A Golf le corresponde el mandato 2003.',
    ]);
    expect(term.explanation.rule).toContain('el orden fijo Alfa, Bravo, Charlie, Delta, Echo, Foxtrot, Golf, Hotel;');
  });

  it('passes over the outgoing holder of a successor rotation when another member can hold the next term', () => {
    // Charlie held 2001 in Bravo's place: the circle goes on after Bravo, and comes to Charlie first.
    const term = next({
      ...abc(),
      order: { kind: 'explicit', members: ['A', 'B', 'C'] },
      strategy: 'successor',
      ledger: [
        { label: '2000', holder: 'A' },
        { label: '2001', holder: 'C', departure: { kind: 'swap', inPlaceOf: 'B', reason: 'Bravo swapped' } },
      ],
    });
    expect(term.holder).toBe('A');
    expect(term.explanation.cycle).toBeNull();
    expect(term.explanation.text).toEqual([
      'The test presidency rotates in the fixed order Alpha, Bravo, Charlie: the next holder is the first member after the outgoing holder that is a member and not suspended.',
      'Outgoing holder: Charlie (2001).',
      'Charlie is passed over: it holds the outgoing term, and others can hold the next.',
      'Alpha is next in the circle.',
      'Alpha holds 2002.',
    ]);
  });

  it('says when a new cycle begins, and lists nobody as having held it in it', () => {
    const [, third] = createRotation(abc()).projectPresidencies({ count: 2 });
    expect(third!.label).toBe('2003');
    expect(third!.explanation).toMatchObject({ cycle: 2, newCycle: true, heldThisCycle: [] });
    expect(third!.explanation.text).toEqual([
      "The test presidency rotates in alphabetical order of the members' names (en, ignoring accents and case); every eligible member holds it once per cycle: the next holder is the first member after the outgoing holder that is a member, not suspended, and has not held it in the current cycle.",
      'Outgoing holder: Charlie (2002).',
      'Every eligible member has held it in cycle 1; cycle 2 begins, going on round the circle.',
      'Alpha is next in the circle and has not held it in cycle 2.',
      'Alpha holds 2003.',
    ]);
  });

  it('lists every member passed over one by one when a term nobody can hold is checked', () => {
    // Everyone is suspended in 2001: the rule goes round the whole circle and finds no holder.
    const setup: RotationSetup = {
      ...abc(),
      strategy: 'successor',
      members: ['A', 'B', 'C'].map((id) => member(id, { suspensions: [{ from: '2001' }] })),
    };
    const [, checked] = createRotation(setup, { maxExplainedMembers: 3 }).checkRotation();
    expect(checked!.verdict).toBe('unexplained-departure');
    expect(checked!.expected).toBeNull();
    expect(checked!.explanation.steps.map((step) => [step.member, step.reason, step.group])).toEqual([
      ['B', 'suspended', undefined],
      ['C', 'suspended', undefined],
      ['A', 'suspended', undefined],
    ]);
    expect(checked!.explanation.summary).toBeUndefined();
    expect(checked!.explanation.text.at(-1)).toBe(
      '2001: Bravo holds it, but the rule gives nobody (no member was eligible) and no departure is recorded.',
    );
  });
});

describe('the rule of an explanation', () => {
  it('names every member of a short fixed order, and nothing more', () => {
    const { rule } = next({ ...abc(), order: { kind: 'explicit', members: ['C', 'A', 'B'] } }).explanation;
    expect(rule).toContain('in the fixed order Charlie, Alpha, Bravo; every eligible member');
  });

  it('names only the first maxExplainedMembers members of a longer fixed order', () => {
    const { rule } = next(
      { ...abc(), order: { kind: 'explicit', members: ['C', 'A', 'B'] } },
      { maxExplainedMembers: 2 },
    ).explanation;
    expect(rule).toContain('in the fixed order Charlie, Alpha, and 1 more; every eligible member');
  });
});

describe('a summarised explanation', () => {
  it('lists the members one by one while there are no more steps than maxExplainedMembers', () => {
    // Six members passed over and the holder: seven steps.
    const term = next(everyReason(1), { maxExplainedMembers: 7 });
    expect(term.explanation.steps).toHaveLength(7);
    expect(term.explanation.steps.every((step) => step.group === undefined)).toBe(true);
    expect(term.explanation.summary).toBeUndefined();
    expect(term.explanation.text.some((line) => line.startsWith('This is a summary'))).toBe(false);
  });

  it('groups the members passed over by reason once there are more steps, and names a lone member as it is', () => {
    const term = next(everyReason(1), { maxExplainedMembers: 6 });
    // Six runs of one member each would be too many with the holder: all the members of one reason go together.
    expect(term.explanation.steps.map((step) => [step.member, step.reason, step.group?.count])).toEqual([
      ['A', 'already-held-this-cycle', 2],
      ['B', 'lost-turn-this-cycle', undefined],
      ['D', 'not-a-member', undefined],
      ['E', 'suspended', undefined],
      ['F', 'joined-during-cycle', undefined],
      ['G', 'next-in-circle', undefined],
    ]);
    expect(term.explanation.steps[0]!.group!.examples).toEqual([
      { member: 'A', name: 'Alpha' },
      { member: 'C', name: 'Charlie' },
    ]);
    expect(term.explanation.steps[1]!.message).toBe('Bravo is passed over: it gave up its turn in cycle 1 (2001)');
    expect(term.explanation.summary).toEqual({ passedOver: 6, heldThisCycle: 3 });
    expect(term.explanation.text.slice(3)).toEqual([
      '2 members are passed over: they have already held it in cycle 1 (Alpha, Charlie).',
      'Bravo is passed over: it gave up its turn in cycle 1 (2001).',
      'Delta is passed over: not a member on 2003-01-01.',
      'Echo is passed over: suspended on 2003-01-01.',
      'Foxtrot is passed over: it joined during cycle 1 and waits for the next cycle.',
      'Golf is next in the circle and has not held it in cycle 1.',
      "This is a summary: it names at most 6 members one by one; ask for explain: 'full' to list them all.",
      'Golf holds 2003.',
    ]);
  });

  it('keeps consecutive members of one reason together while the groups fit in maxExplainedMembers', () => {
    const term = next(everyReason(2), { maxExplainedMembers: 7 });
    expect(term.label).toBe('2005');
    expect(term.explanation.steps.map((step) => [step.member, step.reason, step.group?.count])).toEqual([
      ['A1', 'already-held-this-cycle', 2],
      ['B1', 'lost-turn-this-cycle', 2],
      ['C1', 'already-held-this-cycle', 2],
      ['D1', 'not-a-member', 2],
      ['E1', 'suspended', 2],
      ['F1', 'joined-during-cycle', 2],
      ['G', 'next-in-circle', undefined],
    ]);
    expect(term.explanation.text.slice(3)).toEqual([
      '2 members are passed over: they have already held it in cycle 1 (Alpha 1, Alpha 2).',
      '2 members are passed over: they gave up their turn in cycle 1 (Bravo 1, Bravo 2).',
      '2 members are passed over: they have already held it in cycle 1 (Charlie 1, Charlie 2).',
      '2 members are passed over: not members on 2005-01-01 (Delta 1, Delta 2).',
      '2 members are passed over: suspended on 2005-01-01 (Echo 1, Echo 2).',
      '2 members are passed over: they joined during cycle 1 and wait for the next cycle (Foxtrot 1, Foxtrot 2).',
      'Golf is next in the circle and has not held it in cycle 1.',
      "This is a summary: it names at most 7 members one by one; ask for explain: 'full' to list them all.",
      'Golf holds 2005.',
    ]);
  });

  it('never has more steps than maxExplainedMembers: past that, all the members of one reason go together', () => {
    const term = next(everyReason(2), { maxExplainedMembers: 6 });
    expect(term.explanation.steps.map((step) => [step.member, step.reason, step.group?.count])).toEqual([
      ['A1', 'already-held-this-cycle', 4],
      ['B1', 'lost-turn-this-cycle', 2],
      ['D1', 'not-a-member', 2],
      ['E1', 'suspended', 2],
      ['F1', 'joined-during-cycle', 2],
      ['G', 'next-in-circle', undefined],
    ]);
    expect(term.explanation.text[3]).toBe(
      '4 members are passed over: they have already held it in cycle 1 (Alpha 1, Alpha 2, Charlie 1, and 1 more).',
    );
  });

  it('groups in Spanish too', () => {
    const term = next(everyReason(2), { maxExplainedMembers: 6, language: 'es' });
    expect(term.explanation.text.slice(3, 8)).toEqual([
      'Se omiten 4 miembros: ya la ejercieron en el ciclo 1 (Alpha 1, Alpha 2, Charlie 1 y 1 más).',
      'Se omiten 2 miembros: renunciaron a su turno en el ciclo 1 (Bravo 1, Bravo 2).',
      'Se omiten 2 miembros: no son miembros el 2005-01-01 (Delta 1, Delta 2).',
      'Se omiten 2 miembros: están suspendidos el 2005-01-01 (Echo 1, Echo 2).',
      'Se omiten 2 miembros: se incorporaron durante el ciclo 1 y esperan al ciclo siguiente (Foxtrot 1, Foxtrot 2).',
    ]);
    expect(term.explanation.text.at(-2)).toBe(
      "Esto es un resumen: nombra uno por uno a 6 miembros como máximo; pida explain: 'full' para verlos todos.",
    );
  });

  it('says "member" in the singular when it names at most one', () => {
    const term = next(everyReason(1), { maxExplainedMembers: 1 });
    expect(term.explanation.steps.map((step) => [step.reason, step.group?.count])).toEqual([
      ['already-held-this-cycle', 2],
      ['lost-turn-this-cycle', undefined],
      ['not-a-member', undefined],
      ['suspended', undefined],
      ['joined-during-cycle', undefined],
      ['next-in-circle', undefined],
    ]);
    expect(term.explanation.heldThisCycle).toEqual([{ member: 'A', term: '2000' }]);
    expect(term.explanation.text.at(-2)).toBe(
      "This is a summary: it names at most 1 member one by one; ask for explain: 'full' to list them all.",
    );
  });
});

describe('explanation options', () => {
  it('holds full explanations of exactly maxFullExplanationEntries entries, and refuses one more', () => {
    // One step and two holders this cycle; an alphabetical rule names no member.
    const entries = (limit: number) =>
      createRotation(abc(), { explain: 'full', maxFullExplanationEntries: limit }).nextPresidency();
    expect(entries(3).explanation.steps).toHaveLength(1);
    expect(() => entries(2)).toThrow(MirpsRotationError);
    expect(() => entries(2)).toThrow('more than 2 entries');
  });

  it('counts the members a fixed order names towards maxFullExplanationEntries', () => {
    const fixed: RotationSetup = { ...abc(), order: { kind: 'explicit', members: ['A', 'B', 'C'] } };
    expect(createRotation(fixed, { explain: 'full', maxFullExplanationEntries: 6 }).nextPresidency().holder).toBe('C');
    expect(() => createRotation(fixed, { explain: 'full', maxFullExplanationEntries: 5 }).nextPresidency()).toThrow(
      MirpsRotationError,
    );
  });

  it('refuses a maxFullExplanationEntries that is not a whole number of at least 1, naming it', () => {
    try {
      createRotation(abc(), { maxFullExplanationEntries: 0 });
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(MirpsValidationError);
      expect((error as MirpsValidationError).issues).toEqual([
        {
          code: 'shape.out-of-range',
          path: ['options', 'maxFullExplanationEntries'],
          message: 'maxFullExplanationEntries is a whole number, at least 1; got the number 0',
        },
      ]);
    }
  });
});

describe('member names', () => {
  it('does not sort by a name in another language whose tag only begins the same', () => {
    // "fi" (Finnish) is not the base language of "fil" (Filipino).
    const setup: RotationSetup = {
      ...abc(),
      order: { kind: 'alphabetical', locale: 'en', nameLanguage: 'fil' },
      members: [
        { ...member('A'), names: { fil: 'Alpha' } },
        { ...member('B'), names: { fil: 'Bravo' } },
        { ...member('C'), names: { fi: 'Charlie' } },
      ],
    };
    try {
      createRotation(setup);
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(MirpsValidationError);
      expect((error as MirpsValidationError).issues.map((issue) => [issue.code, issue.path])).toEqual([
        ['rotation.missing-name', ['members', 2, 'names']],
      ]);
    }
  });

  it('sorts by the name in the base language of a regional tag', () => {
    const setup: RotationSetup = {
      ...abc(),
      order: { kind: 'alphabetical', locale: 'en', nameLanguage: 'es-419' },
      members: [
        { ...member('A'), names: { es: 'Zeta' } },
        { ...member('B'), names: { es: 'Beta' } },
        { ...member('C'), names: { es: 'Ce' } },
      ],
    };
    expect(createRotation(setup).circle).toEqual(['B', 'C', 'A']);
  });

  it('names members in Spanish answers by their English name before the name the order sorts by', () => {
    const setup: RotationSetup = {
      ...abc(),
      order: { kind: 'alphabetical', locale: 'en', nameLanguage: 'fr' },
      members: ['A', 'B', 'C'].map((id) => ({ ...member(id), names: { en: nameOf(id), fr: `${nameOf(id)} (fr)` } })),
    };
    expect(next(setup).holderName).toBe('Charlie (fr)');
    expect(next(setup, { language: 'es' }).holderName).toBe('Charlie');
  });
});

describe('formatCount', () => {
  it('writes counts with a comma between thousands', () => {
    expect([0, 999, 1_000, 12_345, 999_999, 1_234_567, 10_000_000].map(formatCount)).toEqual([
      '0',
      '999',
      '1,000',
      '12,345',
      '999,999',
      '1,234,567',
      '10,000,000',
    ]);
  });
});
