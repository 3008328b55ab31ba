import { MirpsValidationError, parseActionPlan, safeParseActionPlan } from '@mirps/core';
import { describe, expect, it } from 'vitest';
import { activityIndex, entry, issuesOf, ledgerCopy, messagesOf, planCopy, referenceCopy } from './helpers.js';

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

describe('parseActionPlan rules: where each issue points and what it says', () => {
  it('names the first use of an id repeated anywhere in the plan, the plan id among them', () => {
    const plan = planCopy();
    const methodology = plan.workMethodology;
    entry(plan.paragraphs, 0).id = plan.id;
    entry(methodology.technicalMeetings, 0).id = entry(plan.objectives, 0).id;
    entry(methodology.highLevelEvents, 0).id = entry(plan.expectedResults, 0).id;
    entry(plan.handoverCommitments, 0).id = entry(methodology.keyDocuments, 0).id;
    expect(messagesOf(safeParseActionPlan(plan))).toEqual([
      {
        code: 'ref.duplicate-id',
        path: ['paragraphs', 0, 'id'],
        message: 'Duplicate id "regional-action-plan-2023": already used at id',
      },
      {
        code: 'ref.duplicate-id',
        path: ['workMethodology', 'technicalMeetings', 0, 'id'],
        message: 'Duplicate id "objective-1.1": already used at objectives[0].id',
      },
      {
        code: 'ref.duplicate-id',
        path: ['workMethodology', 'highLevelEvents', 0, 'id'],
        message: 'Duplicate id "result-1.1.1": already used at expectedResults[0].id',
      },
      {
        code: 'ref.duplicate-id',
        path: ['handoverCommitments', 0, 'id'],
        message: `Duplicate id "${entry(methodology.keyDocuments, 0).id}": already used at workMethodology.keyDocuments[0].id`,
      },
    ]);
  });

  it("reports a number that begins with its parent's but is not numbered under it (1.11.1 under 1.1)", () => {
    const plan = planCopy();
    entry(plan.actions, 0).number = '1.11.1';
    expect(messagesOf(safeParseActionPlan(plan))).toEqual([
      {
        code: 'numbering.mismatch',
        path: ['actions', 0, 'number'],
        message: 'Action 1.11.1 sits under objective 1.1 (objective "objective-1.1"); number it 1.1.N',
      },
    ]);
  });

  it('words the numbering issues of expected results as such', () => {
    const plan = planCopy();
    entry(plan.expectedResults, 1).number = entry(plan.expectedResults, 0).number;
    entry(plan.expectedResults, 2).number = '2.1.9';
    const issues = messagesOf(safeParseActionPlan(plan));
    expect(issues.map(({ code, path }) => ({ code, path }))).toEqual([
      { code: 'numbering.duplicate', path: ['expectedResults', 1, 'number'] },
      { code: 'numbering.mismatch', path: ['expectedResults', 2, 'number'] },
    ]);
    expect(entry(issues, 0).message).toBe(
      'Duplicate Expected result number "1.1.1": already used at expectedResults[0].number',
    );
    expect(entry(issues, 1).message).toBe(
      'Expected result 2.1.9 sits under objective 1.1 (objective "objective-1.1"); number it 1.1.N',
    );
  });

  it('accepts a time in a known zone that ends after it starts, and reports one that ends as it starts', () => {
    const plan = planCopy();
    const activity = entry(plan.calendar, 0);
    activity.time = { start: '09:00', end: '10:30', zone: 'America/Panama' };
    expect(safeParseActionPlan(plan).success).toBe(true);
    activity.time = { start: '09:00', end: '09:00', zone: 'America/Panama' };
    expect(messagesOf(safeParseActionPlan(plan))).toEqual([
      {
        code: 'dates.range-reversed',
        path: ['calendar', 0, 'time', 'end'],
        message: 'Ends (09:00) before it starts (09:00)',
      },
    ]);
  });

  it('reports each end of a calendar range outside the plan year, at its own path', () => {
    const plan = planCopy();
    const i = activityIndex(plan, 'activity-cities-summit-denver');
    entry(plan.calendar, i).schedule = { kind: 'range', start: '2022-12-30', end: '2024-01-02' };
    expect(messagesOf(safeParseActionPlan(plan))).toEqual([
      {
        code: 'dates.outside-plan-year',
        path: ['calendar', i, 'schedule', 'start'],
        message:
          '2022-12-30 is outside the plan\'s year 2023; set "outsidePlanYear": true on the activity if that is intended',
      },
      {
        code: 'dates.outside-plan-year',
        path: ['calendar', i, 'schedule', 'end'],
        message:
          '2024-01-02 is outside the plan\'s year 2023; set "outsidePlanYear": true on the activity if that is intended',
      },
    ]);
  });

  it('reports an excluded day of a recurrence outside the plan year', () => {
    const plan = planCopy();
    const i = activityIndex(plan, 'activity-virtual-plenary-meetings');
    entry(plan.calendar, i).schedule = {
      kind: 'recurrence',
      start: '2023-01-19',
      rrule: 'FREQ=MONTHLY;INTERVAL=3;BYDAY=3TH;COUNT=5',
      exdates: ['2024-01-18'],
    };
    expect(issuesOf(safeParseActionPlan(plan))).toEqual([
      { code: 'dates.outside-plan-year', path: ['calendar', i, 'schedule', 'exdates', 0] },
    ]);
  });

  it('checks the holder on the handover day the ledger records, not over the whole year of the term', () => {
    const reference = referenceCopy();
    const panama = reference.memberStates.find((state) => state.id === 'PA');
    if (panama === undefined) throw new Error('No Panama in the reference data');
    // Panama (holder from the handover on 13 December 2022) leaves a week later: it was a member on that day.
    panama.memberships = [{ ...entry(panama.memberships, 0), left: '2022-12-20' }];
    expect(safeParseActionPlan(planCopy(), { reference, ledger: ledgerCopy() }).success).toBe(true);
  });

  it('lists up to twelve known values in full, and the first twelve of more with their count', () => {
    const plan = planCopy();
    plan.instruments = ['instrument-nothing'];
    const reference = referenceCopy();
    const model = entry(reference.instruments, 0);
    const ids = (count: number): string[] => Array.from({ length: count }, (_, n) => `instrument-${n + 1}`);
    reference.instruments = ids(12).map((id) => ({ ...model, id }));
    expect(messagesOf(safeParseActionPlan(plan, { reference }))).toEqual([
      {
        code: 'ref.unknown-instrument',
        path: ['instruments', 0],
        message: `Unknown instrument "instrument-nothing"; known: ${ids(12).join(', ')}`,
      },
    ]);
    reference.instruments = ids(13).map((id) => ({ ...model, id }));
    expect(entry(messagesOf(safeParseActionPlan(plan, { reference })), 0).message).toBe(
      `Unknown instrument "instrument-nothing"; known: ${ids(12).join(', ')}, … (13 in all)`,
    );
    reference.instruments = [];
    expect(entry(messagesOf(safeParseActionPlan(plan, { reference })), 0).message).toBe(
      'Unknown instrument "instrument-nothing"; there are none',
    );
  });
});
