import {
  checkRotation,
  createRotation,
  DEFAULT_MAX_EXPLAINED_MEMBERS,
  MirpsRotationError,
  MirpsValidationError,
  mirpsRotationSetup,
  nextPresidency,
  presidencyOfTerm,
  presidencyOn,
  projectPresidencies,
  type RecordedTerm,
  type Rotation,
  type RotationMember,
  type RotationSetup,
  type TermLength,
} from '@mirps/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

// Random setups (valid ones, and ones broken on purpose: hostile names, reserved keys, bad locales, junk where data
// belongs, getters and Proxies that throw), random requests and bad arguments, through createRotation and its
// operations and the MIRPS functions. Whatever comes in: only MIRPS errors come out, `shape.unreadable` only for
// input that really cannot be read, nothing the caller passed is changed, and a projection's JSON grows with the
// number of terms (times the longest text of the setup), never with the number of members.

/** The keys that name a property of every JavaScript object. */
const RESERVED = ['__proto__', 'constructor', 'toString', 'prototype', 'valueOf', 'hasOwnProperty'];

/** Text a name, a reason or a body may hold: mostly plain, sometimes hostile to every format. */
const HOSTILE_TEXT = [
  '</svg><script>alert(1)</script>',
  'x'.repeat(10_000),
  '🙂'.repeat(50),
  '"quoted" & <b>',
  '&lt;&amp;',
  '# Heading | cell',
];
const BREAKING_TEXT = ['Line\r\nbreak', 'nul\u0000byte', 'tab\there', 'sep\u2028arator', 'new\nline', '   ', ''];
const text = fc.oneof(
  { weight: 12, arbitrary: fc.stringMatching(/^[A-Z][a-z]{1,6}$/) },
  { weight: 2, arbitrary: fc.constantFrom(...HOSTILE_TEXT) },
  { weight: 1, arbitrary: fc.constantFrom(...BREAKING_TEXT) },
  { weight: 1, arbitrary: fc.string({ maxLength: 12 }) },
);

/** Junk where a value belongs. */
const JUNK: unknown[] = [
  null,
  5,
  -1,
  2.5,
  Number.NaN,
  'x',
  '',
  true,
  [],
  {},
  ['x'],
  { colour: 'blue' },
  '2023-02-30',
  '__proto__',
];
const junk = fc.constantFrom(...JUNK);

/** A value whose reading throws: a Proxy that throws on every trap, or an object with a throwing getter. */
function hostileValue(kind: 'proxy' | 'getter', key = 'count'): object {
  if (kind === 'proxy') {
    const boom = (): never => {
      throw new Error('boom');
    };
    return new Proxy({}, { get: boom, ownKeys: boom, getOwnPropertyDescriptor: boom, has: boom, getPrototypeOf: boom });
  }
  const value = {};
  Object.defineProperty(value, key, {
    enumerable: true,
    get() {
      throw new RangeError('boom');
    },
  });
  return value;
}

function labelAt(length: TermLength, offset: number): string {
  if (length === 'year') return String(2000 + offset);
  if (length === 'half-year') return `${2000 + Math.floor(offset / 2)}-H${(offset % 2) + 1}`;
  return `${2000 + Math.floor(offset / 12)}-${String((offset % 12) + 1).padStart(2, '0')}`;
}

/** A plain JSON object with the given own keys, `__proto__` among them if asked (as JSON.parse makes it). */
function record(entries: ReadonlyArray<readonly [string, unknown]>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of entries)
    Object.defineProperty(out, key, { value, enumerable: true, writable: true, configurable: true });
  return out;
}

interface Case {
  /** The setup as given (possibly broken, possibly hostile). */
  readonly setup: unknown;
  /** True when some part of the setup throws when read. */
  readonly hostile: boolean;
}

