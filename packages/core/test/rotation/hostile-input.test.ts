import {
  checkRotation,
  createRotation,
  DEPARTURE_KINDS,
  EXPLANATION_DETAILS,
  MirpsRotationError,
  MirpsValidationError,
  mirpsRotationSetup,
  nextPresidency,
  presidencyOfTerm,
  presidencyOn,
  projectPresidencies,
  type RotationSetup,
  rotationSetupSchema,
  TERM_LENGTHS,
} from '@mirps/core';
import { describe, expect, it } from 'vitest';
import { alphaBravoCharlie, refusal } from './fixtures.js';

// Setups that pass validation must not break later, requests are checked before any work, and nothing the caller
// holds can change what a rotation answers.

/** Alpha, Bravo and Charlie, with only Alpha's 2000 term recorded. */
const base = (): RotationSetup => ({ ...alphaBravoCharlie(), ledger: [{ label: '2000', holder: 'A' }] });

describe('setups that used to pass validation and break later', () => {
  it('refuses a locale Intl.Collator rejects, as the JSON Schema pattern does', () => {
    for (const locale of ['en-x', 'de-1996-1996', 'i-klingon', 'x-private']) {
      const { error, issues } = refusal(() => createRotation({ ...base(), order: { kind: 'alphabetical', locale } }));
      expect(error).toBeInstanceOf(MirpsValidationError);
      expect(issues).toEqual([['shape.invalid-format', ['order', 'locale']]]);
    }
  });

  it('refuses a well-formed locale this runtime cannot collate in, rather than sort in the machine locale', () => {
    const { issues } = refusal(() =>
      createRotation({ ...base(), order: { kind: 'alphabetical', locale: 'zz', nameLanguage: 'en' } }),
    );
    expect(issues).toEqual([['rotation.invalid-locale', ['order', 'locale']]]);
  });

  it('collates in a locale with a Unicode extension', () => {
    const setup = base();
    setup.members[0]!.names = { es: 'Chile' };
    setup.members[1]!.names = { es: 'Colombia' };
    setup.members[2]!.names = { es: 'Cuba' };
    expect(createRotation({ ...setup, order: { kind: 'alphabetical', locale: 'es' } }).circle).toEqual(['A', 'B', 'C']);
    // Traditional Spanish collation sorts "ch" after "c".
    expect(createRotation({ ...setup, order: { kind: 'alphabetical', locale: 'es-u-co-trad' } }).circle).toEqual([
      'B',
      'C',
      'A',
    ]);
  });

  it('refuses a nameLanguage that names a property of every object', () => {
    for (const nameLanguage of ['__proto__', 'constructor', 'toString']) {
      const { issues } = refusal(() =>
        createRotation({ ...base(), order: { kind: 'alphabetical', locale: 'en', nameLanguage } }),
      );
      expect(issues).toEqual([['shape.invalid-format', ['order', 'nameLanguage']]]);
    }
  });

  it('refuses a __proto__, constructor or toString key in handovers and names, which zod would drop or read from the prototype', () => {
    for (const key of ['__proto__', 'constructor', 'toString', 'prototype']) {
      const handovers = JSON.parse(`{"${key}": "2000-12-05"}`) as Record<string, string>;
      expect(Object.keys(handovers)).toEqual([key]);
      expect(refusal(() => createRotation({ ...base(), handovers })).issues).toEqual([
        ['rotation.reserved-key', ['handovers', key]],
      ]);
      const named = base();
      named.members[0]!.names = JSON.parse(`{"en": "Alpha", "${key}": "Alpha"}`) as Record<string, string>;
      expect(refusal(() => createRotation(named)).issues).toEqual([
        ['rotation.reserved-key', ['members', 0, 'names', key]],
      ]);
      expect(rotationSetupSchema.safeParse({ ...base(), handovers }).success).toBe(false);
    }
  });

  it('reads names only from the record itself, so a polluted Object.prototype cannot name a member', () => {
    const setup = base();
    for (const member of setup.members) member.sortKey = member.names.en;
    const prototype = Object.prototype as Record<string, unknown>;
    Object.defineProperty(prototype, 'xx', { value: 'Polluted', enumerable: false, configurable: true });
    try {
      const rotation = createRotation({ ...setup, order: { kind: 'alphabetical', locale: 'en', nameLanguage: 'xx' } });
      expect(rotation.projectPresidencies({ count: 3 }).map((term) => term.holderName)).toEqual([
        'Bravo',
        'Charlie',
        'Alpha',
      ]);
    } finally {
      delete prototype.xx;
    }
  });
});

