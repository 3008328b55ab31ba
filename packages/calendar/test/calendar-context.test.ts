import { buildCalendar, findConflicts, monthGrid, presidencyTermCalendar, toICS } from '@mirps/calendar';
import { actionPlan2023, presidencyLedger, referenceData } from '@mirps/core/data';
import { describe, expect, it } from 'vitest';
import { thrownIssue } from './helpers.js';

const STAMP = '2023-01-01T00:00:00Z';

/** The 2023 plan with its first calendar activity coordinated by a working group only the caller's reference data has. */
function ownData() {
  const reference = structuredClone(referenceData);
  reference.workingGroups.push({
    id: 'wg-own',
    name: { en: 'Own Working Group' },
    theme: { en: 'Own theme' },
    lead: 'BZ',
  });
  const plan = structuredClone(actionPlan2023);
  const index = plan.calendar.findIndex((a) => a.id === 'activity-oas-general-assembly');
  plan.calendar[index] = { ...plan.calendar[index]!, workingGroup: 'wg-own' };
  return { reference, ledger: structuredClone(presidencyLedger), plan };
}

describe('a calendar carries its context, and its views trust it without rebuilding it', () => {
  it("reads the plan against the caller's reference data, and toICS names that data's working group", () => {
    const { reference, ledger, plan } = ownData();
    expect(thrownIssue(() => buildCalendar(plan))).toMatchObject({ code: 'ref.unknown-working-group' });
    const calendar = buildCalendar(plan, { reference, ledger });
    expect(calendar.window).toEqual({ from: '2023-01-01', to: '2023-12-31' });
    expect(calendar.context.reference.workingGroups.map((g) => g.id)).toContain('wg-own');
    expect(toICS(calendar, { stamp: STAMP }).replace(/\r\n /g, '')).toContain('Working group: Own Working Group');
  });

  it('is frozen all through', () => {
    const calendar = buildCalendar(actionPlan2023);
    expect(
      Object.isFrozen(calendar) && Object.isFrozen(calendar.occurrences) && Object.isFrozen(calendar.occurrences[0]),
    ).toBe(true);
    expect(() => (calendar.occurrences as unknown[]).push({})).toThrow(TypeError);
  });

  it('refuses a copy or a hand-made calendar in every view, with a typed error', () => {
    const copy = { ...buildCalendar(actionPlan2023) };
    const refused = { name: 'MirpsCalendarError', code: 'calendar.invalid-calendar', path: ['calendar'] };
    expect(thrownIssue(() => monthGrid(copy, 2023))).toEqual(refused);
    expect(thrownIssue(() => findConflicts(copy))).toEqual(refused);
    expect(thrownIssue(() => toICS(copy, { stamp: STAMP }))).toEqual(refused);
    expect(
      thrownIssue(() => toICS(JSON.parse(JSON.stringify(buildCalendar(actionPlan2023))), { stamp: STAMP })),
    ).toEqual(refused);
  });

  it('keeps the window guard on the way: a term calendar wider than maxDays is refused', () => {
    expect(thrownIssue(() => presidencyTermCalendar(actionPlan2023, { maxDays: 100 }))).toMatchObject({
      code: 'calendar.window-too-wide',
    });
  });

  it("names the incoming presidency from the caller's ledger", () => {
    const { reference, ledger } = ownData();
    // The caller's ledger ends with a 2024 term handed over on another day than the embedded ledger's (24 January 2024).
    ledger.terms = ledger.terms.filter((term) => term.label <= '2023');
    ledger.terms.push({
      id: 'presidency-2024',
      label: '2024',
      holder: 'BZ',
      assignment: 'rotation',
      handover: { date: '2023-12-31' },
      achievements: [],
    });
    const calendar = presidencyTermCalendar(actionPlan2023, { reference, ledger });
    expect(calendar.occurrences.find((o) => o.activityId === 'term-2023-handover')).toMatchObject({
      start: '2023-12-31',
      title: { en: 'Handover of the Pro-Tempore Presidency to Belize (term 2024), at the MIRPS Annual Meeting' },
    });
  });
});
