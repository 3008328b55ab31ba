import { deepFreeze, MirpsReportError, MirpsValidationError, nextPresidency } from '@mirps/core';
import { actionPlan2023 } from '@mirps/core/data';
import * as report from '@mirps/report';
import {
  assembleActionPlanReport,
  assemblePresidencyMemoir,
  assembleProgressReport,
  DEFAULT_MAX_REPORT_NODES,
  DEFAULT_MAX_REPORT_TEXT_LENGTH,
  DEFAULT_MAX_SECTION_DEPTH,
  parseReportDocument,
  type ReportDocument,
  renderHTML,
  renderJSON,
  renderMarkdown,
  type Section,
} from '@mirps/report';
import { describe, expect, it } from 'vitest';
import { exampleProgress } from './helpers.js';

const RENDERERS = { renderHTML, renderMarkdown, renderJSON } as const;

/** The MirpsReportError a call throws, as `code path` lines, checking each message says something. */
function refusal(call: () => unknown): string[] {
  try {
    call();
  } catch (error) {
    if (!(error instanceof MirpsReportError)) throw error;
    for (const issue of error.issues) expect(issue.message.length, issue.code).toBeGreaterThan(20);
    return error.issues.map((issue) => `${issue.code} ${issue.path.join('.')}`);
  }
  return expect.unreachable('no error was thrown') as never;
}

const section = (id: string, sections: Section[] = []): Section => ({ id, title: id, blocks: [], sections });
const small: ReportDocument = { title: 'T', language: 'en', sections: [section('a')] };
const nested = (depth: number): ReportDocument => {
  let inner = section(`s${depth}`);
  for (let level = depth - 1; level >= 1; level--) inner = section(`s${level}`, [inner]);
  return { title: 'Deep', language: 'en', sections: [inner] };
};

/** A Proxy of an object that counts every property read, by key. */
function counted<T extends object>(target: T, reads: Map<string, number>, name: string): T {
  return new Proxy(target, {
    get(object, key, receiver) {
      if (typeof key === 'string') reads.set(`${name}.${key}`, (reads.get(`${name}.${key}`) ?? 0) + 1);
      const value = Reflect.get(object, key, receiver) as unknown;
      return typeof value === 'object' && value !== null && typeof key === 'string'
        ? counted(value, reads, `${name}.${key}`)
        : value;
    },
  });
}

describe('the renderers refuse what is not a report document, with a typed error', () => {
  const throwing = new Proxy(
    {},
    {
      get: () => {
        throw new TypeError('trap');
      },
      ownKeys: () => {
        throw new RangeError('trap');
      },
    },
  );
  const revocable = Proxy.revocable({}, {});
  revocable.revoke();
  const cases: Array<[string, unknown, string[]]> = [
    ['null', null, ['report.invalid-document ']],
    ['a number', 5, ['report.invalid-document ']],
    ['an array', [], ['report.invalid-document ']],
    [
      'an empty object',
      {},
      ['report.invalid-document title', 'report.invalid-document language', 'report.invalid-document sections'],
    ],
    ['sections that are not an array', { ...small, sections: {} }, ['report.invalid-document sections']],
    [
      'a block of an unknown kind',
      { ...small, sections: [{ ...section('a'), blocks: [{ kind: 'video', src: 'x' }] }] },
      ['report.invalid-document sections.0.blocks.0.kind'],
    ],
    [
      'text of an unknown kind',
      {
        ...small,
        sections: [{ ...section('a'), blocks: [{ kind: 'paragraph', content: [{ kind: 'html', text: '<b>' }] }] }],
      },
      ['report.invalid-document sections.0.blocks.0.content.0.kind'],
    ],
    ['an unknown key', { ...small, onload: 'x' }, ['report.invalid-document onload']],
    [
      'a row with too few cells',
      {
        ...small,
        sections: [
          {
            ...section('a'),
            blocks: [{ kind: 'table', caption: 'c', columns: [{ header: 'a' }, { header: 'b' }], rows: [['1']] }],
          },
        ],
      },
      ['report.invalid-document sections.0.blocks.0.rows.0'],
    ],
    [
      'a table without columns',
      { ...small, sections: [{ ...section('a'), blocks: [{ kind: 'table', caption: 'c', columns: [], rows: [] }] }] },
      ['report.invalid-document sections.0.blocks.0.columns'],
    ],
    [
      'an alignment that is not one',
      {
        ...small,
        sections: [
          {
            ...section('a'),
            blocks: [{ kind: 'table', caption: 'c', columns: [{ header: 'a', align: '"><script>' }], rows: [] }],
          },
        ],
      },
      ['report.invalid-document sections.0.blocks.0.columns.0.align'],
    ],
    ['a boxed string', { ...small, title: Object('T') }, ['report.invalid-document title']],
    ['a Proxy whose traps throw', throwing, ['report.invalid-document ']],
    ['a revoked Proxy', revocable.proxy, ['report.invalid-document ']],
    ['a section whose getters throw', { ...small, sections: [throwing] }, ['report.invalid-document sections.0']],
  ];

  for (const [name, doc, issues] of cases) {
    it(`refuses ${name} in every format`, () => {
      for (const [renderer, render] of Object.entries(RENDERERS))
        expect(
          refusal(() => render(doc as never)),
          renderer,
        ).toEqual(issues);
    });
  }

  it('refuses a section that contains itself', () => {
    const loop: { id: string; title: string; blocks: never[]; sections: unknown[] } = {
      id: 'loop',
      title: 'Loop',
      blocks: [],
      sections: [],
    };
    loop.sections.push(loop);
    expect(refusal(() => renderMarkdown({ ...small, sections: [loop] } as never))).toEqual([
      'report.invalid-document sections.0.sections.0',
    ]);
  });

  it('refuses render options of the wrong type', () => {
    for (const options of [
      5,
      'x',
      null,
      [],
      { maxNodes: 0 },
      { maxNodes: 1.5 },
      { maxNodes: '10' },
      { maxSectionDepth: Infinity },
      { maxTextLength: -1 },
    ]) {
      const issues = refusal(() => renderHTML(small, options as never));
      expect(
        issues.map((issue) => issue.split(' ')[0]),
        JSON.stringify(options),
      ).toEqual(['report.invalid-option']);
    }
  });
});

