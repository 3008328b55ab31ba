import { MirpsValidationError, parseActionPlan, safeParseActionPlan } from '@mirps/core';
import { describe, expect, it } from 'vitest';
import { activityIndex, issuesOf, planCopy, referenceCopy } from './helpers.js';

describe('parseActionPlan rules', () => {
  it('rejects a document with an unknown working group, a duplicate id, an objective under a missing priority and a non-member holder, with four issues', () => {
    const plan = planCopy();
    plan.actions[0]!.workingGroup = 'wg-fisheries';
    plan.actions[1]!.id = plan.actions[0]!.id;
    plan.objectives[0]!.priority = 'priority-9';
    plan.presidency = { term: '2018', holder: 'SV' };
    const issues = issuesOf(safeParseActionPlan(plan));
    expect(issues).toHaveLength(4);
    expect(issues).toEqual(
      expect.arrayContaining([
        { code: 'ref.duplicate-id', path: ['actions', 1, 'id'] },
        { code: 'ref.unknown-priority', path: ['objectives', 0, 'priority'] },
        { code: 'ref.unknown-working-group', path: ['actions', 0, 'workingGroup'] },
        { code: 'presidency.holder-not-member', path: ['presidency', 'holder'] },
      ]),
    );
  });

  it('throws MirpsValidationError with every issue and a readable message', () => {
    const plan = planCopy();
    plan.actions[0]!.workingGroup = 'wg-fisheries';
    plan.objectives[0]!.priority = 'priority-9';
    try {
      parseActionPlan(plan);
      expect.unreachable('parseActionPlan accepted an invalid plan');
    } catch (error) {
      expect(error).toBeInstanceOf(MirpsValidationError);
      const validation = error as MirpsValidationError;
      expect(validation.code).toBe('validation');
      expect(validation.document).toBe('ActionPlan');
      expect(validation.issues).toHaveLength(2);
      expect(validation.message).toContain(
        'actions[0].workingGroup: Unknown working group "wg-fisheries"; known: wg-asylum-systems',
      );
    }
  });

  it('reports a duplicate id across different lists', () => {
    const plan = planCopy();
    plan.calendar[0]!.id = plan.objectives[2]!.id;
    expect(issuesOf(safeParseActionPlan(plan))).toEqual([{ code: 'ref.duplicate-id', path: ['calendar', 0, 'id'] }]);
  });

  it("counts the ids of the plan's paragraphs among its ids, and takes a plan without paragraphs", () => {
    const plan = planCopy();
    plan.priorities[0]!.id = plan.paragraphs![5]!.id;
    plan.objectives.forEach((objective) => {
      if (objective.priority === 'priority-1') objective.priority = plan.priorities[0]!.id;
    });
    expect(issuesOf(safeParseActionPlan(plan))).toEqual([{ code: 'ref.duplicate-id', path: ['priorities', 0, 'id'] }]);
    const older = planCopy();
    delete older.paragraphs;
    expect(safeParseActionPlan(older).success).toBe(true);
  });

  it('reports an objective numbered under another priority', () => {
    const plan = planCopy();
    const index = plan.objectives.findIndex((objective) => objective.id === 'objective-2.1');
    plan.objectives[index]!.number = '1.9';
    plan.actions = plan.actions.filter((action) => action.objective !== 'objective-2.1');
    plan.expectedResults = plan.expectedResults.filter((result) => result.objective !== 'objective-2.1');
    expect(issuesOf(safeParseActionPlan(plan))).toEqual([
      { code: 'numbering.mismatch', path: ['objectives', index, 'number'] },
    ]);
  });

  it('reports an action numbered under another objective, and a duplicate action number', () => {
    const plan = planCopy();
    plan.actions[0]!.number = '1.3.7';
    plan.actions[2]!.number = '1.1.2';
    expect(issuesOf(safeParseActionPlan(plan))).toEqual([
      { code: 'numbering.duplicate', path: ['actions', 2, 'number'] },
      { code: 'numbering.mismatch', path: ['actions', 0, 'number'] },
    ]);
  });

  it('reports a result under an unknown objective', () => {
    const plan = planCopy();
    plan.expectedResults[3]!.objective = 'objective-9.9';
    expect(issuesOf(safeParseActionPlan(plan))).toEqual([
      { code: 'ref.unknown-objective', path: ['expectedResults', 3, 'objective'] },
    ]);
  });

  it('reports duplicate priority numbers', () => {
    const plan = planCopy();
    plan.priorities[1]!.number = 1;
    const issues = issuesOf(safeParseActionPlan(plan));
    expect(issues[0]).toEqual({ code: 'numbering.duplicate', path: ['priorities', 1, 'number'] });
  });

  it('reports an unknown instrument in the background', () => {
    const plan = planCopy();
    plan.instruments = ['treaty-of-nowhere'];
    expect(issuesOf(safeParseActionPlan(plan))).toEqual([{ code: 'ref.unknown-instrument', path: ['instruments', 0] }]);
  });

  it('reports an unknown working group on a calendar activity', () => {
    const plan = planCopy();
    plan.calendar[0]!.workingGroup = 'wg-unknown';
    expect(issuesOf(safeParseActionPlan(plan))).toEqual([
      { code: 'ref.unknown-working-group', path: ['calendar', 0, 'workingGroup'] },
    ]);
  });

  it('reports a holder that contradicts the presidency ledger', () => {
    const plan = planCopy();
    plan.presidency.holder = 'MX';
    expect(issuesOf(safeParseActionPlan(plan))).toEqual([
      { code: 'presidency.holder-mismatch', path: ['presidency', 'holder'] },
    ]);
  });

  it('reports a holder that is not a member state at all', () => {
    const plan = planCopy();
    plan.presidency = { term: '2030', holder: 'CO' };
    expect(issuesOf(safeParseActionPlan(plan))).toEqual([
      { code: 'ref.unknown-member-state', path: ['presidency', 'holder'] },
    ]);
  });

  it('does not flag a holder whose joining is uncertain at the precision known', () => {
    const plan = planCopy();
    plan.presidency = { term: '2019', holder: 'SV' };
    const reference = referenceCopy();
    // El Salvador joined in June 2019: a 2019 term with no recorded handover may have begun after that.
    expect(safeParseActionPlan(plan, { reference, ledger: { terms: [] } }).success).toBe(true);
  });

  it('reports a calendar range that ends before it starts', () => {
    const plan = planCopy();
    const i = activityIndex(plan, 'activity-global-refugee-forum-2');
    plan.calendar[i]!.schedule = { kind: 'range', start: '2023-12-15', end: '2023-12-13' };
    expect(issuesOf(safeParseActionPlan(plan))).toEqual([
      { code: 'dates.range-reversed', path: ['calendar', i, 'schedule', 'end'] },
    ]);
  });

  it('reports calendar dates outside the plan year unless the activity is marked', () => {
    const plan = planCopy();
    const i = activityIndex(plan, 'activity-virtual-plenary-meetings');
    plan.calendar[i]!.schedule = { kind: 'dates', dates: ['2024-01-24', '2023-04-20'] };
    expect(issuesOf(safeParseActionPlan(plan))).toEqual([
      { code: 'dates.outside-plan-year', path: ['calendar', i, 'schedule', 'dates', 0] },
    ]);
    plan.calendar[i]!.outsidePlanYear = true;
    expect(safeParseActionPlan(plan).success).toBe(true);
  });

  it('reports every fault of a document with several', () => {
    const plan = planCopy();
    plan.actions[0]!.workingGroup = 'wg-a';
    plan.actions[1]!.workingGroup = 'wg-b';
    plan.expectedResults[0]!.objective = 'objective-0.0';
    plan.instruments = ['nothing'];
    expect(issuesOf(safeParseActionPlan(plan))).toHaveLength(4);
  });

  it('returns a fresh copy equal to its input', () => {
    const plan = planCopy();
    const parsed = parseActionPlan(plan);
    expect(parsed).toEqual(plan);
    expect(parsed).not.toBe(plan);
  });

  it('reports an unknown time zone, a time that ends before it starts, and an unknown objective on an activity', () => {
    const plan = planCopy();
    plan.calendar[0]!.time = { start: '10:00', end: '09:00', zone: 'America/Atlantis' };
    plan.calendar[1]!.objectives = ['objective-1.1', 'objective-7.7'];
    expect(issuesOf(safeParseActionPlan(plan))).toEqual([
      { code: 'ref.unknown-objective', path: ['calendar', 1, 'objectives', 1] },
      { code: 'schedule.unknown-time-zone', path: ['calendar', 0, 'time', 'zone'] },
      { code: 'dates.range-reversed', path: ['calendar', 0, 'time', 'end'] },
    ]);
  });

  it('reports recurrence days outside the plan year', () => {
    const plan = planCopy();
    const i = activityIndex(plan, 'activity-virtual-plenary-meetings');
    plan.calendar[i]!.schedule = {
      kind: 'recurrence',
      start: '2022-10-20',
      rrule: 'FREQ=MONTHLY;INTERVAL=3;BYDAY=3TH;COUNT=5',
      rdates: ['2024-01-02'],
    };
    expect(issuesOf(safeParseActionPlan(plan))).toEqual([
      { code: 'dates.outside-plan-year', path: ['calendar', i, 'schedule', 'start'] },
      { code: 'dates.outside-plan-year', path: ['calendar', i, 'schedule', 'rdates', 0] },
    ]);
  });
});
