import {
  buildCalendar,
  type Calendar,
  type CalendarLimits,
  type CalendarOptions,
  findConflicts,
  monthGrid,
  monthGridMarkdown,
  monthGridText,
  presidencyTermCalendar,
  toICS,
} from '@mirps/calendar';
import { type ActionPlan, type CalendarActivity, MirpsError } from '@mirps/core';
import { actionPlan2023, workingGroups } from '@mirps/core/data';
import fc from 'fast-check';
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { pathsOf, setAt, validPlan } from '../../core/test/arbitraries.js';

// Random valid and hostile input through every public function: only MIRPS errors may come out, every file written
// must parse with one VEVENT per event and no injected line, inputs stay as they were, and the limits hold.

const HANG_GUARD = 60_000;
const STAMP = '2024-01-01T00:00:00Z';

/** Runs `act`; a MIRPS error is an answer, anything else thrown fails the property. */
function answer<T>(act: () => T): T | MirpsError {
  try {
    return act();
  } catch (error) {
    if (error instanceof MirpsError) return error;
    throw error;
  }
}

// Text that validation lets through, but that a careless writer would still get wrong: keywords, separators,
// escapes, other scripts and long lines; notes may also break lines. And text that validation must refuse: control
// characters of every kind.
const ONE_LINE = [
  'BEGIN:VEVENT',
  'END:VCALENDAR',
  ';,\\"',
  'Commas, semicolons; backslash \\',
  '😀🇵🇦 Ñandú Ελληνικά',
  'x'.repeat(3000),
  'DTSTART:20240101',
];
const CONTROLS = [
  'x\r\nBEGIN:VEVENT\r\nSUMMARY:injected',
  '\rBEGIN:VEVENT',
  'nul\u0000byte',
  'esc\u001b[31mred',
  'line\u2028sep',
  'tab\there',
  'del\u007f',
  '   ',
  '',
];
const line = fc.oneof(
  { weight: 2, arbitrary: fc.constantFrom(...ONE_LINE) },
  { weight: 2, arbitrary: fc.string({ minLength: 1, maxLength: 20 }).filter((value) => /^\S(?:.*\S)?$/.test(value)) },
);
const paragraphs = fc.array(line, { minLength: 1, maxLength: 3 }).map((parts) => parts.join('\n'));
const hostile = fc.oneof(fc.constantFrom(...CONTROLS), fc.string({ unit: 'binary', maxLength: 20 }));
const localized = (text: fc.Arbitrary<string>) => fc.record({ en: text, es: text }, { requiredKeys: ['en'] });

const pad = (n: number, width = 2): string => String(n).padStart(width, '0');
const year = fc.oneof(
  { weight: 12, arbitrary: fc.constant(2024) },
  { weight: 1, arbitrary: fc.constantFrom(1, 50, 1900, 2023, 2025, 9990) },
);
const day = fc
  .record({
    year,
    month: fc.integer({ min: 1, max: 12 }),
    date: fc.oneof(
      { weight: 9, arbitrary: fc.integer({ min: 1, max: 28 }) },
      { weight: 1, arbitrary: fc.integer({ min: 29, max: 31 }) },
    ),
  })
  .map(({ year: y, month, date }) => `${pad(y, 4)}-${pad(month)}-${pad(date)}`);
const partialDate = fc.oneof(
  { weight: 6, arbitrary: day },
  { weight: 1, arbitrary: day.map((d) => d.slice(0, 7)) },
  { weight: 1, arbitrary: day.map((d) => d.slice(0, 4)) },
);

// Lists of BYxxx values, mostly in range; now and then just outside it.
const list = (min: number, max: number, signed = false): fc.Arbitrary<string> =>
  fc
    .array(
      fc
        .oneof(
          { weight: 9, arbitrary: fc.integer({ min, max }) },
          { weight: 1, arbitrary: fc.constantFrom(Math.max(0, min - 1), max + 1) },
        )
        .chain((n) => (signed ? fc.constantFrom(n, -n) : fc.constant(n))),
      { minLength: 1, maxLength: 4 },
    )
    .map((values) => values.join(','));
