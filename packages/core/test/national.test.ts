import {
  commitmentCountSchema,
  DOCUMENT_RULES,
  FOCUS_AREAS,
  isIllustrative,
  type MirpsIssue,
  type MirpsParseResult,
  parseNationalActionPlan,
  parseNationalPlanProgress,
  parseRegionalSupport,
  safeParseNationalActionPlan,
  safeParseNationalPlanProgress,
  safeParseRegionalSupport,
} from '@mirps/core';
import { actionPlan2023, commitmentCounts, referenceData } from '@mirps/core/data';
import { describe, expect, it } from 'vitest';
import { nationalPlanJson, nationalProgressJson, regionalSupportJson } from './national-examples.js';

// The national level: a national action plan, its progress, and the support of other countries, validated against
// the reference data and against each other; each rule beyond the shape with a case that breaks it.

const issuesOf = (result: MirpsParseResult<unknown>): Array<Pick<MirpsIssue, 'code' | 'path'>> => {
  if (result.success) throw new Error('expected a failure');
  return result.error.issues.map(({ code, path }) => ({ code, path }));
};
const links = () => ({ nationalPlans: [nationalPlanJson()], regionalPlan: actionPlan2023 });

describe('the illustrative national documents', () => {
  it('validate, come back frozen and marked illustrative, and are accepted again as they are', () => {
    const plan = parseNationalActionPlan(nationalPlanJson());
    expect(plan.commitments).toHaveLength(12);
    expect(Object.isFrozen(plan.commitments[0])).toBe(true);
    expect(isIllustrative(plan)).toBe(true);
    expect(parseNationalActionPlan(plan)).toBe(plan);

    const progress = parseNationalPlanProgress(nationalProgressJson(), plan);
    expect(progress.reviews.map((review) => review.year)).toEqual([2024, 2025]);
    expect(isIllustrative(progress)).toBe(true);
    expect(parseNationalPlanProgress(progress, plan)).toBe(progress);

    const support = parseRegionalSupport(regionalSupportJson(), {
      nationalPlans: [plan],
      regionalPlan: actionPlan2023,
    });
    expect(support.fund?.projects.map((project) => project.id)).toEqual([
      'fund-project-example-1',
      'fund-project-example-2',
    ]);
    expect(isIllustrative(support)).toBe(true);
  });
});

