import { safeParseActionPlan, safeParseReferenceData } from '@mirps/core';
import { describe, expect, it } from 'vitest';
import { activityIndex, issuesOf, planCopy, referenceCopy } from './helpers.js';

describe('document shape', () => {
  it('rejects a misspelt field instead of dropping it', () => {
    const plan = planCopy() as unknown as Record<string, unknown>;
    plan.acitons = plan.actions;
    expect(issuesOf(safeParseActionPlan(plan))).toEqual([{ code: 'shape.unknown-key', path: ['acitons'] }]);
  });

  it('rejects an unknown field deep inside, naming its path', () => {
    const plan = planCopy();
    (plan.actions[4] as unknown as Record<string, unknown>).workinGroup = 'wg-asylum-systems';
    expect(issuesOf(safeParseActionPlan(plan))).toEqual([
      { code: 'shape.unknown-key', path: ['actions', 4, 'workinGroup'] },
    ]);
  });

  it('reports a missing field apart from a field of the wrong type', () => {
    const plan = planCopy() as unknown as Record<string, unknown>;
    delete plan.vision;
    plan.year = '2023';
    expect(issuesOf(safeParseActionPlan(plan))).toEqual([
      { code: 'shape.invalid-type', path: ['year'] },
      { code: 'shape.missing', path: ['vision'] },
    ]);
  });

  it('rejects an impossible date and a malformed one', () => {
    const plan = planCopy();
    const i = activityIndex(plan, 'activity-virtual-plenary-meetings');
    plan.calendar[i]!.schedule = { kind: 'dates', dates: ['2023-02-29', '23-01-01'] };
    expect(issuesOf(safeParseActionPlan(plan))).toEqual([
      { code: 'shape.invalid-date', path: ['calendar', i, 'schedule', 'dates', 0] },
      { code: 'shape.invalid-format', path: ['calendar', i, 'schedule', 'dates', 1] },
    ]);
  });

  it('rejects a value outside an enumeration, listing the allowed ones', () => {
    const plan = planCopy();
    (plan.objectives[0] as { emphasisGroups?: unknown }).emphasisGroups = ['men'];
    const result = safeParseActionPlan(plan);
    expect(issuesOf(result)).toEqual([{ code: 'shape.invalid-value', path: ['objectives', 0, 'emphasisGroups', 0] }]);
    expect(result.success ? '' : result.error.issues[0]!.message).toContain('"women", "adolescents", "girls", "boys"');
  });

  it('rejects text with neither English nor Spanish, and blank text', () => {
    const plan = planCopy();
    plan.vision = {};
    plan.actions[0]!.text = { en: '   ' };
    expect(issuesOf(safeParseActionPlan(plan))).toEqual([
      { code: 'shape.missing-text', path: ['vision'] },
      { code: 'shape.invalid-format', path: ['actions', 0, 'text', 'en'] },
    ]);
  });

  it('rejects an unknown schedule kind at its discriminator', () => {
    const plan = planCopy();
    (plan.calendar[0] as { schedule: unknown }).schedule = { kind: 'weekly' };
    expect(issuesOf(safeParseActionPlan(plan))).toEqual([
      { code: 'shape.invalid-value', path: ['calendar', 0, 'schedule', 'kind'] },
    ]);
  });

  it('rejects an id that is not a readable slug', () => {
    const plan = planCopy();
    plan.actions[0]!.id = 'Action 1';
    expect(issuesOf(safeParseActionPlan(plan))).toEqual([{ code: 'shape.invalid-format', path: ['actions', 0, 'id'] }]);
  });

  it('rejects a document that is not an object', () => {
    for (const input of [null, 42, 'plan', [], undefined]) {
      const issues = issuesOf(safeParseActionPlan(input));
      expect(issues).toHaveLength(1);
      expect(issues[0]!.path).toEqual([]);
    }
  });

  it('rejects a source address that is not http(s)', () => {
    const data = referenceCopy();
    data.memberStates[0]!.sources = [{ document: 'x', url: 'javascript:alert(1)' }];
    expect(issuesOf(safeParseReferenceData(data))).toEqual([
      { code: 'shape.invalid-format', path: ['memberStates', 0, 'sources', 0, 'url'] },
    ]);
  });

  it('rejects an RRULE that is not one, and COUNT with UNTIL', () => {
    const plan = planCopy();
    const i = activityIndex(plan, 'activity-virtual-plenary-meetings');
    plan.calendar[i]!.schedule = { kind: 'recurrence', start: '2023-01-19', rrule: 'FREQ=FORTNIGHTLY' };
    expect(issuesOf(safeParseActionPlan(plan))).toEqual([
      { code: 'schedule.invalid-rrule', path: ['calendar', i, 'schedule', 'rrule'] },
    ]);
    plan.calendar[i]!.schedule = {
      kind: 'recurrence',
      start: '2023-01-19',
      rrule: 'FREQ=MONTHLY;COUNT=4;UNTIL=20231231',
    };
    expect(issuesOf(safeParseActionPlan(plan))).toEqual([
      { code: 'schedule.count-with-until', path: ['calendar', i, 'schedule', 'rrule'] },
    ]);
    plan.calendar[i]!.schedule = { kind: 'recurrence', start: '2023-01-19', rrule: 'INTERVAL=3;BYDAY=3TH' };
    expect(issuesOf(safeParseActionPlan(plan))).toEqual([
      { code: 'schedule.invalid-rrule', path: ['calendar', i, 'schedule', 'rrule'] },
    ]);
    plan.calendar[i]!.schedule = {
      kind: 'recurrence',
      start: '2023-01-19',
      rrule: 'FREQ=WEEKLY;UNTIL=20231231T235959Z;BYDAY=MO,-1FR;WKST=MO',
    };
    expect(safeParseActionPlan(plan).success).toBe(true);
  });
});