/** A setup that is valid by construction, mostly; the holders of the ledger are random, so some are not members. */
const validSetup = fc
  .record({
    count: fc.oneof(
      { weight: 8, arbitrary: fc.integer({ min: 1, max: 10 }) },
      { weight: 1, arbitrary: fc.integer({ min: 60, max: 400 }) },
    ),
    names: fc.array(text, { minLength: 1, maxLength: 10 }),
    joins: fc.array(
      fc.oneof(
        { weight: 4, arbitrary: fc.integer({ min: 1990, max: 2000 }) },
        { weight: 1, arbitrary: fc.integer({ min: 2001, max: 2010 }) },
      ),
      { minLength: 10, maxLength: 10 },
    ),
    leaves: fc.array(fc.option(fc.integer({ min: 2001, max: 2040 }), { nil: undefined }), {
      minLength: 10,
      maxLength: 10,
    }),
    suspended: fc.array(
      fc.option(fc.tuple(fc.integer({ min: 1995, max: 2040 }), fc.integer({ min: 0, max: 5 })), { nil: undefined }),
      { minLength: 10, maxLength: 10 },
    ),
    crowdSuspended: fc.boolean(),
    explicit: fc.boolean(),
    shuffle: fc.integer({ min: 0, max: 1_000 }),
    locale: fc.constantFrom('en', 'es', 'en-GB', 'es-u-co-trad'),
    strategy: fc.constantFrom('once-per-cycle' as const, 'successor' as const),
    termLength: fc.constantFrom<TermLength>('year', 'half-year', 'month'),
    ledger: fc.array(
      fc.record({
        holder: fc.nat(),
        departure: fc.option(
          fc.record({
            kind: fc.constantFrom('election', 'swap', 'forfeit', 'declined', 'joint', 'other'),
            inPlaceOf: fc.nat(),
            jointWith: fc.nat(),
            reason: text,
          }),
          { nil: undefined },
        ),
      }),
      { minLength: 1, maxLength: 4 },
    ),
    overrides: fc.array(
      fc.record({
        offset: fc.integer({ min: 1, max: 30 }),
        holder: fc.nat(),
        kind: fc.constantFrom('election', 'swap', 'forfeit', 'declined', 'joint'),
        reason: text,
      }),
      { maxLength: 2 },
    ),
    handovers: fc.array(fc.tuple(fc.integer({ min: 1, max: 30 }), fc.integer({ min: 1, max: 28 })), { maxLength: 2 }),
    body: fc.option(text, { nil: undefined }),
    handoverEvent: fc.option(text, { nil: undefined }),
    lateJoiners: fc.constantFrom('current-cycle' as const, 'next-cycle' as const),
    declined: fc.constantFrom('loses-turn' as const, 'defers-turn' as const),
    mechanism: fc.boolean(),
  })
  .map((spec): RotationSetup => {
    const ids = Array.from({ length: spec.count }, (_, i) => `M${i}`);
    const members: RotationMember[] = ids.map((id, i) => {
      const small = i < 10;
      const join = small && i > 0 ? spec.joins[i]! : 1990;
      const leave = i === 0 || !small ? undefined : spec.leaves[i];
      let suspension: readonly [number, number] | undefined;
      if (small) suspension = i === 0 ? undefined : spec.suspended[i];
      else if (spec.crowdSuspended) suspension = [1990, 60];
      return {
        id,
        names: { en: small ? spec.names[i % spec.names.length]! : `Member ${i}`, es: `Miembro ${i}` },
        memberships: [{ from: String(join), ...(leave === undefined || leave < join ? {} : { to: String(leave) }) }],
        ...(suspension === undefined
          ? {}
          : { suspensions: [{ from: String(suspension[0]), to: String(suspension[0] + suspension[1]) }] }),
      };
    });
    const pick = (n: number): string => ids[n % ids.length]!;
    const length = spec.termLength;
    const ledger: RecordedTerm[] = spec.ledger.map((term, k) => ({
      label: labelAt(length, k),
      holder: k === 0 ? 'M0' : pick(term.holder),
      ...(term.departure === undefined
        ? {}
        : {
            departure: {
              kind: term.departure.kind as 'election',
              reason: term.departure.reason,
              ...(term.departure.kind === 'forfeit' ||
              term.departure.kind === 'declined' ||
              term.departure.kind === 'swap'
                ? { inPlaceOf: pick(term.departure.inPlaceOf) }
                : {}),
              ...(term.departure.kind === 'joint' ? { jointWith: [pick(term.departure.jointWith)] } : {}),
            },
          }),
    }));
    const order = [...ids].sort(
      (a, b) =>
        ((a.length * 31 + a.charCodeAt(a.length - 1) * spec.shuffle) % 97) -
          ((b.length * 31 + b.charCodeAt(b.length - 1) * spec.shuffle) % 97) || (a < b ? -1 : 1),
    );
    return {
      ...(spec.body === undefined ? {} : { body: spec.body }),
      members,
      order: spec.explicit
        ? { kind: 'explicit', members: order }
        : {
            kind: 'alphabetical',
            locale: spec.locale,
            ...(spec.locale.startsWith('es') ? {} : { nameLanguage: 'en' }),
          },
      strategy: spec.strategy,
      termLength: length,
      ledger,
      ...(spec.mechanism && ledger.length > 1 ? { mechanismFrom: ledger[1]!.label } : {}),
      overrides: spec.overrides.map((o) => ({
        label: labelAt(length, ledger.length - 1 + o.offset),
        holder: pick(o.holder),
        departure: {
          kind: o.kind as 'election',
          reason: o.reason,
          ...(o.kind === 'forfeit' || o.kind === 'declined' ? { inPlaceOf: pick(o.holder + 1) } : {}),
        },
      })),
      handovers: Object.fromEntries(
        spec.handovers.map(([offset, day]) => {
          const label = labelAt(length, ledger.length - 1 + offset);
          return [label, `${label.slice(0, 4)}-01-${String(day).padStart(2, '0')}`];
        }),
      ),
      ...(spec.handoverEvent === undefined ? {} : { handoverEvent: spec.handoverEvent }),
      policies: { lateJoiners: spec.lateJoiners, declined: spec.declined },
    };
  });