describe('a national action plan: the rules beyond its shape', () => {
  it('refuses an unknown state, a reversed period and repeated commitment ids', () => {
    const plan = nationalPlanJson();
    plan.memberState = 'CO';
    plan.period = { start: '2026-12-31', end: '2024-01-01' };
    plan.commitments[1]!.id = plan.commitments[0]!.id;
    expect(issuesOf(safeParseNationalActionPlan(plan))).toEqual([
      { code: 'ref.duplicate-id', path: ['commitments', 1, 'id'] },
      { code: 'ref.unknown-member-state', path: ['memberState'] },
      { code: 'dates.range-reversed', path: ['period', 'end'] },
    ]);
  });

  it('accepts the five standard focus areas and declared ones, and refuses any other', () => {
    const plan = nationalPlanJson();
    plan.commitments.forEach((commitment, c) => {
      commitment.focusArea = FOCUS_AREAS[c % FOCUS_AREAS.length]!;
    });
    expect(safeParseNationalActionPlan(plan).success).toBe(true);
    plan.commitments[2]!.focusArea = 'housing';
    plan.focusAreas = [
      { id: 'housing', name: { en: 'Housing' } },
      { id: 'housing', name: { en: 'Housing again' } },
      { id: 'education', name: { en: 'Education' } },
    ];
    expect(issuesOf(safeParseNationalActionPlan(plan))).toEqual([
      { code: 'ref.duplicate-id', path: ['focusAreas', 1, 'id'] },
      { code: 'ref.duplicate-id', path: ['focusAreas', 2, 'id'] },
    ]);
    plan.focusAreas = [];
    expect(issuesOf(safeParseNationalActionPlan(plan))).toEqual([
      { code: 'ref.unknown-focus-area', path: ['commitments', 2, 'focusArea'] },
    ]);
  });

  it("refuses a commitment outside the plan's period, whose period is reversed, or that names unknown groups or pledges", () => {
    const plan = nationalPlanJson();
    plan.commitments[0]!.period = { start: '2023-06', end: '2027' };
    plan.commitments[1]!.period = { start: '2025', end: '2024' };
    plan.commitments[2]!.workingGroups = ['wg-asylum-systems', 'wg-housing'];
    plan.commitments[3]!.pledges = ['pledge-grf-2023-mirps-asylum', 'pledge-unknown'];
    expect(issuesOf(safeParseNationalActionPlan(plan))).toEqual([
      { code: 'dates.outside-plan-period', path: ['commitments', 0, 'period', 'start'] },
      { code: 'dates.outside-plan-period', path: ['commitments', 0, 'period', 'end'] },
      { code: 'dates.range-reversed', path: ['commitments', 1, 'period', 'end'] },
      { code: 'ref.unknown-working-group', path: ['commitments', 2, 'workingGroups', 1] },
      { code: 'ref.unknown-pledge', path: ['commitments', 3, 'pledges', 1] },
    ]);
  });

  it('keeps a commitment whose period is only as precise as a year, within the plan', () => {
    const plan = nationalPlanJson();
    plan.commitments[0]!.period = { start: '2024', end: '2026' };
    expect(safeParseNationalActionPlan(plan).success).toBe(true);
  });

  it("checks pledges against the caller's reference data, not the embedded one", () => {
    const plan = nationalPlanJson();
    const reference = { ...structuredClone(referenceData), pledges: [] };
    expect(issuesOf(safeParseNationalActionPlan(plan, { reference }))).toEqual([
      { code: 'ref.unknown-pledge', path: ['commitments', 0, 'pledges', 0] },
      { code: 'ref.unknown-pledge', path: ['commitments', 3, 'pledges', 0] },
    ]);
  });
});

