import { readFileSync } from 'node:fs';
import * as core from '@mirps/core';
import { MIRPS_ISSUE_CODES, MirpsError, type MirpsParseResult, MirpsValidationError } from '@mirps/core';
import * as data from '@mirps/core/data';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { pathsOf, setAt } from './arbitraries.js';
import { nationalPlanJson, nationalProgressJson, regionalSupportJson } from './national-examples.js';

// Hostile input: the embedded documents with random damage (keys deleted, values replaced by random JSON, hostile
// text in string fields, entries repeated, getters and Proxies that throw), and bad arguments to every public
// function of the core outside the rotation. Whatever comes in: safeParse* returns a result and never throws, a
// failure is a MirpsValidationError whose issues all carry a known code, a path and a message on one line; parse*
// throws only MirpsError; the input is left as it was; no exported constant changes.

const HANG_GUARD = { timeout: 60_000 };

const HOSTILE_TEXT = [
  '\r',
  '\n',
  '\r\n',
  '\t',
  '\u0000',
  '\u001b[2J',
  '\u007f',
  '\u0085',
  '\u009b31m',
  '\u2028',
  '\u2029',
  '</script><script>alert(1)</script>',
  'END:VEVENT\r\nBEGIN:VEVENT\r\nSUMMARY:injected',
  '| --- | <b>',
  '\ufeff',
  '\ud800',
  'x'.repeat(10_000),
];

const boom = (): never => {
  throw new Error('thrown by the caller’s data');
};

/** Objects whose reading throws, each new. */
const HOSTILE_OBJECTS: Array<(target: object) => object> = [
  (target) => new Proxy(target, { get: boom }),
  (target) => new Proxy(target, { ownKeys: boom, getOwnPropertyDescriptor: boom }),
  (target) =>
    new Proxy(target, { getPrototypeOf: boom, has: boom, get: (_, key) => (key === 'length' ? 1e9 : boom()) }),
  () => {
    const { proxy, revoke } = Proxy.revocable({}, {});
    revoke();
    return proxy;
  },
  (target) => {
    const copy: Record<string, unknown> = Array.isArray(target) ? ([...target] as never) : { ...target };
    const keys = Object.keys(copy);
    Object.defineProperty(copy, keys[0] ?? 'id', { enumerable: true, get: boom });
    return copy;
  },
  (target) =>
    new Proxy(target, {
      get: () => {
        // A thrown value that is itself hostile.
        throw new Proxy({}, { getPrototypeOf: boom, get: boom });
      },
    }),
];

type Damage =
  | { readonly kind: 'delete'; readonly at: number }
  | { readonly kind: 'replace'; readonly at: number; readonly value: unknown }
  | { readonly kind: 'hostile-text'; readonly at: number; readonly text: number; readonly where: number }
  | { readonly kind: 'repeat'; readonly at: number; readonly times: number };

