import {
  MIRPS_ISSUE_CODES,
  safeParseActionPlan,
  safeParsePlanProgress,
  safeParsePresidencyLedger,
  safeParseReferenceData,
} from '@mirps/core';
import { actionPlan2023 } from '@mirps/core/data';
import { describe, expect, it } from 'vitest';
import { LINE_PATTERN, TEXT_PATTERN } from '../src/model/non-blank-string.js';
import { ledgerCopy, planCopy, referenceCopy } from './helpers.js';

// Text that cannot break a format: titles, names, labels and citations are one line; text that may hold paragraphs
// breaks lines with \n only. Everything else that controls a terminal, a line or a paragraph is refused at validation.

/** The single issue of a result, which must have failed with exactly one. */
function onlyIssue(result: {
  success: boolean;
  error?: { issues: readonly { code: string; path: readonly (string | number)[]; message: string }[] };
}) {
  expect(result.success).toBe(false);
  expect(result.error?.issues).toHaveLength(1);
  return result.error!.issues[0]!;
}

const LINE_BREAKERS: Array<[string, string]> = [
  ['\n', 'U+000A'],
  ['\r', 'U+000D'],
  ['\r\n', 'U+000D'],
  ['\t', 'U+0009'],
  ['\u0000', 'U+0000'],
  ['\u001b', 'U+001B'],
  ['\u007f', 'U+007F'],
  ['\u0085', 'U+0085'],
  ['\u009b', 'U+009B'],
  ['\u2028', 'U+2028'],
  ['\u2029', 'U+2029'],
  ['\u000b', 'U+000B'],
  ['\u000c', 'U+000C'],
];

describe('single-line fields refuse every control character, line and paragraph separator', () => {
  // Each field, and how to set it on a copy of the embedded documents.
  const planFields: Array<[string, (plan: any, text: string) => void, Array<string | number>]> = [
    ["a plan's title", (plan, text) => (plan.title.en = text), ['title', 'en']],
    ["an activity's title", (plan, text) => (plan.calendar[0].title.en = text), ['calendar', 0, 'title', 'en']],
    [
      "an activity's city",
      (plan, text) => (plan.calendar[0].location = { kind: 'in-person', city: { es: text }, country: 'PA' }),
      ['calendar', 0, 'location', 'city', 'es'],
    ],
    ["an action's theme", (plan, text) => (plan.actions[0].theme = { en: text }), ['actions', 0, 'theme', 'en']],
    [
      'a methodology item',
      (plan, text) => (plan.workMethodology.keyDocuments[0].text.en = text),
      ['workMethodology', 'keyDocuments', 0, 'text', 'en'],
    ],
    ["a source's document", (plan, text) => (plan.sources = [{ document: text }]), ['sources', 0, 'document']],
    [
      "a source's section",
      (plan, text) => (plan.sources = [{ document: 'Plan', section: text }]),
      ['sources', 0, 'section'],
    ],
    ["a source's address", (plan, text) => (plan.sources = [{ document: 'Plan', url: text }]), ['sources', 0, 'url']],
  ];
  const referenceFields: Array<[string, (reference: any, text: string) => void, Array<string | number>]> = [
    [
      "a member state's name",
      (reference, text) => (reference.memberStates[0].name.es = text),
      ['memberStates', 0, 'name', 'es'],
    ],
    [
      "a member state's sort key",
      (reference, text) => (reference.memberStates[0].sortKey = text),
      ['memberStates', 0, 'sortKey'],
    ],
    [
      "a working group's name",
      (reference, text) => (reference.workingGroups[0].name.en = text),
      ['workingGroups', 0, 'name', 'en'],
    ],
    [
      "a working group's theme",
      (reference, text) => (reference.workingGroups[0].theme.en = text),
      ['workingGroups', 0, 'theme', 'en'],
    ],
    ["a partner's name", (reference, text) => (reference.partners[0].name.en = text), ['partners', 0, 'name', 'en']],
    [
      "a partner's abbreviation",
      (reference, text) => (reference.partners[0].abbreviation = text),
      ['partners', 0, 'abbreviation'],
    ],
    [
      "an instrument's name",
      (reference, text) => (reference.instruments[0].name.en = text),
      ['instruments', 0, 'name', 'en'],
    ],
    [
      "an Annual Meeting's name",
      (reference, text) => (reference.annualMeetings[0].name.en = text),
      ['annualMeetings', 0, 'name', 'en'],
    ],
  ];

  it.each(planFields)('%s', (_, set, path) => {
    for (const [breaker, codePoint] of LINE_BREAKERS) {
      const plan = planCopy();
      set(plan, `Regional${breaker}plan`);
      const issue = onlyIssue(safeParseActionPlan(plan));
      expect(issue, JSON.stringify(breaker)).toMatchObject({ code: 'shape.control-character', path });
      expect(issue.message).toContain(codePoint);
      expect(issue.message).toContain('position 9');
    }
  });

  it.each(referenceFields)('%s', (_, set, path) => {
    for (const [breaker, codePoint] of LINE_BREAKERS) {
      const reference = referenceCopy();
      set(reference, `Name${breaker}`.concat('x'));
      const issue = onlyIssue(safeParseReferenceData(reference));
      expect(issue, JSON.stringify(breaker)).toMatchObject({ code: 'shape.control-character', path });
      expect(issue.message).toContain(codePoint);
    }
  });

  it("an indicator's and an evidence's title in plan progress", () => {
    const progress = {
      plan: actionPlan2023.id,
      records: [
        {
          id: 'p1',
          action: 'action-1.1.1',
          date: '2023-05-01',
          status: 'completed',
          reportedBy: { memberState: 'PA' },
          evidence: [{ title: { en: 'Minutes\r\n' } }],
        },
      ],
      indicators: [
        {
          id: 'i1',
          result: 'result-1.1.1',
          title: { en: 'People\u2028reached' },
          unit: 'count',
          target: { value: 1, date: '2023' },
          actuals: [],
        },
      ],
    };
    const result = safeParsePlanProgress(progress, actionPlan2023);
    expect(result.success).toBe(false);
    if (!result.success) {
      expect(result.error.issues.map(({ code, path }) => ({ code, path }))).toEqual([
        { code: 'shape.control-character', path: ['records', 0, 'evidence', 0, 'title', 'en'] },
        { code: 'shape.control-character', path: ['indicators', 0, 'title', 'en'] },
      ]);
    }
  });

  it('ids, dates and codes name the control character too, with what the field expects', () => {
    const plan = planCopy();
    plan.actions[0]!.id = 'action\r1.1.1';
    const issue = onlyIssue(safeParseActionPlan(plan));
    expect(issue).toMatchObject({ code: 'shape.control-character', path: ['actions', 0, 'id'] });
    expect(issue.message).toMatch(/U\+000D \(carriage return\) at position 7: An id is lower-case/);
  });
});

