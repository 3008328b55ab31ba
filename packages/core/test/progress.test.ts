import { readFileSync } from 'node:fs';
import { type PlanProgress, parsePlanProgress, planTerm, safeParsePlanProgress } from '@mirps/core';
import { actionPlan2023 } from '@mirps/core/data';
import { describe, expect, it } from 'vitest';
import { entry, issuesOf, ledgerCopy, messagesOf } from './helpers.js';

const example = (): PlanProgress =>
  JSON.parse(
    readFileSync(new URL('../../../examples/progress/progress-2023.example.json', import.meta.url), 'utf8'),
  ) as PlanProgress;

describe('parsePlanProgress', () => {
  it('accepts the example progress of the 2023 plan', () => {
    const progress = parsePlanProgress(example(), actionPlan2023);
    expect(progress.records.length).toBeGreaterThan(27);
    expect(progress.indicators).toHaveLength(4);
  });

  it('reports records for unknown actions, outside the term, and two statuses on one day', () => {
    const progress = example();
    progress.records[0]!.action = 'action-9.9.9';
    progress.records[1]!.date = '2024-02-01';
    progress.records[3]!.action = progress.records[2]!.action;
    progress.records[3]!.date = progress.records[2]!.date;
    expect(issuesOf(safeParsePlanProgress(progress, actionPlan2023))).toEqual([
      { code: 'progress.duplicate-status', path: ['records', 3, 'date'] },
      { code: 'ref.unknown-action', path: ['records', 0, 'action'] },
      { code: 'progress.outside-term', path: ['records', 1, 'date'] },
    ]);
  });

  it("accepts a record from the handover into the term, before the plan's year begins", () => {
    const progress = example();
    progress.records[0]!.date = '2022-12-20';
    expect(safeParsePlanProgress(progress, actionPlan2023).success).toBe(true);
    progress.records[0]!.date = '2022-12-12';
    expect(issuesOf(safeParsePlanProgress(progress, actionPlan2023))).toEqual([
      { code: 'progress.outside-term', path: ['records', 0, 'date'] },
    ]);
  });

  it('reports unknown reporters and results, and another plan', () => {
    const progress = example();
    progress.plan = 'regional-action-plan-2024';
    progress.records[0]!.reportedBy = { memberState: 'CO' };
    progress.records[1]!.reportedBy = { body: 'wg-fisheries' };
    progress.indicators[0]!.result = 'result-7.7.7';
    expect(issuesOf(safeParsePlanProgress(progress, actionPlan2023))).toEqual([
      { code: 'progress.plan-mismatch', path: ['plan'] },
      { code: 'ref.unknown-member-state', path: ['records', 0, 'reportedBy', 'memberState'] },
      { code: 'ref.unknown-body', path: ['records', 1, 'reportedBy', 'body'] },
      { code: 'ref.unknown-result', path: ['indicators', 0, 'result'] },
    ]);
  });

  it('reports a breakdown that does not add up to its count, but not for percentages', () => {
    const progress = example();
    const health = progress.indicators.find((i) => i.id === 'indicator-1.2.3')!;
    health.actuals[0]!.disaggregations![0]!.values[0]!.value += 1;
    expect(issuesOf(safeParsePlanProgress(progress, actionPlan2023))).toEqual([
      { code: 'progress.disaggregation-mismatch', path: ['indicators', 1, 'actuals', 0, 'disaggregations', 0] },
    ]);
    const share = progress.indicators.find((i) => i.id === 'indicator-2.1.2')!;
    share.actuals[0]!.disaggregations = [
      {
        dimension: 'sex',
        values: [
          { category: 'female', value: 70 },
          { category: 'male', value: 90 },
        ],
      },
    ];
    expect(issuesOf(safeParsePlanProgress(progress, actionPlan2023))).toHaveLength(1);
  });

  it('reports a measured period that ends before it starts', () => {
    const progress = example();
    progress.indicators[0]!.actuals[0]!.period = { start: '2023-06-30', end: '2023-01-01' };
    expect(issuesOf(safeParsePlanProgress(progress, actionPlan2023))).toEqual([
      { code: 'dates.range-reversed', path: ['indicators', 0, 'actuals', 0, 'period', 'end'] },
    ]);
  });

  it('rejects a bad status and an unknown key', () => {
    const progress = example() as unknown as { records: Array<Record<string, unknown>> };
    progress.records[0]!.status = 'done';
    progress.records[1]!.colour = 'green';
    expect(issuesOf(safeParsePlanProgress(progress, actionPlan2023))).toEqual([
      { code: 'shape.invalid-value', path: ['records', 0, 'status'] },
      { code: 'shape.unknown-key', path: ['records', 1, 'colour'] },
    ]);
  });
});

