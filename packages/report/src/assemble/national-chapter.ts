import type { ActionStatus, NationalActionPlan, NationalPlanProgress } from '@mirps/core';
import { focusAreaNames } from '../_lib/focus-area-names.js';
import { list, note, paragraph, rich, section, strong, text } from '../document/blocks.js';
import type { Block, Inline, RichText, Section } from '../document/report-document.js';
import {
  type CommitmentProgress,
  commitmentProgress,
  type StatusTally,
  statusTally,
} from '../progress/commitment-progress.js';
import { type AnnualView, areasInOrder } from './annual-view.js';
import { commitmentStatusLabels } from './progress-sections.js';

// A member state's chapter of the annual report: its plan, its commitments by focus area and status, its
// indicators, and its review of the year (achievements, challenges, priorities).

/** A state's validated plan and progress, with each commitment's status on the report's day. */
export interface NationalStanding {
  readonly plan: NationalActionPlan;
  readonly progress: NationalPlanProgress;
  readonly commitments: readonly CommitmentProgress[];
  readonly tally: StatusTally;
}

/** Where a state's commitments stand on the report's day. */
export function nationalStanding(
  plan: NationalActionPlan,
  progress: NationalPlanProgress,
  asOf: string,
): NationalStanding {
  const commitments = commitmentProgress(plan, progress, asOf);
  return { plan, progress, commitments, tally: statusTally(commitments) };
}

const STATUS_ORDER: readonly ActionStatus[] = ['not-started', 'in-progress', 'completed', 'blocked', 'dropped'];

/** The columns of a table of tallies: a label, each status, no record, the total. */
export function tallyColumns(view: AnnualView, label: string): TableColumns {
  const labels = commitmentStatusLabels(view.m);
  return [
    { header: label },
    ...STATUS_ORDER.map((status) => ({ header: labels[status], align: 'right' as const })),
    { header: view.m.noRecordColumn, align: 'right' },
    { header: view.m.totalColumn, align: 'right' },
  ];
}

type TableColumns = Array<{ readonly header: string; readonly align?: 'left' | 'right' | 'center' }>;

/** One row of a table of tallies. */
export function tallyRow(view: AnnualView, label: RichText, tally: StatusTally): RichText[] {
  return [
    label,
    ...STATUS_ORDER.map((status) => view.num(tally.byStatus[status])),
    view.num(tally.noRecord),
    view.num(tally.total),
  ];
}

/** A bar chart of the share completed of groups of commitments, with its text alternative. */
export function completedShareFigure(
  view: AnnualView,
  caption: string,
  groups: ReadonlyArray<{ readonly label: string; readonly tally: StatusTally }>,
): Block {
  return {
    kind: 'figure',
    chart: {
      kind: 'bar-chart',
      unit: '%',
      max: 100,
      bars: groups.map((g) => ({ label: g.label, value: g.tally.percent })),
    },
    caption,
    alt: groups
      .map((g) =>
        view.m.completedShareAlt(
          g.label,
          view.percent(g.tally.percent),
          view.num(g.tally.completed),
          view.num(g.tally.counted),
        ),
      )
      .join('; '),
  };
}

/** The chapter of one member state. */
export function nationalChapter(view: AnnualView, standing: NationalStanding): Section {
  const { m } = view;
  const { plan } = standing;
  const id = `national-${plan.memberState.toLowerCase()}`;
  const declared = plan.focusAreas ?? [];
  const names = focusAreaNames(declared, view.language);
  const areaName = (area: string) => names.get(area) ?? area;
  const byArea = new Map<string, CommitmentProgress[]>();
  for (const c of standing.commitments) {
    const group = byArea.get(c.focusArea);
    if (group === undefined) byArea.set(c.focusArea, [c]);
    else group.push(c);
  }
  const areas = areasInOrder(new Set(byArea.keys()), declared).map((area) => ({
    label: areaName(area),
    tally: statusTally(byArea.get(area) ?? []),
  }));
  const team = plan.technicalTeam;
  const facts: Array<Inline | string> = [
    view.data(plan.name, 'strong'),
    m.planFacts(plan.version, view.day(plan.period.start), view.day(plan.period.end)),
  ];
  if (plan.adopted !== undefined) facts.push(m.adoptedOn(view.day(plan.adopted)));
  const focal: Array<Inline | string> = [strong(m.focalPoint), team.focalPoint.institution];
  if (team.focalPoint.office !== undefined) focal.push(' (', view.data(team.focalPoint.office), ')');
  const blocks: Block[] = [
    paragraph(...facts),
    paragraph(strong(m.technicalTeam), team.institutions.join('; ')),
    paragraph(...focal),
  ];
  if (plan.note !== undefined) blocks.push(note(view.data(plan.note)));
  blocks.push(
    {
      kind: 'table',
      caption: m.commitmentsByArea(view.day(view.asOf)),
      columns: tallyColumns(view, m.areaColumn),
      rows: [...areas.map((a) => tallyRow(view, a.label, a.tally)), tallyRow(view, m.allAreas, standing.tally)],
    },
    completedShareFigure(view, m.completedShareByArea, areas),
  );
  return section(id, rich(m.nationalChapter(view.nameOf(plan.memberState)), view.data(plan.name)), blocks, [
    commitmentsSection(view, standing, id, areaName),
    indicatorsSection(view, standing, id),
    reviewSection(view, standing, id),
  ]);
}

