import { describe, expect, it } from 'vitest';
import {
  MirpsValidationError,
  checkRotation,
  createRotation,
  mirpsRotationSetup,
  nextPresidency,
  presidencyOfTerm,
  presidencyOn,
  projectPresidencies,
  type Presidency,
  type RotationMember,
  type RotationSetup,
  type RotationVerdict,
} from '@mirps/core';
import { englishRotationFragments } from '../../src/i18n/rotation-messages.js';

// Answers in Spanish: every text the engine writes comes from the Spanish catalogue, members are named in Spanish,
// and the data (names given in one language only, departure reasons) is shown as it is.

const fragments = englishRotationFragments();

/** Every text of an answer that the engine writes (not the data it repeats). */
function textsOf(answer: Presidency | RotationVerdict): string[] {
  const { explanation } = answer;
  return [
    ...('message' in answer ? [answer.message] : []),
    ...('holderName' in answer ? [answer.holderName, String(answer.handover.event)] : []),
    explanation.rule,
    ...explanation.text,
    ...explanation.steps.map((step) => step.message),
  ];
}

function expectNoEnglish(texts: readonly string[]): void {
  for (const text of texts) {
    const found = fragments.filter((fragment) => text.includes(fragment));
    expect(found, text).toEqual([]);
  }
}

describe('the MIRPS rotation in Spanish', () => {
  it('explains the next presidency in Spanish, naming the members by their Spanish names', () => {
    const next = nextPresidency({ language: 'es' });
    expect(next.label).toBe('2027');
    expect(next.holder).toBe('GT');
    expect(next.holderName).toBe('Guatemala');
    expect(next.handover.event).toBe('la Reunión Anual del MIRPS');
    expect(next.explanation.text).toEqual([
      'La Presidencia Pro Tempore del MIRPS rota en orden alfabético de los nombres de los miembros (es, sin distinguir tildes ni mayúsculas); cada miembro habilitado la ejerce una vez por ciclo: el siguiente titular es el primer miembro, después del titular saliente, que sea miembro, no esté suspendido y no la haya ejercido en el ciclo en curso.',
      'Titular saliente: El Salvador (2026).',
      'La han ejercido hasta ahora en el ciclo 2: El Salvador (2026).',
      'Guatemala es el siguiente en el orden de rotación y no la ha ejercido en el ciclo 2.',
      'A Guatemala le corresponde el mandato 2027.',
    ]);
    expect(next.explanation.steps[0]!.message).toBe('Guatemala es el siguiente en el orden de rotación y no la ha ejercido en el ciclo 2');
  });

  it('names Panamá, Belice and México in Spanish answers, and keeps English answers as they were', () => {
    expect(presidencyOn('2023-06-01', { language: 'es' }).holderName).toBe('Panamá');
    expect(presidencyOfTerm('2024', { language: 'es' }).holderName).toBe('Belice');
    expect(checkRotation(undefined, { language: 'es' })[0]!.message).toBe(
      '2019: México la ejerció antes del mecanismo de rotación (que asigna los mandatos desde 2021); el mandato cuenta para el primer ciclo.',
    );
    expect(nextPresidency({ language: 'en' })).toEqual(nextPresidency());
    expect(nextPresidency().explanation.text.at(-1)).toBe('Guatemala holds 2027.');
    expect(mirpsRotationSetup({ language: 'es' }).body).toBe('La Presidencia Pro Tempore del MIRPS');
  });

  it('writes no English in 20 projected terms or in the verdicts on the ledger', () => {
    const terms = projectPresidencies({ count: 20, language: 'es' });
    expect(terms).toHaveLength(20);
    expect(terms.some((term) => term.explanation.newCycle)).toBe(true);
    for (const term of terms) expectNoEnglish(textsOf(term));
    for (const verdict of checkRotation(undefined, { language: 'es' })) expectNoEnglish(textsOf(verdict));
  });

  it('refuses a language it does not write in, with a typed error', () => {
    for (const language of ['fr', 'ES', null, 1]) {
      expect(() => nextPresidency({ language } as never)).toThrow(MirpsValidationError);
    }
    try {
      createRotation(mirpsRotationSetup(), { language: 'pt' } as never);
      expect.unreachable();
    } catch (error) {
      expect((error as MirpsValidationError).issues).toEqual([
        { code: 'shape.invalid-value', path: ['options', 'language'], message: 'Expected one of "en", "es"; got the string "pt"' },
      ]);
    }
  });
});

