import { type ActionPlan, MirpsError, MirpsReportError, nextPresidency } from '@mirps/core';
import { actionPlan2023 } from '@mirps/core/data';
import {
  assembleActionPlanReport,
  assemblePresidencyMemoir,
  assembleProgressReport,
  type Block,
  type Inline,
  parseReportDocument,
  type ReportDocument,
  renderHTML,
  renderJSON,
  renderMarkdown,
  type Section,
} from '@mirps/report';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { exampleProgress } from './helpers.js';
import { HOSTILE, HOSTILE_CHARACTERS, LONG } from './hostile.js';
import { htmlProblems, markdownProblems } from './inspect.js';

// Adversarial runs of @mirps/report: random and mutated documents, plans, progress and options, and random
// bad arguments, through every renderer and assembler. Whatever comes in, only MIRPS errors are thrown; what
// is written is safe and keeps the document's structure; nothing given is changed. The work is bounded by
// the number of runs; the timeouts are only a guard against a hang.

const HANG_GUARD = 120_000;

// ---------------------------------------------------------------------------------------------------------
// Hostile values

const PIECES = [
  ...HOSTILE,
  ...HOSTILE_CHARACTERS,
  '',
  ' ',
  '    ',
  '\t',
  '\n',
  '\r\n',
  '\u0000',
  '\u001b[2J',
  '\u2028',
  '\ud800',
  '\udfff',
  '|',
  '\\',
  '\\|',
  '#',
  '- ',
  '+ ',
  '* ',
  '1. ',
  '1) ',
  '> ',
  '===',
  '---',
  '***',
  '```',
  '~~~',
  '<',
  '>',
  '&',
  '&amp;',
  '&#x3C;',
  '`',
  '*',
  '_',
  '[x](y)',
  '![i](https://x)',
  '<!--',
  '-->',
  ']]>',
  '<![CDATA[',
  '</title>',
  '</style>',
  '</textarea>',
  '<plaintext>',
  'javascript:alert(1)',
  '" onmouseover="alert(1)',
  "' onfocus='alert(1)",
];

const hostileText: fc.Arbitrary<string> = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...PIECES) },
  { weight: 3, arbitrary: fc.array(fc.constantFrom(...PIECES), { maxLength: 6 }).map((parts) => parts.join('')) },
  { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 16 }) },
  { weight: 1, arbitrary: fc.constant(LONG) },
);

const hostileHref = fc.oneof(
  hostileText,
  fc.constantFrom(
    'https://example.org/a?b=1&c=2',
    'mailto:someone@example.org',
    'JAVASCRIPT:alert(1)',
    'javascript:alert(1)',
    ' https://x.org',
    'https://x.org/"onload="y',
    'https://x.org/\u0000',
    'data:text/html,<script>alert(1)</script>',
    'vbscript:x',
    'https://x.org/<script>',
  ),
);

const WRONG_VALUES: unknown[] = [
  null,
  undefined,
  0,
  -1,
  1.5,
  Number.NaN,
  Infinity,
  -Infinity,
  1e308,
  true,
  false,
  [],
  {},
  [[]],
  [{}],
  'x',
  10n,
  { kind: 'paragraph' },
  { length: 1e9 },
];

/** Proxies this test made: never read by the test itself, which knows what they do. */
const proxies = new WeakSet<object>();
const throwingProxy = (): object => {
  const proxy = new Proxy([], {
    get: () => {
      throw new TypeError('get trap');
    },
    ownKeys: () => {
      throw new RangeError('ownKeys trap');
    },
    getPrototypeOf: () => {
      throw new Error('getPrototypeOf trap');
    },
  });
  proxies.add(proxy);
  return proxy;
};

// ---------------------------------------------------------------------------------------------------------
// Random documents with hostile text, valid in shape

const DAYS = [
  '2023-01-01',
  '2023-01-24',
  '2023-06-30',
  '2023-12-31',
  '2022-12-13',
  '2024-02-29',
  '0001-01-01',
  '9999-12-31',
];