const weekday = fc.constantFrom('MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU');
const PARTS: Record<string, fc.Arbitrary<string>> = {
  INTERVAL: fc
    .oneof({ weight: 5, arbitrary: fc.integer({ min: 1, max: 5 }) }, { weight: 1, arbitrary: fc.constant(9999) })
    .map(String),
  COUNT: fc.integer({ min: 1, max: 2000 }).map(String),
  UNTIL: fc.oneof(
    day.map((d) => d.replaceAll('-', '')),
    fc.constant('20241231T235959Z'),
  ),
  BYMONTH: list(1, 12),
  BYMONTHDAY: list(1, 31, true),
  BYYEARDAY: list(1, 366, true),
  BYWEEKNO: list(1, 53, true),
  BYDAY: fc
    .array(
      fc
        .tuple(fc.option(fc.integer({ min: -6, max: 6 }).map(String), { nil: '' }), weekday)
        .map(([n, d]) => `${n}${d}`),
      { minLength: 1, maxLength: 3 },
    )
    .map((v) => v.join(',')),
  BYHOUR: list(0, 23),
  BYMINUTE: list(0, 59),
  BYSECOND: list(0, 59),
  BYSETPOS: list(1, 3, true),
  WKST: weekday,
};
/** RRULEs with a FREQ and up to four other parts of RFC 5545, their values in and (now and then) out of range. */
const rrule = fc
  .tuple(
    fc.constantFrom('YEARLY', 'MONTHLY', 'WEEKLY', 'DAILY', 'HOURLY', 'MINUTELY', 'SECONDLY'),
    fc.shuffledSubarray(Object.keys(PARTS), { maxLength: 4 }),
  )
  .chain(([freq, names]) =>
    fc
      .tuple(...names.map((name) => PARTS[name]!.map((value) => `${name}=${value}`)))
      .map((parts) => [`FREQ=${freq}`, ...parts].join(';')),
  );

const schedule = fc.oneof(
  {
    weight: 2,
    arbitrary: fc.record({ kind: fc.constant('dates'), dates: fc.array(partialDate, { minLength: 1, maxLength: 5 }) }),
  },
  {
    weight: 1,
    arbitrary: fc.tuple(day, fc.integer({ min: 0, max: 40 })).map(([start, length]) => {
      const end = new Date(0);
      end.setUTCFullYear(Number(start.slice(0, 4)), Number(start.slice(5, 7)) - 1, Number(start.slice(8, 10)) + length);
      return {
        kind: 'range',
        start,
        end: end.getUTCFullYear() > 9999 ? start : `${pad(end.getUTCFullYear(), 4)}-${end.toISOString().slice(5, 10)}`,
      };
    }),
  },
  {
    weight: 4,
    arbitrary: fc.record(
      {
        kind: fc.constant('recurrence'),
        start: day,
        rrule,
        exdates: fc.array(day, { maxLength: 3 }),
        rdates: fc.array(day, { maxLength: 3 }),
      },
      { requiredKeys: ['kind', 'start', 'rrule'] },
    ),
  },
  {
    weight: 1,
    arbitrary: fc.record({ kind: fc.constant('unscheduled'), note: localized(paragraphs) }, { requiredKeys: ['kind'] }),
  },
);
const time = fc
  .record({
    hour: fc.integer({ min: 0, max: 22 }),
    minute: fc.constantFrom(0, 30, 59),
    length: fc.option(fc.integer({ min: 0, max: 60 })),
    zone: fc.constantFrom('UTC', 'America/Panama', 'Europe/Zurich', 'Pacific/Kiritimati', 'Pacific/Niue'),
  })
  .map(({ hour, minute, length, zone }) => {
    const at = (minutes: number): string => `${pad(Math.floor(minutes / 60))}:${pad(minutes % 60)}`;
    return {
      start: at(hour * 60 + minute),
      ...(length === null ? {} : { end: at(hour * 60 + minute + length) }),
      zone,
    };
  });