/** Ways to break a setup: each takes a fresh copy and returns what to pass, and whether reading it throws. */
const BREAKS: Record<string, (setup: RotationSetup, pick: number, value: unknown) => Case> = {
  'reserved key in handovers': (setup, pick) => ({
    setup: { ...setup, handovers: record([[RESERVED[pick % RESERVED.length]!, '2001-01-01']]) },
    hostile: false,
  }),
  'reserved key in names': (setup, pick) => {
    const member = setup.members[pick % setup.members.length]!;
    (member as { names: unknown }).names = record([
      ['en', 'Name'],
      [RESERVED[pick % RESERVED.length]!, 'Other'],
    ]);
    return { setup, hostile: false };
  },
  'bad locale': (setup, pick) => ({
    setup: {
      ...setup,
      order: {
        kind: 'alphabetical',
        locale: ['en-x', 'zz', 'de-1996-1996', '__proto__', 'EN', 'x-private', 'root', 'toString'][pick % 8]!,
        nameLanguage: 'en',
      },
    },
    hostile: false,
  }),
  'bad nameLanguage': (setup, pick) => ({
    setup: { ...setup, order: { kind: 'alphabetical', locale: 'en', nameLanguage: RESERVED[pick % RESERVED.length]! } },
    hostile: false,
  }),
  'junk in a field': (setup, pick, value) => {
    const keys = Object.keys(setup);
    return { setup: { ...setup, [keys[pick % keys.length]!]: value }, hostile: false };
  },
  'junk in a member': (setup, pick, value) => {
    const member = setup.members[pick % setup.members.length]! as unknown as Record<string, unknown>;
    const keys = ['id', 'names', 'sortKey', 'memberships', 'suspensions'];
    member[keys[pick % keys.length]!] = value;
    return { setup, hostile: false };
  },
  'junk in a term': (setup, pick, value) => {
    const term = setup.ledger[pick % setup.ledger.length]! as unknown as Record<string, unknown>;
    term[['label', 'holder', 'handover', 'departure'][pick % 4]!] = value;
    return { setup, hostile: false };
  },
  'nothing at all': (_setup, pick, value) => ({ setup: [undefined, value, 'setup', 42][pick % 4], hostile: false }),
  'a Proxy that throws': (setup, pick) => {
    if (pick % 2 === 0) return { setup: hostileValue('proxy'), hostile: true };
    (setup.members as unknown[])[pick % setup.members.length] = hostileValue('proxy');
    return { setup, hostile: true };
  },
  'a getter that throws': (setup, pick) => {
    const keys = ['members', 'order', 'ledger', 'strategy'];
    const key = keys[pick % keys.length]!;
    const broken = Object.defineProperty({ ...setup }, key, {
      enumerable: true,
      get() {
        throw new RangeError('boom');
      },
    });
    return { setup: broken, hostile: true };
  },
};

