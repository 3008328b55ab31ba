import {
  buildCalendar,
  DEFAULT_MAX_CONFLICTS,
  DEFAULT_MAX_EXPANSION_STEPS,
  DEFAULT_MAX_OCCURRENCES,
  DEFAULT_MAX_OCCURRENCES_PER_RULE,
  DEFAULT_MAX_WINDOW_DAYS,
  findConflicts,
  presidencyTermCalendar,
  toICS,
} from '@mirps/calendar';
import {
  type ActionPlan,
  type CalendarActivity,
  MirpsError,
  safeParseActionPlan,
  safeParseCalendarActivities,
} from '@mirps/core';
import { actionPlan2023 } from '@mirps/core/data';
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { searchConflicts } from '../src/conflicts.js';
import { activity, thrownIssue } from './helpers.js';

// Each adversarial case gets a generous timeout only as a hang guard; the bounds themselves are counts.
const HANG_GUARD = 30_000;
const year2023 = { from: '2023-01-01', to: '2023-12-31' };
const year2024 = { from: '2024-01-01', to: '2024-12-31' };
const recurring = (rrule: string, start = '2023-01-01', fields: Partial<CalendarActivity> = {}): CalendarActivity =>
  activity('rule', { schedule: { kind: 'recurrence', start, rrule }, ...fields });

/** The 2023 plan with one more calendar activity. */
function planWith(extra: CalendarActivity): ActionPlan {
  const plan = structuredClone(actionPlan2023);
  plan.calendar.push(extra);
  return plan;
}

/** The thrown error's name and first issue, with its message. */
function thrownError(act: () => unknown): {
  name: string;
  code: string;
  path: ReadonlyArray<string | number>;
  message: string;
} {
  try {
    act();
  } catch (error) {
    expect(error).toBeInstanceOf(MirpsError);
    const { name, issues } = error as MirpsError;
    return { name, ...issues[0]! };
  }
  throw new Error('expected an error');
}
const thrownMessage = (act: () => unknown): string => thrownError(act).message;

