import {
  type Action,
  type ActionPlan,
  type ActionStatus,
  calendarDaySchema,
  type ExpectedResult,
  type Indicator,
  type Language,
  type MirpsContext,
  type PlanProgress,
  parsePlanProgress,
  planTerm,
} from '@mirps/core';
import { dayText, numberText, percentText } from '../_lib/number-text.js';
import { list, localized, localizedRun, note, paragraph, rich, section, strong, text } from '../document/blocks.js';
import type { Block, Inline, RichText, Section, TableBlock } from '../document/report-document.js';
import { type Messages, messages } from '../i18n/messages.js';
import { type ActionProgress, actionProgress, type Completion, completionOf } from '../progress/action-progress.js';
import { invalidDay, refusal } from './report-options.js';

// The progress part shared by the progress report and the memoir: validated inputs, statuses, completion, indicators.

/** The statuses of an action in their order, each with its name in the report's language. */
export const statusLabels = (m: Messages): Record<ActionStatus, string> => ({
  'not-started': m.status_not_started,
  'in-progress': m.status_in_progress,
  completed: m.status_completed,
  blocked: m.status_blocked,
  dropped: m.status_dropped,
});

/** The statuses of a commitment (the same as an action's), each with its name in the report's language. */
export const commitmentStatusLabels = (m: Messages): Record<ActionStatus, string> => ({
  'not-started': m.commitmentStatus_not_started,
  'in-progress': m.commitmentStatus_in_progress,
  completed: m.commitmentStatus_completed,
  blocked: m.commitmentStatus_blocked,
  dropped: m.commitmentStatus_dropped,
});

export interface ProgressView {
  readonly plan: ActionPlan;
  readonly progress: PlanProgress;
  readonly asOf: string;
  readonly term: { from: string; to: string };
  readonly actions: ActionProgress[];
  /** The plan's actions by id (ids are unique in a validated plan). */
  readonly planActions: ReadonlyMap<string, Action>;
  readonly completion: ReturnType<typeof completionOf>;
  readonly language: Language;
  /** The catalogue of the report's language. */
  readonly m: Messages;
  /** A day for people, in the report's language. */
  readonly day: (day: string) => string;
  /** Text from the data in the report's language, marked when it falls back to the other. */
  readonly data: (value: Parameters<typeof localized>[0], kind?: 'text' | 'strong') => Inline;
}

/** Validates the plan, the progress and the day, and works out every action's status on it. */
export function progressView(
  plan: ActionPlan,
  progress: PlanProgress,
  asOf: unknown,
  context: MirpsContext,
  language: Language,
): ProgressView {
  const checkedProgress = parsePlanProgress(progress, plan, { ...context, language });
  const term = planTerm(plan, context);
  const m = messages(language);
  if (!calendarDaySchema.safeParse(asOf).success) throw invalidDay('asOf', term.to, asOf, language);
  const day = asOf as string;
  // A report may look back at a finished term, up to a year after it ends, but not before it began.
  const latest = `${Number(term.to.slice(0, 4)) + 1}${term.to.slice(4)}`;
  if (day < term.from || day > latest)
    throw refusal(['asOf'], m.dayOutsideTerm(day, term.from, term.to), 'report.as-of-outside-term');
  const actions = actionProgress(plan, checkedProgress, day, term.to);
  return {
    plan,
    progress: checkedProgress,
    asOf: day,
    term,
    actions,
    planActions: new Map(plan.actions.map((action) => [action.id, action])),
    completion: completionOf(plan, actions, m),
    language,
    m,
    day: (d) => dayText(d, language),
    data: (value, kind = 'text') => localizedRun(value, language, kind),
  };
}

/** A number for people, in the report's language. */
const num = (view: ProgressView, n: number): string => numberText(n, view.language);
const percent = (view: ProgressView, n: number): string => percentText(n, view.language);

/** Completion by priority and objective, as tables and a chart. */
export function completionBlocks(view: ProgressView): Block[] {
  const { m } = view;
  const columns = [
    { header: m.partOfPlan },
    { header: m.completedColumn, align: 'right' as const },
    { header: m.countedColumn, align: 'right' as const },
    { header: m.share, align: 'right' as const },
  ];
  const rows = (items: readonly Completion[]): string[][] =>
    items.map((c) => [c.label, num(view, c.completed), num(view, c.counted), percent(view, c.percent)]);
  const byObjective = view.completion.objectives;
  const { overall } = view.completion;
  const [before = '', count = '', after = ''] = m.completionSentence(
    view.day(view.asOf),
    num(view, overall.completed),
    num(view, overall.counted),
    percent(view, overall.percent),
  );
  return [
    paragraph(before, strong(count), after),
    { kind: 'table', caption: m.completionByPriority, columns, rows: rows(view.completion.priorities) },
    { kind: 'table', caption: m.completionByObjective, columns, rows: rows(byObjective) },
    {
      kind: 'figure',
      chart: {
        kind: 'bar-chart',
        unit: '%',
        max: 100,
        bars: byObjective.map((c) => ({ label: c.label, value: c.percent })),
      },
      caption: m.completionByObjective,
      alt: byObjective
        .map((c) => m.completionAlt(c.label, percent(view, c.percent), num(view, c.completed), num(view, c.counted)))
        .join('; '),
    },
  ];
}