const damage: fc.Arbitrary<Damage> = fc.oneof(
  fc.record({ kind: fc.constant('delete' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('replace' as const), at: fc.nat(), value: fc.jsonValue({ maxDepth: 2 }) }),
  fc.record({
    kind: fc.constant('hostile-text' as const),
    at: fc.nat(),
    text: fc.nat(HOSTILE_TEXT.length - 1),
    where: fc.nat(),
  }),
  fc.record({ kind: fc.constant('repeat' as const), at: fc.nat(), times: fc.integer({ min: 1, max: 3 }) }),
);

const valueAt = (root: unknown, path: ReadonlyArray<string | number>): unknown =>
  path.reduce<any>((node, step) => node?.[step], root);

/** Applies one piece of damage to a plain document, in place. */
function applyDamage(document: unknown, item: Damage): unknown {
  const paths = pathsOf(document);
  const pick = (list: Array<Array<string | number>>): Array<string | number> | undefined =>
    list.length === 0 ? undefined : list[item.at % list.length];
  switch (item.kind) {
    case 'delete': {
      const path = pick(paths.filter((p) => p.length > 0));
      if (path === undefined) return document;
      const parent = valueAt(document, path.slice(0, -1)) as Record<string | number, unknown> | unknown[];
      if (Array.isArray(parent)) parent.splice(path.at(-1) as number, 1);
      else delete parent[path.at(-1)!];
      return document;
    }
    case 'replace':
      return setAt(document, pick(paths) ?? [], structuredClone(item.value));
    case 'hostile-text': {
      const path = pick(paths.filter((p) => typeof valueAt(document, p) === 'string'));
      if (path === undefined) return document;
      const text = valueAt(document, path) as string;
      const where = item.where % (text.length + 1);
      return setAt(document, path, `${text.slice(0, where)}${HOSTILE_TEXT[item.text]}${text.slice(where)}`);
    }
    case 'repeat': {
      const path = pick(
        paths.filter((p) => Array.isArray(valueAt(document, p)) && (valueAt(document, p) as unknown[]).length > 0),
      );
      if (path === undefined) return document;
      const list = valueAt(document, path) as unknown[];
      // The same entry again, shared: the result must still share nothing with the input.
      for (let i = 0; i < item.times; i++) list.push(list[item.at % list.length]);
      return document;
    }
  }
}

/** A hostile object placed at one object or list of the document (which then cannot be cloned). */
function placeHostileObject(document: unknown, at: number, kind: number): unknown {
  const paths = pathsOf(document).filter(
    (path) => typeof valueAt(document, path) === 'object' && valueAt(document, path) !== null,
  );
  // A document damaged into a string, a number or null holds no object to place one in.
  if (paths.length === 0) return document;
  const path = paths[at % paths.length]!;
  return setAt(document, path, HOSTILE_OBJECTS[kind % HOSTILE_OBJECTS.length]!(valueAt(document, path) as object));
}

const CONTROL = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/;

/** A result as the contract says: success, or a MirpsValidationError with well-formed issues. */
function expectWellFormed(result: MirpsParseResult<unknown>): void {
  expect(typeof result.success).toBe('boolean');
  if (result.success) return;
  expect(result.error).toBeInstanceOf(MirpsValidationError);
  expect(result.error.issues.length).toBeGreaterThan(0);
  for (const issue of result.error.issues) {
    expect(MIRPS_ISSUE_CODES).toContain(issue.code);
    expect(Array.isArray(issue.path)).toBe(true);
    for (const step of issue.path) expect(['string', 'number']).toContain(typeof step);
    expect(typeof issue.message).toBe('string');
    expect(issue.message.length).toBeGreaterThan(0);
    expect(issue.message).not.toMatch(CONTROL);
  }
}

/** parse* may return, or throw a MirpsError; nothing else. */
function expectOnlyMirpsErrors(run: () => unknown): void {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(MirpsError);
  }
}

/** Every object reachable from a value. */
function objectsIn(value: unknown): Set<object> {
  const seen = new Set<object>();
  const stack = [value];
  while (stack.length > 0) {
    const node = stack.pop();
    if (node === null || typeof node !== 'object' || seen.has(node)) continue;
    seen.add(node);
    for (const child of Object.values(node)) stack.push(child);
  }
  return seen;
}

const nationalPlan = nationalPlanJson();
const nationalProgress: unknown = nationalProgressJson();
const regionalSupport: unknown = regionalSupportJson();

const progress2023: unknown = JSON.parse(
  readFileSync(new URL('../../../examples/progress/progress-2023.example.json', import.meta.url), 'utf8'),
);

interface Target {
  readonly name: string;
  readonly base: unknown;
  readonly safeParse: (input: unknown) => MirpsParseResult<unknown>;
  readonly parse: (input: unknown) => unknown;
}