const inline: fc.Arbitrary<Inline> = fc.oneof(
  fc.record({ kind: fc.constantFrom('text' as const, 'strong' as const, 'emphasis' as const), text: hostileText }),
  fc.record({ kind: fc.constant('link' as const), text: hostileText, href: hostileHref }),
);
const inlines = fc.array(inline, { maxLength: 4 });
const number = fc.oneof(fc.double({ noNaN: true, noDefaultInfinity: true }), fc.integer({ min: -5, max: 200 }));
const chart = fc.oneof(
  fc.record({
    kind: fc.constant('bar-chart' as const),
    unit: hostileText,
    max: number,
    bars: fc.array(
      fc.record(
        { label: hostileText, value: number, target: fc.option(number, { nil: undefined }) },
        { requiredKeys: ['label', 'value'] },
      ),
      { maxLength: 4 },
    ),
  }),
  fc.record({
    kind: fc.constant('timeline' as const),
    year: fc.oneof(fc.constant(2023), fc.integer({ min: 1, max: 9999 })),
    rows: fc.array(
      fc.record({
        label: hostileText,
        spans: fc.array(
          fc
            .tuple(fc.constantFrom(...DAYS), fc.constantFrom(...DAYS))
            .map(([a, b]) => (a <= b ? ([a, b] as const) : ([b, a] as const))),
          { maxLength: 3 },
        ),
      }),
      { maxLength: 3 },
    ),
  }),
  fc.record({
    kind: fc.constant('rotation-circle' as const),
    members: fc.array(
      fc.record(
        {
          id: fc.oneof(fc.constantFrom('BZ', 'PA', 'MX'), hostileText),
          label: hostileText,
          held: fc.boolean(),
          heldIn: fc.option(hostileText, { nil: undefined }),
        },
        { requiredKeys: ['id', 'label', 'held'] },
      ),
      { maxLength: 8 },
    ),
    outgoing: fc.oneof(fc.constant('PA'), hostileText),
    next: fc.oneof(fc.constant('BZ'), hostileText),
    cycle: fc.oneof(fc.constant(null), fc.integer({ min: -3, max: 1_000_000 })),
  }),
);
const table = fc.integer({ min: 1, max: 4 }).chain((columns) =>
  fc.record({
    kind: fc.constant('table' as const),
    caption: hostileText,
    columns: fc.array(
      fc.record(
        { header: hostileText, align: fc.constantFrom('left' as const, 'right' as const, 'center' as const) },
        { requiredKeys: ['header'] },
      ),
      { minLength: columns, maxLength: columns },
    ),
    rows: fc.array(fc.array(hostileText, { minLength: columns, maxLength: columns }), { maxLength: 4 }),
  }),
);
const block: fc.Arbitrary<Block> = fc.oneof(
  fc.record({ kind: fc.constantFrom('paragraph' as const, 'note' as const), content: inlines }),
  fc.record({ kind: fc.constant('list' as const), ordered: fc.boolean(), items: fc.array(inlines, { maxLength: 3 }) }),
  table,
  fc.record({ kind: fc.constant('figure' as const), chart, caption: hostileText, alt: hostileText }),
);
const { section } = fc.letrec<{ section: Section }>((tie) => ({
  section: fc.record({
    id: hostileText,
    title: hostileText,
    blocks: fc.array(block, { maxLength: 4 }),
    sections: fc.oneof(
      { maxDepth: 3, depthIdentifier: 'section' },
      fc.constant([]),
      fc.array(tie('section'), { maxLength: 2 }),
    ),
  }),
}));
const randomDocument: fc.Arbitrary<ReportDocument> = fc.record(
  {
    title: hostileText,
    subtitle: hostileText,
    language: fc.constantFrom('en' as const, 'es' as const),
    sections: fc.array(section, { maxLength: 3 }),
  },
  { requiredKeys: ['title', 'language', 'sections'] },
);

// ---------------------------------------------------------------------------------------------------------
// Mutations of real documents: hostile text, wrong types, deleted and unknown keys, throwing proxies, shared nodes

type Step = string | number;
type Mutation = {
  at: number;
  kind: 'text' | 'wrong' | 'delete' | 'extra' | 'proxy' | 'share';
  text: string;
  wrong: number;
  other: number;
};

const mutation: fc.Arbitrary<Mutation> = fc.record({
  at: fc.nat(),
  kind: fc.constantFrom<Mutation['kind']>('text', 'text', 'text', 'text', 'wrong', 'delete', 'extra', 'proxy', 'share'),
  text: hostileText,
  wrong: fc.nat(WRONG_VALUES.length - 1),
  other: fc.nat(),
});

/** Hostile text for strings, and a few structural changes anywhere (none in about a third of the cases). */
const changes = fc.record({
  text: fc.array(
    mutation.map((m) => ({ ...m, kind: 'text' as const })),
    { maxLength: 5 },
  ),
  structural: fc.array(
    mutation.filter((m) => m.kind !== 'text'),
    { maxLength: 2 },
  ),
});
type Changes = { text: Mutation[]; structural: Mutation[] };
type Paths = { text: Step[][]; any: Step[][] };