describe('a recurrence can never make more work than its limits allow', () => {
  it('refuses FREQ=SECONDLY, MINUTELY and HOURLY in a valid plan, at the rule, instead of running for minutes', {
    timeout: HANG_GUARD,
  }, () => {
    for (const freq of ['SECONDLY', 'MINUTELY', 'HOURLY']) {
      const plan = planWith({
        id: 'activity-too-often',
        category: 'technical-meeting',
        title: { en: 'Too often' },
        schedule: { kind: 'recurrence', start: '2023-01-01', rrule: `FREQ=${freq}` },
      });
      expect(safeParseActionPlan(plan).success).toBe(true);
      expect(thrownIssue(() => buildCalendar(plan))).toEqual({
        name: 'MirpsCalendarError',
        code: 'calendar.rule-too-frequent',
        path: ['calendar', 16, 'schedule', 'rrule'],
      });
      expect(thrownMessage(() => buildCalendar(plan))).toMatch(/at most daily unless maxFrequency is raised/);
    }
  });

  it('treats several times of day as recurring more than daily', () => {
    const list = [recurring('FREQ=DAILY;BYHOUR=9,15')];
    expect(safeParseCalendarActivities(list).success).toBe(true);
    expect(thrownIssue(() => buildCalendar(list, year2023))).toMatchObject({
      code: 'calendar.rule-too-frequent',
      path: [0, 'schedule', 'rrule'],
    });
    expect(buildCalendar(list, { ...year2023, maxFrequency: 'hourly' }).occurrences).toHaveLength(365);
    // One time of day is still daily.
    expect(buildCalendar([recurring('FREQ=DAILY;BYHOUR=9;BYMINUTE=30')], year2023).occurrences).toHaveLength(365);
  });

  it('bounds a sub-daily rule the caller allows by the occurrence count, whatever its BYxxx parts multiply', {
    timeout: HANG_GUARD,
  }, () => {
    const every = (n: number): string => Array.from({ length: n }, (_, i) => i).join(',');
    for (const rrule of [
      'FREQ=SECONDLY',
      'FREQ=MINUTELY',
      `FREQ=DAILY;BYHOUR=${every(24)};BYMINUTE=${every(60)};BYSECOND=${every(60)}`,
      `FREQ=YEARLY;BYHOUR=${every(24)};BYMINUTE=${every(60)}`,
    ]) {
      const list = [recurring(rrule)];
      expect(
        thrownIssue(() => buildCalendar(list, { ...year2023, maxFrequency: 'secondly' })),
        rrule,
      ).toEqual({ name: 'MirpsCalendarError', code: 'calendar.too-many-occurrences', path: [0, 'schedule'] });
    }
    expect(
      thrownMessage(() => buildCalendar([recurring('FREQ=SECONDLY')], { ...year2023, maxFrequency: 'secondly' })),
    ).toMatch(/more than 1,000 occurrences .*raise maxOccurrencesPerRule/);
    // Allowed and within the limit: hourly at 09:00 and 17:00 is two a day, merged into the day.
    expect(
      buildCalendar([recurring('FREQ=HOURLY;BYHOUR=9,17', '2023-03-01')], {
        from: '2023-03-01',
        to: '2023-03-31',
        maxFrequency: 'hourly',
      }).occurrences,
    ).toHaveLength(31);
  });

  it('bounds a daily rule over the widest window by the occurrence limit, not by time', () => {
    const list = [recurring('FREQ=DAILY', '2020-01-01')];
    const widest = { from: '2020-01-01', to: '2029-12-31' };
    expect(DEFAULT_MAX_WINDOW_DAYS).toBe(3653);
    expect(thrownIssue(() => buildCalendar(list, widest))).toEqual({
      name: 'MirpsCalendarError',
      code: 'calendar.too-many-occurrences',
      path: [0, 'schedule'],
    });
    const calendar = buildCalendar(list, { ...widest, maxOccurrencesPerRule: 3653 });
    expect(calendar.occurrences).toHaveLength(3653);
    expect(toICS(calendar, { stamp: '2020-01-01T00:00:00Z' }).match(/^BEGIN:VEVENT\r$/gm)).toHaveLength(1);
  });

  it('refuses a calendar with more occurrences than maxOccurrences, before making them, and says how to raise it', () => {
    expect([DEFAULT_MAX_OCCURRENCES, DEFAULT_MAX_OCCURRENCES_PER_RULE, DEFAULT_MAX_EXPANSION_STEPS]).toEqual([
      10_000, 1_000, 200_000,
    ]);
    const days = Array.from({ length: 366 }, (_, i) => new Date(Date.UTC(2024, 0, 1 + i)).toISOString().slice(0, 10));
    const list = Array.from({ length: 28 }, (_, i) => activity(`a${i}`, { schedule: { kind: 'dates', dates: days } }));
    expect(thrownIssue(() => buildCalendar(list, { from: '2024-01-01', to: '2024-12-31' }))).toEqual({
      name: 'MirpsCalendarError',
      code: 'calendar.too-many-occurrences',
      path: [27, 'schedule'],
    });
    expect(thrownMessage(() => buildCalendar(list, { from: '2024-01-01', to: '2024-12-31' }))).toMatch(
      /more than 10,000 occurrences .*raise maxOccurrences/,
    );
    expect(
      buildCalendar(list, { from: '2024-01-01', to: '2024-12-31', maxOccurrences: 28 * 366 }).occurrences,
    ).toHaveLength(28 * 366);
    // Rules count towards the calendar's limit too, and are stopped by it during their expansion.
    const rules = [
      activity('dates', { schedule: { kind: 'dates', dates: days.slice(0, 300) } }),
      recurring('FREQ=DAILY', '2024-01-01'),
    ];
    expect(
      thrownIssue(() => buildCalendar(rules, { from: '2024-01-01', to: '2024-12-31', maxOccurrences: 500 })),
    ).toEqual({ name: 'MirpsCalendarError', code: 'calendar.too-many-occurrences', path: [1, 'schedule'] });
    expect(
      thrownMessage(() => buildCalendar(rules, { from: '2024-01-01', to: '2024-12-31', maxOccurrences: 500 })),
    ).toMatch(/maxOccurrences\)/);
  });

  it('refuses a rule that is walked too far: one that never recurs again, or starts centuries before the window', {
    timeout: HANG_GUARD,
  }, () => {
    const never = [recurring('FREQ=DAILY;BYMONTH=2;BYMONTHDAY=30')];
    expect(safeParseCalendarActivities(never).success).toBe(true);
    expect(thrownError(() => buildCalendar(never, year2023))).toEqual({
      name: 'MirpsCalendarError',
      code: 'calendar.expansion-too-long',
      path: [0, 'schedule', 'rrule'],
      message: expect.stringMatching(/more than 200,000 steps .*raise maxExpansionSteps/),
    });
    const ancient = [recurring('FREQ=DAILY', '0001-01-01')];
    expect(thrownIssue(() => buildCalendar(ancient, { ...year2023, maxExpansionSteps: 20_000 }))).toMatchObject({
      code: 'calendar.expansion-too-long',
    });
    // A daily rule from 1990 is walked about 12,400 days (a step for each, and one for each date): within the default, over a lower limit.
    const since1990 = [recurring('FREQ=DAILY', '1990-01-01')];
    expect(buildCalendar(since1990, year2023).occurrences).toHaveLength(365);
    expect(thrownIssue(() => buildCalendar(since1990, { ...year2023, maxExpansionSteps: 20_000 }))).toMatchObject({
      code: 'calendar.expansion-too-long',
    });
    // The steps are the calendar's, shared by its rules.
    const twice = [
      recurring('FREQ=DAILY', '2010-01-01'),
      activity('again', { schedule: { kind: 'recurrence', start: '2010-01-01', rrule: 'FREQ=DAILY' } }),
    ];
    expect(buildCalendar(twice.slice(0, 1), { ...year2023, maxExpansionSteps: 15_000 }).occurrences).toHaveLength(365);
    expect(thrownIssue(() => buildCalendar(twice, { ...year2023, maxExpansionSteps: 15_000 }))).toMatchObject({
      code: 'calendar.expansion-too-long',
      path: [1, 'schedule', 'rrule'],
    });
  });

  it('refuses rules that RFC 5545 forbids or that rrule would loop on, as calendar.invalid-rrule', {
    timeout: HANG_GUARD,
  }, () => {
    for (const rrule of [
      'FREQ=DAILY;BYHOUR=25',
      'FREQ=MONTHLY;BYMONTHDAY=0',
      'FREQ=MONTHLY;BYMONTHDAY=32',
      'FREQ=YEARLY;BYMONTH=13',
      'FREQ=YEARLY;BYYEARDAY=367',
      'FREQ=MONTHLY;BYDAY=6MO',
      'FREQ=WEEKLY;BYDAY=1MO',
      'FREQ=MONTHLY;BYWEEKNO=3',
      'FREQ=WEEKLY;BYMONTHDAY=3',
      'FREQ=DAILY;BYSETPOS=1',
      'FREQ=DAILY;FREQ=WEEKLY',
      'FREQ=DAILY;UNTIL=20231340',
      'FREQ=DAILY;BYSECOND=60',
    ]) {
      const list = [recurring(rrule)];
      expect(safeParseCalendarActivities(list).success, rrule).toBe(true);
      expect(
        thrownIssue(() => buildCalendar(list, year2023)),
        rrule,
      ).toEqual({ name: 'MirpsCalendarError', code: 'calendar.invalid-rrule', path: [0, 'schedule', 'rrule'] });
    }
    // Every second hour from midnight never reaches 01:00: rrule would step forever.
    expect(
      thrownIssue(() =>
        buildCalendar([recurring('FREQ=HOURLY;INTERVAL=2;BYHOUR=1')], { ...year2023, maxFrequency: 'hourly' }),
      ),
    ).toMatchObject({ code: 'calendar.invalid-rrule' });
    expect(
      buildCalendar([recurring('FREQ=HOURLY;INTERVAL=2;BYHOUR=2')], { ...year2023, maxFrequency: 'hourly' })
        .occurrences,
    ).toHaveLength(365);
  });

  // Found by the adversarial property tests (random seeds 184282600, 2366429481 and 1, under TZ=Asia/Kolkata; any zone
  // hangs the same): a MINUTELY rule with BYHOUR that starts on a day it skips sent rrule's hour counter round in 24-hour
  // steps at midnight for ever, a synchronous loop no test timeout could stop. Run under `timeout`: before the fix,
  // each of these never returns.
  it('refuses, instead of looping for ever, a sub-daily rule whose counter rrule steps past every time of day it lists', {
    timeout: HANG_GUARD,
  }, () => {
    const minutely = { ...year2024, maxFrequency: 'minutely' } as const;
    const rrulePath = [0, 'schedule', 'rrule'];
    // Shrunk from seed 184282600: 2024-12-27 is a Friday; rrule jumps to the end of the day, then steps whole days at 00:00.
    expect(
      thrownError(() => buildCalendar([recurring('FREQ=MINUTELY;BYDAY=TU;BYHOUR=16', '2024-12-27')], minutely)),
    ).toEqual({
      name: 'MirpsCalendarError',
      code: 'calendar.invalid-rrule',
      path: rrulePath,
      message: expect.stringMatching(/never reaches a time of day the rule lists .*start it on a day it keeps/),
    });
    // Shrunk from seed 2366429481 (FREQ=MINUTELY;BYSETPOS=3;BYHOUR=3;COUNT=399;BYMONTHDAY=9,17,26) and from seed 1.
    expect(
      thrownIssue(() =>
        buildCalendar([recurring('FREQ=MINUTELY;BYHOUR=3;BYMONTHDAY=9,17,26', '2024-07-22')], minutely),
      ),
    ).toEqual({ name: 'MirpsCalendarError', code: 'calendar.invalid-rrule', path: rrulePath });
    expect(
      thrownIssue(() =>
        buildCalendar([recurring('FREQ=MINUTELY;BYHOUR=22,8;BYMONTHDAY=27,25', '2024-05-01')], {
          from: '2020-01-01',
          to: '2029-12-31',
          maxFrequency: 'minutely',
        }),
      ),
    ).toMatchObject({ code: 'calendar.invalid-rrule' });
    // The case seed 184282600 generated, as it was: its lower limits stop the walk first.
    const generated = activity('rule', {
      schedule: {
        kind: 'recurrence',
        start: '2024-12-27',
        rrule: 'FREQ=MINUTELY;BYDAY=TU,TH;BYHOUR=23,16',
        exdates: ['2024-09-03'],
        rdates: [],
      },
      time: { start: '03:30', end: '04:23', zone: 'UTC' },
    });
    const limits = {
      maxOccurrences: 5,
      maxOccurrencesPerRule: 100,
      maxFrequency: 'minutely',
      maxExpansionSteps: 20_000,
    } as const;
    expect(thrownIssue(() => buildCalendar([generated], { ...year2024, ...limits }))).toEqual({
      name: 'MirpsCalendarError',
      code: 'calendar.expansion-too-long',
      path: rrulePath,
    });
    // Stepping more than an hour at a time skips hours the same way, on any day.
    expect(
      thrownIssue(() => buildCalendar([recurring('FREQ=MINUTELY;INTERVAL=9999;BYHOUR=1', '2024-01-01')], minutely)),
    ).toMatchObject({ code: 'calendar.invalid-rrule' });
    // SECONDLY with BYMINUTE likewise; each time of day tried is a step, and the search is bounded even without a step limit.
    const secondly = [recurring('FREQ=SECONDLY;BYMINUTE=5;BYMONTH=2', '2024-01-01')];
    expect(thrownIssue(() => buildCalendar(secondly, { ...year2024, maxFrequency: 'secondly' }))).toMatchObject({
      code: 'calendar.expansion-too-long',
    });
    expect(
      thrownIssue(() =>
        buildCalendar(secondly, { ...year2024, maxFrequency: 'secondly', maxExpansionSteps: Infinity }),
      ),
    ).toMatchObject({ code: 'calendar.invalid-rrule' });
    expect(
      thrownIssue(() =>
        buildCalendar([recurring('FREQ=MINUTELY;BYDAY=TU;BYHOUR=16', '2024-12-27')], {
          ...minutely,
          maxExpansionSteps: 500,
        }),
      ),
    ).toMatchObject({ code: 'calendar.expansion-too-long' });
    // The same rules from a day they keep still expand.
    expect(
      buildCalendar([recurring('FREQ=MINUTELY;BYDAY=TU;BYHOUR=16;BYMINUTE=0', '2024-12-31')], minutely).occurrences.map(
        (o) => o.start,
      ),
    ).toEqual(['2024-12-31']);
    expect(
      buildCalendar([recurring('FREQ=HOURLY;BYDAY=TU;BYHOUR=16', '2024-12-27')], {
        ...year2024,
        maxFrequency: 'hourly',
      }).occurrences.map((o) => o.start),
    ).toEqual(['2024-12-31']);
  });

  it('keeps the limits on the way through presidencyTermCalendar', { timeout: HANG_GUARD }, () => {
    const plan = planWith({
      id: 'activity-daily',
      category: 'technical-meeting',
      title: { en: 'Daily' },
      schedule: { kind: 'recurrence', start: '2023-01-01', rrule: 'FREQ=DAILY' },
    });
    expect(presidencyTermCalendar(plan).occurrences.length).toBeGreaterThan(365);
    expect(thrownIssue(() => presidencyTermCalendar(plan, { maxOccurrencesPerRule: 100 }))).toEqual({
      name: 'MirpsCalendarError',
      code: 'calendar.too-many-occurrences',
      path: ['calendar', 16, 'schedule'],
    });
    expect(
      thrownIssue(() =>
        presidencyTermCalendar(
          planWith({
            ...plan.calendar[16]!,
            id: 'activity-hourly',
            schedule: { kind: 'recurrence', start: '2023-01-01', rrule: 'FREQ=HOURLY' },
          }),
        ),
      ),
    ).toMatchObject({
      code: 'calendar.rule-too-frequent',
    });
  });
});

