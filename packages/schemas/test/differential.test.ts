import { readFileSync } from 'node:fs';
import { Validator } from '@cfworker/json-schema';
import {
  actionPlanSchema,
  mirpsRotationSetup,
  nationalActionPlanSchema,
  nationalPlanProgressSchema,
  planProgressSchema,
  presidencyLedgerSchema,
  referenceDataSchema,
  regionalSupportSchema,
  rotationSetupSchema,
} from '@mirps/core';
import { actionPlan2023, presidencyLedger, referenceData } from '@mirps/core/data';
import { type DocumentName, schemas } from '@mirps/schemas';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { PREREQUISITES, runsWith } from '../../../test/prerequisites.js';
import { pathsOf, setAt, validPlan } from '../../core/test/arbitraries.js';
import { nationalPlanJson, nationalProgressJson, regionalSupportJson } from '../../core/test/national-examples.js';
import { pythonVerdicts, strictAjv2020 } from './validators.js';

// A corpus of valid and invalid documents on which zod, Ajv and Python's jsonschema must agree about shape.

const zodSchemas: Record<DocumentName, z.ZodType> = {
  ActionPlan: actionPlanSchema,
  ReferenceData: referenceDataSchema,
  PresidencyLedger: presidencyLedgerSchema,
  RotationSetup: rotationSetupSchema,
  PlanProgress: planProgressSchema,
  NationalActionPlan: nationalActionPlanSchema,
  NationalPlanProgress: nationalPlanProgressSchema,
  RegionalSupport: regionalSupportSchema,
};

interface Case {
  readonly label: string;
  readonly schema: DocumentName;
  readonly document: unknown;
}

const plain = (value: unknown): unknown => JSON.parse(JSON.stringify(value));
const bases: Array<[DocumentName, unknown]> = [
  ['ActionPlan', plain(actionPlan2023)],
  ['ReferenceData', plain(referenceData)],
  ['PresidencyLedger', plain(presidencyLedger)],
  ['RotationSetup', plain(mirpsRotationSetup())],
  [
    'PlanProgress',
    JSON.parse(readFileSync(new URL('../../../examples/progress/progress-2023.example.json', import.meta.url), 'utf8')),
  ],
  ['NationalActionPlan', nationalPlanJson()],
  ['NationalPlanProgress', nationalProgressJson()],
  ['RegionalSupport', regionalSupportJson()],
];

type Mutation = (document: unknown, path: Array<string | number>, at: unknown) => unknown;
const mutations: Record<string, Mutation> = {
  'missing field': (document, path) => {
    const parent = path.slice(0, -1).reduce<any>((node, step) => node[step], document);
    const key = path[path.length - 1]!;
    if (Array.isArray(parent)) parent.splice(key as number, 1);
    else delete parent[key];
    return document;
  },
  'unknown key': (document, path, at) =>
    at !== null && typeof at === 'object' && !Array.isArray(at)
      ? setAt(document, [...path, 'colour'], 'blue')
      : setAt(document, path, { colour: 'blue' }),
  'wrong type: number': (document, path) => setAt(document, path, 42),
  'wrong type: string': (document, path) => setAt(document, path, 'forty-two'),
  'wrong type: null': (document, path) => setAt(document, path, null),
  'wrong type: array': (document, path) => setAt(document, path, ['x']),
  'wrong type: boolean': (document, path) => setAt(document, path, true),
  'bad date': (document, path) => setAt(document, path, '2023-02-30'),
  'bad month': (document, path) => setAt(document, path, '2023-13'),
  'bad enum value': (document, path) => setAt(document, path, 'weekly'),
  'blank text': (document, path) => setAt(document, path, '   '),
  fraction: (document, path) => setAt(document, path, 2023.5),
};

function buildCorpus(): Case[] {
  const cases: Case[] = [];
  for (const [schema, document] of bases) cases.push({ label: `embedded ${schema}`, schema, document });
  for (const [i, plan] of fc.sample(validPlan, { numRuns: 110, seed: 20231 }).entries())
    cases.push({ label: `generated plan ${i}`, schema: 'ActionPlan', document: plain(plan) });
  const names = Object.keys(mutations);
  const picks = fc.sample(fc.tuple(fc.nat(bases.length - 1), fc.nat(), fc.nat(names.length - 1)), {
    numRuns: 640,
    seed: 4242,
  });
  for (const [b, p, m] of picks) {
    const [schema, base] = bases[b]!;
    const paths = pathsOf(base).filter((path) => path.length > 0);
    const path = paths[p % paths.length]!;
    const document = structuredClone(base);
    const at = path.reduce<any>((node, step) => node[step], document);
    const mutated = mutations[names[m]!]!(document, path, at);
    cases.push({ label: `${schema}: ${names[m]} at ${path.join('.')}`, schema, document: mutated });
  }
  // Hostile text inside string fields: control characters, line and paragraph separators, markup, iCalendar lines and
  // very long text. Put inside the string, never at its end: a trailing newline is the documented Python `$` divergence.
  const hostile = [
    '\r',
    '\n',
    '\r\n',
    '\t',
    '\u0000',
    '\u001b[31m',
    '\u007f',
    '\u0085',
    '\u009b',
    '\u2028',
    '\u2029',
    '</script><script>alert(1)</script>',
    'END:VEVENT\r\nBEGIN:VEVENT',
    'x'.repeat(10_000),
  ];
  const stringPicks = fc.sample(fc.tuple(fc.nat(bases.length - 1), fc.nat(), fc.nat(hostile.length - 1)), {
    numRuns: 320,
    seed: 2028,
  });
  for (const [b, p, h] of stringPicks) {
    const [schema, base] = bases[b]!;
    const paths = pathsOf(base).filter(
      (path) => typeof path.reduce<any>((node, step) => node[step], base) === 'string',
    );
    const path = paths[p % paths.length]!;
    const document = structuredClone(base);
    const text = path.reduce<any>((node, step) => node[step], document) as string;
    const middle = Math.floor(text.length / 2);
    setAt(document, path, `${text.slice(0, middle)}${hostile[h]}${text.slice(middle)}`);
    cases.push({
      label: `${schema}: hostile text ${JSON.stringify(hostile[h]!.slice(0, 12))} in ${path.join('.')}`,
      schema,
      document,
    });
  }
  return cases;
}