// Hostile values are made inside the property, from a recipe: fast-check itself reads the values it generates.

/** A setup as a recipe: a valid one, or one broken in a named way (applied to a fresh copy when the case runs). */
const caseArb: fc.Arbitrary<() => Case> = fc.oneof(
  { weight: 3, arbitrary: validSetup.map((setup) => (): Case => ({ setup, hostile: false })) },
  {
    weight: 2,
    arbitrary: fc.tuple(validSetup, fc.constantFrom(...Object.keys(BREAKS)), fc.nat(), junk).map(
      ([setup, name, pick, value]) =>
        (): Case =>
          BREAKS[name]!(structuredClone(setup), pick, value),
    ),
  },
);

/** Options for createRotation, as a recipe: mostly good, sometimes junk or hostile. */
const optionsArb: fc.Arbitrary<() => unknown> = fc
  .oneof(
    { weight: 4, arbitrary: fc.constant(undefined) },
    { weight: 2, arbitrary: fc.record({ maxExplainedMembers: fc.integer({ min: 1, max: 6 }) }) },
    {
      weight: 1,
      arbitrary: fc.record({
        explain: fc.constant('full' as const),
        maxFullExplanationEntries: fc.integer({ min: 1, max: 5_000 }),
      }),
    },
    {
      weight: 1,
      arbitrary: fc.constantFrom<unknown>(
        null,
        5,
        { explain: 'verbose' },
        { maxExplainedMembers: 0 },
        { maxExplainedMembers: '3' },
        { maxFullExplanationEntries: -1 },
      ),
    },
  )
  .map((options) => (): unknown => structuredClone(options))
  .chain((plain) =>
    fc.oneof(
      { weight: 8, arbitrary: fc.constant(plain) },
      {
        weight: 1,
        arbitrary: fc
          .constantFrom('proxy' as const, 'getter' as const)
          .map((kind) => (): unknown => hostileValue(kind, 'explain')),
      },
    ),
  );

const dayArb = fc.oneof(
  fc
    .date({ min: new Date(Date.UTC(1990, 0, 1)), max: new Date(Date.UTC(2070, 11, 31)), noInvalidDate: true })
    .map((date) => date.toISOString().slice(0, 10)),
  fc.date({ noInvalidDate: false }),
  fc.constantFrom<unknown>(
    new Date(8.64e15),
    new Date(-8.64e15),
    '2023-02-29',
    '0000-01-01',
    '9999-12-31',
    null,
    undefined,
    20230101,
    {},
    '2023-01',
    ' 2023-01-01',
  ),
);

const labelArb = fc.oneof(
  fc.integer({ min: 0, max: 80 }),
  fc.constantFrom<unknown>(5, null, '', '__proto__', '1999', '2024-H3', '2024-13', '9999', 'x'.repeat(10_000)),
);

/** A request to a rotation: an operation and its argument. */
type Request =
  | { readonly op: 'project'; readonly request: unknown }
  | { readonly op: 'next' }
  | { readonly op: 'on'; readonly date: unknown }
  | { readonly op: 'term'; readonly label: unknown }
  | { readonly op: 'check'; readonly ledger: unknown };

