import * as calendarPackage from '@mirps/calendar';
import {
  buildCalendar,
  daysBetween,
  findConflicts,
  monthGrid,
  monthGridMarkdown,
  monthGridText,
  presidencyTermCalendar,
  toICS,
} from '@mirps/calendar';
import { MirpsCalendarError, MirpsError } from '@mirps/core';
import { actionPlan2023 } from '@mirps/core/data';
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { icsText, utf8Length } from '../src/ics-text.js';
import { activity, thrownIssue } from './helpers.js';

const STAMP = '2023-01-01T00:00:00Z';
const window = { from: '2024-01-01', to: '2024-12-31' };

describe('toICS cannot be made to write a line of its own', () => {
  const calendar = buildCalendar(actionPlan2023);

  it('refuses control characters in name, prodId and uidDomain', () => {
    for (const key of ['name', 'prodId', 'uidDomain'] as const) {
      for (const hostile of [
        'x\r\nBEGIN:VEVENT\r\nSUMMARY:injected',
        'x\nEND:VCALENDAR',
        'nul\u0000',
        'esc\u001b[31m',
        'sep\u2028BEGIN:VEVENT',
        'del\u007f',
        'tab\tx',
        '   ',
      ]) {
        expect(
          thrownIssue(() => toICS(calendar, { stamp: STAMP, [key]: hostile })),
          `${key} ${JSON.stringify(hostile)}`,
        ).toEqual({ name: 'MirpsCalendarError', code: 'calendar.invalid-option', path: [key] });
      }
    }
  });

  it('escapes TEXT in the name and PRODID, which ical.js reads back exactly', () => {
    const text = toICS(calendar, {
      stamp: STAMP,
      name: 'Plan; 2023, "MIRPS" \\ BEGIN:VEVENT',
      prodId: '-//Org, Inc.//Tool; v1//EN',
    });
    expect(text).toContain('X-WR-CALNAME:Plan\\; 2023\\, "MIRPS" \\\\ BEGIN:VEVENT\r\n');
    expect(text.match(/^BEGIN:VEVENT\r$/gm)).toHaveLength(5);
    expect(new ICAL.Component(ICAL.parse(text)).getFirstPropertyValue('prodid')).toBe('-//Org, Inc.//Tool; v1//EN');
  });

  it('writes every line break in text from the data as an escaped \\n, so an injected keyword never starts a line', () => {
    const hostile = activity('hostile', {
      title: { en: 'Title BEGIN:VEVENT' },
      note: { en: 'Agenda\nEND:VEVENT\nBEGIN:VEVENT\nUID:injected\nSUMMARY:injected\nEND:VEVENT' },
    });
    const text = toICS(buildCalendar([hostile], window), { stamp: STAMP });
    expect(text.match(/^BEGIN:VEVENT\r$/gm)).toHaveLength(1);
    expect(text.match(/^UID:/gm)).toHaveLength(1);
    expect(text).not.toMatch(/^(?:SUMMARY|END):injected/m);
    expect(text.replaceAll('\r\n', '')).not.toMatch(/[\u0000-\u001f\u007f]/);
    const [event] = new ICAL.Component(ICAL.parse(text))
      .getAllSubcomponents('vevent')
      .map((vevent) => new ICAL.Event(vevent));
    expect(event!.description).toBe(hostile.note!.en);
  });

  it('never writes a control character raw: line breaks become "\\n", a TAB a space, the others are dropped', () => {
    expect(icsText('a\r\nb\rc\nd\u0085e\u2028f\u2029g')).toBe('a\nb\nc\nd\ne\nf\ng');
    expect(icsText('tab\there')).toBe('tab here');
    const c0 = Array.from({ length: 32 }, (_, i) => String.fromCharCode(i)).filter((c) => !'\t\n\r'.includes(c));
    const controls = `${c0.join('')}\u007f\u0080\u009f`;
    expect(icsText(`x${controls}y`)).toBe('xy');
    expect(icsText('Ñandú 😀 «text»')).toBe('Ñandú 😀 «text»');
  });

  it("counts a text's octets as the file holds them in UTF-8, a lone surrogate as the three of U+FFFD", () => {
    for (const text of ['plain', 'Ñandú', '€ «text»', 'x 😀 y', 'lone \ud800 high', 'lone \udfff low', '']) {
      expect(utf8Length(text), JSON.stringify(text)).toBe(Buffer.byteLength(text, 'utf8'));
    }
  });

  it('refuses a file larger than maxBytes before writing it', () => {
    // One title of 20,000 characters on 50 days is a file of a million octets, from an input of 21,000.
    const days = Array.from({ length: 50 }, (_, i) => new Date(Date.UTC(2024, 0, 1 + i)).toISOString().slice(0, 10));
    const long = activity('long', { title: { en: 'x'.repeat(20_000) }, schedule: { kind: 'dates', dates: days } });
    const big = buildCalendar([long], window);
    expect(calendarPackage.DEFAULT_MAX_ICS_BYTES).toBe(16 * 1024 * 1024);
    expect(thrownIssue(() => toICS(big, { stamp: STAMP, maxBytes: 500_000 }))).toEqual({
      name: 'MirpsCalendarError',
      code: 'calendar.ics-too-large',
      path: ['maxBytes'],
    });
    expect(toICS(big, { stamp: STAMP }).length).toBeGreaterThan(1_000_000);
  });
});