describe('the progress of a national action plan: the rules beyond its shape', () => {
  it('refuses another plan, unknown commitments, days outside the period and repeated statuses', () => {
    const progress = nationalProgressJson();
    progress.plan = 'national-plan-other';
    progress.records[0].commitment = 'ex-c99';
    progress.records[1].date = '2027-01-15';
    progress.records[3].date = progress.records[2].date;
    progress.indicators[0].commitment = 'ex-c98';
    progress.indicators[1].actuals[0].period.start = '2023-12-01';
    expect(issuesOf(safeParseNationalPlanProgress(progress, nationalPlanJson()))).toEqual([
      { code: 'progress.plan-mismatch', path: ['plan'] },
      { code: 'progress.duplicate-status', path: ['records', 3, 'date'] },
      { code: 'ref.unknown-commitment', path: ['records', 0, 'commitment'] },
      { code: 'dates.outside-plan-period', path: ['records', 1, 'date'] },
      { code: 'ref.unknown-commitment', path: ['indicators', 0, 'commitment'] },
      { code: 'dates.outside-plan-period', path: ['indicators', 1, 'actuals', 0, 'period', 'start'] },
    ]);
  });

  it('refuses a status that goes back without a reason, in whatever order the records are listed', () => {
    const progress = nationalProgressJson();
    const reopened = progress.records.findIndex((record: { reason?: unknown }) => record.reason !== undefined);
    expect(safeParseNationalPlanProgress(progress, nationalPlanJson()).success).toBe(true);
    delete progress.records[reopened].reason;
    expect(issuesOf(safeParseNationalPlanProgress(progress, nationalPlanJson()))).toEqual([
      { code: 'progress.status-regressed', path: ['records', reopened, 'status'] },
    ]);
    // Listed newest first, the same record goes back from the same earlier one.
    progress.records.reverse();
    const index = progress.records.length - 1 - reopened;
    expect(issuesOf(safeParseNationalPlanProgress(progress, nationalPlanJson()))).toEqual([
      { code: 'progress.status-regressed', path: ['records', index, 'status'] },
    ]);
  });

  it('lets a status move within a stage, or forward, without a reason', () => {
    const progress = nationalProgressJson();
    progress.records = [
      { id: 'a', commitment: 'ex-c01', date: '2024-01-10', status: 'in-progress' },
      { id: 'b', commitment: 'ex-c01', date: '2024-02-10', status: 'blocked' },
      { id: 'c', commitment: 'ex-c01', date: '2024-03-10', status: 'in-progress' },
      { id: 'd', commitment: 'ex-c01', date: '2024-04-10', status: 'completed' },
      { id: 'e', commitment: 'ex-c01', date: '2024-05-10', status: 'dropped' },
      { id: 'f', commitment: 'ex-c02', date: '2024-01-10', status: 'completed' },
      { id: 'g', commitment: 'ex-c03', date: '2024-01-10', status: 'not-started' },
    ];
    expect(safeParseNationalPlanProgress(progress, nationalPlanJson()).success).toBe(true);
    progress.records.push({ id: 'h', commitment: 'ex-c01', date: '2024-06-10', status: 'not-started' });
    expect(issuesOf(safeParseNationalPlanProgress(progress, nationalPlanJson()))).toEqual([
      { code: 'progress.status-regressed', path: ['records', 7, 'status'] },
    ]);
  });

  it('refuses breakdowns that do not add up, reversed periods, repeated reviews and reviews outside the period', () => {
    const progress = nationalProgressJson();
    progress.indicators[1].actuals[0].disaggregations[0].values[0].value += 1;
    progress.indicators[0].actuals[1].period = { start: '2025-12-31', end: '2025-01-01' };
    progress.reviews.push({ ...progress.reviews[0] }, { ...progress.reviews[0], year: 2027 });
    expect(issuesOf(safeParseNationalPlanProgress(progress, nationalPlanJson()))).toEqual([
      { code: 'dates.range-reversed', path: ['indicators', 0, 'actuals', 1, 'period', 'end'] },
      { code: 'progress.disaggregation-mismatch', path: ['indicators', 1, 'actuals', 0, 'disaggregations', 0] },
      { code: 'progress.duplicate-review', path: ['reviews', 2, 'year'] },
      { code: 'dates.outside-plan-period', path: ['reviews', 3, 'year'] },
    ]);
  });

  it('refuses unknown reporters', () => {
    const progress = nationalProgressJson();
    progress.records[0].reportedBy = { memberState: 'CO' };
    progress.records[1].reportedBy = { body: 'nobody' };
    expect(issuesOf(safeParseNationalPlanProgress(progress, nationalPlanJson()))).toEqual([
      { code: 'ref.unknown-member-state', path: ['records', 0, 'reportedBy', 'memberState'] },
      { code: 'ref.unknown-body', path: ['records', 1, 'reportedBy', 'body'] },
    ]);
  });

  it('validates the plan it is checked against first', () => {
    const plan = nationalPlanJson();
    plan.memberState = 'CO';
    const result = safeParseNationalPlanProgress(nationalProgressJson(), plan);
    expect(result.success || result.error.document).toBe('NationalActionPlan');
  });
});

