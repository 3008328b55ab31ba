import { type NationalActionPlan, PLEDGE_STATUSES, type Pledge, type RegionalSupport } from '@mirps/core';
import { focusAreaNames } from '../_lib/focus-area-names.js';
import { paragraph, rich, section, text } from '../document/blocks.js';
import type { Block, Inline, RichText, Section } from '../document/report-document.js';
import type { AnnualView } from './annual-view.js';

// The support of other countries: pledges, the contributions of the Support Platform, and the MIRPS Fund.

/** Who submitted a pledge: a member state or a body, by name. */
const submitter = (view: AnnualView, pledge: Pledge): string => {
  const by = pledge.submittedBy;
  const name = by === undefined ? '' : view.nameOf('memberState' in by ? by.memberState : by.body);
  return pledge.joint === true ? `${name}${view.m.jointMark}` : name;
};

function pledgesSection(view: AnnualView, support: RegionalSupport): Section {
  const { m } = view;
  if (support.pledges.length === 0) return section('support-pledges', m.pledges, [paragraph(m.noPledges)]);
  const byStatus = PLEDGE_STATUSES.map((status) => ({
    label: m[`pledgeStatus_${status}`],
    count: support.pledges.filter((p) => p.status === status).length,
  }));
  const unstated = support.pledges.filter((p) => p.status === undefined).length;
  if (unstated > 0) byStatus.push({ label: m.statusNotGiven, count: unstated });
  const rows = support.pledges.map((pledge): RichText[] => [
    rich(view.data(pledge.name)),
    m[`scope_${pledge.scope}`],
    pledge.type === undefined ? m.statusNotGiven : m[`type_${pledge.type}`],
    pledge.status === undefined ? m.statusNotGiven : m[`pledgeStatus_${pledge.status}`],
    submitter(view, pledge),
    [
      ...(pledge.workingGroup === null ? [] : [view.nameOf(pledge.workingGroup)]),
      ...(pledge.actions ?? []),
      ...(pledge.commitments ?? []),
    ].join('; '),
  ]);
  return section('support-pledges', m.pledges, [
    {
      kind: 'table',
      caption: m.pledgesCaption,
      columns: [
        { header: m.pledgeColumn },
        { header: m.scopeColumn },
        { header: m.typeColumn },
        { header: m.statusColumn },
        { header: m.submittedByColumn },
        { header: m.linkedToColumn },
      ],
      rows,
    },
    {
      kind: 'figure',
      chart: {
        kind: 'bar-chart',
        unit: '',
        max: Math.max(1, ...byStatus.map((s) => s.count)),
        bars: byStatus.map((s) => ({ label: s.label, value: s.count })),
      },
      caption: m.pledgesByStatus,
      alt: byStatus.map((s) => m.pledgesByStatusAlt(s.label, view.num(s.count))).join('; '),
    },
  ]);
}

function contributionsSection(
  view: AnnualView,
  support: RegionalSupport,
  plans: readonly NationalActionPlan[],
): Section {
  const { m } = view;
  if (support.contributions.length === 0)
    return section('support-contributions', m.contributions, [paragraph(m.noContributions)]);
  const pledgeNames = new Map(support.pledges.map((p) => [p.id, p.name]));
  const declaredOf = new Map(plans.map((plan) => [plan.memberState, plan.focusAreas ?? []]));
  const rows = support.contributions.map((c): RichText[] => {
    const { memberState, focusArea, pledge } = c.supports;
    const supports: Inline[] = [];
    const add = (part: Inline) => {
      if (supports.length > 0) supports.push(text('; '));
      supports.push(part);
    };
    if (memberState !== undefined) add(text(view.nameOf(memberState)));
    if (focusArea !== undefined) {
      const declared = memberState === undefined ? undefined : declaredOf.get(memberState);
      add(text(focusAreaNames(declared, view.language).get(focusArea) ?? focusArea));
    }
    if (pledge !== undefined) add(view.data(pledgeNames.get(pledge) ?? { en: pledge }));
    return [
      view.nameOf(c.contributor),
      rich(...supports),
      m[`type_${c.type}`],
      rich(view.data(c.description)),
      c.value === undefined ? '' : view.money(c.value),
    ];
  });
  return section('support-contributions', m.contributions, [
    {
      kind: 'table',
      caption: m.contributionsCaption,
      columns: [
        { header: m.contributorColumn },
        { header: m.supportsColumn },
        { header: m.typeColumn },
        { header: m.descriptionColumn },
        { header: m.amountColumn, align: 'right' },
      ],
      rows,
    },
  ]);
}

function fundSection(view: AnnualView, support: RegionalSupport): Section {
  const { m } = view;
  const { fund } = support;
  if (fund === undefined) return section('support-fund', m.fund, [paragraph(m.noFund)]);
  const blocks: Block[] = [];
  if (fund.contributions.length > 0)
    blocks.push({
      kind: 'table',
      caption: m.fundContributionsCaption,
      columns: [{ header: m.contributorColumn }, { header: m.amountColumn, align: 'right' }, { header: m.dateColumn }],
      rows: fund.contributions.map((c) => [
        view.nameOf(c.contributor),
        view.money(c.amount),
        c.date === undefined ? '' : view.day(c.date),
      ]),
    });
  if (fund.total !== undefined) blocks.push(paragraph(m.fundTotal(view.money(fund.total))));
  if (fund.projects.length === 0) blocks.push(paragraph(m.noFundProjects));
  else
    blocks.push({
      kind: 'table',
      caption: m.fundProjectsCaption,
      columns: [
        { header: m.projectColumn },
        { header: m.memberStateColumn },
        { header: m.implementedByColumn },
        { header: m.period },
        { header: m.budgetColumn, align: 'right' },
        { header: m.inKindColumn, align: 'right' },
        { header: m.resultsColumn },
      ],
      rows: fund.projects.map((p): RichText[] => [
        rich(view.data(p.name)),
        view.nameOf(p.memberState),
        p.implementingInstitution,
        m.dayRange(view.day(p.period.start), view.day(p.period.end)),
        view.money(p.budget),
        p.inKindCounterpart === undefined ? '' : view.money(p.inKindCounterpart),
        rich(
          ...p.results.flatMap((r, i): Inline[] => {
            const measured = r.value === undefined ? [] : [text(` (${view.quantity(r.value, r.unit ?? 'count')})`)];
            return [...(i === 0 ? [] : [text('; ')]), view.data(r.description), ...measured];
          }),
        ),
      ]),
    });
  return section('support-fund', m.fund, blocks);
}

/** The chapter on the support of other countries: pledges, Support Platform contributions and the MIRPS Fund. */
export function supportChapter(
  view: AnnualView,
  support: RegionalSupport,
  plans: readonly NationalActionPlan[],
): Section {
  const { m } = view;
  return section(
    'support',
    m.supportChapter,
    [paragraph(m.supportIntro(String(support.year)))],
    [pledgesSection(view, support), contributionsSection(view, support, plans), fundSection(view, support)],
  );
}
