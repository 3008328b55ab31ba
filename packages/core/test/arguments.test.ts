import {
  deepFreeze,
  escapeMarkdown,
  formatIssues,
  formatPath,
  MIRPS_ISSUE_CODES,
  MirpsCalendarError,
  MirpsError,
  type MirpsParseResult,
  MirpsValidationError,
  parseActionPlan,
  parseContext,
  planTerm,
  safeParseActionPlan,
  safeParseCalendarActivities,
  safeParsePlanProgress,
  safeParsePresidencyLedger,
  safeParseReferenceData,
  textIn,
} from '@mirps/core';
import { actionPlan2023, referenceData } from '@mirps/core/data';
import { describe, expect, it } from 'vitest';
import { planCopy } from './helpers.js';

// Every public function of the core (outside the rotation) refuses what it cannot use with a typed MIRPS error, a
// code, a path and a message; nothing foreign (a TypeError from a null, the caller's own error from a getter) escapes.

/** What `run` throws, which must be a MirpsValidationError; its document and issues. */
function refusal(run: () => unknown): { document: string; issues: MirpsValidationError['issues'] } {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(MirpsValidationError);
    const { document, issues } = error as MirpsValidationError;
    for (const issue of issues) expect(MIRPS_ISSUE_CODES).toContain(issue.code);
    return { document, issues };
  }
  throw new Error('expected a refusal, but nothing was thrown');
}

/** The error of a failed result; fails the test on success. */
function failure(result: MirpsParseResult<unknown>): MirpsValidationError {
  if (result.success) throw new Error('expected a failure');
  for (const issue of result.error.issues) expect(MIRPS_ISSUE_CODES).toContain(issue.code);
  return result.error;
}

const boom = (): never => {
  throw new Error('the caller’s own error');
};
/** An object whose every read throws. */
const throwingProxy = (): object =>
  new Proxy(
    {},
    { get: boom, ownKeys: boom, getOwnPropertyDescriptor: boom, has: boom, getPrototypeOf: boom, isExtensible: boom },
  );
const revokedProxy = (): object => {
  const { proxy, revoke } = Proxy.revocable({}, {});
  revoke();
  return proxy;
};

describe('the helpers refuse arguments they cannot use', () => {
  it('formatIssues and formatPath', () => {
    expect(refusal(() => formatIssues(null as never))).toMatchObject({
      document: 'arguments of formatIssues',
      issues: [{ code: 'shape.invalid-type', path: ['issues'] }],
    });
    expect(
      refusal(() => formatIssues([{ code: 'shape.missing', path: 'x', message: 3 }] as never)).issues,
    ).toMatchObject([
      { code: 'shape.invalid-type', path: ['issues', 0, 'message'] },
      { code: 'shape.invalid-type', path: ['issues', 0, 'path'] },
    ]);
    expect(refusal(() => formatPath('x' as never))).toMatchObject({
      document: 'arguments of formatPath',
      issues: [{ code: 'shape.invalid-type', path: ['path'] }],
    });
    expect(refusal(() => formatPath(['a', {}] as never)).issues).toMatchObject([{ path: ['path', 1] }]);
    expect(refusal(() => formatIssues(new Proxy([], { get: boom }) as never)).issues).toMatchObject([
      { code: 'shape.unreadable', path: ['issues'] },
    ]);
  });

  it('formatPath keeps a hostile key on one line', () => {
    expect(formatPath(['a\nb', 'c\u2028', 'd\u0085'])).toBe('["a\\nb"]["c\\u2028"]["d\\u0085"]');
  });

  it('textIn and escapeMarkdown', () => {
    expect(refusal(() => textIn(null as never))).toMatchObject({
      document: 'arguments of textIn',
      issues: [{ code: 'shape.invalid-type', path: ['text'] }],
    });
    expect(refusal(() => textIn({ en: 'Panama' }, 'fr' as never)).issues).toMatchObject([
      { code: 'shape.invalid-value', path: ['language'] },
    ]);
    expect(refusal(() => textIn({ en: 5 } as never)).issues).toMatchObject([
      { code: 'shape.invalid-type', path: ['text', 'en'] },
    ]);
    expect(refusal(() => textIn(revokedProxy() as never)).issues).toMatchObject([
      { code: 'shape.unreadable', path: ['text'] },
    ]);
    expect(refusal(() => escapeMarkdown(5 as never))).toMatchObject({
      document: 'arguments of escapeMarkdown',
      issues: [{ code: 'shape.invalid-type', path: ['text'] }],
    });
    expect(refusal(() => escapeMarkdown('a', 1 as never)).issues).toMatchObject([
      { code: 'shape.invalid-type', path: ['lineStart'] },
    ]);
  });

  it('deepFreeze', () => {
    expect(refusal(() => deepFreeze({ list: [1, throwingProxy()] }))).toMatchObject({
      document: 'arguments of deepFreeze',
      issues: [{ code: 'shape.unreadable', path: ['value', 'list', 1] }],
    });
    expect(refusal(() => deepFreeze({ bytes: new Uint8Array(2) })).issues).toMatchObject([
      { code: 'shape.invalid-value', path: ['value', 'bytes'] },
    ]);
  });

  it('the error classes check what they are given', () => {
    expect(refusal(() => new MirpsValidationError('ActionPlan', null as never))).toMatchObject({
      document: 'arguments of MirpsValidationError',
      issues: [{ path: ['issues'] }],
    });
    expect(refusal(() => new MirpsValidationError(5 as never, [])).issues).toMatchObject([{ path: ['document'] }]);
    expect(refusal(() => new MirpsCalendarError([{ code: 5 }] as never))).toMatchObject({
      document: 'arguments of MirpsCalendarError',
    });
    expect(refusal(() => new MirpsError('other' as never, [])).issues).toMatchObject([
      { code: 'shape.invalid-value', path: ['code'] },
    ]);
  });
});