describe('the support of other countries: the rules beyond its shape', () => {
  it('refuses pledges linked to nothing or to unknown groups, actions, commitments and submitters', () => {
    const support = regionalSupportJson();
    support.pledges[0].workingGroup = 'wg-housing';
    support.pledges[0].actions = ['action-1.1.1', 'action-9.9.9'];
    support.pledges[0].commitments = ['ex-c99'];
    support.pledges[0].submittedBy = { memberState: 'CO' };
    support.pledges[1].commitments = [];
    support.pledges[1].submittedBy = { body: 'nobody' };
    expect(issuesOf(safeParseRegionalSupport(support, links()))).toEqual([
      { code: 'ref.unknown-working-group', path: ['pledges', 0, 'workingGroup'] },
      { code: 'ref.unknown-member-state', path: ['pledges', 0, 'submittedBy', 'memberState'] },
      { code: 'ref.unknown-action', path: ['pledges', 0, 'actions', 1] },
      { code: 'ref.unknown-commitment', path: ['pledges', 0, 'commitments', 0] },
      { code: 'ref.unknown-body', path: ['pledges', 1, 'submittedBy', 'body'] },
      { code: 'pledge.unlinked', path: ['pledges', 1] },
    ]);
  });

  it('names no action without a Regional Action Plan, and no commitment without the national plans', () => {
    const result = safeParseRegionalSupport(regionalSupportJson(), { nationalPlans: [] });
    expect(issuesOf(result)).toEqual([
      { code: 'ref.unknown-action', path: ['pledges', 0, 'actions', 0] },
      { code: 'ref.unknown-commitment', path: ['pledges', 0, 'commitments', 0] },
      { code: 'ref.unknown-commitment', path: ['pledges', 1, 'commitments', 0] },
      { code: 'ref.unknown-focus-area', path: ['contributions', 2, 'supports', 'focusArea'] },
      { code: 'ref.unknown-commitment', path: ['fund', 'projects', 0, 'commitments', 0] },
      { code: 'ref.unknown-commitment', path: ['fund', 'projects', 1, 'commitments', 0] },
    ]);
  });

  it('refuses contributions that support nothing, or unknown partners, states, areas and pledges', () => {
    const support = regionalSupportJson();
    support.contributions[0].contributor = 'nobody';
    support.contributions[0].supports = {};
    support.contributions[1].supports = { memberState: 'CO', pledge: 'pledge-unknown' };
    support.contributions[2].supports = { focusArea: 'documentation' };
    support.contributions[2].period = { start: '2025-06', end: '2025-01' };
    expect(issuesOf(safeParseRegionalSupport(support, links()))).toEqual([
      { code: 'ref.unknown-body', path: ['contributions', 0, 'contributor'] },
      { code: 'support.unlinked', path: ['contributions', 0, 'supports'] },
      { code: 'ref.unknown-member-state', path: ['contributions', 1, 'supports', 'memberState'] },
      { code: 'ref.unknown-pledge', path: ['contributions', 1, 'supports', 'pledge'] },
      { code: 'ref.unknown-focus-area', path: ['contributions', 2, 'supports', 'focusArea'] },
      { code: 'dates.range-reversed', path: ['contributions', 2, 'period', 'end'] },
    ]);
  });

  it('accepts a contribution to a MIRPS Regional Pledge of the reference data', () => {
    const support = regionalSupportJson();
    support.contributions[0].supports = { pledge: 'pledge-grf-2023-mirps-local-governance' };
    expect(safeParseRegionalSupport(support, links()).success).toBe(true);
  });

  it("refuses Fund totals that do not add up, in another currency, or exceeded by the projects' budgets", () => {
    const support = regionalSupportJson();
    support.fund.contributions.push({ contributor: 'canada', amount: { amount: 1, currency: 'EUR' } });
    expect(issuesOf(safeParseRegionalSupport(support, links()))).toEqual([
      { code: 'fund.total-mismatch', path: ['fund', 'total'] },
    ]);
    support.fund.contributions[1].amount.currency = 'USD';
    support.fund.projects[1].budget = { amount: 200000, currency: 'EUR' };
    expect(issuesOf(safeParseRegionalSupport(support, links()))).toEqual([
      { code: 'fund.currency-mismatch', path: ['fund', 'contributions', 1, 'amount', 'currency'] },
      { code: 'fund.total-mismatch', path: ['fund', 'projects'] },
    ]);
    support.fund.projects[0].budget.currency = 'USD';
    expect(issuesOf(safeParseRegionalSupport(support, links()))).toEqual([
      { code: 'fund.currency-mismatch', path: ['fund', 'contributions', 1, 'amount', 'currency'] },
      { code: 'fund.currency-mismatch', path: ['fund', 'projects', 0, 'budget', 'currency'] },
    ]);
    delete support.fund.total;
    expect(safeParseRegionalSupport(support, links()).success).toBe(true);
  });

  it('adds decimal amounts without refusing their rounding', () => {
    const support = regionalSupportJson();
    support.fund.contributions = [0.1, 0.2].map((amount) => ({
      contributor: 'spain',
      amount: { amount, currency: 'EUR' },
    }));
    support.fund.total = { amount: 0.3, currency: 'EUR' };
    support.fund.projects = [];
    expect(safeParseRegionalSupport(support, links()).success).toBe(true);
  });

  it('refuses links that are not plans, with the issues of a plan under its place in them', () => {
    expect(issuesOf(safeParseRegionalSupport(regionalSupportJson(), null as never))).toEqual([
      { code: 'shape.invalid-type', path: ['links'] },
    ]);
    expect(issuesOf(safeParseRegionalSupport(regionalSupportJson(), { nationalPlans: 'plan' as never }))).toEqual([
      { code: 'shape.invalid-type', path: ['links', 'nationalPlans'] },
    ]);
    const plan = nationalPlanJson();
    plan.commitments[0]!.focusArea = 'housing';
    const result = safeParseRegionalSupport(regionalSupportJson(), { nationalPlans: [nationalPlanJson(), plan] });
    expect(result.success || result.error.document).toBe('SupportLinks');
    expect(issuesOf(result)).toEqual([
      { code: 'ref.unknown-focus-area', path: ['links', 'nationalPlans', 1, 'commitments', 0, 'focusArea'] },
    ]);
    const regional = safeParseRegionalSupport(regionalSupportJson(), {
      nationalPlans: [],
      regionalPlan: { ...actionPlan2023, year: 'x' } as never,
    });
    expect(issuesOf(regional)).toEqual([{ code: 'shape.invalid-type', path: ['links', 'regionalPlan', 'year'] }]);
  });
});

