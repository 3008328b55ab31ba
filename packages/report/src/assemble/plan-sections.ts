import type { ActionPlan, MirpsContext, ReferenceData } from '@mirps/core';
import { MONTH_ABBREVIATIONS, buildCalendar, monthGrid, type MonthGrid } from '@mirps/calendar';
import { list, localized, note, paragraph, section, strong } from '../document/blocks.js';
import type { Block, Section, TableBlock, TimelineChart } from '../document/report-document.js';

// Sections that more than one report shows: the objectives with their actions and results, and the calendar.

/** The coordinating working groups of an objective, with their leads, in words. */
export function coordination(plan: ActionPlan, objectiveId: string, reference: ReferenceData): string {
  const groups = [...new Set(plan.actions.filter((a) => a.objective === objectiveId).map((a) => a.workingGroup))];
  if (groups.length === 0 || groups.every((g) => g === null)) return 'The plan names no coordinating working group for this objective.';
  const names = groups
    .filter((g): g is string => g !== null)
    .map((id) => {
      const group = reference.workingGroups.find((g) => g.id === id);
      const lead = reference.memberStates.find((s) => s.id === group?.lead);
      return `${localized(group?.name) || id}${lead ? ` (led by ${localized(lead.name)})` : ''}`;
    });
  return `Coordinated with the ${names.join(' and the ')}.`;
}

/** The month grid of the plan's calendar (read against the report's context) as a table, and the dated activities as a timeline. */
export function calendarBlocks(plan: ActionPlan, context: MirpsContext): { grid: MonthGrid; table: TableBlock; timeline: Block } {
  const calendar = buildCalendar(plan, context);
  const grid = monthGrid(calendar, plan.year);
  const cell = (days: ReadonlyArray<readonly [number, number]>, whole: boolean): string =>
    [...days.map(([a, b]) => (a === b ? String(a) : `${a}–${b}`)), ...(whole ? ['•'] : [])].join(', ');
  const table: TableBlock = {
    kind: 'table',
    caption: `Calendar ${plan.year}: activities by month`,
    columns: [{ header: 'Activity' }, ...MONTH_ABBREVIATIONS.map((m) => ({ header: m, align: 'center' as const })), { header: 'Note' }],
    rows: grid.rows.map((row) => [localized(row.title), ...row.months.map((m) => cell(m.days, m.wholeMonth)), row.note ?? '']),
  };
  const chart: TimelineChart = {
    kind: 'timeline',
    year: plan.year,
    rows: plan.calendar
      .filter((activity) => calendar.occurrences.some((o) => o.activityId === activity.id))
      .map((activity) => ({
        label: localized(activity.title),
        spans: calendar.occurrences.filter((o) => o.activityId === activity.id).map((o) => [o.start, o.end] as const),
      })),
  };
  const dated = chart.rows.map((r) => `${r.label}: ${r.spans.map(([a, b]) => (a === b ? a : `${a} to ${b}`)).join(', ')}`).join('; ');
  return {
    grid,
    table,
    timeline: { kind: 'figure', chart, caption: `The dated activities of ${plan.year} on a timeline`, alt: `Activities with dates in the sources: ${dated}.` },
  };
}

/** One section per priority, one subsection per objective with its coordination, actions and expected results. */
export function objectiveSections(plan: ActionPlan, reference: ReferenceData, actionLine: (actionId: string) => Block[] | undefined = () => undefined): Section[] {
  return plan.priorities.map((priority) =>
    section(
      `priority-${priority.number}`,
      `Priority ${priority.number}: ${localized(priority.restatement ?? priority.text)}`,
      [],
      plan.objectives
        .filter((objective) => objective.priority === priority.id)
        .map((objective) => {
          const actions = plan.actions.filter((a) => a.objective === objective.id);
          const themes = [...new Set(actions.map((a) => localized(a.theme)))];
          const actionBlocks: Block[] =
            themes.length > 1
              ? themes.flatMap((theme) => [paragraph(strong(`Actions (${theme})`)), list(actions.filter((a) => localized(a.theme) === theme).map((a) => localized(a.text)))])
              : [paragraph(strong('Actions')), list(actions.map((a) => localized(a.text)))];
          return section(`objective-${objective.number}`, `Objective ${objective.number} - ${localized(objective.text)}`, [
            note(coordination(plan, objective.id, reference)),
            ...actionBlocks,
            ...(actions.flatMap((a) => actionLine(a.id) ?? [])),
            paragraph(strong('Expected results')),
            list(plan.expectedResults.filter((r) => r.objective === objective.id).map((r) => localized(r.text))),
          ]);
        }),
    ),
  );
}