describe('safeParse* never throws, whatever the input or the context', () => {
  const context = 'shape.invalid-type';
  it.each([
    ['safeParseActionPlan', () => safeParseActionPlan(actionPlan2023, null as never)],
    ['safeParsePresidencyLedger', () => safeParsePresidencyLedger({ terms: [] }, null as never)],
    ['safeParsePlanProgress', () => safeParsePlanProgress({}, actionPlan2023, null as never)],
    ['safeParseActionPlan with a number', () => safeParseActionPlan(actionPlan2023, 5 as never)],
  ])('%s with a context that is not an object', (_, run) => {
    expect(failure(run())).toMatchObject({ document: 'Context', issues: [{ code: context, path: ['context'] }] });
  });

  it.each([
    ['an input whose every read throws', throwingProxy, false],
    ['a revoked Proxy', revokedProxy, false],
    [
      'a list whose entries cannot be read',
      () => new Proxy([1, 2], { get: (_, key) => (key === 'length' ? 2 : boom()) }),
      true,
    ],
  ])('%s as the input', (_, make, isList) => {
    for (const safeParse of [
      safeParseActionPlan,
      safeParseReferenceData,
      safeParsePresidencyLedger,
      safeParseCalendarActivities,
    ]) {
      const input = make();
      const error = failure(safeParse(input));
      // A list is of the wrong type for the documents that are objects, and is never read for them.
      if (isList && safeParse !== safeParseCalendarActivities) continue;
      expect(error.issues).toHaveLength(1);
      expect(error.issues[0]).toMatchObject({ code: 'shape.unreadable' });
      expect(error.issues[0]!.message).not.toContain('the caller’s own error');
    }
  });

  it('a getter that throws, on a field the document reads', () => {
    const getter = (key: string): object => Object.defineProperty({}, key, { enumerable: true, get: boom });
    expect(failure(safeParseActionPlan(getter('id'))).issues).toEqual([
      expect.objectContaining({ code: 'shape.unreadable', path: ['id'] }),
    ]);
    expect(failure(safeParseReferenceData(getter('partners'))).issues).toEqual([
      expect.objectContaining({ code: 'shape.unreadable', path: ['partners'] }),
    ]);
    expect(failure(safeParsePresidencyLedger(getter('terms'))).issues).toEqual([
      expect.objectContaining({ code: 'shape.unreadable', path: ['terms'] }),
    ]);
  });

  it('points at the field whose getter throws', () => {
    const plan = planCopy();
    Object.defineProperty(plan.actions[3]!.text, 'en', { enumerable: true, get: boom });
    expect(failure(safeParseActionPlan(plan)).issues).toEqual([
      expect.objectContaining({ code: 'shape.unreadable', path: ['actions', 3, 'text', 'en'] }),
    ]);
  });

  it('a thrown value that is itself a hostile Proxy is not touched', () => {
    const plan = planCopy();
    Object.defineProperty(plan, 'vision', {
      enumerable: true,
      get: () => {
        throw throwingProxy();
      },
    });
    expect(failure(safeParseActionPlan(plan)).issues).toMatchObject([{ code: 'shape.unreadable', path: ['vision'] }]);
  });

  it('a context, reference data or plan that cannot be read', () => {
    expect(failure(safeParseActionPlan(actionPlan2023, throwingProxy() as never))).toMatchObject({
      document: 'Context',
      issues: [{ code: 'shape.unreadable', path: ['context'] }],
    });
    expect(failure(safeParseActionPlan(actionPlan2023, { reference: revokedProxy() as never }))).toMatchObject({
      document: 'ReferenceData',
      issues: [{ code: 'shape.unreadable' }],
    });
    const reference = structuredClone(referenceData);
    Object.defineProperty(reference.memberStates[2], 'iso3', { enumerable: true, get: boom });
    expect(failure(safeParsePresidencyLedger({ terms: [] }, { reference }))).toMatchObject({
      document: 'ReferenceData',
      issues: [{ code: 'shape.unreadable', path: ['memberStates', 2, 'iso3'] }],
    });
    expect(
      failure(safeParsePlanProgress({ plan: 'x', records: [], indicators: [] }, revokedProxy() as never)),
    ).toMatchObject({ document: 'ActionPlan', issues: [{ code: 'shape.unreadable' }] });
  });

  it('parse*, planTerm and parseContext throw only MirpsValidationError', () => {
    expect(refusal(() => parseActionPlan(throwingProxy()))).toMatchObject({ document: 'ActionPlan' });
    expect(refusal(() => planTerm(actionPlan2023, null as never))).toMatchObject({ document: 'Context' });
    expect(refusal(() => planTerm(revokedProxy() as never))).toMatchObject({ document: 'ActionPlan' });
    expect(refusal(() => planTerm(actionPlan2023, throwingProxy() as never))).toMatchObject({
      document: 'Context',
      issues: [{ code: 'shape.unreadable' }],
    });
    expect(refusal(() => parseContext(null as never))).toMatchObject({ document: 'Context' });
    expect(refusal(() => parseContext(throwingProxy() as never))).toMatchObject({
      document: 'Context',
      issues: [{ code: 'shape.unreadable' }],
    });
  });
});
