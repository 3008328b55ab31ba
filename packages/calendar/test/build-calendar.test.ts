import { buildCalendar, presidencyTermCalendar } from '@mirps/calendar';
import { actionPlan2023, presidencyLedger } from '@mirps/core/data';
import { describe, expect, it } from 'vitest';
import { activity, thrownIssue } from './helpers.js';

describe('buildCalendar on the 2023 plan', () => {
  const calendar = buildCalendar(actionPlan2023, { from: '2023-01-01', to: '2023-12-31' });

  it("expands the Virtual Plenary Meetings rule to exactly the plan's four dates", () => {
    const plenaries = calendar.occurrences.filter((o) => o.activityId === 'activity-virtual-plenary-meetings');
    expect(plenaries.map((o) => o.start)).toEqual(['2023-01-24', '2023-04-20', '2023-07-20', '2023-10-19']);
    expect(plenaries.every((o) => o.recurring && o.allDay && o.precision === 'day')).toBe(true);
  });

  it('sorts every dated occurrence and lists the unscheduled rows apart, never dated', () => {
    expect(calendar.occurrences.map((o) => `${o.start} ${o.activityId}`)).toEqual([
      '2023-01-24 activity-virtual-plenary-meetings',
      '2023-04-20 activity-virtual-plenary-meetings',
      '2023-04-26 activity-cities-summit-denver',
      '2023-06-21 activity-oas-general-assembly',
      '2023-07-20 activity-virtual-plenary-meetings',
      '2023-09-19 activity-un-general-assembly',
      '2023-10-19 activity-virtual-plenary-meetings',
      '2023-12-13 activity-global-refugee-forum-2',
    ]);
    expect(calendar.unscheduled).toHaveLength(11);
    expect(calendar.monthEntries).toEqual([]);
  });

  it("defaults to the plan's year, and keeps only what touches a narrower window", () => {
    expect(buildCalendar(actionPlan2023).window).toEqual({ from: '2023-01-01', to: '2023-12-31' });
    const spring = buildCalendar(actionPlan2023, { from: '2023-04-21', to: '2023-06-21' });
    expect(spring.occurrences.map((o) => o.activityId)).toEqual([
      'activity-cities-summit-denver',
      'activity-oas-general-assembly',
    ]);
  });
});

