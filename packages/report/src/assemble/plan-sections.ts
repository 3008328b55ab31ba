import { buildCalendar, type MonthGrid, monthAbbreviations, monthGrid } from '@mirps/calendar';
import type { Action, ActionPlan, Language, MirpsContext, ReferenceData } from '@mirps/core';
import { groupBy } from '../_lib/group-by.js';
import { dayText } from '../_lib/number-text.js';
import { list, localized, localizedRun, note, paragraph, rich, section, strong, text } from '../document/blocks.js';
import type { Block, Inline, Section, TableBlock, TimelineChart } from '../document/report-document.js';
import { messages } from '../i18n/messages.js';

// Sections that more than one report shows: the objectives with their actions and results, and the calendar.

/** The coordinating working groups of an objective's actions, with their leads, in words of the report's language (names as the data has them). */
function coordination(actions: readonly Action[], reference: ReferenceData, language: Language): Inline[] {
  const m = messages(language);
  const groups = [...new Set(actions.map((a) => a.workingGroup))];
  if (groups.length === 0 || groups.every((g) => g === null)) return [text(m.noCoordination)];
  const names = groups
    .filter((g): g is string => g !== null)
    .map((id): Inline[] => {
      const group = reference.workingGroups.find((g) => g.id === id);
      const lead = reference.memberStates.find((s) => s.id === group?.lead);
      return [
        group === undefined ? text(id) : localizedRun(group.name, language),
        ...(lead ? [text(m.ledBy(localized(lead.name, language)))] : []),
      ];
    });
  return [
    text(m.coordinatedWith),
    ...names.flatMap((parts, i) => (i === 0 ? parts : [text(m.coordinationAnd), ...parts])),
    text('.'),
  ];
}

/** The month grid of the plan's calendar (read against the report's context) as a table, and the dated activities as a timeline, in the report's language. */
export function calendarBlocks(
  plan: ActionPlan,
  context: MirpsContext,
  language: Language,
): { grid: MonthGrid; table: TableBlock; timeline: Block } {
  const m = messages(language);
  const day = (d: string): string => dayText(d, language);
  const calendar = buildCalendar(plan, context);
  const grid = monthGrid(calendar, plan.year, { language });
  const cell = (days: ReadonlyArray<readonly [number, number]>, whole: boolean): string =>
    [...days.map(([a, b]) => (a === b ? String(a) : `${a}–${b}`)), ...(whole ? ['•'] : [])].join(', ');
  const table: TableBlock = {
    kind: 'table',
    caption: m.calendarCaption(String(plan.year)),
    columns: [
      { header: m.activity },
      ...monthAbbreviations(language).map((month) => ({ header: month, align: 'center' as const })),
      { header: m.note },
    ],
    rows: grid.rows.map((row) => [
      rich(localizedRun(row.title, language)),
      ...row.months.map((month) => cell(month.days, month.wholeMonth)),
      row.note ?? '',
    ]),
  };
  const chart: TimelineChart = {
    kind: 'timeline',
    year: plan.year,
    rows: plan.calendar
      .filter((activity) => calendar.occurrences.some((o) => o.activityId === activity.id))
      .map((activity) => ({
        label: localized(activity.title, language),
        spans: calendar.occurrences.filter((o) => o.activityId === activity.id).map((o) => [o.start, o.end] as const),
      })),
  };
  const dated = chart.rows
    .map((r) => `${r.label}: ${r.spans.map(([a, b]) => (a === b ? day(a) : m.dayRange(day(a), day(b)))).join(', ')}`)
    .join('; ');
  return {
    grid,
    table,
    timeline: { kind: 'figure', chart, caption: m.timelineCaption(String(plan.year)), alt: m.timelineAlt(dated) },
  };
}

/** One section per priority, one subsection per objective with its coordination, actions and expected results; the plan's lists are grouped once. */
export function objectiveSections(plan: ActionPlan, reference: ReferenceData, language: Language): Section[] {
  const m = messages(language);
  const data = (value: Parameters<typeof localizedRun>[0]): Inline => localizedRun(value, language);
  const objectivesOf = groupBy(plan.objectives, (objective) => objective.priority);
  const actionsOf = groupBy(plan.actions, (action) => action.objective);
  const resultsOf = groupBy(plan.expectedResults, (result) => result.objective);
  return plan.priorities.map((priority) =>
    section(
      `priority-${priority.number}`,
      rich(m.priorityLabel(String(priority.number)), data(priority.restatement ?? priority.text)),
      [],
      (objectivesOf.get(priority.id) ?? []).map((objective) => {
        const actions = actionsOf.get(objective.id) ?? [];
        // Actions are grouped by their theme's text as the report shows it.
        const themes = groupBy(actions, (a) => localized(a.theme, language));
        const actionBlocks: Block[] =
          themes.size > 1
            ? [...themes].flatMap(([theme, ofTheme]) => {
                const marked = data(ofTheme[0]?.theme);
                // A theme in another language is its own marked part of the heading; otherwise the heading is one part.
                const [before = '', after = ''] = m.actionsOfTheme('\u0000').split('\u0000');
                const heading =
                  marked.lang === undefined
                    ? [strong(m.actionsOfTheme(theme))]
                    : [strong(before), { ...marked, kind: 'strong' as const }, strong(after)];
                return [paragraph(...heading), list(ofTheme.map((a) => [data(a.text)]))];
              })
            : [paragraph(strong(m.actions)), list(actions.map((a) => [data(a.text)]))];
        return section(
          `objective-${objective.number}`,
          rich(m.objectiveLabel(objective.number), data(objective.text)),
          [
            note(...coordination(actions, reference, language)),
            ...actionBlocks,
            paragraph(strong(m.expectedResults)),
            list((resultsOf.get(objective.id) ?? []).map((r) => [data(r.text)])),
          ],
        );
      }),
    ),
  );
}
