// The refusals of buildCalendar, presidencyTermCalendar, monthGridText and monthGridMarkdown, each a call that is
// given `{ language: 'es' }` (or nothing) in its options, or in its grid: for the test that each comes out in the
// language asked for, with the same code and path.

import { buildCalendar, monthGrid, monthGridMarkdown, monthGridText, presidencyTermCalendar } from '@mirps/calendar';
import { actionPlan2023 } from '@mirps/core/data';
import { activity } from './helpers.js';

type Language = { readonly language?: 'es' };
type Case = readonly [label: string, call: (language: Language) => unknown];

const year2024 = { from: '2024-01-01', to: '2024-12-31' };
const rule = (rrule: string, start = '2024-01-01') => [
  activity('rule', { schedule: { kind: 'recurrence', start, rrule } }),
];
const build = (label: string, activities: ReturnType<typeof rule>, options: object = year2024): Case => [
  label,
  (language) => buildCalendar(activities, { ...options, ...language }),
];
const incoming = (label: string, value: unknown): Case => [
  `incoming: ${label}`,
  (language) => presidencyTermCalendar(actionPlan2023, { incoming: value as never, ...language }),
];
const belize = { label: '2024', holder: 'BZ', holderName: 'Belize', handover: null };
const grid = monthGrid(buildCalendar(actionPlan2023), 2023);
const row = grid.rows[0]!;
const badGrids: ReadonlyArray<readonly [string, object]> = [
  ['no rows', { ...grid, rows: undefined }],
  ['year 0', { ...grid, year: 0 }],
  ['11 months', { ...grid, rows: [{ ...row, months: row.months.slice(1) }] }],
  ['a title over two lines', { ...grid, rows: [{ ...row, title: { en: 'a\nb' } }] }],
  ['a title in no language', { ...grid, rows: [{ ...row, title: {} }] }],
  ['category __proto__', { ...grid, rows: [{ ...row, category: '__proto__' }] }],
  ['day 32', { ...grid, rows: [{ ...row, months: row.months.map(() => ({ days: [[1, 32]], wholeMonth: false })) }] }],
  [
    'wholeMonth "yes"',
    { ...grid, rows: [{ ...row, months: row.months.map(() => ({ days: [], wholeMonth: 'yes' })) }] },
  ],
  ['a note of 5', { ...grid, rows: [{ ...row, note: 5 }] }],
  ['a row that is a string', { ...grid, rows: ['row'] }],
];
const throwingRows = (language: Language): object =>
  Object.defineProperty({ ...grid, ...language }, 'rows', {
    get() {
      throw new TypeError('boom');
    },
    enumerable: true,
  });