const activityShape = fc.record(
  {
    category: fc.constantFrom('technical-meeting', 'high-level-event', 'other-activity'),
    title: localized(line),
    note: localized(paragraphs),
    schedule,
    time,
    location: fc.oneof(
      fc.constant({ kind: 'virtual' }),
      fc.record({ kind: fc.constant('in-person'), city: localized(line), country: fc.constantFrom('PA', 'MX', 'CR') }),
    ),
    workingGroup: fc.constantFrom(...workingGroups.map((group) => group.id)),
    audiences: fc.array(fc.constantFrom('member-states', 'support-platform', 'everyone', 'donors'), { maxLength: 3 }),
  },
  { requiredKeys: ['category', 'title', 'schedule'] },
);
// Activity lists, valid by construction most of the time; now and then one value anywhere made hostile.
const activities = fc
  .array(activityShape, { minLength: 1, maxLength: 6 })
  .map((rows) => rows.map((row, i) => ({ id: `activity-${i}`, ...row })))
  .chain((rows) =>
    fc.oneof(
      { weight: 3, arbitrary: fc.constant(rows) },
      {
        weight: 1,
        arbitrary: fc
          .tuple(
            fc.constantFrom(...pathsOf(rows)),
            fc.oneof(
              hostile,
              fc.constantFrom<unknown>(null, 0, 1e308, [], {}, '__proto__', 'FREQ=SECONDLY', 'everyone'),
            ),
          )
          .map(([path, value]) => setAt(structuredClone(rows), path, value) as typeof rows),
      },
    ),
  );

const limits: fc.Arbitrary<CalendarLimits> = fc.record(
  {
    maxOccurrences: fc.constantFrom(5, 50, 10_000),
    maxOccurrencesPerRule: fc.constantFrom(3, 100, 1000),
    maxFrequency: fc.constantFrom('daily', 'hourly', 'minutely', 'secondly'),
    maxExpansionSteps: fc.constantFrom(500, 20_000),
  },
  { requiredKeys: ['maxExpansionSteps'] },
);
const windows = fc.oneof(
  { weight: 6, arbitrary: fc.constant({ from: '2024-01-01', to: '2024-12-31' }) },
  {
    weight: 1,
    arbitrary: fc.constantFrom(
      { from: '0050-01-01', to: '0050-12-31' },
      { from: '2020-01-01', to: '2029-12-31' },
      { from: '9990-01-01', to: '9999-12-31' },
    ),
  },
);

const EVENT_PROPERTIES = new Set([
  'UID',
  'SEQUENCE',
  'DTSTAMP',
  'DTSTART',
  'DTEND',
  'RRULE',
  'EXDATE',
  'RDATE',
  'SUMMARY',
  'LOCATION',
  'DESCRIPTION',
  'CATEGORIES',
  'X-MICROSOFT-CDO-ALLDAYEVENT',
  'X-MICROSOFT-MSNCALENDAR-ALLDAYEVENT',
]);
const CALENDAR_PROPERTIES = new Set([
  'VERSION',
  'PRODID',
  'CALSCALE',
  'NAME',
  'X-WR-CALNAME',
  'TZID',
  'X-LIC-LOCATION',
  'LAST-MODIFIED',
  'TZNAME',
  'TZOFFSETFROM',
  'TZOFFSETTO',
  'DTSTART',
  'RRULE',
  'RDATE',
]);