describe('days', () => {
  // Built in each test, not while the tests are collected: what a test runs is what it covers (StrykerJS counts on it).
  const rotation = () => createRotation(base());

  it('refuses a Date outside the years 0001–9999 instead of calling it "before the ledger"', () => {
    for (const date of [
      new Date(8.64e15),
      new Date(-8.64e15),
      new Date(Date.UTC(10_000, 0, 1)),
      new Date(-62_135_596_800_001),
    ]) {
      expect(refusal(() => rotation().presidencyOn(date)).issues).toEqual([['rotation.invalid-date', ['date']]]);
      expect(refusal(() => presidencyOn(date)).issues).toEqual([['rotation.invalid-date', ['date']]]);
    }
  });

  it('reads a Date of the first century as itself, in UTC', () => {
    const early = new Date(0);
    early.setUTCFullYear(1, 0, 1);
    expect(refusal(() => rotation().presidencyOn(early)).issues).toEqual([['rotation.before-ledger', ['date']]]);
    expect(refusal(() => rotation().presidencyOn(early)).error.message).toContain('0001-01-01');
  });

  it('refuses a bigint, null, a number, an object (one that looks like a Date too), a symbol, a string that is not a real day', () => {
    for (const date of [
      10n,
      null,
      undefined,
      20230101,
      {},
      [],
      Symbol('day'),
      '2023-02-29',
      '0000-06-01',
      '2023-1-1',
      ' 2023-01-01',
      new Proxy(new Date(), {}),
      { getTime: () => 0 },
    ]) {
      const { error, issues } = refusal(() => rotation().presidencyOn(date as never));
      expect(error).toBeInstanceOf(MirpsRotationError);
      expect(issues).toEqual([['rotation.invalid-date', ['date']]]);
    }
  });
});

describe('arguments', () => {
  const hostile = new Proxy(
    {},
    {
      get() {
        throw new Error('boom');
      },
      ownKeys() {
        throw new Error('boom');
      },
    },
  );
  const arguments_ = (fn: string, act: () => unknown): Array<[string, ReadonlyArray<string | number>]> => {
    const { error, issues } = refusal(act);
    expect(error).toBeInstanceOf(MirpsValidationError);
    expect((error as MirpsValidationError).document).toBe(`arguments of ${fn}`);
    return issues;
  };

  it('refuses null or a number as options, rather than reading the embedded data', () => {
    expect(arguments_('nextPresidency', () => nextPresidency(null as never))).toEqual([
      ['shape.invalid-type', ['options']],
    ]);
    expect(arguments_('mirpsRotationSetup', () => mirpsRotationSetup(null as never))).toEqual([
      ['shape.invalid-type', ['options']],
    ]);
    expect(arguments_('presidencyOn', () => presidencyOn('2023-01-01', 5 as never))).toEqual([
      ['shape.invalid-type', ['options']],
    ]);
    expect(arguments_('checkRotation', () => checkRotation(undefined, 'x' as never))).toEqual([
      ['shape.invalid-type', ['options']],
    ]);
    expect(arguments_('presidencyOfTerm', () => presidencyOfTerm('2024', [] as never))).toEqual([
      ['shape.invalid-type', ['options']],
    ]);
    expect(arguments_('projectPresidencies', () => projectPresidencies(null as never))).toEqual([
      ['shape.invalid-type', ['request']],
    ]);
  });

  it('refuses handovers and policies that are not objects, instead of ignoring them', () => {
    expect(refusal(() => nextPresidency({ handovers: 5 } as never)).issues).toEqual([
      ['shape.invalid-type', ['handovers']],
    ]);
    expect(refusal(() => nextPresidency({ policies: 'next-cycle' } as never)).issues).toEqual([
      ['shape.invalid-type', ['policies']],
    ]);
    // mirpsRotationSetup returns only a setup it could rotate: its handovers and policies are checked as the setup's.
    const { error, issues } = refusal(() =>
      mirpsRotationSetup({
        handovers: JSON.parse('{"2024": "soon", "__proto__": "2023-12-05"}') as Record<string, string>,
      }),
    );
    expect((error as MirpsValidationError).document).toBe('RotationSetup');
    expect(issues).toEqual([['rotation.reserved-key', ['handovers', '__proto__']]]);
    expect(refusal(() => mirpsRotationSetup({ handovers: { '2024': 'soon' } })).issues).toEqual([
      ['shape.invalid-format', ['handovers', '2024']],
    ]);
  });

  it('refuses counts, labels and ledgers it cannot use', () => {
    expect(refusal(() => projectPresidencies({ count: 1e9 })).issues).toEqual([
      ['rotation.count-out-of-range', ['count']],
    ]);
    expect(refusal(() => projectPresidencies({ count: '5' } as never)).issues).toEqual([
      ['rotation.count-out-of-range', ['count']],
    ]);
    expect(refusal(() => projectPresidencies({ through: 2030 } as never)).issues).toEqual([
      ['rotation.invalid-label', ['through']],
    ]);
    expect(refusal(() => presidencyOfTerm(5 as never)).issues).toEqual([['rotation.invalid-label', ['label']]]);
    expect(refusal(() => presidencyOfTerm('2018')).issues).toEqual([['rotation.before-ledger', ['label']]]);
    expect(refusal(() => checkRotation(5 as never)).issues).toEqual([['shape.invalid-type', []]]);
    expect(refusal(() => createRotation(base()).checkRotation(5 as never)).issues).toEqual([
      ['shape.invalid-type', ['ledger']],
    ]);
    expect(refusal(() => createRotation(base()).projectPresidencies(null as never)).issues).toEqual([
      ['shape.invalid-type', ['request']],
    ]);
  });

  it('turns a getter or a Proxy that throws into shape.unreadable, wherever it is', () => {
    expect(refusal(() => createRotation(null as never)).issues).toEqual([['shape.invalid-type', []]]);
    expect(refusal(() => createRotation(hostile as never)).issues.map(([code]) => code)).toEqual(['shape.unreadable']);
    const setup = base();
    Object.defineProperty(setup.members[1]!, 'names', {
      enumerable: true,
      get() {
        throw new TypeError('no names today');
      },
    });
    expect(refusal(() => createRotation(setup)).issues).toEqual([['shape.unreadable', ['members', 1, 'names']]]);
    expect(arguments_('createRotation', () => createRotation(base(), hostile as never)).map(([code]) => code)).toEqual([
      'shape.unreadable',
    ]);
    expect(
      arguments_('projectPresidencies', () => createRotation(base()).projectPresidencies(hostile as never)).map(
        ([code]) => code,
      ),
    ).toEqual(['shape.unreadable']);
    expect(arguments_('nextPresidency', () => nextPresidency(hostile as never)).map(([code]) => code)).toEqual([
      'shape.unreadable',
    ]);
    expect(
      arguments_('projectPresidencies', () => projectPresidencies(hostile as never)).map(([code]) => code),
    ).toEqual(['shape.unreadable']);
    expect(refusal(() => nextPresidency({ reference: hostile } as never)).issues.map(([code]) => code)).toEqual([
      'shape.unreadable',
    ]);
  });
});