describe('text that may hold paragraphs allows \\n and nothing else', () => {
  const paragraphFields: Array<[string, (plan: any, text: string) => void, Array<string | number>]> = [
    ["an action's text", (plan, text) => (plan.actions[0].text.en = text), ['actions', 0, 'text', 'en']],
    ['the vision', (plan, text) => (plan.vision.en = text), ['vision', 'en']],
    ["an objective's text", (plan, text) => (plan.objectives[0].text.en = text), ['objectives', 0, 'text', 'en']],
    ["an activity's note", (plan, text) => (plan.calendar[0].note = { en: text }), ['calendar', 0, 'note', 'en']],
    [
      'a handover duty',
      (plan, text) => (plan.handoverCommitments[0].text.en = text),
      ['handoverCommitments', 0, 'text', 'en'],
    ],
    ["a source's note", (plan, text) => (plan.sources = [{ document: 'Plan', note: text }]), ['sources', 0, 'note']],
  ];

  it.each(paragraphFields)('%s: paragraphs with \\n are valid', (_, set) => {
    const plan = planCopy();
    set(plan, 'First paragraph.\n\nSecond paragraph,\nwith a line break.');
    expect(safeParseActionPlan(plan).success).toBe(true);
  });

  it.each(paragraphFields)('%s: CR, TAB and the other control characters are refused', (_, set, path) => {
    for (const [breaker, codePoint] of LINE_BREAKERS.filter(([text]) => text !== '\n')) {
      const plan = planCopy();
      set(plan, `First.\n${breaker}Second.`);
      const issue = onlyIssue(safeParseActionPlan(plan));
      expect(issue, JSON.stringify(breaker)).toMatchObject({ code: 'shape.control-character', path });
      expect(issue.message).toContain(codePoint);
      expect(issue.message).toContain('position 8');
    }
  });

  it('an achievement and a term note in the ledger', () => {
    const ledger = ledgerCopy();
    ledger.terms[0]!.achievements = [{ id: 'presidency-2019.achievement-1', text: { en: 'One.\nTwo.' } }];
    ledger.terms[1]!.note = { en: 'Tab\there' };
    const result = safeParsePresidencyLedger(ledger);
    expect(result.success).toBe(false);
    if (!result.success)
      expect(result.error.issues.map(({ code, path }) => ({ code, path }))).toEqual([
        { code: 'shape.control-character', path: ['terms', 1, 'note', 'en'] },
      ]);
  });
});

describe('messages never carry the hostile text itself', () => {
  it('quotes and escapes a value or a key in a message, and keeps it short', () => {
    const plan = planCopy() as any;
    plan.year = `\u001b[2J\u0085\u2028${'x'.repeat(100)}`;
    plan['evil\u009b\u2028key'] = 1;
    const result = safeParseActionPlan(plan);
    expect(result.success).toBe(false);
    if (!result.success) {
      for (const issue of result.error.issues) {
        expect(MIRPS_ISSUE_CODES).toContain(issue.code);
        expect(issue.message).not.toMatch(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/);
        expect(issue.message.length).toBeLessThan(200);
      }
      expect(result.error.message).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u2028\u2029]/);
    }
  });
});

describe('zod runs the very patterns JSON Schema validators run', () => {
  // zod checks text with a faster `test` of its own; the patterns' source is what JSON Schema validators run. Both
  // must answer alike for every string: each special character alone, at the start, in the middle and at the end,
  // and white space alone.
  const specials = [
    ...Array.from({ length: 0xa1 }, (_, code) => String.fromCharCode(code)),
    ...[
      '\u00ad',
      '\u1680',
      '\u2000',
      '\u200b',
      '\u2027',
      '\u2028',
      '\u2029',
      '\u202f',
      '\u3000',
      '\ufeff',
      '\ud800',
      '\udc00',
      '\ud83d\ude00',
      'ñ',
    ],
  ];
  const strings = [
    '',
    ' ',
    '  \n ',
    '\u00a0\ufeff\u3000',
    ...specials.flatMap((c) => [c, `${c}x`, `a${c}b`, `x${c}`, ` ${c} `, `${c}${c}`]),
  ];

  it.each([
    ['one line', LINE_PATTERN],
    ['text with paragraphs', TEXT_PATTERN],
  ])('%s', (_, pattern) => {
    const plain = new RegExp(pattern.source, pattern.flags);
    for (const text of strings) expect([text, pattern.test(text)]).toEqual([text, plain.test(text)]);
    expect(String(pattern)).toBe(String(plain));
  });
});
