import { MirpsReportError, calendarDaySchema, parsePlanProgress, planTerm, type ActionPlan, type MirpsContext, type ActionStatus, type Indicator, type PlanProgress } from '@mirps/core';
import { list, localized, note, paragraph, section, strong, text } from '../document/blocks.js';
import type { Block, Section, TableBlock } from '../document/report-document.js';
import { numberText } from '../_lib/number-text.js';
import { actionProgress, completionOf, type ActionProgress, type Completion } from '../progress/action-progress.js';

// The progress part shared by the progress report and the memoir: validated inputs, statuses, completion, indicators.

export const STATUS_LABELS: Record<ActionStatus, string> = {
  'not-started': 'Not started',
  'in-progress': 'In progress',
  completed: 'Completed',
  blocked: 'Blocked',
  dropped: 'Dropped',
};

export interface ProgressView {
  readonly plan: ActionPlan;
  readonly progress: PlanProgress;
  readonly asOf: string;
  readonly term: { from: string; to: string };
  readonly actions: ActionProgress[];
  readonly completion: ReturnType<typeof completionOf>;
}

/** Validates the plan, the progress and the day, and works out every action's status on it. */
export function progressView(plan: ActionPlan, progress: PlanProgress, asOf: unknown, context: MirpsContext): ProgressView {
  const checkedProgress = parsePlanProgress(progress, plan, context);
  const term = planTerm(plan, context);
  if (!calendarDaySchema.safeParse(asOf).success) {
    throw new MirpsReportError([{ code: 'report.invalid-option', path: ['asOf'], message: `asOf is a calendar day as YYYY-MM-DD; got ${JSON.stringify(asOf)}` }]);
  }
  const day = asOf as string;
  // A report may look back at a finished term, up to a year after it ends, but not before it began.
  const latest = `${Number(term.to.slice(0, 4)) + 1}${term.to.slice(4)}`;
  if (day < term.from || day > latest) {
    throw new MirpsReportError([{ code: 'report.as-of-outside-term', path: ['asOf'], message: `${day} is outside the plan's term (${term.from} to ${term.to}, or the year after it)` }]);
  }
  const actions = actionProgress(plan, checkedProgress, day, term.to);
  return { plan, progress: checkedProgress, asOf: day, term, actions, completion: completionOf(plan, actions) };
}

const completionRows = (items: readonly Completion[]): string[][] => items.map((c) => [c.label, String(c.completed), String(c.counted), `${c.percent}%`]);

/** Completion by priority and objective, as tables and a chart. */
export function completionBlocks(view: ProgressView): Block[] {
  const columns = [{ header: 'Part of the plan' }, { header: 'Completed', align: 'right' as const }, { header: 'Actions (not dropped)', align: 'right' as const }, { header: 'Share', align: 'right' as const }];
  const byObjective = view.completion.objectives;
  return [
    paragraph(`On ${view.asOf}, `, strong(`${view.completion.overall.completed} of ${view.completion.overall.counted}`), ` actions that still count are completed (${view.completion.overall.percent}%).`),
    { kind: 'table', caption: 'Completion by priority', columns, rows: completionRows(view.completion.priorities) },
    { kind: 'table', caption: 'Completion by objective', columns, rows: completionRows(byObjective) },
    {
      kind: 'figure',
      chart: { kind: 'bar-chart', unit: '%', max: 100, bars: byObjective.map((c) => ({ label: c.label, value: c.percent })) },
      caption: 'Completion by objective',
      alt: byObjective.map((c) => `${c.label}: ${c.percent}% (${c.completed} of ${c.counted})`).join('; '),
    },
  ];
}

/** Blocked and overdue actions first, then every action's status. */
export function statusSections(view: ProgressView): Section[] {
  const text_ = (id: string): string => localized(view.plan.actions.find((a) => a.id === id)?.text);
  const attention = view.actions.filter((a) => a.status === 'blocked' || a.overdue);
  const row = (a: ActionProgress): string[] => [a.number, text_(a.actionId), STATUS_LABELS[a.status] + (a.overdue ? ' (overdue)' : ''), a.record?.date ?? '', localized(a.record?.note)];
  const columns = [{ header: 'Action' }, { header: 'Text' }, { header: 'Status' }, { header: 'Reported' }, { header: 'Note' }];
  return [
    section('attention', 'Blocked and overdue actions', [
      attention.length === 0 ? paragraph('No action is blocked or overdue.') : ({ kind: 'table', caption: 'Actions that need attention', columns, rows: attention.map(row) } satisfies TableBlock),
    ]),
    section('action-status', 'Status of every action', [{ kind: 'table', caption: `Status of the ${view.actions.length} actions on ${view.asOf}`, columns, rows: view.actions.map(row) }]),
    ...evidenceSections(view),
  ];
}