/** Every view of a calendar, checked: the grid, conflicts and an iCalendar file that parses with one VEVENT per event and no line of its own. */
function checkViews(calendar: Calendar, options: CalendarLimits): void {
  const { maxOccurrences = 10_000, maxOccurrencesPerRule = 1000 } = options;
  expect(calendar.occurrences.length + calendar.monthEntries.length).toBeLessThanOrEqual(maxOccurrences);
  const perActivity = new Map<string, number>();
  for (const o of calendar.occurrences)
    if (o.recurring) perActivity.set(o.activityId, (perActivity.get(o.activityId) ?? 0) + 1);
  for (const count of perActivity.values()) expect(count).toBeLessThanOrEqual(maxOccurrencesPerRule);

  const firstYear = Number(calendar.window.from.slice(0, 4));
  if (calendar.window.from.endsWith('-01-01') && calendar.window.to >= `${pad(firstYear, 4)}-12-31`) {
    const grid = monthGrid(calendar, firstYear);
    expect(grid.rows).toHaveLength(calendar.activities.length);
    expect(monthGridText(grid).split('\n').length).toBeGreaterThan(1);
    const markdown = monthGridMarkdown(grid).trimEnd().split('\n');
    const cells = (line: string): number => line.split(/(?<!\\)\|/).length;
    for (const line of markdown) expect(cells(line)).toBe(cells(markdown[0]!));
  }
  const conflicts = findConflicts(calendar, { maxConflicts: 20 });
  expect(conflicts.length).toBeLessThanOrEqual(20);

  const ics = answer(() => toICS(calendar, { stamp: STAMP, name: 'Adversarial; name, with \\ escapes' }));
  if (ics instanceof MirpsError) {
    // Only an activity in a zone without VTIMEZONE data may be refused here.
    expect(ics.issues[0]!.code).toBe('calendar.invalid-option');
    return;
  }
  const recurring = new Set(calendar.activities.filter((a) => a.schedule.kind === 'recurrence').map((a) => a.id));
  const expected =
    calendar.occurrences.filter((o) => !recurring.has(o.activityId)).length +
    new Set(calendar.occurrences.filter((o) => recurring.has(o.activityId)).map((o) => o.activityId)).size;
  const lines = ics.split('\r\n');
  expect(lines.pop()).toBe('');
  let inEvent = false;
  for (const line of lines) {
    expect(line).not.toMatch(/[\u0000-\u001f\u007f]/);
    if (line.startsWith(' ')) continue; // a folded line's continuation
    const name = line.slice(0, line.search(/[;:]/));
    if (line === 'BEGIN:VEVENT') inEvent = true;
    else if (line === 'END:VEVENT') inEvent = false;
    else if (!line.startsWith('BEGIN:') && !line.startsWith('END:'))
      expect(inEvent ? EVENT_PROPERTIES : CALENDAR_PROPERTIES, line.slice(0, 80)).toContain(name);
  }
  expect(lines.filter((line) => line === 'BEGIN:VEVENT')).toHaveLength(expected);
  expect(lines.filter((line) => line === 'BEGIN:VCALENDAR')).toHaveLength(1);
  const root = new ICAL.Component(ICAL.parse(ics));
  expect(root.name).toBe('vcalendar');
  expect(root.getAllSubcomponents('vevent')).toHaveLength(expected);
}