describe('the assemblers check their arguments', () => {
  it('refuses options and contexts that are not objects, and options of the wrong type, with report.invalid-option', () => {
    expect(refusal(() => assembleActionPlanReport(actionPlan2023, null as never))).toEqual(['report.invalid-option ']);
    expect(refusal(() => assembleActionPlanReport(actionPlan2023, 'x' as never))).toEqual(['report.invalid-option ']);
    expect(refusal(() => assembleProgressReport(actionPlan2023, null as never, null as never))).toEqual([
      'report.invalid-option ',
    ]);
    expect(refusal(() => assembleProgressReport(actionPlan2023, exampleProgress(), { asOf: 5 } as never))).toEqual([
      'report.invalid-option asOf',
    ]);
    expect(refusal(() => assemblePresidencyMemoir(actionPlan2023, exampleProgress(), { asOf: 5 } as never))).toEqual([
      'report.invalid-option asOf',
    ]);
    expect(
      refusal(() => assemblePresidencyMemoir(actionPlan2023, exampleProgress(), { incoming: 'x' } as never)),
    ).toEqual(['report.invalid-option incoming']);
    expect(
      refusal(() =>
        assemblePresidencyMemoir(actionPlan2023, exampleProgress(), {
          incoming: { ...nextPresidency(), explanation: { text: 'x' } },
        } as never),
      ),
    ).toEqual([
      'report.invalid-option incoming.explanation.text',
      'report.invalid-option incoming.explanation.heldThisCycle',
    ]);
    const getter = Object.defineProperty({}, 'asOf', {
      enumerable: true,
      get: () => {
        throw new Error('no');
      },
    });
    expect(refusal(() => assemblePresidencyMemoir(actionPlan2023, exampleProgress(), getter as never))).toEqual([
      'report.invalid-option asOf',
    ]);
  });

  it('refuses an invalid plan or progress with MirpsValidationError, as documented', () => {
    expect(() => assemblePresidencyMemoir(null as never, exampleProgress())).toThrow(MirpsValidationError);
    expect(() => assembleProgressReport(actionPlan2023, null as never, { asOf: '2023-12-31' })).toThrow(
      MirpsValidationError,
    );
  });

  it('changes none of its inputs (frozen inputs would throw on a write)', () => {
    const plan = deepFreeze(structuredClone(actionPlan2023));
    const progress = deepFreeze(exampleProgress());
    const options = deepFreeze({ asOf: '2023-12-31', incoming: nextPresidency() });
    expect(() => renderHTML(assemblePresidencyMemoir(plan, progress, options))).not.toThrow();
    expect(() => renderMarkdown(assembleProgressReport(plan, progress, options))).not.toThrow();
    expect(plan).toEqual(actionPlan2023);
    expect(progress).toEqual(exampleProgress());
  });
});

