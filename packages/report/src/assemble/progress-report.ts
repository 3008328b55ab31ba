import { parseActionPlan, parseContext, type ActionPlan, type ActionPlanContext, type MirpsContext, type PlanProgress } from '@mirps/core';
import { localized, paragraph, section } from '../document/blocks.js';
import type { ReportDocument } from '../document/report-document.js';
import { completionBlocks, indicatorSections, progressView, statusSections } from './progress-sections.js';

/**
 * Options of {@link assembleProgressReport}: the day the report speaks of, and
 * the reference data and ledger (the embedded MIRPS data by default).
 *
 * @example
 * ```ts
 * import type { ProgressReportOptions } from '@mirps/report';
 * const options: ProgressReportOptions = { asOf: '2023-12-31' };
 * ```
 */
export interface ProgressReportOptions extends ActionPlanContext {
  /** The day of the report, `YYYY-MM-DD`, within the plan's term (or the year after it). */
  readonly asOf: string;
}

/** The progress report, read against a complete context; see the entry point in `index.ts`. */
export function assembleProgressReport(plan: ActionPlan, progress: PlanProgress, options: ProgressReportOptions & MirpsContext): ReportDocument {
  const context = parseContext(options);
  const checked = parseActionPlan(plan, context);
  const view = progressView(checked, progress, options.asOf, context);
  const { reference } = context;
  const holder = reference.memberStates.find((s) => s.id === checked.presidency.holder);
  return {
    title: `Progress of the ${localized(checked.title)}`,
    subtitle: `As of ${view.asOf} · Pro-Tempore Presidency ${checked.presidency.term}: ${localized(holder?.name) || checked.presidency.holder}`,
    language: 'en',
    sections: [
      section('summary', 'Summary', [
        paragraph(`This report covers the ${checked.actions.length} actions and ${checked.expectedResults.length} expected results of the plan, from the progress reported up to ${view.asOf}. The plan's term runs from ${view.term.from} to ${view.term.to}.`),
        ...completionBlocks(view),
      ]),
      ...statusSections(view),
      ...indicatorSections(view),
    ],
  };
}
