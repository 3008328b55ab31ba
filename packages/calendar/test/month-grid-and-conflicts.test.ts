import { buildCalendar, findConflicts, monthGrid, monthGridMarkdown, monthGridText } from '@mirps/calendar';
import { actionPlan2023 } from '@mirps/core/data';
import { describe, expect, it } from 'vitest';
import { activity, thrownIssue } from './helpers.js';

describe('monthGrid', () => {
  const grid = monthGrid(buildCalendar(actionPlan2023), 2023);

  it("has a row per activity in the plan's order, with days under their months", () => {
    expect(grid.rows).toHaveLength(16);
    const plenary = grid.rows.find((row) => row.activityId === 'activity-virtual-plenary-meetings')!;
    expect(plenary.months.map((cell) => cell.days.map(([from]) => from))).toEqual([
      [24],
      [],
      [],
      [20],
      [],
      [],
      [20],
      [],
      [],
      [19],
      [],
      [],
    ]);
    expect(grid.rows.find((row) => row.activityId === 'activity-cities-summit-denver')!.months[3]).toEqual({
      days: [[26, 28]],
      wholeMonth: false,
    });
    expect(grid.rows.filter((row) => row.note === 'not scheduled in the source')).toHaveLength(11);
  });

  it('splits a span across the months it crosses, and marks month-only entries', () => {
    const calendar = buildCalendar(
      [
        activity('span', { schedule: { kind: 'range', start: '2024-01-30', end: '2024-02-02' } }),
        activity('month', { schedule: { kind: 'dates', dates: ['2024-06'] } }),
      ],
      { from: '2024-01-01', to: '2024-12-31' },
    );
    const [span, month] = monthGrid(calendar, 2024).rows;
    expect(span!.months.slice(0, 2)).toEqual([
      { days: [[30, 31]], wholeMonth: false },
      { days: [[1, 2]], wholeMonth: false },
    ]);
    expect(month!.months[5]).toEqual({ days: [], wholeMonth: true });
  });

  it('marks no month for an entry known only by its years, and notes it instead', () => {
    const years = activity('years', { schedule: { kind: 'range', start: '2023', end: '2025' } });
    const [row] = monthGrid(buildCalendar([years], { from: '2024-01-01', to: '2024-12-31' }), 2024).rows;
    expect(row!.months.filter((month) => month.wholeMonth || month.days.length > 0)).toEqual([]);
    expect(row!.note).toBe('in 2023 (month not given)');
  });

  it('writes the grid as text and as a Markdown table with a column per month', () => {
    const text = monthGridText(grid);
    expect(text.split('\n')[0]).toMatch(/^Activities 2023 +Jan +Feb/);
    expect(text).toMatch(/ {2}Virtual Plenary Meetings +24 +20 +20 +19\n/);
    const markdown = monthGridMarkdown(grid).trimEnd().split('\n');
    expect(markdown[0]).toBe(
      '| Activities 2023 | Jan | Feb | Mar | Apr | May | Jun | Jul | Aug | Sep | Oct | Nov | Dec | Note |',
    );
    expect(markdown).toContain('| II Global Refugee Forum |  |  |  |  |  |  |  |  |  |  |  | 13–15 |  |');
  });

  it('escapes table syntax in titles so every row keeps its columns', () => {
    const hostile = activity('hostile', { title: { en: 'A | B \\| C *bold* <b>x</b> [link](javascript:x)' } });
    const rows = monthGridMarkdown(monthGrid(buildCalendar([hostile], { from: '2024-01-01', to: '2024-12-31' }), 2024))
      .trimEnd()
      .split('\n');
    const cells = (line: string): number => line.split(/(?<!\\)\|/).length;
    for (const line of rows) expect(cells(line)).toBe(cells(rows[0]!));
  });

  it('refuses a year the calendar does not cover', () => {
    expect(thrownIssue(() => monthGrid(buildCalendar(actionPlan2023), 2024))).toEqual({
      name: 'MirpsCalendarError',
      code: 'calendar.year-outside-window',
      path: ['year'],
    });
    expect(thrownIssue(() => monthGrid({} as never, 2023))).toEqual({
      name: 'MirpsCalendarError',
      code: 'calendar.invalid-calendar',
      path: ['calendar'],
    });
  });
});

describe('findConflicts', () => {
  const window = { from: '2024-01-01', to: '2024-12-31' };

  it('warns about overlapping days for a shared audience, and not across audiences', () => {
    const calendar = buildCalendar(
      [
        activity('forum', {
          schedule: { kind: 'range', start: '2024-03-04', end: '2024-03-06' },
          audiences: ['member-states'],
        }),
        activity('plenary', {
          schedule: { kind: 'dates', dates: ['2024-03-06'] },
          audiences: ['member-states', 'support-platform'],
        }),
        activity('donors', { schedule: { kind: 'dates', dates: ['2024-03-05'] }, audiences: ['support-platform'] }),
      ],
      window,
    );
    expect(findConflicts(calendar).map((c) => [c.first, c.second, c.from, c.to, c.audiences])).toEqual([
      ['forum', 'plenary', '2024-03-06', '2024-03-06', ['member-states']],
    ]);
  });

  it("compares timed occurrences by time, and treats an activity without audiences as everyone's", () => {
    const at = (start: string, end: string) => ({ start, end, zone: 'America/Panama' });
    const calendar = buildCalendar(
      [
        activity('morning', { time: at('09:00', '10:00') }),
        activity('noon', { time: at('12:00', '13:00') }),
        activity('late-morning', { time: at('09:30', '11:00') }),
      ],
      window,
    );
    expect(findConflicts(calendar).map((c) => [c.first, c.second])).toEqual([['morning', 'late-morning']]);
  });

  it('finds an all-day occurrence that falls within a timed one of several days', () => {
    const calendar = buildCalendar(
      [
        activity('mission', {
          schedule: { kind: 'range', start: '2024-03-04', end: '2024-03-06' },
          time: { start: '09:00', end: '17:00', zone: 'America/Panama' },
        }),
        activity('holiday', { schedule: { kind: 'dates', dates: ['2024-03-05'] } }),
      ],
      window,
    );
    expect(findConflicts(calendar).map((c) => [c.first, c.second, c.from, c.to])).toEqual([
      ['mission', 'holiday', '2024-03-05', '2024-03-05'],
    ]);
  });

  it('finds none in the 2023 plan', () => {
    expect(findConflicts(buildCalendar(actionPlan2023))).toEqual([]);
  });
});