describe('the month grid stays the size of its input', () => {
  it('writes a day given many times once, and cuts a very long title in the text grid', () => {
    const twice = activity('twice', {
      title: { en: 'T'.repeat(5000) },
      schedule: { kind: 'dates', dates: Array(40).fill('2024-03-05') },
    });
    const grid = monthGrid(buildCalendar([twice, activity('short')], window), 2024);
    expect(grid.rows[0]!.months[2]).toEqual({ days: [[5, 5]], wholeMonth: false });
    const text = monthGridText(grid);
    for (const line of text.split('\n')) expect(line.length).toBeLessThan(400);
    expect(text).toContain(`${'T'.repeat(199)}…`);
    expect(monthGridMarkdown(grid)).toContain('T'.repeat(5000));
  });
});

describe('every public function refuses bad arguments with a typed MIRPS error', () => {
  const calendar = buildCalendar(actionPlan2023);
  const grid = monthGrid(calendar, 2023);
  const throwing = new Proxy(
    {},
    {
      get: () => {
        throw new TypeError('boom');
      },
      has: () => {
        throw new TypeError('boom');
      },
    },
  );
  const cases: Array<[string, () => unknown, string]> = [
    ['monthGridText(null)', () => monthGridText(null as never), 'calendar.invalid-grid'],
    ['monthGridText(undefined)', () => monthGridText(undefined as never), 'calendar.invalid-grid'],
    ['monthGridMarkdown(undefined)', () => monthGridMarkdown(undefined as never), 'calendar.invalid-grid'],
    [
      'monthGridMarkdown with 11 months',
      () => monthGridMarkdown({ ...grid, rows: [{ ...grid.rows[0]!, months: grid.rows[0]!.months.slice(1) }] }),
      'calendar.invalid-grid',
    ],
    [
      'monthGridText with a title over two lines',
      () => monthGridText({ ...grid, rows: [{ ...grid.rows[0]!, title: { en: 'a\nb' } }] }),
      'calendar.invalid-grid',
    ],
    [
      'monthGridText with category __proto__',
      () => monthGridText({ ...grid, rows: [{ ...grid.rows[0]!, category: '__proto__' as never }] }),
      'calendar.invalid-grid',
    ],
    ['monthGridText(a throwing Proxy)', () => monthGridText(throwing as never), 'calendar.invalid-grid'],
    ['monthGrid(calendar, "x")', () => monthGrid(calendar, 'x' as never), 'calendar.invalid-option'],
    ['monthGrid(calendar, 2023.5)', () => monthGrid(calendar, 2023.5), 'calendar.invalid-option'],
    ['monthGrid(null, 2023)', () => monthGrid(null as never, 2023), 'calendar.invalid-calendar'],
    ['toICS(calendar, null)', () => toICS(calendar, null as never), 'calendar.invalid-stamp'],
    ['toICS(calendar, [])', () => toICS(calendar, [] as never), 'calendar.invalid-stamp'],
    ['toICS(calendar, { stamp: 5 })', () => toICS(calendar, { stamp: 5 as never }), 'calendar.invalid-stamp'],
    [
      'toICS language __proto__',
      () => toICS(calendar, { stamp: STAMP, language: '__proto__' as never }),
      'calendar.invalid-option',
    ],
    ['toICS maxBytes "5"', () => toICS(calendar, { stamp: STAMP, maxBytes: '5' as never }), 'calendar.invalid-option'],
    ['toICS name 5', () => toICS(calendar, { stamp: STAMP, name: 5 as never }), 'calendar.invalid-option'],
    ['toICS uidDomain {}', () => toICS(calendar, { stamp: STAMP, uidDomain: {} as never }), 'calendar.invalid-option'],
    ['toICS(null, …)', () => toICS(null as never, { stamp: STAMP }), 'calendar.invalid-calendar'],
    [
      'toICS options with a throwing getter',
      () =>
        toICS(calendar, {
          get stamp(): string {
            throw new RangeError('boom');
          },
        }),
      'calendar.invalid-option',
    ],
    ['buildCalendar(plan, null)', () => buildCalendar(actionPlan2023, null as never), 'calendar.invalid-option'],
    ['buildCalendar(plan, "x")', () => buildCalendar(actionPlan2023, 'x' as never), 'calendar.invalid-option'],
    [
      'buildCalendar maxDays "5"',
      () => buildCalendar(actionPlan2023, { maxDays: '5' as never }),
      'calendar.invalid-option',
    ],
    [
      'buildCalendar maxOccurrences -1',
      () => buildCalendar(actionPlan2023, { maxOccurrences: -1 }),
      'calendar.invalid-option',
    ],
    [
      'buildCalendar maxOccurrencesPerRule 1.5',
      () => buildCalendar(actionPlan2023, { maxOccurrencesPerRule: 1.5 }),
      'calendar.invalid-option',
    ],
    [
      'buildCalendar maxExpansionSteps NaN',
      () => buildCalendar(actionPlan2023, { maxExpansionSteps: Number.NaN }),
      'calendar.invalid-option',
    ],
    [
      'buildCalendar maxFrequency "weekly"',
      () => buildCalendar(actionPlan2023, { maxFrequency: 'weekly' as never }),
      'calendar.invalid-option',
    ],
    [
      'buildCalendar from 5',
      () => buildCalendar([activity('a')], { from: 5 as never, to: '2024-12-31' }),
      'calendar.invalid-window',
    ],
    [
      'buildCalendar options with a throwing getter',
      () =>
        buildCalendar([activity('a')], {
          ...window,
          get maxDays(): number {
            throw new TypeError('boom');
          },
        }),
      'calendar.invalid-option',
    ],
    ['findConflicts(5)', () => findConflicts(5 as never), 'calendar.invalid-calendar'],
    ['findConflicts(calendar, "x")', () => findConflicts(calendar, 'x' as never), 'calendar.invalid-option'],
    ['findConflicts maxConflicts 0', () => findConflicts(calendar, { maxConflicts: 0 }), 'calendar.invalid-option'],
    [
      'presidencyTermCalendar(plan, null)',
      () => presidencyTermCalendar(actionPlan2023, null as never),
      'calendar.invalid-option',
    ],
    [
      'presidencyTermCalendar incoming 5',
      () => presidencyTermCalendar(actionPlan2023, { incoming: 5 as never }),
      'calendar.invalid-option',
    ],
    [
      'presidencyTermCalendar label on two lines',
      () =>
        presidencyTermCalendar(actionPlan2023, {
          incoming: { label: '2024\nBEGIN:VEVENT', holder: 'BZ', holderName: 'Belice', handover: null } as never,
        }),
      'calendar.invalid-option',
    ],
    [
      'presidencyTermCalendar handover date 5',
      () =>
        presidencyTermCalendar(actionPlan2023, {
          incoming: { label: '2024', holder: 'BZ', holderName: 'Belice', handover: { date: 5, event: null } } as never,
        }),
      'calendar.invalid-option',
    ],
    [
      'presidencyTermCalendar maxOccurrences "1"',
      () => presidencyTermCalendar(actionPlan2023, { maxOccurrences: '1' as never }),
      'calendar.invalid-option',
    ],
    ['daysBetween("x", …)', () => daysBetween('x', '2024-01-01'), 'calendar.invalid-option'],
    ['daysBetween(null, undefined)', () => daysBetween(null as never, undefined as never), 'calendar.invalid-option'],
    ['daysBetween 2023-02-30', () => daysBetween('2023-01-01', '2023-02-30'), 'calendar.invalid-option'],
  ];

  it.each(cases)('%s', (_label, act, code) => {
    let thrown: unknown;
    try {
      act();
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(MirpsCalendarError);
    expect((thrown as MirpsError).issues[0]!.code).toBe(code);
  });

  it('refuses a plan that is not one with a validation error, never a TypeError', () => {
    for (const input of [null, undefined, 5, 'plan', {}, [null], [{}]]) {
      expect(() => buildCalendar(input as never, window)).toThrow(MirpsError);
      expect(() => presidencyTermCalendar(input as never)).toThrow(MirpsError);
    }
  });
});

describe('exported constants cannot be changed', () => {
  it('freezes every exported object and array', () => {
    const values = Object.entries(calendarPackage).filter(([, value]) => typeof value === 'object' && value !== null);
    expect(values.map(([name]) => name).sort()).toEqual(['MONTH_ABBREVIATIONS', 'RULE_FREQUENCIES']);
    for (const [name, value] of values) expect(Object.isFrozen(value), name).toBe(true);
    expect(() => (calendarPackage.RULE_FREQUENCIES as string[]).push('weekly')).toThrow(TypeError);
  });
});