describe('shared state', () => {
  it('keeps a frozen deep copy of the setup: emptying rotation.setup or the object passed in changes nothing', () => {
    const setup = base();
    const rotation = createRotation(setup);
    const before = JSON.stringify(rotation.checkRotation());
    expect(
      Object.isFrozen(rotation.setup) &&
        Object.isFrozen(rotation.setup.members) &&
        Object.isFrozen(rotation.setup.members[0]!.names),
    ).toBe(true);
    expect(() => {
      (rotation.setup.members as unknown[]).length = 0;
    }).toThrow(TypeError);
    expect(() => {
      (rotation.circle as string[]).reverse();
    }).toThrow(TypeError);
    setup.members.length = 0;
    setup.ledger[0]!.holder = 'Z';
    expect(rotation.setup.members).toHaveLength(3);
    expect(JSON.stringify(rotation.checkRotation())).toBe(before);
    expect(rotation.checkRotation([{ label: '2000', holder: 'B' }])[0]!.holder).toBe('B');
  });

  it('gives fresh answers: changing one answer changes no later one', () => {
    const setup = base();
    setup.ledger.push({
      label: '2001',
      holder: 'C',
      departure: { kind: 'joint', jointWith: ['B'], reason: 'Together' },
    });
    const rotation = createRotation(setup);
    const first = rotation.checkRotation();
    const copy = JSON.stringify(first);
    (first[1]!.explanation.steps as unknown[]).length = 0;
    first[1]!.departure!.jointWith!.length = 0;
    (first[1]!.explanation.text as string[]).push('tampered');
    expect(JSON.stringify(rotation.checkRotation())).toBe(copy);
    const term = rotation.presidencyOfTerm('2001');
    term.departure!.jointWith!.push('A');
    expect(rotation.presidencyOfTerm('2001').departure!.jointWith).toEqual(['B']);
  });

  it('does not change the options or requests given', () => {
    const handovers = { '2024': '2023-12-05' };
    const request = { count: 2, handovers };
    projectPresidencies(request);
    expect(request).toEqual({ count: 2, handovers: { '2024': '2023-12-05' } });
    const options = { handovers: { ...handovers }, policies: { lateJoiners: 'next-cycle' as const } };
    const setup = mirpsRotationSetup(options);
    (setup.handovers as Record<string, string>)['2025'] = '2024-12-01';
    expect(options.handovers).toEqual({ '2024': '2023-12-05' });
  });

  it('freezes the exported lists', () => {
    for (const list of [TERM_LENGTHS, DEPARTURE_KINDS, EXPLANATION_DETAILS]) {
      expect(Object.isFrozen(list)).toBe(true);
      expect(() => (list as unknown as string[]).push('x')).toThrow(TypeError);
    }
  });
});