const TARGETS: readonly Target[] = [
  {
    name: 'an action plan',
    base: data.actionPlan2023,
    safeParse: (input) => core.safeParseActionPlan(input),
    parse: (input) => core.parseActionPlan(input),
  },
  {
    name: 'reference data',
    base: data.referenceData,
    safeParse: core.safeParseReferenceData,
    parse: core.parseReferenceData,
  },
  {
    name: 'a presidency ledger',
    base: data.presidencyLedger,
    safeParse: (input) => core.safeParsePresidencyLedger(input),
    parse: (input) => core.parsePresidencyLedger(input),
  },
  {
    name: 'plan progress',
    base: progress2023,
    safeParse: (input) => core.safeParsePlanProgress(input, data.actionPlan2023),
    parse: (input) => core.parsePlanProgress(input, data.actionPlan2023),
  },
  {
    name: 'calendar activities',
    base: data.actionPlan2023.calendar,
    safeParse: core.safeParseCalendarActivities,
    parse: core.parseCalendarActivities,
  },
  // The same documents as the context, or as the plan, that another document is read against.
  {
    name: 'a plan read against damaged reference data',
    base: data.referenceData,
    safeParse: (input) => core.safeParseActionPlan(data.actionPlan2023, { reference: input as core.ReferenceData }),
    parse: (input) => core.parseActionPlan(data.actionPlan2023, { reference: input as core.ReferenceData }),
  },
  {
    name: 'a plan read against a damaged ledger',
    base: data.presidencyLedger,
    safeParse: (input) =>
      core.safeParseActionPlan(data.actionPlan2023, {
        reference: data.referenceData,
        ledger: input as core.PresidencyLedger,
      }),
    parse: (input) =>
      core.planTerm(data.actionPlan2023, { reference: data.referenceData, ledger: input as core.PresidencyLedger }),
  },
  {
    name: 'progress read against a damaged plan',
    base: data.actionPlan2023,
    safeParse: (input) => core.safeParsePlanProgress(progress2023, input as core.ActionPlan),
    parse: (input) => core.planTerm(input as core.ActionPlan),
  },
  {
    name: 'a national action plan',
    base: nationalPlan,
    safeParse: (input) => core.safeParseNationalActionPlan(input),
    parse: (input) => core.parseNationalActionPlan(input),
  },
  {
    name: 'national plan progress',
    base: nationalProgress,
    safeParse: (input) => core.safeParseNationalPlanProgress(input, nationalPlan),
    parse: (input) => core.parseNationalPlanProgress(input, nationalPlan),
  },
  {
    name: 'national progress read against a damaged national plan',
    base: nationalPlan,
    safeParse: (input) => core.safeParseNationalPlanProgress(nationalProgress, input as core.NationalActionPlan),
    parse: (input) => core.parseNationalPlanProgress(nationalProgress, input as core.NationalActionPlan),
  },
  {
    name: 'regional support',
    base: regionalSupport,
    safeParse: (input) =>
      core.safeParseRegionalSupport(input, { nationalPlans: [nationalPlan], regionalPlan: data.actionPlan2023 }),
    parse: (input) =>
      core.parseRegionalSupport(input, { nationalPlans: [nationalPlan], regionalPlan: data.actionPlan2023 }),
  },
  {
    name: 'regional support read against a damaged national plan',
    base: nationalPlan,
    safeParse: (input) =>
      core.safeParseRegionalSupport(regionalSupport, { nationalPlans: [input as core.NationalActionPlan] }),
    parse: (input) => core.parseRegionalSupport(regionalSupport, { nationalPlans: [input as core.NationalActionPlan] }),
  },
];

/** The exported constants and the embedded data, as JSON, to check that nothing changed them. */
const snapshotOfShared = (): string =>
  JSON.stringify({
    constants: Object.entries(core).filter(
      ([, value]) => typeof value !== 'function' && !(value instanceof Object && '_zod' in value),
    ),
    data: [data.referenceData, data.presidencyLedger, data.actionPlan2023, data.embeddedContext],
  });
const sharedBefore = snapshotOfShared();

describe('damaged documents: a result, never a crash, and the input left as it was', () => {
  it.each(TARGETS)('$name', HANG_GUARD, ({ base, safeParse, parse }) => {
    fc.assert(
      fc.property(fc.array(damage, { minLength: 1, maxLength: 4 }), (damages) => {
        const input = damages.reduce<unknown>((document, item) => applyDamage(document, item), structuredClone(base));
        const before = structuredClone(input);
        const result = safeParse(input);
        expectWellFormed(result);
        if (result.success) {
          const inputs = objectsIn(input);
          for (const object of objectsIn(result.data)) expect(inputs.has(object)).toBe(false);
        }
        expectOnlyMirpsErrors(() => parse(input));
        expect(input).toStrictEqual(before);
      }),
      { numRuns: 120 },
    );
  });

  it.each(TARGETS)(
    '$name with a getter or a Proxy that throws somewhere inside',
    HANG_GUARD,
    ({ base, safeParse, parse }) => {
      fc.assert(
        fc.property(fc.array(damage, { maxLength: 2 }), fc.nat(), fc.nat(), (damages, at, kind) => {
          const plain = damages.reduce<unknown>((document, item) => applyDamage(document, item), structuredClone(base));
          const input = placeHostileObject(plain, at, kind);
          expectWellFormed(safeParse(input));
          expectOnlyMirpsErrors(() => parse(input));
        }),
        { numRuns: 60 },
      );
    },
  );
});