describe('plan progress rules: where each issue points and what it says', () => {
  it('takes a record on the day of the handover as within the term', () => {
    const progress = example();
    entry(progress.records, 0).date = '2022-12-13';
    expect(safeParsePlanProgress(progress, actionPlan2023).success).toBe(true);
  });

  it('reports each end of a measured period outside the term, at its own path', () => {
    const progress = example();
    entry(progress.indicators, 0).actuals = [{ period: { start: '2022-12-01', end: '2024-01-15' }, value: 190 }];
    expect(messagesOf(safeParsePlanProgress(progress, actionPlan2023))).toEqual([
      {
        code: 'progress.outside-term',
        path: ['indicators', 0, 'actuals', 0, 'period', 'start'],
        message: "2022-12-01 is outside the plan's term (2022-12-13 to 2023-12-31)",
      },
      {
        code: 'progress.outside-term',
        path: ['indicators', 0, 'actuals', 0, 'period', 'end'],
        message: "2024-01-15 is outside the plan's term (2022-12-13 to 2023-12-31)",
      },
    ]);
  });

  it('reports a repeated record or indicator id, naming its first use', () => {
    const progress = example();
    const first = entry(progress.records, 0).id;
    entry(progress.records, 1).id = first;
    entry(progress.indicators, 1).id = first;
    expect(messagesOf(safeParsePlanProgress(progress, actionPlan2023))).toEqual([
      {
        code: 'ref.duplicate-id',
        path: ['records', 1, 'id'],
        message: `Duplicate id "${first}": already used at records[0].id`,
      },
      {
        code: 'ref.duplicate-id',
        path: ['indicators', 1, 'id'],
        message: `Duplicate id "${first}": already used at records[0].id`,
      },
    ]);
  });

  it('accepts the rounding of a breakdown of large amounts in dollars, within a billionth of the total', () => {
    const progress = example();
    // 1000000071.3 + 2000000033.1 + 500000010.7 is 3500000115.0999994 in floating point.
    entry(progress.indicators, 2).unit = 'usd';
    entry(progress.indicators, 2).actuals = [
      {
        period: { start: '2023-01-01', end: '2023-12-31' },
        value: 3500000115.1,
        disaggregations: [
          {
            dimension: 'sex',
            values: [
              { category: 'female', value: 1000000071.3 },
              { category: 'male', value: 2000000033.1 },
              { category: 'other', value: 500000010.7 },
            ],
          },
        ],
      },
    ];
    expect(safeParsePlanProgress(progress, actionPlan2023).success).toBe(true);
  });
});

describe('planTerm', () => {
  it('begins on the first day of the plan year when the ledger does not record the term', () => {
    const ledger = ledgerCopy();
    ledger.terms = ledger.terms.filter((term) => term.label !== '2023');
    expect(planTerm(actionPlan2023, { ledger })).toEqual({ from: '2023-01-01', to: '2023-12-31' });
  });

  it('covers the whole plan year when the handover came after it began', () => {
    const ledger = ledgerCopy();
    const term = ledger.terms.find((candidate) => candidate.label === '2023');
    if (term === undefined) throw new Error('No 2023 term in the ledger');
    term.handover = { date: '2023-01-10' };
    expect(planTerm(actionPlan2023, { ledger })).toEqual({ from: '2023-01-01', to: '2023-12-31' });
  });
});