const requestArb: fc.Arbitrary<Request> = fc.oneof(
  fc.record({
    op: fc.constant('project' as const),
    request: fc.oneof(
      fc.integer({ min: 1, max: 40 }).map((count) => ({ count })),
      fc.integer({ min: 0, max: 60 }).map((offset) => ({ through: offset })),
      junk,
      fc.constantFrom<unknown>(
        { count: 1e9 },
        { count: 0 },
        { count: '5' },
        { count: 2, through: '2001' },
        { through: 2030 },
      ),
    ),
  }),
  fc.record({ op: fc.constant('next' as const) }),
  fc.record({ op: fc.constant('on' as const), date: dayArb }),
  fc.record({ op: fc.constant('term' as const), label: labelArb }),
  fc.record({
    op: fc.constant('check' as const),
    ledger: fc.oneof(
      fc.constant(undefined),
      junk,
      fc.nat().map((n) => ({ swap: n })),
    ),
  }),
);

/** The longest string anywhere in a value (names, reasons, the body…): what one line of an explanation can repeat. */
function longestText(value: unknown, seen = new Set<unknown>()): number {
  if (typeof value === 'string') return value.length;
  if (value === null || typeof value !== 'object' || seen.has(value)) return 0;
  seen.add(value);
  let longest = 0;
  for (const key of Object.keys(value))
    longest = Math.max(longest, key.length, longestText((value as Record<string, unknown>)[key], seen));
  return longest;
}

/**
 * What one projected term may weigh as JSON: a constant, plus the explanation's lines and entries, each repeating
 * texts of the setup. The entries are bounded by the summary limit (and the seven reasons), not by the members.
 */
function termBound(setup: RotationSetup, named: number): number {
  const entries = Math.max(Math.min(named, setup.members.length), 7);
  return 3_000 + (12 * entries + 30) * (longestText(setup) + 50);
}

/** Runs `act`; a thrown error must be a MIRPS error, and `shape.unreadable` only when reading the input can throw. */
function answer<T>(act: () => T, hostile: boolean): T | undefined {
  try {
    return act();
  } catch (error) {
    if (!(error instanceof MirpsValidationError || error instanceof MirpsRotationError)) throw error;
    expect(error.issues.length).toBeGreaterThan(0);
    if (!hostile) expect(error.issues.filter((issue) => issue.code === 'shape.unreadable')).toEqual([]);
    return undefined;
  }
}

const snapshot = (value: unknown): string | undefined => {
  try {
    return JSON.stringify(value);
  } catch {
    return undefined;
  }
};

function run(rotation: Rotation, request: Request, labelOf: (offset: number) => string): unknown {
  switch (request.op) {
    case 'project': {
      const asked = request.request as { through?: unknown };
      return rotation.projectPresidencies(
        (typeof asked === 'object' && asked !== null && typeof asked.through === 'number'
          ? { through: labelOf(asked.through) }
          : asked) as never,
      );
    }
    case 'next':
      return rotation.nextPresidency();
    case 'on':
      return rotation.presidencyOn(request.date as never);
    case 'term':
      return rotation.presidencyOfTerm(
        (typeof request.label === 'number' ? labelOf(request.label) : request.label) as never,
      );
    case 'check': {
      const ledger = request.ledger as { swap?: number } | undefined;
      if (ledger === undefined || typeof ledger !== 'object' || ledger === null || !('swap' in ledger))
        return rotation.checkRotation(ledger as never);
      const swapped = rotation.setup.ledger.map((term, k) =>
        k === ledger.swap! % rotation.setup.ledger.length
          ? { ...term, holder: rotation.circle[ledger.swap! % rotation.circle.length]! }
          : term,
      );
      return rotation.checkRotation(swapped);
    }
  }
}