/** Every path into a JSON value: to each object, array and primitive in it. */
function pathsOf(value: unknown, path: Step[] = [], out: Step[][] = []): Step[][] {
  out.push(path);
  if (Array.isArray(value)) for (const [i, item] of value.entries()) pathsOf(item, [...path, i], out);
  else if (typeof value === 'object' && value !== null)
    for (const [key, item] of Object.entries(value)) pathsOf(item, [...path, key], out);
  return out;
}

/** Only the paths that lead to strings, for mutations of plans and progress that should often stay valid. */
const stringPaths = (value: unknown): Step[][] => {
  const paths: Step[][] = [];
  const walk = (v: unknown, path: Step[]): void => {
    if (typeof v === 'string') paths.push(path);
    else if (Array.isArray(v)) for (const [i, item] of v.entries()) walk(item, [...path, i]);
    else if (typeof v === 'object' && v !== null)
      for (const [key, item] of Object.entries(v)) walk(item, [...path, key]);
  };
  walk(value, []);
  return paths;
};

/** A copy of `base` with the mutations applied, where their paths still lead somewhere. */
function mutate<T>(base: T, mutations: readonly Mutation[], paths: Step[][]): T {
  const root = { value: structuredClone(base) as unknown };
  for (const m of mutations) {
    const path = ['value', ...paths[m.at % paths.length]!];
    let parent: unknown = root;
    for (const step of path.slice(0, -1)) {
      if (typeof parent !== 'object' || parent === null || proxies.has(parent)) break;
      parent = (parent as Record<Step, unknown>)[step];
    }
    if (typeof parent !== 'object' || parent === null || proxies.has(parent)) continue;
    const key = path.at(-1)!;
    const target = parent as Record<Step, unknown>;
    if (!Object.hasOwn(target, key)) continue;
    switch (m.kind) {
      case 'text':
        target[key] = m.text;
        break;
      case 'wrong':
        // A copy: the shared value would be frozen with one case's input, and changed by another's 'extra'.
        target[key] = structuredClone(WRONG_VALUES[m.wrong]);
        break;
      case 'delete':
        if (Array.isArray(target) && typeof key === 'number') target.splice(key, 1);
        else delete target[key];
        break;
      case 'extra':
        if (typeof target[key] === 'object' && target[key] !== null && !proxies.has(target[key] as object))
          (target[key] as Record<string, unknown>)[m.text || 'x'] = m.text;
        break;
      case 'proxy':
        target[key] = throwingProxy();
        break;
      case 'share': {
        // Another node of the same tree: a shared node, or a cycle when it is an ancestor.
        let other: unknown = root.value;
        for (const step of paths[m.other % paths.length]!) {
          if (typeof other !== 'object' || other === null || proxies.has(other)) break;
          other = (other as Record<Step, unknown>)[step];
        }
        target[key] = other;
        break;
      }
    }
  }
  return root.value as T;
}

/** A copy of `base` with hostile text at some of its `text` paths, then the structural changes anywhere. */
const change = <T>(base: T, given: Changes, paths: Paths): T =>
  mutate(mutate(base, given.text, paths.text), given.structural, paths.any);

/** What a value holds, for comparing before and after a call: plain data, with proxies, cycles and odd values named. */
function snapshot(value: unknown, ancestors: object[] = []): unknown {
  if (typeof value === 'bigint') return `${value}n`;
  if (typeof value === 'number' && !Number.isFinite(value)) return String(value);
  if (typeof value !== 'object' || value === null) return value;
  if (proxies.has(value)) return '<proxy>';
  if (ancestors.includes(value)) return '<cycle>';
  const inner = [...ancestors, value];
  if (Array.isArray(value)) return value.map((item) => snapshot(item, inner));
  return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, snapshot(item, inner)]));
}

/** Freezes a value deeply, but for the proxies this test made and typed arrays (which cannot be): a write to the input then throws a TypeError. */
function freeze<T>(value: T, seen = new Set<object>()): T {
  if (typeof value !== 'object' || value === null || proxies.has(value) || seen.has(value) || ArrayBuffer.isView(value))
    return value;
  seen.add(value);
  for (const item of Object.values(value)) freeze(item, seen);
  Object.freeze(value);
  return value;
}

// ---------------------------------------------------------------------------------------------------------
// What must hold of every call