describe('bad arguments to every public function of the core outside the rotation', () => {
  /** Stands for a hostile object, made only inside the property: fast-check itself reads what it generates. */
  class Hostile {
    constructor(
      readonly kind: number,
      readonly inList: boolean,
    ) {}
    make(): unknown {
      const object = HOSTILE_OBJECTS[this.kind]!(this.inList ? [1] : { en: 'x', id: 'x', terms: [] });
      return this.inList ? [object] : object;
    }
  }
  const made = (args: unknown[]): unknown[] => args.map((arg) => (arg instanceof Hostile ? arg.make() : arg));
  const hostileValue: fc.Arbitrary<unknown> = fc.oneof(
    fc.anything({ maxDepth: 2 }),
    fc.constantFrom<unknown>(
      null,
      undefined,
      Number.NaN,
      -0,
      Infinity,
      10n,
      true,
      '',
      '2023-02-29',
      '2019-06',
      'en',
      'es',
      [],
      [[]],
      [{}],
      {},
    ),
    fc.constantFrom(...HOSTILE_TEXT),
    fc
      .record({ kind: fc.nat(HOSTILE_OBJECTS.length - 1), inList: fc.boolean() })
      .map(({ kind, inList }) => new Hostile(kind, inList)),
    fc.constant(() => 'a function'),
    fc.constant(Symbol('a symbol')),
  );

  // Each public function of the core outside the rotation, called with its arguments in turn.
  const FUNCTIONS: Record<string, (...args: any[]) => unknown> = {
    formatIssues: core.formatIssues,
    formatPath: core.formatPath,
    escapeMarkdown: core.escapeMarkdown,
    deepFreeze: core.deepFreeze,
    textIn: core.textIn,
    datePrecision: core.datePrecision,
    earliestDay: core.earliestDay,
    latestDay: core.latestDay,
    yearOf: core.yearOf,
    isCertainlyBefore: core.isCertainlyBefore,
    parseContext: core.parseContext,
    parseActionPlan: core.parseActionPlan,
    parseReferenceData: core.parseReferenceData,
    parsePresidencyLedger: core.parsePresidencyLedger,
    parsePlanProgress: core.parsePlanProgress,
    parseCalendarActivities: core.parseCalendarActivities,
    planTerm: core.planTerm,
    MirpsError: (...args) => new MirpsError(...(args as [never, never])),
    MirpsValidationError: (...args) => new MirpsValidationError(...(args as [never, never])),
    MirpsCalendarError: (...args) => new core.MirpsCalendarError(...(args as [never])),
    MirpsRotationError: (...args) => new core.MirpsRotationError(...(args as [never])),
    MirpsReportError: (...args) => new core.MirpsReportError(...(args as [never])),
  };
  const SAFE_PARSERS: Record<string, (...args: any[]) => MirpsParseResult<unknown>> = {
    safeParseActionPlan: core.safeParseActionPlan,
    safeParseReferenceData: core.safeParseReferenceData,
    safeParsePresidencyLedger: core.safeParsePresidencyLedger,
    safeParsePlanProgress: core.safeParsePlanProgress,
    safeParseCalendarActivities: core.safeParseCalendarActivities,
  };

  it.each(Object.entries(FUNCTIONS))('%s throws only MirpsError', HANG_GUARD, (_, fn) => {
    fc.assert(
      fc.property(fc.array(hostileValue, { maxLength: 3 }), (args) => {
        expectOnlyMirpsErrors(() => fn(...made(args)));
      }),
      { numRuns: 150 },
    );
  });

  it.each(Object.entries(SAFE_PARSERS))('%s never throws', HANG_GUARD, (_, safeParse) => {
    fc.assert(
      fc.property(fc.array(hostileValue, { maxLength: 3 }), (args) => {
        expectWellFormed(safeParse(...made(args)));
      }),
      { numRuns: 150 },
    );
  });
});

describe('shared data', () => {
  // Runs last in this file: after every call above, with every kind of input.
  it('no exported constant and none of the embedded data has changed', () => {
    expect(snapshotOfShared()).toBe(sharedBefore);
  });
});
