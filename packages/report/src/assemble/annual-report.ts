import {
  type ActionPlan,
  type ActionPlanContext,
  calendarDaySchema,
  describeValue,
  formatPath,
  type Language,
  type MirpsContext,
  type NationalActionPlan,
  type NationalPlanProgress,
  type PlanProgress,
  parseContext,
  planTerm,
  type RegionalSupport,
  safeParseRegionalSupport,
} from '@mirps/core';
import { paragraph, rich, section } from '../document/blocks.js';
import type { Block, ReportDocument, Section } from '../document/report-document.js';
import { messages } from '../i18n/messages.js';
import { statusTally } from '../progress/commitment-progress.js';
import { type AnnualView, annualView } from './annual-view.js';
import { illustrativePreface } from './illustrative-warning.js';
import {
  completedShareFigure,
  type NationalStanding,
  nationalChapter,
  nationalStanding,
  tallyColumns,
  tallyRow,
} from './national-chapter.js';
import { parsedAt, readNationalDocuments, readRegionalDocuments } from './national-documents.js';
import { completionBlocks, indicatorSections, progressView } from './progress-sections.js';
import { readFields, refusal } from './report-options.js';
import { supportChapter } from './support-chapter.js';

/**
 * A member state's national action plan with its progress, for its chapter of
 * the annual report.
 *
 * @example
 * ```ts
 * import type { NationalReportInput } from '@mirps/report';
 * import type { NationalActionPlan, NationalPlanProgress } from '@mirps/core';
 * declare const plan: NationalActionPlan;
 * declare const progress: NationalPlanProgress;
 * const chapter: NationalReportInput = { plan, progress };
 * ```
 */
export interface NationalReportInput {
  readonly plan: NationalActionPlan;
  readonly progress: NationalPlanProgress;
}

/**
 * What the MIRPS Annual Report is made of: the national action plans with their
 * progress (a chapter each), and optionally the Regional Action Plan with its
 * progress (the regional chapter) and the support of other countries (pledges,
 * Support Platform, MIRPS Fund).
 *
 * @example
 * ```ts
 * import type { AnnualReportInput } from '@mirps/report';
 * const input: AnnualReportInput = { national: [] };
 * ```
 */
export interface AnnualReportInput {
  readonly national: readonly NationalReportInput[];
  readonly regional?: { readonly plan: ActionPlan; readonly progress: PlanProgress };
  readonly support?: RegionalSupport;
}

/**
 * Options of the annual report: its year, the day it reads statuses on (the
 * last day of the year by default), its language, and the reference data and
 * ledger (the embedded MIRPS data by default).
 *
 * @example
 * ```ts
 * import type { AnnualReportOptions } from '@mirps/report';
 * const options: AnnualReportOptions = { year: 2025, language: 'es' };
 * ```
 */
export interface AnnualReportOptions extends ActionPlanContext {
  /** The year the report is of. */
  readonly year: number;
  /** The day statuses are read on, `YYYY-MM-DD`, within the year; its last day by default. */
  readonly asOf?: string;
  /** The language of the report: `'en'` (the default) or `'es'`. */
  readonly language?: Language;
}

/** The year and day of the report, checked. */
function readDay(year: unknown, asOf: unknown, language: Language): { year: number; asOf: string } {
  const m = messages(language);
  if (typeof year !== 'number' || !Number.isInteger(year) || year < 2017 || year > 2999)
    throw refusal(['year'], m.invalidReportYear(describeValue(year, language)));
  if (asOf === undefined) return { year, asOf: `${year}-12-31` };
  if (!calendarDaySchema.safeParse(asOf).success || !(asOf as string).startsWith(`${year}-`))
    throw refusal(['asOf'], m.dayOutsideYear(String(year), describeValue(asOf, language)));
  return { year, asOf: asOf as string };
}

/** The national plans and their progress, validated, each at its place in the input; one plan per member state. */
function readNational(
  national: unknown,
  context: MirpsContext,
  language: Language,
): Array<{ plan: NationalActionPlan; progress: NationalPlanProgress }> {
  const documents = readNationalDocuments(national, context, language);
  const seen = new Map<string, number>();
  for (const [i, { plan }] of documents.entries()) {
    const earlier = seen.get(plan.memberState);
    if (earlier !== undefined) {
      const place = formatPath(['national', earlier], { language });
      throw refusal(
        ['national', i, 'plan', 'memberState'],
        messages(language).secondPlanOfState(place, plan.memberState),
      );
    }
    seen.set(plan.memberState, i);
  }
  return documents;
}

