import * as core from '@mirps/core';
import {
  formatIssues,
  formatPath,
  MirpsCalendarError,
  type MirpsParseResult,
  MirpsReportError,
  MirpsRotationError,
  MirpsValidationError,
  parseCalendarActivities,
  parsePresidencyLedger,
  parseReferenceData,
  safeParseActionPlan,
  safeParseReferenceData,
} from '@mirps/core';
import { actionPlan2023 } from '@mirps/core/data';
import { describe, expect, it } from 'vitest';
import { SPANISH_SCHEMA_MESSAGES } from '../src/i18n/schema-messages.js';
import { resolveContext } from '../src/parse/context.js';
import { safeParsePresidencyLedger as safeParseLedger } from '../src/parse/presidency-ledger.js';
import { ENGLISH_FRAGMENTS } from './english-fragments.js';

const fragments = ENGLISH_FRAGMENTS;
const copy = (): Record<string, unknown> => JSON.parse(JSON.stringify(actionPlan2023)) as Record<string, unknown>;

describe('validation messages in Spanish', () => {
  it("gives shape issues in Spanish: zod's locale and the SDK's own words, with the same codes and paths", () => {
    const bad = copy();
    bad.year = 'dos mil';
    bad.extra = 1;
    (bad.actions as Array<Record<string, unknown>>)[0]!.number = '1-2';
    const en = safeParseActionPlan(bad);
    const es = safeParseActionPlan(bad, { language: 'es' });
    expect(en.success || es.success).toBe(false);
    if (en.success || es.success) return;
    expect(es.error.issues.map(({ code, path }) => ({ code, path }))).toEqual(
      en.error.issues.map(({ code, path }) => ({ code, path })),
    );
    const messages = es.error.issues.map((issue) => issue.message);
    expect(messages).toContain(
      'Campo desconocido "extra": revise cómo está escrito (los campos desconocidos se rechazan, no se ignoran)',
    );
    expect(messages).toContain('Una acción se numera "P.N.A", p. ej., "1.2.3"');
    for (const message of messages)
      expect(
        fragments.filter((fragment) => message.includes(fragment)),
        message,
      ).toEqual([]);
  });

  it('has a Spanish twin for every message the schemas set themselves', () => {
    // The messages set on the exported schemas and everything they hold (their checks, fields, items and options).
    const set = new Set<string>();
    const seen = new Set<unknown>();
    const visit = (value: unknown): void => {
      if (value === null || typeof value !== 'object' || seen.has(value)) return;
      seen.add(value);
      const zod = (value as { _zod?: { def: Record<string, unknown> } })._zod;
      if (zod === undefined) {
        for (const child of Object.values(value)) visit(child);
        return;
      }
      const own = (def: Record<string, unknown>): void => {
        const message: unknown =
          typeof def.error === 'function' ? (def.error as (issue: object) => unknown)({}) : undefined;
        if (typeof message === 'string') set.add(message);
      };
      own(zod.def);
      for (const check of (zod.def.checks as Array<{ _zod: { def: Record<string, unknown> } }> | undefined) ?? [])
        own(check._zod.def);
      for (const child of Object.values(zod.def)) visit(child);
    };
    for (const value of Object.values(core)) visit(value);
    // A reserved key in a record is refused before its pattern is checked, with a message of the rotation catalogue.
    const unreachable = [...set].filter((message) => message.startsWith('A key may not be '));
    const messages = [...set].filter((message) => !unreachable.includes(message));
    expect(unreachable).toHaveLength(1);
    expect(messages.length).toBeGreaterThan(20);
    expect(Object.keys(SPANISH_SCHEMA_MESSAGES).sort()).toEqual(messages.sort());
    for (const message of messages) expect(SPANISH_SCHEMA_MESSAGES[message]).not.toBe(message);
    // The English messages are among the fragments that Spanish output may not contain.
    expect(fragments).toContain('A plan has at least one priority');
  });

  it('refuses a language it does not write in', () => {
    const result = safeParseActionPlan(copy(), { language: 'fr' } as never);
    expect(result.success).toBe(false);
    if (!result.success) expect(result.error.issues[0]!.code).toBe('shape.invalid-value');
  });
});