const RENDERERS = { renderHTML, renderMarkdown, renderJSON } as const;

/** Renders a document in every format; each either refuses it with a MirpsReportError or writes something safe that keeps its structure. All agree. */
function checkRenderers(doc: unknown, options?: unknown): 'written' | 'refused' {
  const before = snapshot(doc);
  const input = freeze(doc);
  const outcomes: string[] = [];
  for (const [name, render] of Object.entries(RENDERERS)) {
    let output: string;
    try {
      output = render(input as ReportDocument, options as never);
    } catch (error) {
      if (!(error instanceof MirpsReportError)) throw new Error(`${name} threw ${String(error)}`, { cause: error });
      expect(error.issues.length).toBeGreaterThan(0);
      for (const issue of error.issues)
        expect([
          'report.invalid-document',
          'report.document-too-large',
          'report.document-too-deep',
          'report.invalid-option',
        ]).toContain(issue.code);
      outcomes.push(JSON.stringify(error.issues));
      continue;
    }
    outcomes.push('written');
    const checked = parseReportDocument(input, options as never);
    if (name === 'renderHTML') expect(htmlProblems(output), name).toEqual([]);
    if (name === 'renderMarkdown') expect(markdownProblems(output, checked), name).toEqual([]);
    if (name === 'renderJSON') expect(JSON.parse(output), name).toEqual(JSON.parse(JSON.stringify(checked)));
  }
  expect(new Set(outcomes).size, 'every renderer writes or refuses the same documents, for the same reasons').toBe(1);
  expect(snapshot(doc), 'the document given is unchanged').toEqual(before);
  return outcomes[0] === 'written' ? 'written' : 'refused';
}

/** Runs an assembler; it returns a document that renders safely, or refuses with a MIRPS error. Its inputs stay as they were. */
function checkAssembler(assemble: () => ReportDocument, inputs: readonly unknown[]): 'written' | 'refused' {
  const before = inputs.map((input) => snapshot(input));
  let doc: ReportDocument;
  try {
    doc = assemble();
  } catch (error) {
    if (!(error instanceof MirpsError)) throw new Error(`an assembler threw ${String(error)}`, { cause: error });
    expect(error.issues.length).toBeGreaterThan(0);
    return 'refused';
  }
  expect(
    inputs.map((input) => snapshot(input)),
    'the inputs are unchanged',
  ).toEqual(before);
  expect(checkRenderers(doc), 'what an assembler builds, every renderer writes').toBe('written');
  return 'written';
}

// ---------------------------------------------------------------------------------------------------------

const plan = actionPlan2023 as ActionPlan;
const progress = exampleProgress();
const bases: ReportDocument[] = [
  assembleActionPlanReport(plan),
  assembleProgressReport(plan, progress, { asOf: '2023-12-31' }),
  assemblePresidencyMemoir(plan, progress),
];
const basePaths: Paths[] = bases.map((doc) => ({ text: stringPaths(doc), any: pathsOf(doc) }));
// Text is where hostile text goes (most such plans stay valid); any value is where wrong types go.
const isText = (path: Step[]): boolean => ['en', 'es', 'url'].includes(String(path.at(-1)));
const planPaths: Paths = { text: stringPaths(plan).filter(isText), any: pathsOf(plan) };
const progressPaths: Paths = { text: stringPaths(progress).filter(isText), any: pathsOf(progress) };