describe('adversarial input to the rotation', () => {
  it('createRotation and its operations: only MIRPS errors, no input changed, projections linear in terms', () => {
    fc.assert(
      fc.property(
        caseArb,
        optionsArb,
        fc.array(requestArb, { minLength: 1, maxLength: 4 }),
        (makeCase, makeOptions, requests) => {
          const { setup, hostile } = makeCase();
          const options = makeOptions();
          const optionsHostile = typeof options === 'object' && options !== null && snapshot(options) === undefined;
          const before = hostile ? undefined : snapshot(setup);
          const rotation = answer(
            () => createRotation(setup as RotationSetup, options as never),
            hostile || optionsHostile,
          );
          if (!hostile) expect(snapshot(setup)).toBe(before);
          if (rotation === undefined) return;
          const named =
            (options as { explain?: string; maxExplainedMembers?: number } | undefined)?.explain === 'full'
              ? Number.POSITIVE_INFINITY
              : ((options as { maxExplainedMembers?: number } | undefined)?.maxExplainedMembers ??
                DEFAULT_MAX_EXPLAINED_MEMBERS);
          // Every ledger generated begins with the first term of 2000.
          const labelOf = (offset: number): string => labelAt(rotation.setup.termLength, offset);
          for (const request of requests) {
            const given = 'request' in request ? snapshot(request.request) : undefined;
            const result = answer(() => run(rotation, request, labelOf), false);
            if ('request' in request) expect(snapshot(request.request)).toBe(given);
            if (request.op === 'project' && Array.isArray(result) && named !== Number.POSITIVE_INFINITY) {
              expect(JSON.stringify(result).length).toBeLessThanOrEqual(
                result.length * termBound(rotation.setup, named),
              );
            }
          }
          // The rotation's setup is frozen: nothing above, nor the caller, changed what it answers.
          expect(
            Object.isFrozen(rotation.setup) &&
              Object.isFrozen(rotation.setup.members) &&
              Object.isFrozen(rotation.circle),
          ).toBe(true);
        },
      ),
      { numRuns: 600 },
    );
  }, 60_000);

  it("a projection's JSON grows with the number of terms, not with the members", () => {
    fc.assert(
      fc.property(
        validSetup,
        fc.integer({ min: 1, max: 30 }),
        fc.integer({ min: 0, max: 300 }),
        (setup, count, extra) => {
          // The same setup with `extra` more members, suspended throughout: explanations may summarise them, never list them all.
          const crowd: RotationSetup = {
            ...setup,
            members: [
              ...setup.members,
              ...Array.from({ length: extra }, (_, i) => ({
                id: `X${i}`,
                names: { en: `Extra ${i}`, es: `Extra ${i}` },
                memberships: [{ from: '1990' }],
                suspensions: [{ from: '1990' }],
              })),
            ],
            ...(setup.order.kind === 'explicit'
              ? {
                  order: {
                    kind: 'explicit' as const,
                    members: [...setup.order.members, ...Array.from({ length: extra }, (_, i) => `X${i}`)],
                  },
                }
              : {}),
          };
          const rotation = answer(() => createRotation(crowd), false);
          if (rotation === undefined) return;
          const terms = answer(() => rotation.projectPresidencies({ count }), false);
          if (terms === undefined) return;
          expect(JSON.stringify(terms).length).toBeLessThanOrEqual(
            count * termBound(crowd, DEFAULT_MAX_EXPLAINED_MEMBERS),
          );
        },
      ),
      { numRuns: 200 },
    );
  }, 60_000);

  it("reads a member's calendar (a binary search over its spans) as a scan of every span would, whatever the spans", () => {
    const span = fc
      .tuple(fc.integer({ min: 1995, max: 2045 }), fc.option(fc.integer({ min: 0, max: 12 }), { nil: undefined }))
      .map(([from, years]) => ({
        from: String(from),
        ...(years === undefined ? {} : { to: String(from + years) }),
      }));
    fc.assert(
      fc.property(
        fc.array(span, { minLength: 1, maxLength: 6 }),
        fc.array(span, { maxLength: 6 }),
        (memberships, suspensions) => {
          const within = (spans: ReadonlyArray<{ from: string; to?: string }>, year: number): boolean =>
            spans.some((s) => Number(s.from) <= year && (s.to === undefined || year <= Number(s.to)));
          const setup: RotationSetup = {
            members: [
              { id: 'M0', names: { en: 'Zero' }, memberships: [{ from: '1990' }] },
              { id: 'X', names: { en: 'Ex' }, memberships, ...(suspensions.length === 0 ? {} : { suspensions }) },
            ],
            order: { kind: 'explicit', members: ['M0', 'X'] },
            strategy: 'successor',
            termLength: 'year',
            ledger: [{ label: '1995', holder: 'M0' }],
          };
          const rotation = answer(() => createRotation(setup), false);
          if (rotation === undefined) return;
          let outgoing = 'M0';
          for (const term of rotation.projectPresidencies({ count: 55 })) {
            if (outgoing === 'M0') {
              // After M0 the circle looks at X first.
              const year = Number(term.label);
              let expected = 'next-in-circle';
              if (!within(memberships, year)) expected = 'not-a-member';
              else if (within(suspensions, year)) expected = 'suspended';
              expect(term.explanation.steps[0], `${term.label}`).toMatchObject({ member: 'X', reason: expected });
            }
            outgoing = term.holder;
          }
        },
      ),
      { numRuns: 300 },
    );
  }, 60_000);

  it('the MIRPS functions: only MIRPS errors for any options, requests, days and labels, and no option changed', () => {
    const optionArb = fc.oneof(
      { weight: 3, arbitrary: fc.constant(undefined) },
      {
        weight: 3,
        arbitrary: fc.record(
          {
            handovers: fc.oneof(
              fc
                .array(
                  fc.tuple(
                    fc.constantFrom('2024', '2025', '2030', 'x', ...RESERVED),
                    fc.constantFrom('2023-12-05', '2024', '2024-02-30', 'soon'),
                  ),
                  { maxLength: 3 },
                )
                .map((entries) => record(entries)),
              junk,
            ),
            policies: fc.oneof(
              fc.constant({ lateJoiners: 'next-cycle' }),
              fc.constant({ declined: 'defers-turn' }),
              junk,
            ),
            explain: fc.constantFrom('summary', 'full', 'verbose'),
            maxExplainedMembers: fc.oneof(fc.integer({ min: 1, max: 8 }), junk),
            reference: junk,
            ledger: junk,
          },
          { requiredKeys: [] },
        ),
      },
      { weight: 1, arbitrary: junk },
      { weight: 1, arbitrary: fc.constantFrom('proxy' as const, 'getter' as const) },
    );
    const call = fc.oneof(
      fc.record({
        fn: fc.constant('project' as const),
        request: fc.oneof(
          fc.integer({ min: 1, max: 40 }).map((count) => ({ count })),
          fc.integer({ min: 2015, max: 2100 }).map((year) => ({ through: String(year) })),
          junk,
        ),
      }),
      fc.record({ fn: fc.constantFrom('next' as const, 'setup' as const, 'check' as const) }),
      fc.record({ fn: fc.constant('on' as const), date: dayArb }),
      fc.record({
        fn: fc.constant('term' as const),
        label: fc.oneof(fc.integer({ min: 2015, max: 2100 }).map(String), labelArb),
      }),
    );
    fc.assert(
      fc.property(optionArb, call, (recipe, request) => {
        const options =
          recipe === 'proxy' || recipe === 'getter' ? hostileValue(recipe, 'handovers') : structuredClone(recipe);
        const hostile = typeof options === 'object' && options !== null && snapshot(options) === undefined;
        const before = snapshot(options);
        const withRequest = (): unknown => {
          const asked = (request as { request?: unknown }).request;
          return typeof asked === 'object' &&
            asked !== null &&
            !Array.isArray(asked) &&
            typeof options === 'object' &&
            options !== null &&
            !hostile
            ? { ...asked, ...options }
            : asked;
        };
        const result = answer(() => {
          switch (request.fn) {
            case 'project':
              return projectPresidencies(withRequest() as never);
            case 'next':
              return nextPresidency(options as never);
            case 'setup':
              return mirpsRotationSetup(options as never);
            case 'check':
              return checkRotation(undefined, options as never);
            case 'on':
              return presidencyOn(request.date as never, options as never);
            case 'term':
              return presidencyOfTerm(request.label as never, options as never);
          }
        }, hostile);
        if (!hostile) expect(snapshot(options)).toBe(before);
        if (request.fn === 'project' && Array.isArray(result))
          expect(JSON.stringify(result).length).toBeLessThanOrEqual(result.length * 6_000);
      }),
      { numRuns: 400 },
    );
  }, 60_000);
});