/** Blocked and overdue actions first, then every action's status. */
export function statusSections(view: ProgressView): Section[] {
  const { m } = view;
  const labels = statusLabels(m);
  const attention = view.actions.filter((a) => a.status === 'blocked' || a.overdue);
  const row = (a: ActionProgress): RichText[] => [
    a.number,
    rich(view.data(view.planActions.get(a.actionId)?.text)),
    labels[a.status] + (a.overdue ? m.overdue : ''),
    a.record === undefined ? '' : view.day(a.record.date),
    rich(view.data(a.record?.note)),
  ];
  const columns = [
    { header: m.actionColumn },
    { header: m.textColumn },
    { header: m.statusColumn },
    { header: m.reportedColumn },
    { header: m.note },
  ];
  return [
    section('attention', m.attentionHeading, [
      attention.length === 0
        ? paragraph(m.nothingNeedsAttention)
        : ({ kind: 'table', caption: m.attentionCaption, columns, rows: attention.map(row) } satisfies TableBlock),
    ]),
    section('action-status', m.everyStatusHeading, [
      {
        kind: 'table',
        caption: m.everyStatusCaption(num(view, view.actions.length), view.day(view.asOf)),
        columns,
        rows: view.actions.map(row),
      },
    ]),
    ...evidenceSections(view),
  ];
}

/** The evidence behind the latest records, as links (only http(s) addresses ever become links). */
function evidenceSections(view: ProgressView): Section[] {
  const items = view.actions.flatMap((a) =>
    (a.record?.evidence ?? []).map((evidence): Inline[] => [
      text(`${a.number}: `),
      evidence.url === undefined
        ? view.data(evidence.title)
        : { ...view.data(evidence.title), kind: 'link', href: evidence.url },
      ...(evidence.note === undefined ? [] : [text(' ('), view.data(evidence.note), text(')')]),
    ]),
  );
  return items.length === 0 ? [] : [section('evidence', view.m.evidence, [list(items)])];
}

/** A measured value with its unit (`35%`, `410 days`), in a report's language: the progress report's and the annual report's. */
export const measuredText = (n: number, unit: Indicator['unit'], language: Language): string =>
  unit === 'percent' ? percentText(n, language) : `${numberText(n, language)}${messages(language)[`unit_${unit}`]}`;
const value = (view: ProgressView, n: number, unit: Indicator['unit']): string => measuredText(n, unit, view.language);

function indicatorSection(
  view: ProgressView,
  indicator: Indicator,
  results: ReadonlyMap<string, ExpectedResult>,
): Section {
  const { m } = view;
  const result = results.get(indicator.result);
  // A period ends on or after its start, so one that has started by the day is all that counts.
  const actuals = indicator.actuals.filter((a) => a.period.start <= view.asOf);
  const latest = actuals.at(-1);
  const period = (start: string, end: string): string => m.dayRange(view.day(start), view.day(end));
  const title = view.data(indicator.title);
  const blocks: Block[] = [
    paragraph(strong(m.expectedResult), view.data(result?.text)),
    {
      kind: 'table',
      caption: rich(title, m.indicatorCaption),
      columns: [{ header: m.measure }, { header: m.period }, { header: m.value, align: 'right' }],
      rows: [
        ...(indicator.baseline
          ? [[m.baseline, view.day(indicator.baseline.date), value(view, indicator.baseline.value, indicator.unit)]]
          : []),
        [m.target, view.day(indicator.target.date), value(view, indicator.target.value, indicator.unit)],
        ...actuals.map((a) => [m.actual, period(a.period.start, a.period.end), value(view, a.value, indicator.unit)]),
      ],
    },
  ];
  if (latest !== undefined) {
    for (const breakdown of latest.disaggregations ?? []) {
      blocks.push({
        kind: 'table',
        caption: rich(
          title,
          m.breakdownCaption(period(latest.period.start, latest.period.end), m[`dimension_${breakdown.dimension}`]),
        ),
        columns: [{ header: m[`column_${breakdown.dimension}`] }, { header: m.value, align: 'right' }],
        rows: breakdown.values.map((v) => [v.category, value(view, v.value, indicator.unit)]),
      });
    }
  } else {
    blocks.push(note(m.noValueYet));
  }
  return section(indicator.id, rich(title), blocks);
}

/** The indicators: a chart of the latest actual against the target, and a section each. */
export function indicatorSections(view: ProgressView): Section[] {
  const { m } = view;
  const indicators = view.progress.indicators;
  if (indicators.length === 0) return [section('indicators', m.indicators, [paragraph(m.noIndicators)])];
  const results = new Map(view.plan.expectedResults.map((r) => [r.id, r]));
  const latest = (i: Indicator): number => i.actuals.filter((a) => a.period.start <= view.asOf).at(-1)?.value ?? 0;
  const share = (i: Indicator): number => {
    const base = i.baseline?.value ?? 0;
    const span = i.target.value - base;
    return span === 0 ? 100 : Math.max(0, Math.min(100, Math.round(((latest(i) - base) / span) * 1000) / 10));
  };
  return [
    section(
      'indicators',
      m.indicators,
      [
        paragraph(m.indicatorsIntro),
        {
          kind: 'figure',
          chart: {
            kind: 'bar-chart',
            unit: '%',
            max: 100,
            bars: indicators.map((i) => ({ label: localized(i.title, view.language), value: share(i), target: 100 })),
          },
          caption: m.indicatorsCaption,
          alt: indicators
            .map(
              (i) =>
                `${localized(i.title, view.language)}${m.indicatorAlt(value(view, latest(i), i.unit), value(view, i.target.value, i.unit), percent(view, share(i)))}`,
            )
            .join('; '),
        },
      ],
      indicators.map((i) => indicatorSection(view, i, results)),
    ),
  ];
}