/** The evidence behind the latest records, as links (only http(s) addresses ever become links). */
function evidenceSections(view: ProgressView): Section[] {
  const items = view.actions.flatMap((a) =>
    (a.record?.evidence ?? []).map((evidence) => [
      text(`${a.number}: `),
      evidence.url === undefined ? text(localized(evidence.title)) : ({ kind: 'link', text: localized(evidence.title), href: evidence.url } as const),
      ...(evidence.note === undefined ? [] : [text(` (${localized(evidence.note)})`)]),
    ]),
  );
  return items.length === 0 ? [] : [section('evidence', 'Evidence', [list(items)])];
}

const value = (n: number, unit: string): string => `${numberText(n)}${unit === 'percent' ? '%' : unit === 'count' ? '' : ` ${unit}`}`;

function indicatorSection(view: ProgressView, indicator: Indicator): Section {
  const result = view.plan.expectedResults.find((r) => r.id === indicator.result);
  const actuals = indicator.actuals.filter((a) => a.period.end <= view.asOf || a.period.start <= view.asOf);
  const latest = actuals.at(-1);
  const blocks: Block[] = [
    paragraph(strong('Expected result: '), text(localized(result?.text))),
    {
      kind: 'table',
      caption: `${localized(indicator.title)}: baseline, target and actual values`,
      columns: [{ header: 'Measure' }, { header: 'Period' }, { header: 'Value', align: 'right' }],
      rows: [
        ...(indicator.baseline ? [['Baseline', indicator.baseline.date, value(indicator.baseline.value, indicator.unit)]] : []),
        ['Target', indicator.target.date, value(indicator.target.value, indicator.unit)],
        ...actuals.map((a) => ['Actual', `${a.period.start} to ${a.period.end}`, value(a.value, indicator.unit)]),
      ],
    },
  ];
  if (latest !== undefined) {
    for (const breakdown of latest.disaggregations ?? []) {
      blocks.push({
        kind: 'table',
        caption: `${localized(indicator.title)}, ${latest.period.start} to ${latest.period.end}, by ${breakdown.dimension.replace('-', ' ')}`,
        columns: [{ header: breakdown.dimension === 'sex' ? 'Sex' : breakdown.dimension === 'age-group' ? 'Age group' : 'Population group' }, { header: 'Value', align: 'right' }],
        rows: breakdown.values.map((v) => [v.category, value(v.value, indicator.unit)]),
      });
    }
  } else {
    blocks.push(note('No value measured by this day.'));
  }
  return section(indicator.id, localized(indicator.title), blocks);
}

/** The indicators: a chart of the latest actual against the target, and a section each. */
export function indicatorSections(view: ProgressView): Section[] {
  const indicators = view.progress.indicators;
  if (indicators.length === 0) return [section('indicators', 'Indicators', [paragraph('No indicators were reported.')])];
  const latest = (i: Indicator): number => i.actuals.filter((a) => a.period.start <= view.asOf).at(-1)?.value ?? 0;
  const share = (i: Indicator): number => {
    const base = i.baseline?.value ?? 0;
    const span = i.target.value - base;
    return span === 0 ? 100 : Math.max(0, Math.min(100, Math.round(((latest(i) - base) / span) * 1000) / 10));
  };
  return [
    section(
      'indicators',
      'Indicators',
      [
        paragraph('Progress from the baseline toward each target, by the latest value measured.'),
        {
          kind: 'figure',
          chart: { kind: 'bar-chart', unit: '% of the way', max: 100, bars: indicators.map((i) => ({ label: localized(i.title), value: share(i), target: 100 })) },
          caption: 'Indicators: actual against target',
          alt: indicators.map((i) => `${localized(i.title)}: ${value(latest(i), i.unit)} against a target of ${value(i.target.value, i.unit)} (${share(i)}% of the way from the baseline)`).join('; '),
        },
      ],
      indicators.map((i) => indicatorSection(view, i)),
    ),
  ];
}