/** The summary: states and commitments covered, a table of every state's tally and a chart of the share completed. */
function summarySection(view: AnnualView, standings: readonly NationalStanding[]): Section {
  const { m } = view;
  if (standings.length === 0) return section('summary', m.summary, [paragraph(m.noNationalPlans)]);
  const states = standings.map((s) => ({ label: view.nameOf(s.plan.memberState), tally: s.tally }));
  const all = statusTally(standings.flatMap((s) => s.commitments));
  const blocks: Block[] = [
    paragraph(m.annualSummarySentence(view.num(standings.length), view.num(all.total), view.day(view.asOf))),
    {
      kind: 'table',
      caption: m.commitmentsByState,
      columns: tallyColumns(view, m.memberStateColumn),
      rows: [...states.map((s) => tallyRow(view, s.label, s.tally)), tallyRow(view, m.allStates, all)],
    },
    completedShareFigure(view, m.completedShareByState, states),
  ];
  return section('summary', m.summary, blocks);
}

/**
 * The regional chapter: the Regional Action Plan's completion and indicators on
 * the report's day, or on the last day a report may read it (a year after its
 * term) when the report's day is later.
 */
function regionalChapter(view: AnnualView, plan: ActionPlan, progress: PlanProgress, context: MirpsContext): Section {
  const term = planTerm(plan, context);
  const latest = `${Number(term.to.slice(0, 4)) + 1}${term.to.slice(4)}`;
  const day = view.asOf > latest ? latest : view.asOf;
  const regional = progressView(plan, progress, day, context, view.language);
  const [before = '', after = ''] = view.m.regionalAsOf(view.day(day));
  return section(
    'regional',
    view.m.regionalChapter,
    [paragraph(before, view.data(plan.title, 'strong'), after), ...completionBlocks(regional)],
    indicatorSections(regional),
  );
}

/** The annual report, read against a complete context; see the entry point in `index.ts`. */
export function assembleAnnualReport(
  input: unknown,
  options: { readonly year: unknown; readonly asOf?: unknown } & MirpsContext & { readonly language: Language },
): ReportDocument {
  const { language } = options;
  const { year, asOf } = readDay(options.year, options.asOf, language);
  const context = parseContext({ reference: options.reference, ledger: options.ledger, language });
  const example = '{ national: [{ plan, progress }], regional: { plan, progress }, support }';
  const read = readFields(input, ['national', 'regional', 'support'], { path: [], shape: example }, language);
  const national = readNational(read.national, context, language);
  const regional = read.regional === undefined ? undefined : readRegionalDocuments(read.regional, context, language);
  const plans = national.map((n) => n.plan);
  const support =
    read.support === undefined
      ? undefined
      : parsedAt(
          ['support'],
          safeParseRegionalSupport(
            read.support,
            regional === undefined ? { nationalPlans: plans } : { nationalPlans: plans, regionalPlan: regional.plan },
            { ...context, language },
          ),
          language,
        );
  const view = annualView(year, asOf, language, context.reference);
  const standings = national.map((n) => nationalStanding(n.plan, n.progress, asOf));
  const documents = [...national.flatMap((n) => [n.plan, n.progress]), regional?.plan, regional?.progress, support];
  const sections: Section[] = [summarySection(view, standings)];
  if (standings.length > 0)
    sections.push(
      section(
        'national',
        view.m.nationalChapters,
        [],
        standings.map((s) => nationalChapter(view, s)),
      ),
    );
  if (regional !== undefined) sections.push(regionalChapter(view, regional.plan, regional.progress, context));
  if (support !== undefined) sections.push(supportChapter(view, support, plans));
  return {
    title: rich(view.m.annualTitle(String(year))),
    subtitle: view.m.annualSubtitle(view.day(asOf)),
    language,
    ...illustrativePreface(language, ...documents.filter((d) => d !== undefined)),
    sections,
  };
}