describe('years before 100 and after 9999', () => {
  it('expands a rule in the year 50 in the year 50, with its UNTIL and EXDATE', () => {
    const list = [
      recurring('FREQ=WEEKLY;COUNT=3', '0050-03-01'),
      activity('until', {
        schedule: {
          kind: 'recurrence',
          start: '0050-03-01',
          rrule: 'FREQ=WEEKLY;UNTIL=00500310',
          exdates: ['0050-03-01'],
        },
      }),
    ];
    const calendar = buildCalendar(list, { from: '0050-01-01', to: '0050-12-31' });
    expect(calendar.occurrences.map((o) => `${o.activityId} ${o.start}`)).toEqual([
      'rule 0050-03-01',
      'rule 0050-03-08',
      'until 0050-03-08',
      'rule 0050-03-15',
    ]);
  });

  it('writes all-day and timed events of the year 50 with four-digit years, which ical.js reads back as the year 50', () => {
    const list = [
      activity('all-day', { schedule: { kind: 'dates', dates: ['0050-03-01'] } }),
      activity('timed', {
        schedule: { kind: 'dates', dates: ['0050-03-02'] },
        time: { start: '10:00', end: '11:00', zone: 'America/Panama' },
      }),
      recurring('FREQ=WEEKLY;COUNT=2', '0050-03-03', { time: { start: '09:30', zone: 'Europe/Zurich' } }),
    ];
    const text = toICS(buildCalendar(list, { from: '0050-01-01', to: '0050-12-31' }), {
      stamp: '0050-01-01T00:00:00Z',
    });
    expect(text).toContain('DTSTAMP:00500101T000000Z\r\n');
    expect(text).toContain('DTSTART;VALUE=DATE:00500301\r\nDTEND;VALUE=DATE:00500302\r\n');
    expect(text).toContain(
      'DTSTART;TZID=America/Panama:00500302T100000\r\nDTEND;TZID=America/Panama:00500302T110000\r\n',
    );
    expect(text).toContain('DTSTART;TZID=Europe/Zurich:00500303T093000\r\n');
    // (The VTIMEZONEs' own DTSTARTs are their rules' first years, 1970.)
    expect(text.slice(text.indexOf('BEGIN:VEVENT'))).not.toMatch(/^(?:DTSTAMP|DTSTART|DTEND)[^:\r]*:19/m);
    const starts = new ICAL.Component(ICAL.parse(text)).getAllSubcomponents('vevent').map((vevent) => {
      const { year, month, day, hour, minute } = vevent.getFirstPropertyValue('dtstart') as InstanceType<
        typeof ICAL.Time
      >;
      return [year, month, day, hour, minute];
    });
    expect(starts).toEqual([
      [50, 3, 1, 0, 0],
      [50, 3, 2, 10, 0],
      [50, 3, 3, 9, 30],
    ]);
  });

  it('refuses a stamp outside the years 0001–9999 instead of writing DTSTAMP with more digits', () => {
    const calendar = buildCalendar(actionPlan2023);
    for (const stamp of [
      new Date(Date.UTC(275760, 0, 1)),
      new Date(Date.UTC(10000, 0, 1)),
      '0000-12-31T23:59:59Z',
      new Date(-62198755200000),
    ]) {
      expect(
        thrownIssue(() => toICS(calendar, { stamp })),
        String(stamp),
      ).toEqual({ name: 'MirpsCalendarError', code: 'calendar.invalid-stamp', path: ['stamp'] });
    }
    expect(toICS(calendar, { stamp: '9999-12-31T23:59:59Z' })).toContain('DTSTAMP:99991231T235959Z\r\n');
    expect(toICS(calendar, { stamp: '0001-01-01T00:00:00Z' })).toContain('DTSTAMP:00010101T000000Z\r\n');
  });
});