describe('adversarial input through the calendar', () => {
  it('builds, views and exports random and hostile activity lists, or refuses them with a MIRPS error', {
    timeout: HANG_GUARD,
  }, () => {
    fc.assert(
      fc.property(activities, windows, limits, (input, window, options) => {
        const before = structuredClone(input);
        const calendar = answer(() => buildCalendar(input as CalendarActivity[], { ...window, ...options }));
        expect(input).toEqual(before);
        if (!(calendar instanceof MirpsError)) checkViews(calendar, options);
      }),
      { numRuns: 200 },
    );
  });

  it('expands random rules within the limits, or refuses them with a MIRPS error, and exports what it expands', {
    timeout: HANG_GUARD,
  }, () => {
    const rule = fc.record({
      start: day,
      rrule,
      exdates: fc.array(day, { maxLength: 3 }),
      rdates: fc.array(day, { maxLength: 3 }),
      time: fc.option(time),
    });
    fc.assert(
      fc.property(rule, windows, limits, ({ start, rrule: text, exdates, rdates, time: at }, window, options) => {
        const input = [
          {
            id: 'rule',
            category: 'technical-meeting',
            title: { en: 'Rule BEGIN:VEVENT' },
            schedule: { kind: 'recurrence', start, rrule: text, exdates, rdates },
            ...(at === null ? {} : { time: at }),
          },
        ];
        const calendar = answer(() => buildCalendar(input as CalendarActivity[], { ...window, ...options }));
        if (!(calendar instanceof MirpsError)) checkViews(calendar, options);
      }),
      { numRuns: 300 },
    );
  });

  it('takes random valid plans, and the same plans mutated anywhere, through buildCalendar and presidencyTermCalendar', {
    timeout: HANG_GUARD,
  }, () => {
    const mutated = validPlan.chain((plan) =>
      fc.tuple(
        fc.constant(plan),
        fc.constantFrom(...pathsOf(plan)),
        fc.oneof(line, hostile, fc.constantFrom<unknown>(null, 0, -1, 1e308, [], {}, '__proto__', 'FREQ=SECONDLY')),
      ),
    );
    fc.assert(
      fc.property(mutated, fc.boolean(), limits, ([plan, path, value], mutate, options) => {
        const input = mutate ? (setAt(structuredClone(plan), path, value) as ActionPlan) : plan;
        const before = structuredClone(input);
        for (const make of [() => buildCalendar(input, options), () => presidencyTermCalendar(input, options)]) {
          const calendar = answer(make);
          expect(input).toEqual(before);
          if (!(calendar instanceof MirpsError)) checkViews(calendar, options);
        }
      }),
      { numRuns: 60 },
    );
  });

  it('answers bad arguments to every public function with a MIRPS error', { timeout: HANG_GUARD }, () => {
    const calendar = buildCalendar(actionPlan2023);
    const grid = monthGrid(calendar, 2023);
    const anything = fc.oneof(
      fc.anything({
        maxDepth: 2,
        maxKeys: 4,
        withNullPrototype: true,
        withBigInt: true,
        withDate: true,
        withMap: true,
        withTypedArray: true,
        withSparseArray: true,
      }),
      fc.constantFrom<unknown>(
        calendar,
        grid,
        actionPlan2023,
        [actionPlan2023.calendar[0]],
        Symbol('x'),
        () => 1,
        Number.NaN,
        Infinity,
      ),
    );
    const optionsLike = fc.dictionary(
      fc.constantFrom<
        | keyof CalendarOptions
        | 'stamp'
        | 'name'
        | 'prodId'
        | 'uidDomain'
        | 'language'
        | 'maxBytes'
        | 'maxConflicts'
        | 'incoming'
        | '__proto__'
      >(
        'from',
        'to',
        'maxDays',
        'maxOccurrences',
        'maxOccurrencesPerRule',
        'maxFrequency',
        'maxExpansionSteps',
        'reference',
        'ledger',
        'stamp',
        'name',
        'prodId',
        'uidDomain',
        'language',
        'maxBytes',
        'maxConflicts',
        'incoming',
        '__proto__',
      ),
      anything,
      { maxKeys: 4 },
    );
    const calls: Array<(a: unknown, b: unknown) => unknown> = [
      (a, b) => buildCalendar(a as never, b as never),
      (a, b) => presidencyTermCalendar(a as never, b as never),
      (a, b) => monthGrid(a as never, b as never),
      (a, b) => monthGrid(calendar, (typeof b === 'number' ? b : a) as never),
      (a) => monthGridText(a as never),
      (a) => monthGridMarkdown(a as never),
      (a, b) => findConflicts(a as never, b as never),
      (_a, b) => findConflicts(calendar, b as never),
      (a, b) => toICS(a as never, b as never),
      (_a, b) => toICS(calendar, b as never),
      (_a, b) => toICS(calendar, { stamp: STAMP, ...(b as object) } as never),
      (_a, b) => buildCalendar(actionPlan2023, b as never),
    ];
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: calls.length - 1 }),
        anything,
        fc.oneof(anything, optionsLike),
        (which, a, b) => {
          answer(() => calls[which]!(a, b));
        },
      ),
      { numRuns: 300 },
    );
  });
});