describe('limits, with defaults, refused with a typed issue that names the option', () => {
  it('refuses sections nested deeper than maxSectionDepth', () => {
    expect(() => renderHTML(nested(DEFAULT_MAX_SECTION_DEPTH))).not.toThrow();
    const deep = nested(DEFAULT_MAX_SECTION_DEPTH + 1);
    const [issue] = refusal(() => renderMarkdown(deep));
    expect(issue).toMatch(/^report\.document-too-deep sections\.0(\.sections\.0){32}$/);
    expect(() => renderMarkdown(deep, { maxSectionDepth: DEFAULT_MAX_SECTION_DEPTH + 1 })).not.toThrow();
    try {
      renderJSON(deep);
    } catch (error) {
      expect((error as MirpsReportError).message).toContain('maxSectionDepth option (32 by default)');
    }
  });

  it('refuses more values than maxNodes and more text than maxTextLength, naming the option', () => {
    const plan = assembleActionPlanReport(actionPlan2023);
    expect(refusal(() => renderHTML(plan, { maxNodes: 100 }))[0]).toMatch(/^report\.document-too-large /);
    expect(refusal(() => renderHTML(plan, { maxTextLength: 1_000 }))[0]).toMatch(/^report\.document-too-large /);
    expect(() => renderMarkdown(plan, { maxNodes: 2_000, maxTextLength: 20_000 })).not.toThrow();
    expect(() => parseReportDocument(plan, { maxNodes: 100 })).toThrow(
      /raise the maxNodes option \(200000 by default\)/,
    );
    expect(() => parseReportDocument({ ...small, title: 'x'.repeat(DEFAULT_MAX_REPORT_TEXT_LENGTH + 1) })).toThrow(
      /raise the maxTextLength option \(10000000 by default\)/,
    );
    expect(DEFAULT_MAX_REPORT_NODES).toBe(200_000);
  });

  it('bounds the work on a document that shares its sections (2^40 paths) by the count of values read', () => {
    const reads = new Map<string, number>();
    let shared = section('leaf');
    for (let level = 0; level < 40; level++) shared = { ...section(`level-${level}`), sections: [shared, shared] };
    const doc = counted({ title: 'Shared', language: 'en', sections: [shared] }, reads, 'doc');
    expect(refusal(() => renderHTML(doc as ReportDocument, { maxNodes: 1_000, maxSectionDepth: 64 }))[0]).toMatch(
      /^report\.document-too-large /,
    );
    const total = [...reads.values()].reduce((sum, n) => sum + n, 0);
    expect(total).toBeLessThan(5 * 1_000);
  });

  it('refuses an array that claims more items than the limit before reading any', () => {
    const reads = new Map<string, number>();
    const endless = new Proxy([], {
      get: (target, key) => {
        if (key === 'length') return 2 ** 32 - 1;
        reads.set(String(key), 1);
        return Reflect.get(target, key);
      },
    });
    expect(refusal(() => renderJSON({ ...small, sections: endless } as never))).toEqual([
      'report.document-too-large sections',
    ]);
    expect([...reads.keys()].filter((key) => /^\d+$/.test(key))).toEqual([]);
  });
});

describe('the document rendered is the document checked', () => {
  it('reads every value once, so a getter cannot show one thing to the check and another to the writer', () => {
    const reads = new Map<string, number>();
    const doc = assembleActionPlanReport(actionPlan2023);
    renderHTML(counted(doc, reads, 'doc'));
    expect([...reads].filter(([, count]) => count > 1)).toEqual([]);
    let title = 0;
    const changing = {
      ...small,
      get title() {
        return ++title === 1 ? 'Safe' : '<script>x</script>';
      },
    };
    expect(renderHTML(changing)).toContain('<h1>Safe</h1>');
  });

  it('writes the checked copy as JSON, whatever toJSON or prototype the value has', () => {
    const sneaky = Object.assign(Object.create({ toJSON: () => ({ title: '<script>' }) }) as object, small);
    expect(JSON.parse(renderJSON(sneaky as ReportDocument))).toEqual(small);
  });

  it('returns a frozen copy from parseReportDocument, and changes nothing it is given', () => {
    const doc = assembleActionPlanReport(actionPlan2023);
    const before = structuredClone(doc);
    const checked = parseReportDocument(doc);
    expect(checked).not.toBe(doc);
    expect(checked).toEqual(doc);
    // Frozen all the way down: every object and array in the copy.
    const unfrozen: unknown[] = [];
    const walk = (value: unknown): void => {
      if (typeof value !== 'object' || value === null) return;
      if (!Object.isFrozen(value)) unfrozen.push(value);
      Object.values(value).forEach(walk);
    };
    walk(checked);
    expect(unfrozen).toEqual([]);
    for (const render of Object.values(RENDERERS)) render(doc);
    expect(doc).toEqual(before);
  });

  it('exports no mutable value: every export is a function, a primitive or frozen', () => {
    for (const [name, value] of Object.entries(report)) {
      if (typeof value === 'object' && value !== null) expect(Object.isFrozen(value), name).toBe(true);
      else expect(['function', 'number', 'string', 'boolean'], name).toContain(typeof value);
    }
  });
});