describe('adversarial inputs to @mirps/report', () => {
  it(
    'renders random documents with hostile text in every field safely, keeping their structure',
    () => {
      let written = 0;
      fc.assert(
        fc.property(randomDocument, (doc) => {
          if (checkRenderers(doc) === 'written') written++;
        }),
        { numRuns: 300 },
      );
      expect(written, 'random documents of the right shape are written').toBe(300);
    },
    HANG_GUARD,
  );

  it(
    'refuses or safely writes mutated reports: hostile text, wrong types, deleted and unknown keys, throwing proxies, shared nodes and cycles',
    () => {
      const outcomes = { written: 0, refused: 0 };
      fc.assert(
        fc.property(fc.nat(bases.length - 1), changes, (which, given) => {
          outcomes[checkRenderers(change(bases[which]!, given, basePaths[which]!))]++;
        }),
        { numRuns: 400 },
      );
      // Both happen: the property is not vacuous.
      expect(outcomes.written).toBeGreaterThan(10);
      expect(outcomes.refused).toBeGreaterThan(10);
    },
    HANG_GUARD,
  );

  it(
    'throws only MIRPS errors for any argument to the renderers, and options of any kind',
    () => {
      const options = fc.oneof(
        fc.constant(undefined),
        fc.anything(),
        fc.record(
          { maxNodes: fc.anything(), maxTextLength: fc.anything(), maxSectionDepth: fc.anything() },
          { requiredKeys: [] },
        ),
      );
      fc.assert(
        fc.property(
          fc.oneof(
            fc.anything({
              withBoxedValues: true,
              withNullPrototype: true,
              withObjectString: true,
              withSparseArray: true,
              withTypedArray: true,
            }),
            randomDocument,
          ),
          options,
          (doc, given) => {
            checkRenderers(doc, given);
          },
        ),
        { numRuns: 300 },
      );
    },
    HANG_GUARD,
  );

  it(
    'assembles mutated plans and progress into safe reports, or refuses them with a MIRPS error',
    () => {
      const outcomes = { written: 0, refused: 0 };
      // Plans and progress: no shared nodes (JSON has none) and fewer structural changes, so that some stay valid.
      // Most of the text is markup that the plan's rules accept; the rest may be refused (control characters, blanks).
      const planText = fc.oneof(
        { weight: 3, arbitrary: fc.constantFrom(...HOSTILE, LONG) },
        { weight: 1, arbitrary: hostileText },
      );
      const textChange = fc.record({
        at: fc.nat(),
        kind: fc.constant('text' as const),
        text: planText,
        wrong: fc.constant(0),
        other: fc.constant(0),
      });
      const planChanges = fc.record({
        text: fc.array(textChange, { maxLength: 4 }),
        structural: fc.array(
          mutation.filter((m) => m.kind === 'wrong' || m.kind === 'delete' || m.kind === 'proxy'),
          { maxLength: 1 },
        ),
      });
      fc.assert(
        fc.property(planChanges, planChanges, fc.nat(2), (forPlan, forProgress, which) => {
          const mutatedPlan = freeze(change(plan, forPlan, planPaths));
          const mutatedProgress = freeze(change(progress, forProgress, progressPaths));
          const assemble = [
            () => assembleActionPlanReport(mutatedPlan),
            () => assembleProgressReport(mutatedPlan, mutatedProgress, { asOf: '2023-12-31' }),
            () => assemblePresidencyMemoir(mutatedPlan, mutatedProgress),
          ][which]!;
          outcomes[checkAssembler(assemble, [mutatedPlan, mutatedProgress])]++;
        }),
        { numRuns: 150 },
      );
      expect(outcomes.written).toBeGreaterThan(10);
      expect(outcomes.refused).toBeGreaterThan(10);
    },
    HANG_GUARD,
  );

  it(
    'writes a memoir safely with a mutated incoming presidency, or refuses it with report.invalid-option',
    () => {
      const incoming = nextPresidency();
      const paths = pathsOf(incoming);
      fc.assert(
        fc.property(fc.array(mutation, { maxLength: 4 }), (mutations) => {
          const given = freeze(mutate(incoming, mutations, paths));
          checkAssembler(() => assemblePresidencyMemoir(plan, progress, { incoming: given }), [given]);
        }),
        { numRuns: 100 },
      );
    },
    HANG_GUARD,
  );

  it(
    'throws only MIRPS errors for any argument to the assemblers',
    () => {
      const anything = fc.anything({ withBoxedValues: true, withNullPrototype: true, maxDepth: 2 });
      const options = fc.oneof(
        anything,
        fc.record(
          {
            asOf: fc.oneof(anything, fc.constantFrom('2023-12-31', '2023-02-30', '2030-01-01')),
            incoming: anything,
            reference: anything,
            ledger: anything,
          },
          { requiredKeys: [] },
        ),
      );
      fc.assert(
        fc.property(
          fc.oneof(fc.constant(plan), anything),
          fc.oneof(fc.constant(progress), anything),
          options,
          fc.nat(2),
          (givenPlan, givenProgress, givenOptions, which) => {
            const assemble = [
              () => assembleActionPlanReport(givenPlan as never, givenOptions as never),
              () => assembleProgressReport(givenPlan as never, givenProgress as never, givenOptions as never),
              () => assemblePresidencyMemoir(givenPlan as never, givenProgress as never, givenOptions as never),
            ][which]!;
            checkAssembler(assemble, [givenPlan, givenProgress, givenOptions]);
          },
        ),
        { numRuns: 150 },
      );
    },
    HANG_GUARD,
  );
});