export const REFUSAL_CASES: readonly Case[] = [
  // The window.
  build('no window', [activity('a')], {}),
  build('no end', [activity('a')], { from: '2024-01-01' }),
  build('no start', [activity('a')], { to: '2024-12-31' }),
  build('from 5', [activity('a')], { from: 5, to: '2024-12-31' }),
  build('to 2024-02-30', [activity('a')], { from: '2024-01-01', to: '2024-02-30' }),
  build('reversed', [activity('a')], { from: '2024-12-31', to: '2024-01-01' }),
  build('too wide', [activity('a')], { from: '2000-01-01', to: '2024-12-31' }),
  build('maxDays "5"', [activity('a')], { ...year2024, maxDays: '5' }),
  ['a plan with maxDays 100', (language) => buildCalendar(actionPlan2023, { maxDays: 100, ...language })],
  // The limits.
  build('maxOccurrences -1', [activity('a')], { ...year2024, maxOccurrences: -1 }),
  build('maxOccurrencesPerRule 1.5', [activity('a')], { ...year2024, maxOccurrencesPerRule: 1.5 }),
  build('maxExpansionSteps NaN', [activity('a')], { ...year2024, maxExpansionSteps: Number.NaN }),
  build('maxFrequency "weekly"', [activity('a')], { ...year2024, maxFrequency: 'weekly' }),
  build(
    'too many dates',
    [activity('a', { schedule: { kind: 'dates', dates: ['2024-01-01', '2024-01-02', '2024-01-03'] } })],
    { ...year2024, maxOccurrences: 2 },
  ),
  build('a rule over maxOccurrences', rule('FREQ=DAILY'), { ...year2024, maxOccurrences: 5_000 - 4_995 }),
  build('a rule over maxOccurrencesPerRule', rule('FREQ=DAILY'), { ...year2024, maxOccurrencesPerRule: 1_500 - 1_495 }),
  build('a rule over maxExpansionSteps', rule('FREQ=DAILY;BYMONTH=2;BYMONTHDAY=30'), {
    ...year2024,
    maxExpansionSteps: 5_000,
  }),
  build('a rule of the year 50 expanded in 9600', rule('FREQ=YEARLY', '0050-01-01'), {
    from: '9600-01-01',
    to: '9600-12-31',
  }),
  build('a counter that never reaches the time of day', rule('FREQ=MINUTELY;BYDAY=TU;BYHOUR=16', '2024-12-27'), {
    ...year2024,
    maxFrequency: 'minutely',
  }),
  // The rules.
  build('FREQ=HOURLY', rule('FREQ=HOURLY')),
  build('several times of day', rule('FREQ=DAILY;BYHOUR=9,15')),
  build('FREQ=MINUTELY with hourly allowed', rule('FREQ=MINUTELY'), { ...year2024, maxFrequency: 'hourly' }),
  build('a part given twice', rule('FREQ=DAILY;BYMONTH=1;BYMONTH=2')),
  build('BYMONTH=13', rule('FREQ=YEARLY;BYMONTH=13')),
  build('BYHOUR=-1', rule('FREQ=DAILY;BYHOUR=-1')),
  build('a numbered weekday in a weekly rule', rule('FREQ=WEEKLY;BYDAY=1MO')),
  build('a numbered weekday with BYWEEKNO', rule('FREQ=YEARLY;BYWEEKNO=1;BYDAY=1MO')),
  build('the 6th Monday of a month', rule('FREQ=MONTHLY;BYDAY=6MO')),
  build('BYWEEKNO in a monthly rule', rule('FREQ=MONTHLY;BYWEEKNO=1')),
  build('BYYEARDAY in a monthly rule', rule('FREQ=MONTHLY;BYYEARDAY=1')),
  build('BYMONTHDAY in a weekly rule', rule('FREQ=WEEKLY;BYMONTHDAY=1')),
  build('BYSETPOS alone', rule('FREQ=DAILY;BYSETPOS=1')),
  build('UNTIL=20231340', rule('FREQ=DAILY;UNTIL=20231340')),
  build('a time of day never reached', rule('FREQ=HOURLY;INTERVAL=2;BYHOUR=1'), {
    ...year2024,
    maxFrequency: 'hourly',
  }),
  // A presidency term's calendar.
  incoming('5', 5),
  incoming('label on two lines', { ...belize, label: '2024\nBEGIN:VEVENT' }),
  incoming('holder 5', { ...belize, holder: 5 }),
  incoming('holderName null', { ...belize, holderName: null }),
  incoming('handover "x"', { ...belize, handover: 'x' }),
  incoming('handover date 5', { ...belize, handover: { date: 5, event: null } }),
  incoming('handover event on two lines', { ...belize, handover: { date: '2024-11-01', event: 'a\nb' } }),
  [
    'a term calendar with a reversed window',
    (language) => presidencyTermCalendar(actionPlan2023, { from: '2023-12-31', to: '2023-01-01', ...language }),
  ],
  [
    'a term calendar with maxFrequency 5',
    (language) => presidencyTermCalendar(actionPlan2023, { maxFrequency: 5 as never, ...language }),
  ],
  // The argument guard.
  [
    'buildCalendar options with a throwing getter',
    (language) =>
      buildCalendar([activity('a')], {
        ...year2024,
        ...language,
        get maxDays(): number {
          throw new TypeError('boom');
        },
      }),
  ],
  [
    'presidencyTermCalendar options with a getter that throws a string',
    (language) =>
      presidencyTermCalendar(actionPlan2023, {
        ...language,
        get incoming(): never {
          throw 'boom';
        },
      }),
  ],
  ['monthGridText of a grid whose rows throw', (language) => monthGridText(throwingRows(language) as never)],
  // The grid writers.
  ...badGrids.flatMap(([label, bad]): Case[] => [
    [`monthGridText: ${label}`, (language) => monthGridText({ ...bad, ...language } as never)],
    [`monthGridMarkdown: ${label}`, (language) => monthGridMarkdown({ ...bad, ...language } as never)],
  ]),
];
