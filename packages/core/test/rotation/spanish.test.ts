import {
  checkRotation,
  createRotation,
  formatIssues,
  MirpsError,
  MirpsRotationError,
  MirpsValidationError,
  mirpsRotationSetup,
  nextPresidency,
  type Presidency,
  presidencyOfTerm,
  presidencyOn,
  projectPresidencies,
  type RotationMember,
  type RotationSetup,
  type RotationVerdict,
} from '@mirps/core';
import { describe, expect, it } from 'vitest';
import { englishRotationFragments, ROTATION_MESSAGES } from '../../src/i18n/rotation-messages.js';
import { ENGLISH_FRAGMENTS } from '../english-fragments.js';

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
    expect(next.explanation.steps[0]!.message).toBe(
      'Guatemala es el siguiente en el orden de rotación y no la ha ejercido en el ciclo 2',
    );
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
        {
          code: 'shape.invalid-value',
          path: ['options', 'language'],
          message: 'Expected one of "en", "es"; got the string "pt"',
        },
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
  for (let k = 0; k < 5; k++)
    members.push({
      id: `S${k}`,
      names: { en: `Suspended ${k}` },
      memberships: [{ from: '2000' }],
      suspensions: [{ from: '2000' }],
    });
  for (let k = 0; k < 5; k++)
    members.push({ id: `F${k}`, names: { es: `Futuro ${k}` }, memberships: [{ from: '2100' }] });
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
    overrides: [
      {
        label: '2006',
        holder: 'M10',
        departure: { kind: 'joint', jointWith: ['M11'], reason: 'Presidencia compartida' },
      },
    ],
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
    expect(verdicts[2]!.message).toBe(
      '2002: Miembro 6 la ejerce donde la regla designa a Miembro 2: un intercambio de turnos registrado (M2 y M6 intercambiaron sus turnos).',
    );
    for (const verdict of verdicts) expectNoEnglish(textsOf(verdict));
  });

  it('writes no English in summaries of many members, or with every reason to pass a member over', () => {
    for (const [count, explain] of [
      [12, 'full'],
      [12, 'summary'],
      [400, 'summary'],
    ] as const) {
      const rotation = createRotation(council(count), { language: 'es', explain, maxExplainedMembers: 4 });
      const terms = rotation.projectPresidencies({ count: 20 });
      if (count === 400) expect(terms.some((term) => term.explanation.summary !== undefined)).toBe(true);
      if (count === 12 && explain === 'summary')
        expect(terms.some((term) => term.explanation.steps.some((step) => (step.group?.count ?? 0) > 1))).toBe(true);
      for (const term of terms) expectNoEnglish(textsOf(term));
      const reasons = new Set(terms.flatMap((term) => term.explanation.steps.map((step) => step.reason)));
      if (count === 12 && explain === 'full')
        expect([...reasons].sort()).toEqual([
          'already-held-this-cycle',
          'joined-during-cycle',
          'lost-turn-this-cycle',
          'next-in-circle',
          'not-a-member',
          'suspended',
        ]);
    }
    const byDefault = createRotation({ ...council(12), body: undefined }, { language: 'es', maxExplainedMembers: 3 });
    expect(byDefault.nextPresidency().explanation.rule).toMatch(
      /^La presidencia rota en el orden fijo Miembro 0, Member 1, Miembro 2 y 20 más; /,
    );
  });
});

// Refusals in Spanish: every `MirpsRotationError`, every issue of a setup that breaks the rules, and every option
// refused once the language is known, with the same codes and paths as in English and no English words of either
// catalogue outside the values they quote; English refusals stay as they were.

const englishWords = ENGLISH_FRAGMENTS;
/** The English fragments in a text, outside the values it quotes (a caller's label, a member's id). */
const englishIn = (text: string): string[] => {
  const words = text.replace(/"(?:[^"\\]|\\.)*"/g, '""');
  return englishWords.filter((fragment) => words.includes(fragment));
};

/** The error a call throws. */
function thrown(run: () => unknown): MirpsError {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(MirpsError);
    return error as MirpsError;
  }
  throw new Error('expected the call to throw');
}

/** One request refused in both languages: the same class, document, codes and paths; Spanish words only in Spanish. */
function refusedInBoth(run: (language: 'en' | 'es') => unknown): { en: MirpsError; es: MirpsError } {
  const en = thrown(() => run('en'));
  const es = thrown(() => run('es'));
  expect(es.constructor).toBe(en.constructor);
  expect((es as MirpsValidationError).document).toBe((en as MirpsValidationError).document);
  expect(es.issues.map(({ code, path }) => ({ code, path }))).toEqual(
    en.issues.map(({ code, path }) => ({ code, path })),
  );
  for (const [i, issue] of es.issues.entries()) expect(issue.message).not.toBe(en.issues[i]!.message);
  for (const issue of es.issues) expect(englishIn(issue.message), issue.message).toEqual([]);
  expect(englishIn(es.message), es.message).toEqual([]);
  return { en, es };
}