/** Members that exercise every reason a member is passed over, in a fixed order; names in English only for some. */
function council(count: number): RotationSetup {
  const members: RotationMember[] = Array.from({ length: count }, (_, i) => ({
    id: `M${i}`,
    names: (i % 2 === 0 ? { en: `Member ${i}`, es: `Miembro ${i}` } : { en: `Member ${i}` }) as Record<string, string>,
    memberships: [{ from: i % 7 === 3 ? '2003-06' : '2000' }],
    ...(i % 5 === 4 ? { suspensions: [{ from: '2002', to: '2004' }] } : {}),
  }));
  members.push({ id: 'LATE', names: { en: 'Late', es: 'Tardío' }, memberships: [{ from: '2010' }] });
  for (let k = 0; k < 5; k++) members.push({ id: `S${k}`, names: { en: `Suspended ${k}` }, memberships: [{ from: '2000' }], suspensions: [{ from: '2000' }] });
  for (let k = 0; k < 5; k++) members.push({ id: `F${k}`, names: { es: `Futuro ${k}` }, memberships: [{ from: '2100' }] });
  return {
    members,
    order: { kind: 'explicit', members: members.map((member) => member.id) },
    strategy: 'once-per-cycle',
    termLength: 'year',
    mechanismFrom: '2001',
    policies: { lateJoiners: 'next-cycle' },
    ledger: [
      { label: '2000', holder: 'M0' },
      { label: '2001', holder: 'M1' },
      { label: '2002', holder: 'M6', departure: { kind: 'swap', reason: 'M2 y M6 intercambiaron sus turnos' } },
      { label: '2003', holder: 'M8' },
      { label: '2004', holder: 'M2', departure: { kind: 'forfeit', inPlaceOf: 'M5', reason: 'M5 renunció' } },
    ],
    overrides: [{ label: '2006', holder: 'M10', departure: { kind: 'joint', jointWith: ['M11'], reason: 'Presidencia compartida' } }],
  };
}

describe('the generic engine in Spanish', () => {
  it('gives every verdict in Spanish', () => {
    const verdicts = [
      ...createRotation(council(12), { language: 'es' }).checkRotation(),
      ...createRotation({ ...council(12), mechanismFrom: undefined }, { language: 'es' }).checkRotation(),
    ];
    expect(new Set(verdicts.map((verdict) => verdict.verdict))).toEqual(
      new Set(['before-mechanism', 'start-of-ledger', 'follows-rule', 'recorded-departure', 'unexplained-departure']),
    );
    expect(verdicts[2]!.message).toBe('2002: Miembro 6 la ejerce donde la regla designa a Miembro 2: un intercambio de turnos registrado (M2 y M6 intercambiaron sus turnos).');
    for (const verdict of verdicts) expectNoEnglish(textsOf(verdict));
  });

  it('writes no English in summaries of many members, or with every reason to pass a member over', () => {
    for (const [count, explain] of [[12, 'full'], [12, 'summary'], [400, 'summary']] as const) {
      const rotation = createRotation(council(count), { language: 'es', explain, maxExplainedMembers: 4 });
      const terms = rotation.projectPresidencies({ count: 20 });
      if (count === 400) expect(terms.some((term) => term.explanation.summary !== undefined)).toBe(true);
      if (count === 12 && explain === 'summary') expect(terms.some((term) => term.explanation.steps.some((step) => (step.group?.count ?? 0) > 1))).toBe(true);
      for (const term of terms) expectNoEnglish(textsOf(term));
      const reasons = new Set(terms.flatMap((term) => term.explanation.steps.map((step) => step.reason)));
      if (count === 12 && explain === 'full') expect([...reasons].sort()).toEqual(['already-held-this-cycle', 'joined-during-cycle', 'lost-turn-this-cycle', 'next-in-circle', 'not-a-member', 'suspended']);
    }
    const byDefault = createRotation({ ...council(12), body: undefined }, { language: 'es', maxExplainedMembers: 3 });
    expect(byDefault.nextPresidency().explanation.rule).toMatch(/^La presidencia rota en el orden fijo Miembro 0, Member 1, Miembro 2 y 20 más; /);
  });
});