function commitmentsSection(
  view: AnnualView,
  standing: NationalStanding,
  id: string,
  areaName: (area: string) => string,
): Section {
  const { m } = view;
  const labels = commitmentStatusLabels(m);
  const texts = new Map(standing.plan.commitments.map((c) => [c.id, c]));
  const rows = standing.commitments.map((c): RichText[] => {
    const commitment = texts.get(c.commitmentId);
    const record = c.record;
    const status = record === undefined ? m.noStatusYet : `${labels[record.status]} (${view.day(record.date)})`;
    const why = record?.reason ?? record?.note;
    return [
      c.commitmentId,
      rich(view.data(commitment?.text)),
      areaName(c.focusArea),
      why === undefined ? status : rich(text(`${status}: `), view.data(why)),
      (commitment?.responsibleInstitutions ?? []).join('; '),
    ];
  });
  return section(`${id}-commitments`, m.commitmentsHeading, [
    {
      kind: 'table',
      caption: m.commitmentsCaption(view.num(rows.length), view.day(view.asOf)),
      columns: [
        { header: m.commitmentColumn },
        { header: m.textColumn },
        { header: m.areaColumn },
        { header: m.statusColumn },
        { header: m.institutionsColumn },
      ],
      rows,
    },
  ]);
}

function indicatorsSection(view: AnnualView, standing: NationalStanding, id: string): Section {
  const { m } = view;
  const indicators = standing.progress.indicators;
  if (indicators.length === 0) return section(`${id}-indicators`, m.indicators, [paragraph(m.noIndicators)]);
  const rows = indicators.map((indicator): RichText[] => {
    // Actuals are in period order in a validated progress; the latest that has begun by the day counts.
    const latest = indicator.actuals.filter((a) => a.period.start <= view.asOf).at(-1);
    return [
      rich(view.data(indicator.title)),
      indicator.commitment,
      indicator.baseline === undefined
        ? ''
        : `${view.quantity(indicator.baseline.value, indicator.unit)} (${view.day(indicator.baseline.date)})`,
      `${view.quantity(indicator.target.value, indicator.unit)} (${view.day(indicator.target.date)})`,
      latest === undefined
        ? m.noValueYet
        : `${view.quantity(latest.value, indicator.unit)} (${m.dayRange(view.day(latest.period.start), view.day(latest.period.end))})`,
    ];
  });
  return section(`${id}-indicators`, m.indicators, [
    {
      kind: 'table',
      caption: m.commitmentIndicatorsCaption,
      columns: [
        { header: m.indicatorColumn },
        { header: m.commitmentColumn },
        { header: m.baseline },
        { header: m.target },
        { header: m.latestActual },
      ],
      rows,
    },
  ]);
}

function reviewSection(view: AnnualView, standing: NationalStanding, id: string): Section {
  const { m } = view;
  const year = String(view.year);
  const review = standing.progress.reviews.find((r) => r.year === view.year);
  if (review === undefined) return section(`${id}-review`, m.reviewOfYear(year), [paragraph(m.noReview(year))]);
  const items = (texts: typeof review.achievements): Block =>
    texts.length === 0 ? paragraph(m.noneListed) : list(texts.map((t) => [view.data(t)]));
  return section(
    `${id}-review`,
    m.reviewOfYear(year),
    [],
    [
      section(`${id}-achievements`, m.achievements, [items(review.achievements)]),
      section(`${id}-challenges`, m.challenges, [items(review.challenges)]),
      section(`${id}-priorities`, m.priorities, [items(review.priorities)]),
    ],
  );
}