const corpus = buildCorpus();
const zodVerdicts = corpus.map((c) => zodSchemas[c.schema].safeParse(c.document).success);
const ajv = strictAjv2020();
const validators = Object.fromEntries(
  Object.keys(zodSchemas).map((name) => [name, ajv.compile(schemas[name as DocumentName])]),
);
const ajvVerdicts = corpus.map((c) => validators[c.schema]!(c.document) as boolean);
// @cfworker/json-schema writes into the schema it is given, so it takes a copy of the frozen one (see
// docs/data-exchange.md).
const cfworkerFor = (name: DocumentName): Validator => new Validator(structuredClone(schemas[name]), '2020-12');
const cfworker = Object.fromEntries(Object.keys(zodSchemas).map((name) => [name, cfworkerFor(name as DocumentName)]));
const cfworkerVerdicts = corpus.map((c) => cfworker[c.schema]!.validate(c.document).valid);

describe('differential corpus: zod, Ajv, @cfworker/json-schema and Python jsonschema agree on shape', () => {
  it('has at least 100 valid and 100 invalid documents', () => {
    expect(zodVerdicts.filter(Boolean).length).toBeGreaterThanOrEqual(100);
    expect(zodVerdicts.filter((v) => !v).length).toBeGreaterThanOrEqual(100);
  });

  it('Ajv agrees with zod on every document', () => {
    const disagreements = corpus
      .filter((_, i) => zodVerdicts[i] !== ajvVerdicts[i])
      .map((c, i) => `${c.label} (zod ${zodVerdicts[i]})`);
    expect(disagreements).toEqual([]);
  });

  it('@cfworker/json-schema agrees with zod on every document', () => {
    const disagreements = corpus.filter((_, i) => zodVerdicts[i] !== cfworkerVerdicts[i]).map((c) => c.label);
    expect(disagreements).toEqual([]);
  });

  // Skipped only on a developer machine without Debian's python3-jsonschema, as the run says; CI installs it.
  it.skipIf(!runsWith(PREREQUISITES.pythonJsonschema))('Python jsonschema agrees with zod on every document', () => {
    const python = pythonVerdicts({ ...schemas }, corpus);
    const disagreements = corpus.filter((_, i) => zodVerdicts[i] !== python[i]).map((c) => c.label);
    expect(disagreements).toEqual([]);
  });
});

describe('known divergences, documented in docs/data-exchange.md', () => {
  const withPython = it.skipIf(!runsWith(PREREQUISITES.pythonJsonschema));
  withPython("Python's $ accepts a trailing newline after an anchored pattern; JavaScript's does not", () => {
    const value = '2023\n';
    expect(z.safeParse(actionPlanSchema.shape.presidency.shape.term, value).success).toBe(false);
    expect(strictAjv2020().compile(schemas.PartialDate)(value)).toBe(false);
    expect(new Validator(structuredClone(schemas.PartialDate), '2020-12').validate(value).valid).toBe(false);
    expect(pythonVerdicts({ PartialDate: schemas.PartialDate }, [{ schema: 'PartialDate', document: value }])).toEqual([
      true,
    ]);
  });

  withPython("Python's \\S matches U+FEFF, which JavaScript counts as white space", () => {
    const text = { en: '\ufeff' };
    expect(z.safeParse(actionPlanSchema.shape.vision, text).success).toBe(false);
    expect(strictAjv2020().compile(schemas.LocalizedText)(text)).toBe(false);
    expect(new Validator(structuredClone(schemas.LocalizedText), '2020-12').validate(text).valid).toBe(false);
    expect(
      pythonVerdicts({ LocalizedText: schemas.LocalizedText }, [{ schema: 'LocalizedText', document: text }]),
    ).toEqual([true]);
  });
});