describe('findConflicts stops at maxConflicts, and its work follows the conflicts it finds', () => {
  const day: CalendarActivity['schedule'] = { kind: 'dates', dates: ['2024-03-05'] };
  const window = { from: '2024-01-01', to: '2024-12-31' };
  const many = (n: number, fields: (i: number) => Partial<CalendarActivity> = () => ({})): CalendarActivity[] =>
    Array.from({ length: n }, (_, i) => activity(`a${String(i).padStart(4, '0')}`, { schedule: day, ...fields(i) }));

  it('reports the first 1,000 of the 1,999,000 conflicts of 2,000 overlapping activities, and says there are more', {
    timeout: HANG_GUARD,
  }, () => {
    const calendar = buildCalendar(many(2000), window);
    const conflicts = findConflicts(calendar);
    expect(DEFAULT_MAX_CONFLICTS).toBe(1000);
    expect(conflicts).toHaveLength(1000);
    expect(conflicts.truncated).toBe(true);
    // The search stopped soon after the 1,000th: it looked at about as many occurrences as it found conflicts.
    const { meetings, visits } = searchConflicts(calendar, 1000);
    expect(meetings.length).toBeLessThan(1100);
    expect(visits).toBeLessThan(1100);
  });

  it("reports the earliest ones, by the later of the two occurrences, in the calendar's order", () => {
    const calendar = buildCalendar(many(200), window);
    const pairs = (list: readonly { first: string; second: string }[]): string[] =>
      list.map((c) => `${c.first}/${c.second}`);
    const ten = findConflicts(calendar, { maxConflicts: 10 });
    expect(ten.truncated).toBe(true);
    // 4 + 3 + 2 + 1: every pair among the first five.
    expect(pairs(ten)).toEqual([
      'a0000/a0001',
      'a0000/a0002',
      'a0000/a0003',
      'a0000/a0004',
      'a0001/a0002',
      'a0001/a0003',
      'a0001/a0004',
      'a0002/a0003',
      'a0002/a0004',
      'a0003/a0004',
    ]);
    const all = findConflicts(calendar, { maxConflicts: Infinity });
    expect([all.length, all.truncated]).toEqual([19_900, false]);
    expect(JSON.stringify(findConflicts(calendar, { maxConflicts: 1 }))).not.toContain('truncated');
  });

  it('looks at none of the pairs that cannot conflict: other audiences, or other times of the same day', {
    timeout: HANG_GUARD,
  }, () => {
    const apart = buildCalendar(
      many(2000, (i) => ({ audiences: [`audience-${i}`] })),
      window,
    );
    expect(findConflicts(apart)).toEqual([]);
    expect(searchConflicts(apart, 1000).visits).toBe(0);
    const minutes = (n: number): string =>
      `${String(Math.floor(n / 60)).padStart(2, '0')}:${String(n % 60).padStart(2, '0')}`;
    const timed = buildCalendar(
      many(1000, (i) => ({ time: { start: minutes(i), end: minutes(i + 1), zone: 'UTC' } })),
      window,
    );
    expect(findConflicts(timed)).toEqual([]);
    expect(searchConflicts(timed, 1000).visits).toBeLessThanOrEqual(1000);
  });

  it('finds two calls at the same moment in zones a day apart, and cuts long titles in its messages', () => {
    const calendar = buildCalendar(
      [
        activity('niue', {
          title: { en: 'N'.repeat(500) },
          schedule: { kind: 'dates', dates: ['2024-03-04'] },
          time: { start: '23:00', end: '23:59', zone: 'Pacific/Niue' },
        }),
        activity('kiritimati', {
          schedule: { kind: 'dates', dates: ['2024-03-06'] },
          time: { start: '00:30', end: '01:30', zone: 'Pacific/Kiritimati' },
        }),
      ],
      window,
    );
    const [conflict, ...rest] = findConflicts(calendar);
    expect(rest).toEqual([]);
    expect([conflict!.first, conflict!.second, conflict!.from, conflict!.to]).toEqual([
      'niue',
      'kiritimati',
      '2024-03-04',
      '2024-03-06',
    ]);
    expect(conflict!.message).toBe(
      `${'N'.repeat(119)}… and kiritimati overlap from 2024-03-04 to 2024-03-06 for everyone`,
    );
  });

  it('keeps the meaning of audiences: an empty list shares none, "everyone" shares all, each pair reported once', () => {
    const calendar = buildCalendar(
      [
        activity('nobody', { audiences: [] }),
        activity('all', { audiences: ['everyone'] }),
        activity('states', { audiences: ['member-states', 'support-platform'] }),
        activity('platform', { audiences: ['support-platform', 'member-states', 'member-states'] }),
      ],
      { from: '2024-01-01', to: '2024-12-31' },
    );
    // Occurrences on the same day come by activity id; the audiences shared are in the first one's order.
    expect(findConflicts(calendar).map((c) => [c.first, c.second, c.audiences])).toEqual([
      ['all', 'platform', ['support-platform', 'member-states']],
      ['all', 'states', ['member-states', 'support-platform']],
      ['platform', 'states', ['support-platform', 'member-states']],
    ]);
  });
});
