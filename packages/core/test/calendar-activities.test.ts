import { parseCalendarActivities, safeParseCalendarActivities } from '@mirps/core';
import { actionPlan2023 } from '@mirps/core/data';
import { describe, expect, it } from 'vitest';
import { issuesOf } from './helpers.js';

describe('parseCalendarActivities', () => {
  it("accepts the 2023 plan's calendar on its own", () => {
    expect(parseCalendarActivities(structuredClone(actionPlan2023.calendar))).toHaveLength(16);
  });

  it('reports duplicate ids, reversed spans and unknown zones with paths into the list', () => {
    const list = [
      {
        id: 'a',
        category: 'technical-meeting',
        title: { en: 'A' },
        schedule: { kind: 'range', start: '2024-05-02', end: '2024-05-01' },
      },
      {
        id: 'a',
        category: 'technical-meeting',
        title: { en: 'B' },
        schedule: { kind: 'dates', dates: ['2024-05-02'] },
        time: { start: '09:00', zone: 'Nowhere/Land' },
      },
    ];
    expect(issuesOf(safeParseCalendarActivities(list))).toEqual([
      { code: 'ref.duplicate-id', path: [1, 'id'] },
      { code: 'dates.range-reversed', path: [0, 'schedule', 'end'] },
      { code: 'schedule.unknown-time-zone', path: [1, 'time', 'zone'] },
    ]);
  });

  it('rejects what is not a list of activities', () => {
    expect(issuesOf(safeParseCalendarActivities({ id: 'a' }))).toEqual([{ code: 'shape.invalid-type', path: [] }]);
  });
});