describe('buildCalendar on activities', () => {
  it('keeps month- and year-precision dates as entries of that precision', () => {
    const calendar = buildCalendar([activity('a', { schedule: { kind: 'dates', dates: ['2024-05', '2024'] } })], {
      from: '2024-01-01',
      to: '2024-12-31',
    });
    expect(calendar.occurrences).toEqual([]);
    expect(calendar.monthEntries.map((o) => [o.start, o.precision])).toEqual([
      ['2024', 'year'],
      ['2024-05', 'month'],
    ]);
  });

  it('bounds an endless rule by the window', () => {
    const calendar = buildCalendar(
      [activity('weekly', { schedule: { kind: 'recurrence', start: '2024-01-01', rrule: 'FREQ=WEEKLY' } })],
      { from: '2024-03-01', to: '2024-03-31' },
    );
    expect(calendar.occurrences.map((o) => o.start)).toEqual(['2024-03-04', '2024-03-11', '2024-03-18', '2024-03-25']);
  });

  it('gives timed occurrences their UTC instants, across a daylight-saving change', () => {
    const zurich = activity('zurich', {
      schedule: { kind: 'dates', dates: ['2023-03-25', '2023-03-26'] },
      time: { start: '10:00', end: '11:30', zone: 'Europe/Zurich' },
    });
    const panama = activity('panama', {
      schedule: { kind: 'dates', dates: ['2023-03-26'] },
      time: { start: '10:00', zone: 'America/Panama' },
    });
    const calendar = buildCalendar([zurich, panama], { from: '2023-03-01', to: '2023-03-31' });
    expect(calendar.occurrences.map((o) => [o.activityId, o.startInstant, o.endInstant])).toEqual([
      ['zurich', '2023-03-25T09:00:00.000Z', '2023-03-25T10:30:00.000Z'],
      ['zurich', '2023-03-26T08:00:00.000Z', '2023-03-26T09:30:00.000Z'],
      ['panama', '2023-03-26T15:00:00.000Z', undefined],
    ]);
  });

  it('refuses a window without an end, a reversed or malformed one, and one wider than the limit', () => {
    const list = [activity('a')];
    expect(thrownIssue(() => buildCalendar(list, { from: '2024-01-01' } as never))).toEqual({
      name: 'MirpsCalendarError',
      code: 'calendar.window-unbounded',
      path: ['window', 'to'],
    });
    expect(thrownIssue(() => buildCalendar(list))).toEqual({
      name: 'MirpsCalendarError',
      code: 'calendar.window-unbounded',
      path: ['window'],
    });
    // The start is checked first: a window with neither a start nor a real end is refused for its start.
    expect(thrownIssue(() => buildCalendar(list, { to: '2024-13-01' } as never))).toEqual({
      name: 'MirpsCalendarError',
      code: 'calendar.window-unbounded',
      path: ['window', 'from'],
    });
    expect(thrownIssue(() => buildCalendar(list, { from: '2024-02-01', to: '2024-01-01' }))).toEqual({
      name: 'MirpsCalendarError',
      code: 'calendar.invalid-window',
      path: ['window', 'to'],
    });
    expect(thrownIssue(() => buildCalendar(list, { from: '2024-02-30', to: '2024-03-01' }))).toEqual({
      name: 'MirpsCalendarError',
      code: 'calendar.invalid-window',
      path: ['window', 'from'],
    });
    expect(thrownIssue(() => buildCalendar(list, { from: '2000-01-01', to: '2024-01-01' }))).toEqual({
      name: 'MirpsCalendarError',
      code: 'calendar.window-too-wide',
      path: ['window'],
    });
    expect(thrownIssue(() => buildCalendar(list, { from: '2024-01-01', to: '2024-03-01', maxDays: 30 }))).toEqual({
      name: 'MirpsCalendarError',
      code: 'calendar.window-too-wide',
      path: ['window'],
    });
  });

  it('takes a window of exactly maxDays days, both ends counted, and refuses one a day wider', () => {
    const list = [activity('a')];
    const tooWide = { name: 'MirpsCalendarError', code: 'calendar.window-too-wide', path: ['window'] };
    const windowOf = (from: string, to: string, limit: { maxDays?: number } = {}) =>
      buildCalendar(list, { from, to, ...limit }).window;
    expect(windowOf('2024-01-01', '2024-01-30', { maxDays: 30 })).toEqual({ from: '2024-01-01', to: '2024-01-30' });
    expect(thrownIssue(() => windowOf('2024-01-01', '2024-01-31', { maxDays: 30 }))).toEqual(tooWide);
    expect(windowOf('2024-01-01', '2024-01-01', { maxDays: 1 })).toEqual({ from: '2024-01-01', to: '2024-01-01' });
    // The default, DEFAULT_MAX_WINDOW_DAYS = 3653: ten years with three leap days.
    expect(windowOf('2020-01-01', '2029-12-31')).toEqual({ from: '2020-01-01', to: '2029-12-31' });
    expect(thrownIssue(() => windowOf('2020-01-01', '2030-01-01'))).toEqual(tooWide);
  });

  it('rejects an invalid rule, COUNT with UNTIL, a reversed range and an unknown time zone, with their paths', () => {
    const window = { from: '2024-01-01', to: '2024-12-31' };
    expect(
      thrownIssue(() =>
        buildCalendar(
          [activity('a', { schedule: { kind: 'recurrence', start: '2024-01-01', rrule: 'FREQ=SOMETIMES' } })],
          window,
        ),
      ),
    ).toEqual({
      name: 'MirpsValidationError',
      code: 'schedule.invalid-rrule',
      path: [0, 'schedule', 'rrule'],
    });
    expect(
      thrownIssue(() =>
        buildCalendar(
          [
            activity('a', {
              schedule: { kind: 'recurrence', start: '2024-01-01', rrule: 'FREQ=DAILY;COUNT=3;UNTIL=20240105' },
            }),
          ],
          window,
        ),
      ),
    ).toEqual({
      name: 'MirpsValidationError',
      code: 'schedule.count-with-until',
      path: [0, 'schedule', 'rrule'],
    });
    expect(
      thrownIssue(() =>
        buildCalendar([activity('a', { schedule: { kind: 'range', start: '2024-03-05', end: '2024-03-01' } })], window),
      ),
    ).toEqual({
      name: 'MirpsValidationError',
      code: 'dates.range-reversed',
      path: [0, 'schedule', 'end'],
    });
    expect(
      thrownIssue(() =>
        buildCalendar([activity('a', { time: { start: '10:00', zone: 'Mars/Olympus_Mons' } })], window),
      ),
    ).toEqual({
      name: 'MirpsValidationError',
      code: 'schedule.unknown-time-zone',
      path: [0, 'time', 'zone'],
    });
  });

  it('gives the same calendar for the same input, byte for byte', () => {
    expect(JSON.stringify(buildCalendar(actionPlan2023))).toBe(
      JSON.stringify(buildCalendar(structuredClone(actionPlan2023) as never)),
    );
  });
});

describe('presidencyTermCalendar', () => {
  const DUTIES = [
    'term-2023-handover',
    'term-2023-handover-memoir',
    'term-2023-handover-participation',
    'term-2023-handover-emblem',
    'term-2023-handover-technical-meeting',
  ];

  it("adds the handover and the plan's handover duties on the recorded handover day, past the plan's year", () => {
    const calendar = presidencyTermCalendar(actionPlan2023);
    expect(calendar.window).toEqual({ from: '2023-01-01', to: '2024-01-24' });
    const duties = calendar.occurrences.filter((o) => o.activityId.startsWith('term-2023-'));
    expect(duties.map((o) => o.activityId).sort()).toEqual([...DUTIES].sort());
    expect(duties.every((o) => o.start === '2024-01-24')).toBe(true);
    const title = (id: string): string | undefined => duties.find((o) => o.activityId === id)?.title.en;
    expect(title('term-2023-handover')).toBe(
      'Handover of the Pro-Tempore Presidency to Belize (term 2024), at the MIRPS Annual Meeting',
    );
    expect(title('term-2023-handover-memoir')).toBe(
      'Handover duty: formally deliver the Memoir of the outgoing Pro-tempore Presidency',
    );
  });

  it('leaves them unscheduled while the handover day is not known', () => {
    const ledger = { terms: presidencyLedger.terms.filter((term) => term.label <= '2023') } as typeof presidencyLedger;
    const calendar = presidencyTermCalendar(actionPlan2023, { ledger });
    expect(calendar.unscheduled.filter((a) => a.activityId.startsWith('term-2023-')).map((a) => a.activityId)).toEqual(
      DUTIES,
    );
  });

  it('puts the duties on the day of an incoming presidency given as an option', () => {
    const calendar = presidencyTermCalendar(actionPlan2023, {
      incoming: {
        label: '2024',
        holder: 'BZ',
        holderName: 'Belice',
        handover: { date: '2023-12-05', event: 'the MIRPS Annual Meeting' },
      },
    });
    expect(calendar.occurrences.filter((o) => o.activityId.startsWith('term-2023-')).map((o) => o.start)).toEqual(
      Array(5).fill('2023-12-05'),
    );
  });
});