/** The English fragments of the validation catalogue in a text, outside the values it quotes. */
const englishIn = (text: string): string[] => {
  const words = text.replace(/"(?:[^"\\]|\\.)*"/g, '""');
  return fragments.filter((fragment) => words.includes(fragment));
};

const failure = (result: MirpsParseResult<unknown>): MirpsValidationError => {
  if (result.success) throw new Error('expected a failure');
  return result.error;
};

/** A value whose property `key` throws when read. */
const throwingAt = (key: string, base: Record<string, unknown> = {}): Record<string, unknown> =>
  Object.defineProperty(base, key, {
    enumerable: true,
    get() {
      throw new Error('no');
    },
  }) as Record<string, unknown>;

describe('the words of a validation error in Spanish', () => {
  it("writes the first line of a Spanish parse's error message, and its root, in Spanish; English unchanged", () => {
    const en = failure(safeParseActionPlan([]));
    const es = failure(safeParseActionPlan([], { language: 'es' }));
    expect(en.message).toBe(
      'Invalid ActionPlan: 1 issue\n- (root): Expected an object, got an array (shape.invalid-type)',
    );
    expect(es.message).toBe(
      'ActionPlan no válido: 1 problema\n- (raíz): Se esperaba un objeto; se recibió una lista (shape.invalid-type)',
    );
    const bad = copy();
    bad.year = 'dos mil';
    bad.extra = 1;
    const many = failure(safeParseActionPlan(bad, { language: 'es' }));
    expect(many.message).toBe(`ActionPlan no válido: 2 problemas\n${formatIssues(many.issues, { language: 'es' })}`);
    expect(failure(safeParseActionPlan(bad)).message).toMatch(/^Invalid ActionPlan: 2 issues\n/);
    expect(englishIn(many.message.replace(/^ActionPlan /, ''))).toEqual([]);
    // The same from the throwing form and from the other documents.
    expect(() => parseReferenceData([], { language: 'es' })).toThrow(
      /^ReferenceData no válido: 1 problema\n- \(raíz\): /,
    );
    expect(() => parseCalendarActivities({}, { language: 'es' })).toThrow(
      /^CalendarActivities no válido: 1 problema\n- \(raíz\): /,
    );
    expect(() => parsePresidencyLedger([], { language: 'es' })).toThrow(
      /^PresidencyLedger no válido: 1 problema\n- \(raíz\): /,
    );
  });

  it('lets an error be built in a language, and refuses one the SDK does not write in', () => {
    const issues = [
      { code: 'shape.invalid-type' as const, path: [], message: 'Se esperaba un objeto; se recibió una lista' },
    ];
    expect(new MirpsValidationError('Plan', issues, 'es').message).toBe(
      'Plan no válido: 1 problema\n- (raíz): Se esperaba un objeto; se recibió una lista (shape.invalid-type)',
    );
    expect(new MirpsValidationError('arguments of f', [...issues, ...issues], 'es').message).toMatch(
      /^Argumentos no válidos de f: 2 problemas\n- \(raíz\)/,
    );
    expect(new MirpsValidationError('Plan', issues).message).toBe(
      new MirpsValidationError('Plan', issues, 'en').message,
    );
    expect(new MirpsValidationError('Plan', issues).message).toMatch(/^Invalid Plan: 1 issue\n- \(root\)/);
    expect(new MirpsRotationError(issues, 'es').message).toBe(
      '- (raíz): Se esperaba un objeto; se recibió una lista (shape.invalid-type)',
    );
    expect(new MirpsCalendarError(issues, 'es').message).toBe(new MirpsRotationError(issues, 'es').message);
    expect(new MirpsReportError(issues).message).toBe(
      '- (root): Se esperaba un objeto; se recibió una lista (shape.invalid-type)',
    );
    for (const build of [
      () => new MirpsValidationError('Plan', issues, 'fr' as never),
      () => new MirpsRotationError(issues, 'ES' as never),
      () => new MirpsCalendarError(issues, null as never),
    ]) {
      expect(build).toThrow(MirpsValidationError);
      try {
        build();
      } catch (error) {
        expect((error as MirpsValidationError).issues).toEqual([
          expect.objectContaining({ code: 'shape.invalid-value', path: ['language'] }),
        ]);
      }
    }
  });

  it('formatPath writes the root in the language asked for', () => {
    expect(formatPath([])).toBe('(root)');
    expect(formatPath([], { language: 'en' })).toBe('(root)');
    expect(formatPath([], { language: 'es' })).toBe('(raíz)');
    expect(formatPath(['actions', 3, 'a b'], { language: 'es' })).toBe('actions[3]["a b"]');
    for (const options of [{ language: 'fr' }, 'es', null]) {
      expect(() => formatPath([], options as never)).toThrow(MirpsValidationError);
    }
  });

  it("writes an unreadable input or context, and a context that is not an object, in the parse's language", () => {
    const en = failure(safeParseActionPlan(throwingAt('id')));
    const es = failure(safeParseActionPlan(throwingAt('id'), { language: 'es' }));
    expect(es.issues.map(({ code, path }) => ({ code, path }))).toEqual(
      en.issues.map(({ code, path }) => ({ code, path })),
    );
    expect(en.issues[0]!.message).toBe(
      'Reading this value threw an error (a getter or a Proxy that throws, or a revoked Proxy): give plain data, such as the result of JSON.parse or structuredClone',
    );
    expect(es.issues[0]!.message).toBe(
      'Al leer este valor se produjo un error (un getter o un Proxy que lanza una excepción, o un Proxy revocado): proporcione datos simples, como el resultado de JSON.parse o de structuredClone',
    );
    const revoked = Proxy.revocable({}, {});
    revoked.revoke();
    const whole = failure(safeParseReferenceData(revoked.proxy, { language: 'es' }));
    expect(whole.issues).toEqual([
      { code: 'shape.unreadable', path: [], message: expect.stringMatching(/^Al leer la entrada se produjo un error/) },
    ]);

    const context = throwingAt('reference', { language: 'es' });
    const enContext = failure(safeParseActionPlan(copy(), throwingAt('reference', { language: 'en' }) as never));
    const esContext = failure(safeParseActionPlan(copy(), context as never));
    expect(esContext.document).toBe('Context');
    expect(esContext.issues.map(({ code, path }) => ({ code, path }))).toEqual(
      enContext.issues.map(({ code, path }) => ({ code, path })),
    );
    expect(esContext.issues[0]!.message).toMatch(/^Al leer este valor se produjo un error/);
    expect(esContext.message).toMatch(/^Context no válido: 1 problema\n- context\.reference: /);
    expect(enContext.message).toMatch(/^Invalid Context: 1 issue\n- context\.reference: Reading this value threw/);

    const notAnObject = resolveContext(5 as never, 'es');
    expect(failure(notAnObject).issues).toEqual([
      {
        code: 'shape.invalid-type',
        path: ['context'],
        message:
          'Indique el contexto como un objeto con "reference" (los datos de referencia) y "ledger" (un registro de presidencias), u omítalo; se recibió el número 5',
      },
    ]);
    expect(failure(resolveContext(5 as never)).issues[0]!.message).toBe(
      'Give the context as an object with "reference" (reference data) and "ledger" (a presidency ledger), or leave it out; got the number 5',
    );
    const ledger = failure(safeParseLedger([], 'x' as never, 'es'));
    expect(ledger.issues[0]!.message).toBe(
      'Indique el contexto como un objeto con "reference" (los datos de referencia), u omítalo; se recibió el texto "x"',
    );
    expect(failure(safeParseLedger([], 'x' as never)).issues[0]!.message).toBe(
      'Give the context as an object with "reference" (reference data), or leave it out; got the string "x"',
    );
    for (const error of [whole, esContext, failure(notAnObject), ledger]) {
      for (const issue of error.issues) expect(englishIn(issue.message), issue.message).toEqual([]);
    }
  });
});