describe('DOCUMENT_RULES of the national documents', () => {
  it('lists every code their rules give', () => {
    const listed = (document: keyof typeof DOCUMENT_RULES) =>
      new Set(DOCUMENT_RULES[document].map((rule) => rule.code));
    expect(listed('NationalActionPlan')).toEqual(
      new Set([
        'ref.duplicate-id',
        'ref.unknown-member-state',
        'dates.range-reversed',
        'ref.unknown-focus-area',
        'dates.outside-plan-period',
        'ref.unknown-working-group',
        'ref.unknown-pledge',
      ]),
    );
    expect(listed('NationalPlanProgress').has('progress.status-regressed')).toBe(true);
    expect(listed('RegionalSupport').has('fund.total-mismatch')).toBe(true);
  });
});

describe('the embedded commitment counts', () => {
  it('add up by area to the total the source gives, and mark what was not found', () => {
    for (const count of commitmentCounts) {
      expect(commitmentCountSchema.safeParse(count).success).toBe(true);
      if (count.total === null) {
        expect(count.byArea).toEqual([]);
        expect(count.note?.en).toContain('Not found');
      } else {
        expect(count.byArea.reduce((sum, area) => sum + area.count, 0)).toBe(count.total);
      }
      for (const area of count.byArea) if (area.area !== null) expect(FOCUS_AREAS).toContain(area.area);
    }
    expect(commitmentCounts.map((count) => count.memberState).sort()).toEqual(
      referenceData.memberStates.map((state) => state.id).sort(),
    );
    expect(isIllustrative(commitmentCounts)).toBe(false);
  });
});