const small = (): RotationSetup => ({
  members: [
    { id: 'A', names: { en: 'Alpha', es: 'Alfa' }, memberships: [{ from: '2000' }] },
    { id: 'B', names: { en: 'Bravo' }, memberships: [{ from: '2000' }] },
    { id: 'C', names: { en: 'Charlie' }, memberships: [{ from: '2000' }], suspensions: [{ from: '2003' }] },
  ],
  order: { kind: 'alphabetical', locale: 'en' },
  strategy: 'once-per-cycle',
  termLength: 'year',
  ledger: [
    { label: '2000', holder: 'A' },
    { label: '2001', holder: 'B' },
  ],
});

describe('rotation refusals in Spanish', () => {
  it("refuses each request the engine cannot answer in the call's language (MirpsRotationError)", () => {
    const cases: Array<[string, (language: 'en' | 'es') => unknown]> = [
      ['count and through', (language) => projectPresidencies({ count: 2, through: '2030', language } as never)],
      ['count 0', (language) => projectPresidencies({ count: 0, language })],
      ['count not a number', (language) => projectPresidencies({ count: 'three', language } as never)],
      ['label not a year', (language) => projectPresidencies({ through: '2030-H1', language })],
      ['term label not a year', (language) => presidencyOfTerm('dos mil', { language })],
      ['term before the ledger', (language) => presidencyOfTerm('2010', { language })],
      ['day before the ledger', (language) => presidencyOn('2010-05-01', { language })],
      ['not a day', (language) => presidencyOn('2023-02-30', { language })],
      ['invalid Date', (language) => presidencyOn(new Date(Number.NaN), { language })],
      ['Date out of range', (language) => presidencyOn(new Date(8.64e15), { language })],
      [
        'past 9999',
        (language) =>
          createRotation({ ...small(), ledger: [{ label: '9998', holder: 'A' }] }, { language }).projectPresidencies({
            count: 5,
          }),
      ],
      [
        'nobody eligible',
        (language) =>
          createRotation(
            { ...small(), members: small().members.map((m) => ({ ...m, suspensions: [{ from: '2002' }] })) },
            { language },
          ).nextPresidency(),
      ],
      [
        'explanation too large',
        (language) => projectPresidencies({ count: 40, explain: 'full', maxFullExplanationEntries: 20, language }),
      ],
    ];
    const codes = new Set<string>();
    for (const [name, run] of cases) {
      const { en, es } = refusedInBoth(run);
      expect(es, name).toBeInstanceOf(MirpsRotationError);
      expect(es.message, name).toBe(formatIssues(es.issues, { language: 'es' }));
      expect(en.message, name).toBe(formatIssues(en.issues));
      for (const issue of es.issues) codes.add(issue.code);
    }
    expect([...codes].sort()).toEqual([
      'rotation.before-ledger',
      'rotation.count-out-of-range',
      'rotation.explanation-too-large',
      'rotation.invalid-date',
      'rotation.invalid-label',
      'rotation.no-eligible-member',
    ]);
    expect(thrown(() => projectPresidencies({ count: 0, language: 'es' })).issues[0]!.message).toBe(
      'Una proyección da de 1 a 10000 mandatos después del último del registro (2026); se pidieron 0',
    );
    expect(thrown(() => presidencyOn('2023-02-30', { language: 'es' })).issues[0]!.message).toBe(
      'Se esperaba un día de los años 0001–9999 escrito como "AAAA-MM-DD", o un objeto Date; se recibió el texto "2023-02-30"',
    );
    expect(thrown(() => presidencyOfTerm('dos mil', { language: 'es' })).issues[0]!.message).toBe(
      'Se esperaba la etiqueta de un mandato anual, como "2024"; se recibió el texto "dos mil"',
    );
    // English refusals are unchanged.
    expect(thrown(() => projectPresidencies({ count: 0 })).issues[0]!.message).toBe(
      "A projection gives 1 to 10000 terms after the ledger's last (2026); this asks for 0",
    );
    expect(thrown(() => presidencyOn('2010-05-01')).issues[0]!.message).toMatch(
      /^2010-05-01 is before the ledger's first term \(2019, from /,
    );
  });

  it("refuses a setup that breaks the rules in the options' language, with the same codes and paths", () => {
    const explicit: RotationSetup = {
      ...small(),
      members: [
        ...small().members,
        { id: 'A', names: { en: 'Again' }, memberships: [{ from: '2005' }, { from: '2004', to: '2003' }] },
      ],
      order: { kind: 'explicit', members: ['A', 'B', 'B', 'Z'] },
      ledger: [
        { label: '2000', holder: 'A' },
        { label: '2001', holder: 'Y', departure: { kind: 'forfeit', reason: 'Renunció' } },
        { label: '2003', holder: 'B' },
        { label: '2003', holder: 'A' },
        { label: '2002', holder: 'B' },
        { label: 'dos mil', holder: 'B' },
      ],
      overrides: [
        { label: '2001', holder: 'B', departure: { kind: 'declined', reason: 'Declinó' } },
        { label: '2030', holder: 'B', departure: { kind: 'swap', reason: 'Intercambio' } },
        { label: '2030', holder: 'B', departure: { kind: 'swap', reason: 'Intercambio' } },
      ],
    };
    const { en, es } = refusedInBoth((language) => createRotation(explicit, { language }));
    expect(es).toBeInstanceOf(MirpsValidationError);
    const codes = new Set(es.issues.map((issue) => issue.code));
    for (const code of [
      'ref.duplicate-id',
      'rotation.unknown-member',
      'rotation.order-mismatch',
      'rotation.departure-needs-member',
      'rotation.ledger-gap',
      'rotation.invalid-label',
      'rotation.override-conflict',
      'presidency.terms-overlap',
      'dates.out-of-order',
      'dates.range-reversed',
    ]) {
      expect(codes, code).toContain(code);
    }
    const count = es.issues.length;
    expect(
      es.message.startsWith(
        `RotationSetup no válido: ${count} problemas\n- members[3].id: Miembro duplicado "A": ya figura en members[0].id (ref.duplicate-id)`,
      ),
    ).toBe(true);
    expect(
      en.message.startsWith(
        `Invalid RotationSetup: ${count} issues\n- members[3].id: Duplicate member "A": already used at members[0].id (ref.duplicate-id)`,
      ),
    ).toBe(true);

    const alphabetical: RotationSetup = {
      ...small(),
      members: [...small().members, { id: 'D', names: { es: 'Delta' }, memberships: [{ from: '2001' }] }],
      order: { kind: 'alphabetical', locale: 'zz', nameLanguage: 'en' },
      ledger: [{ label: '2000', holder: 'D' }],
      handovers: JSON.parse('{"constructor": "2001-01-01", "__proto__": "2001-01-02"}') as Record<string, string>,
    };
    refusedInBoth((language) => createRotation(alphabetical, { language }));
    const shape = { ...alphabetical, order: { kind: 'alphabetical' as const, locale: 'en' } };
    const reserved = refusedInBoth((language) => createRotation(shape, { language }));
    expect(reserved.es.issues.map((issue) => issue.code)).toContain('rotation.reserved-key');
    const rules = { ...alphabetical, handovers: undefined };
    const { es: byRules } = refusedInBoth((language) => createRotation(rules, { language }));
    expect(byRules.issues.map((issue) => issue.code).sort()).toEqual([
      'presidency.holder-not-member',
      'rotation.invalid-locale',
      'rotation.missing-name',
    ]);
    expect(byRules.issues.find((issue) => issue.code === 'rotation.missing-name')!.message).toBe(
      'D no tiene nombre en "en" ni sortKey, así que no se puede situar en el orden alfabético',
    );
    // The MIRPS options' own parts, and a ledger checked by checkRotation, are validated in the call's language too.
    refusedInBoth((language) => nextPresidency({ handovers: { '2027': '2027-02-30' }, language }));
    refusedInBoth((language) => createRotation(small(), { language }).checkRotation([{ label: '2000', holder: 'Z' }]));
  });

  it("refuses options and requests in the call's language once it is known", () => {
    const { es } = refusedInBoth((language) =>
      createRotation(small(), { language, explain: 'most', maxExplainedMembers: 0 } as never),
    );
    expect(es.message).toBe(
      [
        'Argumentos no válidos de createRotation: 2 problemas',
        '- options.explain: Se esperaba uno de estos valores: "summary", "full"; se recibió el texto "most" (shape.invalid-value)',
        '- options.maxExplainedMembers: maxExplainedMembers es un número entero, como mínimo 1; se recibió el número 0 (shape.out-of-range)',
      ].join('\n'),
    );
    refusedInBoth((language) => nextPresidency({ language, maxFullExplanationEntries: 2.5 }));
    refusedInBoth((language) => createRotation(small(), { language }).projectPresidencies(null as never));
    const unreadable = refusedInBoth((language) =>
      createRotation(small(), { language }).projectPresidencies({
        get count(): number {
          throw new Error('no');
        },
      } as never),
    );
    expect(unreadable.es.issues[0]).toMatchObject({ code: 'shape.unreadable', path: ['request', 'count'] });
    expect(unreadable.es.issues[0]!.message).toMatch(/^Al leer este valor se produjo un error/);
    // A language it does not write in is still refused in English: there is no other language to use.
    expect(thrown(() => createRotation(small(), { language: 'pt', explain: 'most' } as never)).message).toMatch(
      /^Invalid arguments of createRotation: 2 issues\n/,
    );
  });

  it('has the same keys in both halves of the rotation catalogue, and a different text for each refusal', () => {
    const text = (entry: unknown): string =>
      typeof entry === 'function'
        ? String((entry as (...args: string[]) => unknown)('year', '⟨1⟩', '⟨2⟩', '⟨3⟩'))
        : String(entry);
    for (const part of ['refusals', 'setup'] as const) {
      expect(Object.keys(ROTATION_MESSAGES.es[part])).toEqual(Object.keys(ROTATION_MESSAGES.en[part]));
      for (const [key, english] of Object.entries(ROTATION_MESSAGES.en[part])) {
        expect(text((ROTATION_MESSAGES.es[part] as Record<string, unknown>)[key]), key).not.toBe(text(english));
      }
    }
  });
});
